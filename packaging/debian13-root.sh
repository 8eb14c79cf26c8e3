#!/usr/bin/env bash
# Creates, updates and enters the Debian 13 ("trixie") root that builds PaperSift on hosts
# without Qt >= 6.8 and KF6 (Debian 12, for one).
#
#   packaging/debian13-root.sh ensure          create the root, or update it when build-deps.txt changed
#   packaging/debian13-root.sh run CMD [ARG…]  run CMD inside the root, in the current directory
#   packaging/debian13-root.sh shell           an interactive shell inside the root
#   packaging/debian13-root.sh path            print where the root lives
#   packaging/debian13-root.sh remove          delete the root
#
# The root lives outside the work tree, in $PAPERSIFT_ROOT or else
# ${XDG_CACHE_HOME:-$HOME/.cache}/papersift/debian13-root. Every command inside it runs in a private
# mount namespace (unshare -m): the bind mounts of /proc, /dev, /sys, /tmp and the work tree vanish
# with the command, so nothing stays mounted inside the root.
set -euo pipefail

SUITE=trixie
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
deps_file="$here/build-deps.txt"
root=${PAPERSIFT_ROOT:-${XDG_CACHE_HOME:-$HOME/.cache}/papersift/debian13-root}
stamp="$root/.papersift-build-deps.sha256"
min_free_kib=$((5 * 1024 * 1024))

die() {
    printf 'debian13-root: %s\n' "$*" >&2
    exit 1
}
say() { printf 'debian13-root: %s\n' "$*" >&2; }

check_host() {
    [ "$(id -u)" -eq 0 ] || die "this needs root (debootstrap, chroot and mount namespaces).
  Run it with sudo, or install Qt >= 6.8 and KF6 SyntaxHighlighting natively (see README.md)."
    command -v unshare >/dev/null || die "'unshare' is missing: install util-linux."
    unshare --mount --propagation private true 2>/dev/null ||
        die "cannot create a mount namespace (unshare -m failed). Containers need CAP_SYS_ADMIN;
  run on the host, or build natively with Qt >= 6.8 (see README.md)."
}

check_space() {
    local dir=$1 free
    mkdir -p "$dir"
    free=$(df -Pk "$dir" | awk 'NR == 2 { print $4 }')
    [ "${free:-0}" -ge "$min_free_kib" ] ||
        die "only $((free / 1024)) MiB free at $dir; the build root needs about 5 GiB.
  Free some space, or point PAPERSIFT_ROOT at a larger disk."
}

deps_list() { sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$deps_file" | tr -s ' \t' '\n' | sed '/^$/d'; }
deps_hash() { deps_list | sort | sha256sum | cut -d' ' -f1; }

# The host's own Debian mirror (from its apt sources), or nothing to let debootstrap choose.
# No mirror is named in this repository.
host_mirror() {
    local codename="" f
    codename=$(. /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}")
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -r "$f" ] || continue
        awk -v want="$codename" '
            BEGIN { RS = ""; FS = "\n" }
            {
                uris = ""; suites = ""; types = ""
                for (i = 1; i <= NF; i++) {
                    if ($i ~ /^URIs:/)   { uris = $i;   sub(/^URIs:[ \t]*/, "", uris) }
                    if ($i ~ /^Suites:/) { suites = $i; sub(/^Suites:[ \t]*/, "", suites) }
                    if ($i ~ /^Types:/)  { types = $i }
                }
                if (types !~ /deb( |$)/ && types !~ /deb$/) next
                n = split(suites, s, /[ \t]+/)
                for (j = 1; j <= n; j++) if (s[j] == want) { split(uris, u, /[ \t]+/); print u[1]; exit }
            }' "$f"
    done | head -n1 | grep . && return 0
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [ -r "$f" ] || continue
        awk -v want="$codename" '$1 == "deb" {
                i = 2; if ($i ~ /^\[/) { while ($i !~ /\]$/) i++; i++ }
                if ($(i + 1) == want) { print $i; exit }
            }' "$f"
    done | head -n1
}

