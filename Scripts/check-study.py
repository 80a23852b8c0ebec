#!/usr/bin/env python3
"""Checks a caseql study JSON against the paper it codes.

Usage (from /work/main):
  python3 Scripts/check-study.py Samples/smart-specialization.json ../shared/seed/000_52d7f7740ff1615a.txt

Checks, each failure reported with its JSON path:
  - the document's shape: required and unknown keys, kinds, identifiers (docs/study-format.md);
  - every evidence quote (codes, candidates, facts, notes) is a contiguous substring of the paper after
    removing editor's notes 【…】 (a note left unclosed ends with its line) and all whitespace from both, and lies inside the section it cites;
  - every quote of a code, candidate or fact is byte for byte a substring of the paper after removing
    only the editor's notes (no whitespace folding: U+00A0 is not a space), and so is each fact's text
    in its quote; a fact's quote occurs once, so the fact has one place in the paper;
  - every evidence section has a number and a title that name a heading of the paper;
  - every code and candidate names an existing category; no code is repeated; no candidate duplicates
    what the codes already imply;
  - every firm of Table 1 is present, in order, with Table 1's country, year, employees and field;
  - no id, label or alias names two different things in the taxonomy and attributes (case-insensitive);
    case names and aliases are unique too;
  - `sourceRequested` is true exactly for the facts in a sentence that an editor's request for a source
    (【补充标引著录有关数据来源信息文献】 or the variant 【补标引…】) closes: the text from the last 。！？ or
    line break before the request up to it. Every figure (a run of digits not glued to a letter, as
    CO2 or 5G are) in such a sentence must lie in the text of a flagged fact;
  - every definition not marked `"definitionSource": "paraphrase"` is verbatim: its Chinese text (its
    English where it has none), less a closing 。, is a substring of the paper without editor's notes.
Stdlib only. Exit status 1 when anything fails.
"""
import json
import re
import sys

# An editor's note ends at 】 or, when the editor left it unclosed (line 9 of the paper), at the end of its line.
NOTE = re.compile(r"【[^】\n]*(?:】|$)", re.MULTILINE)
SOURCE_REQUEST = "标引著录有关数据来源信息文献"
IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
SENTENCE_END = "。！？\n"
# A figure: digits, with spaces or a decimal point inside ("118 921.8"); digits glued to a letter
# (CO2, 5G, m2) are names or units, not figures.
FIGURE = re.compile(r"(?<![A-Za-z0-9])[0-9](?:[0-9. \u00a0]*[0-9])?")
DEFINITION_SOURCES = ("verbatim", "paraphrase")

errors = []


def fail(path, message):
    errors.append(f"{path}: {message}")


# ---------------------------------------------------------------------------------------------
# The paper

