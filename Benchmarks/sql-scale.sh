#!/usr/bin/env bash
# The in-memory engine against DuckDB on caseql's compiled SQL at 1M cases, then DuckDB alone on
# 100M cases it generates itself as Parquet (docs/benchmarks.md, "Past one machine's memory").
#   Benchmarks/sql-scale.sh [WORKDIR]      CASES=1000000 BIG=100000000 RUNS=5 BIG_RUNS=1 THREADS=2
# PART=duckdb or PART=caseql runs one half (results merge in WORKDIR/sql-scale.json).
# BIG=0 skips the Parquet run. Needs a release caseql (built here) and a Python with duckdb
# (Benchmarks/.venv, created as compare.sh creates it).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="${1:-$here/data/sql-scale}"
caseql="${CASEQL:-}"
if [ -z "$caseql" ]; then
    (cd "$root" && swift build -c release --product caseql >&2)
    caseql="$root/.build/release/caseql"
fi
python="${CASEQL_PYTHON:-$here/.venv/bin/python}"
if ! "$python" -c 'import duckdb' 2>/dev/null; then
    python3 -m venv "$here/.venv"
    "$here/.venv/bin/pip" install --quiet duckdb==2.0.1 >&2
    python="$here/.venv/bin/python"
fi
exec "$python" "$here/sql-scale.py" "$caseql" "$work"
