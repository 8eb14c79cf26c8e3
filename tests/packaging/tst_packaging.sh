#!/usr/bin/env bash
# tst_packaging.sh PAPERSIFT SOURCE_DIR — the packaging files agree with the program, no package needed:
#  - the desktop file and the AppStream metainfo pass desktop-file-validate and
#    `appstreamcli validate --no-net --pedantic` with nothing to say (skipped when a tool is missing);
#  - the man page has a COMMANDS subsection for every command `papersift --help` lists, naming every
#    long option of `papersift COMMAND --help` (the global ones under GLOBAL OPTIONS), and its EXIT
#    STATUS lists exactly the codes of cli/exitcodes.h; groff renders it without a warning;
#  - each shell completion (bash, zsh, fish) knows every command and, for each, every long option;
#  - the man page, packaging/changelog and the metainfo name the program's version.
# So a new command or option fails this test until the man page and the completions learn it.
set -u
app=$1 src=$2
pkg=$src/packaging
failed=0 passed=0 skipped=0

pass() { passed=$((passed + 1)); printf 'PASS: %s\n' "$*"; }
fail() { failed=$((failed + 1)); printf 'FAIL: %s\n' "$*"; }
skip() { skipped=$((skipped + 1)); printf 'SKIP: %s\n' "$*"; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The program reads no settings for --help, but keep it away from the user's files all the same.
export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/config XDG_DATA_HOME=$tmp/home/data QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"

# ---- what the program says --------------------------------------------------------------------
if ! "$app" --help >"$tmp/help" 2>&1; then
    fail "papersift --help failed:"; cat "$tmp/help"; exit 1
fi
# "Commands:" lines until the blank line: "  NAME   summary".
mapfile -t commands < <(awk '/^Commands:/ { on = 1; next } on && NF == 0 { exit } on { print $1 }' "$tmp/help")
# "Global options:" lines: the long options in them.
mapfile -t globals < <(awk '/^Global options:/ { on = 1; next } on && NF == 0 { exit } on' "$tmp/help" |
    grep -oE -- '^  (-[a-zA-Z], )?--[a-z][a-z0-9-]*' | grep -oE -- '--[a-z][a-z0-9-]*' | sort -u)
[ ${#commands[@]} -gt 0 ] || { fail "papersift --help lists no command"; exit 1; }
[ ${#globals[@]} -gt 0 ] || { fail "papersift --help lists no global option"; exit 1; }
printf 'commands: %s\nglobal options: %s\n' "${commands[*]}" "${globals[*]}"

is_global() { printf '%s\n' "${globals[@]}" | grep -qxF -- "$1"; }

# The long options of `papersift CMD --help`: the lines of its "Options:" section that start with
# an option, two spaces in (descriptions, and their wrapped lines, may name other options).
options_of() {
    "$app" "$1" --help 2>/dev/null |
        awk '/^Options:/ { on = 1; next } /^[^ ]/ { on = 0 } on' |
        grep -oE -- '^  (-[a-zA-Z], )?--[a-z][a-z0-9-]*' | grep -oE -- '--[a-z][a-z0-9-]*'
}
declare -A command_options
for c in "${commands[@]}"; do
    opts=$(options_of "$c" | sort -u | tr '\n' ' ')
    [ -n "$opts" ] || fail "papersift $c --help lists no option"
    command_options[$c]=$opts
done

# mentions FILE OPTION: FILE names OPTION as a whole word (--to is not --top).
mentions() { grep -qE -- "(^|[^a-zA-Z0-9-])$2([^a-zA-Z0-9-]|\$)" "$1"; }

# ---- one version everywhere: the program's, the man page's, the changelog's, the metainfo's latest release
version=$("$app" --version 2>/dev/null | sed -n 's/^papersift //p')
man_version=$(sed -n 's/^\.TH .*"PaperSift \([^"]*\)".*/\1/p' "$pkg/papersift.1")
changelog_version=$(sed -n '1s/^papersift (\([^)]*\)).*/\1/p' "$pkg/changelog")
metainfo_version=$(grep -o '<release version="[^"]*"' "$pkg"/*.metainfo.xml | head -n1 | sed 's/.*="\(.*\)"/\1/')
if [ -n "$version" ] && [ "$man_version" = "$version" ] && [ "$changelog_version" = "$version" ] &&
    [ "$metainfo_version" = "$version" ]; then
    pass "version $version: the man page, packaging/changelog and the metainfo's latest release agree"
else
    fail "versions differ: papersift --version '$version', man page '$man_version', packaging/changelog '$changelog_version', metainfo release '$metainfo_version'"
fi

# ---- validators ---------------------------------------------------------------------------------
desktop=$pkg/io.github.papersift.PaperSift.desktop
metainfo=$(ls "$pkg"/*.metainfo.xml)
if command -v desktop-file-validate >/dev/null; then
    if out=$(desktop-file-validate "$desktop" 2>&1) && [ -z "$out" ]; then
        pass "desktop-file-validate $(basename "$desktop"): clean"
    else
        fail "desktop-file-validate $(basename "$desktop"):"; printf '%s\n' "$out"
    fi
else
    skip "desktop-file-validate is missing (apt-get install desktop-file-utils)"
fi
if command -v appstreamcli >/dev/null; then
    out=$(appstreamcli validate --no-net --pedantic --no-color --explain "$metainfo" 2>&1); rc=$?
    if [ $rc -eq 0 ] && ! printf '%s\n' "$out" | grep -qE '^[EWIP]: |pedantic|warning|error'; then
        pass "appstreamcli validate --no-net --pedantic $(basename "$metainfo"): clean"
    else
        fail "appstreamcli validate --no-net --pedantic $(basename "$metainfo") (exit $rc):"; printf '%s\n' "$out"
    fi
else
    skip "appstreamcli is missing (apt-get install appstream)"
fi

# ---- the man page -------------------------------------------------------------------------------
man=$pkg/papersift.1
before=$failed
# The text without troff's escapes for hyphens and fonts, so "\-\-date" reads "--date".
sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\f(..//g' -e 's/\\&//g' -e 's/\\(en/-/g' "$man" >"$tmp/man"
# section NAME: the lines of `.SH NAME` up to the next .SH; subsection NAME: `.SS NAME` up to the next .SS/.SH.
section() { awk -v want="$1" '/^\.SH / { t = $0; sub(/^\.SH +/, "", t); gsub(/"/, "", t); on = (t == want); next } on' "$tmp/man"; }
subsection() {
    awk -v want="$1" '/^\.S[HS] / { t = $0; sub(/^\.S[HS] +/, "", t); gsub(/"/, "", t); on = ($1 == ".SS" && t == want); next } on' "$tmp/man"
}
for s in NAME SYNOPSIS DESCRIPTION COMMANDS "GLOBAL OPTIONS" "EXIT STATUS" ENVIRONMENT FILES EXAMPLES "SEE ALSO"; do
    grep -qE "^\.SH \"?$s\"?\$" "$tmp/man" || fail "man page: no $s section"
done
section "GLOBAL OPTIONS" >"$tmp/man-globals"
for o in "${globals[@]}"; do
    mentions "$tmp/man-globals" "$o" || fail "man page: GLOBAL OPTIONS does not name $o"
done
man_commands=$(awk '/^\.SH / { on = ($0 ~ /COMMANDS/); next } on && /^\.SS / { t = $2; gsub(/"/, "", t); print t }' "$tmp/man")
for c in "${commands[@]}"; do
    subsection "$c" >"$tmp/man-$c"
    if [ ! -s "$tmp/man-$c" ]; then
        fail "man page: COMMANDS has no subsection '.SS $c'"
        continue
    fi
    for o in ${command_options[$c]}; do
        if is_global "$o"; then continue; fi
        mentions "$tmp/man-$c" "$o" || fail "man page: '.SS $c' does not name $o (papersift $c --help has it)"
    done
done
for c in $man_commands; do
    printf '%s\n' "${commands[@]}" | grep -qxF -- "$c" || fail "man page: COMMANDS has '$c', which papersift --help does not list"
done
[ "$failed" -eq "$before" ] && pass "man page: every section, every command and every option"
# EXIT STATUS: `.TP` then `.B N` for each code, and exactly the codes of cli/exitcodes.h.
header_codes=$(grep -oE '^ *Exit[A-Za-z]+ *= *[0-9]+' "$src/cli/exitcodes.h" | grep -oE '[0-9]+$' | sort -n | tr '\n' ' ')
man_codes=$(section "EXIT STATUS" | awk 'prev ~ /^\.TP/ && $1 == ".B" { print $2 } { prev = $0 }' | sort -n | tr '\n' ' ')
if [ -z "$header_codes" ]; then
    fail "cli/exitcodes.h: no exit code found"
elif [ "$header_codes" = "$man_codes" ]; then
    pass "man page: EXIT STATUS lists the codes of cli/exitcodes.h: $header_codes"
else
    fail "man page: EXIT STATUS lists '$man_codes' but cli/exitcodes.h has '$header_codes'"
fi
if command -v groff >/dev/null; then
    if out=$(groff -man -Tutf8 -ww -z "$man" 2>&1) && [ -z "$out" ]; then
        pass "groff -man -ww: the man page renders without a warning"
    else
        fail "groff -man -ww warns about the man page:"; printf '%s\n' "$out"
    fi
else
    skip "groff is missing: the man page's troff is not checked"
fi

# ---- the completions ----------------------------------------------------------------------------
comp=$pkg/completions
# part_SHELL CMD: the text of a command's completion; part_SHELL: the part for every command.
#  - bash: the function _papersift_CMD (up to its first line "}"); for all, the _papersift_global_opts list;
#  - zsh: the function _papersift_CMD; for all, the function _papersift;
#  - fish: the `complete` lines whose condition is `__papersift_using … CMD …`; for all, the others.
# offers_SHELL [CMD]: the long options offered there, one a line. Only the places where an option is
# offered count, not every mention (a zsh exclusion list, a fish description, a case label).
function_block() { awk -v head="^$2\\\\(\\\\)" '$0 ~ head { on = 1 } on { print } on && /^}/ { exit }' "$1"; }
long_options() { grep -oE -- '--[a-z][a-z0-9-]*' | sort -u; }
part_bash() {
    if [ $# -eq 1 ]; then
        function_block "$comp/papersift.bash" "_papersift_$1"
    else
        sed -n 's/^ *local _papersift_global_opts="\(.*\)"$/\1/p' "$comp/papersift.bash"
    fi
}
part_zsh() { function_block "$comp/_papersift" "_papersift${1:+_$1}"; }
part_fish() {
    sed -e ':a' -e '/\\$/N; s/\\\n//; ta' "$comp/papersift.fish" | grep -E '^complete ' | awk -v want="${1:-}" '{
        using = match($0, /__papersift_using [a-z ]+/)
        if (want == "") { if (!using) print; next }
        if (!using) next
        n = split(substr($0, RSTART + 18, RLENGTH - 18), w, " ")
        for (i = 1; i <= n; i++) if (w[i] == want) { print; next }
    }'
}
offers_bash() { part_bash "$@" | long_options; }
# An option spec: '--name[…]', '--name=[…]', '--name=-[…]', after a quote, an exclusion list or '*'.
offers_zsh() { part_zsh "$@" | grep -oE -- "['\")*]--[a-z][a-z0-9-]*=?-?\[" | long_options; }
offers_fish() { part_fish "$@" | grep -oE -- ' -l [a-z][a-z0-9-]*' | sed 's/ -l /--/' | sort -u; }

check_completion() { # SHELL FILE
    local shell=$1 file=$2 before=$failed c o
    offers_$shell >"$tmp/offers"
    for o in "${globals[@]}"; do
        if [ "$o" = --version ]; then # only before a command: any mention will do
            grep -qE -- '--version|-l version' "$file" || fail "$shell completion: does not offer --version"
            continue
        fi
        grep -qxF -- "$o" "$tmp/offers" || fail "$shell completion: does not offer the global option $o"
    done
    for c in "${commands[@]}"; do
        if [ -z "$(part_$shell "$c")" ]; then
            fail "$shell completion: nothing for the command '$c'"
            continue
        fi
        offers_$shell "$c" >"$tmp/offers"
        for o in ${command_options[$c]}; do
            if is_global "$o"; then continue; fi
            grep -qxF -- "$o" "$tmp/offers" || fail "$shell completion: '$c' does not offer $o (papersift $c --help has it)"
        done
    done
    [ "$failed" -eq "$before" ] && pass "$shell completion: every command and every option"
}

# The list of commands each completion offers.
bash_commands=$(sed -n 's/^ *local commands="\(.*\)"$/\1/p' "$comp/papersift.bash")
zsh_commands=$(awk '/^__papersift_commands\(\)/ { on = 1 } on && /^ *'\''[a-z]+:/ { s = $1; sub(/^'\''/, "", s); sub(/:.*/, "", s); print s } on && /^}/ { exit }' "$comp/_papersift")
fish_commands=$(grep -E -- '-n __papersift_needs_command -a [a-z]+ ' "$comp/papersift.fish" | sed -E 's/.* -a ([a-z]+) .*/\1/')
for c in "${commands[@]}"; do
    for shell in bash zsh fish; do
        var=${shell}_commands
        printf '%s\n' ${!var} | grep -qxF -- "$c" || fail "$shell completion: the command list lacks '$c'"
    done
done

check_completion bash "$comp/papersift.bash"
check_completion zsh "$comp/_papersift"
check_completion fish "$comp/papersift.fish"

# Syntax, with each shell that is here.
if bash -n "$comp/papersift.bash" 2>"$tmp/err"; then pass "bash -n papersift.bash"; else fail "bash -n papersift.bash:"; cat "$tmp/err"; fi
for shell in zsh fish; do
    file=$comp/$([ $shell = zsh ] && echo _papersift || echo papersift.fish)
    if ! command -v $shell >/dev/null; then
        skip "$shell is missing: $(basename "$file") is not parsed (package-check does)"
    elif $shell -n "$file" 2>"$tmp/err"; then
        pass "$shell -n $(basename "$file")"
    else
        fail "$shell -n $(basename "$file"):"; cat "$tmp/err"
    fi
done

printf '%d passed, %d failed, %d skipped\n' "$passed" "$failed" "$skipped"
[ "$failed" -eq 0 ]
