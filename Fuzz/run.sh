#!/usr/bin/env bash
# Builds the fuzz targets with libFuzzer and AddressSanitizer and runs each for SECONDS (default
# 60), one after another.
#   Fuzz/run.sh 600             # every target, ten minutes each
#   Fuzz/run.sh 600 FuzzCSV     # one target
#   Fuzz/run.sh merge           # add what Work/ found that covers new code to Corpus/ (-merge=1)
# New corpus entries go to $FUZZ_WORK/<corpus>/ (default Fuzz/Work/, ignored by git); crashes,
# timeouts, leaks and out-of-memory inputs go to Fuzz/Artifacts/<target>/. The committed
# Corpus/ is only read, except by `merge`. Exits non-zero when a target found something.
set -euo pipefail
cd "$(dirname "$0")"
mode=run
if [ "${1:-}" = merge ]; then mode=merge; shift; else seconds="${1:-60}"; shift || true; fi
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzQuery FuzzStudyJSON FuzzCSV FuzzScript FuzzREFIQDA)
work="${FUZZ_WORK:-Work}"

# `--sanitize fuzzer` links libFuzzer's main; `address` adds ASan (and LeakSanitizer with it).
# SwiftPM hands swiftc the two as separate -sanitize= options and the last one wins, which drops
# the fuzzer's coverage instrumentation from every Swift module (libFuzzer then finds no
# coverage at all); the -Xswiftc option comes last and asks for both.
build=(swift build -c release --sanitize fuzzer --sanitize address -Xswiftc -sanitize=fuzzer,address
       --scratch-path .build-fuzz)
"${build[@]}"
bin="$("${build[@]}" --show-bin-path)"

corpus_of() {
    case "$1" in
        FuzzQuery) echo query ;;
        FuzzStudyJSON) echo study-json ;;
        FuzzCSV) echo csv ;;
        FuzzScript) echo script ;;
        FuzzREFIQDA) echo refi-qde ;;
        *) echo "unknown target $1" >&2; exit 2 ;;
    esac
}

# Inputs up to these sizes: statements are short; a study file needs room for its structure.
max_len_of() {
    case "$1" in
        FuzzQuery) echo 4096 ;;
        FuzzStudyJSON) echo 65536 ;;
        FuzzCSV) echo 16384 ;;
        FuzzScript) echo 16384 ;;
        FuzzREFIQDA) echo 65536 ;;
    esac
}

status=0
for target in "${targets[@]}"; do
    corpus="$(corpus_of "$target")"
    mkdir -p "$work/$corpus" "Artifacts/$target" "Corpus/$corpus"
    if [ "$mode" = merge ]; then
        echo "== $target: merging $work/$corpus into Corpus/$corpus"
        SWIFT_BACKTRACE=enable=no "$bin/$target" -merge=1 -max_len="$(max_len_of "$target")" \
            -timeout=10 -rss_limit_mb=4096 "Corpus/$corpus" "$work/$corpus" || status=1
        continue
    fi
    echo "== $target: ${seconds}s, corpus Corpus/$corpus + $work/$corpus"
    # SWIFT_BACKTRACE=enable=no lets libFuzzer see the crash and write the artifact. A run that takes
    # over 10 s on one input is a hang; 4 GB (ASan's shadow memory included) is far above what
    # any input should need.
    # FUZZ_SEED and FUZZ_RUNS (ci.sh sets both) make a run repeatable: the same mutations in the
    # same order, so what passed here passes in CI, and a finding reproduces.
    extra=()
    [ -n "${FUZZ_SEED:-}" ] && extra+=(-seed="$FUZZ_SEED")
    [ -n "${FUZZ_RUNS:-}" ] && extra+=(-runs="$FUZZ_RUNS")
    if ! SWIFT_BACKTRACE=enable=no "$bin/$target" "$work/$corpus" "Corpus/$corpus" "${extra[@]}" \
        -max_total_time="$seconds" -max_len="$(max_len_of "$target")" -timeout=10 -rss_limit_mb=4096 \
        -detect_leaks=1 -print_final_stats=1 -artifact_prefix="Artifacts/$target/"; then
        echo "== $target found a problem; see Fuzz/Artifacts/$target/" >&2
        status=1
    fi
done
exit $status
