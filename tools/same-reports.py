#!/usr/bin/env python3
"""Compare two report.json files (or two folders of them) up to ordering.

Usage: tools/same-reports.py BEFORE AFTER
  BEFORE, AFTER: report.json files, or folders searched for */report.json (paired by relative path).
Fields that change on every run (generated_at) are ignored; every list is compared as a multiset;
the report.md and report.html beside each report.json must be the same line by line (timestamps aside).
Prints, per report, "same" or the first differences per top-level key; exits 1 when any report differs.
Used to check that a refactoring changes no finding (docs/ARCHITECTURE.md, "Changing the layout").
"""
import json, os, re, sys

VOLATILE = {"generated_at"}

def canon(x):
    if isinstance(x, dict):
        return {k: canon(v) for k, v in sorted(x.items()) if k not in VOLATILE}
    if isinstance(x, list):
        items = [canon(v) for v in x]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return x

def keyed(x):
    return json.dumps(x, sort_keys=True, ensure_ascii=False)

def diff(a, b, name):
    a, b = canon(a), canon(b)
    out = []
    for k in sorted(set(a) | set(b)):
        va, vb = a.get(k), b.get(k)
        if keyed(va) == keyed(vb):
            continue
        if isinstance(va, list) and isinstance(vb, list):
            sa = {keyed(v) for v in va}; sb = {keyed(v) for v in vb}
            only_a = [v for v in va if keyed(v) not in sb]; only_b = [v for v in vb if keyed(v) not in sa]
            out.append(f"  {k}: {len(va)} -> {len(vb)} items; {len(only_a)} only before, {len(only_b)} only after")
            for v in only_a[:3]: out.append("    - " + keyed(v)[:300])
            for v in only_b[:3]: out.append("    + " + keyed(v)[:300])
        else:
            out.append(f"  {k}: differs")
            out.append("    - " + keyed(va)[:300]); out.append("    + " + keyed(vb)[:300])
    print(f"{name}: " + ("same" if not out else "DIFFERENT"))
    for line in out: print(line)
    return not out

def same_text(before_json, after_json, file, name):
    """A rendered report beside each report.json must be the same, apart from the time it was made."""
    a, b = (os.path.join(os.path.dirname(p), file) for p in (before_json, after_json))
    if not (os.path.exists(a) and os.path.exists(b)):
        return True
    # the round-trip form, and the form readers see ("6 Dec 2026, 04:44 UTC", Reporting/ReportFormat.When)
    stamp = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?([+-]\d\d:\d\d|Z)|\b\d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d UTC\b")
    la = stamp.sub("TIME", open(a, encoding="utf-8").read()).split("\n")
    lb = stamp.sub("TIME", open(b, encoding="utf-8").read()).split("\n")
    if la == lb:
        return True
    first = next((i for i, (x, y) in enumerate(zip(la, lb)) if x != y), min(len(la), len(lb)))
    print(f"{name}: {file} DIFFERENT from line {first + 1}")
    print("    - " + (la[first] if first < len(la) else "(end)")[:300])
    print("    + " + (lb[first] if first < len(lb) else "(end)")[:300])
    return False

def reports(root):
    if os.path.isfile(root):
        return {"": root}
    found = {}
    for dirpath, _, files in os.walk(root):
        if "report.json" in files:
            found[os.path.relpath(dirpath, root)] = os.path.join(dirpath, "report.json")
    return found

def main():
    if len(sys.argv) != 3:
        print(__doc__); return 2
    before, after = reports(sys.argv[1]), reports(sys.argv[2])
    ok = True
    for name in sorted(set(before) | set(after)):
        if name not in before or name not in after:
            print(f"{name or 'report'}: only {'before' if name in before else 'after'}"); ok = False; continue
        ok &= diff(json.load(open(before[name], encoding="utf-8")), json.load(open(after[name], encoding="utf-8")), name or "report")
        ok &= same_text(before[name], after[name], "report.md", name or "report")
        ok &= same_text(before[name], after[name], "report.html", name or "report")
    print("all reports the same up to ordering" if ok else "reports differ")
    return 0 if ok else 1

if __name__ == "__main__":
    sys.exit(main())
