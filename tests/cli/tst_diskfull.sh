#!/bin/sh
# A full disk, for real: a 24 MiB tmpfs in a private mount namespace holds the library, then a
# file fills it to the last byte. Import and export must fail with exit 6 and say the disk is
# full (not "I/O error", not "Unknown error"), leave the library and any older digest as they
# were, and succeed once there is room again.
#
#   tst_diskfull.sh PAPERSIFT FIXTURES_DIR
#
# Needs a mount namespace and tmpfs (root, as in the build root, or an unprivileged user
# namespace); without them it exits 77, which ctest reports as skipped.
set -u
papersift=$1
fixtures=$2
if unshare -m true 2>/dev/null; then
    ns="unshare -m"
elif unshare -m --propagation unchanged true 2>/dev/null; then
    # Inside a chroot (the build root) / is no mount point, so its propagation cannot change; the
    # root script's own namespace is private already.
    ns="unshare -m --propagation unchanged"
elif unshare -rm true 2>/dev/null; then
    ns="unshare -rm"
else
    echo "SKIP: no mount namespace here (unshare -m): cannot make a small disk to fill"
    exit 77
fi
dir=$(mktemp -d "${TMPDIR:-/tmp}/papersift-diskfull.XXXXXX")
# What the commands print goes beside the small disk: written into it, it would not fit either.
logs=$(mktemp -d "${TMPDIR:-/tmp}/papersift-diskfull-logs.XXXXXX")
trap 'rm -rf "$dir" "$logs"' EXIT
export papersift fixtures
$ns sh -eu -c '
    dir=$1
    logs=$2
    mount -t tmpfs -o size=24m tmpfs "$dir" || { echo "SKIP: cannot mount a tmpfs"; exit 77; }
    db="$dir/library.sqlite"
    ai="$fixtures/arxiv/rss2_daily_cs-ai_fetched-2025-06-17.xml"
    lg="$fixtures/arxiv/rss2_daily_cs-lg_fetched-2025-06-17.xml"
    fail() { echo "FAIL: $*"; exit 1; }

    "$papersift" --db "$db" import "$ai" >/dev/null || fail "the first import, with room, failed"
    "$papersift" --db "$db" export --date 2025-06-16 --out "$dir/digest.md" || fail "the first export failed"
    cp "$dir/digest.md" "$logs/digest.before"

    # Fill the disk to the last byte.
    dd if=/dev/zero of="$dir/filler" bs=64k 2>/dev/null || true
    echo "free after filling: $(df -k "$dir" | awk "NR == 2 { print \$4 }") KiB"

    # expect_full NAME WRONG_WORDS COMMAND…: COMMAND exits 6 and says the disk is full, not WRONG_WORDS.
    expect_full() {
        name=$1 wrong=$2
        shift 2
        set +e
        "$@" >"$logs/$name.out" 2>"$logs/$name.err"
        rc=$?
        set -e
        echo "$name into a full disk: rc $rc: $(cat "$logs/$name.err")"
        [ $rc -eq 6 ] || fail "$name into a full disk exited $rc, not 6 (storage)"
        grep -q "is full" "$logs/$name.err" || fail "$name did not say the disk is full"
        if grep -q "$wrong" "$logs/$name.err"; then fail "$name said $wrong"; fi
    }
    expect_full import "I/O error" "$papersift" --db "$db" import "$lg"
    expect_full export "Unknown error" "$papersift" --db "$db" export --date 2025-06-16 --out "$dir/digest.md"
    cmp -s "$dir/digest.md" "$logs/digest.before" || fail "the older digest was changed"

    # Room again: the library holds the first feed whole (importing it again changes nothing), and
    # the import that failed now succeeds.
    rm "$dir/filler"
    again=$("$papersift" --db "$db" import "$ai") || fail "importing the first feed again failed"
    echo "$again" | grep -q ": 0 new, 0 new versions, .* unchanged; 0 listings added, 0 changed" ||
        fail "the library lost part of the first feed: $again"
    "$papersift" --db "$db" import "$lg" >/dev/null || fail "the import failed again with room"
    "$papersift" --db "$db" export --date 2025-06-16 --out "$dir/digest.md" || fail "the export failed again with room"
    echo "PASS: a full disk is named, loses nothing, and the next try succeeds"
' sh "$dir" "$logs"
