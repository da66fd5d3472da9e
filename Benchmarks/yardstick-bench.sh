#!/usr/bin/env bash
# The caseload planner against an exact model (Benchmarks/exact_model.py, CP-SAT), one after
# another so they never share the 2 cores: per instance and time limit T, `caseload plan
# --scenario X --time-limit T --threads 2 --format json` and the model with the same T and 2
# workers. Both plans are checked with Scripts/check_plan.py; the planner's plan is also
# rescored with the model's own terms (exact_model.py --score) to show both sides are on one
# scale. Writes Benchmarks/results/yardstick-DATE-TIME.csv, the plans next to it, and prints a
# Markdown table (also saved as .md).
#
#   Benchmarks/yardstick-bench.sh [SECONDS...]            # default: 10
#   INSTANCES="foodvalley r1" Benchmarks/yardstick-bench.sh 10 60
#   SCRATCH=.build-release Benchmarks/yardstick-bench.sh  # reuse another release build
#
# Instances: foodvalley (Scenarios/foodvalley.yaml); rN, tN, nN: `Scripts/random_scenario.py
# --seed N --workers 60 --cases 400` plain, --tight, --networks (seeds 1-3).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -eq 0 ]; then set -- 10; fi
SCRATCH="${SCRATCH:-.build-rel}"
BIN="$SCRATCH/release/caseload"
INSTANCES="${INSTANCES:-foodvalley r1 r2 r3 t1 t2 t3 n1 n2 n3}"
[ -x "$BIN" ] || swift build -c release --build-path "$SCRATCH" >&2
python3 -c "import ortools" 2>/dev/null || pip install -q ortools >&2
mkdir -p Benchmarks/results
stamp=$(date +%Y%m%d-%H%M%S)
out="Benchmarks/results/yardstick-$stamp"
mkdir -p "$out"
csv="$out.csv"
echo "instance,limit,solver,waiting,s1,s2,s3,soft,bound,status,seconds,check,rescored_soft" > "$csv"

scenario_of() {
    case "$1" in
        foodvalley) echo Scenarios/foodvalley.yaml ;;
        r*|t*|n*)
            local seed="${1:1}" flag=""
            [ "${1:0:1}" = t ] && flag=--tight
            [ "${1:0:1}" = n ] && flag=--networks
            local f="$out/$1.yaml"
            [ -f "$f" ] || python3 Scripts/random_scenario.py --seed "$seed" --workers 60 --cases 400 $flag > "$f"
            echo "$f" ;;
        *) echo "$1" ;;
    esac
}

check() {  # check SCENARIO PLAN -> ok / violations
    local r
    if r=$(python3 Scripts/check_plan.py "$1" "$2" 2>&1); then echo ok; else
        echo "$r" | tail -20 > "$2.check.txt"
        echo "FAIL($(grep -c . "$2.check.txt") lines)"
    fi
}

for T in "$@"; do
    for inst in $INSTANCES; do
        sc=$(scenario_of "$inst")
        pj="$out/$inst-$T-planner.json"
        t0=$(date +%s.%N)
        "$BIN" plan --scenario "$sc" --time-limit "$T" --threads 2 --format json > "$pj"
        t1=$(date +%s.%N)
        secs=$(python3 -c "print(f'{$t1 - $t0:.2f}')")
        # the planner's S1-S3 from its JSON score, weighted with the scenario's weights
        row=$(python3 - "$sc" "$pj" <<'EOF'
import json, sys
sys.path.insert(0, "Benchmarks")
import exact_model as em, check_plan as cp
m = cp.Model(cp.load_yaml(sys.argv[1]))
W = em.weights(m)
s = json.load(open(sys.argv[2]))["score"]
s1 = W["waiting"] * s["waiting_penalty"]
s2 = W["handover"] * (s["lead_handovers"] + 0.5 * s["partner_handovers"])
s3 = W["undelegated"] * s["undelegated_hours"]
print(f'{s["waiting"]},{s1:.4f},{s2:.4f},{s3:.4f},{s1 + s2 + s3:.4f}')
EOF
)
        lb=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['solver'].get('lower_bound',''))" "$pj")
        rescored=$(python3 Benchmarks/exact_model.py "$sc" --score "$pj" | cut -d, -f6)
        echo "$inst,$T,planner,$row,$lb,,$secs,$(check "$sc" "$pj"),$rescored" >> "$csv"
        mj="$out/$inst-$T-model.json"
        line=$(python3 Benchmarks/exact_model.py "$sc" --time-limit "$T" --workers 2 --output "$mj" 2>"$mj.log" || true)
        # model,waiting,s1,s2,s3,soft,bound,status,seconds
        IFS=, read -r _ w s1 s2 s3 soft bound status msecs <<< "$line"
        ck=$([ -f "$mj" ] && check "$sc" "$mj" || echo none)
        echo "$inst,$T,model,$w,$s1,$s2,$s3,$soft,$bound,$status,$msecs,$ck,$soft" >> "$csv"
        tail -2 "$csv" >&2
    done
done
python3 Benchmarks/yardstick_report.py "$csv" | tee "$out.md"
