#!/usr/bin/env python3
"""Markdown table for Benchmarks/yardstick-bench.sh, and where the planner loses.

Usage: yardstick_report.py RESULTS.csv
       yardstick_report.py --diff SCENARIO.yaml PLANNER.json MODEL.json

The table pairs each instance and time limit: the planner's waiting families and weighted
S1/S2/S3 (from its JSON score, with the scenario's weights) and their sum, the model's, the
model's bound and status, and who wins on S1+S2+S3 (a tie within 0.01 points).
--diff lists the families that wait in the planner's plan and are served in the model's, with
the planner's waiting reason and the people the model gave them, and the families the other
way round.
"""
import csv
import json
import os
import sys
from collections import Counter


def fmt(x):
    try:
        v = float(x)
    except (TypeError, ValueError):
        return x or "–"
    return f"{v:,.0f}" if abs(v) >= 100 else f"{v:,.2f}"


def table(path):
    rows = list(csv.DictReader(open(path)))
    pairs = {}
    for r in rows:
        pairs.setdefault((r["instance"], r["limit"]), {})[r["solver"]] = r
    print("| instance | T (s) | planner waiting | planner S1 / S2 / S3 | planner S1–S3 | check | "
          "model waiting | model S1 / S2 / S3 | model S1–S3 | model bound | status | check | wins |")
    print("| --- | ---: | ---: | --- | ---: | --- | ---: | --- | ---: | ---: | --- | --- | --- |")
    for (inst, t), p in pairs.items():
        a, b = p.get("planner", {}), p.get("model", {})
        try:
            d = float(a["soft"]) - float(b["soft"])
            win = "tie" if abs(d) <= 0.01 else ("planner" if d < 0 else f"**model** (−{d:,.0f})")
        except (KeyError, ValueError):
            win = "–"
        print(f"| {inst} | {t} | {a.get('waiting', '–')} | {fmt(a.get('s1'))} / {fmt(a.get('s2'))} / "
              f"{fmt(a.get('s3'))} | {fmt(a.get('soft'))} | {a.get('check', '–')} | {b.get('waiting', '–')} | "
              f"{fmt(b.get('s1'))} / {fmt(b.get('s2'))} / {fmt(b.get('s3'))} | {fmt(b.get('soft'))} | "
              f"{fmt(b.get('bound'))} | {b.get('status', '–')} | {b.get('check', '–')} | {win} |")
    for (inst, t), p in pairs.items():
        a = p.get("planner", {})
        try:
            if abs(float(a["soft"]) - float(a["rescored_soft"])) > 0.01:
                print(f"\nnote: {inst} at {t} s: the planner's S1–S3 from its JSON score "
                      f"({a['soft']}) differs from the model's rescoring of its plan ({a['rescored_soft']})")
        except (KeyError, ValueError):
            pass


def diff(scenario, planner_json, model_json):
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Scripts"))
    import check_plan as cp
    m = cp.Model(cp.load_yaml(scenario))
    P, M = json.load(open(planner_json)), json.load(open(model_json))
    pw = {e["case"]: e for e in P["waiting"]}
    mw = {e["case"]: e for e in M["waiting"]}
    ma = {a["case"]: a for a in M["assignments"]}
    pa = {a["case"]: a for a in P["assignments"]}
    lose = [c for c in pw if c in ma]
    gain = [c for c in mw if c in pa]
    print(f"{len(lose)} families wait in the planner's plan and are served in the model's; "
          f"{len(gain)} the other way round.")
    print("planner's reasons for them:", dict(Counter(pw[c]["reason"] for c in lose)))
    for c in lose:
        case = m.cases[c]
        a = ma[c]
        who = a["lead"] + (f" + {a['partner']}" if a.get("partner") else "")
        sup = [f"{t['kind']}:{t['worker']}" for t in a["tasks"] if t["worker"] not in (a["lead"], a.get("partner"))]
        print(f"  {c} p{case.get('priority', 2)} w{pw[c].get('weeks_waiting')} {case.get('framework')} "
              f"duo={bool(case.get('duo'))} kids={m.children(c)} record-lead={case.get('lead')} | planner: "
              f"{pw[c]['reason']} — {pw[c].get('detail', '')} | model: {who} {' '.join(sup)}")
    for c in gain:
        print(f"  (model waits) {c} p{m.cases[c].get('priority', 2)} {mw[c]['reason']}; planner: {pa[c]['lead']}")


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--diff":
        diff(*sys.argv[2:])
    elif len(sys.argv) == 2:
        table(sys.argv[1])
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
