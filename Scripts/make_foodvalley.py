#!/usr/bin/env python3
"""Generate Scenarios/foodvalley.yaml, the example region that `caseload demo` plans.

Also writes, next to it and from the same team and families, the peak-load scenarios
(peak-*.yaml) and foodvalley-without-supporters.yaml (see PEAKS).

Deterministic: the same --seed gives the same file, byte for byte. Standard library only;
the YAML is written by hand (flow-style mappings, one item per line or two), see SPEC.md §4.
If PyYAML happens to be installed the output is also parsed back and cross-checked
(validate(): references, privacy, the teaching cases, and the people of record under H10,
mandate, and H11, who may see a family; it fails loudly).

The people of record are lawful: measures (OTS, provisional OTS, guardianship, youth
probation) are led by the GIs, investigations by Veilig Thuis and the Raad, voluntary families
by their local team's gezinsregisseur with a JeugdLink professional as duo partner; duos stay
inside the JeugdLink network and supporters work for their own organisation's families.

    python3 Scripts/make_foodvalley.py            # writes Scenarios/foodvalley.yaml
    python3 Scripts/make_foodvalley.py --seed 7 --out /tmp/x.yaml

Capacity figures and a greedy estimate of the waiting list go to stderr. The estimate is
only a sanity check of the calibration; the real plan is whatever `caseload plan` finds.
Sources: DOMAIN.md ([S] sourced, [D] derived, [E] estimated).
"""

import argparse
import datetime as dt
import math
import os
import random
import re
import sys
import textwrap

SEED = 48
WEEK = "2026-W48"
MONDAY = dt.date(2026, 11, 23)  # ISO 2026-W48
FRIDAY = MONDAY + dt.timedelta(days=4)
SUNDAY = MONDAY + dt.timedelta(days=6)

# ---------------------------------------------------------------------------------------------
# Settings (SPEC §4 defaults; the numbers are [S] from DOMAIN.md unless marked)
# ---------------------------------------------------------------------------------------------
FTE_HOURS = 36            # [S] CAO Jeugdzorg
CASEWORK_SHARE = 0.8      # [E] DOMAIN: 36 x 0.8 ~ 29 case-bound hours
MAX_CASES_PER_FTE = 9     # [S] Significant 2022: 8-9 families per FTE
MAX_CHILDREN_PER_FTE = 12  # [S] FNV-GI agreement 2023
RAMP_UP = [(3, 0.5), (6, 0.75)]  # [E]
DUO_SPLIT = 0.5

# Population weights for where families live [E: rounded CBS figures, ~2024].
MUNICIPALITIES = [
    ("ede", 121), ("veenendaal", 68), ("barneveld", 62), ("nijkerk", 44),
    ("wageningen", 40), ("rhenen", 21), ("scherpenzeel", 10.5), ("renswoude", 5.7),
]
MUNI_IDS = [m for m, _ in MUNICIPALITIES]

FRAMEWORKS = ["voluntary", "ots", "provisional-ots", "guardianship", "youth-probation",
              "vt-investigation", "rvdk-investigation"]
PHASES = ["start", "middle", "end"]
TASK_KINDS = {"casework": True, "admin": False, "legal": False, "placement": False}
SKILLS = ["lvb", "crisis", "trauma", "youth-probation", "guardianship"]


def r3(x):
    return round(x + 1e-12, 3)


def split(total, delegable_share, kinds):
    """Weekly hours `total` -> {casework: ..., kind: ...}, delegable share spread evenly."""
    d = total * delegable_share
    out = {"casework": r3(total - d)}
    for k in kinds:
        out[k] = r3(d / len(kinds))
    return out


# case_types: (weeks, total h/week, delegable share, delegable kinds) per framework and phase.
# h/week and shares: DOMAIN.md table ([E] there); phase lengths see the comment block.
CASE_TYPE_SPEC = {
    "ots": {"start": (6, 6.0, 0.20, ["admin"]), "middle": (106, 2.5, 0.25, ["admin"]),
            "end": (8, 3.0, 0.30, ["admin"])},
    "provisional-ots": {"start": (2, 7.0, 0.20, ["admin", "legal"]),
                        "middle": (8, 4.0, 0.20, ["admin", "legal"]),
                        "end": (2, 4.0, 0.20, ["admin", "legal"])},
    "guardianship": {"start": (8, 4.0, 0.30, ["admin", "legal"]),
                     "middle": (340, 1.8, 0.30, ["admin", "legal"]),
                     "end": (16, 1.8, 0.30, ["admin", "legal"])},
    "youth-probation": {"start": (4, 5.0, 0.20, ["admin"]), "middle": (36, 2.5, 0.20, ["admin"]),
                        "end": (8, 2.0, 0.20, ["admin"])},
    "vt-investigation": {"start": (1, 3.5, 0.15, ["admin"]), "middle": (7, 3.5, 0.15, ["admin"]),
                         "end": (2, 3.5, 0.15, ["admin"])},
    "rvdk-investigation": {"start": (2, 4.0, 0.15, ["admin", "legal"]),
                           "middle": (8, 4.0, 0.15, ["admin", "legal"]),
                           "end": (2, 4.0, 0.15, ["admin", "legal"])},
    # safety-team duo: 1.5 h per duo member = 3.0 h for the case, 10 % delegable
    "voluntary": {"start": (6, 3.0, 0.10, ["admin"]), "middle": (20, 3.0, 0.10, ["admin"]),
                  "end": (6, 3.0, 0.10, ["admin"])},
}
CASE_TYPES = {fw: {ph: {"weeks": w, "hours": split(t, s, k)} for ph, (w, t, s, k) in phases.items()}
              for fw, phases in CASE_TYPE_SPEC.items()}

# Events on top of the phase hours, for the minority of cases with explicit `hours` [E, DOMAIN]:
EVENTS = {
    "court": split(3.0, 0.50, ["legal", "admin"]),          # court / extension, 3 wk, +3 h
    "placement": {"casework": 3.9, "placement": 1.5, "legal": 0.6},  # placement, 4 wk, +6 h, 35 %
}

# Families in the team's books, by framework [E: DOMAIN stock table scaled to one region team,
# plus safety-team duo cases (JeugdLink: 62 families a year) and investigations].
CASE_COUNTS = {"ots": 135, "guardianship": 64, "youth-probation": 36, "voluntary": 36,
               "provisional-ots": 6, "vt-investigation": 12, "rvdk-investigation": 11}
PHASE_MIX = {  # [E] stock shares by phase (start heavier than its length: new families)
    "ots": (0.12, 0.73, 0.15), "provisional-ots": (0.5, 0.4, 0.1),
    "guardianship": (0.05, 0.88, 0.07), "youth-probation": (0.12, 0.70, 0.18),
    "voluntary": (0.25, 0.55, 0.20), "vt-investigation": (0.35, 0.50, 0.15),
    "rvdk-investigation": (0.35, 0.50, 0.15),
}
CHILDREN_MIX = {  # [E] P(1..4 children); JeugdLink 2021: 118 children / 62 families [S]
    "voluntary": (0.35, 0.40, 0.18, 0.07),
    "guardianship": (0.70, 0.20, 0.07, 0.03),
    "youth-probation": (0.88, 0.12, 0.0, 0.0),   # the young person, now and then a sibling
    "vt-investigation": (0.50, 0.32, 0.13, 0.05),
    "rvdk-investigation": (0.55, 0.30, 0.11, 0.04),
    "default": (0.62, 0.26, 0.09, 0.03),
}
WAITING_SHARE = 0.12      # families without a current lead ([E], brief: ~85 % have one)

# ---------------------------------------------------------------------------------------------
# Organisations
# ---------------------------------------------------------------------------------------------
ORGANISATIONS = [
    ("lt-ede", "Sociale wijkteams Ede", "local-team", ["ede"]),
    ("lt-veenendaal", "Sociaal team Veenendaal en Renswoude", "local-team", ["veenendaal", "renswoude"]),
    ("lt-barneveld", "Sociaal team Barneveld en Scherpenzeel", "local-team", ["barneveld", "scherpenzeel"]),
    ("lt-nijkerk", "Sociaal team Nijkerk", "local-team", ["nijkerk"]),
    ("lt-wageningen-rhenen", "Sociaal team Wageningen en Rhenen", "local-team", ["wageningen", "rhenen"]),
    ("vt-gm", "Veilig Thuis Gelderland-Midden", "veilig-thuis", None),
    ("rvdk", "Raad voor de Kinderbescherming", "raad", None),
    ("jbg", "Jeugdbescherming Gelderland", "gi", None),
    ("wss", "William Schrikker", "gi", None),
    ("jeugdlink", "JeugdLink FoodValley", "other", None),
]
ORG_MUNIS = {o[0]: o[3] for o in ORGANISATIONS}
ORG_KIND = {o[0]: o[2] for o in ORGANISATIONS}
LOCAL_TEAMS = [o[0] for o in ORGANISATIONS if o[2] == "local-team"]

# H10 (SPEC §3): the frameworks an organisation may lead, by its kind unless it declares them.
# JeugdLink works beside the local team in the voluntary framework [S: Factsheet JeugdLink];
# it declares that mandate (kind `other` has none by default).
KIND_MANDATES = {
    "gi": ["ots", "provisional-ots", "guardianship", "youth-probation"],
    "veilig-thuis": ["vt-investigation"], "raad": ["rvdk-investigation"],
    "local-team": ["voluntary"], "other": [],
}
DECLARED_MANDATES = {"jeugdlink": ["voluntary"]}
ORG_MANDATES = {oid: DECLARED_MANDATES.get(oid, KIND_MANDATES[kind]) for oid, _n, kind, _m in ORGANISATIONS}

# H11: the JeugdLink collaboration is the legal basis to share a family across organisations:
# its professionals come from VT, the Raad and the GIs and work beside the social teams [S].
# Support staff is not shared: supporters work for their own organisation's families [E].
NETWORKS = [
    {"id": "jeugdlink-foodvalley",
     "organisations": ["jeugdlink"] + LOCAL_TEAMS + ["vt-gm", "rvdk", "jbg", "wss"],
     "shared_support": False},
]
STAND_IN_MAX_WEEKS = 2    # SPEC §3 default: a longer absence forces a handover

# Which roles plausibly hold which framework as current lead / partner (for the generated
# current assignment only; the planner itself may use anyone the rules allow).
LEAD_ROLES = {
    "ots": ["jeugdbeschermer"], "provisional-ots": ["jeugdbeschermer"],
    "guardianship": ["voogd"], "youth-probation": ["jeugdreclasseerder"],
    "voluntary": ["gezinsregisseur"], "vt-investigation": ["onderzoeker Veilig Thuis"],
    "rvdk-investigation": ["raadsonderzoeker"],
}
FRAMEWORK_SKILL = {"guardianship": "guardianship", "youth-probation": "youth-probation",
                   "provisional-ots": "crisis"}


# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------
def add_months(d, months):
    y, m = divmod(d.month - 1 + months, 12)
    y += d.year
    m += 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31, 30,
            31, 31, 30, 31, 30, 31][m - 1]
    return dt.date(y, m, min(d.day, last))


def rand_date(rng, lo, hi, weekday_only=False):
    days = (hi - lo).days
    while True:
        d = lo + dt.timedelta(days=rng.randint(0, days))
        if not weekday_only or d.weekday() < 5:
            return d


def apportion(n, weighted_items):
    """n items spread over weighted_items by the largest-remainder method, as a list."""
    tot = sum(w for _, w in weighted_items)
    quotas = [(k, n * w / tot) for k, w in weighted_items]
    counts = {k: int(q) for k, q in quotas}
    rest = n - sum(counts.values())
    for k, q in sorted(quotas, key=lambda kq: -(kq[1] - int(kq[1])))[:rest]:
        counts[k] += 1
    return [k for k, _ in weighted_items for _ in range(counts[k])]


def weighted(rng, items, weights):
    return rng.choices(items, weights=weights, k=1)[0]


def registered_on(w, day):
    ru = w.get("registered_until")
    return ru is not None and ru >= day


def ramp_factor(w):
    started = w.get("started")
    if started is None:
        return 1.0
    for months, factor in RAMP_UP:
        if add_months(started, months) > MONDAY:
            return factor
    return 1.0


def base_hours(w):
    return w["hours"] * w.get("casework_share", CASEWORK_SHARE) * ramp_factor(w)


def available_hours(w):
    base = base_hours(w)
    lost = 0.0
    for a in w.get("absences", []):
        if a["to"] < MONDAY or a["from"] > SUNDAY:
            continue
        if "hours" in a:
            lost += a["hours"]
        else:
            days = sum(1 for i in range(5)
                       if a["from"] <= MONDAY + dt.timedelta(days=i) <= a["to"])
            lost += base * days / 5
    return max(0.0, base - lost)


def norm(w):
    mc = w.get("max_cases", max(1, math.floor(MAX_CASES_PER_FTE * w["hours"] / FTE_HOURS + 1e-9)))
    mk = w.get("max_children",
               max(1, math.floor(MAX_CHILDREN_PER_FTE * w["hours"] / FTE_HOURS + 1e-9)))
    return mc, mk


def serves(w, muni):
    ms = w.get("municipalities")
    return ms is None or muni in ms


def mandates(w):
    """H10: the frameworks worker `w` may lead (their own `mandates`, else their organisation's)."""
    return w.get("mandates", ORG_MANDATES.get(w["organisation"], []))


def may_partner(lead_org, org):
    """H11: a partner of `org` may see a family led from `lead_org`."""
    return lead_org == org or any(lead_org in n["organisations"] and org in n["organisations"]
                                  for n in NETWORKS)


def may_support(lead_org, org):
    """H11: a supporter of `org` may work for a family led from `lead_org`."""
    return lead_org == org or any(n["shared_support"] and lead_org in n["organisations"]
                                  and org in n["organisations"] for n in NETWORKS)


def absence_spell(w):
    """The absence (from, to) of `w` that touches the planned week's working days, or None."""
    for a in w.get("absences", []):
        if "hours" not in a and a["from"] <= FRIDAY and a["to"] >= MONDAY:
            return a["from"], a["to"]
    return None


def stands_in(w):
    """Absent part of the week, or whole weeks up to STAND_IN_MAX_WEEKS: keeps the families,
    a colleague stands in (SPEC §3). Longer: the families must change hands."""
    spell = absence_spell(w)
    return spell is not None and (spell[1] - spell[0]).days + 1 <= 7 * STAND_IN_MAX_WEEKS


def long_absent(w):
    spell = absence_spell(w)
    return spell is not None and (spell[1] - spell[0]).days + 1 > 7 * STAND_IN_MAX_WEEKS


def case_hours(c):
    return c.get("hours") or CASE_TYPES[c["framework"]][c["phase"]]["hours"]


# ---------------------------------------------------------------------------------------------
# Staff
# ---------------------------------------------------------------------------------------------
EXTRA_GI = [("jbg-25", "jbg", "jeugdbeschermer", 36, ["crisis"]),
            ("jbg-26", "jbg", "jeugdreclasseerder", 32, ["youth-probation"]),
            ("jbg-27", "jbg", "voogd", 36, ["guardianship"]),
            ("wss-07", "wss", "jeugdbeschermer", 32, ["lvb"])]


def make_staff(rng, seed=SEED):
    staff = []
    # The support staff added for H11 (each organisation's own) draws its dates from a stream
    # of its own, so that everyone else keeps the dates of the seed's main stream.
    own_rng = random.Random(seed * 1009 + 11)

    def reg_until(lo_year=2027, hi_year=2031, r=rng):
        # SKJ registration runs 5 years [S]; expiry at a month end
        y = r.randint(lo_year, hi_year)
        m = r.randint(1, 12)
        return add_months(dt.date(y, m, 1), 1) - dt.timedelta(days=1)

    def started(lo=2011, hi=2025, r=rng):
        return dt.date(r.randint(lo, hi), r.randint(1, 12), 1)

    def add(wid, org, role, tasks, hours, registered=True, skills=None, munis=None, r=rng, **extra):
        w = {"id": wid, "organisation": org, "role": role, "tasks": tasks}
        if registered:
            w["registered_until"] = reg_until(r=r)
        w["hours"] = hours
        w["started"] = started(r=r)
        if skills:
            w["skills"] = skills
        if munis:
            w["municipalities"] = munis
        w.update(extra)
        staff.append(w)
        return w

    # Registered professionals do their own admin when no supporter has room (H8 falls back to them).
    CW, CWA = ["casework", "admin"], ["casework", "admin"]

    # Safety team JeugdLink: registered professionals seconded from VT, RvdK and the GIs [S].
    for i, (home, h, sk) in enumerate([
            ("VT", 32, ["crisis", "trauma"]), ("VT", 32, ["crisis"]), ("RvdK", 28, ["trauma"]),
            ("JBG", 36, ["crisis", "trauma"]), ("JBG", 32, ["crisis"]), ("JBG", 24, None),
            ("WSS", 32, ["lvb", "crisis"])], 1):
        add(f"jl-{i:02d}", "jeugdlink", f"veiligheidsprofessional ({home})", CW, h, skills=sk)

    # Veilig Thuis and RvdK investigators working in the region.
    for i, (h, sk) in enumerate([(36, ["crisis"]), (32, ["crisis", "trauma"]), (32, ["crisis"])], 1):
        add(f"vt-{i:02d}", "vt-gm", "onderzoeker Veilig Thuis", CWA, h, skills=sk)
    for i, (h, sk) in enumerate([(36, ["trauma"]), (32, None), (28, None)], 1):
        add(f"rvdk-{i:02d}", "rvdk", "raadsonderzoeker", CW, h, skills=sk)

    # Jeugdbescherming Gelderland: child protectors (OTS), guardians, youth probation officers.
    # A few work in a sub-region (municipalities); the rest cover the whole region.
    jb_munis = {3: ["ede", "wageningen", "rhenen"], 6: ["veenendaal", "rhenen", "renswoude"],
                10: ["barneveld", "scherpenzeel", "nijkerk"]}
    n = 0
    for h, tasks, sk in [
            (32, CWA, ["lvb"]), (28, CWA, ["crisis"]), (36, CW, None), (32, CW, ["trauma"]),
            (36, CWA, ["crisis"]), (32, CWA, None), (36, CWA, None), (36, CWA, ["lvb", "trauma"]),
            (32, CW, None), (24, CWA, ["crisis"]), (36, CWA, None), (36, CWA, ["trauma"]),
            (32, CWA, None), (36, CWA, ["crisis", "lvb"])]:
        n += 1
        add(f"jbg-{n:02d}", "jbg", "jeugdbeschermer", tasks, h, skills=sk, munis=jb_munis.get(n))
    for h, sk in [(36, ["guardianship"]), (32, ["guardianship", "trauma"]), (28, ["guardianship"]),
                  (32, ["guardianship", "lvb"]), (36, ["guardianship"]), (28, ["guardianship"]),
                  (24, ["guardianship"])]:
        n += 1
        add(f"jbg-{n:02d}", "jbg", "voogd", CWA + ["legal"], h, skills=sk)
    for h, tasks, sk in [(32, CWA, ["youth-probation"]), (36, CW, ["youth-probation", "crisis"]),
                         (36, CWA, ["youth-probation"])]:
        n += 1
        add(f"jbg-{n:02d}", "jbg", "jeugdreclasseerder", tasks, h, skills=sk)

    # William Schrikker: children or parents with a (mild) intellectual disability -> lvb [S].
    for i, (role, h, sk) in enumerate([
            ("jeugdbeschermer", 32, ["lvb"]), ("jeugdbeschermer", 32, ["lvb", "crisis"]),
            ("jeugdbeschermer", 24, ["lvb", "trauma"]), ("voogd", 36, ["lvb", "guardianship"]),
            ("voogd", 32, ["lvb", "guardianship"]), ("jeugdreclasseerder", 32, ["lvb", "youth-probation"])],
            1):
        add(f"wss-{i:02d}", "wss", role, CWA, h, skills=sk)

    # Local-team family directors (gezinsregisseurs). Most of their week goes to their own
    # local caseload outside this planner, hence casework_share and max_cases overrides [E].
    local = [
        ("lt-ede", ["ede"], 24, True, None), ("lt-ede", ["ede"], 36, True, ["lvb"]),
        ("lt-ede", ["ede"], 24, True, None), ("lt-ede", ["ede"], 36, True, ["trauma"]),
        ("lt-ede", ["ede"], 32, False, None),
        ("lt-veenendaal", ["veenendaal", "renswoude"], 28, True, None),
        ("lt-veenendaal", ["veenendaal"], 32, True, ["lvb"]),
        ("lt-veenendaal", ["veenendaal", "renswoude"], 28, False, None),
        ("lt-barneveld", ["barneveld", "scherpenzeel"], 32, True, None),
        ("lt-barneveld", ["barneveld"], 36, True, None),
        ("lt-nijkerk", ["nijkerk"], 36, True, None),
        ("lt-nijkerk", ["nijkerk"], 24, False, None),
        ("lt-wageningen-rhenen", ["wageningen"], 28, True, None),
        ("lt-wageningen-rhenen", ["wageningen", "rhenen"], 32, True, None),
    ]
    for i, (org, munis, h, registered, sk) in enumerate(local, 1):
        add(f"gr-{i:02d}", org, "gezinsregisseur", CWA, h, registered=registered,
            skills=sk, munis=munis, casework_share=0.25, max_cases=4)

    # Support structure: not registered [S: a lawyer cannot register with SKJ].
    for i, (org, h) in enumerate([("jbg", 36), ("jbg", 32), ("wss", 32)], 1):
        add(f"adm-{i:02d}", org, "administratief medewerker", ["admin"], h, registered=False)
    for i, (org, h) in enumerate([("jbg", 28), ("jbg", 24), ("wss", 24)], 1):
        add(f"jur-{i:02d}", org, "jurist", ["legal", "admin"], h, registered=False)
    for i, org in enumerate(["jbg", "wss"], 1):
        add(f"plc-{i:02d}", org, "plaatsingscoördinator", ["placement"], 24, registered=False)
    # Each organisation's own support (H11: support staff works for its own organisation's
    # families): an administrative worker at Veilig Thuis, a legal-administrative worker at the
    # Raad, and an administrative worker in each local team. Most of their week goes to their
    # organisation's other work, outside this planner (casework_share 0.25, as the
    # gezinsregisseurs') [E].
    add("adm-04", "vt-gm", "administratief medewerker", ["admin"], 28, registered=False, r=own_rng,
        casework_share=0.25)
    for i, org in enumerate(LOCAL_TEAMS, 5):
        add(f"adm-{i:02d}", org, "administratief medewerker", ["admin"], 24, registered=False,
            r=own_rng, casework_share=0.25)
    add("jur-04", "rvdk", "juridisch-administratief medewerker", ["legal", "admin"], 24,
        registered=False, r=own_rng, casework_share=0.25)
    # Only a GI carries out a measure (H10): the GIs' own professionals carry every OTS,
    # guardianship and youth probation family, so the GIs have a few more of them [E].
    for wid, org, role, h, sk in EXTRA_GI:
        add(wid, org, role, ["casework", "admin"] + (["legal"] if role == "voogd" else []), h,
            skills=sk, r=own_rng)

    by_id = {w["id"]: w for w in staff}
    D = dt.date
    # Special people the demo should show (fixed, not random):
    by_id["jbg-04"]["started"] = D(2026, 10, 1)           # new colleague, ramp-up 0.5
    by_id["jbg-04"]["registered_until"] = D(2031, 8, 31)
    by_id["jbg-13"]["started"] = D(2026, 7, 1)            # second ramp-up step, 0.75
    by_id["jbg-13"]["registered_until"] = D(2031, 5, 31)
    by_id["jbg-07"]["registered_until"] = D(2026, 10, 31)  # registration EXPIRED before W48
    by_id["jbg-07"]["started"] = D(2013, 3, 1)
    by_id["jbg-11"]["registered_until"] = D(2026, 12, 31)  # valid in W48, expires next month
    # Absences (hours only, never a reason):
    by_id[TWO_DAYS]["absences"] = [{"from": D(2026, 11, 18), "to": D(2026, 11, 24)}]  # sick, Mon-Tue of W48
    # away all of W48 (9 days in all, under stand_in_max_weeks): keeps the families, a stand-in
    by_id[WEEK_AWAY]["absences"] = [{"from": D(2026, 11, 19), "to": D(2026, 11, 27)}]
    # sick four weeks (longer than stand_in_max_weeks): the families must change hands
    by_id[LONG_AWAY]["absences"] = [{"from": D(2026, 11, 9), "to": D(2026, 12, 4)}]
    by_id["jbg-09"]["absences"] = [{"from": D(2026, 11, 27), "to": D(2026, 11, 27)}]  # day off
    by_id["jbg-12"]["absences"] = [{"from": D(2026, 9, 1), "to": D(2027, 2, 28), "hours": 8}]  # part-time leave
    by_id["jl-02"]["absences"] = [{"from": D(2026, 11, 23), "to": D(2026, 11, 23)}]   # day off
    by_id["adm-03"]["absences"] = [{"from": D(2026, 11, 23), "to": D(2026, 11, 27)}]  # whole W48
    by_id["wss-02"]["absences"] = [{"from": D(2026, 11, 26), "to": D(2026, 12, 4)}]   # sick, 2 days in W48
    by_id["vt-01"]["absences"] = [{"from": D(2026, 12, 21), "to": D(2027, 1, 1)}]     # after W48
    by_id["gr-06"]["absences"] = [{"from": D(2026, 11, 2), "to": D(2026, 11, 6)}]     # before W48
    by_id["rvdk-02"]["absences"] = [{"from": D(2026, 11, 30), "to": D(2026, 12, 11)}]  # after W48
    return staff


