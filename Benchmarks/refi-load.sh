#!/usr/bin/env bash
# Times loading generated REFI-QDA projects at 1/4, 1/2 and the full size (10,000 sources, 500 codes,
# 200,000 codings) with the release caseql: `caseql --data P.qdpx -c 'count cases'`, the load
# (unzip, parse, cut every quote, build the index) plus one statement. Prints wall seconds, µs per
# coding (constant if loading is linear) and the peak memory (max RSS).
#   Benchmarks/refi-load.sh [CASEQL]
set -euo pipefail
cd "$(dirname "$0")/.."
caseql="${1:-}"
if [ -z "$caseql" ]; then
    swift build -c release --product caseql --scratch-path .build-bench-release >&2
    caseql="$(swift build -c release --scratch-path .build-bench-release --show-bin-path)/caseql"
fi
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
printf '%8s %9s %8s %8s %10s %11s\n' sources codings "qdpx MB" "load s" "µs/coding" "max RSS MB"
for sources in 2500 5000 10000; do
    python3 Benchmarks/refi-generate.py "$dir/p.qdpx" --sources "$sources" >/dev/null
    /usr/bin/time -f '%e %M' -o "$dir/time" "$caseql" --data "$dir/p.qdpx" -c 'count cases' >/dev/null
    read -r seconds kb < "$dir/time"
    codings=$((sources * 20))
    awk -v s="$sources" -v c="$codings" -v mb="$(stat -c %s "$dir/p.qdpx")" -v t="$seconds" -v kb="$kb" \
        'BEGIN { printf "%8d %9d %8.1f %8.2f %10.2f %11.0f\n", s, c, mb / 1048576, t, t * 1e6 / c, kb / 1024 }'
done
