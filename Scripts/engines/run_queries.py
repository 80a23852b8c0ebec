#!/usr/bin/env python3
"""Run many SQL queries on one engine and print their results as JSON, for caseql's cross-engine
test (Tests/CaseSQLTests). One process, one connection (one Spark session) for all queries:
starting Spark per query would take ~17 s each.

usage: run_queries.py ENGINE JOBS OUT
  ENGINE   duckdb | spark | sqlite | postgres
  JOBS     a JSON list of {"setup": PATH, "queries": [SQL, ...]}: SETUP is a study export, load.sql
           of a CSV export (duckdb, spark, postgres) or the SQL script (sqlite), run before its queries
  OUT      written: per job, a JSON list with, per query, {"rows": [[cell, ...], ...]} or {"error": "..."};
           a Spark answer given on a second try also has {"note": "..."} saying why

Cells are normalised as the test normalises caseql's own answers: NULL is "", a number (or a
text that is one) is printed as an integer when whole. PostgreSQL is reached through psql at
$CASEQL_PG_URL, SQLite through the sqlite3 shell.
"""
import csv
import io
import json
import os
import re
import subprocess
import sys
import tempfile

NUMBER = re.compile(r"^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$")
MARK = "@@caseql-query"
csv.field_size_limit(sys.maxsize)  # a group lists its members in one field


def cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)) or type(value).__name__ == "Decimal":
        f = float(value)
        return str(int(f)) if f == int(f) and abs(f) < 1e15 else repr(f)
    text = str(value)
    return cell(float(text)) if NUMBER.match(text) else text


def statements(script):
    """A loader split into statements: one per ';' line end (the exporter writes them so)."""
    parts, current = [], []
    for line in script.splitlines():
        current.append(line)
        if line.rstrip().endswith(";"):
            parts.append("\n".join(current))
            current = []
    rest = "\n".join(current).strip()
    if rest and not all(l.startswith("--") for l in rest.splitlines()):
        parts.append(rest)
    return parts


def run_duckdb(setup, queries):
    import duckdb
    con = duckdb.connect()
    con.execute(open(setup, encoding="utf-8").read())
    results = []
    for q in queries:
        try:
            results.append({"rows": [[cell(v) for v in row] for row in con.execute(q).fetchall()]})
        except Exception as e:  # an engine's error is a result to report, not a crash
            results.append({"error": str(e).splitlines()[0]})
    return results