# ---------------------------------------------------------------------------------------------
# Cases
# ---------------------------------------------------------------------------------------------
def make_cases(rng, staff):
    cases = []
    # Municipalities: exact shares by population (largest remainder), shuffled over families.
    total = sum(CASE_COUNTS.values())
    munis = apportion(total, MUNICIPALITIES)
    rng.shuffle(munis)
    for fw in FRAMEWORKS:
        for _ in range(CASE_COUNTS[fw]):
            muni = munis.pop()
            phase = weighted(rng, PHASES, PHASE_MIX[fw])
            children = weighted(rng, [1, 2, 3, 4], CHILDREN_MIX.get(fw, CHILDREN_MIX["default"]))
            if fw == "provisional-ots" or (fw == "vt-investigation" and phase == "start"):
                prio = 1
            else:
                prio = weighted(rng, [1, 2, 3], [0.14, 0.36, 0.50])
            c = {"id": None, "municipality": muni, "children": children, "framework": fw,
                 "phase": phase, "priority": prio}
            duo = fw == "voluntary" or (fw == "ots" and phase == "start" and rng.random() < 0.5)
            c["duo"] = duo
            skills = []
            if fw in FRAMEWORK_SKILL:
                skills.append(FRAMEWORK_SKILL[fw])
            if fw in ("ots", "guardianship", "youth-probation") and rng.random() < 0.11:
                skills.append("lvb")
            elif fw == "voluntary" and muni in ("ede", "veenendaal") and rng.random() < 0.12:
                skills.append("lvb")
            elif fw == "ots" and rng.random() < 0.03:
                skills.append("trauma")
            if skills:
                c["skills"] = skills
            # explicit hours for a minority: an event on top of the phase's default hours
            ev = None
            u = rng.random()
            if fw == "ots" and phase != "start":
                ev = "court" if u < 0.07 else ("placement" if u < 0.13 else None)
            elif fw == "guardianship":
                ev = "placement" if u < 0.07 else None
            elif fw == "youth-probation" and phase != "start":
                ev = "court" if u < 0.08 else None
            if ev:
                h = dict(CASE_TYPES[fw][phase]["hours"])
                for k, v in EVENTS[ev].items():
                    h[k] = r3(h.get(k, 0.0) + v)
                c["hours"] = h
            c["_event"] = ev
            cases.append(c)

    # Shuffle so ids don't reveal the framework, then number them.
    rng.shuffle(cases)
    for i, c in enumerate(cases, 1):
        c["id"] = f"fv-{i:04d}"

    # Which families currently wait (no lead): mostly new families in their start phase.
    n_wait = round(WAITING_SHARE * len(cases))
    pool = list(cases)
    waiting = set()
    while len(waiting) < n_wait:
        weights = [0 if c["id"] in waiting else (12 if c["phase"] == "start" else 1) for c in pool]
        c = rng.choices(pool, weights=weights, k=1)[0]
        waiting.add(c["id"])

    assign_current(rng, staff, cases, waiting)
    return cases