# Same, for the security archive (a suite named <codename>-security).
host_security_mirror() {
    local codename
    codename=$(. /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}")
    grep -hs -B3 -A3 "${codename}-security" /etc/apt/sources.list.d/*.sources 2>/dev/null |
        sed -n 's/^URIs:[ \t]*\([^ \t]*\).*/\1/p' | head -n1
}

ensure_debootstrap() {
    command -v debootstrap >/dev/null && [ -e /usr/share/debootstrap/scripts/$SUITE ] && return 0
    say "installing debootstrap on the host (apt-get)…"
    apt-get update -qq || die "apt-get update failed on the host; check its network and apt sources."
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null ||
        die "could not install debootstrap; install it by hand: apt-get install debootstrap"
    [ -e /usr/share/debootstrap/scripts/$SUITE ] ||
        die "this debootstrap does not know Debian 13 ($SUITE); upgrade it (apt-get install -t bookworm-backports debootstrap)."
}

# Runs "$@" inside the root, in a private mount namespace, from directory $PWD.
enter() {
    local worktree binds=()
    worktree=$(git -C "$PWD" rev-parse --show-toplevel 2>/dev/null || echo "$PWD")
    binds+=("$worktree")
    [ "$PWD" != "$worktree" ] && case "$PWD" in "$worktree"/*) ;; *) binds+=("$PWD") ;; esac
    # Display for `make run`: the X11 socket is in /tmp (bound below); XAUTHORITY and Wayland may not be.
    [ -n "${XAUTHORITY:-}" ] && [ -f "$XAUTHORITY" ] && binds+=("$XAUTHORITY")
    [ -n "${XDG_RUNTIME_DIR:-}" ] && [ -d "$XDG_RUNTIME_DIR" ] && binds+=("$XDG_RUNTIME_DIR")

    local envs=(HOME=/root LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM="${TERM:-dumb}"
        PATH=/usr/lib/ccache:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
        PAPERSIFT_IN_ROOT=1 PAPERSIFT_NATIVE=1
        # Paths relative to the work tree, so two clones (CI's fresh one, a worktree) share hits.
        CCACHE_BASEDIR="$worktree" CCACHE_NOHASHDIR=1)
    local v
    for v in CI DISPLAY XAUTHORITY WAYLAND_DISPLAY XDG_RUNTIME_DIR QT_QPA_PLATFORM QT_SCALE_FACTOR \
        CTEST_OUTPUT_ON_FAILURE CTEST_PARALLEL_LEVEL CMAKE_BUILD_PARALLEL_LEVEL \
        MAKEFLAGS CCACHE_DIR; do
        [ -n "${!v:-}" ] && envs+=("$v=${!v}")
    done

    unshare --mount --propagation private -- /bin/bash -s -- "$root" "$PWD" "${#binds[@]}" "${binds[@]}" \
        "${#envs[@]}" "${envs[@]}" "$@" <<'INNER'
set -e
root=$1 cwd=$2; shift 2
n=$1; shift; binds=("${@:1:$n}"); shift "$n"
n=$1; shift; envs=("${@:1:$n}"); shift "$n"
mount -t proc proc "$root/proc"
mount --rbind /dev "$root/dev"
mount --rbind /sys "$root/sys"
mount --bind /tmp "$root/tmp"
[ -f /etc/resolv.conf ] && { touch "$root/etc/resolv.conf"; mount --bind /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true; }
for b in "${binds[@]}"; do
    case "$b" in /tmp | /tmp/*) [ -e "$root$b" ] && continue ;; esac
    if [ -d "$b" ]; then mkdir -p "$root$b"; else mkdir -p "$root$(dirname "$b")"; touch "$root$b"; fi
    mount --bind "$b" "$root$b"
done
exec chroot "$root" /usr/bin/env -i "${envs[@]}" /bin/bash -c 'cd "$0" && exec "$@"' "$cwd" "$@"
INNER
}

write_sources() {
    local target=$1 mirror=$2 security=$3
    mirror=${mirror:-$(sed -n 's/^deb \([^ ]*\) .*/\1/p' "$target/etc/apt/sources.list" 2>/dev/null | head -n1)}
    rm -f "$target/etc/apt/sources.list"
    {
        printf 'Types: deb\nURIs: %s\nSuites: %s %s-updates\nComponents: main\n' "$mirror" "$SUITE" "$SUITE"
        printf 'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg\n'
        if [ -n "$security" ]; then
            printf '\nTypes: deb\nURIs: %s\nSuites: %s-security\nComponents: main\n' "$security" "$SUITE"
            printf 'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg\n'
        fi
    } >"$target/etc/apt/sources.list.d/debian.sources"
}

