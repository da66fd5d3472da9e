#!/usr/bin/env python3
"""One round of Scripts/kill-test.sh: run an operation on the database, kill it, judge the result.

  kill_round.py run KIND DB BEFORE.json MODE MS -- COMMAND...
      For KIND `load`, first changes what a load writes (perturb, below), so that a whole load,
      half a load and none leave three different databases. Writes the state of DB to
      BEFORE.json, starts COMMAND and picks the moment of the kill by MODE:
        at MS        MS milliseconds after the start;
        in-write MS  once the process has held SQLite's write lock for MS milliseconds on end
                     (polled every millisecond; if it ends first, it finished).
      At that moment the process is stopped (SIGSTOP, waited for), so that what it holds can be
      read without a race: it holds the write lock when /proc/locks shows its exclusive lock on
      byte 120 of DB-shm (WAL_WRITE_LOCK: held from BEGIN IMMEDIATE to COMMIT, and only then).
      Then SIGKILL. Prints `killed-in-write`, `killed` (no write open) or `finished MS` (it
      ended on its own after MS milliseconds); exit 1 when it ended with an error.
  kill_round.py verify KIND DB BEFORE.json REFERENCE.json
      Checks DB after the round and prints `applied` or `unchanged`; exit 1 with what is wrong:
      - every plan saved before is still there, row for row (its is_current flag aside);
        exactly one plan is current;
      - import: its 150 workers are all there or none, and nothing else changed;
      - load: the data (meta, organisations, task kinds, case types, workers, absences, cases)
        equal the state before or the state after a complete load (REFERENCE.json), table by
        table; no plan changed;
      - plan --save: no data changed; the plan count rose by at most one; with no new plan the
        current plan is the one before, with one it is the new plan, which is whole (a row for
        each of the served and waiting it counts, every case of the database exactly once,
        every worker once, tasks only for served cases).
      Afterwards deletes the imported workers, so that the next import has something to add.
  kill_round.py snapshot DB OUT.json
      Writes the state of DB (a digest per table and per plan) to OUT.json.
"""
from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

DATA = ["meta", "organisations", "task_kinds", "case_types", "workers", "absences", "cases"]
PLAN_PARTS = ["plan_assignments", "plan_tasks", "plan_waiting", "plan_workers", "plan_locks"]
IMPORTED = "kill-%"  # the ids of the workers the kill test imports
IMPORT_SIZE = 150


def connect(db):
    return sqlite3.connect(db, timeout=30)


def digest(rows):
    h = hashlib.sha256()
    for r in sorted(rows, key=repr):
        h.update(repr(tuple(r)).encode())
    return h.hexdigest()[:16]


def record_follows(db, pid):
    """The families' people of record are those of approved plan `pid` (pins aside)."""
    c = connect(db)
    wrong = c.execute(
        """SELECT count(*) FROM plan_assignments a JOIN cases c ON c.id = a.case_id
           WHERE a.plan_id = ? AND c.lock = 0
             AND (c.lead IS NOT a.lead OR c.partner IS NOT a.partner)""", (pid,)).fetchone()[0]
    c.close()
    return [f"{wrong} families' people of record are not those of approved plan {pid}"] if wrong else []


def snapshot(db):
    c = connect(db)
    data = {}
    for t in DATA:
        where = ""
        if t == "meta":
            # The data version is bookkeeping every write of data bumps, not data.
            where = " WHERE key <> 'data_version'"
        elif t == "workers":
            where = f" WHERE id NOT LIKE '{IMPORTED}'"
        elif t == "absences":
            where = f" WHERE worker NOT LIKE '{IMPORTED}'"
        rows = c.execute(f"SELECT * FROM {t}{where}").fetchall()
        data[t] = {"rows": len(rows), "digest": digest(rows)}
    imported = c.execute(f"SELECT count(*) FROM workers WHERE id LIKE '{IMPORTED}'").fetchone()[0]
    plans = {}
    for row in c.execute("SELECT * FROM plans ORDER BY id").fetchall():
        pid = row[0]
        parts = [c.execute(f"SELECT * FROM {t} WHERE plan_id = ?", (pid,)).fetchall()
                 for t in PLAN_PARTS]
        cols = [d[0] for d in c.execute("SELECT * FROM plans LIMIT 0").description]
        fields = dict(zip(cols, row))
        current = fields.pop("is_current")
        plans[str(pid)] = {
            "current": current,
            "digest": digest([tuple(sorted(fields.items()))] + [(t,) + r for t, p in zip(PLAN_PARTS, parts) for r in p]),
        }
    c.close()
    return {"data": data, "imported": imported, "plans": plans}