def assign_current(rng, staff, cases, waiting):
    by_id = {w["id"]: w for w in staff}
    load = {w["id"]: [0, 0, 0.0] for w in staff}  # cases, children, casework hours
    # current caseloads: most within the norm; a few run above it (practice [S]); the new
    # colleagues and the expired registration hold only a handful.
    over = {"jbg-02": (1, 2), "jbg-10": (1, 1), "jbg-18": (1, 2)}
    cap_cases = {"jbg-04": 2, "jbg-13": 4, "jbg-07": 5}
    sup_load = {w["id"]: 0.0 for w in staff}

    def cap(w):
        mc, mk = norm(w)
        dc, dk = over.get(w["id"], (0, 0))
        mc, mk = mc + dc, mk + dk
        if w["id"] in cap_cases:
            mc = min(mc, cap_cases[w["id"]])
        return mc, mk

    def fits(w, c, cw):
        mc, mk = cap(w)
        l = load[w["id"]]
        # hours check without this week's absences: a current assignment predates them
        return (l[0] + 1 <= mc and l[1] + c["children"] <= mk
                and l[2] + cw <= base_hours(w) + 1e-9)

    def lead_ok(w, c):
        return ("casework" in w["tasks"]
                and c["framework"] in mandates(w)  # H10
                and (registered_on(w, MONDAY) or w["id"] == "jbg-07")
                and serves(w, c["municipality"])
                and all(s in w.get("skills", []) for s in c.get("skills", [])))

    def take(w, c, cw):
        l = load[w["id"]]
        l[0] += 1
        l[1] += c["children"]
        l[2] += cw

    def pick(cands, c, cw):
        cands = [w for w in cands if fits(w, c, cw)]
        if not cands:
            return None
        weights = []
        for w in cands:
            mc, mk = cap(w)
            l = load[w["id"]]
            weights.append(max(0.1, min(mc - l[0], (mk - l[1]) / 1.5)))
        return rng.choices(cands, weights=weights, k=1)[0]

    # constrained cases first (skills, smaller municipalities), then the rest in seeded order
    order = [c for c in cases if c["id"] not in waiting]
    rng.shuffle(order)
    first = {"vt-investigation": 0, "rvdk-investigation": 0, "voluntary": 1}
    order.sort(key=lambda c: (-len(c.get("skills", [])), first.get(c["framework"], 2)))
    dropped = []
    for c in order:
        cw = case_hours(c).get("casework", 0.0)
        lcw = cw * (1 - DUO_SPLIT) if c["duo"] else cw
        cands = [w for w in staff if w["role"] in LEAD_ROLES[c["framework"]] and lead_ok(w, c)]
        lead = pick(cands, c, lcw)
        if lead is None:
            dropped.append(c)
            continue
        partner = None
        if c["duo"]:
            # a voluntary family: the JeugdLink professional beside the local team's
            # gezinsregisseur; another duo: the safety team first, VT and RvdK professionals
            # when it is full (all in the JeugdLink network: H5, H11)
            tiers = [("jeugdlink",)] if c["framework"] == "voluntary" else [("jeugdlink",), ("vt-gm", "rvdk")]
            for orgs in tiers:
                pc = [w for w in staff if w["organisation"] in orgs and
                      w["organisation"] != lead["organisation"] and
                      may_partner(lead["organisation"], w["organisation"]) and
                      registered_on(w, MONDAY) and serves(w, c["municipality"]) and
                      "casework" in w["tasks"]]
                partner = pick(pc, c, cw * DUO_SPLIT)
                if partner is not None:
                    break
            if partner is None:
                dropped.append(c)
                continue
        take(lead, c, lcw)
        c["lead"] = lead["id"]
        if partner:
            take(partner, c, cw * DUO_SPLIT)
            c["partner"] = partner["id"]
    for c in dropped:
        waiting.add(c["id"])

    # Waiting families: waiting_since in Oct-Nov 2026 (before the planned Monday).
    for c in cases:
        if c["id"] in waiting:
            c.pop("lead", None)
            c.pop("partner", None)
            if c["framework"] == "provisional-ots" or (c["framework"] == "vt-investigation"
                                                       and c["phase"] == "start"):
                lo = dt.date(2026, 11, 9)
            elif c["phase"] == "start":
                lo = dt.date(2026, 10, 12)
            else:
                lo = dt.date(2026, 10, 1)
            c["waiting_since"] = rand_date(rng, lo, dt.date(2026, 11, 20), weekday_only=True)

    # One duo case whose partner has left: lead present, partner missing.
    duo_led = sorted((c for c in cases if c["duo"] and c.get("partner") and c["framework"] == "ots"),
                     key=lambda c: c["id"])
    if duo_led:
        c = duo_led[0]
        p = by_id[c.pop("partner")]
        l = load[p["id"]]
        l[0] -= 1
        l[1] -= c["children"]

    # Current supporters on some cases (who did the delegable work last week): support staff
    # of the lead's own organisation (H11: the JeugdLink network shares no support).
    sup_cap = {w["id"]: base_hours(w) * 0.6 for w in staff if "registered_until" not in w
               and w["role"] != "gezinsregisseur"}
    support = {}  # (organisation, task kind) -> support staff
    for w in staff:
        if w["id"] in sup_cap:
            for k in w["tasks"]:
                support.setdefault((w["organisation"], k), []).append(w["id"])

    def supporter(lead_org, kind):
        cands = sorted({s for (org, k), ss in support.items() for s in ss
                        if k == kind and may_support(lead_org, org)})
        return rng.choice(cands) if cands else None

    candidates = sorted((c for c in cases if c.get("lead")), key=lambda c: c["id"])
    rng.shuffle(candidates)
    n_sup = 0
    for c in candidates:
        if n_sup >= 30:
            break
        h = case_hours(c)
        lead_org = by_id[c["lead"]]["organisation"]
        sup = {}
        if c.get("_event") == "placement" and "placement" in h:
            sup["placement"] = supporter(lead_org, "placement")
        if "legal" in h and (c["framework"] in ("guardianship", "rvdk-investigation")
                             or c.get("_event") == "court") and rng.random() < 0.5:
            sup["legal"] = supporter(lead_org, "legal")
        if "admin" in h and rng.random() < 0.6:
            sup["admin"] = supporter(lead_org, "admin")
        sup = {k: s for k, s in sup.items() if s is not None}
        if not sup or not all(sup_load[s] + h[k] <= sup_cap[s] for k, s in sup.items()):
            continue
        for k, s in sup.items():
            sup_load[s] += h[k]
        c["supporters"] = dict(sorted(sup.items()))
        n_sup += 1

    # Two locked assignments, with leads that are valid this week and not over their norm.
    def lockable(c, role):
        w = by_id.get(c.get("lead"))
        if not w or w["role"] != role or w["id"] in over or w["id"] in cap_cases:
            return False
        return registered_on(w, MONDAY) and not w.get("absences") and not c["duo"]

    for role, fw in (("voogd", "guardianship"), ("jeugdreclasseerder", "youth-probation")):
        for c in sorted(cases, key=lambda c: c["id"]):
            if c["framework"] == fw and c["phase"] == "middle" and lockable(c, role):
                c["lock"] = True
                break
    return load


# ---------------------------------------------------------------------------------------------
# Capacity report and a greedy plan estimate (stderr)
# ---------------------------------------------------------------------------------------------
def capacity_report(staff, cases, out=sys.stderr):
    reg = [w for w in staff if registered_on(w, MONDAY) and "casework" in w["tasks"]]
    sup = [w for w in staff if not registered_on(w, MONDAY)]

    def p(*a):
        print(*a, file=out)

    avail_reg = sum(available_hours(w) for w in reg)
    base_reg = sum(base_hours(w) for w in reg)
    cw_demand = sum(case_hours(c).get("casework", 0.0) for c in cases)
    deleg = {}
    for c in cases:
        for k, v in case_hours(c).items():
            if k != "casework":
                deleg[k] = deleg.get(k, 0.0) + v
    slots = sum(norm(w)[0] for w in reg)
    kids = sum(norm(w)[1] for w in reg)
    need_slots = sum(2 if c["duo"] else 1 for c in cases)
    need_kids = sum(c["children"] * (2 if c["duo"] else 1) for c in cases)
    sup_avail = {}
    for w in sup:
        for k in w["tasks"]:
            if not TASK_KINDS.get(k, False):
                sup_avail.setdefault(k, []).append(available_hours(w))
    sup_total = sum(available_hours(w) for w in sup
                    if any(not TASK_KINDS.get(k, False) for k in w["tasks"]))
    deleg_total = sum(deleg.values())

    p(f"== FoodValley scenario, week {WEEK} (Monday {MONDAY}) ==")
    p(f"staff {len(staff)}: registered for casework {len(reg)}, not registered {len(sup)}")
    p(f"cases {len(cases)}: children {sum(c['children'] for c in cases)}, duo {sum(c['duo'] for c in cases)}")
    p(f"registered available hours {avail_reg:.1f} (before absences {base_reg:.1f})"
      f" vs casework demand {cw_demand:.1f} -> demand {100 * cw_demand / avail_reg:.0f} %")
    p(f"norm slots (families, lead+partner) {slots} vs needed {need_slots}"
      f" -> {100 * need_slots / slots:.0f} %")
    p(f"norm children slots {kids} vs needed {need_kids} -> {100 * need_kids / kids:.0f} %")
    p(f"supporter available hours {sup_total:.1f} vs delegable demand {deleg_total:.1f}"
      f" -> supporters cover {100 * min(1, sup_total / deleg_total):.0f} %")
    for k in sorted(deleg):
        p(f"   {k:10s} demand {deleg[k]:6.1f}   supporters who may do it: "
          f"{len(sup_avail.get(k, []))} with {sum(sup_avail.get(k, [])):.1f} h (shared)")
    for fw, skill in (("guardianship", "guardianship"), ("youth-probation", "youth-probation")):
        pool = [w for w in reg if skill in w.get("skills", [])]
        cs = [c for c in cases if c["framework"] == fw]
        p(f"pool {skill}: {len(pool)} workers, {sum(norm(w)[0] for w in pool)} family slots, "
          f"{sum(norm(w)[1] for w in pool)} children slots, {sum(available_hours(w) for w in pool):.1f} h"
          f" vs {len(cs)} families, {sum(c['children'] for c in cs)} children,"
          f" {sum(case_hours(c)['casework'] for c in cs):.1f} h")
    wait = [c for c in cases if not c.get("lead")]
    p(f"waiting-eligible (no current lead): {len(wait)} = {100 * len(wait) / len(cases):.1f} %")
    est = greedy_estimate(staff, cases)
    p(f"lawful greedy estimate: served {est['served']}, waiting {est['waiting']}"
      f" = {100 * est['waiting'] / len(cases):.1f} % (by priority {est['wait_prio']};"
      f" new families {est['wait_new']}, lead of record lost {est['wait_lead_lost']}),"
      f" kept current lead {est['kept']}, lead changes {est['lead_changes']},"
      f" partner changes {est['partner_changes']}, forced {dict(sorted(est['forced'].items()))},"
      f" registered hours used {est['reg_used']:.1f}/{avail_reg:.1f}"
      f" ({100 * est['reg_used'] / avail_reg:.0f} %; stand-ins {est['stood_in']:.1f},"
      f" uncovered {est['uncovered']:.1f}), delegable to supporters"
      f" {est['delegated']:.1f}/{deleg_total:.1f}, fallback to leads {est['fallback']:.1f},"
      f" nobody may do {est['stuck']:.1f}")
    p(f"   binding: {est['binding']}")
    return est