create_root() {
    local partial="$root.partial" mirror security
    mirror=$(host_mirror || true)
    security=$(host_security_mirror || true)
    ensure_debootstrap
    rm -rf "$partial"
    say "creating the Debian 13 build root at $root (first use; this takes a few minutes)…"
    # --no-merged-usr is not used: Debian 13 is merged-/usr only.
    if ! debootstrap --variant=minbase --include=ca-certificates,debian-archive-keyring \
        "$SUITE" "$partial" ${mirror:+"$mirror"} >"$partial.log" 2>&1; then
        tail -n 20 "$partial.log" >&2
        die "debootstrap failed (log: $partial.log). Check the network and the host's apt sources, then retry."
    fi
    write_sources "$partial" "$mirror" "$security"
    # Keep the root lean: no docs or man pages.
    printf 'path-exclude /usr/share/doc/*\npath-exclude /usr/share/man/*\npath-exclude /usr/share/info/*\n' \
        >"$partial/etc/dpkg/dpkg.cfg.d/01-papersift-nodoc"
    rm -f "$partial.log"
    mv "$partial" "$root"
}

install_deps() {
    say "installing the build dependencies into the root…"
    local pkgs
    mapfile -t pkgs < <(deps_list)
    # shellcheck disable=SC2016
    enter /bin/sh -c 'export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq && apt-get install -y -qq --no-install-recommends "$@" >/tmp/papersift-apt.log 2>&1 ||
        { tail -n 30 /tmp/papersift-apt.log >&2; exit 1; }
        apt-get clean' sh "${pkgs[@]}" ||
        die "installing packages into the root failed (see above). Check build-deps.txt and the network."
    deps_hash >"$stamp"
}

ensure() {
    check_host
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$(deps_hash)" ]; then
        return 0
    fi
    mkdir -p "$(dirname "$root")"
    exec 9>"$root.lock"
    flock 9
    # Another process may have finished the work while this one waited.
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$(deps_hash)" ]; then
        return 0
    fi
    if [ ! -x "$root/usr/bin/apt-get" ]; then
        check_space "$(dirname "$root")"
        rm -rf "$root"
        create_root
    fi
    install_deps
    say "the build root is ready."
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
ensure) ensure ;;
run)
    [ $# -gt 0 ] || die "usage: $0 run CMD [ARG…]"
    ensure
    enter "$@"
    ;;
shell)
    ensure
    enter /bin/bash -i
    ;;
path) echo "$root" ;;
remove)
    check_host
    [ -e "$root" ] || { say "no build root at $root"; exit 0; }
    if grep -qs " $root/" /proc/mounts; then die "something is still mounted inside $root; unmount it first."; fi
    rm -rf --one-file-system "$root" "$root.partial" "$root.lock"
    say "removed $root"
    ;;
*)
    sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
    [ -z "$cmd" ] || [ "$cmd" = help ] || [ "$cmd" = --help ] || exit 2
    ;;
esac
