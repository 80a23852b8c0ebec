#!/usr/bin/env bash
# Runs a command with real SQL engines at hand, for caseql's cross-engine test (docs/sql.md):
#   Scripts/engines.sh [COMMAND ...]        (default: swift test --filter CaseSQLTests)
# It installs what is missing (Debian's postgresql and a Java runtime; PyPI duckdb and pyspark in
# a venv kept under $HOME/.cache, so a second run reuses it), starts PostgreSQL 15 on a loopback
# port with a temporary data directory, exports
#   CASEQL_PYTHON   the venv's python (duckdb, pyspark)
#   CASEQL_PG_URL   postgresql://caseql@127.0.0.1:PORT/postgres
#   CASEQL_ENGINE_RUNNER  Scripts/engines/run_queries.py
# runs COMMAND, and stops PostgreSQL and removes its directory whatever happens.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
venv=${CASEQL_VENV:-$HOME/.cache/caseql-venv}
pg_port=${CASEQL_PG_PORT:-54329}
pg_bin=/usr/lib/postgresql/15/bin

say() { printf 'engines: %s\n' "$*" >&2; }

apt_install() {
    if [ "$(id -u)" != 0 ]; then say "missing $*; install it (apt-get install -y $*)"; return 1; fi
    if [ -z "${apt_updated:-}" ]; then apt-get update -qq >/dev/null; apt_updated=1; fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

[ -x "$pg_bin/initdb" ] || { say "installing postgresql"; apt_install postgresql; }
command -v psql >/dev/null || apt_install postgresql-client
command -v sqlite3 >/dev/null || { say "installing sqlite3"; apt_install sqlite3; }
command -v java >/dev/null || { say "installing a Java runtime for Spark"; apt_install default-jre-headless; }

if ! "$venv/bin/python" -c 'import duckdb, pyspark' 2>/dev/null; then
    say "preparing $venv (duckdb, pyspark: building pyspark takes 3-4 minutes the first time)"
    python3 -m venv "$venv" 2>/dev/null || { apt_install python3-venv; python3 -m venv "$venv"; }
    "$venv/bin/pip" install -q --disable-pip-version-check duckdb==2.0.1 pyspark==4.3.0
fi

pg_dir=$(mktemp -d /tmp/caseql-pg.XXXXXX)
stop_pg() {
    if [ -f "$pg_dir/data/postmaster.pid" ]; then
        runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true
    fi
    rm -rf "$pg_dir"
}
trap stop_pg EXIT
chown postgres "$pg_dir"
runuser -u postgres -- "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U caseql -E UTF8 --locale=C.UTF-8 >/dev/null
# One role that must give its password (SCRAM-SHA-256), for the live mode's wrong-password test;
# everyone else is trusted on loopback. pg_hba.conf is read top down: this line comes first.
sed -i '1i host all caseql_secret 127.0.0.1/32 scram-sha-256' "$pg_dir/data/pg_hba.conf"
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -w -t 30 -l "$pg_dir/log" \
    -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1" start >/dev/null
say "PostgreSQL 15 on 127.0.0.1:$pg_port ($pg_dir)"

export CASEQL_PYTHON="$venv/bin/python"
export CASEQL_PG_URL="postgresql://caseql@127.0.0.1:$pg_port/postgres"
export CASEQL_ENGINE_RUNNER="$here/engines/run_queries.py"
if [ $# -eq 0 ]; then set -- swift test --filter CaseSQLTests; fi
"$@"