def greedy_estimate(staff, cases):
    """A rough lawful plan: keep the people of record where nothing forces a change, then serve
    the other families by priority. Lawful as far as it goes: registration (H1), tasks (H2),
    hours (H3), norms (H4), duo partner of another organisation (H5), skills (H6),
    municipality (H7), mandate (H10) and who may see the family (H11). A lead or partner away
    part of the week, or whole weeks up to STAND_IN_MAX_WEEKS, keeps the family; the hours
    they miss go to a stand-in (a registered colleague of their own organisation with the
    family's mandate) or stay uncovered. Only a sanity check of the calibration; the real plan
    is whatever `caseload plan` finds."""
    reg = {w["id"]: w for w in staff if registered_on(w, MONDAY) and "casework" in w["tasks"]}
    h_left = {wid: available_hours(w) for wid, w in reg.items()}
    n_left = {wid: list(norm(w)) for wid, w in reg.items()}
    sup = [w for w in staff if not registered_on(w, MONDAY)]
    s_left = {w["id"]: available_hours(w) for w in sup}
    binding = {"cases": 0, "children": 0, "hours": 0, "skill/muni/mandate": 0}
    res = {"served": 0, "waiting": 0, "kept": 0, "lead_changes": 0, "partner_changes": 0,
           "reg_used": 0.0, "delegated": 0.0, "fallback": 0.0, "stuck": 0.0, "stood_in": 0.0,
           "uncovered": 0.0, "wait_prio": {1: 0, 2: 0, 3: 0}, "wait_new": 0, "wait_lead_lost": 0,
           "forced": {}}

    def present(wid):
        """Share of the week's hours `wid` is there for (1 when not absent)."""
        base = base_hours(reg[wid])
        return available_hours(reg[wid]) / base if base > 0 else 0.0

    def may_lead(wid, c):
        w = reg.get(wid)
        return (w is not None and c["framework"] in mandates(w) and serves(w, c["municipality"])
                and all(s in w.get("skills", []) for s in c.get("skills", []))
                and not long_absent(w))

    def may_be_partner(wid, c, lead):
        w = reg.get(wid)
        return (w is not None and wid != lead and w["organisation"] != reg[lead]["organisation"]
                and may_partner(reg[lead]["organisation"], w["organisation"])
                and serves(w, c["municipality"]) and not long_absent(w))

    def room(wid, c, cw, why=None, keep=False):
        """Norm and hours for `cw` casework hours. Keeping a family of record, a stand-in
        absentee needs hours only for the part of the week they are there."""
        if n_left[wid][0] < 1:
            if why is not None:
                why["cases"] += 1
            return False
        if n_left[wid][1] < c["children"]:
            if why is not None:
                why["children"] += 1
            return False
        need = cw * present(wid) if keep and stands_in(reg[wid]) else cw
        if h_left[wid] + 1e-9 < need:
            if why is not None:
                why["hours"] += 1
            return False
        return True

    def use(wid, c, cw, keep=False):
        n_left[wid][0] -= 1
        n_left[wid][1] -= c["children"]
        own = cw * present(wid) if keep and stands_in(reg[wid]) else cw
        h_left[wid] -= own
        res["reg_used"] += own
        rest = cw - own
        if rest <= 1e-9:
            return
        # stand-ins: registered colleagues of the same organisation who may lead the family
        org = reg[wid]["organisation"]
        for s in sorted(reg, key=lambda s: (-h_left[s], s)):
            if rest <= 1e-9:
                break
            if s != wid and reg[s]["organisation"] == org and not reg[s].get("absences") \
                    and may_lead(s, c) and h_left[s] > 1e-9:
                t = min(rest, h_left[s])
                h_left[s] -= t
                rest -= t
                res["stood_in"] += t
                res["reg_used"] += t
        res["uncovered"] += max(0.0, rest)

    def delegate(c, lead):
        lead_org = reg[lead]["organisation"]
        for k, v in case_hours(c).items():
            if k == "casework" or v <= 0:
                continue
            rest = v
            # the lead's own organisation's support staff (H11), specialists first
            for w in sorted(sup, key=lambda w: (len(w["tasks"]), -s_left[w["id"]], w["id"])):
                if k in w["tasks"] and may_support(lead_org, w["organisation"]) \
                        and s_left[w["id"]] > 0 and rest > 0:
                    t = min(rest, s_left[w["id"]])
                    s_left[w["id"]] -= t
                    rest -= t
                    res["delegated"] += t
            # no supporter capacity: the task falls back to the lead (H8)
            if rest > 1e-9 and k in reg[lead]["tasks"] and h_left[lead] > 1e-9:
                t = min(rest, h_left[lead])
                h_left[lead] -= t
                rest -= t
                res["fallback"] += t
                res["reg_used"] += t
            if rest > 1e-9:
                res["stuck"] += rest

    def cw_of(c):
        cw = case_hours(c)["casework"]
        return (cw * (1 - DUO_SPLIT), cw * DUO_SPLIT) if c["duo"] else (cw, 0.0)

    def forced(reason):
        res["forced"][reason] = res["forced"].get(reason, 0) + 1

    def lead_kept(c, lcw):
        """Whether the lead of record may keep the family; else the forcing reason."""
        l = c.get("lead")
        w = reg.get(l)
        if w is None:
            return "registration-lapsed"
        if long_absent(w):
            return "absent"
        if not may_lead(l, c):
            return "no-mandate" if c["framework"] not in mandates(w) else "not-qualified"
        if n_left[l][0] < 1 or n_left[l][1] < c["children"]:
            return "over-norm"
        if not room(l, c, lcw, keep=True):
            return "over-hours"
        return None

    def new_partner(c, lead, pcw, why=None):
        pc = [wid for wid in reg if may_be_partner(wid, c, lead) and room(wid, c, pcw, why)]
        pc.sort(key=lambda wid: (reg[wid]["organisation"] != "jeugdlink", -n_left[wid][0], wid))
        return pc[0] if pc else None

    pending = []
    for c in sorted(cases, key=lambda c: (not c.get("lock"), c["priority"], c["id"])):
        if not c.get("lead"):
            pending.append(c)
            continue
        lcw, pcw = cw_of(c)
        why = lead_kept(c, lcw)
        if why:
            forced(why)
            pending.append(c)
            continue
        l, pt = c["lead"], c.get("partner")
        partner = None
        if c["duo"]:
            if pt and may_be_partner(pt, c, l) and room(pt, c, pcw, keep=True):
                partner = pt
            else:
                partner = new_partner(c, l, pcw)
                if partner is None:
                    forced("no-partner")
                    pending.append(c)
                    continue
                res["partner_changes"] += 1
        use(l, c, lcw, keep=True)
        if partner:
            use(partner, c, pcw, keep=partner == pt)
        delegate(c, l)
        res["kept"] += 1
        res["served"] += 1

    for c in sorted(pending, key=lambda c: (c["priority"], str(c.get("waiting_since", "")), c["id"])):
        lcw, pcw = cw_of(c)
        why = dict.fromkeys(binding, 0)
        prefer = LEAD_ROLES[c["framework"]]
        cands = []
        for wid in reg:
            if not may_lead(wid, c):
                why["skill/muni/mandate"] += 1
            elif room(wid, c, lcw, why):
                cands.append(wid)
        cands.sort(key=lambda wid: (reg[wid]["role"] not in prefer, -n_left[wid][0], -h_left[wid], wid))
        lead, partner = None, None
        for cand in cands[:1] if not c["duo"] else cands:
            partner = new_partner(c, cand, pcw, why) if c["duo"] else None
            if partner or not c["duo"]:
                lead = cand
                break
        if lead:
            use(lead, c, lcw)
            if partner:
                use(partner, c, pcw)
            delegate(c, lead)
            res["served"] += 1
            if c.get("lead"):
                res["lead_changes"] += 1
        else:
            res["waiting"] += 1
            res["wait_prio"][c["priority"]] += 1
            res["wait_lead_lost" if c.get("lead") else "wait_new"] += 1
            for k in binding:
                binding[k] += why[k]
    res["binding"] = ", ".join(f"{k} {v}" for k, v in binding.items()) + \
        " (candidate rejections over waiting families)"
    return res


# ---------------------------------------------------------------------------------------------
# YAML emission
# ---------------------------------------------------------------------------------------------
SAFE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ._/()öéë-]*$")
RESERVED = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"}


def scalar(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        s = f"{v:.3f}".rstrip("0")
        return s + "0" if s.endswith(".") else s
    if isinstance(v, dt.date):
        return v.isoformat()
    s = str(v)
    if SAFE.match(s) and s.lower() not in RESERVED and not re.match(r"^[0-9.+-]+$", s):
        return s
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def flow(v):
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k}: {flow(x)}" for k, x in v.items()) + "}"
    if isinstance(v, list):
        return "[" + ", ".join(flow(x) for x in v) + "]"
    return scalar(v)


def item_lines(d, width=100, indent="  - ", cont="     "):
    """One flow mapping per item, wrapped onto a second (third) line when long."""
    parts = [f"{k}: {flow(x)}" for k, x in d.items()]
    lines, cur = [], indent + "{"
    for i, part in enumerate(parts):
        piece = part + (", " if i < len(parts) - 1 else "}")
        if len(cur) + len(piece.rstrip()) > width and cur.strip() not in ("- {", "{"):
            lines.append(cur.rstrip())
            cur = cont
        cur += piece
    lines.append(cur)
    return lines


HEADER = """\
# FoodValley — example: the bundled example region that `caseload demo` plans.
# Generated by Scripts/make_foodvalley.py with seed {seed}; do not edit by hand, rerun the script.
#
# A fictitious but realistic regional support team in the FoodValley region (8 municipalities,
# ~340,000 inhabitants) in week 2026-W48 (Monday 2026-11-23). No real people or families:
# workers have codes only, families are pseudonymous codes (fv-0001 ...) with no names,
# addresses or free text; absences are hours only, never a reason.
#
# Sourced [S] (DOMAIN.md and the sources named there):
#   - the 8 municipalities (Ede, Barneveld, Nijkerk, Scherpenzeel, Veenendaal, Rhenen,
#     Renswoude, Wageningen) and the organisations' roles (local teams, Veilig Thuis, RvdK,
#     GIs incl. Jeugdbescherming Gelderland and William Schrikker, safety team JeugdLink)
#   - full-time week 36 h (CAO Jeugdzorg); caseload norm 8-9 families per FTE (Significant
#     2022, here 9) and 12 children/measures per FTE (FNV-GI agreement 2023)
#   - the frameworks (voluntary, OTS, provisional OTS, guardianship, youth probation, VT and
#     RvdK investigations); SKJ registration runs 5 years; casework stays with registered staff
#   - who may carry a family (H10): only a GI carries out a measure (OTS, guardianship, youth
#     probation; Jeugdwet ch. 3), Veilig Thuis and the Raad investigate, the local team works
#     in the voluntary framework and keeps "regie" with a JeugdLink professional beside it;
#     JeugdLink's mandate to cross organisation borders (the network of H11)
#   - phase lengths where stated: OTS start 6 wk (plan within 6 weeks), VT investigation
#     <= 10 wk (start = safety check within 5 working days), RvdK ~12 wk (start within 10 days)
# Derived [D]: long phases from mean durations = stock / outflow (OTS ~2.3 y -> middle 106 wk;
#   guardianship ~7 y -> middle 340 wk; youth probation ~11 months -> 4 + 36 + 8 wk).
# Estimated [E]: hours per phase and delegable shares (DOMAIN.md's table is itself [E]) and
#   their split over admin/legal; remaining phase lengths; the case mix (DOMAIN stock table
#   scaled to one region team, ~{ncases} families); phases, priorities, children per family;
#   municipality weights (rounded CBS populations); staff counts, contract hours, start and
#   registration dates, skills, absences, grouping of local teams into 5 organisations;
#   the JeugdLink network's members and that it shares no support staff (shared_support
#   false: supporters work for their own organisation's families); each organisation's own
#   support staff (an administrative worker per local team and at Veilig Thuis, a legal-
#   administrative worker at the Raad, each at casework_share 0.25: most of their week goes
#   to their organisation's other work); four more GI professionals (jbg-25, jbg-26, jbg-27,
#   wss-07), as only the GIs may lead their families;
#   gezinsregisseurs' casework_share 0.25 and max_cases 4 (most of their week goes to their
#   own local caseload, outside this planner); the events behind explicit case hours
#   (court +3 h, 50 % to legal/admin; placement +6 h, 35 % to placement/legal).
#
{demo_paragraph}
#
# Calibration (printed by the script): registered available hours {avail:.0f} vs casework
# demand {demand:.0f} ({dpct:.0f} %); norm family slots {slots} vs {need_slots} needed ({spct:.0f} %);
# children slots {kids} vs {need_kids} ({kpct:.0f} %); supporters {sup:.0f} h vs delegable {deleg:.0f} h.
# The caseload norm, not the hours, is what binds first with these phase hours{scale_note}:
# above all the GIs' children norm, as only the GIs may lead their families (H10). A lawful
# greedy plan (the script's estimate) leaves {gwait} families waiting, {gnew} of them new
# families without a lead of record; the real plan is whatever `caseload plan` finds.
"""


