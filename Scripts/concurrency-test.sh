#!/usr/bin/env bash
# Concurrency with real processes: `caseload serve` on a database while two `caseload plan --save`
# loops write to it at once and a reader fetches /api/status as fast as it can. No command may
# fail (no "database is locked"), every response must be one whole plan (its counts, waiting list
# and plan number agree), and afterwards `caseload check` passes.
#
#   Scripts/concurrency-test.sh [SAVES_PER_WRITER=10] [BINARY=.build/debug/caseload]
set -euo pipefail
cd "$(dirname "$0")/.."
SAVES="${1:-10}"
BIN="${2:-.build/debug/caseload}"
[ -x "$BIN" ] || swift build --product caseload >&2
tmp=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$tmp"' EXIT
db="$tmp/team.sqlite"
"$BIN" load Scenarios/foodvalley.yaml --db "$db" >/dev/null
"$BIN" plan --save --max-moves 5000 --db "$db" >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$BIN" serve --db "$db" --port "$port" 2>"$tmp/server.log" &
server=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
writer() {
  for i in $(seq "$SAVES"); do
    "$BIN" plan --save --max-moves 5000 --seed "$1$i" --db "$db" >/dev/null 2>"$tmp/writer-$1.err" || { echo "writer $1 save $i failed:"; cat "$tmp/writer-$1.err"; return 1; }
  done
}
writer 1 & w1=$!
writer 2 & w2=$!
python3 - "$port" "$w1" "$w2" > "$tmp/reader.txt" <<'PY' &
import json, os, sys, urllib.request
port, pids = sys.argv[1], [int(p) for p in sys.argv[2:]]
def alive(pid):
    try:
        os.kill(pid, 0); return True
    except OSError:
        return False
reads, plans = 0, set()
while any(alive(p) for p in pids) or reads < 20:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/status") as r:
        s = json.load(r)
    c, w = s["counts"], s["waiting"]
    assert c["served"] + c["waiting"] == c["cases"], s["plan"]
    assert len(w["cases"]) == c["waiting"] == sum(w["by_priority"].values()), s["plan"]
    reads += 1; plans.add(s["plan"]["id"])
print(reads, len(plans))
PY
reader=$!
wait "$w1"; wait "$w2"; wait "$reader"
read -r reads seen < "$tmp/reader.txt"
"$BIN" check --db "$db" >/dev/null
saved=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT count(*) FROM plans').fetchone()[0])" "$db")
echo "concurrency test: 2 writers x $SAVES saves ($saved plans in all) beside $reads status reads that saw $seen different plans; every response whole, no failed command, check passed"
