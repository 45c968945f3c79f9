#!/usr/bin/env python3
"""Writes the request bodies of bench/run.sh, from the realistic projects of src/test/resources/projects.yaml: the 54
that the table holds as 2022.1 decides them (a spread of every class, exclusions and sectors; the others repeat them
under 2021.2, or are the few real projects of 2026.1), sent to the version in effect. A site inside a protected area,
World Heritage site, Ramsar wetland or Key Biodiversity Area is 0 km from the nearest sensitive area: 2026.1 and later
refuse a descriptor that says otherwise (its facts contradict one another), and 2022.1 did not look.
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


def agreeing_site(site):
    """The site's facts made to agree: inside a sensitive area means 0 km from the nearest one."""
    inside = (site.get("protectedArea", "none") != "none" or site.get("worldHeritage", "none") != "none"
              or site.get("ramsar") or site.get("kba"))
    return {**site, "nearestSensitiveAreaKm": 0} if inside and site.get("nearestSensitiveAreaKm", 0) > 0 else site


def agreeing(descriptor):
    return {**descriptor, "site": agreeing_site(descriptor["site"])} if "site" in descriptor else descriptor


projects = [p for p in yaml.safe_load(SOURCE.read_text()) if p.get("version") == "2022.1"]
descriptors = [{"reference": f"BENCH-{n:03d}", **agreeing(p["descriptor"])} for n, p in enumerate(projects, start=1)]
rows = [{key: d[key] for key in ("reference", "country", "sector")} for d in descriptors]

(DATA / "descriptors.ndjson").write_text("".join(compact(d) + "\n" for d in descriptors))
(DATA / "rows.ndjson").write_text("".join(compact(r) + "\n" for r in rows))
print(f"{len(descriptors)} descriptors and rows in {DATA}")
