#!/usr/bin/env bash
# The plan's workbook opened by a real spreadsheet program: LibreOffice (headless) reads every
# sheet of `plan --format xlsx` back as CSV, and what it reads must be the plan's JSON — the
# families each worker holds with their hours (to 0.1), the waiting list in order, the
# handovers. Then the other way: a workbook saved by LibreOffice, with dates and decimal
# numbers as a spreadsheet stores them, imports as the CSV it was made from.
# Usage: Scripts/xlsx-roundtrip.sh BINARY
set -euo pipefail
binary=$(realpath "${1:?usage: xlsx-roundtrip.sh BINARY}")
cd "$(dirname "$0")/.."
root=$(pwd)
command -v soffice >/dev/null || { echo "xlsx-roundtrip: soffice not found (apt-get install libreoffice-calc-nogui)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# LibreOffice keeps a profile; a fresh one per run keeps runs apart.
lo=(soffice "-env:UserInstallation=file://$work/profile" --headless)

plan=(plan --scenario "$root/Scenarios/foodvalley.yaml" --max-moves 20000 --time-limit 86400 --threads 1)
"$binary" "${plan[@]}" --format json > "$work/plan.json"
"$binary" "${plan[@]}" --format xlsx --output "$work/plan.xlsx"
test -s "$work/plan.xlsx"
test ! -e "$work/plan.xlsx.partial"

# Every sheet to its own CSV (token 12 = -1), UTF-8, raw values (not as shown).
mkdir "$work/sheets"
(cd "$work" && "${lo[@]}" --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
  --outdir sheets plan.xlsx > lo.log 2>&1) || { cat "$work/lo.log" >&2; exit 1; }

python3 - "$work" <<'PY'
import csv, json, os, sys
work = sys.argv[1]
plan = json.load(open(os.path.join(work, "plan.json")))
def sheet(name):
    path = os.path.join(work, "sheets", f"plan-{name}.csv")
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return rows[0], [dict(zip(rows[0], r)) for r in rows[1:]]
failures = []
def check(what, a, b):
    if a != b:
        failures.append(f"{what}: LibreOffice read {a!r}, the plan says {b!r}")

# The Dutch workbook says roles, changes and reasons in words; the JSON in codes.
role = {"regievoerder": "lead", "duopartner": "partner", "ondersteuner": "supporter", "waarnemer": "stand-in"}
away_word = "overgedragen aan een ander"
reason = {"SKJ-registratie verlopen": "registration-lapsed", "geen mandaat voor dit gezin": "no-mandate",
          "mag dit werk niet doen": "not-qualified", "te lang afwezig voor waarneming": "absent", "vertrekt": "leaving",
          "boven de caseloadnorm": "over-norm", "te weinig uren": "over-hours", "vastgezet door de manager": "pinned",
          "vrijwillig, binnen de afgesproken ruimte": "allowed"}
header, rows = sheet("per medewerker")
check("per medewerker header", header[:8], ["medewerker", "organisatie", "gezin", "kader", "fase", "rol", "taken", "uren"])
held = sorted((r["medewerker"], r["gezin"], role.get(r["rol"], r["rol"]), round(float(r["uren"]), 1))
              for r in rows if r["wijziging"] != away_word)
expected = sorted((w["id"], f["case"], f["role"], round(f["hours"], 1)) for w in plan["workers"] for f in w["families"])
check("families per worker", held, expected)
away = sorted((r["medewerker"], r["gezin"], role.get(r["rol"], r["rol"])) for r in rows if r["wijziging"] == away_word)
check("handed away", away, sorted((w["id"], f["case"], f["role"]) for w in plan["workers"] for f in w["handed_away"]))

_, rows = sheet("wachtlijst")
check("waiting list order", [r["gezin"] for r in rows], [w["case"] for w in plan["waiting"]])
check("waiting ranks", [r["plek"] for r in rows], [str(i + 1) for i in range(len(plan["waiting"]))])
check("waiting priorities", [int(float(r["prioriteit"])) for r in rows], [w["priority"] for w in plan["waiting"]])
check("waiting weeks", [int(float(r["weken wachtend"])) for r in rows], [w["weeks_waiting"] for w in plan["waiting"]])

_, rows = sheet("overdrachten")
check("handovers", sorted((r["gezin"], role.get(r["rol"], r["rol"]), r["van"], r["naar"], reason.get(r["reden"], r["reden"])) for r in rows),
      sorted((h["case"], h["role"], h["from"], h["to"], h["reason"]) for h in plan["handovers"]))
_, rows = sheet("waarneming")
check("stand-ins", sorted((r["gezin"], r["afwezig"], r["waarnemer"], round(float(r["uren waargenomen"]), 1)) for r in rows if r["waarnemer"]),
      sorted((s["case"], s["absent"], s["stand_in"], round(s["hours"], 1)) for s in plan["stand_ins"]))
sheet("voorstellen")
if failures:
    print("\n".join(failures), file=sys.stderr)
    sys.exit(1)
print(f"xlsx-roundtrip: LibreOffice read the plan's workbook as the plan: {sum(len(w['families']) for w in plan['workers'])} families held, "
      f"{len(plan['waiting'])} waiting, {len(plan['handovers'])} handovers")
PY

# A workbook saved by LibreOffice from a CSV: dates become date cells, decimals numbers.
db="$work/team.sqlite"
printf 'id,kind\njbg,gi\n' > "$work/organisations.csv"
printf 'id,organisation,tasks,registered_until,hours,casework_share,started\njb-01,jbg,casework,2029-03-31,32.5,0.75,2024-02-01\njb-02,jbg,casework|admin,2028-01-15,24,0.8,2025-06-01\n' > "$work/staff.csv"
(cd "$work" && "${lo[@]}" --infilter='CSV:44,34,76,1' --convert-to xlsx --outdir saved staff.csv > lo.log 2>&1) || { cat "$work/lo.log" >&2; exit 1; }
test -s "$work/saved/staff.xlsx"
# As a spreadsheet stores them: 2024-02-01 as serial day 45323 in a date-formatted cell, 32.5 as
# a number, not as text.
python3 - "$work/saved/staff.xlsx" <<'PY'
import re, sys, zipfile
sheet = zipfile.ZipFile(sys.argv[1]).read("xl/worksheets/sheet1.xml").decode()
cells = dict(re.findall(r'<c r="([A-Z]+[0-9]+)"[^>]*?(?: t="n")?[^>]*><v>([^<]*)</v>', sheet))
assert cells.get("G2") == "45323" and cells.get("E2") == "32.5", f"LibreOffice stored {cells}"
PY
"$binary" import organisations "$work/organisations.csv" --db "$db" > /dev/null
"$binary" import staff "$work/saved/staff.xlsx" --db "$db"
# The CSV it was made from changes nothing: every date and number came through as it was.
again=$("$binary" import staff "$work/staff.csv" --db "$db" --dry-run --lang en)
echo "$again"
grep -q "0 added, 0 changed, 2 unchanged" <<< "$again" || { echo "xlsx-roundtrip: the LibreOffice workbook imported other values than its CSV" >&2; exit 1; }
echo "xlsx-roundtrip: a workbook saved by LibreOffice imports as its CSV"
