#!/usr/bin/env python3
"""Markdown summary of a gap-bench.sh CSV: per instance, per type, and ours against the peers.

Usage: gap_report.py RESULTS.csv
The gap of a solver is (objective - best_known) / best_known in percent; no solution counts as
missing (shown as '-', and as a loss against any peer that has one).
"""
import csv
import sys
from collections import defaultdict


def main():
    rows = list(csv.DictReader(open(sys.argv[1])))
    # Ours once per seed (gap-bench.sh SEEDS): "ours" is the first seed, "ours@N" the others.
    runs = ["ours"] + sorted({r["solver"] for r in rows if r["solver"].startswith("ours@")},
                             key=lambda s: int(s.split("@")[1]))
    peers = [s for s in ("highs", "cpsat") if any(r["solver"] == s for r in rows)]
    solvers = runs + peers
    by = defaultdict(dict)
    best = {}
    for r in rows:
        by[r["instance"]][r["solver"]] = r
        best[r["instance"]] = int(r["best_known"])

    def gap(inst, s):
        r = by[inst].get(s)
        if not r or r["objective"] == "":
            return None
        return (int(r["objective"]) - best[inst]) / best[inst] * 100

    head = "| instance | best known | " + " | ".join(f"{s} obj | {s} gap % | {s} s" for s in solvers) + " |"
    print(head)
    print("|" + " --- |" * (2 + 3 * len(solvers)))
    for inst in by:
        cells = [inst, str(best[inst])]
        for s in solvers:
            r = by[inst].get(s)
            g = gap(inst, s)
            cells += [r["objective"] or "-", "-" if g is None else f"{g:.2f}", f'{float(r["seconds"]):.1f}']
        print("| " + " | ".join(cells) + " |")
    print()
    types = sorted({i[0] for i in by})
    print("| mean gap % | " + " | ".join(types) + " | all | max | above 2 % | no solution |")
    print("| --- |" + " --- |" * (len(types) + 4))
    for s in solvers:
        cells = [s]
        all_gaps = []
        for t in types:
            gs = [gap(i, s) for i in by if i[0] == t]
            ok = [g for g in gs if g is not None]
            all_gaps += ok
            cells.append(f"{sum(ok) / len(ok):.3f}" if ok else "-")
        missing = sum(1 for i in by if gap(i, s) is None)
        cells += [
            f"{sum(all_gaps) / len(all_gaps):.3f}" if all_gaps else "-",
            f"{max(all_gaps):.2f}" if all_gaps else "-",
            str(sum(1 for g in all_gaps if g > 2)),
            str(missing),
        ]
        print("| " + " | ".join(cells) + " |")
    print()
    def loses(i, run, peer):
        o, p = gap(i, run), gap(i, peer)
        return p is not None and (o is None or o > p + 1e-9)

    for peer in peers:
        for run in runs:
            worse, better, ties = [], 0, 0
            for i in by:
                o, p = gap(i, run), gap(i, peer)
                if loses(i, run, peer):
                    worse.append(f"{i} ({'-' if o is None else f'{o:.2f}'} vs {p:.2f})")
                elif o is not None and (p is None or o < p - 1e-9):
                    better += 1
                else:
                    ties += 1
            print(f"- {run} vs {peer}: better on {better}, equal on {ties}, worse on {len(worse)}"
                  + (": " + ", ".join(worse) if worse else ""))
        if len(runs) > 1:
            steady = [i for i in by if all(loses(i, run, peer) for run in runs)]
            print(f"- lost to {peer} on every seed: " + (", ".join(steady) if steady else "none"))


if __name__ == "__main__":
    main()
