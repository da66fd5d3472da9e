#!/usr/bin/env python3
"""Independent checker for Caseload plans (SPEC §3 rules H1–H11, §4 scenario, §5 plan JSON).

Usage: check_plan.py SCENARIO.yaml PLAN.json [--week 2026-W48]

Written from SPEC.md alone, without reading the Swift planner: every hour and norm is recomputed
from the scenario. Prints `ok: N served, M waiting, K workers checked` and exits 0 when every rule
holds; otherwise prints one line per violation (`H3 worker jb-01: planned 30.5 h > available
28.8 h`) and exits 1. Exit 2: the files cannot be read or parsed at all.

Interpretations (where the SPEC leaves room, the checker takes the planner-friendly reading
and says so here):
- casework is always a registered kind; `task_kinds` may declare more kinds and flip the
  `registered` flag of the other built-in kinds.
- A case's `hours` (when given) replaces the case type's hours as a whole; with neither the
  hours sum check is skipped and counted in a `skipped-demand` line (not a violation).
- A worker whose `started` lies after the Monday gets the first ramp-up factor (the planner may
  be more conservative and give 0: the plan's `available_hours` may be lower, never higher).
- An absence without `to` is one day long; a case without `children` counts 1 child.
- Casework is done by the lead and the partner only; in a duo case with casework both do some,
  split by settings.duo_split (default 0.5) for the lead.
- H9 "or the plan says why not": a lock the plan did not keep needs a `locks` entry with
  kept=false and a reason, and keeping it must really break a hard rule in this plan: the
  locked lead (or a duo's locked partner) may not take the case, or has no room for it in the
  finished plan with the case taken out (lock_breaks_a_rule). The Swift PlanChecker applies the
  same rule.
- H11: a partner of another organisation than the lead's needs a network (top-level
  `networks:`) that holds both organisations; without `networks:` no family crosses a border.
  Supporters are the workers of a served case's task entries who are neither its lead nor its
  partner (any task kind: a third person who sees the family); each needs the lead's
  organisation, or a network with `shared_support: true` that holds both organisations. A
  case without a known lead is not checked for H11 (H8 reports it).
"""
from __future__ import annotations

import calendar
import datetime as dt
import json
import math
import re
import sys

try:
    import yaml
except ImportError:  # pragma: no cover
    yaml = None

EPS = 1e-6
BUILTIN_KINDS = {"casework": True, "admin": False, "legal": False, "placement": False}
DEFAULT_RAMP = [{"months": 3, "factor": 0.5}, {"months": 6, "factor": 0.75}]


# ---------------------------------------------------------------------------------------------
# small helpers


class InputError(Exception):
    pass


