#!/usr/bin/env bash
# caseql against SQLite and DuckDB on one generated 1,000,000-case matrix, in one run:
# load, the same queries (answers checked equal), start-up against a Swift hello-world, and
# memory. See docs/benchmarks.md. Options (environment): CASES (1000000), SEED (42), RUNS (7
# timed runs per query), LOAD_RUNS (3), STARTUP_RUNS (50).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
cases="${CASES:-1000000}"
seed="${SEED:-42}"
runs="${RUNS:-7}"
load_runs="${LOAD_RUNS:-3}"
startup_runs="${STARTUP_RUNS:-50}"
data="$here/data/study-$cases-$seed.csv"
results="$here/results"
mkdir -p "$here/data" "$results"

step() { printf '\n== %s\n' "$*" >&2; }

step "building caseql (release) and the benchmark tools"
(cd "$root" && swift build -c release --product caseql --scratch-path .build-bench-release >&2)
caseql="$root/.build-bench-release/release/caseql"
(cd "$here" && swift build -c release >&2)
bin="$here/.build/release"

command -v sqlite3 >/dev/null || { echo "compare.sh: sqlite3 is needed (apt-get install sqlite3)" >&2; exit 1; }
if [ ! -x "$here/.venv/bin/python" ]; then
    step "creating Benchmarks/.venv with DuckDB"
    python3 -m venv "$here/.venv"
fi
"$here/.venv/bin/python" -c 'import duckdb' 2>/dev/null || "$here/.venv/bin/pip" install --quiet duckdb >&2

if [ ! -s "$data" ]; then
    step "generating $cases cases (seed $seed)"
    start=$(date +%s%N)
    "$caseql" generate-study --cases "$cases" --seed "$seed" --format csv > "$data.tmp"
    mv "$data.tmp" "$data"
    echo "generated $(du -h "$data" | cut -f1) in $(( ($(date +%s%N) - start) / 1000000 )) ms" >&2
fi

{
    echo "# caseql benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
    echo
    echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"
    echo "$(free -g | awk '/Mem:/ {print $2}') GiB; $(swift --version 2>&1 | head -1); sqlite3 $(sqlite3 --version | cut -d' ' -f1)."
    echo "Load before: $(uptime | sed 's/.*load average/load average/')"
    echo
    echo "Data: $data ($(du -h "$data" | cut -f1)), \`caseql generate-study --cases $cases --seed $seed --format csv\`."
} > "$results/report.md"

step "load and queries: caseql, sqlite3, DuckDB"
"$here/.venv/bin/python" "$here/compare.py" --data "$data" --bench "$bin/caseql-bench" --runs "$runs" \
    --load-runs "$load_runs" --json-out "$results/queries.json" >> "$results/report.md"

step "start-up"
{
    echo
    echo "Start-up (\`caseql -c 'count firms'\` on the built-in study; hello-world programs built with"
    echo "\`swift build -c release\` like caseql; mean of $startup_runs runs after 5 warm-ups):"
    echo
} >> "$results/report.md"
if command -v hyperfine >/dev/null; then
    hyperfine -N --warmup 5 --runs "$startup_runs" --export-json "$results/startup.json" \
        "$caseql -c 'count firms'" "$bin/hello-foundation" "$bin/hello-plain" >&2
    "$here/.venv/bin/python" - "$results/startup.json" >> "$results/report.md" <<'EOF'
import json, sys
rows = json.load(open(sys.argv[1]))["results"]
ms = {r["command"].split("/")[-1]: (r["mean"] * 1000, r["stddev"] * 1000, r["median"] * 1000) for r in rows}
caseql = next(v for k, v in ms.items() if k.startswith("caseql"))
print("| program | mean ms | ± | median ms | caseql / program |")
print("|---|---:|---:|---:|---:|")
for name, (mean, sd, med) in ms.items():
    print(f"| `{name}` | {mean:.1f} | {sd:.1f} | {med:.1f} | {caseql[0] / mean:.2f} |")
EOF
else
    # No hyperfine: N runs of each in a loop, timed as a whole.
    echo "| program | mean ms |" >> "$results/report.md"
    echo "|---|---:|" >> "$results/report.md"
    for cmd in "$caseql -c 'count firms'" "$bin/hello-foundation" "$bin/hello-plain"; do
        start=$(date +%s%N)
        for _ in $(seq "$startup_runs"); do eval "$cmd" >/dev/null; done
        echo "| \`${cmd##*/}\` | $(( ($(date +%s%N) - start) / startup_runs / 1000 ))e-3 |" >> "$results/report.md"
    done
fi

step "memory"
rss() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk '/Maximum resident set size/ {printf "%.0f", $6 / 1024}'; }
{
    echo
    echo "Memory (maximum resident set, \`/usr/bin/time -v\`):"
    echo
    echo "| what | MB |"
    echo "|---|---:|"
    echo "| \`caseql --data …csv -c 'count cases'\` (the whole tool) | $(rss "$caseql" --data "$data" -c 'count cases') |"
    # Every row printed: streamed, so within a few MB of the line above (issue #12).
    echo "| \`caseql --data …csv --format csv -c 'select cases'\` (every case printed) | $(rss "$caseql" --data "$data" --format csv -c 'select cases') |"
    echo "| \`caseql --data …csv -c 'select cases'\` (every case in a box table) | $(rss "$caseql" --data "$data" -c 'select cases') |"
    "$here/.venv/bin/python" - "$results/queries.json" <<'EOF'
import json, sys
m = json.load(open(sys.argv[1])).get("caseql_memory", {})
if m:
    print(f"| the loaded index alone (resident after the load, in caseql-bench) | {m['rss_after_load_mb']:.0f} |")
    print(f"| peak while loading (caseql-bench) | {m['peak_rss_load_mb']:.0f} |")
    print(f"| with the query interpreter built (its name lookup tables) | {m['rss_with_interpreter_mb']:.0f} |")
EOF
    echo "| hello-foundation | $(rss "$bin/hello-foundation") |"
    echo
    echo "Load after: $(uptime | sed 's/.*load average/load average/')"
} >> "$results/report.md"

cat "$results/report.md"
