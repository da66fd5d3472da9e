# Sourced by the benchmarks that start from a saved plan (recommend-bench.sh, warm-bench.sh):
# builds the release binary ($BIN, in $SCRATCH), makes a scratch directory ($tmp, removed on
# exit), generates region $SIZE (Scripts/random_scenario.py --seed 1) as $tmp/region.yaml, loads
# it into $CASELOAD_DB and saves a 10-s plan of it, whose JSON is $tmp/saved.json.
SCRATCH="${SCRATCH:-.build-release}"
BIN="$SCRATCH/release/caseload"
swift build -c release --product caseload --scratch-path "$SCRATCH" >&2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 Scripts/random_scenario.py --seed 1 --workers "${SIZE%x*}" --cases "${SIZE#*x}" > "$tmp/region.yaml"
export CASELOAD_DB="$tmp/team.sqlite"
"$BIN" load "$tmp/region.yaml" > /dev/null
"$BIN" plan --save --time-limit 10 --format json > "$tmp/saved.json"
