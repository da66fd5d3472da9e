#!/usr/bin/env python3
"""Independent checker for Caseload plans (SPEC §3 rules H1–H11 and continuity, §4 scenario,
§5 plan JSON).

Usage: check_plan.py SCENARIO.yaml PLAN.json [--week 2026-W48] [--allow-handovers N]

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

Continuity (rule tag C; SPEC §3 "wie hem heeft mag 'm houden", stand-ins):
- The people of record are a case's `lead` and, for a duo, its `partner` (not the lead). A served
  family whose planned lead (or duo partner) differs from them needs exactly one `handovers`
  entry {case, role, from: record, to: planned, reason}; an entry that matches no such change
  (a waiting family, no person of record, other people) is a violation. A duo served without a
  partner is H5's, not a change. `handovers`, `stand_ins`, `uncovered` absent: empty.
- Reasons are recomputed from the scenario: registration-lapsed (not registered on the Monday),
  no-mandate (lead: H10; partner: H11 against the lead of record's organisation, or the new
  lead's when the lead changed), not-qualified (lead: casework, a registered kind the case has
  hours of, a skill, the municipality; partner: casework, the municipality, being the lead, or
  of the lead's organisation while duo_across_organisations, against the record or the new
  lead), absent (an absence touching Mon–Sun longer than 7 × stand_in_max_weeks days, span
  to − from + 1), leaving (`leaves` before the Friday), over-norm / over-hours (the person's
  families of record they may keep by the reasons above exceed max_cases or max_children, or
  their hours: lead casework × (duo_split for a duo, else 1) + every other kind, partner
  casework × (1 − duo_split), against available × (1 + overload_allowed) without the short
  absences stand-ins cover, or with every absence), pinned (the case has `lock: true`; H9
  judges whether the lock could be kept). A partner change may carry any reason of the lead
  of record when the lead changed too, and a duo's lead change (or `lead-lost`) any reason of
  the partner of record. `allowed` is voluntary: at most max_voluntary_handovers
  (default 0) or --allow-handovers N such entries. Whether the fewest families moved is not
  checked. A person of record who is not in staff: every forcing reason holds.
- A worker leaving this week or away longer than stand-ins cover (`absent`, `leaving` above)
  leads or partners no served family that is not locked: their families change hands.
- A waiting family with a lead of record waits as `lead-lost`, and its lead of record must have
  a forcing reason (any, pinned included); `lead-lost` without a lead of record is a violation.
  A duo whose lead of record has no forcing reason may wait as `no-duo-partner`: the lead keeps
  it, no partner may join them this week.
- Stand-ins: each `stand_ins` entry's `absent` is the served case's lead or partner and has a
  short absence (span ≤ 7 × stand_in_max_weeks days) touching the week; the stand-in is another
  worker, registered on the Monday, lists casework, serves the municipality, is of the absent
  worker's organisation or one sharing any network with it, and for a lead has the mandate
  (H10) and the case's skills. `uncovered` entries name the case's lead or partner. Per (case,
  absent worker) stand-in + uncovered hours = a × h within 0.01 h, h their task hours on the
  case, a = min(1, short-absence hours this week ÷ base) (base 0: a = 1 when a short absence
  takes hours); a pair owed more than 0.01 h with no entry at all is a violation.
- H3 uses effective hours: task hours − stand-in and uncovered hours of the worker's absences +
  hours standing in for others; a worker touched by such entries gets 0.01 h slack (rounding).
  A worker's reported `planned_hours` may be the task sum or, for such a worker, the effective
  hours. H9's room check (lock_breaks_a_rule) stays on task hours.
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
STAND_IN_TOLERANCE = 0.01  # h: stand-in and uncovered hours against the absent share
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
        # continuity (SPEC §3): absences up to this many weeks are covered by stand-ins
        self.stand_in_days = 7.0 * float(setting(s, "stand_in_max_weeks", 2))
        self.max_voluntary = int(setting(s, "max_voluntary_handovers", 0))
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
        self._avail_long = {}
        self._covered = {}
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
            return 0.0  # not there yet in the planned week: no hours (docs/rules.md)
        for months, factor in self.ramp:
            if self.monday < add_months(started, months):
                return factor
        return 1.0

    def base(self, wid):
        """hours × casework_share × ramp-up factor: the week before absences."""
        share = num(self.workers[wid].get("casework_share"))
        share = self.casework_share if share is None else share
        return self.hours(wid) * share * self.ramp_factor(wid)

    @property
    def friday(self):
        return self.monday + dt.timedelta(days=4)

    @property
    def sunday(self):
        return self.monday + dt.timedelta(days=6)

    def absences_this_week(self, wid):
        """The worker's absences touching the week (Mon–Sun): (from, to, span in days, hours
        lost this week, short). Short: a span (to − from + 1 days) of at most 7 ×
        stand_in_max_weeks, covered by stand-ins; a longer one forces a handover (`absent`)."""
        base = self.base(wid)
        out = []
        for a in as_list(self.workers[wid].get("absences")):
            start = parse_date(a.get("from"))
            end = parse_date(a.get("to")) or start
            if start is None or start > self.sunday or end < self.monday:
                continue
            h = num(a.get("hours"))
            if a.get("hours") is not None and h is not None:
                lost = h
            else:
                days = sum(
                    1 for i in range(5) if start <= self.monday + dt.timedelta(days=i) <= end
                )
                lost = base * days / 5.0
            span = (end - start).days + 1
            out.append((start, end, span, lost, span <= self.stand_in_days + EPS, a.get("hours") is not None))
        return out

    def available(self, wid):
        """Available hours (SPEC §2): base minus every absence touching the week, never below 0."""
        if wid not in self._avail:
            lost = sum(x[3] for x in self.absences_this_week(wid))
            self._avail[wid] = max(0.0, self.base(wid) - lost)
        return self._avail[wid]

    def available_without_stand_ins(self, wid):
        """Available hours without the short absences that stand-ins cover (over-hours)."""
        if wid not in self._avail_long:
            lost = sum(x[3] for x in self.absences_this_week(wid) if not x[4])
            self._avail_long[wid] = max(0.0, self.base(wid) - lost)
        return self._avail_long[wid]

    def covered_absence(self, wid):
        """Hours of the week lost to short absences (those stand-ins cover)."""
        if wid not in self._covered:
            self._covered[wid] = sum(x[3] for x in self.absences_this_week(wid) if x[4])
        return self._covered[wid]

    def short_absent(self, wid):
        return any(x[4] for x in self.absences_this_week(wid))

    def absent_share(self, wid):
        """a = min(1, covered ÷ (available + covered)): the share of a lead's or partner's hours
        on a family that goes to stand-ins or is listed as uncovered — the short absence of the
        hours the worker would have had without it (other absences and leaving already taken
        off), so that what they do themselves fits the hours they have. A worker with nothing
        left counts 1 when a short absence takes hours, else 0."""
        covered = min(self.covered_absence(wid), self.base(wid))
        available = self.available(wid)
        if available + covered <= EPS:
            return 1.0 if covered > EPS else 0.0
        return min(1.0, covered / (available + covered))

    def long_absence(self, wid):
        """The first absence of whole days touching the week that is longer than stand-ins
        cover, or None. A long absence of some hours a week (parental leave) only lowers the
        hours: the worker is there, and keeps what fits."""
        return next((x for x in self.absences_this_week(wid) if not x[4] and not x[5]), None)

    def leaves(self, wid):
        return parse_date(self.workers[wid].get("leaves"))

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
# C: continuity (SPEC §3 "wie hem heeft mag 'm houden"), recomputed from the scenario alone

FORCING_REASONS = (
    "registration-lapsed", "no-mandate", "not-qualified", "absent", "leaving", "over-norm",
    "over-hours", "pinned",
)
HANDOVER_REASONS = FORCING_REASONS + ("allowed",)


def record_people(m, cid):
    """The case's lead of record and (a duo's) partner of record, as ids or None."""
    c = m.cases[cid]
    lead = None if c.get("lead") in (None, "") else str(c["lead"])
    partner = None if c.get("partner") in (None, "") else str(c["partner"])
    if not c.get("duo", False) or partner == lead:
        partner = None
    return lead, partner


def person_reasons(m, wid):
    """Reasons that force `wid` off every family: registration, a long absence, leaving."""
    r = {}
    if not m.registered(wid):
        r["registration-lapsed"] = f"{wid} is not registered on {m.monday} ({m.registration_text(wid)})"
    long = m.long_absence(wid)
    if long is not None:
        r["absent"] = (
            f"{wid} is away {long[0]} to {long[1]} ({long[2]} days > {fmt(m.stand_in_days)})"
        )
    leaves = m.leaves(wid)
    if leaves is not None and leaves < m.friday:
        r["leaving"] = f"{wid} leaves on {leaves}, before Friday {m.friday}"
    return r


def lead_case_reasons(m, cid, wid, delegable=False):
    """Reasons that `wid` may not lead case `cid`: H10 mandate; task, skill or municipality.
    With `delegable`, also a delegable kind of the case the lead may not do: it falls back to
    the lead where no supporter who may see the family has room, so it may force a change, but
    a lead who lacks it still keeps the family while a supporter does it."""
    c = m.cases[cid]
    r = {}
    if str(c.get("framework")) not in m.mandates(wid):
        r["no-mandate"] = f"{wid} has no mandate for {c.get('framework')}"
    lacks = []
    if "casework" not in m.tasks_of(wid):
        lacks.append("task casework")
    for kind, h in sorted((m.demand(cid) or {}).items()):
        if kind != "casework" and h > 0 and (m.kinds.get(kind) or (delegable and kind in m.kinds)) \
                and kind not in m.tasks_of(wid):
            lacks.append(f"task {kind}")
    lacks += [f"skill {x}" for x in m.skills_missing(wid, c.get("skills"))]
    if not m.serves(wid, c.get("municipality")):
        lacks.append(f"municipality {c.get('municipality')}")
    if lacks:
        r["not-qualified"] = f"{wid} lacks {', '.join(lacks)}"
    return r


def partner_case_reasons(m, cid, wid, lead):
    """Reasons that `wid` may not partner `lead` (who may be None) on case `cid`: H11 (no
    network holds both organisations), casework, municipality, the lead's own organisation
    while duo_across_organisations, or being the lead."""
    c = m.cases[cid]
    r = {}
    lead_known = lead is not None and lead in m.workers
    if lead_known and lead != wid and not m.may_partner(m.org(lead), m.org(wid)):
        r["no-mandate"] = (
            f"{wid} (org {m.org(wid)}) may not see a family led from org {m.org(lead)} by {lead} (H11)"
        )
    lacks = []
    if "casework" not in m.tasks_of(wid):
        lacks.append("task casework")
    if not m.serves(wid, c.get("municipality")):
        lacks.append(f"municipality {c.get('municipality')}")
    if lead == wid:
        lacks.append(f"a lead other than themselves ({wid} leads)")
    elif lead_known and m.duo_across and m.org(lead) == m.org(wid):
        lacks.append(f"another organisation than lead {lead}'s ({m.org(wid)})")
    if lacks:
        r["not-qualified"] = f"{wid} lacks {', '.join(lacks)}"
    return r


class RecordLoad:
    """Per person, the families of record they may keep (as lead, or a duo's partner, with no
    person or case reason against it): how many, their children, and the person's share of
    their hours (lead: casework × (duo_split for a duo, else 1) + every other kind; partner:
    casework × (1 − duo_split)). Decides `over-norm` and `over-hours`."""

    def __init__(self, m):
        self.m = m
        self.cases = {}
        self.children = {}
        self.hours = {}
        self._person = {}
        for cid in m.case_order:
            lead, partner = record_people(m, cid)
            demand = m.demand(cid) or {}
            cw = demand.get("casework", 0.0)
            duo = bool(m.cases[cid].get("duo", False))
            if lead in m.workers and not self.person(lead) and not lead_case_reasons(m, cid, lead):
                share = cw * (m.duo_split if duo else 1.0) + sum(
                    h for k, h in demand.items() if k != "casework"
                )
                self._add(lead, cid, share)
            if (
                partner in m.workers
                and not self.person(partner)
                and not partner_case_reasons(m, cid, partner, lead)
            ):
                self._add(partner, cid, cw * (1.0 - m.duo_split))

    def person(self, wid):
        if wid not in self._person:
            self._person[wid] = person_reasons(self.m, wid)
        return self._person[wid]

    def _add(self, wid, cid, hours):
        self.cases[wid] = self.cases.get(wid, 0) + 1
        self.children[wid] = self.children.get(wid, 0) + self.m.children(cid)
        self.hours[wid] = self.hours.get(wid, 0.0) + hours

    def reasons(self, wid):
        m = self.m
        r = {}
        n, ch, h = self.cases.get(wid, 0), self.children.get(wid, 0), self.hours.get(wid, 0.0)
        if n > m.max_cases(wid) or ch > m.max_children(wid):
            r["over-norm"] = (
                f"{wid} keeps {n} families of record (max_cases {m.max_cases(wid)}) with {ch} "
                f"children (max_children {m.max_children(wid)})"
            )
        k = 1.0 + m.overload
        without = m.available_without_stand_ins(wid) * k
        withall = m.available(wid) * k
        if h > without + EPS or h > withall + EPS:
            r["over-hours"] = (
                f"{wid}'s families of record need {fmt(h)} h > {fmt(min(without, withall))} h "
                f"available"
            )
        return r

    def describe(self, wid):
        m = self.m
        k = 1.0 + m.overload
        return (
            f"{wid} keeps {self.cases.get(wid, 0)} families of record of {m.max_cases(wid)}, "
            f"{self.children.get(wid, 0)} children of {m.max_children(wid)}, "
            f"{fmt(self.hours.get(wid, 0.0))} h of {fmt(m.available_without_stand_ins(wid) * k)} h "
            f"({fmt(m.available(wid) * k)} h with every absence)"
        )


def change_reasons(m, load, cid, role, person, new_lead=None, lead_changed=False):
    """The forcing reasons (code -> why) that hold for moving `person` of record off `role` of
    case `cid`. For a partner: also H11/qualification against the new lead when the lead
    changed, and then any of the lead's own reasons."""
    if person not in m.workers:
        return {r: f"{person} of record is not in staff" for r in FORCING_REASONS}
    record_lead, _ = record_people(m, cid)
    r = dict(load.person(person))
    if role == "lead":
        for k, why in lead_case_reasons(m, cid, person, delegable=True).items():
            r.setdefault(k, why)
    else:
        for k, why in partner_case_reasons(m, cid, person, record_lead).items():
            r.setdefault(k, why)
        if lead_changed and new_lead is not None:
            for k, why in partner_case_reasons(m, cid, person, new_lead).items():
                r.setdefault(k, f"{why} (the new lead)")
    for k, why in load.reasons(person).items():
        r.setdefault(k, why)
    if m.cases[cid].get("lock"):
        r.setdefault("pinned", f"case {cid} is pinned (lock: true)")
    if role == "partner" and lead_changed and record_lead is not None:
        for k, why in change_reasons(m, load, cid, "lead", record_lead).items():
            r.setdefault(k, f"the lead changed: {why}")
    # A duo's lead who keeps it needs a partner: when the partner of record is forced off, and
    # no other partner may join the lead, the lead's change carries the partner's reason.
    _, record_partner = record_people(m, cid)
    if role == "lead" and m.cases[cid].get("duo") and record_partner not in (None, person):
        for k, why in change_reasons(m, load, cid, "partner", record_partner).items():
            r.setdefault(k, f"the partner of record: {why}")
    return r


