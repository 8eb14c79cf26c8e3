#!/usr/bin/env bash
# package-check.sh [DEB] — `make package-check`: tests the .deb by installing it where nothing else is.
#
#  1. lintian, appstreamcli and desktop-file-validate on the package (no warnings allowed);
#  2. a throwaway Debian 13 minbase root (debootstrap, cached once as a tarball), with only the tools
#     the check itself needs (Xvfb, xauth, xdotool, the three shells);
#  3. `apt-get install ./papersift_….deb` there, so apt resolves the Depends from the archive, and
#     without Recommends: the Depends alone must make a working program;
#  4. as a normal user: --version, import a real feed, score it with the keyword scorer, export the
#     Markdown digest, open the window under Xvfb and save a screenshot, use the completions;
#  5. purge it (and what it pulled in) and show that /usr is as it was before.
#
# Runs as root where debootstrap and the validators are: `make package-check` runs it inside the
# Debian 13 build root. DEB defaults to build/release/papersift_<version>_<arch>.deb.
# The cached minbase root: ${XDG_CACHE_HOME:-~/.cache}/papersift/package-check/ (delete it to refresh;
# it is rebuilt when older than 30 days). The screenshot: build/release/package-check/window.png.
# PAPERSIFT_CHECK_KEEP=1 keeps the throwaway root (in /var/tmp of the build root) to look into.
set -euo pipefail

SUITE=trixie
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(dirname "$here")
build=$src/build/release
out=$build/package-check
fixture=$src/tests/fixtures/arxiv/rss2_daily_cs-ai_fetched-2025-06-17.xml
feed_day=2025-06-16
cache=${XDG_CACHE_HOME:-$HOME/.cache}/papersift/package-check
tarball=$cache/$SUITE-minbase-$(dpkg --print-architecture 2>/dev/null || echo amd64).tar.gz
min_free_kib=$((2 * 1024 * 1024))
start=$(date +%s)

die() {
    printf 'package-check: %s\n' "$*" >&2
    exit 1
}
say() { printf '\n== %s ==\n' "$*"; }
results=()
step_pass() { results+=("PASS: $*"); printf 'PASS: %s\n' "$*"; }
step_fail() {
    results+=("FAIL: $*")
    printf 'FAIL: %s\n' "$*"
    failed=1
}
failed=0

# ---- preconditions, each with what to do -----------------------------------------------------------
[ "$(id -u)" -eq 0 ] || die "this needs root (debootstrap, chroot, mounts). Run 'make package-check' as root or with sudo."
# Mounts into the throwaway root must vanish with this script, whatever happens: a mount namespace.
if [ -z "${PAPERSIFT_CHECK_NS:-}" ]; then
    command -v unshare >/dev/null || die "'unshare' is missing: apt-get install util-linux."
    # (--propagation unchanged: inside a chroot "/" is no mount point to make private; the work
    # folder below is made a private mount of its own instead.)
    PAPERSIFT_CHECK_NS=1 exec unshare --mount --propagation unchanged -- "$0" "$@" ||
        die "cannot create a mount namespace (unshare -m); a container needs CAP_SYS_ADMIN."
fi
command -v debootstrap >/dev/null && [ -e /usr/share/debootstrap/scripts/$SUITE ] ||
    die "debootstrap (with a script for $SUITE) is missing: apt-get install debootstrap — or run 'make package-check', which runs this inside the Debian 13 build root that has it."
for tool in lintian appstreamcli desktop-file-validate dpkg-deb; do
    command -v $tool >/dev/null || die "$tool is missing: run 'make package-check' (the Debian 13 build root has it)."
done

deb=${1:-}
if [ -z "$deb" ]; then
    version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt" 2>/dev/null || true)
    deb=$build/papersift_${version}_$(dpkg --print-architecture).deb
