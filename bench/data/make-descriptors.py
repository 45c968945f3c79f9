#!/usr/bin/env python3
"""Writes the request bodies of bench/run.sh, from the realistic projects of src/test/resources/projects.yaml
(those pinned to an older rule-set version are left out, as they repeat others):
  bench/data/descriptors.ndjson  one compact project descriptor a line, each with a reference of its own,
                                 for the service;
  bench/data/rows.ndjson         the same projects' reference, country and sector, for the baseline's POST /rows.
Needs PyYAML (pip install pyyaml). Run from the repository root: python3 bench/data/make-descriptors.py
"""
import json
import pathlib

import yaml

SOURCE = pathlib.Path("src/test/resources/projects.yaml")
DATA = pathlib.Path("bench/data")


def compact(value):
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, default=str)


projects = [p for p in yaml.safe_load(SOURCE.read_text()) if "version" not in p]
descriptors = [{"reference": f"BENCH-{n:03d}", **p["descriptor"]} for n, p in enumerate(projects, start=1)]
rows = [{key: d[key] for key in ("reference", "country", "sector")} for d in descriptors]

(DATA / "descriptors.ndjson").write_text("".join(compact(d) + "\n" for d in descriptors))
(DATA / "rows.ndjson").write_text("".join(compact(r) + "\n" for r in rows))
print(f"{len(descriptors)} descriptors and rows in {DATA}")
