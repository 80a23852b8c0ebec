#!/usr/bin/env bash
# Loading one large generated case matrix: caseql (one or more binaries, e.g. before and after a
# change) against DuckDB's read_csv in the same run, wall time and maximum resident set from
# /usr/bin/time -v, medians of RUNS. See docs/benchmarks.md.
#
#   Benchmarks/load-csv.sh [CASEQL_BINARY …]
#
# Environment: CASES (10000000), SEED (42), RUNS (3), DATA (the CSV; generated when missing),
# FORMAT (csv or json: a JSON study of the same cases, loaded by caseql alone), PYTHON (a python3
# with duckdb; else a venv under /tmp is made).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
cases="${CASES:-10000000}"
seed="${SEED:-42}"
runs="${RUNS:-3}"
format="${FORMAT:-csv}"
data="${DATA:-/tmp/caseql-study-$cases-$seed.$format}"
binaries=("$@")
[ ${#binaries[@]} -gt 0 ] || binaries=("$root/.build/release/caseql")

if [ ! -s "$data" ]; then
    echo "generating $cases cases (seed $seed, $format) into $data" >&2
    "${binaries[0]}" generate-study --cases "$cases" --seed "$seed" --format "$format" > "$data.tmp"
    mv "$data.tmp" "$data"
fi

python="${PYTHON:-}"
if [ -z "$python" ]; then
    if [ -x "$HOME/.cache/caseql-venv/bin/python" ] && "$HOME/.cache/caseql-venv/bin/python" -c 'import duckdb' 2>/dev/null; then
        python="$HOME/.cache/caseql-venv/bin/python"
    else
        [ -x /tmp/caseql-load-venv/bin/python ] || python3 -m venv /tmp/caseql-load-venv
        /tmp/caseql-load-venv/bin/python -c 'import duckdb' 2>/dev/null || /tmp/caseql-load-venv/bin/pip install --quiet duckdb >&2
        python=/tmp/caseql-load-venv/bin/python
    fi
fi

# One timed command: "seconds MB cpu-seconds" (wall clock, maximum resident set, user + system).
measure() {
    /usr/bin/time -v "$@" 2>&1 >/dev/null | awk '
        /Elapsed \(wall clock\)/ { n = split($NF, p, ":"); s = (n == 3 ? p[1] * 3600 + p[2] * 60 + p[3] : p[1] * 60 + p[2]) }
        /Maximum resident set size/ { mb = $6 / 1024 }
        /User time|System time/ { cpu += $NF }
        END { printf "%.2f %.0f %.2f\n", s, mb, cpu }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

row() {
    local name="$1"; shift
    local times=() mems=() cpus=()
    for _ in $(seq "$runs"); do
        read -r t m c < <(measure "$@")
        times+=("$t"); mems+=("$m"); cpus+=("$c")
    done
    printf '| %s | %s | %s | %s |\n' "$name" "$(printf '%s\n' "${times[@]}" | median)" \
        "$(printf '%s\n' "${cpus[@]}" | median)" "$(printf '%s\n' "${mems[@]}" | median)"
}

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Data: $data ($(du -h "$data" | cut -f1)); medians of $runs runs"
echo
echo "| loader | wall s | CPU s (user + sys) | max RSS MB |"
echo "|---|---:|---:|---:|"
for bin in "${binaries[@]}"; do
    row "\`$bin --data … -c 'count cases'\`" "$bin" --data "$data" -c 'count cases'
done
if [ "$format" = csv ]; then
    header="$(head -1 "$data")"
    types="$("$python" -c '
import sys
hs = sys.argv[1].split(",")
kind = lambda h: "TINYINT" if "." in h else "INTEGER" if h == "founded" else "VARCHAR"
print("{" + ", ".join("\x27%s\x27: \x27%s\x27" % (h, kind(h)) for h in hs) + "}")' "$header")"
    row "DuckDB $("$python" -c 'import duckdb; print(duckdb.__version__)') read_csv (all threads)" \
        "$python" -c "import duckdb; duckdb.connect(':memory:').execute(\"CREATE TABLE t AS SELECT * FROM read_csv('$data', header = true, types = $types)\")"
fi
echo
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
