#!/usr/bin/env python3
"""Check hand-labelled fixtures against the contract in shared/gold/SCHEMA.md.

  check_fixtures.py [FIXTURE_DIR]   (default: src/test/resources/fixtures)

FIXTURE_DIR holds docs.tsv, indicators.tsv and reports/. Reports are UTF-8 unless
reports/README.md lists them in its encoding table (| `file` | ENCODING | ...).
Checks: headers, known codes/kinds/qualifiers, numeric columns, unique keys, years consistent
with the document's report/review year, and that every `text` (with \\n as a line break) occurs
verbatim in its decoded document and contains the labelled numbers. Exit status 1 on any error.
"""
import csv, os, re, sys

INDICATORS = {"gdp", "fixed_investment", "budget_revenue", "industrial_value_added", "industrial_output",
              "retail_sales", "foreign_trade", "foreign_investment", "domestic_investment", "urban_income",
              "rural_income", "resident_income", "new_urban_jobs", "unemployment_rate", "service_value_added",
              "agriculture_output", "grain_output", "new_market_entities", "rd_intensity", "cpi"}
KINDS = {"actual", "target", "plan", "period"}
QUALS = {"", "ge", "approx", "le", "qualitative"}
DOC_TYPES = {"report", "article", "fragment"}
DOCS_HEADER = ["doc", "province", "prefecture", "region", "report_year", "review_year", "doc_type"]
IND_HEADER = ["doc", "indicator", "kind", "year", "value", "unit", "growth_pct", "qualifier", "text"]
CN_DIGITS = dict(zip("零一二三四五六七八九", range(10)))
CN_UNITS = {"十": 10, "百": 100, "千": 1000}


def read_tsv(path, header):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    if rows[0] != header:
        raise SystemExit("%s: header %s, expected %s" % (path, rows[0], header))
    return [dict(zip(header, r)) for r in rows[1:]], rows


def encodings(readme):
    enc = {}
    if os.path.exists(readme):
        for line in open(readme, encoding="utf-8"):
            m = re.match(r"\|\s*`([^`]+\.txt)`\s*\|\s*([A-Za-z0-9_-]+)\s*\|", line)
            if m:
                enc[m.group(1)] = m.group(2).lower()
    return enc


def cn_number(s):
    """Chinese numerals below 10000 (三千二百, 四千五百二十) -> int."""
    total, cur = 0, 0
    for c in s:
        if c in CN_DIGITS:
            cur = CN_DIGITS[c]
        elif c in CN_UNITS:
            total += (cur or 1) * CN_UNITS[c]
            cur = 0
    return total + cur


def normalise(text):
    text = "".join(chr(ord(c) - 0xFEE0) if "\uff10" <= c <= "\uff19" else c for c in text)
    text = text.replace("．", ".").replace("％", "%").replace("\n", "")
    return re.sub(r"[零一二三四五六七八九十百千]{2,}", lambda m: str(cn_number(m.group(0))), text)


def numbers(text):
    return {float(x) for x in re.findall(r"\d+(?:\.\d+)?", normalise(text))}


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else "src/test/resources/fixtures"
    errors = []
    docs, _ = read_tsv(os.path.join(base, "docs.tsv"), DOCS_HEADER)
    rows, raw = read_tsv(os.path.join(base, "indicators.tsv"), IND_HEADER)
    for i, r in enumerate(raw[1:], 2):
        if len(r) != len(IND_HEADER):
            errors.append("indicators.tsv:%d: %d columns" % (i, len(r)))
    enc = encodings(os.path.join(base, "reports", "README.md"))
    meta, texts = {}, {}
    for d in docs:
        name = d["doc"]
        meta[name] = d
        if d["doc_type"] not in DOC_TYPES:
            errors.append("%s: doc_type %s" % (name, d["doc_type"]))
        if int(d["review_year"]) != int(d["report_year"]) - 1:
            errors.append("%s: review_year is not report_year - 1" % name)
        with open(os.path.join(base, "reports", name), "rb") as f:
            data = f.read()
        try:
            texts[name] = data.decode(enc.get(name, "utf-8"))
        except UnicodeDecodeError as e:
            errors.append("%s: does not decode as %s: %s" % (name, enc.get(name, "utf-8"), e))
    files = {f for f in os.listdir(os.path.join(base, "reports")) if f.endswith(".txt")}
    for f in sorted(files ^ set(meta)):
        errors.append("%s: in reports/ or docs.tsv but not both" % f)
    seen = set()
    for i, r in enumerate(rows, 2):
        where = "indicators.tsv:%d (%s %s %s %s)" % (i, r["doc"], r["indicator"], r["kind"], r["year"])
        key = (r["doc"], r["indicator"], r["kind"], r["year"])
        if key in seen:
            errors.append(where + ": duplicate key")
        seen.add(key)
        if r["doc"] not in meta:
            errors.append(where + ": unknown doc")
            continue
        if r["indicator"] not in INDICATORS:
            errors.append(where + ": unknown indicator")
        if r["kind"] not in KINDS:
            errors.append(where + ": unknown kind")
        if r["qualifier"] not in QUALS:
            errors.append(where + ": unknown qualifier")
        for col in ("value", "growth_pct"):
            if r[col]:
                try:
                    float(r[col])
                except ValueError:
                    errors.append(where + ": %s is not a number" % col)
        if bool(r["value"]) != bool(r["unit"]):
            errors.append(where + ": value and unit must be both set or both empty")
        if r["qualifier"] == "qualitative" and (r["value"] or r["growth_pct"]):
            errors.append(where + ": qualitative row with a number")
        if r["qualifier"] != "qualitative" and not (r["value"] or r["growth_pct"]):
            errors.append(where + ": row without value or growth")
        year, m = int(r["year"]), meta[r["doc"]]
        rep, rev = int(m["report_year"]), int(m["review_year"])
        expected = {"actual": year == rev, "period": year == rev, "target": year == rep,
                    "plan": year > rep}.get(r["kind"], True)
        if not expected:
            errors.append(where + ": year does not fit kind (report %d, review %d)" % (rep, rev))
        text = r["text"].replace("\\n", "\n")
        doc_text = texts.get(r["doc"], "")
        if not text or text not in doc_text:
            errors.append(where + ": text not found verbatim: " + r["text"])
        found = numbers(text)
        for col in ("value", "growth_pct"):
            if r[col] and abs(float(r[col])) not in found:
                errors.append(where + ": %s %s not in text" % (col, r[col]))
    for e in errors:
        print(e)
    print("%d docs, %d rows, %d errors" % (len(docs), len(rows), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
