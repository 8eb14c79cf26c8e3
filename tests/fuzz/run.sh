#!/usr/bin/env bash
# Runs every libFuzzer target of a fuzz build for a while, from its seeds (`make fuzz`).
#
#   tests/fuzz/run.sh BUILD_DIR SECONDS [TARGET…]
#
# Each target keeps a working corpus in BUILD_DIR/corpus/<name> (it grows from run to run) and
# writes what it finds to BUILD_DIR/findings/<name>/. Two run at a time (one per core). Exits 1 when
# any target found a crash, a leak, a timeout or an out-of-memory: copy the file into
# tests/fuzz/regressions/<name>/, fix it, and `make test` keeps it fixed.
set -euo pipefail
build=${1:?usage: run.sh BUILD_DIR SECONDS [TARGET…]}
seconds=${2:?usage: run.sh BUILD_DIR SECONDS [TARGET…]}
shift 2
manifest="$build/fuzz-targets.txt"
[ -r "$manifest" ] || { echo "run.sh: $manifest is missing: configure the fuzz preset first" >&2; exit 2; }
jobs=${FUZZ_JOBS:-$(nproc 2>/dev/null || echo 2)}

run_one() {
    local name=$1 regressions=$2
    shift 2
    local corpus="$build/corpus/$name" findings="$build/findings/$name" log="$build/logs/$name.log"
    mkdir -p "$corpus" "$findings" "$build/logs"
    # Inputs up to 256 kB (a day's feed is 300–900 kB: the parsers' work is in their first pages),
    # 10 s per input at most, 2 GB of memory: beyond those libFuzzer reports a finding.
    local dirs=("$corpus")
    [ -d "$regressions" ] && dirs+=("$regressions")
    for d in "$@"; do [ -d "$d" ] && dirs+=("$d"); done
    set +e
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        QT_QPA_PLATFORM=offscreen HOME="$build/fuzz-home" \
        "$build/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -max_len=262144 -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$findings/" "${dirs[@]}" >"$log" 2>&1
    local rc=$?
    set -e
    local execs cov
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 || true)
    if [ $rc -eq 0 ]; then
        printf 'fuzz_%-9s %ss: %s inputs, %s, clean\n' "$name" "$seconds" "${execs:-?}" "${cov:-cov: ?}"
    else
        printf 'fuzz_%-9s FOUND A PROBLEM (rc %d); see %s and %s\n' "$name" "$rc" "$log" "$findings" >&2
        grep -m3 -E 'ERROR: |FUZZ_CHECK|runtime error' "$log" >&2 || true
    fi
    return $rc
}

export -f run_one
export build seconds
selected=("$@")
status=0
pids=()
while read -r name regressions seeds; do
    [ -n "$name" ] || continue
    if [ ${#selected[@]} -gt 0 ] && [[ ! " ${selected[*]} " == *" $name "* ]]; then
        continue
    fi
    # shellcheck disable=SC2086 # the seed directories are space-separated
    run_one "$name" "$regressions" $seeds &
    pids+=($!)
    if [ ${#pids[@]} -ge "$jobs" ]; then
        wait "${pids[0]}" || status=1
        pids=("${pids[@]:1}")
    fi
done <"$manifest"
for pid in "${pids[@]}"; do
    wait "$pid" || status=1
done
exit $status