DEMO_PARAGRAPH = (
    "Things the demo is meant to show. Lawful people of record: OTS, provisional OTS, "
    "guardianship and youth probation families are led by the GIs (jbg, wss), investigations by "
    "Veilig Thuis and the Raad, voluntary families by a gezinsregisseur of their local team with "
    "a JeugdLink professional as duo partner (H10); duos cross organisations only inside the "
    "JeugdLink network, and supporters work for their own organisation's families (H11). "
    "Handovers the week forces: jbg-07's SKJ registration expired on 2026-10-31 but they still "
    "lead {expired_n} families (registration-lapsed, H1; as a non-registered person they may "
    "still do admin); {over} currently run above their caseload norm (over-norm, H4: the fewest "
    "families move); {over_hours} (over-hours, H3); {long_away} is off sick {long_span} "
    "({long_weeks} weeks, longer than stand_in_max_weeks {max_weeks}): their {long_n} families "
    "change hands (absent). Stand-ins, no handover: {week_away} is away all of W48 ({week_span}) "
    "and keeps their {week_n} families; {two_days} is off sick {two_span}, two days of W48, and "
    "keeps their {two_n}. Also: jbg-11's registration ends 2026-12-31 (valid in W48); jbg-04 "
    "started 2026-10-01 (ramp-up 0.5) and jbg-13 2026-07-01 (0.75); jbg-09 and jl-02 a day off, "
    "wss-02 sick from Thursday (a stand-in for two days), adm-03 away all week; three "
    "gezinsregisseurs are not registered (they may do admin, never casework); duo case "
    "{nopartner} has lost its partner; {locked} are locked; {waitpct} % of families have no "
    "current lead and wait (waiting_since in Oct-Nov 2026).")

# The absences the demo teaches with (set in make_staff; validate() checks their shape).
WEEK_AWAY, TWO_DAYS, LONG_AWAY = "jbg-03", "jbg-05", "jbg-08"


def absence_text(staff, wid):
    w = next(w for w in staff if w["id"] == wid)
    a = w["absences"][0]
    return f"{a['from'].isoformat()} to {a['to'].isoformat()}", (a["to"] - a["from"]).days + 1


def emit(staff, cases, seed, stats, peak=None):
    L = []
    if peak:
        L.append(f"# {peak['title']}: a peak-load scenario for `caseload simulate` (SPEC section 7).")
        for line in textwrap.wrap(peak["about"], width=92):
            L.append("# " + line)
        L.append("# The team and families below are the FoodValley example's; only what the peak changes differs.")
        L.append("#")
    para = textwrap.fill(DEMO_PARAGRAPH.format(**stats), width=94, initial_indent="# ",
                         subsequent_indent="# ", break_on_hyphens=False)
    L.append(HEADER.format(seed=seed, ncases=len(cases), demo_paragraph=para, **stats).rstrip("\n"))
    L.append("")
    L.append(f'name: "{peak["title"] if peak else "FoodValley — example"}"')
    L.append(f"week: {WEEK}                 # Monday {MONDAY.isoformat()}")
    L.append("settings:")
    L.append(f"  fte_hours: {FTE_HOURS}                # [S] CAO Jeugdzorg")
    L.append(f"  casework_share: {CASEWORK_SHARE}           # [E]")
    L.append(f"  max_cases_per_fte: {MAX_CASES_PER_FTE}         # [S] Significant 2022: 8-9 families per FTE")
    L.append(f"  max_children_per_fte: {MAX_CHILDREN_PER_FTE}     # [S] FNV-GI agreement 2023")
    L.append("  overload_allowed: 0.0")
    L.append("  duo_across_organisations: true")
    L.append("  ramp_up: [" + ", ".join(f"{{months: {m}, factor: {f}}}" for m, f in RAMP_UP) + "]  # [E]")
    L.append("  weights: {waiting: 1000, handover: 50, undelegated: 5, balance: 1}")
    L.append("")
    L.append("organisations:                 # H10: each leads the frameworks of its kind (SPEC section 3)")
    for oid, name, kind, munis in ORGANISATIONS:
        o = {"id": oid, "name": name, "kind": kind}
        if oid in DECLARED_MANDATES:
            o["mandates"] = DECLARED_MANDATES[oid]
        line = f"  - {flow(o)}"
        if munis:
            line += f"   # serves {', '.join(munis)}"
        elif oid in DECLARED_MANDATES:
            line += "   # declared: beside the social team"
        L.append(line)
    L.append("")
    L.append("# H11: who may see a family. The JeugdLink collaboration is the legal basis for a duo across")
    L.append("# these organisations; it shares no support staff: supporters work for their own organisation.")
    L.append("networks:")
    for n in NETWORKS:
        orgs = textwrap.wrap(", ".join(n["organisations"]), width=72, break_on_hyphens=False,
                             break_long_words=False)
        L.append(f"  - {{id: {n['id']},")
        L.append(f"     organisations: [{orgs[0]}" + ("" if len(orgs) > 1 else "],"))
        L.extend(f"                     {part}" + ("]," if i == len(orgs) - 2 else "")
                 for i, part in enumerate(orgs[1:]))
        L.append(f"     shared_support: {flow(n['shared_support'])}}}")
    L.append("")
    L.append("# Built-in task kinds only: casework (registered), admin, legal, placement.")
    L.append("")
    L.append(f"staff:                         # {len(staff)} people")
    groups = [("jl-", "Safety team JeugdLink FoodValley: registered duo professionals from VT, RvdK and GIs"),
              ("vt-", "Veilig Thuis investigators"), ("rvdk-", "Raad voor de Kinderbescherming investigators"),
              ("jbg-", "Jeugdbescherming Gelderland: jeugdbeschermers (OTS), voogden, jeugdreclasseerders"),
              ("wss-", "William Schrikker: lvb"),
              ("gr-", "Local-team gezinsregisseurs (serve their own municipalities; gr-05, gr-08, gr-12 not registered)"),
              ("adm-", "Support structure, not registered, each for its own organisation's families (H11): "
                       "administrative staff"),
              ("jur-", "Lawyers (juristen)"), ("plc-", "Placement coordinators")]
    key_order = ["id", "organisation", "role", "tasks", "registered_until", "hours", "casework_share",
                 "max_cases", "max_children", "started", "skills", "municipalities", "absences"]
    for prefix, title in groups:
        L.append(f"  # {title}")
        for w in staff:
            if w["id"].startswith(prefix):
                d = {k: w[k] for k in key_order if k in w}
                L.extend(item_lines(d))
    L.append("")
    L.append(f"cases:                         # {len(cases)} families; pseudonymous codes only")
    ckeys = ["id", "municipality", "children", "framework", "phase", "priority", "duo", "skills",
             "hours", "lead", "partner", "supporters", "waiting_since", "lock"]
    for c in cases:
        d = {}
        for k in ckeys:
            if k in c and not (k == "duo" and not c[k]):
                d[k] = c[k]
        L.extend(item_lines(d))
    L.append("")
    L.append("case_types:                    # default weekly hours by framework and phase (+ phase length)")
    for fw in FRAMEWORKS:
        L.append(f"  {fw}:")
        for ph in PHASES:
            L.append(f"    {ph}: {flow(CASE_TYPES[fw][ph])}")
    L.append("")
    L.append("simulation:                    # section 7; flows scaled to this team's stock [D/E]")
    L.extend(simulation_lines(cases, peak))
    return "\n".join(L) + "\n"


def simulation_lines(cases, peak=None):
    # Little's law: arrivals per week = open families / mean duration in weeks [D from DOMAIN].
    dur = {"ots": 120, "provisional-ots": 12, "guardianship": 364, "youth-probation": 48,
           "voluntary": 32, "vt-investigation": 10, "rvdk-investigation": 12}
    stock = {fw: sum(1 for c in cases if c["framework"] == fw) for fw in FRAMEWORKS}
    arr = {fw: round(stock[fw] / dur[fw], 2) for fw in FRAMEWORKS}
    sim = {
        "weeks": "52",
        "warmup_weeks": "8",
        "replications": "50",
        "seed": f"{SEED}",
        "replan": "weekly",
        "start": "scenario",
        "arrivals": flow(arr),
        "surges": "[{framework: provisional-ots, from_week: 10, weeks: 4, factor: 2.0}]",
        "durations_weeks": flow(dur),
        "duration_distribution": "exponential",
        "events": "[{name: court, per_year: 1, weeks: 3, hours: {casework: 1.5, legal: 1.0, admin: 0.5}},\n"
                  "           {name: placement, per_year: 0.15, weeks: 4, hours: {casework: 3.9, placement: 1.5, legal: 0.6}}]",
        "absence": "{sick_rate: 0.075, mean_spell_weeks: 2, leave_weeks_per_year: 5.6}  # [S] 7-8 % sick leave; 200 h leave per FTE",
        "turnover_per_year": "0.15                             # [E]",
        "replacement_delay_weeks": "12                         # [E]",
        "variants": "\n    - {name: without-supporters, remove_workers_with_tasks: [admin, legal, placement]}"
                    "\n    - {name: norm-16, settings: {max_children_per_fte: 16}}",
    }
    if peak:
        sim.update(peak["simulation"])
    return [f"  {k}: {v}" if not v.startswith("\n") else f"  {k}:{v}" for k, v in sim.items()]


