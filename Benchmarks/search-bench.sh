#!/usr/bin/env bash
# The optimiser on generated regions: time to a first valid plan (the construction planner), the score over
# time as the search improves it (from the run's own trace), the lower bound, peak memory; and
# a warm-started re-plan after adding one family to a planned region. The construction alone
# (`--no-search`) is measured in the same run as the baseline. The search runs the whole limit
# (`--unimproved-moves 0`), so the score at 10 s is compared with the score the limit gives.
#
#   Benchmarks/search-bench.sh [TIME_LIMIT=60] [SIZES="60x400 500x5000 4000x40000"]
#   SCRATCH=.build-gap-release Benchmarks/search-bench.sh   # reuse another release build
set -euo pipefail
cd "$(dirname "$0")/.."
LIMIT="${1:-60}"
SIZES="${2:-60x400 500x5000 4000x40000}"
SCRATCH="${SCRATCH:-.build-release}"
BIN="$SCRATCH/release/caseload"
swift build -c release --product caseload --scratch-path "$SCRATCH" >&2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "Machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(date -u +%F)"
echo
echo "| region | v1 plan s | v1 soft | soft at 1 s | at 10 s | final (s) | lower bound | moves | stop | wall s | peak RSS MiB | checker |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
for size in $SIZES; do
  w=${size%x*}
  c=${size#*x}
  python3 Scripts/random_scenario.py --seed 1 --workers "$w" --cases "$c" > "$tmp/gen.yaml"
  /usr/bin/time -f "%e %M" -o "$tmp/time" "$BIN" plan --scenario "$tmp/gen.yaml" --format json \
    --time-limit "$LIMIT" --unimproved-moves 0 --threads 2 > "$tmp/plan.json"
  read -r wall rss < "$tmp/time"
  row=$(python3 - "$tmp/plan.json" <<'PY'
import json, sys
p = json.load(open(sys.argv[1]))
s = p["solver"]
trace = s.get("trace", [])
def at(t):
    best = None
    for sec, soft in trace:
        if sec <= t: best = soft
    return "%.1f" % best if best is not None else "–"
final = trace[-1] if trace else [s["seconds"], p["score"]["soft"]]
print(f'{s.get("construction_seconds", 0):.3f} | {s.get("construction_soft", 0):.1f} | {at(1)} | {at(10)} | '
      f'{p["score"]["soft"]:.1f} ({final[0]:.1f}) | {s.get("lower_bound", 0):.1f} | {s["moves"]} | {s["stop"]}')
PY
)
  check=ok
  if [ "$c" -le 5000 ]; then
    python3 Scripts/check_plan.py "$tmp/gen.yaml" "$tmp/plan.json" > /dev/null || check=FAILED
  else
    check="(not run)"
  fi
  echo "| ${w} × ${c} | $row | $wall | $((rss / 1024)) | $check |"
done

echo
echo "Warm start: a planned 500 × 5,000 region, one family added, re-planned from the saved plan."
echo
python3 Scripts/random_scenario.py --seed 1 --workers 500 --cases 5000 > "$tmp/base.yaml"
python3 Scripts/add_case.py "$tmp/base.yaml" "$tmp/new-family.csv"
export CASELOAD_DB="$tmp/bench.sqlite"
"$BIN" load "$tmp/base.yaml" > /dev/null
"$BIN" plan --save --time-limit 10 --format json > "$tmp/first.json"
"$BIN" import cases "$tmp/new-family.csv" > /dev/null
/usr/bin/time -f "%e %M" -o "$tmp/time" "$BIN" plan --save --format json > "$tmp/second.json"
read -r wall rss < "$tmp/time"
python3 - "$tmp/first.json" "$tmp/second.json" "$wall" <<'PY'
import json, sys
a = json.load(open(sys.argv[1])); b = json.load(open(sys.argv[2]))
before = {x["case"]: (x["lead"], x.get("partner")) for x in a["assignments"]}
moved = [x["case"] for x in b["assignments"] if x["case"] in before and before[x["case"]] != (x["lead"], x.get("partner"))]
new = [x for x in b["assignments"] if x["case"] == "new-0001"]
print("| planner s | whole process s | families moved | new family | soft before → after |")
print("| --- | --- | --- | --- | --- |")
print(f'| {b["solver"]["seconds"]:.3f} | {sys.argv[3]} | {len(moved)} | '
      f'{"served by " + new[0]["lead"] if new else "waits"} | {a["score"]["soft"]:.1f} → {b["score"]["soft"]:.1f} |')
PY
