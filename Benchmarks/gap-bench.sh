#!/usr/bin/env bash
# GAP benchmark: `caseload-gap` and two peers (HiGHS MIP, OR-Tools CP-SAT), each with 2 threads
# and the same time limit, on the public instances in /work/shared/gap, one after another so
# they never share the 2 cores. Writes Benchmarks/results/gap-DATE-TIME.csv and prints a
# Markdown table (also saved next to the CSV as .md).
#
#   Benchmarks/gap-bench.sh [TIME_LIMIT=10] [PATTERN='[cde]*']
#   PEERS=0 Benchmarks/gap-bench.sh 10 'd*'     # ours only, while tuning
#   SEEDS="1 2" Benchmarks/gap-bench.sh         # ours once per seed (solver ours, ours@2, ...),
#                                               # so that one run tells a loss from the noise
#   SCRATCH=.build-release Benchmarks/gap-bench.sh  # reuse another release build
#   GAP_DIR=/path/to/gap                        # instances/ and best_known.csv (default /work/shared/gap)
set -euo pipefail
cd "$(dirname "$0")/.."
LIMIT="${1:-10}"
PATTERN="${2:-[cde]*}"
GAP_DIR="${GAP_DIR:-/work/shared/gap}"
PEERS="${PEERS:-1}"
SEEDS="${SEEDS:-1}"
SCRATCH="${SCRATCH:-.build-gap-release}"
BIN="$SCRATCH/release/caseload-gap"
swift build -c release --product caseload-gap --scratch-path "$SCRATCH" >&2
if [ "$PEERS" = 1 ]; then
    python3 -c "import highspy" 2>/dev/null || pip install -q highspy >&2
    python3 -c "import ortools" 2>/dev/null || pip install -q ortools >&2
fi
mkdir -p Benchmarks/results
stamp=$(date +%Y%m%d-%H%M%S)
csv="Benchmarks/results/gap-$stamp.csv"
echo "instance,best_known,solver,objective,bound,seconds,status" > "$csv"
for file in "$GAP_DIR"/instances/$PATTERN.txt; do
    name=$(basename "$file" .txt)
    best=$(awk -F, -v n="$name" '$1 == n && $2 == "min" { print $3 }' "$GAP_DIR/best_known.csv")
    for seed in $SEEDS; do
        solver=ours
        [ "$seed" = "${SEEDS%% *}" ] || solver="ours@$seed"
        ours=$("$BIN" "$file" --time-limit "$LIMIT" --threads 2 --seed "$seed" --format json)
        python3 - "$name" "$best" "$ours" "$solver" >> "$csv" <<'EOF'
import json, sys
r = json.loads(sys.argv[3])
obj = "" if r["objective"] is None else r["objective"]
print(f'{sys.argv[1]},{sys.argv[2]},{sys.argv[4]},{obj},{r["bound"]},{r["seconds"]},{r["stop_reason"]}')
EOF
    done
    if [ "$PEERS" = 1 ]; then
        for peer in highs cpsat; do
            echo "$name,$best,$(python3 Benchmarks/gap_peers.py "$peer" "$file" "$LIMIT" 2)" >> "$csv"
        done
    fi
    tail -n +2 "$csv" | grep "^$name," | tr '\n' ' ' >&2
    echo >&2
done
python3 Benchmarks/gap_report.py "$csv" | tee "${csv%.csv}.md"
