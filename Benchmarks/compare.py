#!/usr/bin/env python3
"""Times the same load and the same queries in caseql, SQLite and DuckDB, checks that the three
give the same answers, and prints a table of medians and ratios. Run through compare.sh, which
builds the tools and generates the data; see docs/benchmarks.md."""

import argparse
import csv
import json
import statistics
import subprocess
import sys
import time


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--data", required=True, help="the generated CSV matrix")
    p.add_argument("--bench", required=True, help="the caseql-bench executable")
    p.add_argument("--runs", type=int, default=7, help="timed runs per query (the median is reported)")
    p.add_argument("--load-runs", type=int, default=3, help="timed loads per engine")
    p.add_argument("--json-out", help="write every figure here as JSON")
    return p.parse_args()


class Columns:
    """SQL over the matrix's 0/1 code columns: a category with sub-categories is the OR of its leaves."""

    def __init__(self, header):
        self.header = header
        self.codes = [h for h in header if "." in h]

    def leaves(self, dim, cat=None):
        found = [h for h in self.codes
                 if h.split(".")[0] == dim and (cat is None or cat in h.split(".")[1:])]
        if not found:
            sys.exit(f"compare.py: no code column for {dim}.{cat}")
        return found

    @staticmethod
    def q(column):
        return '"' + column.replace('"', '""') + '"'

    def includes(self, dim, cat):
        return "(" + " OR ".join(f"{self.q(c)} = 1" for c in self.leaves(dim, cat)) + ")"

    def any_of(self, dim, cats):
        return "(" + " OR ".join(self.includes(dim, c) for c in cats) + ")"

    def all_of(self, dim, cats):
        return "(" + " AND ".join(self.includes(dim, c) for c in cats) + ")"

    def has(self, dim):
        return "(" + " OR ".join(f"{self.q(c)} = 1" for c in self.leaves(dim)) + ")"


def queries(cols):
    """(id, what it exercises, caseql statement, SQL, kind of answer)."""
    inc, any_of, all_of, has = cols.includes, cols.any_of, cols.all_of, cols.has
    return [
        ("count", "count", "count cases", "SELECT count(*) FROM t", "count"),
        ("and", "and of two categories with sub-categories",
         "count cases where financing includes public and input includes cooperative_rnd",
         f"SELECT count(*) FROM t WHERE {inc('financing', 'public')} AND {inc('input', 'cooperative_rnd')}", "count"),
        ("or_not", "or, and, not",
         "count cases where (org includes rnd_department or org includes advisory_committee) and not outcome includes patents",
         f"SELECT count(*) FROM t WHERE ({inc('org', 'rnd_department')} OR {inc('org', 'advisory_committee')}) "
         f"AND NOT {inc('outcome', 'patents')}", "count"),
        ("any", "includes any",
         "count cases where financing includes any (grant, equity, crowdfunding)",
         f"SELECT count(*) FROM t WHERE {any_of('financing', ['grant', 'equity', 'crowdfunding'])}", "count"),
        ("all", "includes all",
         "count cases where input includes all (priority, with_academia, rnd_staff)",
         f"SELECT count(*) FROM t WHERE {all_of('input', ['priority', 'with_academia', 'rnd_staff'])}", "count"),
        ("has", "has DIM, not has DIM",
         "count cases where has financing and not has outcome",
         f"SELECT count(*) FROM t WHERE {has('financing')} AND NOT {has('outcome')}", "count"),
        ("attr", "number and text attributes with a code",
         "count cases where founded >= 2000 and country = 'DE' and financing includes public",
         f"SELECT count(*) FROM t WHERE founded >= 2000 AND country = 'DE' AND {inc('financing', 'public')}", "count"),
        ("between", "between, a band, contains",
         "count cases where founded between 1990 and 2005 and employees = '11~50' and field contains 'energy'",
         "SELECT count(*) FROM t WHERE founded BETWEEN 1990 AND 2005 AND employees = '11~50' "
         "AND lower(field) LIKE '%energy%'", "count"),
        ("group", "group by country",
         "count cases group by country",
         "SELECT country, count(*) FROM t GROUP BY country", "groups"),
        ("group_where", "a filter, then group by country",
         "count cases where financing includes crowdfunding or input includes with_academia group by country",
         f"SELECT country, count(*) FROM t WHERE {inc('financing', 'crowdfunding')} OR {inc('input', 'with_academia')} "
         "GROUP BY country", "groups"),
        ("order", "order by founded limit 10",
         "select cases where financing includes crowdfunding order by founded limit 10",
         f"SELECT name FROM t WHERE {inc('financing', 'crowdfunding')} ORDER BY founded ASC NULLS LAST, name LIMIT 10",
         "names"),
        ("top_filtered", "a category and a number, order by founded desc limit 10",
         "select cases where outcome includes patents and founded > 2010 order by founded desc limit 10",
         f"SELECT name FROM t WHERE {inc('outcome', 'patents')} AND founded > 2010 ORDER BY founded DESC NULLS LAST, name LIMIT 10",
         "names"),
        ("order_desc", "order by founded desc limit 10, no filter",
         "select cases order by founded desc limit 10",
         "SELECT name FROM t ORDER BY founded DESC NULLS LAST, name LIMIT 10", "names"),
    ]


