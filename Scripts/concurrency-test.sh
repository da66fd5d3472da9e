#!/usr/bin/env bash
# Concurrency with real processes: `caseload serve` on a database while two `caseload plan --save`
# loops write to it at once and a reader fetches /api/status as fast as it can. Fails (exit 1,
# every failure named) unless: the server answers /healthz (else its log is shown); every save of
# both writers succeeds (no "database is locked"); every response is one whole plan (its counts,
# waiting list and plan number agree); the reader saw at least 2 different plans (the server
# follows new plans); the database holds 1 + 2 x SAVES plans; and `caseload check` passes.
#
#   Scripts/concurrency-test.sh [SAVES_PER_WRITER=10] [BINARY=.build/debug/caseload]
set -euo pipefail
cd "$(dirname "$0")/.."
SAVES="${1:-10}"
BIN="${2:-.build/debug/caseload}"
if ! [[ "$SAVES" =~ ^[0-9]+$ ]] || [ "$SAVES" -lt 1 ]; then
  echo "usage: $0 [SAVES_PER_WRITER >= 1] [BINARY]" >&2; exit 64
fi
command -v curl >/dev/null || { echo "concurrency test FAILED: no curl (.ci/run installs it)"; exit 1; }
[ -x "$BIN" ] || swift build --product caseload >&2
tmp=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$tmp"' EXIT
db="$tmp/team.sqlite"
"$BIN" load Scenarios/foodvalley.yaml --db "$db" >/dev/null
"$BIN" plan --save --max-moves 5000 --db "$db" >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$BIN" serve --db "$db" --port "$port" >"$tmp/server.log" 2>&1 &
server=$!
up=0
for _ in $(seq 100); do
  if curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; then up=1; break; fi
  kill -0 "$server" 2>/dev/null || break  # the server ended
  sleep 0.1
done
if [ "$up" != 1 ]; then
  how="within 10 s"; kill -0 "$server" 2>/dev/null || how="(it ended)"
  echo "concurrency test FAILED: the server never answered http://127.0.0.1:$port/healthz $how; its log:"
  cat "$tmp/server.log"
  exit 1
fi
writer() {
  for i in $(seq "$SAVES"); do
    if ! "$BIN" plan --save --max-moves 5000 --seed "$1$i" --db "$db" >/dev/null 2>"$tmp/writer-$1.err"; then
      echo "writer $1 save $i of $SAVES failed: $(cat "$tmp/writer-$1.err")" > "$tmp/writer-$1.failed"
      return 1
    fi
  done
}
writer 1 & w1=$!
writer 2 & w2=$!
python3 - "$port" "$w1" "$w2" > "$tmp/reader.txt" 2>&1 <<'PY' &
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
failures=()
for w in 1 2; do
  pid=w$w
  if ! wait "${!pid}"; then failures+=("$(cat "$tmp/writer-$w.failed" 2>/dev/null || echo "writer $w failed")"); fi
done
reads=0; seen=0
if wait "$reader"; then
  read -r reads seen < "$tmp/reader.txt"
else
  failures+=("the reader failed (a response not whole, or no answer): $(tail -n 5 "$tmp/reader.txt")")
fi
if ! "$BIN" check --db "$db" > "$tmp/check.txt" 2>&1; then
  failures+=("caseload check failed: $(cat "$tmp/check.txt")")
fi
saved=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT count(*) FROM plans').fetchone()[0])" "$db")
[ "$saved" -eq $((1 + 2 * SAVES)) ] ||
  failures+=("$saved plans saved, expected 1 + 2 x $SAVES = $((1 + 2 * SAVES))")
[ "$seen" -ge 2 ] ||
  failures+=("the reader saw $seen different plan(s) in $reads reads, expected at least 2: the server did not follow the new plans")
summary="concurrency test: 2 writers x $SAVES saves ($saved plans in all) beside $reads status reads that saw $seen different plans"
if [ ${#failures[@]} -eq 0 ]; then
  echo "$summary; every response whole, no failed command, check passed"
else
  echo "$summary"
  for f in "${failures[@]}"; do echo "concurrency test FAILED: $f"; done
  exit 1
fi
