# fish completion for papersift(1).
#
# Keep it true: tests/packaging/tst_packaging.sh fails when an option of `papersift COMMAND --help`
# is missing from the lines under `__papersift_using COMMAND`, or a global one from this file.

# The command: the first word that is neither an option nor an option's value (as papersift reads it).
function __papersift_command
    set -l tokens (commandline -opc)
    set -e tokens[1]
    while set -q tokens[1]
        switch $tokens[1]
            case --db --config
                set -e tokens[1]
            case '-*'
            case '*'
                echo $tokens[1]
                return 0
        end
        set -e tokens[1]
    end
    return 1
end

function __papersift_needs_command
    not __papersift_command >/dev/null
end

function __papersift_using
    set -l command (__papersift_command); or return 1
    contains -- $command $argv
end

# The settings' keys, as `papersift config list` prints them ("arxiv/categories = cs.LG,cs.AI").
function __papersift_config_keys
    set -l globals
    set -l tokens (commandline -opc)
    for i in (seq (count $tokens))
        if contains -- $tokens[$i] --db --config; and set -q tokens[(math $i + 1)]
            set -a globals $tokens[$i] $tokens[(math $i + 1)]
        end
    end
    $tokens[1] $globals config list 2>/dev/null | awk '$2 == "=" && $1 ~ /\// { print $1 }'
end

function __papersift_announce_types
    printf '%s\n' new cross replace replace-cross
end

complete -c papersift -f

# Global options, before or after the command.
complete -c papersift -l db -r -F -d 'Use the database at PATH'
complete -c papersift -l config -x -a '(__fish_complete_directories)' -d 'Read settings from DIR'
complete -c papersift -s h -l help -d 'Show the help'
complete -c papersift -n __papersift_needs_command -s v -l version -d 'Show the version'

# The commands.
complete -c papersift -n __papersift_needs_command -a config -d 'List, read or change settings'
complete -c papersift -n __papersift_needs_command -a import -d 'Import saved arXiv feeds or API responses'
complete -c papersift -n __papersift_needs_command -a run -d 'Fetch today\'s announcements, score them, store everything'
complete -c papersift -n __papersift_needs_command -a score -d 'Score a stored day without fetching'
complete -c papersift -n __papersift_needs_command -a export -d 'Export a day\'s digest or the starred papers'
complete -c papersift -n __papersift_needs_command -a fetch -d 'Fetch and store today\'s arXiv announcements'
complete -c papersift -n __papersift_needs_command -a backfill -d 'Fetch papers from the arXiv API'
complete -c papersift -n __papersift_needs_command -a recover -d 'Rebuild a missed feed day from the arXiv API'
complete -c papersift -n __papersift_needs_command -a library -d 'Copy a library between SQLite and PostgreSQL'
complete -c papersift -n __papersift_needs_command -a rate -d 'Rate a paper for your own ranking'
complete -c papersift -n __papersift_needs_command -a ratings -d 'Import ratings from a CSV file'
complete -c papersift -n __papersift_needs_command -a learn -d 'Train your own ranking on your ratings'
complete -c papersift -n __papersift_needs_command -a rules -d 'Always keep or never show papers, by rules'

# config ACTION [KEY [VALUE]]
complete -c papersift -n '__papersift_using config; and not __fish_seen_subcommand_from list get set unset' \
    -a 'list get set unset'
complete -c papersift -n '__papersift_using config; and __fish_seen_subcommand_from get set unset' \
    -a '(__papersift_config_keys)'

# import FILE…
complete -c papersift -n '__papersift_using import' -F

# run and score
complete -c papersift -n '__papersift_using run score' -l date -x -d 'The stored feed day (YYYY-MM-DD) to score'
complete -c papersift -n '__papersift_using run score' -l categories -x -d 'Comma-separated arXiv categories'
complete -c papersift -n '__papersift_using run score' -l announce -x \
    -a '(__fish_complete_list , __papersift_announce_types)' -d 'Announce types to score'
