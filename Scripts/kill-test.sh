#!/usr/bin/env bash
# Crash safety: starts `caseload import`, `load` or `plan --save` on a real database and kills it
# with SIGKILL at a random moment, N times. After every kill: `caseload check` passes (SQLite
# integrity, every saved plan whole and within the rules), the current plan is one whole plan,
# and the import either added all its 150 new workers or none.
#
#   Scripts/kill-test.sh [N=200] [BINARY=.build/debug/caseload]
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-200}"
BIN="${2:-.build/debug/caseload}"
[ -x "$BIN" ] || swift build --product caseload >&2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db="$tmp/team.sqlite"
"$BIN" load Scenarios/foodvalley.yaml --db "$db" >/dev/null
"$BIN" plan --save --max-moves 20000 --db "$db" >/dev/null
python3 - "$tmp/staff.csv" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("id,organisation,tasks,registered_until,hours\n")
    for i in range(150):
        f.write(f"kill-{i:03d},jbg,casework|admin,2030-01-01,32\n")
PY
count() { python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute(sys.argv[2]).fetchone()[0])" "$db" "$1"; }
kills=0; finished=0; checked=0; imports_whole=0
for i in $(seq "$N"); do
  # Each operation gets a window about as long as it takes, so kills land anywhere in it.
  case $((RANDOM % 3)) in
    0) op=(import staff "$tmp/staff.csv"); window=80 ;;
    1) op=(load Scenarios/foodvalley.yaml); window=200 ;;
    *) op=(plan --save --max-moves 20000); window=${PLAN_WINDOW_MS:-1900} ;;
  esac
  workers_before=$(count "SELECT count(*) FROM workers WHERE id LIKE 'kill-%'")
  "$BIN" "${op[@]}" --db "$db" >/dev/null 2>&1 &
  pid=$!
  ms=$(( (RANDOM * 32768 + RANDOM) % window ))
  sleep "$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))"
  if kill -9 "$pid" 2>/dev/null; then kills=$((kills + 1)); else finished=$((finished + 1)); fi
  wait "$pid" 2>/dev/null || true
  if ! "$BIN" check --db "$db" > "$tmp/check.txt" 2>&1; then
    echo "after kill $i (${op[*]}): check failed"; cat "$tmp/check.txt"; exit 1
  fi
  current=$(count "SELECT count(*) FROM plans WHERE is_current = 1")
  [ "$current" = 1 ] || { echo "after kill $i: $current current plans"; exit 1; }
  "$BIN" show --format json --db "$db" > "$tmp/show.json" || { echo "after kill $i: show failed"; exit 1; }
  workers_after=$(count "SELECT count(*) FROM workers WHERE id LIKE 'kill-%'")
  if [ "$workers_after" != 0 ] && [ "$workers_after" != 150 ]; then
    echo "after kill $i: the import was half applied ($workers_after of 150 workers)"; exit 1
  fi
  [ "$workers_after" = "$workers_before" ] || imports_whole=$((imports_whole + 1))
  checked=$((checked + 1))
  # Start the next round without the imported workers, so every import has something to add.
  if [ "$workers_after" = 150 ]; then
    python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"DELETE FROM workers WHERE id LIKE 'kill-%'\"); c.commit()" "$db"
  fi
done
plans=$(count "SELECT count(*) FROM plans")
echo "kill test: $N runs, $kills killed mid-way, $finished finished first; $checked checks passed (integrity, every plan against H1-H8, one current plan, whole imports: $imports_whole applied whole, none half); $plans plans saved"
