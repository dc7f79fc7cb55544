"""The worked examples Q1 and Q2 of loss method §Q as case files: the spec's examples plus an SLA."""

from __future__ import annotations

import copy
import json
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

GTR_SLA = {
    "clause": "Conditions particulières, art. 6 (GTR 4 h ouvrées)",
    "restoration": {"target_hours": "4", "clock": "business", "starts": "ticket",
                    "coverage": {"mon": [["08:00", "18:00"]], "tue": [["08:00", "18:00"]]},
                    "credits": [{"over_hours": "0", "percent": "10"}, {"over_hours": "4", "percent": "25"}]},
    "cap_percent": "100",
    "exclusive": False,
    "claim_within_days": 30, "claim_from": "outage_end",
}

AVAILABILITY_SLA = {
    "clause": "Service terms, section 9",
    "availability": {"target_percent": "99.9",
                     "credits": [{"below_percent": "99.9", "percent": "20"}, {"below_percent": "98", "percent": "40"},
                                 {"below_percent": "95", "percent": "60"}, {"below_percent": "90", "percent": "80"}]},
    "exclusive": True,
    "claim_within_days": 30,
}


def q1_doc() -> dict:
    """The travel agency with a GTR 4 h ouvrées, its ticket opened at 10:05 (format /2)."""
    doc = json.loads((DATA / "travel-agency-lyon.json").read_text(encoding="utf-8"))
    doc["format"] = "claimdesk-case/2"
    doc["contract"]["sla"] = copy.deepcopy(GTR_SLA)
    doc["outages"][0]["reported_at"] = "2015-05-19T10:05:00+02:00"
    return doc


def q2_doc() -> dict:
    """The bakery under an exclusive availability credit."""
    doc = json.loads((DATA / "bakery-vancouver.json").read_text(encoding="utf-8"))
    doc["format"] = "claimdesk-case/2"
    doc["contract"]["sla"] = copy.deepcopy(AVAILABILITY_SLA)
    return doc


def write(doc: dict, folder: Path, name: str = "case.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    return path