complete -c papersift -n '__papersift_using run score' -l scorer -x -a 'auto llm keyword learned' -d 'The scorer'
complete -c papersift -n '__papersift_using run score' -l model -x -d 'Model name for the endpoint'
complete -c papersift -n '__papersift_using run score' -l base-url -x -d 'OpenAI-compatible base URL'
complete -c papersift -n '__papersift_using run score' -l budget -x -d 'Stop before spending more than this many USD'
complete -c papersift -n '__papersift_using run score' -l no-title-filter -d 'Score every paper, without the title pre-filter'
complete -c papersift -n '__papersift_using run score' -l rss-base-url -x -d 'Base URL of the daily feeds'
complete -c papersift -n '__papersift_using run score' -l deadline -x -d 'Stop after this many minutes, keeping what is scored'
complete -c papersift -n '__papersift_using run score' -l quiet -d 'Print nothing but errors'
complete -c papersift -n '__papersift_using run' -l export -r -F -d 'Also write the day\'s Markdown digest to FILE'
complete -c papersift -n '__papersift_using run' -l json -r -F -d 'Also write the day\'s JSON export to FILE'

# export
complete -c papersift -n '__papersift_using export' -l date -x -d 'The feed day to export (YYYY-MM-DD)'
complete -c papersift -n '__papersift_using export' -l format -x -a 'md json bib' -d 'The format: md (the digest), json or bib'
complete -c papersift -n '__papersift_using export' -l out -r -F -d 'Write to FILE instead of standard output'
complete -c papersift -n '__papersift_using export' -l starred -d 'Export every starred paper instead of a day'
complete -c papersift -n '__papersift_using export' -l model -x -d 'Use the scores of this model'
complete -c papersift -n '__papersift_using export' -l relevance-cutoff -x -a '(seq 1 10)' -d 'Keep papers with relevance at least N'
complete -c papersift -n '__papersift_using export' -l novelty-cutoff -x -a '(seq 1 10)' -d 'Keep papers with novelty at least N'

# fetch
complete -c papersift -n '__papersift_using fetch' -l categories -x -d 'Fetch these arXiv categories'
complete -c papersift -n '__papersift_using fetch' -l announce -x \
    -a '(__fish_complete_list , __papersift_announce_types)' -d 'Count these announce types as kept'
complete -c papersift -n '__papersift_using fetch' -l rss-base-url -x -d 'Fetch from URL instead of the setting'

# recover
complete -c papersift -n '__papersift_using recover' -l date -x -d 'The feed day to rebuild'
complete -c papersift -n '__papersift_using recover' -l categories -x -d 'These categories'
complete -c papersift -n '__papersift_using recover' -l api-base-url -x -d 'Query URL instead of the setting'
# backfill
complete -c papersift -n '__papersift_using backfill' -l ids -x -d 'Fetch the papers with these arXiv ids'
complete -c papersift -n '__papersift_using backfill' -l from -x -d 'Fetch the papers submitted from this day (UTC) on'
complete -c papersift -n '__papersift_using backfill' -l to -x -d '…up to and including this day'
complete -c papersift -n '__papersift_using backfill' -l categories -x -d 'With --from: these categories'
complete -c papersift -n '__papersift_using backfill' -l api-base-url -x -d 'Query URL instead of the setting'

# library copy --from A --to B
complete -c papersift -n '__papersift_using library; and not __fish_seen_subcommand_from copy' -a copy
complete -c papersift -n '__papersift_using library' -l from -r -d 'The library to copy: a file or postgresql://…'
complete -c papersift -n '__papersift_using library' -l to -r -d 'The library to copy into'

# rate ID 1..5|like|dislike|clear
complete -c papersift -n '__papersift_using rate' -x -a '1 2 3 4 5 like dislike clear'
# ratings import FILE.csv
complete -c papersift -n '__papersift_using ratings; and not __fish_seen_subcommand_from import' -x -a import
complete -c papersift -n '__papersift_using ratings; and __fish_seen_subcommand_from import' -r -F
# learn [--report]
complete -c papersift -n '__papersift_using learn' -l report -d 'Print how well it ranks your own ratings'
# rules list | add keep|mute QUERY | remove N
complete -c papersift -n '__papersift_using rules; and not __fish_seen_subcommand_from list add remove' -x \
    -a 'list add remove'
complete -c papersift -n '__papersift_using rules; and __fish_seen_subcommand_from add; and not __fish_seen_subcommand_from keep mute' -x \
    -a 'keep\t"Always keep" mute\t"Never show"'
