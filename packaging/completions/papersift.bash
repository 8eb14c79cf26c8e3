# bash completion for papersift(1)                                   -*- shell-script -*-
#
# Keep it true: tests/packaging/tst_packaging.sh fails when an option of `papersift COMMAND --help`
# is missing from _papersift_COMMAND below, or a global one from _papersift.

# The settings' keys, as `papersift config list` prints them ("arxiv/categories = cs.LG,cs.AI").
__papersift_config_keys()
{
    "${words[0]}" "${_papersift_globals[@]}" config list 2>/dev/null |
        command awk '$2 == "=" && $1 ~ /\// { print $1 }'
}

# Completes one item of a comma-separated list: --announce new,cr<TAB>.
__papersift_list()
{
    local prefix="" item=$cur
    if [[ $cur == *,* ]]; then
        prefix=${cur%,*},
        item=${cur##*,}
    fi
    COMPREPLY=($(compgen -P "$prefix" -W "$1" -- "$item"))
}

# Each command's options, and its arguments when a word is not an option.
_papersift_config()
{
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$_papersift_global_opts" -- "$cur"))
        return
    fi
    case $1 in
        0) COMPREPLY=($(compgen -W "list get set unset" -- "$cur")) ;;
        1) [[ $2 == @(get|set|unset) ]] && COMPREPLY=($(compgen -W "$(__papersift_config_keys)" -- "$cur")) ;;
    esac
}

_papersift_import()
{
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$_papersift_global_opts" -- "$cur"))
    else
        _filedir
    fi
}

_papersift_run()
{
    COMPREPLY=($(compgen -W "--date --categories --announce --scorer --model --base-url --budget
        --no-title-filter --rss-base-url --deadline --quiet --export --json $_papersift_global_opts" -- "$cur"))
}

_papersift_score()
{
    COMPREPLY=($(compgen -W "--date --categories --announce --scorer --model --base-url --budget
        --no-title-filter --rss-base-url --deadline --quiet $_papersift_global_opts" -- "$cur"))
}

_papersift_export()
{
    COMPREPLY=($(compgen -W "--date --format --out --starred --model --relevance-cutoff --novelty-cutoff
        $_papersift_global_opts" -- "$cur"))
}

_papersift_fetch()
{
    COMPREPLY=($(compgen -W "--categories --announce --rss-base-url $_papersift_global_opts" -- "$cur"))
}

_papersift_backfill()
{
    COMPREPLY=($(compgen -W "--ids --from --to --categories --api-base-url $_papersift_global_opts" -- "$cur"))
}

_papersift_recover()
{
    COMPREPLY=($(compgen -W "--date --categories --api-base-url $_papersift_global_opts" -- "$cur"))
}

_papersift_library()
{
    if (($1 == 0)) && [[ $cur != -* ]]; then
        COMPREPLY=($(compgen -W "copy" -- "$cur"))
    else
        COMPREPLY=($(compgen -W "--from --to $_papersift_global_opts" -- "$cur"))
    fi
}

_papersift_rate()
{
    if (($1 == 1)) && [[ $cur != -* ]]; then
        COMPREPLY=($(compgen -W "1 2 3 4 5 like dislike clear" -- "$cur"))
    else
        COMPREPLY=($(compgen -W "$_papersift_global_opts" -- "$cur"))
    fi
}

_papersift_ratings()
{
    if (($1 == 0)) && [[ $cur != -* ]]; then
        COMPREPLY=($(compgen -W "import" -- "$cur"))
    elif (($1 == 1)) && [[ $cur != -* ]]; then
        _filedir csv
    else
        COMPREPLY=($(compgen -W "$_papersift_global_opts" -- "$cur"))
    fi
}

_papersift_learn()
{
    COMPREPLY=($(compgen -W "--report $_papersift_global_opts" -- "$cur"))
}

# rules list | add keep|mute QUERY | remove N
_papersift_rules()
{
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$_papersift_global_opts" -- "$cur"))
    elif (($1 == 0)); then
        COMPREPLY=($(compgen -W "list add remove" -- "$cur"))
    elif (($1 == 1)) && [[ $2 == add ]]; then
        COMPREPLY=($(compgen -W "keep mute" -- "$cur"))
    fi
}

_papersift()
{
    local cur prev words cword split
    _init_completion -s || return

    local _papersift_global_opts="--db --config --help"
        local commands="config import run score export fetch backfill recover library rate ratings learn rules"

    # The values of options that take one.
    case $prev in
        --db | --out | --export | --json)
            _filedir
            return
            ;;
        --config)
            _filedir -d
            return
            ;;
        --format)
            COMPREPLY=($(compgen -W "md json bib" -- "$cur"))
            return
            ;;
        --scorer)
                        COMPREPLY=($(compgen -W "auto llm keyword learned" -- "$cur"))
            return
            ;;
        --announce)
            __papersift_list "new cross replace replace-cross"
            return
            ;;
        --relevance-cutoff | --novelty-cutoff)
            COMPREPLY=($(compgen -W "1 2 3 4 5 6 7 8 9 10" -- "$cur"))
            return
            ;;
        --date | --from | --to | --categories | --model | --base-url | --budget | --rss-base-url | --deadline | \
            --api-base-url | --ids)
            return
            ;;
    esac
    $split && return

    # The command is the first word that is neither an option nor an option's value (as papersift
    # itself reads it); the words after it that are not options are its arguments.
    local i cmd="" args=() _papersift_globals=()
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --db | --config)
                _papersift_globals+=("${words[i]}" "${words[i + 1]}")
                ((i++))
                ;;
            --db=* | --config=*) _papersift_globals+=("${words[i]}") ;;
            -*) ;;
            *) if [[ -z $cmd ]]; then cmd=${words[i]}; else args+=("${words[i]}"); fi ;;
        esac
    done

    if [[ -z $cmd ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "$_papersift_global_opts --version" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        fi
        return
    fi
    if declare -F "_papersift_$cmd" >/dev/null && [[ " $commands " == *" $cmd "* ]]; then
        "_papersift_$cmd" "${#args[@]}" "${args[@]}"
    fi
} &&
    complete -F _papersift papersift

# ex: filetype=sh
