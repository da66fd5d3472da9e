#!/usr/bin/env bash
# The warm-start target: add one family to a planned region and re-plan from the saved plan.
# A generated region (500 workers x 5,000 families by default) is planned for 10 s and saved;
# then, for 1 and 2 threads, N re-plans of the unchanged week and N with one family added
# (Scripts/add_case.py). Per re-plan: the planner's own seconds (from its JSON), the construction's
# share, the search moves, the whole process and its peak RSS, and against the saved plan how
# many families changed hands (lead or partner), went back on the waiting list, or left it.
#
#   Benchmarks/warm-bench.sh [N=10] [SIZE=500x5000]
#   SCRATCH=.build-gap-release Benchmarks/warm-bench.sh   # reuse another release build
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-10}"
SIZE="${2:-500x5000}"
source Benchmarks/planned-region.sh
python3 Scripts/add_case.py "$tmp/region.yaml" "$tmp/new-family.csv"
: > "$tmp/rows"
run() {  # week threads
    for _ in $(seq "$N"); do
        /usr/bin/time -f "%e %M" -o "$tmp/time" "$BIN" plan --threads "$2" --format json > "$tmp/plan.json"
        echo "$1 $2 $(cat "$tmp/time") $(python3 - "$tmp/saved.json" "$tmp/plan.json" <<'PY'
import json, sys
saved, plan = (json.load(open(f)) for f in sys.argv[1:3])
before = {a["case"]: (a["lead"], a.get("partner")) for a in saved["assignments"]}
after = {a["case"]: (a["lead"], a.get("partner")) for a in plan["assignments"]}
moved = sum(1 for k, v in after.items() if k in before and before[k] != v)
dropped = sum(1 for k in before if k not in after)
joined = sum(1 for k in after if k not in before and k != "new-0001")
s = plan["solver"]
print(s["seconds"], s["construction_seconds"], s["moves"], moved, dropped, joined, int("new-0001" in after), plan["score"]["soft"])
PY
)" >> "$tmp/rows"
    done
}
for threads in 1 2; do run unchanged "$threads"; done
"$BIN" import cases "$tmp/new-family.csv" > /dev/null
for threads in 1 2; do run plus-one "$threads"; done
python3 - "$tmp/rows" "$SIZE" "$(git describe --always --dirty)" "$N" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
print(f"Region {sys.argv[2]} (Scripts/random_scenario.py --seed 1), planned 10 s and saved; commit {sys.argv[3]}; "
      f"{sys.argv[4]} re-plans per row.")
print()
print("| week | threads | planner s median / max | construction s median | moves median | process s median | "
      "peak RSS MiB | changed hands / back on the list / off the list (max) | new family served | soft median |")
print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
for week in ("unchanged", "plus-one"):
    for threads in ("1", "2"):
        r = [x for x in rows if x[0] == week and x[1] == threads]
        if not r:
            continue
        col = lambda i: [float(x[i]) for x in r]
        served = "-" if week == "unchanged" else f"{sum(int(x[10]) for x in r)}/{len(r)}"
        print(f"| {week} | {threads} | {statistics.median(col(4)):.3f} / {max(col(4)):.3f} | "
              f"{statistics.median(col(5)):.3f} | {statistics.median(col(6)):.0f} | {statistics.median(col(2)):.2f} | "
              f"{max(int(x[3]) for x in r) // 1024} | {max(int(x[7]) for x in r)} / {max(int(x[8]) for x in r)} / "
              f"{max(int(x[9]) for x in r)} | {served} | {statistics.median(col(11)):.1f} |")
PY
