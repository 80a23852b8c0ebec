#!/usr/bin/env bash
# Builds the fuzz targets with libFuzzer and runs each for SECONDS (default 60), one after another.
#   Fuzz/run.sh 600            # every target, ten minutes each
#   Fuzz/run.sh 600 FuzzCSV    # one target
# New corpus entries go to Fuzz/Work/<corpus>/ (ignored by git; merge good ones into Corpus/ with
# -merge=1); crashes, timeouts, leaks and out-of-memory inputs go to Fuzz/Artifacts/<target>/.
# Exits non-zero when a target found something.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzQuery FuzzStudyJSON FuzzCSV FuzzREFIQDA)

swift build -c release --sanitize fuzzer --scratch-path .build-fuzz
bin="$(swift build -c release --sanitize fuzzer --scratch-path .build-fuzz --show-bin-path)"

corpus_of() {
    case "$1" in
        FuzzQuery) echo query ;;
        FuzzStudyJSON) echo study-json ;;
        FuzzCSV) echo csv ;;
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
        FuzzREFIQDA) echo 65536 ;;
    esac
}

status=0
for target in "${targets[@]}"; do
    corpus="$(corpus_of "$target")"
    mkdir -p "Work/$corpus" "Artifacts/$target"
    echo "== $target: ${seconds}s, corpus Corpus/$corpus + Work/$corpus"
    # SWIFT_BACKTRACE=enable=no lets libFuzzer see the crash and write the artifact. A run that takes
    # over 10 s on one input is a hang; 2 GB is far above what any input should need.
    if ! SWIFT_BACKTRACE=enable=no "$bin/$target" "Work/$corpus" "Corpus/$corpus" \
        -max_total_time="$seconds" -max_len="$(max_len_of "$target")" -timeout=10 -rss_limit_mb=2048 \
        -detect_leaks=1 -print_final_stats=1 -artifact_prefix="Artifacts/$target/"; then
        echo "== $target found a problem; see Artifacts/$target/" >&2
        status=1
    fi
done
exit $status