def perturb(db):
    """Changes every table a load writes, first and last: a load killed half-way shows."""
    c = connect(db)
    c.execute("UPDATE meta SET value = 'kill-test: before the load' WHERE key = 'name'")
    c.execute(f"UPDATE workers SET role = 'kill-test' WHERE id NOT LIKE '{IMPORTED}'")
    c.execute("DELETE FROM absences WHERE rowid IN (SELECT rowid FROM absences ORDER BY worker LIMIT 2)")
    c.execute("UPDATE cases SET priority = priority % 3 + 1")
    c.execute("DELETE FROM cases WHERE id IN (SELECT id FROM cases ORDER BY random() LIMIT 3)")
    c.commit()
    c.close()


def holds_write_lock(db, pid):
    """Whether process `pid` holds SQLite's WAL write lock on `db` (per /proc/locks)."""
    try:
        inode = os.stat(db + "-shm").st_ino
    except FileNotFoundError:
        return False
    with open("/proc/locks") as f:
        for line in f:
            p = line.split()
            # "1: POSIX  ADVISORY  WRITE 4242 fe:00:5310052 120 120"; blocked waiters show "->"
            if len(p) == 8 and p[1] == "POSIX" and p[3] == "WRITE" and p[4] == str(pid) \
                    and p[5].rsplit(":", 1)[-1] == str(inode) and p[6] == "120" and p[7] == "120":
                return True
    return False


def run(kind, db, before_path, mode, ms, command):
    if kind == "load":
        perturb(db)
    with open(before_path, "w") as f:
        json.dump(snapshot(db), f)
    err_path = before_path + ".stderr"
    with open(err_path, "w") as err:
        p = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err)
    start = time.monotonic()
    if mode not in ("at", "in-write"):
        raise SystemExit(f"kill_round.py: unknown mode {mode}")
    held_since = None
    while True:
        pid, status = os.waitpid(p.pid, os.WNOHANG)
        now = time.monotonic()
        if pid:
            return finished(status, now - start, command, err_path)
        if mode == "at":
            if now - start >= ms / 1000.0:
                break
        elif holds_write_lock(db, p.pid):
            held_since = now if held_since is None else held_since
            if now - held_since >= ms / 1000.0:
                break
        else:
            held_since = None
        if now - start > 120:
            break
        time.sleep(0.001)
    os.kill(p.pid, signal.SIGSTOP)
    pid, status = os.waitpid(p.pid, os.WUNTRACED)
    if not os.WIFSTOPPED(status):
        return finished(status, time.monotonic() - start, command, err_path)
    held = holds_write_lock(db, p.pid)
    os.kill(p.pid, signal.SIGKILL)
    os.waitpid(p.pid, 0)
    print("killed-in-write" if held else "killed")
    return 0


def finished(status, seconds, command, err_path):
    if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0:
        print(f"finished {round(seconds * 1000)}")
        return 0
    with open(err_path) as f:
        err = f.read()
    print(f"failed: `{' '.join(command)}` ended on its own with status {status}:\n{err}")
    return 1


