#!/usr/bin/env bash
# Takes a screenshot of the dashboard as a person sees it: loads the bundled FoodValley region
# into a throw-away database, saves a plan, starts `caseload serve` on a free loopback port and
# points headless Chromium (Debian's `chromium`) at it, at a desktop and at a phone width.
#
#   Scripts/screenshot-dashboard.sh [OUT_DIR=.build/screenshots]
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-.build/screenshots}"
mkdir -p "$OUT"
command -v chromium >/dev/null || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium; }
swift build --product caseload >&2
BIN=.build/debug/caseload
tmp=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$tmp"' EXIT
"$BIN" load Scenarios/foodvalley.yaml --db "$tmp/team.sqlite" >/dev/null
"$BIN" plan --save --time-limit 5 --db "$tmp/team.sqlite" >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# Loopback without a token, which the server allows: Chromium cannot send a Bearer header.
"$BIN" serve --db "$tmp/team.sqlite" --port "$port" 2>"$tmp/server.log" &
server=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
for size in 1280,2400 390,2400; do
  name="dashboard-${size%,*}.png"
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="$size" \
    --screenshot="$OUT/$name" "http://127.0.0.1:$port/" 2>/dev/null
  echo "$OUT/$name"
done