def normalise(kind, rows):
    """The answer as a comparable value: a count, {group: count}, or a list of names."""
    if kind == "count":
        return int(rows[0][0])
    if kind == "groups":
        return {str(r[0]): int(r[1]) for r in rows}
    return [str(r[0]) for r in rows]


def caseql_group_rows(rows):
    # caseql names a group with no value "(not given)"; SQL says NULL. The generated country is never missing.
    return [[None if r[0] == "(not given)" else r[0], r[1]] for r in rows]


def run_caseql(args, qs):
    tsv = "".join(f"{qid}\t{text}\n" for qid, _, text, _, _ in qs)
    path = args.data + ".queries.tsv"
    with open(path, "w", encoding="utf-8") as f:
        f.write(tsv)
    out = subprocess.run([args.bench, "--data", args.data, "--queries", path, "--runs", str(args.runs),
                          "--load-runs", str(args.load_runs)], check=True, capture_output=True, text=True).stdout
    lines = [json.loads(line) for line in out.splitlines() if line.strip()]
    load = lines[0]["median_ms"] / 1000
    memory = {k: v for k, v in lines[0].items() if k.endswith("_mb")}
    results = {}
    for line, (qid, _, _, _, kind) in zip(lines[1:], qs):
        rows = caseql_group_rows(line["rows"]) if kind == "groups" else line["rows"]
        results[qid] = (line["median_ms"], normalise(kind, rows))
    return load, results, memory


def sqlite_schema(header):
    cols = []
    for h in header:
        kind = "INTEGER" if "." in h or h == "founded" else "TEXT"
        cols.append(f"{Columns.q(h)} {kind}")
    return "CREATE TABLE t(" + ", ".join(cols) + ");"


def run_sqlite(args, header, qs):
    """One sqlite3 process: the load timed by wall-clock stamps around `.import`, each query's
    answer printed once, then its runs timed by `.timer on`."""
    now = "SELECT 'STAMP ' || ((julianday('now') - 2440587.5) * 86400000.0);"
    lines = [".bail on", ".mode list", ".separator |", sqlite_schema(header)]
    for i in range(args.load_runs):
        if i > 0:
            lines.append("DELETE FROM t;")
        # .import stores an empty cell as '' even in an INTEGER column; a missing value must be NULL.
        lines += [now, f".import --csv --skip 1 '{args.data}' t",
                  "UPDATE t SET founded = NULL WHERE founded = '';",
                  "UPDATE t SET employees = NULL WHERE employees = '';", now]
    for qid, _, _, sql, _ in qs:
        lines += [f".print ANSWER {qid}", sql + ";", f".print RUNS {qid}", ".output /dev/null", ".timer on"]
        lines += [sql + ";"] * args.runs
        lines += [".timer off", ".output stdout"]
    proc = subprocess.run(["sqlite3", ":memory:"], input="\n".join(lines) + "\n", capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"compare.py: sqlite3 failed: {proc.stderr.strip()}")
    stamps, answers, times = [], {}, {}
    current, mode = None, None
    for line in proc.stdout.splitlines():
        if line.startswith("STAMP "):
            stamps.append(float(line.split()[1]))
        elif line.startswith("ANSWER "):
            current, mode = line.split()[1], "answer"
            answers[current] = []
        elif line.startswith("RUNS "):
            current, mode = line.split()[1], "runs"
            times[current] = []
        elif line.startswith("Run Time: real "):
            times[current].append(float(line.split()[3]) * 1000)
        elif mode == "answer":
            answers[current].append(line.split("|"))
    loads = [(b - a) / 1000 for a, b in zip(stamps[0::2], stamps[1::2])]
    results = {}
    for qid, _, _, _, kind in qs:
        if len(times.get(qid, [])) != args.runs:
            sys.exit(f"compare.py: sqlite3 printed no timings for {qid} (is .timer writing elsewhere?)")
        rows = [[None if r[0] == "" else r[0]] + r[1:] for r in answers[qid]] if kind == "groups" else answers[qid]
        results[qid] = (statistics.median(times[qid]), normalise(kind, rows))
    return statistics.median(loads), results