class Paper:
    """The paper with editor's notes and whitespace removed (`flat`), a map from each flat character
    back to the original text, and the section spans in flat coordinates."""

    def __init__(self, text):
        self.original = text
        self.flat_chars = []
        self.origin = []  # flat index -> original index
        self.headings = []  # (number, title, flat start, level)
        inside_note = False
        offset = 0
        first_numbered = None
        for line in text.splitlines(keepends=True):
            inside_note = False
            clean = NOTE.sub("", line).strip()
            m = re.match(r"^(\d+(?:\.\d+)?|表\d+)\s+(\S+)$", clean)
            if m:
                number, title = m.group(1), m.group(2)
                level = 2 if ("." in number or number.startswith("表")) else 1
                self.headings.append((number, title, len(self.flat_chars), level))
                if first_numbered is None:
                    first_numbered = len(self.flat_chars)
            for i, ch in enumerate(line):
                if inside_note:
                    inside_note = ch != "】"
                    continue
                if ch == "【":
                    inside_note = True
                    continue
                if ch.isspace():
                    continue
                self.flat_chars.append(ch)
                self.origin.append(offset + i)
            offset += len(line)
        self.flat = "".join(self.flat_chars)
        # Without the notes but otherwise as printed, for byte-exact quotes; and the sentences that a
        # request for a source closes, as (start, end) in that text.
        self.clean = NOTE.sub("", text)
        self.requested_sentences = []
        removed = 0
        previous = 0  # two requests in one sentence: the second closes the text after the first
        for m in NOTE.finditer(text):
            end = m.start() - removed
            removed += m.end() - m.start()
            if SOURCE_REQUEST in m.group():
                start = max([self.clean.rfind(ch, 0, end) + 1 for ch in SENTENCE_END] + [previous])
                self.requested_sentences.append((start, end, text.count("\n", 0, m.start()) + 1))
                previous = end
        self.spans = {}
        for i, (number, title, start, level) in enumerate(self.headings):
            end = len(self.flat)
            for _, _, other_start, other_level in self.headings[i + 1:]:
                if other_level <= level:
                    end = other_start
                    break
            self.spans[(number, title)] = (start, end)
        # The unnumbered front matter: Chinese abstract, English title and abstract.
        front = (0, first_numbered or len(self.flat))
        self.spans[("摘要", "摘要")] = front
        self.spans[("Abstract", "Abstract")] = front

    def occurrences(self, needle):
        start = self.flat.find(needle)
        while start != -1:
            yield start
            start = self.flat.find(needle, start + 1)


def normalize(s):
    return "".join(ch for ch in NOTE.sub("", s) if not ch.isspace())


def check_exact(evidence, path, paper):
    """A quote of a code, candidate or fact must be the paper's bytes. Returns where it is in
    paper.clean when it occurs there exactly once."""
    quote = evidence.get("quote") if isinstance(evidence, dict) else None
    if not isinstance(quote, str) or not quote:
        return None
    count = paper.clean.count(quote)
    if count == 0:
        folded = normalize(quote) in paper.flat
        hint = " (it is there with other whitespace: U+00A0, tabs or line breaks)" if folded else ""
        fail(f"{path}.quote", f"not byte for byte in the paper{hint}: {quote!r}")
        return None
    return paper.clean.find(quote) if count == 1 else -count


# ---------------------------------------------------------------------------------------------
# Shape

def check_keys(obj, path, required, optional=()):
    if not isinstance(obj, dict):
        fail(path, "expected an object")
        return False
    for key in required:
        if key not in obj:
            fail(path, f"missing key '{key}'")
    for key in obj:
        if key not in required and key not in optional:
            fail(f"{path}.{key}", "unknown key")
    return True


def check_localized(value, path):
    if isinstance(value, str):
        if not value:
            fail(path, "empty text")
        return
    if not check_keys(value, path, (), ("en", "zh")):
        return
    if not any(isinstance(value.get(k), str) and value.get(k) for k in ("en", "zh")):
        fail(path, "both en and zh are empty")


def check_section(section, path, paper):
    if not check_keys(section, path, ("number", "title")):
        return None
    number, title = section.get("number"), section.get("title")
    if not isinstance(number, str) or not number.strip():
        fail(f"{path}.number", "missing section number")
    if not isinstance(title, str) or not title.strip():
        fail(f"{path}.title", "missing section title")
    span = paper.spans.get((number, title))
    if span is None:
        fail(path, f"no heading '{number} {title}' in the paper")
    return span


def check_evidence(evidence, path, paper):
    """Returns the flat start of the quote inside its section, or None."""
    if not check_keys(evidence, path, ("quote", "section"), ("gloss",)):
        return None
    span = check_section(evidence.get("section"), f"{path}.section", paper)
    quote = evidence.get("quote")
    if not isinstance(quote, str) or not normalize(quote):
        fail(f"{path}.quote", "empty quote")
        return None
    needle = normalize(quote)
    hits = list(paper.occurrences(needle))
    if not hits:
        fail(f"{path}.quote", f"not found in the paper: {quote!r}")
        return None
    if span is None:
        return hits[0]
    inside = [h for h in hits if span[0] <= h and h + len(needle) <= span[1]]
    if not inside:
        fail(f"{path}.quote", f"found in the paper but not inside section "
                              f"{evidence['section'].get('number')} {evidence['section'].get('title')}: {quote!r}")
        return hits[0]
    return inside[0]


