#!/usr/bin/env python3
"""The M/M/c validation model in Ciw (the Python discrete-event library), for the simulation
benchmark: the same servers, rates, horizon, warm-up and replications as Benchmarks/mmc.yaml
runs through `caseload simulate`. Prints one JSON object: mean wait and utilisation with
Student-t 95 % intervals over replications, Erlang C's values, and the wall time.

    python3 Benchmarks/mmc_ciw.py --servers 3 --arrivals 2.4 --mean-weeks 1 --weeks 260 \
        --warmup 26 --replications 50
"""
import argparse
import json
import math
import statistics
import time

import ciw


def t975(df):
    table = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160,
             2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056,
             2.052, 2.048, 2.045, 2.042]
    if df <= len(table):
        return table[df - 1]
    z = 1.959964
    return z + (z**3 + z) / (4 * df) + (5 * z**5 + 16 * z**3 + 3 * z) / (96 * df * df)


def estimate(xs):
    m = statistics.fmean(xs)
    half = t975(len(xs) - 1) * statistics.stdev(xs) / math.sqrt(len(xs))
    return {"mean": round(m, 4), "ci95": [round(m - half, 4), round(m + half, 4)]}


def erlang_c(c, lam, mu):
    a = lam / mu
    rho = a / c
    term, total = 1.0, 0.0
    for k in range(c):
        total += term
        term *= a / (k + 1)
    last = term / (1 - rho)
    p = last / (total + last)
    return p / (c * mu - lam), rho


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--servers", type=int, default=3)
    ap.add_argument("--arrivals", type=float, default=2.4, help="per week")
    ap.add_argument("--mean-weeks", type=float, default=1.0)
    ap.add_argument("--weeks", type=float, default=260)
    ap.add_argument("--warmup", type=float, default=26)
    ap.add_argument("--replications", type=int, default=50)
    args = ap.parse_args()
    network = ciw.create_network(
        arrival_distributions=[ciw.dists.Exponential(rate=args.arrivals)],
        service_distributions=[ciw.dists.Exponential(rate=1 / args.mean_weeks)],
        number_of_servers=[args.servers])
    started = time.perf_counter()
    waits, utilisations = [], []
    for r in range(args.replications):
        ciw.seed(r)
        q = ciw.Simulation(network)
        q.simulate_until_max_time(args.weeks)
        records = q.get_all_records()
        w = [rec.waiting_time for rec in records if rec.arrival_date >= args.warmup]
        waits.append(statistics.fmean(w))
        # Busy time inside the measured window, over completed services.
        busy = sum(max(0.0, min(rec.exit_date, args.weeks) - max(rec.service_start_date, args.warmup))
                   for rec in records)
        utilisations.append(busy / (args.servers * (args.weeks - args.warmup)))
    seconds = time.perf_counter() - started
    wq, rho = erlang_c(args.servers, args.arrivals, 1 / args.mean_weeks)
    print(json.dumps({"tool": f"ciw {ciw.__version__}", "seconds": round(seconds, 2),
                      "weeks_waited": estimate(waits), "utilisation": estimate(utilisations),
                      "erlang_c": {"weeks_waited": round(wq, 4), "utilisation": round(rho, 4)}}))


if __name__ == "__main__":
    main()
