#!/usr/bin/env bash
# `caseload recommend` and `caseload explain CASE` on a planned region: a generated region
# (500 workers x 5,000 families by default), planned for 10 s and saved; then, for N waiting
# and N served families, `recommend ID --top 5 --format json` (the recommender's own seconds,
# from its JSON, and the whole process) and `explain ID --format json` (whole process). In the
# same run, `caseload show` (reading the saved plan and printing it, no analysis) is the floor
# that every whole-process time shares, and a warm-started re-plan with one family added is
# what answering "where does this family go?" costs without the recommender.
#
#   Benchmarks/recommend-bench.sh [N=20] [SIZE=500x5000]
#   SCRATCH=.build-gap-release Benchmarks/recommend-bench.sh   # reuse another release build
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-20}"
SIZE="${2:-500x5000}"
source Benchmarks/planned-region.sh
# Every k-th waiting and served family, so that the sample spreads over the lists.
python3 - "$tmp/saved.json" "$N" > "$tmp/ids" <<'PY'
import json, sys
p = json.load(open(sys.argv[1])); n = int(sys.argv[2])
def spread(xs):
    step = max(1, len(xs) // n)
    return xs[::step][:n]
for kind, ids in (("waiting", [x["case"] for x in p["waiting"]]), ("served", [x["case"] for x in p["assignments"]])):
    for i in spread(ids):
        print(kind, i)
PY
timed() { /usr/bin/time -f "%e %M" -o "$tmp/time" "$@"; }
: > "$tmp/rows"
while read -r kind id; do
    timed "$BIN" recommend "$id" --top 5 --format json > "$tmp/rec.json"
    read -r rec_wall rec_rss < "$tmp/time"
    timed "$BIN" explain "$id" --format json > /dev/null
    read -r exp_wall exp_rss < "$tmp/time"
    rec=$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(r["seconds"], len(r["options"]))' "$tmp/rec.json")
    echo "$kind $id $rec $rec_wall $rec_rss $exp_wall $exp_rss" >> "$tmp/rows"
done < "$tmp/ids"
for _ in 1 2 3; do
    timed "$BIN" show > /dev/null
    cat "$tmp/time" >> "$tmp/show"
done
# The re-plan a manager would otherwise run: the region plus one family, warm-started.
python3 Scripts/add_case.py "$tmp/region.yaml" "$tmp/new-family.csv"
"$BIN" import cases "$tmp/new-family.csv" > /dev/null
# The new family is not in the saved plan: recommend places it there, as waiting.
timed "$BIN" recommend new-0001 --top 5 --format json > "$tmp/new.json"
new_wall=$(cut -d' ' -f1 "$tmp/time")
timed "$BIN" plan --format json > "$tmp/replan.json"
cp "$tmp/time" "$tmp/replan"
python3 - "$tmp/rows" "$tmp/show" "$tmp/replan" "$tmp/replan.json" "$SIZE" "$(git describe --always --dirty)" \
    "$tmp/new.json" "$new_wall" <<'PY'
import json, statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
show = [l.split() for l in open(sys.argv[2])]
replan_wall, replan_rss = open(sys.argv[3]).read().split()
solver = json.load(open(sys.argv[4]))["solver"]
replan = solver["seconds"]
def q(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(p * len(xs)))]
print(f"Region {sys.argv[5]} (Scripts/random_scenario.py --seed 1), planned 10 s and saved; commit {sys.argv[6]}.")
print()
print("| families | n | recommender ms median / p90 / max | recommend process s median / max | with an option | explain process s median / max | peak RSS MiB |")
print("| --- | --- | --- | --- | --- | --- | --- |")
for kind in ("waiting", "served"):
    r = [x for x in rows if x[0] == kind]
    if not r:
        continue
    ms = [float(x[2]) * 1000 for x in r]
    rw = [float(x[4]) for x in r]
    ew = [float(x[6]) for x in r]
    rss = max(max(int(x[5]), int(x[7])) for x in r) // 1024
    opts = sum(int(x[3]) > 0 for x in r)
    print(f"| {kind} | {len(r)} | {statistics.median(ms):.1f} / {q(ms, 0.9):.1f} / {max(ms):.1f} | "
          f"{statistics.median(rw):.2f} / {max(rw):.2f} | {opts} | {statistics.median(ew):.2f} / {max(ew):.2f} | {rss} |")
print()
sw = [float(x[0]) for x in show]
print(f"In the same run: `caseload show` (read and print the saved plan) {statistics.median(sw):.2f} s "
      f"(median of 3, peak RSS {max(int(x[1]) for x in show) // 1024} MiB); a warm-started re-plan with one "
      f"family added: planner {replan:.3f} s (the construction with the kept choices {solver.get('construction_seconds', 0):.3f} s, "
      f"then {solver['moves']} moves, stop {solver['stop']}), whole process {float(replan_wall):.2f} s, "
      f"peak RSS {int(replan_rss) // 1024} MiB.")
new = json.load(open(sys.argv[7]))
best = new["options"][0] if new["options"] else None
print(f"The added family before that re-plan: `recommend new-0001` {new['seconds'] * 1000:.1f} ms in the recommender, "
      f"{float(sys.argv[8]):.2f} s whole process, {len(new['options'])} options"
      + (f", best lead {best['lead']} at Δ {best['delta']}." if best else "."))
PY