# The peak scenarios of DOMAIN.md: each the FoodValley team under one kind of pressure. Rates
# and windows are estimates [E]; the surge starts after the 8 warm-up weeks so it is measured.
PEAKS = {
    "peak-crisis-surge": {
        "title": "FoodValley — crisis surge",
        "about": "Six weeks from week 12 in which crisis work triples: provisional OTS and Veilig Thuis "
                 "investigations arrive at three times their rate and OTS at one and a half [E]. "
                 "Variants: planning 10 % over available hours, and the FNV-GI norm of 16 children.",
        "simulation": {
            "surges": "[{framework: provisional-ots, from_week: 12, weeks: 6, factor: 3.0},\n"
                      "           {framework: vt-investigation, from_week: 12, weeks: 6, factor: 3.0},\n"
                      "           {framework: ots, from_week: 12, weeks: 6, factor: 1.5}]",
            "variants": "\n    - {name: overload-10, settings: {overload_allowed: 0.1}}"
                        "\n    - {name: norm-16, settings: {max_children_per_fte: 16}}",
        },
    },
    "peak-sickness-wave": {
        "title": "FoodValley — sickness wave",
        "about": "A winter in which sick leave doubles to 15 % with longer spells (mean 3 weeks) [E; DOMAIN: "
                 "7-8 % normally]. Variants: without supporters, and planning 10 % over available hours.",
        "simulation": {
            "absence": "{sick_rate: 0.15, mean_spell_weeks: 3, leave_weeks_per_year: 5.6}  # [E] twice the usual rate",
            "variants": "\n    - {name: without-supporters, remove_workers_with_tasks: [admin, legal, placement]}"
                        "\n    - {name: overload-10, settings: {overload_allowed: 0.1}}",
        },
    },
    "peak-raad-backlog": {
        "title": "FoodValley — backlog release at the Raad",
        "about": "The Raad voor de Kinderbescherming clears its waiting list (4-13 weeks in practice [S]): "
                 "for four weeks from week 12 investigations arrive at four times their rate, and the court "
                 "orders that follow double the OTS arrivals for the eight weeks after [E].",
        "simulation": {
            "surges": "[{framework: rvdk-investigation, from_week: 12, weeks: 4, factor: 4.0},\n"
                      "           {framework: ots, from_week: 16, weeks: 8, factor: 2.0}]",
            "variants": "\n    - {name: norm-16, settings: {max_children_per_fte: 16}}"
                        "\n    - {name: no-duos, duo: false}",
        },
    },
    "peak-turnover-shock": {
        "title": "FoodValley — turnover shock",
        "about": "A year in which three times the usual share of workers leaves (45 % a year) and posts "
                 "stay empty for 20 weeks before a new colleague starts and ramps up [E; DOMAIN: over "
                 "5,000 FTE left the GIs in 2015-2019]. Variants: replacements after 6 weeks, and no duos.",
        "simulation": {
            "turnover_per_year": "0.45                             # [E] three times the usual",
            "replacement_delay_weeks": "20                         # [E]",
            "variants": "\n    - {name: replace-in-6-weeks, replacement_delay_weeks: 6}"
                        "\n    - {name: no-duos, duo: false}",
        },
    },
    "foodvalley-without-supporters": {
        "title": "FoodValley — without supporters",
        "about": "The FoodValley team with its administrative staff, lawyers and placement coordinators "
                 "left out: every delegable hour falls back to the registered lead (H8). Compare with "
                 "Scenarios/foodvalley.yaml at the same seed: the random numbers are common to both. "
                 "Variant: the norm of 16 children.",
        "without_supporters": True,
        "simulation": {
            "variants": "\n    - {name: norm-16, settings: {max_children_per_fte: 16}}",
        },
    },
}