def _entries(plan, key, add):
    """The plan's list `key` (absent in older plans: empty), objects only."""
    raw = plan.get(key)
    if raw is None:
        return []
    if not isinstance(raw, list):
        add(f"PLAN `{key}` is not an array")
        return []
    out = []
    for e in raw:
        if isinstance(e, dict):
            out.append(e)
        else:
            add(f"PLAN {key} entry is not an object: {e!r}")
    return out


def _sid(value):
    return None if value in (None, "") else str(value)


def check_continuity(m, plan, served, served_count, waiting_reason, allow_handovers, add):
    """C: every change of a served family's lead (or a duo's partner) against the people of
    record has exactly one `handovers` entry with a true reason; no entry without a change;
    `allowed` entries within the allowance; a waiting family of record waits as `lead-lost`
    and only when its lead of record is forced off it."""
    load = RecordLoad(m)
    entries = {}  # (case, role) -> [entry]
    for e in _entries(plan, "handovers", add):
        cid, role = _sid(e.get("case")), e.get("role")
        if cid not in m.cases:
            add(f"C handover for unknown case {cid}")
            continue
        if role not in ("lead", "partner"):
            add(f"C case {cid}: handover role {role!r} is neither lead nor partner")
            continue
        entries.setdefault((cid, role), []).append(e)

    allowed = 0
    for cid in m.case_order:
        record_lead, record_partner = record_people(m, cid)
        a = served.get(cid) if served_count.get(cid) == 1 else None
        # A worker leaving this week or away longer than stand-ins cover takes no family as lead
        # or partner (their families change hands); a lock may still keep one with them.
        if a is not None and not m.cases[cid].get("lock", False):
            for role in ("lead", "partner"):
                wid = _sid(a.get(role))
                gone = {k: v for k, v in person_reasons(m, wid).items() if k in ("absent", "leaving")} if wid else {}
                if wid in m.workers and gone:
                    add(f"C case {cid}: {role} {wid} takes no families this week ({'; '.join(gone.values())})")
        changes = {}
        plan_lead = plan_partner = None
        if a is not None:
            plan_lead, plan_partner = _sid(a.get("lead")), _sid(a.get("partner"))
            if record_lead is not None and plan_lead is not None and plan_lead != record_lead:
                changes["lead"] = (record_lead, plan_lead)
            if (
                record_partner is not None
                and plan_partner is not None
                and plan_partner != record_partner
            ):
                changes["partner"] = (record_partner, plan_partner)
        for role in ("lead", "partner"):
            es = entries.get((cid, role), [])
            change = changes.get(role)
            matching = [
                e for e in es
                if change is not None and (_sid(e.get("from")), _sid(e.get("to"))) == change
            ]
            for e in es:
                if any(e is x for x in matching):
                    continue
                if a is None:
                    now = "the family is not served"
                elif role == "lead":
                    now = f"of record {record_lead}, planned {plan_lead}"
                else:
                    now = f"of record {record_partner}, planned {plan_partner}"
                add(
                    f"C case {cid}: handover {role} {e.get('from')} -> {e.get('to')} matches no "
                    f"change ({now})"
                )
            if change is None:
                continue
            if not matching:
                add(f"C case {cid}: {role} changed {change[0]} -> {change[1]} without a handover entry")
                continue
            if len(matching) > 1:
                add(
                    f"C case {cid}: {len(matching)} handover entries for the {role} change "
                    f"{change[0]} -> {change[1]}"
                )
            reason = matching[0].get("reason")
            what = f"{role} handover {change[0]} -> {change[1]}"
            if reason not in HANDOVER_REASONS:
                add(f"C case {cid}: {what} has unknown reason {reason!r}")
                continue
            if reason == "allowed":
                allowed += 1
                continue
            true = change_reasons(
                m, load, cid, role, change[0], new_lead=plan_lead, lead_changed="lead" in changes
            )
            if reason not in true:
                detail = ""
                if reason in ("over-norm", "over-hours") and change[0] in m.workers:
                    detail = f"{load.describe(change[0])}; "
                add(
                    f"C case {cid}: {what} gives reason {reason!r}, which is not true ({detail}"
                    f"reasons that hold: {', '.join(sorted(true)) or 'none'})"
                )

    allowance = m.max_voluntary if allow_handovers is None else int(allow_handovers)
    if allowed > allowance:
        source = (
            "--allow-handovers" if allow_handovers is not None else "setting max_voluntary_handovers"
        )
        add(f"C plan: {allowed} voluntary ('allowed') handovers > {allowance} allowed ({source})")

    for cid, reason in waiting_reason.items():
        if served_count.get(cid):
            continue  # served and waiting: H8 reports it
        record_lead, _ = record_people(m, cid)
        if record_lead is None:
            if reason == "lead-lost":
                add(f"C case {cid}: waits as lead-lost but has no lead of record")
            continue
        if reason == "no-duo-partner" and m.cases[cid].get("duo"):
            continue  # the lead keeps it and waits for a partner: check_partnerless judges it
        if reason != "lead-lost":
            add(
                f"C case {cid}: waits with reason {reason!r} although it has lead of record "
                f"{record_lead} (a family of record waits only as lead-lost, or a duo whose "
                f"lead keeps it as no-duo-partner)"
            )
            continue
        if not change_reasons(m, load, cid, "lead", record_lead):
            add(
                f"C case {cid}: waits as lead-lost but nothing forces its lead of record "
                f"{record_lead} off it ({load.describe(record_lead)})"
            )