def run_duckdb(args, header, qs):
    import duckdb
    types = {h: ("TINYINT" if "." in h else "INTEGER" if h == "founded" else "VARCHAR") for h in header}
    types_sql = "{" + ", ".join(f"'{h}': '{t}'" for h, t in types.items()) + "}"
    loads = []
    for _ in range(args.load_runs):
        con = duckdb.connect(":memory:")
        start = time.perf_counter()
        con.execute(f"CREATE TABLE t AS SELECT * FROM read_csv('{args.data}', header = true, types = {types_sql})")
        loads.append(time.perf_counter() - start)
    results = {}
    for qid, _, _, sql, kind in qs:
        rows = con.execute(sql).fetchall()
        runs = []
        for _ in range(args.runs):
            start = time.perf_counter()
            con.execute(sql).fetchall()
            runs.append((time.perf_counter() - start) * 1000)
        results[qid] = (statistics.median(runs), normalise(kind, rows))
    threads = con.execute("SELECT current_setting('threads')").fetchone()[0]
    return statistics.median(loads), results, duckdb.__version__, threads


def short(answer):
    if isinstance(answer, int):
        return str(answer)
    if isinstance(answer, dict):
        return f"{len(answer)} groups, {sum(answer.values())} cases"
    return f"{len(answer)} names, first {answer[0] if answer else '-'}"


def main():
    args = parse_args()
    with open(args.data, newline="", encoding="utf-8") as f:
        header = next(csv.reader(f))
    qs = queries(Columns(header))

    print("caseql …", file=sys.stderr)
    c_load, c, c_memory = run_caseql(args, qs)
    print("sqlite3 …", file=sys.stderr)
    s_load, s = run_sqlite(args, header, qs)
    print("duckdb …", file=sys.stderr)
    d_load, d, d_version, d_threads = run_duckdb(args, header, qs)

    mismatches = [qid for qid, *_ in qs if not (c[qid][1] == s[qid][1] == d[qid][1])]
    for qid in mismatches:
        print(f"MISMATCH {qid}: caseql {c[qid][1]!r}\n  sqlite {s[qid][1]!r}\n  duckdb {d[qid][1]!r}", file=sys.stderr)

    def ratio(a, b):
        return f"{a / b:.3f}" if b > 0 else "-"

    def sqlite_ms(ms):
        # sqlite3's .timer prints whole milliseconds.
        return f"{ms:.0f}" if ms > 0 else "<1"

    print(f"\nLoad of {args.data} (median of {args.load_runs}; SQLite .import into a typed table, DuckDB "
          f"read_csv into a table with {d_threads} threads, DuckDB {d_version}):\n")
    print(f"| engine | load s | caseql/engine |")
    print(f"|---|---:|---:|")
    print(f"| caseql | {c_load:.2f} | |")
    print(f"| SQLite | {s_load:.2f} | {ratio(c_load, s_load)} |")
    print(f"| DuckDB | {d_load:.2f} | {ratio(c_load, d_load)} |")
    print(f"\nQueries (median of {args.runs} runs, ms; every answer checked equal in the three engines):\n")
    print("| query | caseql | SQLite | DuckDB | caseql/SQLite | caseql/DuckDB | answer |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for qid, what, text, _, _ in qs:
        print(f"| `{text}` | {c[qid][0]:.3f} | {sqlite_ms(s[qid][0])} | {d[qid][0]:.1f} | "
              f"{ratio(c[qid][0], s[qid][0])} | {ratio(c[qid][0], d[qid][0])} | {short(c[qid][1])} |")

    if args.json_out:
        with open(args.json_out, "w", encoding="utf-8") as f:
            json.dump({
                "load_s": {"caseql": c_load, "sqlite": s_load, "duckdb": d_load},
                "duckdb": {"version": d_version, "threads": d_threads},
                "queries": [{"id": qid, "caseql": text, "what": what, "caseql_ms": c[qid][0], "sqlite_ms": s[qid][0],
                             "duckdb_ms": d[qid][0], "answer": short(c[qid][1])} for qid, what, text, _, _ in qs],
                "mismatches": mismatches,
                "caseql_memory": c_memory,
            }, f, indent=2)

    if mismatches:
        sys.exit(f"compare.py: the engines disagree on {', '.join(mismatches)}")


if __name__ == "__main__":
    main()