def spark_session():
    from pyspark.sql import SparkSession
    spark = (SparkSession.builder.master("local[2]").appName("caseql-cross-engine")
             .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
             .config("spark.sql.ansi.enabled", "false")
             # The studies are small: a query's cost is planning and code generation, not data, so one
             # partition, no adaptive re-planning and no whole-stage code generation answer fastest.
             .config("spark.sql.shuffle.partitions", "1").config("spark.sql.adaptive.enabled", "false")
             .config("spark.sql.codegen.wholeStage", "false")
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def spark_error(e):
    """What went wrong, in one line: a Py4JJavaError's first line only names the call
    ("An error occurred while calling o624.collectToPython"), so the Java exception is asked for
    its own message, and the innermost cause is added when there is one."""
    java = getattr(e, "java_exception", None)
    if java is None:
        return str(e).strip().splitlines()[0][:500]
    message, cause = java.toString(), java.getCause()
    while cause is not None and cause.getCause() is not None:
        cause = cause.getCause()
    if cause is not None:
        message += " (caused by " + cause.toString() + ")"
    return " ".join(message.split())[:1000]


def run_spark(setup, queries, spark):
    from pyspark.errors import AnalysisException, ParseException
    for s in statements(open(setup, encoding="utf-8").read()):
        body = "\n".join(l for l in s.splitlines() if not l.startswith("--")).strip().rstrip(";")
        if body:
            spark.sql(body)
    # The views read their CSV files on every query; cached once, each query is a scan in memory.
    for table in spark.catalog.listTables():
        if table.isTemporary:
            spark.sql(f"CACHE TABLE `{table.name}`")
    results = []
    for q in queries:
        try:
            results.append({"rows": spark_rows(spark, q)})
            continue
        except Exception as e:
            first = e
        if isinstance(first, (AnalysisException, ParseException)):
            # The SQL itself is wrong: that is the answer, and a second try would say the same.
            results.append({"error": spark_error(first)})
            continue
        # A failure while executing, once, is retried with Spark's default, adaptive execution:
        # Spark 4.3's planner, with one shuffle partition and adaptive execution off (the settings
        # above), can join a cached two-partition table to a one-partition side and fail ("Can't
        # zip RDDs with unequal numbers of partitions"), as it did for crosstabs testing code
        # counts and codes together; and one CI run failed a crosstab in collectToPython that
        # passed on every other run. The retry is reported (a "note"), so the test log shows it.
        spark.conf.set("spark.sql.adaptive.enabled", "true")
        try:
            results.append({"rows": spark_rows(spark, q),
                            "note": "answered on a second try; the first failed: " + spark_error(first)})
        except Exception as again:
            results.append({"error": spark_error(again) + " (the first try: " + spark_error(first) + ")"})
        finally:
            spark.conf.set("spark.sql.adaptive.enabled", "false")
    return results


def spark_rows(spark, q):
    return [[cell(v) for v in row] for row in spark.sql(q).collect()]


def shell_batch(command, queries, mark_line, env=None):
    """Every query through one shell process, each preceded by a marker line; should the batch
    fail, each query alone, so an error is pinned to its query."""
    script = "".join(f"{mark_line(i)}\n{q.rstrip().rstrip(';')};\n" for i, q in enumerate(queries))
    done = subprocess.run(command, input=script, capture_output=True, text=True, env=env)
    if done.returncode == 0:
        return split_marked(done.stdout, len(queries))
    results = []
    for q in queries:
        one = subprocess.run(command, input=f"{mark_line(0)}\n{q.rstrip().rstrip(';')};\n",
                             capture_output=True, text=True, env=env)
        if one.returncode == 0:
            results.append(split_marked(one.stdout, 1)[0])
        else:
            results.append({"error": (one.stderr.strip().splitlines() or ["failed"])[0]})
    return results


def split_marked(output, count):
    results = [{"rows": []} for _ in range(count)]
    current = None
    chunks = {}
    for line in output.splitlines(keepends=True):
        if line.startswith(MARK):
            current = int(line.split()[1])
            chunks[current] = []
        elif current is not None:
            chunks[current].append(line)
    for i, lines in chunks.items():
        results[i] = {"rows": [[cell(v) for v in row] for row in csv.reader(io.StringIO("".join(lines)))]}
    return results


def run_sqlite(setup, queries):
    db = tempfile.mktemp(suffix=".db")
    with open(setup, encoding="utf-8") as script:
        subprocess.run(["sqlite3", "-batch", "-bail", db], stdin=script, check=True)
    try:
        command = ["sqlite3", "-batch", "-bail", "-csv", "-noheader", db]
        return shell_batch(command, queries, lambda i: f".print {MARK} {i}")
    finally:
        os.unlink(db)


def run_postgres(setup, queries):
    url = os.environ.get("CASEQL_PG_URL")
    if not url:
        sys.exit("run_queries.py: CASEQL_PG_URL is not set (Scripts/engines.sh sets it)")
    base = ["psql", url, "-X", "-q", "-v", "ON_ERROR_STOP=1"]
    subprocess.run(base + ["-f", setup], check=True, capture_output=True)
    return shell_batch(base + ["--csv", "-t"], queries, lambda i: f"\\echo {MARK} {i}")


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    engine, jobs_path, out = sys.argv[1:]
    jobs = json.load(open(jobs_path, encoding="utf-8"))
    runners = {"duckdb": run_duckdb, "spark": run_spark, "sqlite": run_sqlite, "postgres": run_postgres}
    if engine not in runners:
        sys.exit(f"run_queries.py: unknown engine {engine!r}")
    spark = spark_session() if engine == "spark" else None
    results = []
    for job in jobs:
        if spark is not None:
            results.append(run_spark(job["setup"], job["queries"], spark))
        else:
            results.append(runners[engine](job["setup"], job["queries"]))
    if spark is not None:
        spark.stop()
    with open(out, "w", encoding="utf-8") as f:
        json.dump(results, f, ensure_ascii=False)


if __name__ == "__main__":
    main()
