"""Service levels as plain JSON values: the form a case file writes and the company file stores.

``to_plain`` gives every key (decimals as strings, spans as ``"HH:MM"`` pairs); ``from_plain``
rebuilds terms that were checked when they were saved (the case-file reader checks typed input).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .model import WEEKDAYS, Span
from .sla import Availability, AvailabilityTier, Restoration, RestorationTier, ServiceLevels


def _minutes(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


def to_plain(sla: ServiceLevels) -> dict[str, Any]:
    result: dict[str, Any] = {"clause": sla.clause}
    if sla.restoration is not None:
        r = sla.restoration
        result["restoration"] = {
            "target_hours": str(r.target_hours), "clock": r.clock, "starts": r.starts,
            "coverage": {day: [[s.start_text, s.end_text] for s in r.coverage[day]]
                         for day in WEEKDAYS if day in r.coverage},
            "credits": [{"over_hours": str(t.over_hours), "percent": str(t.percent)} for t in r.credits],
        }
    if sla.availability is not None:
        a = sla.availability
        result["availability"] = {
            "target_percent": str(a.target_percent),
            "credits": [{"below_percent": str(t.below_percent), "percent": str(t.percent)} for t in a.credits],
        }
    result["cap_percent"] = str(sla.cap_percent)
    result["exclusive"] = sla.exclusive
    if sla.claim_within_days is not None:
        result["claim_within_days"] = sla.claim_within_days
        result["claim_from"] = sla.claim_from
    return result


def from_plain(d: dict[str, Any]) -> ServiceLevels:
    restoration = availability = None
    if "restoration" in d:
        r = d["restoration"]
        restoration = Restoration(
            Decimal(r["target_hours"]),
            tuple(RestorationTier(Decimal(t["over_hours"]), Decimal(t["percent"])) for t in r["credits"]),
            r["clock"], r["starts"],
            {day: tuple(Span(_minutes(a), _minutes(b)) for a, b in spans) for day, spans in r["coverage"].items()})
    if "availability" in d:
        a = d["availability"]
        availability = Availability(
            Decimal(a["target_percent"]),
            tuple(AvailabilityTier(Decimal(t["below_percent"]), Decimal(t["percent"])) for t in a["credits"]))
    return ServiceLevels(d["clause"], restoration, availability, Decimal(d["cap_percent"]), d["exclusive"],
                         d.get("claim_within_days"), d.get("claim_from", "outage_end"))