def check_partnerless(m, waiting_reason, served_count, effective, cases_of, children_of, add):
    """C: a duo family of record that waits as `no-duo-partner` waits truly for a partner: in the
    finished plan no registered colleague who may partner its lead of record (casework, the
    municipality, not the lead, another organisation where duos cross organisations, H11) has
    a norm place and the partner's hours free."""
    for cid, reason in waiting_reason.items():
        if reason != "no-duo-partner" or served_count.get(cid):
            continue
        record_lead, _ = record_people(m, cid)
        c = m.cases[cid]
        if record_lead is None or record_lead not in m.workers or not c.get("duo"):
            continue
        need = (m.demand(cid) or {}).get("casework", 0.0) * (1.0 - m.duo_split)
        kids = m.children(cid)
        for p in sorted(m.workers):
            if p == record_lead or not m.registered(p) or "casework" not in m.tasks_of(p):
                continue
            if not m.serves(p, c.get("municipality")) or not m.may_partner(m.org(record_lead), m.org(p)):
                continue
            if m.duo_across and m.org(p) == m.org(record_lead):
                continue
            if (cases_of.get(p, 0) + 1 <= m.max_cases(p) and children_of.get(p, 0) + kids <= m.max_children(p)
                    and effective.get(p, 0.0) + need <= m.available(p) * (1.0 + m.overload) + EPS):
                add(f"C case {cid}: waits as no-duo-partner, but {p} could partner {record_lead} "
                    f"({fmt(effective.get(p, 0.0))} h planned, {cases_of.get(p, 0)} families)")
                break