def check_evidence_list(items, path, paper, exact=False):
    if not isinstance(items, list) or not items:
        fail(path, "needs at least one evidence item")
        return
    for i, e in enumerate(items):
        check_evidence(e, f"{path}[{i}]", paper)
        if exact:
            check_exact(e, f"{path}[{i}]", paper)


def check_note(n, path, paper):
    if not check_keys(n, path, ("kind", "text", "evidence")):
        return
    if n.get("kind") not in ("ambiguity", "inconsistency", "editorial"):
        fail(f"{path}.kind", f"unknown kind {n.get('kind')!r}")
    check_localized(n.get("text"), f"{path}.text")
    check_evidence_list(n.get("evidence"), f"{path}.evidence", paper)


# ---------------------------------------------------------------------------------------------
# Names

class Names:
    """Every id, label and alias in one namespace (case-insensitive), remembering its owner."""

    def __init__(self):
        self.owner = {}

    def add(self, name, owner, path):
        if not isinstance(name, str) or not name.strip():
            fail(path, "empty name")
            return
        key = name.strip().casefold()
        previous = self.owner.get(key)
        if previous is not None and previous[0] != owner:
            fail(path, f"'{name}' also names {previous[0]} ({previous[1]})")
        elif previous is None:
            self.owner[key] = (owner, path)

    def add_labelled(self, obj, owner, path):
        self.add(obj.get("id"), owner, f"{path}.id")
        labels = obj.get("labels")
        if isinstance(labels, dict):
            for lang in ("en", "zh"):
                if labels.get(lang):
                    self.add(labels[lang], owner, f"{path}.labels.{lang}")
        elif isinstance(labels, str):
            self.add(labels, owner, f"{path}.labels")
        for i, alias in enumerate(obj.get("aliases", [])):
            self.add(alias, owner, f"{path}.aliases[{i}]")


def check_verbatim_definition(definition, path, paper):
    if isinstance(definition, dict):
        text = definition.get("zh") or definition.get("en") or ""
    else:
        text = definition if isinstance(definition, str) else ""
    quoted = text[:-1] if text.endswith("。") else text
    if quoted and quoted not in paper.clean:
        fail(path, f"not the paper's words; mark it \"definitionSource\": \"paraphrase\": {text!r}")


def check_taxonomy(taxonomy, paper, names):
    """Returns {category id: [ancestor ids, nearest first]}."""
    ancestry = {}
    if not check_keys(taxonomy, "taxonomy", ("dimensions",)):
        return ancestry

    def visit(node, path, ancestors, is_dimension):
        required = ("id", "labels")
        optional = ("aliases", "definition", "definitionSource", "section") + (("categories",) if is_dimension else ("children",))
        if not check_keys(node, path, required + (("categories",) if is_dimension else ()), optional):
            return
        node_id = node.get("id")
        if not isinstance(node_id, str) or not IDENT.match(node_id):
            fail(f"{path}.id", f"not an identifier: {node_id!r}")
        kind = "dimension" if is_dimension else "category"
        names.add_labelled(node, f"{kind} '{node_id}'", path)
        check_localized(node.get("labels"), f"{path}.labels")
        if "definition" in node:
            check_localized(node["definition"], f"{path}.definition")
        source = node.get("definitionSource", "verbatim")
        if source not in DEFINITION_SOURCES:
            fail(f"{path}.definitionSource", f"unknown definition source {source!r}")
        elif source == "verbatim" and "definition" in node:
            check_verbatim_definition(node["definition"], f"{path}.definition", paper)
        if "section" in node:
            check_section(node["section"], f"{path}.section", paper)
        if not is_dimension:
            if node_id in ancestry:
                fail(f"{path}.id", f"duplicate category id '{node_id}'")
            ancestry[node_id] = list(ancestors)
        key = "categories" if is_dimension else "children"
        for i, child in enumerate(node.get(key, []) or []):
            visit(child, f"{path}.{key}[{i}]", ([] if is_dimension else [node_id]) + ancestors, False)

    for d, dimension in enumerate(taxonomy.get("dimensions", [])):
        visit(dimension, f"taxonomy.dimensions[{d}]", [], True)
    return ancestry