def parse_date(value):
    """A YAML date, datetime or string (2026-11-23 or 23-11-2026); None when absent."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s = str(value).strip()
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?", s)
    if m:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.fullmatch(r"(\d{1,2})-(\d{1,2})-(\d{4})", s)
    if m:
        return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    raise InputError(f"not a date: {value!r}")


def week_monday(week):
    m = re.fullmatch(r"\s*(\d{4})-?[Ww](\d{1,2})(?:-?[1-7])?\s*", str(week))
    if not m:
        raise InputError(f"not an ISO week: {week!r} (expected like 2026-W48)")
    return dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)


def norm_week(week):
    m = re.fullmatch(r"\s*(\d{4})-?[Ww](\d{1,2})(?:-?[1-7])?\s*", str(week))
    return f"{int(m.group(1)):04d}-W{int(m.group(2)):02d}" if m else str(week)


def add_months(d, months):
    """Calendar months, the day clamped to the target month's length."""
    total = d.month - 1 + int(months)
    year = d.year + total // 12
    month = total % 12 + 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def num(value):
    """A finite number or None."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        x = float(value)
    except (TypeError, ValueError):
        return None
    return x if math.isfinite(x) else None


def fmt(x):
    if x is None:
        return "?"
    if isinstance(x, float):
        s = f"{x:.4f}".rstrip("0").rstrip(".")
        return "0" if s in ("-0", "") else s
    return str(x)


def setting(settings, key, default):
    v = settings.get(key)
    return default if v is None else v


def as_list(v):
    if v is None:
        return []
    if isinstance(v, (list, tuple)):
        return list(v)
    return [v]


# ---------------------------------------------------------------------------------------------
# the scenario, recomputed


# H10: what each kind of organisation may lead unless it declares its mandates.
KIND_MANDATES = {
    "gi": ("ots", "provisional-ots", "guardianship", "youth-probation"),
    "veilig-thuis": ("vt-investigation",),
    "raad": ("rvdk-investigation",),
    "local-team": ("voluntary",),
    "other": (),
}


class Model:
    def __init__(self, scenario, week=None):
        if not isinstance(scenario, dict):
            raise InputError("scenario is not a mapping")
        self.sc = scenario
        self.week = norm_week(week if week is not None else scenario.get("week"))
        if scenario.get("week") is None and week is None:
            raise InputError("scenario has no week")
        self.monday = week_monday(self.week)
        self.settings = scenario.get("settings") or {}
        s = self.settings
        self.fte_hours = float(setting(s, "fte_hours", 36))
        self.casework_share = float(setting(s, "casework_share", 0.8))
        self.cases_per_fte = float(setting(s, "max_cases_per_fte", 9))
        self.children_per_fte = float(setting(s, "max_children_per_fte", 12))
        self.overload = float(setting(s, "overload_allowed", 0.0))
        self.duo_across = bool(setting(s, "duo_across_organisations", True))
        self.duo_split = float(setting(s, "duo_split", 0.5))
        ramp = s.get("ramp_up")
        ramp = DEFAULT_RAMP if ramp is None else ramp
        self.ramp = sorted(
            ((int(r["months"]), float(r["factor"])) for r in ramp), key=lambda r: r[0]
        )

        self.kinds = dict(BUILTIN_KINDS)
        for tk in as_list(scenario.get("task_kinds")):
            kid = str(tk["id"])
            self.kinds[kid] = bool(tk.get("registered", False))
        self.kinds["casework"] = True

        # H10: the frameworks each organisation may lead, declared or by its kind (SPEC §3).
        self.org_mandates = {}
        for o in as_list(scenario.get("organisations") or scenario.get("organizations")):
            declared = o.get("mandates")
            kind = str(o.get("kind", "other"))
            self.org_mandates[str(o["id"])] = (
                {str(f) for f in declared} if declared is not None else set(KIND_MANDATES.get(kind, ()))
            )

        # H11: the networks that give a legal basis to share a family across organisations.
        self.networks = []  # (id, set of organisation ids, shared_support)
        for n in as_list(scenario.get("networks")):
            self.networks.append(
                (str(n.get("id")), {str(o) for o in as_list(n.get("organisations"))},
                 bool(n.get("shared_support", False)))
            )

        self.workers = {}
        for w in as_list(scenario.get("staff")):
            self.workers[str(w["id"])] = w
        self.cases = {}
        self.case_order = []
        for c in as_list(scenario.get("cases")):
            cid = str(c["id"])
            self.cases[cid] = c
            self.case_order.append(cid)
        self.case_types = scenario.get("case_types") or {}

        self._avail = {}
        self._reg = {}
        self._tasks = {}
        self._munis = {}

    # -- workers

    def registered(self, wid):
        if wid not in self._reg:
            until = parse_date(self.workers[wid].get("registered_until"))
            self._reg[wid] = until is not None and until >= self.monday
        return self._reg[wid]

    def registration_text(self, wid):
        until = self.workers[wid].get("registered_until")
        return "no registration" if until is None else f"registered until {parse_date(until)}"

    def hours(self, wid):
        return num(self.workers[wid].get("hours")) or 0.0

    def ramp_factor(self, wid):
        started = parse_date(self.workers[wid].get("started"))
        if started is None or not self.ramp:
            return 1.0
        if started > self.monday:
            return self.ramp[0][1]
        for months, factor in self.ramp:
            if self.monday < add_months(started, months):
                return factor
        return 1.0

    def available(self, wid):
        if wid in self._avail:
            return self._avail[wid]
        w = self.workers[wid]
        share = num(w.get("casework_share"))
        share = self.casework_share if share is None else share
        base = self.hours(wid) * share * self.ramp_factor(wid)
        sunday = self.monday + dt.timedelta(days=6)
        lost = 0.0
        for a in as_list(w.get("absences")):
            start = parse_date(a.get("from"))
            end = parse_date(a.get("to")) or start
            if start is None or start > sunday or end < self.monday:
                continue
            h = num(a.get("hours"))
            if a.get("hours") is not None and h is not None:
                lost += h
            else:
                days = sum(
                    1 for i in range(5) if start <= self.monday + dt.timedelta(days=i) <= end
                )
                lost += base * days / 5.0
        self._avail[wid] = max(0.0, base - lost)
        return self._avail[wid]

    def _norm(self, wid, key, per_fte):
        override = self.workers[wid].get(key)
        if override is not None:
            return int(override)
        h = self.hours(wid)
        if h <= 0:
            return 0
        return max(1, math.floor(per_fte * h / self.fte_hours + 1e-9))

    def max_cases(self, wid):
        return self._norm(wid, "max_cases", self.cases_per_fte)

    def max_children(self, wid):
        return self._norm(wid, "max_children", self.children_per_fte)

    def tasks_of(self, wid):
        if wid not in self._tasks:
            self._tasks[wid] = [str(t) for t in as_list(self.workers[wid].get("tasks"))]
        return self._tasks[wid]

    def mandates(self, wid):
        """The frameworks worker `wid` may lead (H10): their own, else their organisation's."""
        own = self.workers[wid].get("mandates")
        if own is not None:
            return {str(f) for f in own}
        return self.org_mandates.get(str(self.workers[wid].get("organisation")), set())

    def org(self, wid):
        return str(self.workers[wid].get("organisation"))

    def may_partner(self, lead_org, partner_org):
        """H11: a partner of `partner_org` may see a family led from `lead_org`."""
        return lead_org == partner_org or any(
            lead_org in orgs and partner_org in orgs for _nid, orgs, _shared in self.networks
        )

    def may_support(self, lead_org, supporter_org):
        """H11: a supporter of `supporter_org` may work for a family led from `lead_org`."""
        return lead_org == supporter_org or any(
            shared and lead_org in orgs and supporter_org in orgs
            for _nid, orgs, shared in self.networks
        )

    def serves(self, wid, municipality):
        if wid not in self._munis:
            ms = self.workers[wid].get("municipalities")
            self._munis[wid] = None if ms is None else {str(m) for m in as_list(ms)}
        ms = self._munis[wid]
        return ms is None or municipality is None or str(municipality) in ms

    def skills_missing(self, wid, needed):
        have = {str(s) for s in as_list(self.workers[wid].get("skills"))}
        return [str(s) for s in as_list(needed) if str(s) not in have]

    # -- cases

    def demand(self, cid):
        c = self.cases[cid]
        hours = c.get("hours")
        if hours is None:
            ft = self.case_types.get(c.get("framework")) or {}
            phase = ft.get(c.get("phase")) if isinstance(ft, dict) else None
            hours = phase.get("hours") if isinstance(phase, dict) else None
        if not isinstance(hours, dict):
            return None
        return {str(k): (num(v) or 0.0) for k, v in hours.items()}

    def children(self, cid):
        ch = num(self.cases[cid].get("children"))
        return 1 if ch is None else int(ch)


