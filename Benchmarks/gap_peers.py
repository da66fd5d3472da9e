#!/usr/bin/env python3
"""Solve one GAP instance (OR-Library format) with a peer solver and print one CSV line.

Usage: gap_peers.py SOLVER FILE TIME_LIMIT [THREADS]
SOLVER: highs (HiGHS MIP through highspy) or cpsat (OR-Tools CP-SAT).
Prints: solver,objective,bound,seconds,status  (objective empty when no feasible solution).
Minimisation only (types A-E), like the benchmark set.
"""
import os
import subprocess
import sys
import time


def ensure(module, package):
    try:
        __import__(module)
    except ImportError:
        subprocess.check_call([sys.executable, "-m", "pip", "install", "-q", package])


def read(path):
    with open(path) as f:
        v = [int(t) for t in f.read().split()]
    m, n = v[0], v[1]
    c = [v[2 + i * n: 2 + (i + 1) * n] for i in range(m)]
    o = 2 + m * n
    r = [v[o + i * n: o + (i + 1) * n] for i in range(m)]
    b = v[2 + 2 * m * n: 2 + 2 * m * n + m]
    return m, n, c, r, b


def highs(m, n, c, r, b, limit, threads):
    ensure("highspy", "highspy")
    import highspy
    import numpy as np

    # highspy 1.16 prints its banner on stdout when a Highs object is made, before any option
    # can silence it; keep stdout for this script's one CSV line.
    sys.stdout.flush()
    saved = os.dup(1)
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
    try:
        h = highspy.Highs()
        h.setOptionValue("output_flag", False)
    finally:
        os.dup2(saved, 1)
        os.close(saved)
    h.setOptionValue("time_limit", float(limit))
    h.setOptionValue("threads", threads)
    h.setOptionValue("mip_rel_gap", 0.0)
    N = m * n  # variable i*n+j
    lp = highspy.HighsLp()
    lp.num_col_ = N
    lp.num_row_ = n + m
    lp.col_cost_ = np.array([c[i][j] for i in range(m) for j in range(n)], dtype=float)
    lp.col_lower_ = np.zeros(N)
    lp.col_upper_ = np.ones(N)
    lp.row_lower_ = np.array([1.0] * n + [-highspy.kHighsInf] * m)
    lp.row_upper_ = np.array([1.0] * n + [float(x) for x in b])
    # Column-wise matrix: column i*n+j has 1 in row j and r[i][j] in row n+i.
    starts, index, value = [], [], []
    for i in range(m):
        for j in range(n):
            starts.append(len(index))
            index += [j, n + i]
            value += [1.0, float(r[i][j])]
    lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    lp.a_matrix_.start_ = np.array(starts + [len(index)], dtype=np.int32)
    lp.a_matrix_.index_ = np.array(index, dtype=np.int32)
    lp.a_matrix_.value_ = np.array(value)
    lp.integrality_ = [highspy.HighsVarType.kInteger] * N
    h.passModel(lp)
    h.run()
    info = h.getInfo()
    status = h.modelStatusToString(h.getModelStatus())
    has = info.primal_solution_status == 2
    obj = round(info.objective_function_value) if has else None
    bound = info.mip_dual_bound
    return obj, bound, status


def cpsat(m, n, c, r, b, limit, threads):
    ensure("ortools", "ortools")
    from ortools.sat.python import cp_model

    model = cp_model.CpModel()
    x = [[model.NewBoolVar(f"x{i}_{j}") for j in range(n)] for i in range(m)]
    for j in range(n):
        model.AddExactlyOne(x[i][j] for i in range(m))
    for i in range(m):
        model.Add(sum(r[i][j] * x[i][j] for j in range(n)) <= b[i])
    model.Minimize(sum(c[i][j] * x[i][j] for i in range(m) for j in range(n)))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = float(limit)
    solver.parameters.num_workers = threads
    status = solver.Solve(model)
    has = status in (cp_model.OPTIMAL, cp_model.FEASIBLE)
    obj = round(solver.ObjectiveValue()) if has else None
    return obj, solver.BestObjectiveBound(), solver.StatusName(status)


def main():
    name, path, limit = sys.argv[1], sys.argv[2], float(sys.argv[3])
    threads = int(sys.argv[4]) if len(sys.argv) > 4 else 2
    m, n, c, r, b = read(path)
    start = time.monotonic()
    obj, bound, status = {"highs": highs, "cpsat": cpsat}[name](m, n, c, r, b, limit, threads)
    seconds = time.monotonic() - start
    print(f"{name},{'' if obj is None else obj},{bound:.2f},{seconds:.2f},{status}")


if __name__ == "__main__":
    main()