def check_attributes(attributes, names):
    kinds = {}
    for a, attribute in enumerate(attributes):
        path = f"attributes[{a}]"
        if not check_keys(attribute, path, ("id", "labels", "kind"), ("aliases", "description", "values")):
            continue
        names.add_labelled(attribute, f"attribute '{attribute.get('id')}'", path)
        kind = attribute.get("kind")
        if kind not in ("text", "number", "range", "enumeration"):
            fail(f"{path}.kind", f"unknown kind {kind!r}")
        values = {}
        for v, value in enumerate(attribute.get("values", [])):
            vpath = f"{path}.values[{v}]"
            if check_keys(value, vpath, ("id", "labels"), ("aliases",)):
                names.add_labelled(value, f"value '{value.get('id')}' of '{attribute.get('id')}'", vpath)
                values[value["id"]] = value
        if kind == "enumeration" and not values:
            fail(path, "an enumeration needs values")
        kinds[attribute.get("id")] = (kind, values)
    return kinds


# ---------------------------------------------------------------------------------------------
# Table 1

def table_one(paper_text):
    """Rows of Table 1 as (country zh, name, founded, employees, field), editor's notes removed."""
    lines = paper_text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().startswith("表1"))
    cells = []
    for line in lines[start + 1:]:
        clean = NOTE.sub("", line).strip()
        if re.match(r"^\d+\s+\S+$", clean) and not line.startswith("\t"):
            break  # the next chapter heading
        if clean:
            cells.append(clean)
    body = cells[5:]  # skip the header row
    return [tuple(body[i:i + 5]) for i in range(0, len(body) - len(body) % 5, 5)]


# ---------------------------------------------------------------------------------------------