def verify(kind, db, before_path, reference_path):
    with open(before_path) as f:
        before = json.load(f)
    with open(reference_path) as f:
        reference = json.load(f)
    after = snapshot(db)
    problems = []
    outcome = "unchanged"

    current = [pid for pid, p in after["plans"].items() if p["current"]]
    if len(current) != 1:
        problems.append(f"{len(current)} current plans")
    for pid, p in before["plans"].items():
        if pid not in after["plans"]:
            problems.append(f"plan {pid} is gone")
        elif after["plans"][pid]["digest"] != p["digest"]:
            problems.append(f"plan {pid} changed (its rows differ from before)")
    new = sorted((pid for pid in after["plans"] if pid not in before["plans"]), key=int)
    before_current = [pid for pid, p in before["plans"].items() if p["current"]]

    def same_data(a, b, skip=()):
        return [t for t in DATA if t not in skip and a["data"][t] != b["data"][t]]

    if kind == "import":
        n = after["imported"]
        if n not in (0, IMPORT_SIZE):
            problems.append(f"the import was half applied ({n} of {IMPORT_SIZE} workers)")
        elif n != before["imported"]:
            outcome = "applied"
        changed = same_data(before, after)
        if changed:
            problems.append(f"the import changed more than its workers: {', '.join(changed)}")
    elif kind == "load":
        as_before = same_data(before, after)
        as_loaded = same_data(reference, after)
        if as_before and not as_loaded:
            outcome = "applied"
        elif as_before:
            rows = ", ".join(
                f"{t} {after['data'][t]['rows']} (before {before['data'][t]['rows']}, "
                f"whole load {reference['data'][t]['rows']})" for t in DATA)
            problems.append(
                f"the load was half applied: {', '.join(as_before)} differ from before and "
                f"{', '.join(as_loaded)} from a whole load; rows: {rows}")
    elif kind == "plan":
        # plan --save approves its plan: the families' people of record follow it, in the
        # same transaction as the plan itself, and nothing else of the data changes.
        changed = same_data(before, after, skip=("cases",) if new else ())
        if changed:
            problems.append(f"plan --save changed data: {', '.join(changed)}")
        if len(new) > 1:
            problems.append(f"the plan count rose by {len(new)} (plans {', '.join(new)}), not at most one")
        elif not new:
            if current != before_current:
                problems.append(f"no new plan, yet the current plan is {current} instead of {before_current}")
        else:
            outcome = "applied"
            if current != new:
                problems.append(f"new plan {new[0]} saved but the current plan is {current}")
            problems += whole_plan(db, int(new[0]))
            problems += record_follows(db, int(new[0]))
    else:
        raise SystemExit(f"kill_round.py: unknown kind {kind}")
    if kind != "plan" and new:
        problems.append(f"{kind} saved plan(s) {', '.join(new)}")

    c = connect(db)
    c.execute(f"DELETE FROM workers WHERE id LIKE '{IMPORTED}'")
    c.commit()
    c.close()
    if problems:
        print("; ".join(problems))
        return 1
    print(outcome)
    return 0


def whole_plan(db, pid):
    """A saved plan's rows agree with its counts and cover the database's cases and workers."""
    c = connect(db)
    one = lambda sql: c.execute(sql, (pid,)).fetchone()  # noqa: E731
    served, waiting = one("SELECT served, waiting FROM plans WHERE id = ?")
    assigned = [r[0] for r in c.execute("SELECT case_id FROM plan_assignments WHERE plan_id = ?", (pid,))]
    waits = [r[0] for r in c.execute("SELECT case_id FROM plan_waiting WHERE plan_id = ?", (pid,))]
    tasks = {r[0] for r in c.execute("SELECT case_id FROM plan_tasks WHERE plan_id = ?", (pid,))}
    workers = [r[0] for r in c.execute("SELECT worker FROM plan_workers WHERE plan_id = ?", (pid,))]
    cases = {r[0] for r in c.execute("SELECT id FROM cases")}
    staff = {r[0] for r in c.execute("SELECT id FROM workers")}
    c.close()
    problems = []
    if len(assigned) != served or len(waits) != waiting:
        problems.append(f"plan {pid} counts {served} served and {waiting} waiting but holds "
                        f"{len(assigned)} assignments and {len(waits)} waiting rows")
    if sorted(assigned + waits) != sorted(cases):
        problems.append(f"plan {pid} does not hold each of the {len(cases)} cases once "
                        f"({len(assigned)} served + {len(waits)} waiting)")
    if not tasks <= set(assigned):
        problems.append(f"plan {pid} has tasks for cases it does not serve")
    if sorted(workers) != sorted(staff):
        problems.append(f"plan {pid} lists {len(workers)} workers, the database has {len(staff)}")
    return problems


def main(argv):
    if len(argv) >= 8 and argv[0] == "run" and argv[6] == "--":
        return run(argv[1], argv[2], argv[3], argv[4], int(argv[5]), argv[7:])
    if len(argv) == 5 and argv[0] == "verify":
        return verify(*argv[1:])
    if len(argv) == 3 and argv[0] == "snapshot":
        with open(argv[2], "w") as f:
            json.dump(snapshot(argv[1]), f)
        return 0
    print(__doc__, file=sys.stderr)
    return 64


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
