#!/usr/bin/env bash
# The peak-load simulator: the FoodValley baseline over 52 weeks x 100 replications on 2 threads
# (the issue-4 target is 30 s), the same with its two variants, and the M/M/3 validation model
# (Benchmarks/mmc.yaml) through `caseload simulate` beside the Python DES library Ciw
# (Benchmarks/mmc_ciw.py, same rates, horizon, warm-up and replications) and Erlang C.
# Each simulation runs twice, and the two JSON reports must be the same bytes.
#
#   Benchmarks/simulate-bench.sh [REPLICATIONS=100]
set -euo pipefail
cd "$(dirname "$0")/.."
REPS="${1:-100}"
BIN=.build-release/release/caseload
swift build -c release --product caseload --scratch-path .build-release >&2
python3 -c 'import ciw' 2>/dev/null || python3 -m pip install -q ciw >&2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "Machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(date -u +%F); load before: $(cut -d' ' -f1 /proc/loadavg)"
echo
echo "| run | replications x weeks | plans | wall s | peak RSS MiB | same bytes twice |"
echo "| --- | --- | --- | --- | --- | --- |"
run() {
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$tmp/time" "$BIN" simulate "$@" --format json > "$tmp/a.json"
  read -r wall rss < "$tmp/time"
  "$BIN" simulate "$@" --format json > "$tmp/b.json"
  local same=no
  cmp -s "$tmp/a.json" "$tmp/b.json" && same=yes
  local shape
  shape=$(python3 - "$tmp/a.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
plans = d["plans"] + sum(v["plans"] for v in d["variants"])
print(f'{d["replications"]} x {d["weeks"]} | {plans}')
PY
)
  echo "| $label | $shape | $wall | $((rss / 1024)) | $same |"
  cp "$tmp/a.json" "$tmp/$label.json"
}
run foodvalley-baseline Scenarios/foodvalley.yaml --replications "$REPS" --no-variants --threads 2
run foodvalley-with-2-variants Scenarios/foodvalley.yaml --replications "$REPS" --threads 2
run mmc3 Benchmarks/mmc.yaml --replications "$REPS" --threads 2
echo
python3 Benchmarks/mmc_ciw.py --servers 3 --arrivals 2.4 --mean-weeks 1 --weeks 260 --warmup 26 \
  --replications "$REPS" > "$tmp/ciw.json"
python3 - "$tmp/mmc3.json" "$tmp/ciw.json" "$tmp/foodvalley-with-2-variants.json" <<'PY'
import json, sys
ours, ciw, fv = (json.load(open(p)) for p in sys.argv[1:4])
ec = ciw["erlang_c"]
def cell(e, truth):
    lo, hi = e["ci95"]
    return f'{e["mean"]:.4f} [{lo:.4f}, {hi:.4f}] {"contains" if lo <= truth <= hi else "MISSES"}'
print("| M/M/3, ρ = 0.8 | weeks waited (Erlang C %.4f) | utilisation (Erlang C %.4f) | wall s |" % (ec["weeks_waited"], ec["utilisation"]))
print("| --- | --- | --- | --- |")
print(f'| caseload simulate (planner at every event) | {cell(ours["summary"]["weeks_waited"], ec["weeks_waited"])} | '
      f'{cell(ours["summary"]["utilisation"], ec["utilisation"])} | see above |')
print(f'| {ciw["tool"]} (queue only) | {cell(ciw["weeks_waited"], ec["weeks_waited"])} | '
      f'{cell(ciw["utilisation"], ec["utilisation"])} | {ciw["seconds"]} |')
print()
print("FoodValley, 52 weeks, mean [95 % CI] over replications:")
print()
print("| arm | waiting | weeks waited | utilisation reg. | handovers / week | served |")
print("| --- | --- | --- | --- | --- | --- |")
def e(x, pct=False):
    f = (lambda v: f"{100*v:.1f} %") if pct else (lambda v: f"{v:.2f}")
    return f'{f(x["mean"])} [{f(x["ci95"][0])}, {f(x["ci95"][1])}]'
arms = [("baseline", fv["summary"])] + [(v["name"] + " (Δ)", v["difference"]) for v in fv["variants"]]
for name, s in arms:
    print(f'| {name} | {e(s["waiting"])} | {e(s["weeks_waited"])} | {e(s["utilisation"], True)} | {e(s["handovers"])} | {e(s["served"])} |')
PY
