#!/usr/bin/env python3
"""Random, valid Caseload scenarios (SPEC §4) for property tests.

Usage: random_scenario.py --seed N --workers W --cases C [--tight] [--networks] [--format yaml|json]

Writes the scenario to stdout (YAML by default, in the flow style of the SPEC example, with
dates as plain YAML dates; `--format json` writes JSON with dates as strings). The same
arguments always give the same bytes. Every reference resolves (organisations, task kinds,
leads, partners, supporters), so a planner must accept every scenario; the content is meant to
hit the corners of the rules: expired, missing and edge-day registrations, ramp-up (including
workers who start after the week), absences with and without hours that cover none, part or
all of the week, 0-hour workers, overrides of casework_share / max_cases / max_children,
duo cases, required skills, municipalities, explicit case hours (some 0, some of declared
kinds), current leads that are no longer valid, and locks. `--tight` makes capacity scarce.

`--networks` adds a top-level `networks:` list (rule H11, who may see a family): two networks
that overlap in one organisation, one of them with `shared_support: true`, and (from four
organisations on) one or two organisations outside any network, so that a cross-organisation
duo or supporter has a legal basis for some pairs of organisations and not for others. The
networks come from a random stream of their own: the rest of the scenario is the same as
without the flag, and without it the output is byte for byte what it was before the flag.
Without networks, H11 gives no duo across organisations and no supporter of another
organisation than the lead's a legal basis: such families wait, or keep to one organisation.
"""
from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import random
import re
import sys

ORG_KINDS = ["local-team", "veilig-thuis", "raad", "gi", "other"]
ORG_PREFIX = {"local-team": "lt", "veilig-thuis": "vt", "raad": "rvdk", "gi": "gi", "other": "ot"}
ORG_NAMES = {
    "local-team": "Sociaal team",
    "veilig-thuis": "Veilig Thuis",
    "raad": "Raad voor de Kinderbescherming",
    "gi": "Gecertificeerde instelling",
    "other": "Partner",
}
FRAMEWORKS = [
    "voluntary", "ots", "provisional-ots", "guardianship", "youth-probation",
    "vt-investigation", "rvdk-investigation",
]
PHASES = ["start", "middle", "end"]
MUNICIPALITIES = [
    "ede", "barneveld", "nijkerk", "scherpenzeel", "veenendaal", "rhenen", "renswoude", "wageningen",
]
SKILLS = ["lvb", "trauma", "ggz", "verslaving", "eergerelateerd", "arabisch", "turks"]
DELEGABLE = ["admin", "legal", "placement"]

# DOMAIN.md: weekly hours by framework and phase, delegable share, and what it is delegated to.
BASE_HOURS = {
    "ots": ((6.0, 2.5, 3.0), (0.20, 0.25, 0.30), ["admin"]),
    "provisional-ots": ((7.0, 4.0, 3.0), (0.20, 0.20, 0.20), ["admin", "legal"]),
    "guardianship": ((4.0, 1.8, 1.8), (0.30, 0.30, 0.30), ["admin", "legal"]),
    "youth-probation": ((5.0, 2.5, 2.0), (0.20, 0.20, 0.20), ["admin"]),
    "vt-investigation": ((3.5, 3.5, 3.5), (0.15, 0.15, 0.15), ["admin"]),
    "rvdk-investigation": ((4.0, 4.0, 4.0), (0.15, 0.15, 0.15), ["admin", "legal"]),
    "voluntary": ((3.0, 3.0, 3.0), (0.10, 0.10, 0.10), ["admin"]),
}
PHASE_WEEKS = {
    "ots": (6, 100, 8), "provisional-ots": (2, 10, 2), "guardianship": (8, 300, 12),
    "youth-probation": (4, 36, 8), "vt-investigation": (4, 4, 2),
    "rvdk-investigation": (4, 6, 2), "voluntary": (6, 20, 6),
}
REGISTERED_ROLES = [
    ("jb", "jeugdbeschermer", "gi"), ("gw", "gedragswetenschapper", "gi"),
    ("vt", "vt-medewerker", "veilig-thuis"), ("rv", "raadsonderzoeker", "raad"),
    ("st", "sociaal-team-medewerker", "local-team"), ("jr", "jeugdreclasseerder", "gi"),
]
SUPPORT_ROLES = [
    ("adm", "administratief medewerker", ["admin"]),
    ("jur", "jurist", ["legal", "admin"]),
    ("plc", "plaatsingscoördinator", ["placement"]),
    ("ost", "ondersteuner", ["admin", "placement"]),
]