fi
[ -f "$deb" ] || die "no package at $deb: run 'make package' first (make package-check does)."
deb=$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")
xshot=$build/tests/xshot
[ -x "$xshot" ] || die "no $xshot (the screenshot tool): build the release preset first ('make package' does)."
[ -f "$fixture" ] || die "the fixture feed $fixture is missing."

# The mirror: the first URI of this root's apt sources for $SUITE.
sources=/etc/apt/sources.list.d/debian.sources
mirror=$(awk -v want=$SUITE 'BEGIN { RS = ""; FS = "\n" } {
        uri = ""; ok = 0
        for (i = 1; i <= NF; i++) {
            if ($i ~ /^URIs:/) { uri = $i; sub(/^URIs:[ \t]*/, "", uri); sub(/[ \t].*/, "", uri) }
            if ($i ~ /^Suites:/ && (" " $i " ") ~ (" " want " ")) ok = 1
        }
        if (ok && uri != "") { print uri; exit }
    }' "$sources" 2>/dev/null || true)
[ -n "$mirror" ] || die "no Debian mirror for $SUITE in $sources; run this inside the build root ('make package-check')."
host=$(printf '%s' "$mirror" | sed -E 's|^[a-z]+://([^/:]+).*|\1|')
port=$(printf '%s' "$mirror" | sed -nE 's|^[a-z]+://[^/:]+:([0-9]+).*|\1|p')
[ -n "$port" ] || case $mirror in https:*) port=443 ;; *) port=80 ;; esac
timeout 15 bash -c ": >/dev/tcp/$host/$port" 2>/dev/null ||
    die "cannot reach the Debian mirror $mirror ($host:$port): check the network and the apt sources in $sources."

mkdir -p "$cache" "$out"
work_parent=/var/tmp
free=$(df -Pk "$work_parent" | awk 'NR == 2 { print $4 }')
[ "${free:-0}" -ge "$min_free_kib" ] ||
    die "only $((free / 1024)) MiB free in $work_parent; the throwaway root needs about 2 GiB. Free some space."