# ---------------------------------------------------------------------------------------------
# H9: when breaking a lock is allowed


def lock_breaks_a_rule(m, cid, lead, partner, planned, cases_of, children_of, case_hours, case_people,
                      reported):
    """Whether keeping the lock of case `cid` (lead, optional partner) would break a hard rule in
    this plan. Returns (why, None) when it would, (None, room) when the locked people could take
    the case, `room` saying how.

    (a) the lead is no worker, is not registered on the Monday (H1), lacks task casework (H2),
        lacks a skill the case requires (H6), does not serve its municipality (H7) or has no
        mandate for its framework (H10);
    (b) a duo's locked partner is no worker, is the lead, is not registered, is of the lead's
        organisation while duo_across_organisations is true, does not serve the municipality, or
        may not see the family (H11: another organisation than the lead's, and no network holds
        both);
    (c) room, in the finished plan with this case taken out (its current people's hours, case
        and children counts removed): the lead needs cases + 1 <= max_cases, children + the
        case's children <= max_children, and planned hours + its casework (casework x duo_split
        for a duo, the whole casework otherwise) + every delegable task no other worker could
        take <= available x (1 + overload_allowed). A registered kind other than casework
        stays with the lead, as casework does. A delegable (not registered) task could be
        taken when a supporter (a worker not registered on the Monday) who lists the kind has
        room for its hours in that same plan; else the lead takes it, or where the lead may not
        do it the locked partner who may; one that none of them may take breaks the lock too.
        A duo's locked partner: the same counts, and hours for casework x (1 - duo_split) plus
        the tasks that fall back to them; a duo locked without a partner needs some worker who
        may be its partner (registered, casework, not the lead, another organisation where
        duos cross organisations, one that may see the family (H11), serving the municipality)
        with that room. A supporter counts only where H11 lets them work for the lead's
        organisation (the lead's own, or one sharing a network with shared_support).
    This is the same rule as the Swift PlanChecker's (PlanChecker+Locks.swift).
    Available hours, max_cases and max_children are the recomputed ones or, where the plan's
    `workers` entry reports less (allowed: H3 and H4 check it never reports more), the plan's:
    a planner may give a worker who starts after the Monday 0 hours.
    """
    case = m.cases[cid]
    duo = bool(case.get("duo", False))
    muni = case.get("municipality")
    if lead not in m.workers:
        return f"lead {lead} is no worker", None
    if not m.registered(lead):
        return f"lead {lead} is not registered (H1)", None
    if "casework" not in m.tasks_of(lead):
        return f"lead {lead} does no casework (H2)", None
    if m.skills_missing(lead, case.get("skills")):
        return f"lead {lead} lacks {', '.join(m.skills_missing(lead, case.get('skills')))} (H6)", None
    if not m.serves(lead, muni):
        return f"lead {lead} does not serve {muni} (H7)", None
    if str(case.get("framework")) not in m.mandates(lead):
        return f"lead {lead} has no mandate for {case.get('framework')} (H10)", None
    if duo and partner is not None:
        if partner not in m.workers:
            return f"partner {partner} is no worker", None
        if partner == lead:
            return f"partner {partner} is the lead", None
        if not m.registered(partner):
            return f"partner {partner} is not registered", None
        if m.duo_across and str(m.workers[partner].get("organisation")) == str(
            m.workers[lead].get("organisation")
        ):
            return f"partner {partner} is of the lead's organisation", None
        if not m.serves(partner, muni):
            return f"partner {partner} does not serve {muni}", None
        if not m.may_partner(m.org(lead), m.org(partner)):
            return (
                f"partner {partner} (org {m.org(partner)}) may not see a family led from org "
                f"{m.org(lead)} (H11)"
            ), None

    # the finished plan with this case taken out
    def planned_without(w):
        return planned.get(w, 0.0) - case_hours.get(w, 0.0)

    def count_without(counts, w, own):
        return counts.get(w, 0) - (own if w in case_people else 0)

    def own(w, key, recomputed):
        mine = num((reported.get(w) or {}).get(key))
        return recomputed if mine is None else min(recomputed, mine)

    def limit(w):
        return own(w, "available_hours", m.available(w)) * (1.0 + m.overload)

    def max_cases(w):
        return own(w, "max_cases", m.max_cases(w))

    def max_children(w):
        return own(w, "max_children", m.max_children(w))

    demand = m.demand(cid) or {}
    casework = demand.get("casework", 0.0)
    children = m.children(cid)
    room = []

    def fits(w, hours, role):
        n = count_without(cases_of, w, 1)
        ch = count_without(children_of, w, children)
        p = planned_without(w)
        if n + 1 > max_cases(w):
            return f"{role} {w} has {n} cases, max_cases {fmt(max_cases(w))}"
        if ch + children > max_children(w):
            return f"{role} {w} has {ch} + {children} children > max_children {fmt(max_children(w))}"
        if p + hours > limit(w) + EPS:
            return f"{role} {w}: {fmt(p)} + {fmt(hours)} h > {fmt(limit(w))} h"
        room.append(
            f"{w}: {n} + 1 of {fmt(max_cases(w))} cases, {ch} + {children} of {fmt(max_children(w))} "
            f"children, {fmt(p)} + {fmt(hours)} of {fmt(limit(w))} h"
        )
        return None

    lead_org = m.org(lead)
    lead_hours = casework * (m.duo_split if duo else 1.0)
    partner_hours = casework * (1.0 - m.duo_split) if duo else 0.0
    for kind, h in sorted(demand.items()):
        if kind == "casework" or h <= 0:
            continue
        registered = m.kinds.get(kind, False)
        if not registered and any(
            not m.registered(w) and kind in m.tasks_of(w) and m.may_support(lead_org, m.org(w))
            and planned_without(w) + h <= limit(w) + EPS
            for w in m.workers
        ):
            continue
        if kind in m.tasks_of(lead):
            lead_hours += h
        elif not registered and duo and partner is not None and kind in m.tasks_of(partner):
            partner_hours += h
        else:
            return f"no supporter has room for {kind} ({fmt(h)} h) and lead {lead} may not do it", None
    why = fits(lead, lead_hours, "lead")
    if why:
        return why, None
    if duo and partner is not None:
        why = fits(partner, partner_hours, "partner")
        if why:
            return why, None
    elif duo:
        if not any(
            w != lead
            and m.registered(w)
            and "casework" in m.tasks_of(w)
            and not (m.duo_across and m.org(w) == lead_org)
            and m.may_partner(lead_org, m.org(w))
            and m.serves(w, muni)
            and fits(w, partner_hours, "partner") is None
            for w in m.workers
        ):
            return "no partner has room for it", None
    return None, "; ".join(room)


