"""``contract.sla`` of a case file (/2): the contract's own service levels, read and written.

Reading goes through the case file's reader (``casefile._Reader``), so every problem carries its
path (``contract.sla.restoration.credits[1].percent: …``); the ranges are the domain's
(``validation.check_service_levels``).
"""

from __future__ import annotations

from typing import Any

from .domain.model import WEEKDAYS, Span
from .domain.sla import (
    DEFAULT_COVERAGE,
    HUNDRED,
    Availability,
    AvailabilityTier,
    Restoration,
    RestorationTier,
    ServiceLevels,
)
from .domain.sla_codec import to_plain

SLA_KEYS = {"clause", "restoration", "availability", "cap_percent", "exclusive", "claim_within_days", "claim_from"}
RESTORATION_KEYS = {"target_hours", "clock", "starts", "coverage", "credits"}
AVAILABILITY_KEYS = {"target_percent", "credits"}


def read_spans(r, raw: Any, path: str) -> dict[str, tuple[Span, ...]] | None:
    """Weekly spans written like opening hours: ``{"mon": [["08:00", "18:00"]], …}``."""
    if not isinstance(raw, dict):
        r.p.add(path, "must be an object of weekdays", "type", expected="object")
        return None
    before = len(r.p.items)
    spans: dict[str, tuple[Span, ...]] = {}
    for day, items in raw.items():
        where = f"{path}.{day}"
        if day not in WEEKDAYS:
            r.p.add(where, f"unknown weekday (use {', '.join(WEEKDAYS)})", "weekday")
            continue
        items = r.list(items, where)
        parsed = []
        for i, span in enumerate(items or []):
            if not isinstance(span, list) or len(span) != 2:
                r.p.add(f"{where}[{i}]", "must be a pair [\"HH:MM\", \"HH:MM\"]", "type", expected="pair")
                continue
            a = r.time(span[0], f"{where}[{i}][0]", end=False)
            b = r.time(span[1], f"{where}[{i}][1]", end=True)
            if a is not None and b is not None:
                parsed.append(Span(a, b))
        spans[day] = tuple(parsed)
    return None if len(r.p.items) > before else spans


def _tiers(r, raw: Any, path: str, threshold: str, kind):
    items = r.list(raw, path)
    if items is None:
        return None
    tiers = []
    for i, item in enumerate(items):
        o = r.obj(item, f"{path}[{i}]", {threshold, "percent"}, {threshold, "percent"})
        if o is None:
            continue
        limit = r.decimal(o[threshold], f"{path}[{i}].{threshold}") if threshold in o else None
        percent = r.decimal(o["percent"], f"{path}[{i}].percent") if "percent" in o else None
        if limit is not None and percent is not None:
            tiers.append(kind(limit, percent))
    return tuple(tiers)


def _restoration(r, raw: Any, path: str) -> Restoration | None:
    before = len(r.p.items)
    o = r.obj(raw, path, RESTORATION_KEYS, {"target_hours", "credits"})
    if o is None:
        return None
    target = r.decimal(o["target_hours"], f"{path}.target_hours") if "target_hours" in o else None
    clock = r.str(o.get("clock", "calendar"), f"{path}.clock")
    starts = r.str(o.get("starts", "outage"), f"{path}.starts")
    coverage = read_spans(r, o["coverage"], f"{path}.coverage") if "coverage" in o else dict(DEFAULT_COVERAGE)
    credits = _tiers(r, o["credits"], f"{path}.credits", "over_hours", RestorationTier) if "credits" in o else None
    if len(r.p.items) > before:
        return None
    return Restoration(target, credits, clock, starts, coverage)


def _availability(r, raw: Any, path: str) -> Availability | None:
    before = len(r.p.items)
    o = r.obj(raw, path, AVAILABILITY_KEYS, AVAILABILITY_KEYS)
    if o is None:
        return None
    target = r.decimal(o["target_percent"], f"{path}.target_percent") if "target_percent" in o else None
    credits = (_tiers(r, o["credits"], f"{path}.credits", "below_percent", AvailabilityTier)
               if "credits" in o else None)
    if len(r.p.items) > before:
        return None
    return Availability(target, credits)


def read_sla(r, raw: Any, path: str = "contract.sla") -> ServiceLevels | None:
    """The terms as typed, or None with every problem recorded; ranges are checked with the contract."""
    before = len(r.p.items)
    o = r.obj(raw, path, SLA_KEYS, {"clause"})
    if o is None:
        return None
    clause = r.str(o.get("clause"), f"{path}.clause") if "clause" in o else None
    restoration = _restoration(r, o["restoration"], f"{path}.restoration") if "restoration" in o else None
    availability = _availability(r, o["availability"], f"{path}.availability") if "availability" in o else None
    cap = r.decimal(o["cap_percent"], f"{path}.cap_percent") if "cap_percent" in o else HUNDRED
    exclusive = o.get("exclusive", False)
    if not isinstance(exclusive, bool):
        r.p.add(f"{path}.exclusive", "must be true or false", "type", expected="boolean")
    days = r.int(o["claim_within_days"], f"{path}.claim_within_days") if "claim_within_days" in o else None
    claim_from = r.str(o.get("claim_from", "outage_end"), f"{path}.claim_from")
    if len(r.p.items) > before:
        return None
    return ServiceLevels(clause, restoration, availability, cap, exclusive, days, claim_from)


def sla_to_dict(sla: ServiceLevels) -> dict[str, Any]:
    """The terms as a case file writes them (every key given, so the file says what was assumed)."""
    return to_plain(sla)


def missing_tickets(r, sla: ServiceLevels | None, raw_outages: Any) -> None:
    """A clock that starts at the ticket needs ``reported_at`` on every outage (by its index in the file)."""
    if sla is None or sla.restoration is None or sla.restoration.starts != "ticket":
        return
    if not isinstance(raw_outages, list):
        return
    for i, raw in enumerate(raw_outages):
        if isinstance(raw, dict) and "reported_at" not in raw:
            r.p.add(f"outages[{i}].reported_at",
                    "missing: your contract starts the restoration clock when the ticket is opened",
                    "reported_at_required")