work=$(mktemp -d "$work_parent/papersift-package-check.XXXXXX")
cleanup() {
    local m
    # Unmount everything below the throwaway root (deepest first), then delete it, never crossing
    # into a file system that is still mounted.
    for m in $(awk -v w="$work" '$2 == w || index($2, w "/") == 1 { print $2 }' /proc/self/mounts | sort -r); do
        umount -l "$m" 2>/dev/null || true
    done
    if [ -n "${PAPERSIFT_CHECK_KEEP:-}" ]; then
        printf 'package-check: PAPERSIFT_CHECK_KEEP is set: the throwaway root stays at %s\n' "$work/root"
    else
        rm -rf --one-file-system "$work"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
# A private mount of its own: nothing mounted below it is seen outside this mount namespace.
mount --bind "$work" "$work"
mount --make-rprivate "$work"

# ---- 1. the package and its metadata ---------------------------------------------------------------
say "the package: $deb"
printf 'size: %s bytes (%s KiB); installed size: %s KiB\n' "$(stat -c %s "$deb")" \
    "$(($(stat -c %s "$deb") / 1024))" "$(dpkg-deb -f "$deb" Installed-Size)"
printf 'Depends: %s\n' "$(dpkg-deb -f "$deb" Depends)"
printf 'Recommends: %s\n' "$(dpkg-deb -f "$deb" Recommends)"

say "lintian -I --pedantic --fail-on error,warning"
# As a user, not root (lintian asks for that); the .deb must be readable for one anyway.
lintian_as=()
if id nobody >/dev/null 2>&1 && command -v setpriv >/dev/null; then
    lintian_as=(setpriv --reuid=nobody --regid="$(id -gn nobody)" --clear-groups env HOME=/nonexistent TMPDIR=/tmp)
fi
# The build tree may sit where that user cannot enter (CI's clone is in a mktemp -d folder, mode
# 700): lintian reads a copy in a folder of its own, and runs from /.
lint_dir=$(mktemp -d /tmp/papersift-lintian.XXXXXX)
chmod 755 "$lint_dir"
cp "$deb" "$lint_dir/"
chmod 644 "$lint_dir/$(basename "$deb")"
if (cd / && "${lintian_as[@]}" lintian -I --pedantic --fail-on error,warning --tag-display-limit 0 \
    "$lint_dir/$(basename "$deb")") >"$out/lintian.txt" 2>&1; then
    step_pass "lintian: no errors, no warnings"
else
    step_fail "lintian: errors or warnings (below)"
fi
rm -rf "$lint_dir"
if [ -s "$out/lintian.txt" ]; then cat "$out/lintian.txt"; else echo "(lintian printed nothing)"; fi

unpacked=$work/unpacked
mkdir -p "$unpacked"
dpkg-deb -x "$deb" "$unpacked"
say "appstreamcli validate --no-net --pedantic (the installed metainfo)"
metainfo=$(ls "$unpacked"/usr/share/metainfo/*.xml)
if as_out=$(appstreamcli validate --no-net --pedantic --no-color "$metainfo" 2>&1) &&
    ! printf '%s\n' "$as_out" | grep -qE '^[EWIP]: |pedantic'; then
    step_pass "appstreamcli validate: clean"
else
    step_fail "appstreamcli validate: issues"
fi
printf '%s\n' "$as_out"
if as_out=$(appstreamcli validate-tree --no-net --pedantic --no-color "$unpacked" 2>&1) &&
    ! printf '%s\n' "$as_out" | grep -qE '^[EWIP]: |pedantic'; then
    step_pass "appstreamcli validate-tree (metainfo, desktop file and icons together): clean"
else
    step_fail "appstreamcli validate-tree: issues"
fi
printf '%s\n' "$as_out"

say "desktop-file-validate (the installed desktop file)"
if df_out=$(desktop-file-validate "$unpacked"/usr/share/applications/*.desktop 2>&1) && [ -z "$df_out" ]; then
    step_pass "desktop-file-validate: clean"
else
    step_fail "desktop-file-validate: $df_out"
fi
rm -rf "$unpacked"

# ---- 2. a clean Debian 13 root ---------------------------------------------------------------------
if [ -f "$tarball" ] && [ -n "$(find "$tarball" -mtime +30)" ]; then
    say "the cached minbase root is older than 30 days: making it again"
    rm -f "$tarball"
fi
if [ ! -f "$tarball" ]; then
    say "debootstrap --variant=minbase $SUITE (once; cached at $tarball)"
    boot=$work/debootstrap
    if ! debootstrap --variant=minbase "$SUITE" "$boot" "$mirror" >"$work/debootstrap.log" 2>&1; then
        tail -n 20 "$work/debootstrap.log"
        die "debootstrap failed (above). Check the network to $mirror and the free space in $work_parent."
    fi
    tar -C "$boot" --numeric-owner -czf "$tarball.partial" .
    mv "$tarball.partial" "$tarball"
    rm -rf --one-file-system "$boot"
fi
say "a fresh copy of the clean root: $work/root"
root=$work/root
mkdir -p "$root"
tar -C "$root" --numeric-owner -xzf "$tarball"

mount -t proc proc "$root/proc"
mount -t tmpfs -o mode=755,nosuid devtmp "$root/dev"
for n in null zero full random urandom tty; do
    touch "$root/dev/$n"
    mount --bind "/dev/$n" "$root/dev/$n"
done
mkdir -p "$root/dev/shm" "$root/dev/pts"
mount -t tmpfs -o mode=1777,nosuid,nodev shm "$root/dev/shm"
ln -s /proc/self/fd "$root/dev/fd"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
rm -f "$root/etc/apt/sources.list"
cp "$sources" "$root/etc/apt/sources.list.d/debian.sources"
# Downloaded packages are kept between runs (apt still resolves everything from the archive's index).
mkdir -p "$cache/apt-archives/partial"
mount --bind "$cache/apt-archives" "$root/var/cache/apt/archives"
# No service may start inside the throwaway root.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"

in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"; }
apt_log=$out/apt.log
: >"$apt_log"
apt_get() { in_root apt-get -o Dpkg::Use-Pty=0 -o APT::Color=0 "$@" >>"$apt_log" 2>&1; }

say "the check's own tools (not the package's): xvfb xauth xdotool bash-completion zsh fish"
apt_get update || { tail -n 20 "$apt_log"; die "apt-get update failed in the clean root (log: $apt_log); check the network to $mirror."; }
apt_get install -y --no-install-recommends xvfb xauth xdotool bash-completion zsh fish ||
    { tail -n 20 "$apt_log"; die "installing the check's tools failed (log: $apt_log)."; }
in_root useradd --create-home --shell /bin/bash checker
in_root find /usr -xdev | sort >"$work/usr-before"
printf '%s entries under /usr before the package\n' "$(wc -l <"$work/usr-before")"

# ---- 3. install the package ------------------------------------------------------------------------
debname=$(basename "$deb")
cp "$deb" "$root/tmp/$debname"
say "apt-get install --no-install-recommends ./$debname"
if in_root sh -c "cd /tmp && apt-get -o Dpkg::Use-Pty=0 install -y --no-install-recommends ./$debname" \
    >"$work/install.log" 2>&1; then
    step_pass "apt-get install ./$debname: its Depends resolve from the archive"
    awk '/^The following NEW packages/ { on = 1; print; next } on && /^  / { print; next } { on = 0 }' "$work/install.log"
    printf '%s packages newly installed\n' "$(grep -c '^Setting up ' "$work/install.log" || true)"
else
    cat "$work/install.log"
    step_fail "apt-get install ./$debname failed: the Depends are wrong (see above)"
    exit 1
fi
cat "$work/install.log" >>"$apt_log"
in_root dpkg -L papersift | sort >"$work/dpkg-L"

# ---- 4. use it, as a normal run would --------------------------------------------------------------
cp "$fixture" "$root/tmp/feed.xml"
chmod 644 "$root/tmp/feed.xml"
# as_user CMD…: runs CMD in the clean root as the user 'checker', in /tmp, with a plain environment.
as_user() {
    chroot --userspec=checker:checker "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/home/checker \
        USER=checker LANG=C.UTF-8 XDG_RUNTIME_DIR=/tmp/runtime "$@"
}
mkdir -p -m 700 "$root/tmp/runtime"
in_root chown checker:checker /tmp/runtime
g=(--db /tmp/t.sqlite --config /tmp/cfg)

say "(1) papersift --version"
if v=$(as_user papersift --version 2>&1) && printf '%s\n' "$v" | grep -qE '^papersift [0-9]'; then
    step_pass "papersift --version: $v"
else
    step_fail "papersift --version: $v"
fi

say "(2) papersift ${g[*]} import feed.xml"
if o=$(as_user papersift "${g[@]}" import /tmp/feed.xml 2>&1) && printf '%s\n' "$o" | grep -q ' new,'; then
    printf '%s\n' "$o"
    step_pass "import: the fixture feed is stored"
else
    printf '%s\n' "$o"
    step_fail "import"
fi

say "(3) papersift ${g[*]} run --date $feed_day --scorer keyword"
if o=$(as_user papersift "${g[@]}" run --date $feed_day --scorer keyword 2>&1) &&
    printf '%s\n' "$o" | grep -qE "^day $feed_day: [1-9][0-9]* papers"; then
    printf '%s\n' "$o"
    step_pass "run --scorer keyword: the day is scored"
else
    printf '%s\n' "$o"
    step_fail "run --scorer keyword"
fi

say "(4) papersift ${g[*]} export --date $feed_day --format md --out /tmp/digest.md"
if o=$(as_user papersift "${g[@]}" export --date $feed_day --format md --out /tmp/digest.md 2>&1) &&
    head -n1 "$root/tmp/digest.md" | grep -qE "^# .*$feed_day" &&
    grep -qE '^## [0-9]+\. \[' "$root/tmp/digest.md"; then
    cp "$root/tmp/digest.md" "$out/digest.md"
    printf '%s\n' "$(head -n1 "$out/digest.md")" "$(grep -cE '^## [0-9]+\. \[' "$out/digest.md") paper sections"
    step_pass "export: the digest has its title line and paper sections (copy: $out/digest.md)"
else
    printf '%s\n' "$o"
    head -n 20 "$root/tmp/digest.md" 2>/dev/null || true
    step_fail "export --format md"
fi

say "(5) the window under Xvfb, on that database"
cp "$xshot" "$root/tmp/xshot"
chmod 755 "$root/tmp/xshot"
rm -f "$out/window.png"
cat >"$root/tmp/window.sh" <<'WINDOW'
#!/bin/sh
# Inside the clean root, as the user: start Xvfb, open PaperSift on the database, wait for its
# window (as tests/smoke/smoke.sh does), let it paint, save a screenshot.
set -u
Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp 3>/tmp/display 2>/tmp/xvfb.log &
xvfb=$!
i=0
while [ ! -s /tmp/display ]; do
    i=$((i + 1)); [ $i -le 300 ] || { echo "Xvfb did not start"; cat /tmp/xvfb.log; exit 1; }
    kill -0 $xvfb 2>/dev/null || { echo "Xvfb exited"; cat /tmp/xvfb.log; exit 1; }
    sleep 0.1
done
export DISPLAY=":$(cat /tmp/display)" QT_QPA_PLATFORM=xcb
papersift --db /tmp/t.sqlite --config /tmp/cfg >/tmp/app.log 2>&1 &
app=$!
status=0
if ! timeout 60 xdotool search --sync --onlyvisible --name '^PaperSift' >/tmp/wid; then
    echo "no PaperSift window within 60 s"; cat /tmp/app.log; status=1
else
    timeout 10 xdotool windowactivate --sync "$(head -n1 /tmp/wid)" >/dev/null 2>&1 || true
    sleep 2
    if ! kill -0 $app 2>/dev/null; then
        echo "papersift exited"; cat /tmp/app.log; status=1
    elif ! /tmp/xshot /tmp/window.png; then
        echo "xshot failed"; status=1
    else
        echo "window $(head -n1 /tmp/wid): $(xdotool getwindowname "$(head -n1 /tmp/wid)")"
    fi
fi
kill $app 2>/dev/null; wait $app 2>/dev/null
kill $xvfb 2>/dev/null; wait $xvfb 2>/dev/null
exit $status
WINDOW
chmod 755 "$root/tmp/window.sh"
if o=$(as_user /tmp/window.sh 2>&1) && [ -s "$root/tmp/window.png" ]; then
    cp "$root/tmp/window.png" "$out/window.png"
    printf '%s\n' "$o"
    step_pass "the window opened under Xvfb; screenshot: $out/window.png"
else
    printf '%s\n' "$o"
    step_fail "the window under Xvfb"
fi

say "(6) the man page and the completions, where each shell looks"
if zcat "$root/usr/share/man/man1/papersift.1.gz" | grep -qE '^\.SH "?EXIT STATUS'; then
    step_pass "man page: /usr/share/man/man1/papersift.1.gz"
else
    step_fail "man page: /usr/share/man/man1/papersift.1.gz is missing or has no EXIT STATUS"
fi
# bash: bash-completion loads the file on demand, as an interactive shell would.
# shellcheck disable=SC2016
o=$(as_user bash -c 'source /usr/share/bash-completion/bash_completion
    _comp_load papersift 2>/dev/null || __load_completion papersift
    COMP_WORDS=(papersift export --format ""); COMP_CWORD=3; COMP_LINE="papersift export --format "; COMP_POINT=${#COMP_LINE}
    _papersift papersift "" --format; echo "${COMPREPLY[*]}"
    COMP_WORDS=(papersift ""); COMP_CWORD=1; COMP_LINE="papersift "; COMP_POINT=${#COMP_LINE}
    _papersift papersift "" papersift; echo "${COMPREPLY[*]}"' 2>&1 || true)
if [ "$(printf '%s\n' "$o" | sed -n 1p)" = "md json bib" ] && printf '%s\n' "$o" | sed -n 2p | grep -qw backfill; then
    step_pass "bash completion: 'papersift export --format ' offers md json bib; 'papersift ' the commands"
else
    step_fail "bash completion: $o"
fi
o=$(as_user fish -c 'complete -C "papersift export --format "; complete -C "papersift run --sc"' 2>&1 || true)
if printf '%s\n' "$o" | cut -f1 | grep -qx 'md' && printf '%s\n' "$o" | cut -f1 | grep -qx -- '--scorer'; then
    step_pass "fish completion: 'papersift export --format ' offers md, 'papersift run --sc' --scorer"
else
    step_fail "fish completion: $o"
fi
o=$(as_user zsh -f -c 'autoload -Uz compinit && compinit -u -d /tmp/zcompdump && print -r -- ${_comps[papersift]}' 2>&1 || true)
if [ "$o" = "_papersift" ] && as_user zsh -n /usr/share/zsh/vendor-completions/_papersift; then
    step_pass "zsh completion: compinit finds _papersift for papersift, and it parses"
else
    step_fail "zsh completion: $o"
fi

# ---- 5. purge it, and what it pulled in --------------------------------------------------------
say "apt-get purge papersift; apt-get autoremove --purge"
# The install took no Recommends, so neither does the autoremove: without this, apt keeps what
# papersift's Depends pulled in whenever an installed package merely recommends it (libc6
# recommends libidn2-0, which libgnutls30 brought in).
in_root dpkg-query -W -f '${Package}\n' | sort >"$work/packages-installed"
apt_get purge -y papersift &&
    apt_get autoremove --purge -y -o APT::AutoRemove::RecommendsImportant=false \
        -o APT::AutoRemove::SuggestsImportant=false ||
    { tail -n 20 "$apt_log"; step_fail "purge or autoremove failed (log: $apt_log)"; }
in_root dpkg-query -W -f '${Package}\n' | sort >"$work/packages-after"
printf '%s packages removed\n' "$(comm -23 "$work/packages-installed" "$work/packages-after" | wc -l)"
left=""
while IFS= read -r f; do
    [ -e "$root$f" ] || [ -L "$root$f" ] || continue
    grep -qxF -- "$f" "$work/usr-before" && continue # a folder that was there before (/usr/share/…)
    left+="  $f"$'\n'
done <"$work/dpkg-L"
if [ -z "$left" ]; then
    step_pass "purge: none of the $(wc -l <"$work/dpkg-L") paths that dpkg -L papersift listed is left"
else
    printf '%s' "$left"
    step_fail "purge: files of the package are left (above)"
fi
in_root find /usr -xdev | sort >"$work/usr-after"
if diff -u "$work/usr-before" "$work/usr-after" >"$work/usr.diff"; then
    step_pass "purge + autoremove: /usr is as it was before the install ($(wc -l <"$work/usr-after") entries)"
else
    head -n 40 "$work/usr.diff"
    echo "the packages that still own the added files:"
    sed -n 's|^+\(/usr/.*\)|\1|p' "$work/usr.diff" | head -n 200 | xargs -r chroot "$root" dpkg -S 2>/dev/null |
        cut -d: -f1 | sort -u | sed 's/^/  /'
    step_fail "purge + autoremove: /usr differs from before the install (above)"
fi

say "summary ($(($(date +%s) - start)) s)"
printf '%s\n' "${results[@]}"
if [ "$failed" -eq 0 ]; then
    echo "package-check: PASS"
else
    echo "package-check: FAIL"
    exit 1
fi