def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8-sig") as f:
        study = json.load(f)
    with open(argv[2], encoding="utf-8") as f:
        paper_text = f.read()
    paper = Paper(paper_text)

    check_keys(study, "$", ("format", "title", "caseNoun", "attributes", "taxonomy", "cases"), ("source", "notes"))
    if study.get("format") != 1:
        fail("format", "expected 1")
    check_localized(study.get("title"), "title")

    names = Names()
    kinds = check_attributes(study.get("attributes", []), names)
    ancestry = check_taxonomy(study.get("taxonomy", {}), paper, names)

    case_names = Names()
    flagged_spans = []  # where in paper.clean the texts of facts with sourceRequested are
    cases = study.get("cases", [])
    for c, case in enumerate(cases):
        path = f"cases[{c}]"
        if not check_keys(case, path, ("name", "attributes", "codes"),
                          ("aliases", "candidates", "facts", "notes")):
            continue
        owner = f"case '{case.get('name')}'"
        case_names.add(case.get("name"), owner, f"{path}.name")
        for i, alias in enumerate(case.get("aliases", [])):
            case_names.add(alias, owner, f"{path}.aliases[{i}]")
        for attr, value in case.get("attributes", {}).items():
            apath = f"{path}.attributes.{attr}"
            if attr not in kinds:
                fail(apath, "unknown attribute")
                continue
            kind, values = kinds[attr]
            if kind == "enumeration" and value not in values:
                fail(apath, f"unknown value {value!r}")
            if kind == "number" and not isinstance(value, (int, float)):
                fail(apath, "expected a number")
            if kind == "range" and not (isinstance(value, (int, float)) or re.match(r"^\d+(\.\d+)?~\d+(\.\d+)?$", str(value))):
                fail(apath, "expected LOW~HIGH")
            if kind == "text":
                check_localized(value, apath)

        coded = set()
        for i, code in enumerate(case.get("codes", [])):
            cpath = f"{path}.codes[{i}]"
            if not check_keys(code, cpath, ("category", "evidence"), ("membership",)):
                continue
            category = code.get("category")
            if category not in ancestry:
                fail(f"{cpath}.category", f"unknown category {category!r}")
            if category in coded:
                fail(f"{cpath}.category", f"'{category}' coded twice")
            coded.add(category)
            m = code.get("membership", 1)
            if not isinstance(m, (int, float)) or not 0 <= m <= 1:
                fail(f"{cpath}.membership", "must be in [0, 1]")
            check_evidence_list(code.get("evidence"), f"{cpath}.evidence", paper, exact=True)
        implied = set(coded)
        for category in coded:
            implied.update(ancestry.get(category, []))

        for i, candidate in enumerate(case.get("candidates", [])):
            cpath = f"{path}.candidates[{i}]"
            if not check_keys(candidate, cpath, ("category", "reason", "evidence")):
                continue
            category = candidate.get("category")
            if category not in ancestry:
                fail(f"{cpath}.category", f"unknown category {category!r}")
            elif category in implied:
                fail(f"{cpath}.category", f"'{category}' is already implied by the codes")
            if not candidate.get("reason"):
                fail(f"{cpath}.reason", "empty reason")
            check_evidence_list(candidate.get("evidence"), f"{cpath}.evidence", paper, exact=True)

        fact_ids = set()
        for i, fact in enumerate(case.get("facts", [])):
            fpath = f"{path}.facts[{i}]"
            if not check_keys(fact, fpath, ("id", "label", "unit", "text", "evidence"), ("value", "sourceRequested")):
                continue
            fid = fact.get("id")
            if not isinstance(fid, str) or not re.match(r"^[a-z][a-z0-9_]*$", fid):
                fail(f"{fpath}.id", f"not snake_case: {fid!r}")
            if fid in fact_ids:
                fail(f"{fpath}.id", f"duplicate fact id '{fid}'")
            fact_ids.add(fid)
            check_localized(fact.get("label"), f"{fpath}.label")
            if "value" in fact and not isinstance(fact["value"], (int, float)):
                fail(f"{fpath}.value", "expected a number")
            text = normalize(fact.get("text", ""))
            if not text:
                fail(f"{fpath}.text", "empty text")
                continue
            if text not in paper.flat:
                fail(f"{fpath}.text", f"not in the paper: {fact.get('text')!r}")
            evidence = fact.get("evidence")
            start = check_evidence(evidence, f"{fpath}.evidence", paper)
            if start is None:
                continue
            if normalize(evidence.get("quote", "")).find(text) == -1:
                fail(f"{fpath}.text", f"{fact.get('text')!r} is not in its evidence quote")
                continue
            where = check_exact(evidence, f"{fpath}.evidence", paper)
            if where is None:
                continue
            if where < 0:
                fail(f"{fpath}.evidence.quote", f"occurs {-where} times in the paper; quote more, so the fact has one place")
                continue
            at = evidence["quote"].find(fact["text"])
            if at == -1:
                fail(f"{fpath}.text", f"{fact['text']!r} is not byte for byte in its evidence quote")
                continue
            span = (where + at, where + at + len(fact["text"]))
            sentence = next((line for s0, s1, line in paper.requested_sentences if s0 <= span[0] and span[1] <= s1), None)
            flagged = bool(fact.get("sourceRequested", False))
            if flagged:
                flagged_spans.append(span)
            if flagged != (sentence is not None):
                reason = (f"the sentence it is in ends with a request for a source (line {sentence})" if sentence
                          else "no request for a source closes its sentence")
                fail(f"{fpath}.sourceRequested", f"should be {str(sentence is not None).lower()}: {reason}: {fact['text']!r}")

        for i, n in enumerate(case.get("notes", [])):
            check_note(n, f"{path}.notes[{i}]", paper)

    for i, n in enumerate(study.get("notes", [])):
        check_note(n, f"notes[{i}]", paper)

    # Every figure in a sentence that a request for a source closes is a flagged fact.
    for start, end, line in paper.requested_sentences:
        for m in FIGURE.finditer(paper.clean, start, end):
            if not any(a <= m.start() and m.end() <= b for a, b in flagged_spans):
                fail("cases", f"figure {m.group()!r} (line {line}) is in a sentence that a request for a source "
                              f"closes, but no fact with sourceRequested holds it")

    # A firm name that is also a category, attribute or value name would make queries ambiguous.
    for key, (owner, path) in case_names.owner.items():
        if key in names.owner:
            fail(path, f"'{key}' also names {names.owner[key][0]}")

    # Table 1: every firm, in order, with its attributes as printed.
    rows = table_one(paper_text)
    country_by_zh = {}
    if "country" in kinds:
        for vid, value in kinds["country"][1].items():
            labels = value.get("labels", {})
            if isinstance(labels, dict) and labels.get("zh"):
                country_by_zh[labels["zh"]] = vid
    if len(rows) != len(cases):
        fail("cases", f"Table 1 has {len(rows)} firms, the study {len(cases)}")
    for r, (country, name, founded, employees, field) in enumerate(rows):
        if r >= len(cases):
            fail("cases", f"missing Table 1 firm {name}")
            continue
        case = cases[r]
        path = f"cases[{r}]"
        attrs = case.get("attributes", {})
        if case.get("name") != name:
            fail(f"{path}.name", f"Table 1 row {r + 1} is {name!r}")
        if attrs.get("country") != country_by_zh.get(country):
            fail(f"{path}.attributes.country", f"Table 1 says {country}")
        if str(attrs.get("founded")) != founded:
            fail(f"{path}.attributes.founded", f"Table 1 says {founded}")
        if str(attrs.get("employees")) != employees:
            fail(f"{path}.attributes.employees", f"Table 1 says {employees}")
        field_zh = attrs.get("field", {}).get("zh") if isinstance(attrs.get("field"), dict) else attrs.get("field")
        if field_zh != field:
            fail(f"{path}.attributes.field.zh", f"Table 1 says {field}")

    if errors:
        for e in errors:
            print(f"{argv[1]}: {e}", file=sys.stderr)
        print(f"{len(errors)} problem(s)", file=sys.stderr)
        return 1
    summarize(study, ancestry)
    return 0


def summarize(study, ancestry):
    dimension_of = {}
    for dimension in study["taxonomy"]["dimensions"]:
        def walk(node):
            dimension_of[node["id"]] = dimension["id"]
            for child in node.get("children", []):
                walk(child)
        for category in dimension["categories"]:
            walk(category)
    per_dimension = {}
    candidates = facts = case_notes = 0
    for case in study["cases"]:
        for code in case["codes"]:
            d = dimension_of[code["category"]]
            per_dimension[d] = per_dimension.get(d, 0) + 1
        candidates += len(case.get("candidates", []))
        facts += len(case.get("facts", []))
        case_notes += len(case.get("notes", []))
    total = sum(per_dimension.values())
    dims = ", ".join(f"{d} {n}" for d, n in per_dimension.items())
    print(f"ok: {len(study['cases'])} cases, {total} codes ({dims}), {candidates} candidates, {facts} facts, "
          f"{case_notes} case notes, {len(study.get('notes', []))} study notes")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