# ---------------------------------------------------------------------------------------------
# the check


def check(scenario, plan, week=None):
    """Returns (violations, notes, summary) for a parsed scenario and a parsed plan JSON."""
    m = Model(scenario, week)
    v = []
    notes = []
    add = v.append

    if not isinstance(plan, dict):
        return ["PLAN plan JSON is not an object"], notes, None
    if plan.get("week") is not None and norm_week(plan["week"]) != m.week:
        add(f"PLAN week {plan['week']} differs from the scenario's week {m.week}")
    score = plan.get("score")
    if isinstance(score, dict) and num(score.get("hard")) not in (None, 0.0):
        add(f"PLAN score.hard is {score.get('hard')}, a plan must break no hard rule")

    assignments = plan.get("assignments")
    waiting = plan.get("waiting")
    if not isinstance(assignments, list):
        add("PLAN no `assignments` array")
        assignments = []
    if not isinstance(waiting, list):
        add("PLAN no `waiting` array")
        waiting = []

    monday = m.monday
    served_count = {}
    waiting_count = {}
    served = {}  # case -> assignment
    planned = {}  # worker -> hours
    cases_of = {}  # worker -> number of cases as lead/partner
    children_of = {}
    case_hours = {}  # case -> worker -> its hours (the first assignment of the case)
    case_people = {}  # case -> the lead and partner counted in cases_of
    skipped = []

    def known(wid):
        return wid is not None and wid in m.workers

    for a in assignments:
        if not isinstance(a, dict):
            add(f"PLAN assignment is not an object: {a!r}")
            continue
        cid = None if a.get("case") is None else str(a.get("case"))
        if cid not in m.cases:
            add(f"H8 assignment for unknown case {cid}")
            continue
        served_count[cid] = served_count.get(cid, 0) + 1
        if served_count[cid] > 1:
            continue  # reported below; don't double count hours
        served[cid] = a
        case = m.cases[cid]
        lead = a.get("lead")
        lead = None if lead in (None, "") else str(lead)
        partner = a.get("partner")
        partner = None if partner in (None, "") else str(partner)
        duo = bool(case.get("duo", False))
        muni = case.get("municipality")

        # lead: H8 exists, H1 registered, H6 skills, H7 municipality
        if lead is None:
            add(f"H8 case {cid}: served without a lead")
        elif not known(lead):
            add(f"H8 case {cid}: lead {lead} is not in staff")
        else:
            if not m.registered(lead):
                add(
                    f"H1 case {cid}: lead {lead} is not registered on {monday} "
                    f"({m.registration_text(lead)})"
                )
            missing = m.skills_missing(lead, case.get("skills"))
            if missing:
                add(f"H6 case {cid}: lead {lead} lacks skill(s) {', '.join(missing)}")
            if not m.serves(lead, muni):
                add(f"H7 case {cid}: lead {lead} does not serve {muni}")
            if str(case.get("framework")) not in m.mandates(lead):
                add(f"H10 case {cid}: lead {lead} has no mandate for {case.get('framework')}")

        # partner: H5, H7
        if partner is None:
            if duo:
                add(f"H5 case {cid}: duo case served without a partner")
        elif not known(partner):
            add(f"H8 case {cid}: partner {partner} is not in staff")
        else:
            if not m.registered(partner):
                add(
                    f"H5 case {cid}: partner {partner} is not registered on {monday} "
                    f"({m.registration_text(partner)})"
                )
            if partner == lead:
                add(f"H5 case {cid}: partner {partner} is also the lead")
            elif (
                duo
                and m.duo_across
                and known(lead)
                and str(m.workers[lead].get("organisation"))
                == str(m.workers[partner].get("organisation"))
            ):
                add(
                    f"H5 case {cid}: lead {lead} and partner {partner} are both from "
                    f"{m.workers[lead].get('organisation')}"
                )
            if not m.serves(partner, muni):
                add(f"H7 case {cid}: partner {partner} does not serve {muni}")
            if known(lead) and partner != lead and not m.may_partner(m.org(lead), m.org(partner)):
                add(
                    f"H11 case {cid}: partner {partner} (org {m.org(partner)}) may not see a family "
                    f"led from org {m.org(lead)} (no network holds both)"
                )

        # tasks: H1, H2, H8
        per_kind = {}
        per_kind_worker = {}
        hours_of_case = case_hours[cid] = {}
        tasks = a.get("tasks")
        if tasks is None:
            tasks = []
        if not isinstance(tasks, list):
            add(f"PLAN case {cid}: tasks is not an array")
            tasks = []
        for t in tasks:
            if not isinstance(t, dict):
                add(f"PLAN case {cid}: task is not an object: {t!r}")
                continue
            kind = None if t.get("kind") is None else str(t.get("kind"))
            wid = None if t.get("worker") is None else str(t.get("worker"))
            h = num(t.get("hours"))
            if h is None or h <= 0:
                add(f"H8 case {cid}: task {kind} of {wid} has hours {t.get('hours')!r} (must be > 0)")
                continue
            if kind not in m.kinds:
                add(f"H8 case {cid}: unknown task kind {kind!r}")
                continue
            if not known(wid):
                add(f"H8 case {cid}: {kind} task for {wid}, who is not in staff")
                continue
            if (kind, wid) in per_kind_worker:
                add(f"H8 case {cid}: {kind} appears more than once for {wid}")
            per_kind_worker[(kind, wid)] = per_kind_worker.get((kind, wid), 0.0) + h
            per_kind[kind] = per_kind.get(kind, 0.0) + h
            planned[wid] = planned.get(wid, 0.0) + h
            hours_of_case[wid] = hours_of_case.get(wid, 0.0) + h
            if m.kinds[kind] and not m.registered(wid):
                add(
                    f"H1 case {cid}: {kind} ({fmt(h)} h) by {wid}, who is not registered on "
                    f"{monday} ({m.registration_text(wid)})"
                )
            if kind not in m.tasks_of(wid):
                add(
                    f"H2 case {cid}: {wid} does {kind} but their tasks are "
                    f"[{', '.join(m.tasks_of(wid))}]"
                )

        # H11: supporters (neither lead nor partner) from the lead's organisation, or from one
        # that shares a network with shared_support
        if known(lead):
            seen_support = set()
            for t in tasks:
                if not isinstance(t, dict) or t.get("worker") is None:
                    continue
                wid = str(t.get("worker"))
                kind = None if t.get("kind") is None else str(t.get("kind"))
                if wid in (lead, partner) or not known(wid) or (kind, wid) in seen_support:
                    continue
                seen_support.add((kind, wid))
                if not m.may_support(m.org(lead), m.org(wid)):
                    add(
                        f"H11 case {cid}: supporter {wid} (org {m.org(wid)}) of kind {kind} may not "
                        f"work for a family led from org {m.org(lead)}"
                    )

        # casework stays with lead and partner; a duo splits it
        cw_workers = {w: h for (k, w), h in per_kind_worker.items() if k == "casework"}
        for wid in sorted(cw_workers):
            if wid != lead and wid != partner:
                add(f"H8 case {cid}: casework by {wid}, who is neither lead nor partner")
        dem = m.demand(cid)
        if dem is None:
            skipped.append(cid)
        else:
            for kind in sorted(set(dem) | set(per_kind)):
                want = dem.get(kind, 0.0)
                got = per_kind.get(kind, 0.0)
                if want > 0 and got == 0:
                    add(f"H8 case {cid}: {kind} ({fmt(want)} h) has no assignee")
                elif abs(got - want) > EPS:
                    add(f"H8 case {cid}: {kind} hours sum to {fmt(got)}, demand is {fmt(want)}")
            cw = dem.get("casework", 0.0)
            if duo and cw > 0 and lead is not None and partner is not None and lead != partner:
                lead_cw = cw_workers.get(lead, 0.0)
                partner_cw = cw_workers.get(partner, 0.0)
                if lead_cw <= 0 or partner_cw <= 0:
                    add(
                        f"H8 case {cid}: duo casework not split between lead {lead} "
                        f"({fmt(lead_cw)} h) and partner {partner} ({fmt(partner_cw)} h)"
                    )
                elif abs(per_kind.get("casework", 0.0) - cw) <= EPS and abs(
                    lead_cw - cw * m.duo_split
                ) > EPS:
                    add(
                        f"H8 case {cid}: duo casework split {fmt(lead_cw)}/{fmt(partner_cw)} h, "
                        f"duo_split {fmt(m.duo_split)} of {fmt(cw)} h gives the lead "
                        f"{fmt(cw * m.duo_split)} h"
                    )

        # caseload counts (H4)
        case_people[cid] = []
        for wid in (lead, partner if partner != lead else None):
            if known(wid):
                cases_of[wid] = cases_of.get(wid, 0) + 1
                children_of[wid] = children_of.get(wid, 0) + m.children(cid)
                case_people[cid].append(wid)

    for wentry in waiting:
        if not isinstance(wentry, dict):
            add(f"PLAN waiting entry is not an object: {wentry!r}")
            continue
        cid = None if wentry.get("case") is None else str(wentry.get("case"))
        if cid not in m.cases:
            add(f"H8 waiting entry for unknown case {cid}")
            continue
        waiting_count[cid] = waiting_count.get(cid, 0) + 1
        reason = wentry.get("reason")
        if not isinstance(reason, str) or not reason.strip():
            add(f"H8 case {cid}: waits without a reason")
        prio = m.cases[cid].get("priority")
        if prio is not None and wentry.get("priority") is not None:
            if num(wentry.get("priority")) != num(prio):
                add(
                    f"PLAN case {cid}: waiting priority {wentry.get('priority')} "
                    f"but the case has priority {prio}"
                )

    # H8: every case exactly once
    for cid in m.case_order:
        s = served_count.get(cid, 0)
        w = waiting_count.get(cid, 0)
        if s + w == 0:
            add(f"H8 case {cid}: neither served nor waiting")
        elif s + w > 1:
            add(f"H8 case {cid}: appears {s + w} times ({s} served, {w} waiting)")

    # H3, H4 per worker
    for wid in m.workers:
        p = planned.get(wid, 0.0)
        av = m.available(wid)
        cap = av * (1.0 + m.overload)
        if p > cap + EPS:
            extra = "" if m.overload == 0 else f" × {fmt(1 + m.overload)} = {fmt(cap)} h"
            add(f"H3 worker {wid}: planned {fmt(p)} h > available {fmt(av)} h{extra}")
        nc = cases_of.get(wid, 0)
        nch = children_of.get(wid, 0)
        if nc > m.max_cases(wid):
            add(f"H4 worker {wid}: {nc} cases as lead/partner > max_cases {m.max_cases(wid)}")
        if nch > m.max_children(wid):
            add(
                f"H4 worker {wid}: {nch} children as lead/partner > max_children "
                f"{m.max_children(wid)}"
            )

    # the plan's own worker figures
    seen = set()
    reported = {}  # worker -> its entry in `workers`
    workers_json = plan.get("workers")
    if workers_json is None:
        workers_json = []
    if not isinstance(workers_json, list):
        add("PLAN `workers` is not an array")
        workers_json = []
    for we in workers_json:
        if not isinstance(we, dict):
            add(f"PLAN workers entry is not an object: {we!r}")
            continue
        wid = None if we.get("id") is None else str(we.get("id"))
        if wid not in m.workers:
            add(f"PLAN workers entry for unknown worker {wid}")
            continue
        if wid in seen:
            add(f"PLAN worker {wid} listed more than once in `workers`")
            continue
        seen.add(wid)
        reported[wid] = we
        av = num(we.get("available_hours"))
        if av is None:
            add(f"PLAN worker {wid}: available_hours missing or not a number")
        elif av > m.available(wid) + EPS:
            add(
                f"H3 worker {wid}: plan reports available {fmt(av)} h > recomputed "
                f"{fmt(m.available(wid))} h"
            )
        ph = num(we.get("planned_hours"))
        if ph is None:
            add(f"PLAN worker {wid}: planned_hours missing or not a number")
        elif abs(ph - planned.get(wid, 0.0)) > EPS:
            add(
                f"H3 worker {wid}: plan reports planned {fmt(ph)} h, its tasks sum to "
                f"{fmt(planned.get(wid, 0.0))} h"
            )
        for key, mine in (("cases", cases_of.get(wid, 0)), ("children", children_of.get(wid, 0))):
            got = num(we.get(key))
            if got is None:
                add(f"PLAN worker {wid}: {key} missing or not a number")
            elif got != mine:
                add(f"H4 worker {wid}: plan reports {key} {fmt(got)}, counted {mine}")
        for key, mine in (("max_cases", m.max_cases(wid)), ("max_children", m.max_children(wid))):
            got = num(we.get(key))
            if got is not None and got > mine + EPS:
                add(f"H4 worker {wid}: plan reports {key} {fmt(got)} > norm {mine}")

    # H9 locks
    locks = {}
    for le in as_list(plan.get("locks")):
        if isinstance(le, dict) and le.get("case") is not None:
            locks[str(le["case"])] = le
    for cid in m.case_order:
        c = m.cases[cid]
        if not c.get("lock") or c.get("lead") in (None, ""):
            continue
        want_lead = str(c["lead"])
        want_partner = None if c.get("partner") in (None, "") else str(c["partner"])
        a = served.get(cid)
        kept = (
            a is not None
            and served_count.get(cid) == 1
            and str(a.get("lead")) == want_lead
            and (want_partner is None or str(a.get("partner")) == want_partner)
        )
        le = locks.get(cid)
        if kept:
            continue
        have = "waits" if a is None else f"lead {a.get('lead')}, partner {a.get('partner')}"
        if le is None:
            add(
                f"H9 case {cid}: lock (lead {want_lead}"
                + (f", partner {want_partner}" if want_partner else "")
                + f") not kept ({have}) and not in `locks`"
            )
        elif le.get("kept") is not False or not (
            isinstance(le.get("reason"), str) and le["reason"].strip()
        ):
            add(
                f"H9 case {cid}: lock not kept ({have}) but `locks` says kept={le.get('kept')!r}, "
                f"reason={le.get('reason')!r}"
            )
        else:
            why, room = lock_breaks_a_rule(
                m, cid, want_lead, want_partner, planned, cases_of, children_of,
                case_hours.get(cid, {}), case_people.get(cid, []), reported)
            if why is None:
                add(
                    f"H9 case {cid}: lock not kept although {want_lead} could take it ({room}; "
                    f"{have}; reason given: {le['reason']!r})"
                )

    summary = (
        sum(1 for c in m.case_order if served_count.get(c)),
        sum(1 for c in m.case_order if waiting_count.get(c) and not served_count.get(c)),
        len(m.workers),
    )
    if skipped:
        shown = ", ".join(skipped[:10]) + (" …" if len(skipped) > 10 else "")
        notes.append(f"skipped-demand: {len(skipped)} served case(s) without hours or case type ({shown})")
    return v, notes, summary


