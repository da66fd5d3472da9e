"""Writes a copy of a scenario with one new, unplanned family: the first case's needs under a new
code, without its people, lock or waiting date. The benchmarks add it to a planned region to
measure a warm-started re-plan.

    python3 Scripts/add_case.py region.yaml plus.yaml [--id new-0001]
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
    s["cases"].append(new)
    with open(args.out, "w") as f:
        yaml.safe_dump(s, f, sort_keys=False)


if __name__ == "__main__":
    main()
