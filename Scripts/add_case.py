"""Writes a copy of a scenario with one new, unplanned family: the first case's needs under a new
code, without its people, lock or waiting date. The benchmarks add it to a planned region to
measure a warm-started re-plan. With an output ending in .csv, writes the new family alone as a
cases CSV, to add with `caseload import cases` as a manager would (a `load` of the whole
scenario would also set every family's people of record back to the file's).

    python3 Scripts/add_case.py region.yaml plus.yaml [--id new-0001]
    python3 Scripts/add_case.py region.yaml new-family.csv
"""

import argparse

import yaml


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("scenario")
    ap.add_argument("out")
    ap.add_argument("--id", default="new-0001")
    args = ap.parse_args(argv)
    with open(args.scenario) as f:
        s = yaml.safe_load(f)
    new = dict(s["cases"][0])
    for k in ("lead", "partner", "supporters", "lock", "waiting_since"):
        new.pop(k, None)
    new["id"] = args.id
    if args.out.endswith(".csv"):
        row = {k: v for k, v in new.items() if k != "hours" and v is not None}
        for kind, hours in (new.get("hours") or {}).items():
            row[f"hours_{kind}"] = hours
        for k, v in row.items():
            if isinstance(v, list):
                row[k] = "|".join(str(x) for x in v)
            elif isinstance(v, bool):
                row[k] = "true" if v else "false"
        with open(args.out, "w") as f:
            f.write(",".join(row) + "\n" + ",".join(str(v) for v in row.values()) + "\n")
        return
    s["cases"].append(new)
    with open(args.out, "w") as f:
        yaml.safe_dump(s, f, sort_keys=False)


if __name__ == "__main__":
    main()
