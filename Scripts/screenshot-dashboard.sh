#!/usr/bin/env bash
# Takes a screenshot of the dashboard as a person sees it: loads the bundled FoodValley region
# into a throw-away database, saves a plan, starts `caseload serve` on a free loopback port and
# points headless Chromium (Debian's `chromium`) at it, at a desktop and at a phone width, in
# Dutch (the default) and once in English.
#
#   Scripts/screenshot-dashboard.sh [OUT_DIR=.build/screenshots]
#
# Scripts/metrics-check.sh sources this file for `serve_foodvalley` alone.
set -euo pipefail

# Starts `$1 serve` over a FoodValley plan in directory `$2`; sets `port` and `server` (the pid).
serve_foodvalley() {
  local bin="$1" dir="$2"
  "$bin" load Scenarios/foodvalley.yaml --db "$dir/team.sqlite" >/dev/null
  "$bin" plan --save --time-limit 5 --db "$dir/team.sqlite" >/dev/null
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  # Loopback without a token, which the server allows: Chromium cannot send a Bearer header.
  "$bin" serve --db "$dir/team.sqlite" --port "$port" 2>"$dir/server.log" &
  server=$!
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && return 0; sleep 0.1; done
  echo "the server did not start: $(cat "$dir/server.log")" >&2
  return 1
}

[[ "${BASH_SOURCE[0]}" == "$0" ]] || return 0

cd "$(dirname "$0")/.."
OUT="${1:-.build/screenshots}"
mkdir -p "$OUT"
command -v chromium >/dev/null || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium; }
swift build --product caseload >&2
tmp=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$tmp"' EXIT
serve_foodvalley .build/debug/caseload "$tmp"
for shot in 1280,3600,nl 390,8000,nl 390,8000,en; do
  IFS=, read -r width height lang <<<"$shot"
  name="dashboard-$width-$lang.png"
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="$width,$height" \
    --screenshot="$OUT/$name" "http://127.0.0.1:$port/?lang=$lang" 2>/dev/null
  echo "$OUT/$name"
done