def r2(x, step=0.05):
    """Round to a step and to 2 decimals (clean decimal hours)."""
    return round(round(x / step) * step, 2)


def make_networks(seed, org_ids):
    """Two overlapping networks over most of `org_ids`, one sharing support; some outside.

    Uses its own random stream (not the scenario's), so adding networks changes nothing else.
    """
    rng = random.Random(seed * 1_000_003 + 48)
    ids = list(org_ids)
    rng.shuffle(ids)
    n_outside = 0 if len(ids) <= 3 else (1 if len(ids) <= 5 else 2)
    members = ids[n_outside:]
    k = len(members) // 2
    groups = [members[: k + 1], members[k:]]  # they share members[k]
    shared = rng.randrange(2)
    order = {o: i for i, o in enumerate(org_ids)}
    return [
        {"id": f"net-{i}", "organisations": sorted(g, key=order.get), "shared_support": i - 1 == shared}
        for i, g in enumerate(groups, 1)
    ]


def generate(seed, n_workers, n_cases, tight=False, networks=False):
    rng = random.Random(seed)
    year = rng.choice([2025, 2026, 2026, 2027])
    weekno = rng.randint(1, 52)
    monday = dt.date.fromisocalendar(year, weekno, 1)
    week = f"{year}-W{weekno:02d}"

    def day(offset):
        return monday + dt.timedelta(days=offset)

    # -- organisations
    n_orgs = rng.randint(3, 8)
    kinds = ["gi", "local-team", "veilig-thuis"] + [rng.choice(ORG_KINDS) for _ in range(n_orgs - 3)]
    rng.shuffle(kinds)
    organisations = []
    orgs_by_kind = {}
    for i, kind in enumerate(kinds, 1):
        oid = f"{ORG_PREFIX[kind]}-{i}"
        # Every organisation may lead every framework (H10 does not bind here): generated
        # regions measure the search on hours, norms and duos, not on who holds the mandate.
        organisations.append(
            {"id": oid, "name": f"{ORG_NAMES[kind]} {i}", "kind": kind, "mandates": list(FRAMEWORKS)}
        )
        orgs_by_kind.setdefault(kind, []).append(oid)
    org_ids = [o["id"] for o in organisations]

    # -- task kinds
    task_kinds = []
    extra_kinds = []  # (id, registered)
    roll = rng.random()
    if roll < 0.25:
        extra_kinds.append(("court-report", True))
    elif roll < 0.45:
        extra_kinds.append(("transport", False))
    elif roll < 0.55:
        extra_kinds += [("court-report", True), ("transport", False)]
    if extra_kinds or rng.random() < 0.3:
        if rng.random() < 0.5:
            task_kinds.append({"id": "casework", "registered": True})
        for kid, reg in extra_kinds:
            task_kinds.append({"id": kid, "registered": reg})
    delegable = DELEGABLE + [k for k, reg in extra_kinds if not reg]
    registered_extra = [k for k, reg in extra_kinds if reg]

    # -- settings
    settings = {}
    if rng.random() < 0.6:
        if rng.random() < 0.3:
            settings["fte_hours"] = rng.choice([32, 36, 38, 40])
        if rng.random() < 0.3:
            settings["casework_share"] = rng.choice([0.7, 0.75, 0.85, 0.9, 1.0])
        if rng.random() < 0.3:
            settings["max_cases_per_fte"] = rng.choice([6, 8, 10, 12, 15])
        if rng.random() < 0.3:
            settings["max_children_per_fte"] = rng.choice([8, 10, 14, 16, 22])
        if rng.random() < 0.3:
            settings["overload_allowed"] = rng.choice([0.0, 0.05, 0.1])
        if rng.random() < 0.25:
            settings["duo_across_organisations"] = rng.random() < 0.4
        if rng.random() < 0.2:
            settings["ramp_up"] = rng.choice([
                [{"months": 6, "factor": 0.75}, {"months": 3, "factor": 0.5}],  # unsorted
                [{"months": 2, "factor": 0.6}],
                [{"months": 1, "factor": 0.25}, {"months": 4, "factor": 0.5}, {"months": 12, "factor": 0.9}],
                [],
            ])
        if rng.random() < 0.1:
            settings["duo_split"] = rng.choice([0.5, 0.6])
        if rng.random() < 0.2:
            settings["weights"] = {
                "waiting": rng.choice([500, 1000, 5000]), "handover": rng.choice([10, 50, 200]),
                "undelegated": rng.choice([1, 5, 20]), "balance": rng.choice([0, 1, 10]),
            }

    # -- case types
    scale = 1.6 if tight else 1.0
    case_types = {}
    for fw in FRAMEWORKS:
        totals, shares, to = BASE_HOURS[fw]
        entry = {}
        for pi, phase in enumerate(PHASES):
            total = totals[pi] * scale * rng.uniform(0.8, 1.2)
            deleg = total * shares[pi]
            hours = {"casework": r2(total - deleg, 0.1)}
            targets = list(to)
            if fw in ("ots", "guardianship") and phase == "middle" and rng.random() < 0.5:
                targets.append("placement")
            parts = [rng.random() + 0.2 for _ in targets]
            for kind, p in zip(targets, parts):
                hours[kind] = r2(deleg * p / sum(parts), 0.1)
            for kid, _reg in extra_kinds:
                if rng.random() < 0.3:
                    hours[kid] = r2(rng.uniform(0.2, 1.0), 0.1)
            if rng.random() < 0.1:
                hours["legal"] = 0.0 if "legal" not in hours else hours["legal"]
            entry[phase] = {"weeks": PHASE_WEEKS[fw][pi], "hours": hours}
        case_types[fw] = entry

    # -- staff
    staff = []
    reg_share = 0.62 if tight else 0.72
    caseworkers = []  # ids of workers with casework in their tasks
    by_id = {}
    for i in range(1, n_workers + 1):
        w = {}
        # a few steady workers so that small scenarios can serve cases at all
        support_anchor = i == 2 and n_workers >= 3
        anchor = not support_anchor and i <= max(1, n_workers // 8)
        registered_type = anchor or (not support_anchor and rng.random() < reg_share)
        if registered_type:
            prefix, role, org_kind = rng.choice(REGISTERED_ROLES)
            orgs = orgs_by_kind.get(org_kind) or org_ids
            org = rng.choice(orgs) if rng.random() < 0.8 else rng.choice(org_ids)
            tasks = ["casework"]
            for k in delegable:
                if rng.random() < 0.35:
                    tasks.append(k)
            for k in registered_extra:
                if rng.random() < 0.5:
                    tasks.append(k)
        else:
            prefix, role, tasks = rng.choice(SUPPORT_ROLES)
            tasks = list(tasks)
            org = rng.choice(org_ids)
            for k in delegable:
                if k not in tasks and rng.random() < 0.15:
                    tasks.append(k)
            if rng.random() < 0.05:
                tasks.append("casework")  # listed, but not registered: must never get casework
        wid = f"{prefix}-{i:04d}"
        w["id"] = wid
        if rng.random() < 0.5:
            w["name"] = f"Medewerker {i}"
        w["organisation"] = org
        w["role"] = role
        w["tasks"] = tasks
        # registration: mostly valid, some expired, some on the edge, some missing
        if registered_type:
            roll = rng.random()
            if roll < 0.78:
                w["registered_until"] = day(rng.randint(1, 1500))
            elif roll < 0.83:
                w["registered_until"] = monday  # valid: registered on the Monday itself
            elif roll < 0.88:
                w["registered_until"] = day(-1)  # expired the Sunday before
            elif roll < 0.95:
                w["registered_until"] = day(-rng.randint(2, 600))
            # else: missing
        elif rng.random() < 0.1:
            w["registered_until"] = day(rng.randint(-100, 900))
        # hours
        roll = rng.random()
        if roll < 0.05:
            hours = 0
        elif roll < 0.15:
            hours = rng.choice([4, 8, 12.5, 16])
        else:
            hours = rng.choice([20, 24, 28, 30.5, 32, 32, 36, 36, 36, 38, 40])
        if tight:
            hours = r2(hours * rng.uniform(0.55, 0.9), 0.5)
        w["hours"] = hours
        if rng.random() < 0.12:
            w["casework_share"] = rng.choice([0.5, 0.6, 0.7, 0.9, 1.0])
        if rng.random() < 0.1:
            w["max_cases"] = rng.randint(0, 3) if tight else rng.randint(1, 12)
        if rng.random() < 0.06:
            w["max_children"] = rng.randint(1, 20)
        # started: mostly long ago; some in ramp-up, on the boundaries, or after the week
        roll = rng.random()
        if roll < 0.55:
            w["started"] = day(-rng.randint(200, 8000))
        elif roll < 0.65:
            w["started"] = day(-rng.randint(0, 90))
        elif roll < 0.73:
            w["started"] = day(-rng.randint(90, 185))
        elif roll < 0.78:  # exactly 3 or 6 calendar months before the Monday, or a day off
            months = rng.choice([3, 6])
            back = monday.month - 1 - months
            y, mth = monday.year + back // 12, back % 12 + 1
            d = dt.date(y, mth, min(monday.day, calendar.monthrange(y, mth)[1]))
            w["started"] = d + dt.timedelta(days=rng.choice([-1, 0, 0, 1]))
        elif roll < 0.82:
            w["started"] = day(rng.randint(1, 60))  # starts after the planned Monday
        elif roll < 0.85:  # the last day of a month (calendar months clamp the day)
            d = day(-rng.randint(60, 200))
            w["started"] = d.replace(day=calendar.monthrange(d.year, d.month)[1])
        # else: unknown start
        sk = [s for s in SKILLS if rng.random() < 0.15]
        if sk or rng.random() < 0.3:
            w["skills"] = sk
        if rng.random() < 0.55:
            w["municipalities"] = rng.sample(MUNICIPALITIES, rng.randint(1, 4))
        absences = []
        if rng.random() < (0.35 if tight else 0.25):
            for _ in range(rng.choice([1, 1, 1, 2])):
                kind = rng.randint(0, 6)
                if kind == 0:  # the whole week and more
                    a = {"from": day(-rng.randint(0, 20)), "to": day(4 + rng.randint(0, 30))}
                elif kind == 1:  # part of the week
                    s = rng.randint(0, 4)
                    a = {"from": day(s), "to": day(s + rng.randint(0, 3))}
                elif kind == 2:  # with hours, inside the week
                    s = rng.randint(0, 4)
                    a = {"from": day(s), "to": day(min(6, s + rng.randint(0, 2))),
                         "hours": rng.choice([2, 4, 7.5, 8, 16, 40])}
                elif kind == 3:  # with hours, spanning several weeks
                    a = {"from": day(-rng.randint(1, 14)), "to": day(rng.randint(0, 14)),
                         "hours": rng.choice([4, 8, 12])}
                elif kind == 4:  # outside the week
                    s = rng.choice([-rng.randint(5, 60), rng.randint(7, 60)])
                    a = {"from": day(s - 4) if s < 0 else day(s), "to": day(s - 1) if s < 0 else day(s + 3)}
                elif kind == 5:  # the weekend only
                    a = {"from": day(5), "to": day(6)}
                else:  # from the week before into this one
                    a = {"from": day(-rng.randint(1, 9)), "to": day(rng.randint(0, 2))}
                absences.append(a)
        if absences:
            w["absences"] = absences
        if anchor or support_anchor:
            for k in ("municipalities", "absences", "casework_share", "max_cases", "max_children"):
                w.pop(k, None)
            w["started"] = day(-rng.randint(400, 4000))
            w["hours"] = rng.choice([24, 28, 32] if tight else [32, 36, 40])
            if anchor:
                w["registered_until"] = day(rng.randint(30, 1500))
            else:
                w["tasks"] = list(delegable)
        staff.append(w)
        by_id[wid] = w
        if "casework" in tasks:
            caseworkers.append(wid)

    def is_registered(wid):
        ru = by_id[wid].get("registered_until")
        return ru is not None and ru >= monday

    def serves(wid, muni):
        ms = by_id[wid].get("municipalities")
        return ms is None or muni in ms

    good_by_muni = {
        m: [w for w in caseworkers if is_registered(w) and serves(w, m) and by_id[w]["hours"] > 0]
        for m in MUNICIPALITIES
    }
    doers = {k: [w["id"] for w in staff if k in w["tasks"]] for k in delegable + registered_extra}
    duo_across = settings.get("duo_across_organisations", True)

    # -- cases
    cases = []
    width = max(4, len(str(n_cases)))
    for i in range(1, n_cases + 1):
        fw = rng.choice(FRAMEWORKS)
        phase = rng.choices(PHASES, weights=[3, 5, 2])[0]
        muni = rng.choice(MUNICIPALITIES)
        duo_p = {"voluntary": 0.7, "vt-investigation": 0.4}.get(fw, 0.12)
        c = {
            "id": f"fam-{i:0{width}d}",
            "municipality": muni,
            "children": rng.choices([1, 2, 3, 4, 5], weights=[45, 30, 15, 7, 3])[0],
            "framework": fw,
            "phase": phase,
            "priority": rng.choices([1, 2, 3], weights=[2, 5, 3])[0],
            "duo": rng.random() < duo_p,
        }
        if rng.random() < 0.15:
            c["skills"] = [rng.choice(SKILLS)]
        elif rng.random() < 0.1:
            c["skills"] = []
        default_hours = case_types[fw][phase]["hours"]
        if rng.random() < 0.25:
            # explicit hours: every kind of the case type (so a whole-or-per-kind reading of
            # `hours` gives the same demand), some 0, sometimes more kinds
            hours = {}
            for k, h in default_hours.items():
                hours[k] = 0.0 if rng.random() < 0.15 else r2(h * rng.uniform(0.5, 1.8), 0.25)
            for k in ["legal", "placement"] + [kid for kid, _r in extra_kinds]:
                if k not in hours and rng.random() < 0.2:
                    hours[k] = r2(rng.uniform(0.25, 2.0), 0.25) if rng.random() < 0.8 else 0.0
            if rng.random() < 0.02:
                hours = {k: 0.0 for k in hours}  # nothing to do this week, yet served whole
            c["hours"] = hours
        demand = c.get("hours", default_hours)
        # current lead: mostly a worker who is still valid, sometimes one who is not any more
        if caseworkers and rng.random() < 0.55:
            good = good_by_muni[muni]
            if good and rng.random() < 0.8:
                lead = rng.choice(good)
            else:
                lead = rng.choice(caseworkers)
            c["lead"] = lead
            if c["duo"] and rng.random() < 0.6:
                lead_org = by_id[lead]["organisation"]
                pool = [w for w in good if w != lead and (not duo_across or by_id[w]["organisation"] != lead_org)]
                if pool and rng.random() < 0.85:
                    c["partner"] = rng.choice(pool)
                else:
                    other = [w for w in caseworkers[:50] if w != lead]
                    if other:
                        c["partner"] = rng.choice(other)
            # a lock only where the current people could still be valid
            if rng.random() < 0.06:
                ok = (is_registered(lead) and serves(lead, muni) and by_id[lead]["hours"] > 0
                      and all(s in by_id[lead].get("skills", []) for s in c.get("skills", [])))
                p = c.get("partner")
                if p is not None:
                    ok = ok and is_registered(p) and serves(p, muni) and p != lead and (
                        not (c["duo"] and duo_across)
                        or by_id[p]["organisation"] != by_id[lead]["organisation"])
                elif c["duo"]:
                    ok = False
                if ok:
                    c["lock"] = True
        # supporters: task kind -> worker
        sup = {}
        for k, h in demand.items():
            if k != "casework" and h > 0 and doers.get(k) and rng.random() < 0.3:
                sup[k] = rng.choice(doers[k])
        if sup:
            c["supporters"] = sup
        if rng.random() < (0.5 if "lead" not in c else 0.1):
            c["waiting_since"] = day(-rng.randint(0, 140))
        cases.append(c)

    scenario = {
        "name": f"Random scenario seed {seed} ({n_workers} workers, {n_cases} cases"
                f"{', tight' if tight else ''}{', networks' if networks else ''})",
        "week": week,
    }
    if settings:
        scenario["settings"] = settings
    scenario["organisations"] = organisations
    if networks:
        scenario["networks"] = make_networks(seed, org_ids)
    if task_kinds:
        scenario["task_kinds"] = task_kinds
    scenario["case_types"] = case_types
    scenario["staff"] = staff
    scenario["cases"] = cases
    return scenario


# ---------------------------------------------------------------------------------------------
# output

_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*\Z")
_YAML_SPECIAL_KEYS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null"}


def _num(x):
    if isinstance(x, int):
        return str(x)
    s = f"{x:.6f}".rstrip("0")
    return s + "0" if s.endswith(".") else s


def flow(v):
    """YAML flow text; strings double-quoted (JSON escapes are YAML escapes), dates plain."""
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return _num(v)
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict):
        return "{" + ", ".join(f"{key(k)}: {flow(x)}" for k, x in v.items()) + "}"
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(flow(x) for x in v) + "]"
    raise TypeError(f"cannot write {type(v).__name__}")


