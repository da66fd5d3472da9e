#!/usr/bin/env bash
# Crash safety: starts `caseload import`, `load` or `plan --save` on a real database and kills it
# with SIGKILL, N times (the three in turn). A third of the rounds kill inside a write
# transaction (once the process has held SQLite's write lock for a few ms on end: the
# operation's own write is by far its longest), the others at a random
# moment of a window about as long as the operation takes. After every kill (Scripts/kill_round.py):
# `caseload check` passes (SQLite integrity, every saved plan whole and within the rules),
# `caseload show` reads the current plan, exactly one plan is current, every earlier plan is
# unchanged, and
#   - import: all its 150 new workers or none, nothing else changed;
#   - load: the data as before or as after a complete load, table by table (before every load
#     the script changes what a load writes, so that half a load shows);
#   - plan --save: no new plan and the current one as before (the data untouched), or one new
#     plan, whole and current, and the families' people of record its people.
# Fails (exit 1) as well when an operation was never killed before it finished, or never killed
# while it held the write lock: then the test would prove nothing.
#
#   Scripts/kill-test.sh [N=200] [BINARY=.build/debug/caseload]
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-200}"
BIN="${2:-.build/debug/caseload}"
if ! [[ "$N" =~ ^[0-9]+$ ]] || [ "$N" -lt 9 ]; then
  echo "usage: $0 [N >= 9] [BINARY]" >&2; exit 64
fi
[ -r /proc/locks ] || { echo "kill test: needs /proc/locks (Linux) to see the write lock" >&2; exit 1; }
[ -x "$BIN" ] || swift build --product caseload >&2
helper=Scripts/kill_round.py
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db="$tmp/team.sqlite"
python3 - "$tmp/staff.csv" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("id,organisation,tasks,registered_until,hours\n")
    for i in range(150):
        f.write(f"kill-{i:03d},jbg,casework|admin,2030-01-01,32\n")
PY
kinds=(import load plan)
set_op() {
  case $1 in
    import) op=(import staff "$tmp/staff.csv") ;;
    load) op=(load Scenarios/foodvalley.yaml) ;;
    plan) op=(plan --save --max-moves 20000) ;;
  esac
}
# Each operation once in full: the state after a complete load, and how long each takes. A
# window is 1.3 times the longest run of its operation seen so far (machines vary, and so does
# their load).
ms_now() { date +%s%3N; }
declare -A window
for kind in load plan import; do
  set_op "$kind"
  t=$(ms_now)
  "$BIN" "${op[@]}" --db "$db" >/dev/null
  window[$kind]=$(( ($(ms_now) - t) * 13 / 10 + 20 ))
  [ "$kind" = load ] && python3 "$helper" snapshot "$db" "$tmp/reference.json"
done
python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"DELETE FROM workers WHERE id LIKE 'kill-%'\"); c.commit()" "$db"

declare -A runs killed in_write rolled_back applied
for kind in "${kinds[@]}"; do runs[$kind]=0; killed[$kind]=0; in_write[$kind]=0; rolled_back[$kind]=0; applied[$kind]=0; done
for i in $(seq "$N"); do
  kind=${kinds[$(( (i - 1) % 3 ))]}
  set_op "$kind"
  if (( (i - 1) / 3 % 3 == 0 )); then
    mode=in-write; ms=$(( 2 + RANDOM % 20 ))
  else
    mode=at; ms=$(( (RANDOM * 32768 + RANDOM) % window[$kind] ))
  fi
  what="round $i ($kind, kill $mode $ms ms)"
  if ! result=$(python3 "$helper" run "$kind" "$db" "$tmp/before.json" "$mode" "$ms" -- "$BIN" "${op[@]}" --db "$db"); then
    echo "kill test FAILED: $what: $result"; exit 1
  fi
  if ! "$BIN" check --db "$db" > "$tmp/check.txt" 2>&1; then
    echo "kill test FAILED: after $what, $result: check failed"; cat "$tmp/check.txt"; exit 1
  fi
  "$BIN" show --format json --db "$db" > "$tmp/show.json" 2>&1 || {
    echo "kill test FAILED: after $what, $result: show failed"; cat "$tmp/show.json"; exit 1; }
  if ! outcome=$(python3 "$helper" verify "$kind" "$db" "$tmp/before.json" "$tmp/reference.json"); then
    echo "kill test FAILED: after $what, $result: $outcome"; exit 1
  fi
  runs[$kind]=$((runs[$kind] + 1))
  case $result in
    killed-in-write) killed[$kind]=$((killed[$kind] + 1)); in_write[$kind]=$((in_write[$kind] + 1))
                     [ "$outcome" = unchanged ] && rolled_back[$kind]=$((rolled_back[$kind] + 1)) ;;
    killed) killed[$kind]=$((killed[$kind] + 1)) ;;
  esac
  [ "$outcome" = applied ] && applied[$kind]=$((applied[$kind] + 1))
  if [[ $result == finished* ]]; then
    ms=$(( ${result#finished } * 13 / 10 + 20 ))
    [ "$ms" -le "${window[$kind]}" ] || window[$kind]=$ms
  fi
done

summary=""
failures=()
for kind in "${kinds[@]}"; do
  summary+="; $kind: ${runs[$kind]} runs, ${killed[$kind]} killed before finishing, ${in_write[$kind]} of them inside a write transaction (${rolled_back[$kind]} left nothing of it), ${applied[$kind]} applied whole"
  [ "${killed[$kind]}" -gt 0 ] ||
    failures+=("no $kind was killed before it finished (${runs[$kind]} runs): nothing was tested")
  [ "${in_write[$kind]}" -gt 0 ] ||
    failures+=("no kill of $kind landed inside a write transaction (${runs[$kind]} runs): a half-written $kind was never tried")
done
plans=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT count(*) FROM plans').fetchone()[0])" "$db")
echo "kill test: $N runs (windows: import ${window[import]}, load ${window[load]}, plan ${window[plan]} ms)$summary; after each: check, one current plan, earlier plans unchanged, no half import, load or plan; $plans plans saved"
for f in "${failures[@]}"; do echo "kill test FAILED: $f"; done
[ ${#failures[@]} -eq 0 ]
