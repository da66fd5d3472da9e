#!/usr/bin/env bash
# The construction planner's timing: plans generated regions and the FoodValley example with a release build and
# prints a Markdown table (wall seconds, solver seconds, peak RSS, served, waiting), each plan
# re-checked by the independent checker.
#
#   Benchmarks/plan-bench.sh [BINARY]   (default: .build-release/release/caseload)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${1:-.build-release/release/caseload}"
[ -x "$BIN" ] || swift build -c release --product caseload --scratch-path .build-release >&2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "| scenario | workers × families | wall s | solver s | peak RSS MiB | served | waiting | checker |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
run() {
  local name=$1 file=$2 size=$3
  /usr/bin/time -f "%e %M" -o "$tmp/time" "$BIN" plan --scenario "$file" --format json > "$tmp/plan.json"
  read -r wall rss < "$tmp/time"
  local stats
  stats=$(python3 -c "import json,sys; p=json.load(open('$tmp/plan.json')); print(p['solver']['seconds'], len(p['assignments']), len(p['waiting']))")
  read -r solver served waiting <<< "$stats"
  local check
  check=$(python3 Scripts/check_plan.py "$file" "$tmp/plan.json" > /dev/null && echo ok || echo FAILED)
  echo "| $name | $size | $wall | $solver | $((rss / 1024)) | $served | $waiting | $check |"
}
run foodvalley Scenarios/foodvalley.yaml "65 × 300"
for size in "60 400" "600 6000"; do
  set -- $size
  for mode in "" "--tight"; do
    python3 Scripts/random_scenario.py --seed 1 --workers "$1" --cases "$2" $mode > "$tmp/gen.yaml"
    run "random seed 1${mode:+ tight}" "$tmp/gen.yaml" "$1 × $2"
  done
done