def key(k):
    k = str(k)
    if _PLAIN_KEY.match(k) and k.lower() not in _YAML_SPECIAL_KEYS:
        return k
    return json.dumps(k, ensure_ascii=False)


def to_yaml(scenario):
    out = []
    for k, v in scenario.items():
        if isinstance(v, list):
            if not v:
                out.append(f"{key(k)}: []")
                continue
            out.append(f"{key(k)}:")
            out.extend(f"  - {flow(x)}" for x in v)
        elif isinstance(v, dict) and k == "case_types":
            out.append(f"{key(k)}:")
            out.extend(f"  {key(fk)}: {flow(fv)}" for fk, fv in v.items())
        else:
            out.append(f"{key(k)}: {flow(v)}")
    return "\n".join(out) + "\n"


def to_json(scenario):
    def default(o):
        if isinstance(o, dt.date):
            return o.isoformat()
        raise TypeError(type(o).__name__)

    return json.dumps(scenario, ensure_ascii=False, indent=1, default=default) + "\n"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--workers", type=int, required=True)
    ap.add_argument("--cases", type=int, required=True)
    ap.add_argument("--tight", action="store_true", help="scarce capacity: many cases wait")
    ap.add_argument("--networks", action="store_true",
                    help="add networks (H11): two overlapping, one sharing support, some organisations outside")
    ap.add_argument("--format", choices=["yaml", "json"], default="yaml")
    args = ap.parse_args(argv)
    if args.workers < 1 or args.cases < 0:
        ap.error("--workers must be ≥ 1 and --cases ≥ 0")
    sc = generate(args.seed, args.workers, args.cases, args.tight, args.networks)
    sys.stdout.write(to_yaml(sc) if args.format == "yaml" else to_json(sc))
    return 0


if __name__ == "__main__":
    sys.exit(main())
