#!/usr/bin/env bash
# Checks /metrics of a running server with Prometheus' own linter: loads the bundled FoodValley
# region into a throw-away database, saves a plan, starts `caseload serve` on a free loopback
# port and pipes /metrics to `promtool check metrics` (Debian's `prometheus` package). Any
# error or warning fails the check.
#
#   Scripts/metrics-check.sh [BINARY=.build/debug/caseload]
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${1:-.build/debug/caseload}"
command -v promtool >/dev/null || { echo "promtool is missing: apt-get install -y prometheus" >&2; exit 2; }
# shellcheck source=screenshot-dashboard.sh
source Scripts/screenshot-dashboard.sh
tmp=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$tmp"' EXIT
serve_foodvalley "$BIN" "$tmp"
curl -sf "http://127.0.0.1:$port/metrics" >"$tmp/metrics.txt"
samples=$(grep -vc '^#' "$tmp/metrics.txt")
# promtool prints problems and exits 1 on errors, 3 on lint warnings; it prints nothing when clean.
if ! promtool check metrics <"$tmp/metrics.txt" >"$tmp/promtool.txt" 2>&1 || [ -s "$tmp/promtool.txt" ]; then
  echo "promtool check metrics on /metrics:" >&2
  cat "$tmp/promtool.txt" >&2
  exit 1
fi
echo "metrics-check: /metrics passes promtool check metrics ($samples samples)"
