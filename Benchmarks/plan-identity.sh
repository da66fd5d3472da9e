#!/usr/bin/env bash
# Same input and seed, same plan: prints the md5 of the plan JSON (the solver's timings and trace
# removed) for three fixed runs, so that a refactoring can show it changes no plan. Run it with the
# release binary built before and after the change and compare the sums (Benchmarks/RESULTS.md,
# "Code", lists the current ones).
#
#   Benchmarks/plan-identity.sh .build/release/caseload
set -euo pipefail
BIN=${1:?usage: plan-identity.sh CASELOAD_BINARY}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 "$ROOT/Scripts/random_scenario.py" --seed 1 --workers 500 --cases 5000 > "$WORK/region.yaml"
python3 "$ROOT/Scripts/random_scenario.py" --seed 1 --workers 60 --cases 400 > "$WORK/r60.yaml"

strip() {
    python3 -c '
import json, sys
plan = json.load(sys.stdin)
solver = plan.get("solver", {})
for key in list(solver):
    if "second" in key or "trace" in key:
        del solver[key]
print(json.dumps(plan, sort_keys=True))' | md5sum | cut -c1-8
}

for args in \
    "--scenario $WORK/region.yaml --threads 1 --seed 3 --max-moves 4000000" \
    "--scenario $ROOT/Scenarios/foodvalley.yaml --threads 2 --seed 5 --max-moves 200000" \
    "--scenario $WORK/r60.yaml --threads 2 --seed 5 --max-moves 200000"; do
    start=$(date +%s.%N)
    # shellcheck disable=SC2086
    sum=$("$BIN" plan $args --time-limit 86400 --unimproved-moves 0 --format json | strip)
    end=$(date +%s.%N)
    printf '%s  %5.2f s  %s\n' "$sum" "$(echo "$end - $start" | bc)" "${args/$WORK\//}"
done