# ---------------------------------------------------------------------------------------------
# Validation of the written file
# ---------------------------------------------------------------------------------------------
def validate(path, staff_src, cases_src):
    try:
        import yaml  # noqa: F401  (optional: generator itself is stdlib only)
    except ImportError:
        print("validate: PyYAML not installed, skipped parse check", file=sys.stderr)
        return
    with open(path, encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    errs = []

    def err(msg):
        errs.append(msg)

    def is_date(x):
        return isinstance(x, dt.date)

    if not str(doc.get("name", "")).startswith("FoodValley"):
        err("name")
    if doc.get("week") != WEEK:
        err("week")
    orgs = doc["organisations"]
    org_ids = [o["id"] for o in orgs]
    kinds = {"local-team", "veilig-thuis", "raad", "gi", "other"}
    for o in orgs:
        if o["kind"] not in kinds:
            err(f"org kind {o}")
        if set(o) - {"id", "name", "kind", "mandates"}:
            err(f"org {o['id']}: unknown fields {set(o) - {'id', 'name', 'kind', 'mandates'}}")
        if "mandates" in o and not (isinstance(o["mandates"], list) and set(o["mandates"]) <= set(FRAMEWORKS)):
            err(f"org {o['id']}: mandates {o['mandates']}")
    # H10 as the file says it: declared mandates, else the kind's
    org_mandates = {o["id"]: set(o["mandates"]) if "mandates" in o else set(KIND_MANDATES[o["kind"]])
                    for o in orgs}
    for oid, fws in org_mandates.items():
        if fws != set(ORG_MANDATES.get(oid, ())):
            err(f"org {oid}: mandates {sorted(fws)}, the region wants {sorted(ORG_MANDATES.get(oid, ()))}")
    # networks: every organisation exists; H11 as the file says it
    networks = doc.get("networks") or []
    if not networks:
        err("no networks: no duo may cross an organisation border (H11)")
    for n in networks:
        if set(n) - {"id", "organisations", "shared_support"}:
            err(f"network {n.get('id')}: unknown fields")
        if not isinstance(n.get("shared_support", False), bool):
            err(f"network {n.get('id')}: shared_support not a boolean")
        for o in n.get("organisations", []):
            if o not in org_ids:
                err(f"network {n.get('id')}: organisation {o} does not exist")
    if len({n.get("id") for n in networks}) != len(networks):
        err("duplicate network ids")

    def file_may_partner(a, b):
        return a == b or any(a in n["organisations"] and b in n["organisations"] for n in networks)

    def file_may_support(a, b):
        return a == b or any(n.get("shared_support", False) and a in n["organisations"]
                             and b in n["organisations"] for n in networks)
    staff = doc["staff"]
    ids = [w["id"] for w in staff]
    allowed_w = {"id", "name", "organisation", "role", "tasks", "registered_until", "hours",
                 "casework_share", "max_cases", "max_children", "started", "skills",
                 "municipalities", "absences"}
    task_kinds = set(TASK_KINDS)
    for w in staff:
        if set(w) - allowed_w:
            err(f"{w['id']}: unknown fields {set(w) - allowed_w}")
        if "name" in w:
            err(f"{w['id']}: has a name")
        if w["organisation"] not in org_ids:
            err(f"{w['id']}: organisation")
        if not set(w["tasks"]) <= task_kinds:
            err(f"{w['id']}: tasks")
        if not (24 <= w["hours"] <= 36):
            err(f"{w['id']}: hours")
        for k in ("registered_until", "started"):
            if k in w and not is_date(w[k]):
                err(f"{w['id']}: {k} not a date")
        if not set(w.get("skills", [])) <= set(SKILLS):
            err(f"{w['id']}: skills")
        if not set(w.get("municipalities", [])) <= set(MUNI_IDS):
            err(f"{w['id']}: municipalities")
        for a in w.get("absences", []):
            if not (is_date(a["from"]) and is_date(a["to"]) and a["from"] <= a["to"]):
                err(f"{w['id']}: absence dates")
            if set(a) - {"from", "to", "hours"}:
                err(f"{w['id']}: absence fields")
    wmap = {w["id"]: w for w in staff}
    cases = doc["cases"]
    cids = [c["id"] for c in cases]
    allowed_c = {"id", "municipality", "children", "framework", "phase", "priority", "duo", "skills",
                 "hours", "lead", "partner", "supporters", "waiting_since", "lock"}
    for c in cases:
        cid = c["id"]
        if not re.fullmatch(r"fv-\d{4}", cid):
            err(f"{cid}: id not a pseudonymous code")
        if set(c) - allowed_c:
            err(f"{cid}: fields {set(c) - allowed_c} (identifying data?)")
        for k, v in c.items():
            if isinstance(v, str) and not re.fullmatch(r"[a-z0-9-]+", v):
                err(f"{cid}: free text in {k}")
        if c["municipality"] not in MUNI_IDS:
            err(f"{cid}: municipality")
        if c["framework"] not in FRAMEWORKS or c["phase"] not in PHASES:
            err(f"{cid}: framework/phase")
        if not (1 <= c["children"] <= 4) or c["priority"] not in (1, 2, 3):
            err(f"{cid}: children/priority")
        for k, v in c.get("hours", {}).items():
            if k not in task_kinds or not (isinstance(v, (int, float)) and v >= 0):
                err(f"{cid}: hours {k}")
        lead = wmap.get(c.get("lead")) if c.get("lead") else None
        if c.get("lead") and lead is None:
            err(f"{cid}: lead unknown")
        if lead:
            may_lead = set(lead["mandates"]) if "mandates" in lead else org_mandates[lead["organisation"]]
            if c["framework"] not in may_lead:
                err(f"{cid}: H10 lead {lead['id']} ({lead['organisation']}) has no mandate for {c['framework']}")
            if not (lead.get("registered_until") and lead["registered_until"] >= MONDAY) \
                    and lead["id"] != "jbg-07":
                err(f"{cid}: lead not registered")
            if "casework" not in lead["tasks"]:
                err(f"{cid}: lead without casework")
            if lead.get("municipalities") and c["municipality"] not in lead["municipalities"]:
                err(f"{cid}: lead does not serve {c['municipality']}")
            if not set(c.get("skills", [])) <= set(lead.get("skills", [])):
                err(f"{cid}: lead lacks skills")
        if c.get("partner"):
            p = wmap.get(c["partner"])
            if p is None:
                err(f"{cid}: partner unknown")
            elif not c.get("duo") or p["id"] == c.get("lead") or \
                    p["organisation"] == lead["organisation"] or \
                    not (p.get("registered_until") and p["registered_until"] >= MONDAY) or \
                    (p.get("municipalities") and c["municipality"] not in p["municipalities"]):
                err(f"{cid}: partner invalid")
            elif not file_may_partner(lead["organisation"], p["organisation"]):
                err(f"{cid}: H11 partner {p['id']} ({p['organisation']}) may not see a family led "
                    f"from {lead['organisation']}")
            if p is not None and c["framework"] == "voluntary" and p["organisation"] != "jeugdlink":
                err(f"{cid}: a voluntary family's duo partner of record is a JeugdLink professional")
        for k, s in c.get("supporters", {}).items():
            if k not in task_kinds or s not in wmap or k not in wmap[s]["tasks"]:
                err(f"{cid}: supporter {k}: {s}")
            elif s in (c.get("lead"), c.get("partner")):
                err(f"{cid}: supporter {k}: {s} is the lead or partner")
            elif not lead or not file_may_support(lead["organisation"], wmap[s]["organisation"]):
                err(f"{cid}: H11 supporter {k}: {s} ({wmap[s]['organisation']}) may not work for a "
                    f"family led from {lead['organisation'] if lead else 'nobody'}")
        if c.get("lead") and "waiting_since" in c:
            err(f"{cid}: has lead and waiting_since")
        if not c.get("lead"):
            ws = c.get("waiting_since")
            if not (is_date(ws) and dt.date(2026, 10, 1) <= ws < MONDAY):
                err(f"{cid}: waiting_since")
        if c.get("lock"):
            if not lead or lead["id"] == "jbg-07" or (c.get("duo") and not c.get("partner")):
                err(f"{cid}: lock without a valid assignment")
    # what the demo must contain
    def wk(wid):
        return wmap.get(wid, {})
    if not (wk("jbg-07").get("registered_until") == dt.date(2026, 10, 31)
            and any(c.get("lead") == "jbg-07" for c in cases)):
        err("expired registration with current families missing")
    if not any(w.get("started") and MONDAY - dt.timedelta(days=92) < w["started"] <= MONDAY
               for w in staff):
        err("no colleague in ramp-up")
    touching = [w["id"] for w in staff for a in w.get("absences", [])
                if a["from"] <= SUNDAY and a["to"] >= MONDAY]
    if len(touching) < 3:
        err("fewer than 3 absences touch the week")
    if not any("hours" in a for w in staff for a in w.get("absences", [])):
        err("no part-time absence with hours")
    # the teaching absences, each of a lead of record with families
    leads_of_record = {c.get("lead") for c in cases if c.get("lead")}

    def spells(pred):
        out = []
        for w in staff:
            if w["id"] not in leads_of_record:
                continue
            for a in w.get("absences", []):
                if "hours" in a:
                    continue
                days = sum(1 for i in range(5) if a["from"] <= MONDAY + dt.timedelta(days=i) <= a["to"])
                if pred(days, (a["to"] - a["from"]).days + 1):
                    out.append(w["id"])
        return out
    if not spells(lambda days, length: days == 5 and length <= 7 * STAND_IN_MAX_WEEKS):
        err("no lead away all of W48 for at most stand_in_max_weeks (a stand-in)")
    if not spells(lambda days, length: days == 2):
        err("no lead away two days of W48")
    if not spells(lambda days, length: days == 5 and length > 7 * STAND_IN_MAX_WEEKS):
        err("no lead away longer than stand_in_max_weeks (families change hands)")
    load = {}
    for c in cases:
        for k in ("lead", "partner"):
            if c.get(k):
                load.setdefault(c[k], [0, 0])
                load[c[k]][0] += 1
                load[c[k]][1] += c["children"]
    if not any(l[0] > norm(wmap[w])[0] or l[1] > norm(wmap[w])[1] for w, l in load.items()):
        err("nobody above the caseload norm")
    # each organisation that leads families has support staff of its own for their delegable kinds
    for org in sorted({wmap[c["lead"]]["organisation"] for c in cases if c.get("lead")}):
        need = {k for c in cases if c.get("lead") and wmap[c["lead"]]["organisation"] == org
                for k, v in (c.get("hours") or doc["case_types"][c["framework"]][c["phase"]]["hours"]).items()
                if k != "casework" and v > 0}
        have = {k for w in staff if w["organisation"] == org and "casework" not in w["tasks"]
                for k in w["tasks"]}
        if need - have and not doc["name"].startswith("FoodValley — without supporters"):
            err(f"organisation {org}: no support staff of its own for {sorted(need - have)}")
    if not 1 <= sum(1 for c in cases if c.get("lock")) <= 2:
        err("want one or two locked cases")
    if not any("lvb" in c.get("skills", []) for c in cases):
        err("no lvb cases")
    if not 290 <= len(cases) <= 330 or not 55 <= len(staff) <= 80:
        err("counts out of range")
    for name, lst in (("organisation", org_ids), ("worker", ids), ("case", cids)):
        if len(lst) != len(set(lst)):
            err(f"duplicate {name} ids")
    if set(ids) & set(cids):
        err("worker and case ids overlap")
    ct = doc["case_types"]
    for fw in FRAMEWORKS:
        for ph in PHASES:
            t = ct.get(fw, {}).get(ph)
            if not t or not isinstance(t.get("weeks"), int) or not set(t["hours"]) <= task_kinds \
                    or "casework" not in t["hours"]:
                err(f"case_types {fw}.{ph}")
    # round trip: the parsed file equals what was generated
    if len(staff) != len(staff_src) or len(cases) != len(cases_src):
        err("round trip counts")
    for a, b in zip(cases, cases_src):
        if a.get("lead") != b.get("lead") or a["children"] != b["children"]:
            err(f"round trip {a['id']}")
    if errs:
        for e in errs:
            print("validate: " + e, file=sys.stderr)
        raise SystemExit(f"validate: {len(errs)} problem(s) in {path}")
    print(f"validate: {path} parses; {len(org_ids)} organisations, {len(ids)} staff, "
          f"{len(cids)} cases; all references resolve", file=sys.stderr)


def scale_hours(f):
    for fw, phases in CASE_TYPE_SPEC.items():
        for ph, (w, t, s, k) in phases.items():
            CASE_TYPES[fw][ph] = {"weeks": w, "hours": split(t * f, s, k)}
    for ev, h in EVENTS.items():
        EVENTS[ev] = {k: r3(v * f) for k, v in h.items()}


def over_hours_text(staff, cases):
    """Leads and partners whose casework of record exceeds their available hours this week,
    leaving out those whose absence a stand-in covers and those away too long to keep any."""
    out = []
    for w in staff:
        if not registered_on(w, MONDAY) or stands_in(w) or long_absent(w):
            continue
        cw = 0.0
        for c in cases:
            share = (1 - DUO_SPLIT) if c["duo"] and c.get("partner") else 1.0
            if c.get("lead") == w["id"]:
                cw += case_hours(c)["casework"] * share
            elif c.get("partner") == w["id"]:
                cw += case_hours(c)["casework"] * DUO_SPLIT
        if cw > available_hours(w) + 1e-9:
            leave = [a for a in w.get("absences", []) if "hours" in a]
            why = f", on {leave[0]['hours']} h/wk part-time leave," if leave else ""
            out.append(f"{w['id']}{why} holds {cw:.1f} h of casework of record with "
                       f"{available_hours(w):.1f} h available")
    return "; ".join(out) or "nobody holds more casework than their hours"


def over_norm_text(staff, cases):
    load = {}
    for c in cases:
        for k in ("lead", "partner"):
            if c.get(k):
                l = load.setdefault(c[k], [0, 0])
                l[0] += 1
                l[1] += c["children"]
    out = []
    for w in staff:
        if w["id"] in load:
            mc, mk = norm(w)
            l = load[w["id"]]
            if l[0] > mc or l[1] > mk:
                out.append(f"{w['id']} ({l[0]} families/{l[1]} children, norm {mc}/{mk})")
    return ", ".join(out) or "nobody"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--hours-scale", type=float, default=1.0,
                    help="multiply all case_types and event hours (default 1.0 = DOMAIN.md's table)")
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--out", default=os.path.join(here, "..", "Scenarios", "foodvalley.yaml"))
    args = ap.parse_args()
    if args.hours_scale != 1.0:
        scale_hours(args.hours_scale)
    rng = random.Random(args.seed)
    staff = make_staff(rng, args.seed)
    cases = make_cases(rng, staff)
    est = capacity_report(staff, cases)
    reg = [w for w in staff if registered_on(w, MONDAY) and "casework" in w["tasks"]]
    sup = [w for w in staff if not registered_on(w, MONDAY)]
    stats = {
        "avail": sum(available_hours(w) for w in reg),
        "demand": sum(case_hours(c)["casework"] for c in cases),
        "slots": sum(norm(w)[0] for w in reg),
        "need_slots": sum(2 if c["duo"] else 1 for c in cases),
        "kids": sum(norm(w)[1] for w in reg),
        "need_kids": sum(c["children"] * (2 if c["duo"] else 1) for c in cases),
        "sup": sum(available_hours(w) for w in sup),
        "deleg": sum(v for c in cases for k, v in case_hours(c).items() if k != "casework"),
        "waitpct": round(100 * sum(1 for c in cases if not c.get("lead")) / len(cases)),
        "expired_n": sum(1 for c in cases if c.get("lead") == "jbg-07"),
        "over": over_norm_text(staff, cases),
        "over_hours": over_hours_text(staff, cases),
        "nopartner": ", ".join(c["id"] for c in cases if c["duo"] and c.get("lead")
                               and not c.get("partner")) or "none",
        "locked": " and ".join(c["id"] for c in cases if c.get("lock")) or "no cases",
        "max_weeks": STAND_IN_MAX_WEEKS,
        "gwait": est["waiting"],
        "gnew": est["wait_new"],
        "scale_note": "" if args.hours_scale == 1.0 else
        f" (case hours scaled x{args.hours_scale} by --hours-scale)",
    }
    for key, wid in (("week", WEEK_AWAY), ("two", TWO_DAYS), ("long", LONG_AWAY)):
        span, days = absence_text(staff, wid)
        stats[f"{key}_span"] = span
        stats[f"{key}_n"] = sum(1 for c in cases if c.get("lead") == wid)
        if key == "long":
            stats["long_weeks"] = round(days / 7)
    stats.update(week_away=WEEK_AWAY, two_days=TWO_DAYS, long_away=LONG_AWAY)
    stats["dpct"] = 100 * stats["demand"] / stats["avail"]
    stats["spct"] = 100 * stats["need_slots"] / stats["slots"]
    stats["kpct"] = 100 * stats["need_kids"] / stats["kids"]
    text = emit(staff, cases, args.seed, stats)
    out = os.path.normpath(args.out)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"wrote {out} ({len(text.splitlines())} lines)", file=sys.stderr)
    validate(out, staff, cases)
    for name, peak in PEAKS.items():
        team, families = staff, cases
        if peak.get("without_supporters"):
            delegable = {"admin", "legal", "placement"}
            team = [w for w in staff if not set(w["tasks"]) <= delegable]
            kept = {w["id"] for w in team}
            families = []
            for c in cases:
                c = dict(c)
                if c.get("supporters"):
                    c["supporters"] = {k: v for k, v in c["supporters"].items() if v in kept}
                    if not c["supporters"]:
                        del c["supporters"]
                families.append(c)
        path = os.path.join(os.path.dirname(out), name + ".yaml")
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(emit(team, families, args.seed, stats, peak))
        print(f"wrote {path}", file=sys.stderr)
        validate(path, team, families)


if __name__ == "__main__":
    main()
