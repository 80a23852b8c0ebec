#!/usr/bin/env python3
"""Rebuilds the seed corpus in Corpus/<target>/ from the samples and the tests' inputs.

Seeds are named by content hash, so running this again adds what is new and changes nothing else.
Run from anywhere: python3 Fuzz/seed-corpus.py
"""
import ast
import hashlib
import pathlib
import re

FUZZ = pathlib.Path(__file__).resolve().parent
ROOT = FUZZ.parent
STARTS = ("select", "count", "explain", "describe", "why", "show", "crosstab", "help", "tour")


def add(target, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    folder = FUZZ / "Corpus" / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()[:16]).write_bytes(data)


def swift_literals(path):
    """Single-line Swift string literals (plain and #"raw"#), unescaped where Python can."""
    text = path.read_text(encoding="utf-8")
    for raw in re.findall(r'#"(.*?)"#', text):
        yield raw
    for body in re.findall(r'(?<![#\\])"((?:[^"\\\n]|\\.)*)"', text):
        try:
            yield ast.literal_eval('"' + body.replace("\\(", "(") + '"')
        except (ValueError, SyntaxError):
            continue


def query_seeds():
    for cql in sorted(ROOT.glob("Samples/*.cql")):
        text = cql.read_text(encoding="utf-8")
        add("query", text[:4000])
        for line in text.splitlines():
            if line.strip() and not line.startswith("--"):
                add("query", line)
    for swift in sorted(ROOT.glob("Tests/CaseQLTests/*.swift")) + sorted(ROOT.glob("Tests/CLITests/*.swift")):
        for literal in swift_literals(swift):
            cleaned = re.sub("[1-9]\ufe0f\u20e3", "", literal)  # the tests' position markers
            if cleaned.lower().lstrip().startswith(STARTS):
                add("query", cleaned)
    # Shapes the hostile tests care about, kept small so mutation stays fast.
    for seed in ["select firms where " + "(" * 40 + "has org" + ")" * 40,
                 "count firms where " + "not " * 60 + "crowdfunding",
                 "select firms where founded > 99999999999999999999",
                 "select firms limit 1000000001",
                 "select firms where name = 'unterminated",
                 "select firms where name contains '👩‍👩‍👧 é' -- comment",
                 "select firms\r\ncount firms\r\n",
                 "select firms where country in (DE, FR, 'GB') and employees between 10 and 50 order by founded desc limit 3"]:
        add("query", seed)


def json_seeds():
    for path in [ROOT / "Samples/smart-specialization.json", ROOT / "Tests/CaseModelTests/Fixtures/mini-study.json"]:
        add("study-json", path.read_bytes())
    add("study-json", '{"format": 1, "title": "t", "caseNoun": "firms", "attributes": [], '
                      '"taxonomy": {"dimensions": []}, "cases": []}')
    add("study-json", '{"format": 1, "title": {"en": "t", "zh": "研究"}, "caseNoun": "firms", '
                      '"attributes": [{"id": "country", "kind": "enumeration", "labels": {"en": "Country"}, '
                      '"values": [{"id": "DE", "labels": {"en": "Germany", "zh": "德国"}}]}, '
                      '{"id": "founded", "kind": "number", "labels": {"en": "Founded"}}], '
                      '"taxonomy": {"dimensions": [{"id": "fin", "labels": {"en": "Financing"}, "categories": '
                      '[{"id": "grant", "labels": {"en": "Grant"}, "children": [{"id": "eu", "labels": {"en": "EU"}}]}]}]}, '
                      '"cases": [{"name": "A", "attributes": {"country": "DE", "founded": 2001}, '
                      '"codes": [{"category": "eu", "evidence": [{"quote": "q", "section": {"number": "1", "title": ""}}]}]}]}')


def csv_seeds():
    for path in sorted(ROOT.glob("Samples/*.csv")) + sorted((ROOT.parent / "shared/data/qca").glob("*.csv")):
        data = path.read_bytes()
        add("csv", data[:8000])
        add("csv", b"\x01" + data[:8000])  # the same file read against the built-in taxonomy
    for swift in sorted(ROOT.glob("Tests/CSVTests/*.swift")):
        for literal in swift_literals(swift):
            if "," in literal and "\n" in literal:
                add("csv", literal)
                add("csv", "\x01" + literal)


def script_seeds():
    for cql in sorted(ROOT.glob("Samples/*.cql")):
        add("script", cql.read_bytes()[:8000])
    # Line ends, dot-commands inside and outside statements, unfinished statements and strings.
    for seed in ["count firms\n.mode csv\nselect firms\n",
                 "select firms where\n  has org\n.quit\n",
                 "count firms;\r\n\r\n  .help\r\nselect firms\r",
                 "select firms where name = 'a\nb'\ncount firms\n",
                 "select firms where (\n\n.mode json\n)\n",
                 "-- comment\n\t.read x.cql\ncount firms -- trailing\n",
                 "count firms; select firms; \n\n\n",
                 "select firms where country in (DE,\r\n FR)\r\n"]:
        add("script", seed)


if __name__ == "__main__":
    query_seeds()
    json_seeds()
    csv_seeds()
    script_seeds()
    for target in ("query", "study-json", "csv", "script"):
        print(target, len(list((FUZZ / "Corpus" / target).iterdir())))