def check_stand_ins(m, plan, served, case_hours, add):
    """C: stand-ins and uncovered hours. Each stand-in entry stands in for the served case's
    lead or partner during a short absence (span ≤ 7 × stand_in_max_weeks, touching the week),
    and is a registered caseworker serving the municipality, of the absent worker's
    organisation or one sharing a network with it, with the lead's mandate and the case's
    skills when standing in for the lead. Per (case, absent worker) the stand-in and
    uncovered hours sum to a × h (a: the absent share, h: their task hours on the case).
    Returns (hours away per worker, hours standing in per worker, workers touched)."""
    away, standing_in, touched = {}, {}, set()
    pairs = {}  # (case, worker) -> hours listed

    def people(cid):
        a = served[cid]
        return _sid(a.get("lead")), _sid(a.get("partner"))

    def hours_of(e, what, cid):
        h = num(e.get("hours"))
        if h is None or h < 0:
            add(f"C case {cid}: {what} has hours {e.get('hours')!r} (must be a number ≥ 0)")
            return None
        return h

    def absent_hours(e, cid, wid, what):
        """The hours of a stand-in or uncovered entry for `wid`, the served case's lead or
        partner, counted against their absent share; None (reported) when the entry is wrong."""
        if cid not in served:
            add(f"C case {cid}: {what} but the case is not served")
            return None
        h = hours_of(e, what, cid)
        if h is None:
            return None
        if wid is None or wid not in people(cid):
            add(f"C case {cid}: {what}, who is neither its lead nor its partner")
            return None
        pairs[(cid, wid)] = pairs.get((cid, wid), 0.0) + h
        away[wid] = away.get(wid, 0.0) + h
        touched.add(wid)
        return h

    for e in _entries(plan, "stand_ins", add):
        cid, absent, sub = _sid(e.get("case")), _sid(e.get("absent")), _sid(e.get("stand_in"))
        what = f"stand-in {sub} for {absent}"
        h = absent_hours(e, cid, absent, what)
        if h is None:
            continue
        lead, _ = people(cid)
        if absent in m.workers and not m.short_absent(absent):
            add(
                f"C case {cid}: {what}, who has no absence of at most "
                f"{fmt(m.stand_in_days)} days touching the week"
            )
        if sub not in m.workers:
            add(f"C case {cid}: {what}, who is not in staff")
            continue
        standing_in[sub] = standing_in.get(sub, 0.0) + h
        touched.add(sub)
        case = m.cases[cid]
        wrong = []
        if sub == absent:
            wrong.append("is the absent worker")
        if not m.registered(sub):
            wrong.append(f"is not registered on {m.monday} ({m.registration_text(sub)})")
        if "casework" not in m.tasks_of(sub):
            wrong.append("does no casework")
        if not m.serves(sub, case.get("municipality")):
            wrong.append(f"does not serve {case.get('municipality')}")
        if absent in m.workers and not m.may_partner(m.org(absent), m.org(sub)):
            wrong.append(
                f"is of org {m.org(sub)}, neither {absent}'s org {m.org(absent)} nor in a network with it"
            )
        if absent == lead:
            if str(case.get("framework")) not in m.mandates(sub):
                wrong.append(f"has no mandate for {case.get('framework')} (H10)")
            missing = m.skills_missing(sub, case.get("skills"))
            if missing:
                wrong.append(f"lacks skill(s) {', '.join(missing)}")
        for why in wrong:
            add(f"C case {cid}: {what}: {sub} {why}")

    for e in _entries(plan, "uncovered", add):
        cid, wid = _sid(e.get("case")), _sid(e.get("worker"))
        absent_hours(e, cid, wid, f"uncovered hours of {wid}")

    for cid in served:
        for wid in dict.fromkeys(people(cid)):
            if wid in m.workers and m.short_absent(wid):
                pairs.setdefault((cid, wid), None)
    for (cid, wid), listed in pairs.items():
        if wid not in m.workers:
            continue
        share = m.absent_share(wid)
        h = case_hours.get(cid, {}).get(wid, 0.0)
        want = share * h
        if listed is None:
            if want > STAND_IN_TOLERANCE:
                add(
                    f"C case {cid}: {wid} is away {fmt(m.covered_absence(wid))} h of the week and "
                    f"no one stands in or the hours are not listed as uncovered (owed "
                    f"{fmt(want)} h)"
                )
        elif abs(listed - want) > STAND_IN_TOLERANCE:
            add(
                f"C case {cid}: stand-in and uncovered hours for {wid} sum to {fmt(listed)} h, "
                f"the absent share is {fmt(share)} × {fmt(h)} h = {fmt(want)} h"
            )
    return away, standing_in, touched


