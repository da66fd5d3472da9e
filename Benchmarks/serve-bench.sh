#!/usr/bin/env bash
# The status endpoint under load: a generated region of 500 workers x 5,000 families, planned
# and saved; `caseload serve` (release build) with a token on a free loopback port; wrk on the
# same 2 cores against /api/status (30 s each, plain and gzip, with latency percentiles), then a
# 60 s soak while the server's resident memory is sampled every 5 s.
#
#   Benchmarks/serve-bench.sh [CONNECTIONS=32]
set -euo pipefail
cd "$(dirname "$0")/.."
CONNECTIONS="${1:-32}"
command -v wrk >/dev/null || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk; }
swift build -c release --product caseload --scratch-path .build-release >&2
BIN=.build-release/release/caseload
tmp=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$tmp"' EXIT
python3 Scripts/random_scenario.py --seed 1 --workers 500 --cases 5000 > "$tmp/region.yaml"
"$BIN" load "$tmp/region.yaml" --db "$tmp/team.sqlite" >/dev/null
"$BIN" plan --save --time-limit 10 --db "$tmp/team.sqlite" >/dev/null
head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$tmp/token"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$BIN" serve --db "$tmp/team.sqlite" --port "$port" --token-file "$tmp/token" 2>/dev/null &
server=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
auth="Authorization: Bearer $(cat "$tmp/token")"
bytes=$(curl -s -H "$auth" "http://127.0.0.1:$port/api/status" | wc -c)
echo "Machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(date -u +%F); load before: $(cut -d' ' -f1 /proc/loadavg)"
echo "Plan: 500 workers x 5,000 families; /api/status body $bytes bytes"
echo
wrk -t2 -c"$CONNECTIONS" -d30s --latency -H "$auth" "http://127.0.0.1:$port/api/status" > "$tmp/wrk.txt"
wrk -t2 -c"$CONNECTIONS" -d30s --latency -H "$auth" -H "Accept-Encoding: gzip" "http://127.0.0.1:$port/api/status" > "$tmp/gzip.txt"
zbytes=$(curl -s -H "$auth" -H "Accept-Encoding: gzip" "http://127.0.0.1:$port/api/status" | wc -c)
rss0=$(ps -o rss= -p "$server")
wrk -t2 -c"$CONNECTIONS" -d60s -H "$auth" -H "Accept-Encoding: gzip" "http://127.0.0.1:$port/api/status" > "$tmp/soak.txt" &
soak=$!
samples="$rss0"
for _ in $(seq 12); do sleep 5; samples="$samples $(ps -o rss= -p "$server")"; done
wait "$soak"
echo "gzipped: $zbytes bytes"
echo
python3 - "$tmp/wrk.txt" "$tmp/soak.txt" "$samples" "$CONNECTIONS" "$tmp/gzip.txt" <<'PY'
import re, sys
def parse(path):
    text = open(path).read()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    sock = re.search(r"Socket errors: (.*)", text)
    p = {}
    for q, v, unit in re.findall(r"\s+(50|75|90|99)%\s+([\d.]+)(us|ms|s)", text):
        p[q] = float(v) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
    return rps, p, (errors.group(1) if errors else "0"), (sock.group(1) if sock else "none")
rps, p, errors, sock = parse(sys.argv[1])
zrps, zp, zerrors, zsock = parse(sys.argv[5])
soak_rps, _, soak_errors, soak_sock = parse(sys.argv[2])
rss = [int(x) // 1024 for x in sys.argv[3].split()]
print(f"| run | requests/s | p50 ms | p99 ms | non-2xx | socket errors |")
print(f"| --- | --- | --- | --- | --- | --- |")
print(f"| wrk -t2 -c{sys.argv[4]} -d30s /api/status | {rps:,.0f} | {p.get('50', 0):.2f} | {p.get('99', 0):.2f} | {errors} | {sock} |")
print(f"| same, `Accept-Encoding: gzip` | {zrps:,.0f} | {zp.get('50', 0):.2f} | {zp.get('99', 0):.2f} | {zerrors} | {zsock} |")
print(f"| 60 s soak (gzip) | {soak_rps:,.0f} | | | {soak_errors} | {soak_sock} |")
print()
print("Resident memory of the server during the soak, MiB, every 5 s: " + ", ".join(map(str, rss)))
PY
