#!/usr/bin/env bash
# Property check: plan random scenarios with the caseload binary and check every plan against
# the SPEC's hard rules with the independent checker.
#
#   Scripts/property-check.sh [COUNT] [BINARY]
#
# COUNT  number of seeds, 1..COUNT (default 50); sizes cycle from 3 workers × 10 cases up to
#        300 × 1000, tight and loose alternating (an odd number of sizes, so every size is
#        tried both ways).
# BINARY the caseload executable (default .build/debug/caseload, relative to the current
#        directory).
# Extra arguments for `caseload plan` can be given in $PLAN_ARGS (e.g. "--time-limit 5").
#
# Stops at the first failure, prints the seed and keeps the scenario, plan and checker output;
# otherwise prints "N passed, 0 failed". Exit 0 when all pass, 1 on a failure, 64 on misuse.
set -u

COUNT="${1:-50}"
BINARY="${2:-.build/debug/caseload}"
SCRIPTS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PYTHON="${PYTHON:-python3}"

if ! [[ "$COUNT" =~ ^[0-9]+$ ]]; then
    echo "usage: $0 [COUNT] [BINARY]" >&2
    exit 64
fi
if [[ ! -x "$BINARY" ]] && [[ "$BINARY" != */* ]] && command -v "$BINARY" >/dev/null 2>&1; then
    BINARY="$(command -v "$BINARY")"
fi
if [[ ! -x "$BINARY" ]]; then
    echo "property-check: $BINARY is not an executable (build it first: swift build)" >&2
    exit 64
fi

# workers cases (11 sizes: odd, so seed parity gives each size both tight and loose runs)
SIZES=(
    "3 10" "4 12" "5 20" "8 30" "12 50" "20 80"
    "40 150" "60 250" "100 400" "150 600" "300 1000"
)

passed=0
for ((seed = 1; seed <= COUNT; seed++)); do
    size="${SIZES[$(((seed - 1) % ${#SIZES[@]}))]}"
    workers="${size% *}"
    cases="${size#* }"
    tight=()
    label="loose"
    if ((seed % 2 == 0)); then
        tight=(--tight)
        label="tight"
    fi
    dir="$(mktemp -d "${TMPDIR:-/tmp}/caseload-prop-$seed.XXXXXX")"
    scenario="$dir/scenario.yaml"
    plan="$dir/plan.json"
    what="seed $seed ($workers workers × $cases cases, $label)"

    fail() {
        echo "FAILED: $what: $1" >&2
        echo "  scenario: $scenario" >&2
        echo "  plan:     $plan" >&2
        echo "  files kept in $dir" >&2
        echo "  reproduce: $PYTHON $SCRIPTS/random_scenario.py --seed $seed --workers $workers --cases $cases ${tight[*]:-} > scenario.yaml" >&2
        echo "             $BINARY plan --scenario scenario.yaml --format json --seed 1 ${PLAN_ARGS:-} > plan.json" >&2
        echo "             $PYTHON $SCRIPTS/check_plan.py scenario.yaml plan.json" >&2
        echo "$passed passed, 1 failed"
        exit 1
    }

    if ! "$PYTHON" "$SCRIPTS/random_scenario.py" --seed "$seed" --workers "$workers" \
        --cases "$cases" ${tight[@]+"${tight[@]}"} >"$scenario" 2>"$dir/generate.stderr"; then
        cat "$dir/generate.stderr" >&2
        fail "the generator failed"
    fi

    # shellcheck disable=SC2086  # PLAN_ARGS is a word list on purpose
    "$BINARY" plan --scenario "$scenario" --format json --seed 1 ${PLAN_ARGS:-} \
        >"$plan" 2>"$dir/plan.stderr"
    rc=$?
    if ((rc != 0)); then
        tail -n 20 "$dir/plan.stderr" >&2
        fail "caseload plan exited with $rc"
    fi

    "$PYTHON" "$SCRIPTS/check_plan.py" "$scenario" "$plan" >"$dir/check.txt" 2>&1
    rc=$?
    if ((rc != 0)); then
        head -n 40 "$dir/check.txt" >&2
        n="$(grep -c '^\(H[0-9]\|PLAN\) ' "$dir/check.txt")"
        fail "the checker found $n violation(s) (exit $rc), see $dir/check.txt"
    fi

    echo "seed $seed: $(tail -n 1 "$dir/check.txt") [$workers×$cases $label]" >&2
    rm -rf "$dir"
    passed=$((passed + 1))
done

echo "$passed passed, 0 failed"