# ---------------------------------------------------------------------------------------------
# the check


def check(scenario, plan, week=None, allow_handovers=None):
    """Returns (violations, notes, summary) for a parsed scenario and a parsed plan JSON.
    `allow_handovers` (the command line's --allow-handovers N) overrides the scenario's
    max_voluntary_handovers."""
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
    waiting_reason = {}  # case -> the reason of its (first) waiting entry
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
        waiting_reason.setdefault(cid, reason)
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

    check_continuity(m, plan, served, served_count, waiting_reason, allow_handovers, add)
    away, standing_in, touched = check_stand_ins(m, plan, served, case_hours, add)

    # H3 on the effective hours (tasks − hours given to stand-ins or listed uncovered + hours
    # standing in for others), H4 per worker
    effective = {}
    for wid in m.workers:
        p = planned.get(wid, 0.0)
        eff = effective[wid] = p - away.get(wid, 0.0) + standing_in.get(wid, 0.0)
        av = m.available(wid)
        cap = av * (1.0 + m.overload)
        # stand-in and uncovered hours may be rounded: 0.01 h slack for a worker they touch
        if eff > cap + (STAND_IN_TOLERANCE if wid in touched else EPS):
            extra = "" if m.overload == 0 else f" × {fmt(1 + m.overload)} = {fmt(cap)} h"
            how = ""
            if wid in touched:
                how = (
                    f" (tasks {fmt(p)} h − {fmt(away.get(wid, 0.0))} h to stand-ins or uncovered + "
                    f"{fmt(standing_in.get(wid, 0.0))} h standing in)"
                )
            add(f"H3 worker {wid}: planned {fmt(eff)} h{how} > available {fmt(av)} h{extra}")
        nc = cases_of.get(wid, 0)
        nch = children_of.get(wid, 0)
        if nc > m.max_cases(wid):
            add(f"H4 worker {wid}: {nc} cases as lead/partner > max_cases {m.max_cases(wid)}")
        if nch > m.max_children(wid):
            add(
                f"H4 worker {wid}: {nch} children as lead/partner > max_children "
                f"{m.max_children(wid)}"
            )

    check_partnerless(m, waiting_reason, served_count, effective, cases_of, children_of, add)

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
        elif abs(ph - planned.get(wid, 0.0)) > EPS and not (
            wid in touched and abs(ph - effective[wid]) <= STAND_IN_TOLERANCE
        ):
            add(
                f"H3 worker {wid}: plan reports planned {fmt(ph)} h, its tasks sum to "
                f"{fmt(planned.get(wid, 0.0))} h"
                + (f" ({fmt(effective[wid])} h with stand-ins)" if wid in touched else "")
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


USAGE = "usage: check_plan.py SCENARIO.yaml PLAN.json [--week YYYY-Www] [--allow-handovers N]"


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    week = None
    if "--week" in argv:
        i = argv.index("--week")
        if i + 1 >= len(argv):
            print(USAGE, file=sys.stderr)
            return 2
        week = argv[i + 1]
        del argv[i : i + 2]
    allow_handovers = None
    if "--allow-handovers" in argv:
        i = argv.index("--allow-handovers")
        try:
            allow_handovers = int(argv[i + 1])
            if allow_handovers < 0:
                raise ValueError
        except (IndexError, ValueError):
            print(USAGE, file=sys.stderr)
            return 2
        del argv[i : i + 2]
    if len(argv) != 2 or argv[0] in ("-h", "--help"):
        print(USAGE, file=sys.stderr)
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
        violations, notes, summary = check(scenario, plan, week, allow_handovers)
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