# ---------------------------------------------------------------------------------------------


def load_yaml(path):
    with open(path, encoding="utf-8-sig") as f:
        text = f.read()
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    week = None
    if "--week" in argv:
        i = argv.index("--week")
        if i + 1 >= len(argv):
            print("usage: check_plan.py SCENARIO.yaml PLAN.json [--week YYYY-Www]", file=sys.stderr)
            return 2
        week = argv[i + 1]
        del argv[i : i + 2]
    if len(argv) != 2 or argv[0] in ("-h", "--help"):
        print("usage: check_plan.py SCENARIO.yaml PLAN.json [--week YYYY-Www]", file=sys.stderr)
        return 2
    try:
        scenario = load_yaml(argv[0])
    except (OSError, yaml.YAMLError) as e:
        print(f"error: cannot read scenario {argv[0]}: {e}", file=sys.stderr)
        return 2
    try:
        with open(argv[1], encoding="utf-8-sig") as f:
            plan = json.load(f)
    except (OSError, ValueError) as e:
        print(f"error: cannot read plan {argv[1]}: {e}", file=sys.stderr)
        return 2
    try:
        violations, notes, summary = check(scenario, plan, week)
    except (InputError, KeyError, TypeError, ValueError) as e:
        print(f"error: scenario {argv[0]} cannot be checked: {type(e).__name__}: {e}", file=sys.stderr)
        return 2
    for n in notes:
        print(n)
    if violations:
        for line in violations:
            print(line)
        print(f"{len(violations)} violation(s)", file=sys.stderr)
        return 1
    print(f"ok: {summary[0]} served, {summary[1]} waiting, {summary[2]} workers checked")
    return 0


if __name__ == "__main__":
    sys.exit(main())
