#!/usr/bin/env python3
"""An exact yardstick for one week's caseload plan: a CP-SAT model written from SPEC §3–§5.

Usage: exact_model.py SCENARIO.yaml [--time-limit S] [--workers 2] [--week W] [--output PLAN.json]
                      [--lenient-absence] [--score PLAN.json]

Prints one CSV line: model,waiting,s1,s2,s3,soft,bound,status,seconds
  s1, s2, s3 are the weighted terms (w_waiting × S1, w_handover × S2, w_undelegated × S3) with
  the scenario's weights, soft = s1 + s2 + s3 (S4 is left out of the objective; the plan JSON
  reports it), bound = CP-SAT's best objective bound on the same scale, status OPTIMAL,
  FEASIBLE, INFEASIBLE or UNKNOWN.
With --score PLAN.json it solves nothing: it scores that plan (e.g. the planner's) with the same
terms and prints `score,waiting,s1,s2,s3,soft,S1,S2,S3,S4`.

It is independent of the Swift planner: the rules come from SPEC.md and docs/rules.md (the soft
score's definition), and the scenario model (hours, ramp-up, absences, norms, mandates,
networks, forcing reasons of continuity) is Scripts/check_plan.py's, imported as a module, so
that yardstick and checker read the rules alike. Every plan it writes passes check_plan.py.

Resolution: hours in units of 1/10,000 h; a task's hours are rounded up and a worker's hour
limit down in the model (the JSON carries the exact hours), so a plan of the model never breaks
H3 by rounding; it may lose at most 0.0001 h per task of room. The objective is
8 × 10,000 × (w_waiting·S1 + w_handover·S2 + w_undelegated·S3), all integer for integer weights.

What it models (per family: served or waiting):
- lead: registered (H1), casework and every registered kind the family has hours of (H2), the
  family's skills (H6), municipality (H7), mandate (H10); not leaving before Friday nor away
  longer than stand_in_max_weeks (such a worker takes no families, SPEC continuity).
- duo partner (H5): registered, casework, municipality, not the lead, another organisation
  when duo_across_organisations, one a network lets see a family of the lead's organisation
  (H11). Casework split by duo_split.
- every delegable kind with hours goes whole to one worker: a supporter (not registered, lists
  the kind, available hours > 0, of the lead's organisation or a shared_support network, H11),
  else the lead when the lead lists it, else the partner (only when the lead does not list it).
  A registered kind other than casework stays with the lead.
- H3 per worker on task hours; H4 families and children as lead or partner.
- continuity: a family whose lead of record has no forcing reason (check_plan.py's reasons:
  person, case and load) is served by that lead, or, a duo whose partner cannot be found, waits
  as no-duo-partner only when every lawful partner is full (as check_plan.py judges it). A
  partner of record with no forcing reason stays with every lead they may partner. A lead or
  partner of record forced only by over-norm / over-hours may keep or lose each family, but a
  worker who loses one such family takes no family that is not theirs of record (no making
  room). Other forcing reasons free the family: it is handed over, or waits as lead-lost only
  when no lawful colleague can take it (unless --no-record-first): every lead who may lead it
  and lists its delegable kinds (and, a duo, every lawful partner pairing with such a lead) is
  full — at their norm in families or children, or without the hours for its lead share plus
  every delegable task (partner: the partner share), on the model's task hours. This "full" is
  the lenient one (a lead with room for the casework while a supporter could take the admin
  counts as full). "Full" counts only families of record (--record-first strong, the default:
  a new family never takes the place a family of record could have), or every family (weak), or
  the rule is off (off: S1 alone decides). A lead of record whose only reason is a delegable kind
  they lack keeps the family while a supporter does that kind: the family waits only when that
  lead is full or every supporter who may do the kind for them is full.
  No voluntary handover (max_voluntary_handovers > 0 is not modelled: 0).
- locks (H9): a lock whose people pass check_plan.lock_breaks_a_rule on an empty plan is kept
  (hard); otherwise the plan's `locks` says why and the family is treated as not locked.
- absences: a lead or partner with a short absence (stand-ins) keeps their families as if there:
  hours on families of record in the same role + new hours <= (available + covered absence) ×
  (1 + overload); and, unless --lenient-absence, new work only within what they really have:
  (1 − a) × record hours + new hours <= available × (1 + overload) (a: the absent share).
- stand-ins: not in the model; after solving, the absent share of each family's hours goes,
  most urgent family first, to lawful colleagues with hours left over (roomiest first), the rest
  is listed as uncovered. Stand-ins never take room from a family in the model.
- objective S1 (priority weight 4/2/1 × (1 + whole weeks waited ÷ 8)), S2 (1 per lead change, ½
  per partner change on a duo with a partner of record, served families only), S3 (delegable
  hours done by a lead or partner where some supporter with hours could do that kind for the
  lead's organisation). S4 is computed afterwards and reported, not optimised.
The solver starts from a greedy plan (families of record with their people, then the others by
waiting penalty, first fit) given as a complete hint. YARDSTICK_CPSAT="name=value;..." sets CP-SAT parameters (experiments);
YARDSTICK_DEBUG=1 reports families of record the greedy could not keep.
Simplified / left out: fewest-families-move ordering among over-norm losses (only via S2);
S4 in the objective; H9 locks that cannot hold on an empty plan are treated as not locked;
stand-in quality; proposals; waiting reasons for families without a lead of record are a
static first reason (no-worker-in-municipality, no-mandated-lead, missing-skill,
missing-task-kind) else a generic no-registered-capacity.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Scripts"))
import check_plan as cp  # noqa: E402

UNIT = 10000
PRIO_WEIGHT = {1: 4, 2: 2, 3: 1}
LOAD_REASONS = {"over-norm", "over-hours"}


def up(x):
    return int(math.ceil(x * UNIT - 1e-6))


def down(x):
    return int(math.floor(x * UNIT + 1e-6))


def weights(m, overrides=None):
    w = {"waiting": 1000.0, "handover": 50.0, "undelegated": 5.0, "balance": 1.0}
    for k, v in ((m.settings.get("weights") or {}).items()):
        if v is not None:
            w[str(k)] = float(v)
    w.update(overrides or {})
    return w


def weeks_waited(m, cid):
    since = cp.parse_date(m.cases[cid].get("waiting_since"))
    if since is None:
        return 0
    return max(0, (m.monday - since).days // 7)


def prio(m, cid):
    p = m.cases[cid].get("priority")
    p = 2 if p is None else int(p)
    return p


def s1_of(m, cid):
    return PRIO_WEIGHT.get(prio(m, cid), 1) * (1.0 + weeks_waited(m, cid) / 8.0)


class Rules:
    """Static facts derived from check_plan.Model for the model and for scoring."""

    def __init__(self, m):
        self.m = m
        self.load = cp.RecordLoad(m)
        self.workers = list(m.workers)
        self.gone = {
            w: any(k in ("absent", "leaving") for k in cp.person_reasons(m, w)) for w in self.workers
        }
        self.short = {w: m.short_absent(w) for w in self.workers}
        self._sup = {}
        self.supporters = [
            w for w in self.workers if not m.registered(w) and m.available(w) > cp.EPS
        ]

    def delegable(self, kind):
        return kind in self.m.kinds and not self.m.kinds[kind]

    def sup_exists(self, kind, lead_org):
        """S3: some supporter with hours may do `kind` for a family led from `lead_org`."""
        key = (kind, lead_org)
        if key not in self._sup:
            self._sup[key] = self._sup_exists(kind, lead_org)
        return self._sup[key]

    def _sup_exists(self, kind, lead_org):
        m = self.m
        return any(kind in m.tasks_of(s) and m.may_support(lead_org, m.org(s)) for s in self.supporters)


# ---------------------------------------------------------------------------------------------
# scoring any plan JSON with the model's terms


def score_plan(m, R, plan):
    S1 = 0.0
    served = {a["case"]: a for a in plan.get("assignments", [])}
    for e in plan.get("waiting", []):
        S1 += s1_of(m, str(e["case"]))
    S2 = 0.0
    S3 = 0.0
    for cid, a in served.items():
        rl, rp = cp.record_people(m, cid)
        lead, partner = a.get("lead"), a.get("partner")
        if rl is not None and lead != rl:
            S2 += 1.0
        if rp is not None and partner is not None and partner != rp:
            S2 += 0.5
        lead_org = m.org(lead) if lead in m.workers else None
        for t in a.get("tasks", []):
            k, w, h = str(t["kind"]), str(t["worker"]), float(t["hours"])
            if R.delegable(k) and m.registered(w) and lead_org is not None and R.sup_exists(k, lead_org):
                S3 += h
    S4 = balance(m, R, plan)
    return S1, S2, S3, S4


def balance(m, R, plan):
    planned = {}
    for a in plan.get("assignments", []):
        for t in a.get("tasks", []):
            planned[str(t["worker"])] = planned.get(str(t["worker"]), 0.0) + float(t["hours"])
    for e in plan.get("stand_ins", []) or []:
        planned[str(e["absent"])] = planned.get(str(e["absent"]), 0.0) - float(e["hours"])
        planned[str(e["stand_in"])] = planned.get(str(e["stand_in"]), 0.0) + float(e["hours"])
    for e in plan.get("uncovered", []) or []:
        planned[str(e["worker"])] = planned.get(str(e["worker"]), 0.0) - float(e["hours"])
    total = 0.0
    for pool in (True, False):
        ws = [w for w in R.workers if m.registered(w) == pool and m.available(w) > cp.EPS]
        if not ws:
            continue
        fte = {w: m.hours(w) / m.fte_hours for w in ws}
        util = {w: planned.get(w, 0.0) / m.available(w) for w in ws}
        tf = sum(fte.values())
        if tf <= 0:
            continue
        mean = sum(fte[w] * util[w] for w in ws) / tf
        total += sum(fte[w] * (util[w] - mean) ** 2 for w in ws)
    return total


# ---------------------------------------------------------------------------------------------
# the model


def build_and_solve(m, R, W, time_limit, workers, strict_absence=True, log=False, record_first="strong"):
    from ortools.sat.python import cp_model

    mdl = cp_model.CpModel()
    split = m.duo_split
    k_over = 1.0 + m.overload

    # -- per case facts
    info = {}
    for cid in m.case_order:
        c = m.cases[cid]
        d = m.demand(cid) or {}
        d = {k: h for k, h in d.items() if h > 0}
        duo = bool(c.get("duo", False))
        cw = d.get("casework", 0.0)
        reg_other = {k: h for k, h in d.items() if k != "casework" and m.kinds.get(k, False)}
        dele = {k: h for k, h in d.items() if k != "casework" and not m.kinds.get(k, False)}
        info[cid] = dict(
            d=d, duo=duo, cw=cw, reg_other=reg_other, dele=dele,
            lead_h=cw * (split if duo else 1.0) + sum(reg_other.values()),
            part_h=cw * (1.0 - split) if duo else 0.0,
            kids=m.children(cid), muni=c.get("municipality"),
        )

    # -- locks
    locked = {}
    lock_notes = {}
    for cid in m.case_order:
        c = m.cases[cid]
        if not c.get("lock") or c.get("lead") in (None, ""):
            continue
        L = str(c["lead"])
        P = None if c.get("partner") in (None, "") else str(c["partner"])
        why, _room = cp.lock_breaks_a_rule(m, cid, L, P if info[cid]["duo"] else None, {}, {}, {}, {}, [], {})
        if why is None:
            locked[cid] = (L, P if info[cid]["duo"] else None)
        else:
            lock_notes[cid] = why

    def may_lead(w, cid):
        c, f = m.cases[cid], info[cid]
        if not m.registered(w) or "casework" not in m.tasks_of(w):
            return False
        if str(c.get("framework")) not in m.mandates(w):
            return False
        if m.skills_missing(w, c.get("skills")) or not m.serves(w, f["muni"]):
            return False
        if any(k not in m.tasks_of(w) for k in f["reg_other"]):
            return False
        return True

    def may_be_partner(w, cid):
        return m.registered(w) and "casework" in m.tasks_of(w) and m.serves(w, info[cid]["muni"])

    org_of = {w: m.org(w) for w in R.workers}
    _pair = {}

    def may_partner_org(a, b):
        if (a, b) not in _pair:
            _pair[a, b] = m.may_partner(a, b)
        return _pair[a, b]

    _sup_pair = {}

    def may_support_org(a, b):
        if (a, b) not in _sup_pair:
            _sup_pair[a, b] = m.may_support(a, b)
        return _sup_pair[a, b]

    def compatible(l, q):
        if l == q:
            return False
        if m.duo_across and org_of[l] == org_of[q]:
            return False
        return may_partner_org(org_of[l], org_of[q])

    def _unused_compatible(l, q):
        if l == q:
            return False
        if m.duo_across and m.org(l) == m.org(q):
            return False
        return m.may_partner(m.org(l), m.org(q))

    cap = {}
    for w in R.workers:
        cap[w] = down(m.available(w) * k_over)

    # record facts
    rec = {cid: cp.record_people(m, cid) for cid in m.case_order}

    def own_lead_reasons(cid, L):
        if L not in m.workers:
            return {r: "not in staff" for r in cp.FORCING_REASONS}
        r = dict(R.load.person(L))
        r.update(cp.lead_case_reasons(m, cid, L, delegable=True))
        r.update(R.load.reasons(L))
        return r

    def own_partner_reasons(cid, P, L):
        if P not in m.workers:
            return {r: "not in staff" for r in cp.FORCING_REASONS}
        r = dict(R.load.person(P))
        r.update(cp.partner_case_reasons(m, cid, P, L))
        r.update(R.load.reasons(P))
        return r

    lead_kind = {}  # cid -> "none" | "keep" | "load" | "free"
    part_kind = {}
    for cid in m.case_order:
        L, P = rec[cid]
        if cid in locked:
            lead_kind[cid] = "locked"
            part_kind[cid] = "locked" if P else "none"
            continue
        if L is None:
            lead_kind[cid] = "none"
        else:
            r = own_lead_reasons(cid, L)
            lead_kind[cid] = "keep" if not r else ("load" if set(r) <= LOAD_REASONS else "free")
        if P is None:
            part_kind[cid] = "none"
        else:
            r = own_partner_reasons(cid, P, L)
            part_kind[cid] = "keep" if not r else ("load" if set(r) <= LOAD_REASONS else "free")

    # -- variables
    X = {}  # (cid, w) lead
    Pv = {}  # (cid, w) partner
    G = {}  # (cid, k, w) delegable fallback on lead w
    GP = {}  # (cid, k, w) delegable fallback on partner w
    Y = {}  # (cid, k, s) supporter
    served = {}
    leads_of_case, parts_of_case = {}, {}
    aux = []  # (var, function of a value map) to complete the hint
    undel_terms = []  # (var, units)
    by_worker_hours = {w: [] for w in R.workers}  # (var, units, record?)
    by_worker_count = {w: [] for w in R.workers}  # (var, kids, record?)
    notes = []

    for cid in m.case_order:
        f = info[cid]
        L, P = rec[cid]
        lk = lead_kind[cid]
        if lk == "locked":
            leads = [locked[cid][0]]
        else:
            leads = [w for w in R.workers if not R.gone[w] and may_lead(w, cid) and cap[w] > 0]
            if lk == "keep" and L not in leads:
                notes.append(f"lead of record {L} of {cid} has no reason to go but cannot lead it here")
                lk = lead_kind[cid] = "free"
        partners = []
        if f["duo"]:
            if part_kind[cid] == "locked":
                partners = [locked[cid][1]]
            else:
                partners = [w for w in R.workers if not R.gone[w] and may_be_partner(w, cid) and cap[w] > 0]
        sv = mdl.NewBoolVar(f"s_{cid}")
        served[cid] = sv
        leads_of_case[cid] = leads
        parts_of_case[cid] = partners
        for w in leads:
            X[cid, w] = mdl.NewBoolVar(f"x_{cid}_{w}")
        if not leads:
            mdl.Add(sv == 0)
            continue
        mdl.Add(sum(X[cid, w] for w in leads) == sv)
        if f["duo"]:
            # a partner compatible with the chosen lead
            for q in partners:
                Pv[cid, q] = mdl.NewBoolVar(f"p_{cid}_{q}")
            mdl.Add(sum(Pv[cid, q] for q in partners) == sv)
            lead_orgs = {}
            for l in leads:
                lead_orgs.setdefault(org_of[l], []).append(l)
            for q in partners:
                ok = [X[cid, l] for o, ls in lead_orgs.items()
                      if (not (m.duo_across and o == org_of[q])) and may_partner_org(o, org_of[q])
                      for l in ls if l != q]
                if not ok:
                    mdl.Add(Pv[cid, q] == 0)
                else:
                    mdl.Add(Pv[cid, q] <= sum(ok))
                if (cid, q) in X:
                    mdl.Add(Pv[cid, q] + X[cid, q] <= 1)
        # delegable kinds
        for k, h in f["dele"].items():
            opts = []
            for l in leads:
                if k in m.tasks_of(l):
                    G[cid, k, l] = v = mdl.NewBoolVar("")
                    mdl.Add(v <= X[cid, l])
                    opts.append(v)
                    if R.sup_exists(k, org_of[l]):
                        undel_terms.append((v, up(h)))
            if f["duo"]:
                leads_with = [X[cid, l] for l in leads if k in m.tasks_of(l)]
                gps = []
                for q in partners:
                    if k in m.tasks_of(q):
                        GP[cid, k, q] = v = mdl.NewBoolVar("")
                        mdl.Add(v <= Pv[cid, q])
                        if leads_with:
                            mdl.Add(v + sum(leads_with) <= 1)
                        opts.append(v)
                        gps.append(v)
                sup_orgs = [X[cid, l] for l in leads if R.sup_exists(k, org_of[l])]
                if gps and sup_orgs:
                    u = mdl.NewBoolVar("")
                    mdl.Add(u >= sum(gps) + sum(sup_orgs) - 1)
                    aux.append((u, lambda val, a=gps, b=sup_orgs: max(0, sum(map(val, a)) + sum(map(val, b)) - 1)))
                    undel_terms.append((u, up(h)))
            by_org = {}
            for l in leads:
                by_org.setdefault(org_of[l], []).append(X[cid, l])
            for s in R.supporters:
                if k not in m.tasks_of(s) or cap[s] < up(h):
                    continue
                ok = [v for o, vs in by_org.items() if may_support_org(o, org_of[s]) for v in vs]
                if not ok:
                    continue
                Y[cid, k, s] = v = mdl.NewBoolVar("")
                mdl.Add(v <= sum(ok))
                opts.append(v)
            if not opts:
                mdl.Add(sv == 0)
            else:
                mdl.Add(sum(opts) == sv)

        # continuity: lead
        if lk in ("keep", "locked"):
            Lk = locked[cid][0] if lk == "locked" else L
            if lk == "locked" or not f["duo"] or part_kind[cid] == "keep":
                mdl.Add(X[cid, Lk] == 1)
            else:
                mdl.Add(X[cid, Lk] == sv)  # may wait as no-duo-partner (constrained below)
        if part_kind[cid] == "locked":
            mdl.Add(Pv[cid, locked[cid][1]] == 1)
        elif part_kind[cid] == "keep" and (cid, P) in Pv:
            for l in leads:
                if compatible(l, P):
                    mdl.Add(Pv[cid, P] >= X[cid, l])

    # -- per worker hours and norms
    def is_record(cid, w, role):
        L, P = rec[cid]
        if cid in locked:
            return (role == "lead" and w == locked[cid][0]) or (role == "partner" and w == locked[cid][1])
        return (role == "lead" and w == L) or (role == "partner" and w == P)

    for (cid, w), v in X.items():
        by_worker_hours[w].append((v, up(info[cid]["lead_h"]), is_record(cid, w, "lead")))
        by_worker_count[w].append((v, info[cid]["kids"], is_record(cid, w, "lead")))
    for (cid, w), v in Pv.items():
        by_worker_hours[w].append((v, up(info[cid]["part_h"]), is_record(cid, w, "partner")))
        by_worker_count[w].append((v, info[cid]["kids"], is_record(cid, w, "partner")))
    for (cid, k, w), v in G.items():
        by_worker_hours[w].append((v, up(info[cid]["dele"][k]), is_record(cid, w, "lead")))
    for (cid, k, w), v in GP.items():
        by_worker_hours[w].append((v, up(info[cid]["dele"][k]), is_record(cid, w, "partner")))
    for (cid, k, w), v in Y.items():
        by_worker_hours[w].append((v, up(info[cid]["dele"][k]), False))

    hours_expr = {}
    count_expr = {}
    kids_expr = {}
    for w in R.workers:
        hs = by_worker_hours[w]
        if not hs:
            hours_expr[w] = 0
            count_expr[w] = 0
            kids_expr[w] = 0
            continue
        tot = sum(u * v for v, u, _r in hs)
        hv = mdl.NewIntVar(0, sum(u for _v, u, _r in hs), f"h_{w}")
        mdl.Add(hv == tot)
        aux.append((hv, lambda val, hs=hs: sum(u * val(v) for v, u, _r in hs)))
        hours_expr[w] = hv
        if R.short[w] and m.registered(w):
            covered = min(m.covered_absence(w), m.base(w))
            av = m.available(w)
            mdl.Add(tot <= down((av + covered) * k_over))
            if strict_absence and av + covered > cp.EPS:
                num_ = down(av)
                den = down(av + covered)
                rec_h = sum(u * v for v, u, r in hs if r)
                new_h = sum(u * v for v, u, r in hs if not r)
                # (1 - a) rec + new <= av (1 + o), with 1 - a = av / (av + covered)
                mdl.Add(rec_h * num_ + new_h * den <= down(av * k_over) * den)
        else:
            mdl.Add(tot <= cap[w])
        cs = by_worker_count[w]
        if cs:
            cv = mdl.NewIntVar(0, len(cs), f"n_{w}")
            mdl.Add(cv == sum(v for v, _k, _r in cs))
            kv = mdl.NewIntVar(0, sum(k for _v, k, _r in cs), f"k_{w}")
            mdl.Add(kv == sum(k * v for v, k, _r in cs))
            aux.append((cv, lambda val, cs=cs: sum(val(v) for v, _k, _r in cs)))
            aux.append((kv, lambda val, cs=cs: sum(k * val(v) for v, k, _r in cs)))
            count_expr[w], kids_expr[w] = cv, kv
        else:
            count_expr[w] = kids_expr[w] = 0
        if cs:
            mdl.Add(count_expr[w] <= m.max_cases(w))
            mdl.Add(kids_expr[w] <= m.max_children(w))

    # -- no making room: a worker forced by norm or hours alone who loses a family of record
    # takes no family that is not theirs of record.
    for w in R.workers:
        mine = []
        for cid in m.case_order:
            L, P = rec[cid]
            if L == w and lead_kind[cid] == "load" and (cid, w) in X:
                mine.append(X[cid, w])
            if P == w and part_kind[cid] == "load" and (cid, w) in Pv:
                mine.append(Pv[cid, w])
        if not mine:
            continue
        lost = mdl.NewBoolVar(f"lost_{w}")
        aux.append((lost, lambda val, mine=mine: int(any(val(v) == 0 for v in mine))))
        for v in mine:
            mdl.Add(lost >= 1 - v)
        new = [v for v, _k, r in by_worker_count[w] if not r]
        if new:
            mdl.Add(sum(new) <= len(new) * (1 - lost))

    # -- a duo of record whose lead must keep it waits (no-duo-partner) only when every lawful
    # partner is full (check_plan's check_partnerless, on the model's task hours).
    for cid in m.case_order:
        if lead_kind[cid] != "keep" or not info[cid]["duo"] or part_kind[cid] == "keep":
            continue
        L = rec[cid][0]
        if (cid, L) not in X:
            continue
        f = info[cid]
        need = up(f["part_h"])
        for q in R.workers:
            if q == L or not m.registered(q) or "casework" not in m.tasks_of(q):
                continue
            if not m.serves(q, f["muni"]) or not m.may_partner(m.org(L), m.org(q)):
                continue
            if m.duo_across and m.org(q) == m.org(L):
                continue
            full = []
            b1 = mdl.NewBoolVar("")
            mdl.Add(count_expr[q] >= m.max_cases(q)).OnlyEnforceIf(b1)
            aux.append((b1, lambda val, q=q: int(val(count_expr[q]) >= m.max_cases(q))))
            full.append(b1)
            b2 = mdl.NewBoolVar("")
            mdl.Add(kids_expr[q] + f["kids"] >= m.max_children(q) + 1).OnlyEnforceIf(b2)
            aux.append((b2, lambda val, q=q, kk=f["kids"]: int(val(kids_expr[q]) + kk >= m.max_children(q) + 1)))
            full.append(b2)
            b3 = mdl.NewBoolVar("")
            lim = down(m.available(q) * k_over)
            if R.short[q] and m.available(q) + m.covered_absence(q) > cp.EPS:
                av = m.available(q)
                den = down(av + min(m.covered_absence(q), m.base(q)))
                mdl.Add(hours_expr[q] * down(av) + need * den >= (lim + 1) * den).OnlyEnforceIf(b3)
                aux.append((b3, lambda val, q=q, a_=down(av), d_=den, n_=need, l_=lim:
                            int(val(hours_expr[q]) * a_ + n_ * d_ >= (l_ + 1) * d_)))
            else:
                mdl.Add(hours_expr[q] + need >= lim + 1).OnlyEnforceIf(b3)
                aux.append((b3, lambda val, q=q, n_=need, l_=lim: int(val(hours_expr[q]) + n_ >= l_ + 1)))
            full.append(b3)
            # waiting => full
            mdl.AddBoolOr(full).OnlyEnforceIf(served[cid].Not())

    # -- a family of record whose people may not keep it waits (lead-lost) only when no lawful
    # colleague can take it (SPEC §3): every possible lead is full (norm, or hours for its lead
    # share and every delegable task), or, a duo, every possible partner is full.
    full_cache = {}

    # strong: full counting only families of record (a lead of record), so that a new family
    # never takes the place a family of record could have; weak: counting every family.
    rec_h, rec_n, rec_k = {}, {}, {}
    if record_first == "strong":
        terms = {w: [] for w in R.workers}
        for (cid, w), v in X.items():
            if rec[cid][0] is not None:
                terms[w].append((v, up(info[cid]["lead_h"]), 1, info[cid]["kids"]))
        for (cid, w), v in Pv.items():
            if rec[cid][0] is not None:
                terms[w].append((v, up(info[cid]["part_h"]), 1, info[cid]["kids"]))
        for (cid, k, w), v in list(G.items()) + list(GP.items()) + list(Y.items()):
            if rec[cid][0] is not None:
                terms[w].append((v, up(info[cid]["dele"][k]), 0, 0))
        for w, ts in terms.items():
            if not ts:
                rec_h[w] = rec_n[w] = rec_k[w] = 0
                continue
            rec_h[w] = mdl.NewIntVar(0, sum(t[1] for t in ts), "")
            mdl.Add(rec_h[w] == sum(t[1] * t[0] for t in ts))
            aux.append((rec_h[w], lambda val, ts=ts: sum(t[1] * val(t[0]) for t in ts)))
            rec_n[w] = mdl.NewIntVar(0, len(ts), "")
            mdl.Add(rec_n[w] == sum(t[2] * t[0] for t in ts))
            aux.append((rec_n[w], lambda val, ts=ts: sum(t[2] * val(t[0]) for t in ts)))
            rec_k[w] = mdl.NewIntVar(0, sum(t[3] for t in ts), "")
            mdl.Add(rec_k[w] == sum(t[3] * t[0] for t in ts))
            aux.append((rec_k[w], lambda val, ts=ts: sum(t[3] * val(t[0]) for t in ts)))

    sup_cache = {}

    def supfull_lit(q, need):
        """Supporter q has no room for `need` (strong: counting tasks on families of record)."""
        if (q, need) in sup_cache:
            return sup_cache[q, need]
        e = rec_h.get(q, 0) if record_first == "strong" else hours_expr[q]
        if isinstance(e, int):
            e = mdl.NewConstant(e)
        b = mdl.NewBoolVar("")
        lim = cap[q]
        mdl.Add(e + need >= lim + 1).OnlyEnforceIf(b)
        aux.append((b, lambda val, e=e, n_=need, l_=lim: int(val(e) + n_ >= l_ + 1)))
        sup_cache[q, need] = b
        return b

    def full_lit(q, need, kids):
        key = (q, need, kids)
        if key in full_cache:
            return full_cache[key]
        if isinstance(count_expr[q], int):  # takes no family at all in the model
            full_cache[key] = None
            return None
        if record_first == "strong":
            count_e, kids_e, hours_e = rec_n[q], rec_k[q], rec_h[q]
        else:
            count_e, kids_e, hours_e = count_expr[q], kids_expr[q], hours_expr[q]
        if isinstance(count_e, int):
            count_e = mdl.NewConstant(0)
            kids_e = hours_e = count_e
        b1 = mdl.NewBoolVar("")
        mdl.Add(count_e >= m.max_cases(q)).OnlyEnforceIf(b1)
        aux.append((b1, lambda val, e=count_e, q=q: int(val(e) >= m.max_cases(q))))
        b2 = mdl.NewBoolVar("")
        mdl.Add(kids_e + kids >= m.max_children(q) + 1).OnlyEnforceIf(b2)
        aux.append((b2, lambda val, e=kids_e, q=q, kk=kids: int(val(e) + kk >= m.max_children(q) + 1)))
        b3 = mdl.NewBoolVar("")
        lim = down(m.available(q) * k_over)
        mdl.Add(hours_e + need >= lim + 1).OnlyEnforceIf(b3)
        aux.append((b3, lambda val, e=hours_e, n_=need, l_=lim: int(val(e) + n_ >= l_ + 1)))
        b = mdl.NewBoolVar("")
        mdl.AddBoolOr([b1, b2, b3]).OnlyEnforceIf(b)
        aux.append((b, lambda val, a=(b1, b2, b3): int(any(val(x) for x in a))))
        full_cache[key] = b
        return b

    loadw_ = {rec[c][0] for c in m.case_order if lead_kind[c] == "load"} | \
        {rec[c][1] for c in m.case_order if part_kind[c] == "load"}
    lost_rule = 0
    for cid in m.case_order:
        if not record_first or rec[cid][0] is None or lead_kind[cid] not in ("free", "load"):
            continue
        f = info[cid]
        # leads who could surely take it if they had room: every delegable kind within their own
        # tasks (it may fall back to them), not shedding families of their own record
        L = rec[cid][0]
        leads = [l for l in leads_of_case.get(cid, [])
                 if (all(k in m.tasks_of(l) for k in f["dele"]) or l == L) and l not in loadw_]
        if not leads:
            continue
        need_l = up(f["lead_h"]) + sum(up(h) for h in f["dele"].values())
        lit = {l: full_lit(l, need_l, f["kids"]) for l in leads if l != L or
               all(k in m.tasks_of(l) for k in f["dele"])}
        if L in leads and L not in lit:
            # the lead of record lacks a delegable kind: it keeps the family while a supporter
            # does that kind (SPEC §3, docs/rules.md), so it "cannot take it" only when it is full
            # for its own share, or every supporter who may do a missing kind for it is full.
            own = up(f["lead_h"]) + sum(up(h) for k, h in f["dele"].items() if k in m.tasks_of(L))
            opts = [full_lit(L, own, f["kids"])]
            for k, h in f["dele"].items():
                if k in m.tasks_of(L):
                    continue
                sups = [s_ for s_ in R.supporters if k in m.tasks_of(s_) and cap[s_] >= up(h)
                        and may_support_org(org_of[L], org_of[s_])]
                sl = [supfull_lit(s_, up(h)) for s_ in sups]
                if any(x is None for x in sl) or not sups:
                    opts = None  # no supporter in the model for it: no rule for this lead
                    break
                allfull = mdl.NewBoolVar("")
                for x in sl:
                    mdl.AddImplication(allfull, x)
                aux.append((allfull, lambda val, xs=sl: int(all(val(x) for x in xs))))
                opts.append(allfull)
            if opts is not None and all(x is not None for x in opts):
                anyfull = mdl.NewBoolVar("")
                mdl.AddBoolOr(opts).OnlyEnforceIf(anyfull)
                aux.append((anyfull, lambda val, xs=opts: int(any(val(x) for x in xs))))
                lit[L] = anyfull
            else:
                lit[L] = None
                leads.remove(L)
        if not f["duo"]:
            for l in leads:
                if lit[l] is not None:
                    mdl.AddImplication(served[cid].Not(), lit[l])
            lost_rule += 1
            continue
        P = rec[cid][1]
        parts = [q for q in parts_of_case.get(cid, []) if q not in loadw_]
        plit = {q: full_lit(q, up(f["part_h"]), f["kids"]) for q in parts}
        for l in leads:
            if part_kind[cid] == "keep" and P in plit and compatible(l, P):
                usable = [P]
            else:
                usable = [q for q in parts if compatible(l, q)]
            for q in usable:
                clause = [x for x in (lit[l], plit[q]) if x is not None]
                if len(clause) < 2:
                    continue  # one of them takes no family in the model: not a lawful pair
                mdl.AddBoolOr(clause).OnlyEnforceIf(served[cid].Not())
        lost_rule += 1

    # -- a greedy first plan as the solver's hint: families of record with their people first,
    # then the others by their waiting penalty, first fit (roomiest lead first).
    leads_of, parts_of, sups_of = {c: [] for c in m.case_order}, {c: [] for c in m.case_order}, {}
    for (c, w) in X:
        leads_of[c].append(w)
    for (c, w) in Pv:
        parts_of[c].append(w)
    for (c, k, s_) in Y:
        sups_of.setdefault((c, k), []).append(s_)
    loadw = {rec[c][0] for c in m.case_order if lead_kind[c] == "load"} | \
        {rec[c][1] for c in m.case_order if part_kind[c] == "load"}
    used_h = {w: 0 for w in R.workers}
    used_c = {w: 0 for w in R.workers}
    used_k = {w: 0 for w in R.workers}
    hint = {}

    def fits(w, h, kids, count=True):
        if used_h[w] + h > cap[w]:
            return False
        if count and (used_c[w] + 1 > m.max_cases(w) or used_k[w] + kids > m.max_children(w)):
            return False
        return True

    pressure = {w: 0 for w in R.workers}
    for (c2, w) in X:
        pressure[w] += 1
    for (c2, w) in Pv:
        pressure[w] += 1

    def try_serve(cid):
        f = info[cid]
        L, P = rec[cid]
        leads = list(leads_of[cid])
        leads.sort(key=lambda w: (w != L, pressure[w] / max(1, m.max_cases(w)), -(cap[w] - used_h[w])))
        parts = list(parts_of[cid])
        parts.sort(key=lambda w: (w != P, pressure[w] / max(1, m.max_cases(w)), -(cap[w] - used_h[w])))
        leads = [w for w in leads if w not in loadw or (w == L and lead_kind[cid] in ("load", "locked"))]
        parts = [w for w in parts if w not in loadw or (w == P and part_kind[cid] in ("load", "locked"))]
        for l in leads:
            extra = {}  # worker -> hours
            extra[l] = up(f["lead_h"])
            q = None
            if f["duo"]:
                for c in parts:
                    if compatible(l, c) and fits(c, up(f["part_h"]), f["kids"]):
                        q = c
                        break
                if q is None:
                    continue
                if part_kind[cid] == "keep" and P in parts and compatible(l, P) and q != P:
                    continue
                extra[q] = extra.get(q, 0) + up(f["part_h"])
            choice = {}
            ok = True
            # kinds the lead cannot do first, so that a supporter's last room goes to them
            for k, h in sorted(f["dele"].items(), key=lambda kh: (kh[0] in m.tasks_of(l), kh[0])):
                hu_ = up(h)
                sups = [s for s in sups_of.get((cid, k), ())
                        if m.may_support(m.org(l), m.org(s)) and used_h[s] + extra.get(s, 0) + hu_ <= cap[s]]
                if sups:
                    s = max(sups, key=lambda s: cap[s] - used_h[s])
                    choice[k] = ("y", s)
                elif (cid, k, l) in G:
                    choice[k] = ("g", l)
                elif q is not None and (cid, k, q) in GP:
                    choice[k] = ("gp", q)
                else:
                    ok = False
                    break
                w = choice[k][1]
                extra[w] = extra.get(w, 0) + hu_
            if not ok:
                continue
            if not fits(l, extra[l], f["kids"]):
                continue
            if q is not None and not fits(q, extra[q], f["kids"]):
                continue
            if any(used_h[w] + h > cap[w] for w, h in extra.items()):
                continue
            for w, h in extra.items():
                used_h[w] += h
            for w in (l, q):
                if w is not None:
                    used_c[w] += 1
                    used_k[w] += f["kids"]
            hint[X[cid, l]] = 1
            if q is not None:
                hint[Pv[cid, q]] = 1
            for k, (how, w) in choice.items():
                hint[{"y": Y, "g": G, "gp": GP}[how][cid, k, w]] = 1
            hint[served[cid]] = 1
            return True
        return False

    order = sorted(m.case_order, key=lambda c: (
        0 if lead_kind[c] == "locked" else 1 if lead_kind[c] == "keep" else 2 if rec[c][0] else 3,
        -PRIO_WEIGHT.get(prio(m, c), 1) * (8 + weeks_waited(m, c)), c))
    for cid in order:
        ok = try_serve(cid)
        if os.environ.get("YARDSTICK_DEBUG"):
            L = locked[cid][0] if cid in locked else rec[cid][0]
            if lead_kind[cid] in ("keep", "locked") and (not ok or hint.get(X.get((cid, L))) != 1):
                print(f"greedy: {cid} ({lead_kind[cid]}) not kept with {L}: served={ok}", file=sys.stderr)
    for v in list(X.values()) + list(Pv.values()) + list(G.values()) + list(GP.values()) + \
            list(Y.values()) + list(served.values()):
        mdl.AddHint(v, hint.get(v, 0))
    hv_ = {}

    def val(v):
        if isinstance(v, int):
            return v
        i = v.Index()
        return hv_[i] if i in hv_ else hint.get(v, 0)

    for v, fn in aux:  # in creation order: sums before what reads them
        hv_[v.Index()] = fn(val)
        mdl.AddHint(v, hv_[v.Index()])

    # -- objective
    SC = 8 * UNIT
    obj = []
    for cid in m.case_order:
        coef = round(W["waiting"] * PRIO_WEIGHT.get(prio(m, cid), 1) * (8 + weeks_waited(m, cid)) * UNIT)
        obj.append(coef * (1 - served[cid]))
        L, P = rec[cid]
        if L is not None:
            keep = X.get((cid, L))
            hl = round(W["handover"] * SC)
            obj.append(hl * (served[cid] - keep) if keep is not None else hl * served[cid])
        if P is not None and info[cid]["duo"]:
            keep = Pv.get((cid, P))
            hp = round(W["handover"] * SC / 2)
            obj.append(hp * (served[cid] - keep) if keep is not None else hp * served[cid])
    wu = W["undelegated"] * 8
    for v, u in undel_terms:
        obj.append(round(wu * u) * v)
    mdl.Minimize(sum(obj))

    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = float(time_limit)
    solver.parameters.num_search_workers = int(workers)
    solver.parameters.log_search_progress = bool(log)
    for kv in filter(None, os.environ.get("YARDSTICK_CPSAT", "").split(";")):
        k_, v_ = kv.split("=")
        setattr(solver.parameters, k_.strip(), type(getattr(solver.parameters, k_.strip()))(eval(v_)))
    t0 = time.time()
    st = solver.Solve(mdl)
    secs = time.time() - t0
    status = solver.StatusName(st)
    sol = None
    if st in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        val = solver.Value
        sol = dict(
            served={cid: val(v) == 1 for cid, v in served.items()},
            lead={cid: w for (cid, w), v in X.items() if val(v)},
            partner={cid: w for (cid, w), v in Pv.items() if val(v)},
            fb={(cid, k): w for (cid, k, w), v in list(G.items()) + list(GP.items()) if val(v)},
            sup={(cid, k): s for (cid, k, s), v in Y.items() if val(v)},
            objective=solver.ObjectiveValue() / SC,
        )
    bound = solver.BestObjectiveBound() / SC
    extra = dict(info=info, locked=locked, lock_notes=lock_notes, lead_kind=lead_kind,
                 part_kind=part_kind, rec=rec, notes=notes, stats=(len(X), len(Pv), len(G) + len(GP), len(Y)))
    return status, sol, bound, secs, extra


# ---------------------------------------------------------------------------------------------
# the plan JSON


def static_reason(m, R, cid):
    c = m.cases[cid]
    regs = [w for w in R.workers if m.registered(w) and "casework" in m.tasks_of(w)
            and m.serves(w, c.get("municipality")) and not R.gone[w]]
    if not regs:
        return "no-worker-in-municipality"
    regs = [w for w in regs if str(c.get("framework")) in m.mandates(w)]
    if not regs:
        return "no-mandated-lead"
    regs = [w for w in regs if not m.skills_missing(w, c.get("skills"))]
    if not regs:
        return "missing-skill"
    d = m.demand(cid) or {}
    regs = [w for w in regs if all(k in m.tasks_of(w) for k, h in d.items()
                                   if h > 0 and k != "casework" and m.kinds.get(k, False))]
    if not regs:
        return "missing-task-kind"
    return "no-registered-capacity"


def pick(reasons):
    for r in cp.FORCING_REASONS:
        if r in reasons:
            return r
    return None


def write_plan(m, R, W, sol, extra, seconds, status, bound):
    info, rec = extra["info"], extra["rec"]
    split = m.duo_split
    assignments, waiting, handovers = [], [], []
    planned = {w: 0.0 for w in R.workers}
    cases_of = {w: 0 for w in R.workers}
    kids_of = {w: 0 for w in R.workers}
    hours_on = {}  # (cid, w) -> hours
    for cid in m.case_order:
        f = info[cid]
        if not sol["served"][cid]:
            L, P = rec[cid]
            if L is not None:
                reason = "no-duo-partner" if extra["lead_kind"][cid] == "keep" else "lead-lost"
            else:
                reason = static_reason(m, R, cid)
            waiting.append(dict(case=cid, priority=prio(m, cid), weeks_waiting=weeks_waited(m, cid),
                                reason=reason, detail="exact model: not served in the optimal/best plan found"))
            continue
        lead = sol["lead"][cid]
        partner = sol["partner"].get(cid)
        tasks = []
        if f["cw"] > 0:
            if f["duo"]:
                tasks.append(dict(kind="casework", worker=lead, hours=f["cw"] * split))
                tasks.append(dict(kind="casework", worker=partner, hours=f["cw"] * (1 - split)))
            else:
                tasks.append(dict(kind="casework", worker=lead, hours=f["cw"]))
        for k, h in f["reg_other"].items():
            tasks.append(dict(kind=k, worker=lead, hours=h))
        for k, h in f["dele"].items():
            w = sol["sup"].get((cid, k)) or sol["fb"].get((cid, k))
            tasks.append(dict(kind=k, worker=w, hours=h))
        for t in tasks:
            planned[t["worker"]] += t["hours"]
            hours_on[cid, t["worker"]] = hours_on.get((cid, t["worker"]), 0.0) + t["hours"]
        a = dict(case=cid, lead=lead, tasks=tasks)
        if partner:
            a["partner"] = partner
        assignments.append(a)
        for w in (lead, partner):
            if w:
                cases_of[w] += 1
                kids_of[w] += f["kids"]
        L, P = rec[cid]
        lead_changed = L is not None and lead != L
        if lead_changed:
            rs = cp.change_reasons(m, R.load, cid, "lead", L)
            handovers.append(dict(case=cid, role="lead", **{"from": L}, to=lead, reason=pick(rs) or "allowed"))
        if P is not None and partner is not None and partner != P:
            rs = cp.change_reasons(m, R.load, cid, "partner", P, new_lead=lead, lead_changed=lead_changed)
            handovers.append(dict(case=cid, role="partner", **{"from": P}, to=partner, reason=pick(rs) or "allowed"))
    waiting.sort(key=lambda e: (e["priority"], -e["weeks_waiting"], e["case"]))

    # stand-ins, after the fact: the absent share of each family's hours of a short-absent lead
    # or partner goes to colleagues with hours left over, most urgent families first.
    k_over = 1.0 + m.overload
    eff = dict(planned)
    for w in R.workers:
        if R.short[w] and m.registered(w):
            eff[w] = planned[w] * (1.0 - m.absent_share(w))
    room = {w: m.available(w) * k_over - eff[w] - 0.0005 for w in R.workers}
    stand_ins, uncovered = [], []
    order = sorted(assignments, key=lambda a: (prio(m, a["case"]), a["case"]))
    for a in order:
        cid = a["case"]
        c = m.cases[cid]
        for role in ("lead", "partner"):
            w = a.get(role)
            if not w or not R.short[w]:
                continue
            owed = round(m.absent_share(w) * hours_on.get((cid, w), 0.0), 4)
            if owed <= 0.0:
                continue
            cands = [s for s in R.workers
                     if s != w and m.registered(s) and "casework" in m.tasks_of(s) and not R.gone[s]
                     and not R.short[s] and m.serves(s, c.get("municipality"))
                     and m.may_partner(m.org(w), m.org(s))
                     and (role != "lead" or (str(c.get("framework")) in m.mandates(s)
                                             and not m.skills_missing(s, c.get("skills"))))
                     and room[s] > 0.001]
            cands.sort(key=lambda s: (-room[s], s))
            for s in cands:
                if owed <= 0.0:
                    break
                h = round(min(owed, math.floor(room[s] * 10000) / 10000), 4)
                if h <= 0:
                    continue
                stand_ins.append(dict(case=cid, absent=w, stand_in=s, hours=h))
                room[s] -= h
                eff[s] += h
                owed = round(owed - h, 4)
            if owed > 0:
                uncovered.append(dict(case=cid, worker=w, hours=owed))

    workers = []
    for w in R.workers:
        av = m.available(w)
        workers.append(dict(id=w, organisation=m.org(w), registered=m.registered(w),
                            available_hours=round(av, 6), planned_hours=round(planned[w], 6),
                            utilisation=(planned[w] / av if av > 0 else None),
                            cases=cases_of[w], max_cases=m.max_cases(w),
                            children=kids_of[w], max_children=m.max_children(w)))
    locks = []
    for cid in m.case_order:
        c = m.cases[cid]
        if not c.get("lock") or c.get("lead") in (None, ""):
            continue
        if cid in extra["locked"]:
            locks.append(dict(case=cid, kept=True))
        else:
            a = next((x for x in assignments if x["case"] == cid), None)
            kept = a is not None and a["lead"] == str(c["lead"]) and (
                not c.get("partner") or a.get("partner") == str(c["partner"]))
            e = dict(case=cid, kept=kept)
            if not kept:
                e["reason"] = extra["lock_notes"][cid]
            locks.append(e)
    plan = dict(week=m.week, assignments=assignments, waiting=waiting, workers=workers,
                handovers=handovers, proposals=[], stand_ins=stand_ins, uncovered=uncovered,
                locks=locks)
    S1, S2, S3, S4 = score_plan(m, R, plan)
    lead_h = sum(1 for h in handovers if h["role"] == "lead")
    plan["score"] = dict(hard=0, waiting=len(waiting), handovers=len(handovers), lead_handovers=lead_h,
                         partner_handovers=len(handovers) - lead_h, waiting_penalty=S1,
                         undelegated_hours=round(S3, 6), balance=S4,
                         soft=W["waiting"] * S1 + W["handover"] * S2 + W["undelegated"] * S3 + W["balance"] * S4)
    plan["solver"] = dict(name="exact-model (CP-SAT)", seconds=round(seconds, 3), status=status,
                          bound_s1_s3=bound, objective_s1_s3=sol["objective"])
    return plan, (S1, S2, S3, S4)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("scenario")
    ap.add_argument("--time-limit", type=float, default=10.0)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--week")
    ap.add_argument("--output")
    ap.add_argument("--lenient-absence", action="store_true")
    ap.add_argument("--record-first", choices=("strong", "weak", "off"), default="strong",
                    help="when a lead-lost family may wait: strong (default) only when every lawful "
                         "colleague is full with families of record alone; weak: full in the finished "
                         "plan; off: whenever S1 says so")
    ap.add_argument("--score", metavar="PLAN.json", help="score this plan with the model's terms")
    ap.add_argument("--log", action="store_true")
    a = ap.parse_args()
    t0 = time.time()
    sc = cp.load_yaml(a.scenario)
    m = cp.Model(sc, a.week)
    R = Rules(m)
    W = weights(m)
    if a.score:
        with open(a.score, encoding="utf-8-sig") as f:
            plan = json.load(f)
        S1, S2, S3, S4 = score_plan(m, R, plan)
        n = len(plan.get("waiting", []))
        s1, s2, s3 = W["waiting"] * S1, W["handover"] * S2, W["undelegated"] * S3
        print(f"score,{n},{s1:.4f},{s2:.4f},{s3:.4f},{s1 + s2 + s3:.4f},{S1:.4f},{S2:.4f},{S3:.4f},{S4:.4f}")
        return 0
    try:
        import ortools  # noqa: F401
    except ImportError:
        import subprocess
        subprocess.check_call([sys.executable, "-m", "pip", "install", "-q", "ortools"])
    status, sol, bound, secs, extra = build_and_solve(
        m, R, W, a.time_limit, a.workers, strict_absence=not a.lenient_absence, log=a.log,
        record_first=None if a.record_first == "off" else a.record_first)
    for n in extra["notes"]:
        print(f"note: {n}", file=sys.stderr)
    total = time.time() - t0
    if sol is None:
        print(f"model,,,,,,{bound:.4f},{status},{total:.2f}")
        return 1
    plan, (S1, S2, S3, S4) = write_plan(m, R, W, sol, extra, secs, status, bound)
    if a.output:
        with open(a.output, "w") as f:
            json.dump(plan, f, indent=1)
    s1, s2, s3 = W["waiting"] * S1, W["handover"] * S2, W["undelegated"] * S3
    if abs((s1 + s2 + s3) - sol["objective"]) > 0.01 + 1e-3 * abs(sol["objective"]) * 0:
        print(f"note: plan scores {s1 + s2 + s3:.4f}, model objective {sol['objective']:.4f} "
              f"(rounding of hours to 1/{UNIT} h)", file=sys.stderr)
    print(f"model,{len(plan['waiting'])},{s1:.4f},{s2:.4f},{s3:.4f},{s1 + s2 + s3:.4f},{bound:.4f},{status},{total:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
