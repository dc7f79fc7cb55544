"""The contract's own service levels (loss method 1.2, §Q): the credit owed without proof of loss.

A business line is often sold with a guaranteed restoration time and an availability commitment,
each with a credit schedule in percent of the monthly fee. The user copies the terms from their
contract; nothing here assumes a provider's schedule. Percentages are exact decimals; only the
credit of each service and month is rounded (half up, to the cent).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Context, Decimal
from zoneinfo import ZoneInfo

from .intervals import (
    Interval,
    local_instant,
    merge,
    month_bounds,
    seconds_by_local_month,
    to_utc_second,
)
from .model import WEEKDAYS, Outage, Span

CLOCKS = ("calendar", "business")
CLOCK_STARTS = ("ticket", "outage")
CLAIM_FROM = ("outage_end", "month_end")
HUNDRED = Decimal(100)
_CENT = Decimal("0.01")
_CONTEXT = Context(prec=50, rounding=ROUND_HALF_UP)
# The business clock when the contract names no coverage hours: Monday to Friday, 08:00-18:00.
DEFAULT_COVERAGE: dict[str, tuple[Span, ...]] = {
    day: (Span(8 * 60, 18 * 60),) for day in WEEKDAYS[:5]
}


@dataclass(frozen=True)
class RestorationTier:
    over_hours: Decimal
    percent: Decimal


@dataclass(frozen=True)
class AvailabilityTier:
    below_percent: Decimal
    percent: Decimal


@dataclass(frozen=True)
class Restoration:
    """A guaranteed restoration time (GTR): per outage, the time counted beyond the target."""

    target_hours: Decimal
    credits: tuple[RestorationTier, ...]
    clock: str = "calendar"
    starts: str = "outage"
    coverage: Mapping[str, tuple[Span, ...]] = field(default_factory=lambda: dict(DEFAULT_COVERAGE))


@dataclass(frozen=True)
class Availability:
    """An availability commitment per service and local calendar month, counted 24×7."""

    target_percent: Decimal
    credits: tuple[AvailabilityTier, ...]


@dataclass(frozen=True)
class ServiceLevels:
    """``contract.sla`` of a case file."""

    clause: str
    restoration: Restoration | None = None
    availability: Availability | None = None
    cap_percent: Decimal = HUNDRED
    exclusive: bool = False
    claim_within_days: int | None = None
    claim_from: str = "outage_end"


@dataclass(frozen=True)
class RestorationCredit:
    """One outage measured against the restoration target."""

    service: str
    clock_start: datetime
    end: datetime
    counted_seconds: int
    overrun_seconds: int
    percent: Decimal  # 0 when no tier is exceeded
    month: tuple[int, int]  # the local month in which the outage ended


@dataclass(frozen=True)
class AvailabilityCredit:
    service: str
    month: tuple[int, int]
    down_seconds: int
    month_seconds: int
    availability: Decimal  # percent, unrounded
    percent: Decimal


@dataclass(frozen=True)
class ServiceMonthCredit:
    """The credit of one service in one month: its percents summed, capped, times its fee."""

    service: str
    month: tuple[int, int]
    percent: Decimal  # after the cap
    uncapped_percent: Decimal
    fee: Decimal
    amount: Decimal  # to the cent


@dataclass(frozen=True)
class SlaCredit:
    clause: str
    restoration: tuple[RestorationCredit, ...]
    availability: tuple[AvailabilityCredit, ...]
    by_service_month: tuple[ServiceMonthCredit, ...]
    total: Decimal  # Q
    claim_deadline: date | None


def restoration_tier(overrun_seconds: int, tiers: Iterable[RestorationTier]) -> RestorationTier | None:
    """The tier that applies: the highest ``over_hours`` the overrun strictly exceeds (None: no credit)."""
    if overrun_seconds <= 0:
        return None
    overrun_hours = _CONTEXT.divide(Decimal(overrun_seconds), Decimal(3600))
    exceeded = [t for t in tiers if overrun_hours > t.over_hours]
    return max(exceeded, key=lambda t: t.over_hours) if exceeded else None


def restoration_percent(overrun_seconds: int, tiers: Iterable[RestorationTier]) -> Decimal:
    """The percent of the highest tier whose ``over_hours`` the overrun strictly exceeds."""
    tier = restoration_tier(overrun_seconds, tiers)
    return tier.percent if tier is not None else Decimal(0)


def availability_tier(availability: Decimal, tiers: Iterable[AvailabilityTier]) -> AvailabilityTier | None:
    """The tier that applies: the highest percent among those the availability is strictly under."""
    under = [t for t in tiers if availability < t.below_percent]
    return max(under, key=lambda t: (t.percent, -t.below_percent)) if under else None


def availability_percent(availability: Decimal, tiers: Iterable[AvailabilityTier]) -> Decimal:
    """The highest percent among the tiers whose ``below_percent`` the availability is strictly under."""
    tier = availability_tier(availability, tiers)
    return tier.percent if tier is not None else Decimal(0)


def _local_month(t: datetime, tz: ZoneInfo) -> tuple[int, int]:
    local = t.astimezone(tz)
    return local.year, local.month


def coverage_seconds(start: datetime, end: datetime, coverage: Mapping[str, tuple[Span, ...]],
                     tz: ZoneInfo) -> int:
    """Seconds of [start, end) inside the coverage spans, taken on local dates in the zone ``tz``
    (so a daylight-saving change inside a span counts its real length)."""
    if end <= start:
        return 0
    counted = 0
    day = start.astimezone(tz).date() - timedelta(days=1)
    last = end.astimezone(tz).date()
    while day <= last:
        for span in coverage.get(WEEKDAYS[day.weekday()], ()):
            span_start = local_instant(day, span.start, tz)
            span_end = local_instant(day, span.end, tz)
            overlap = (min(end, span_end) - max(start, span_start)).total_seconds()
            if overlap > 0:
                counted += int(overlap)
        day += timedelta(days=1)
    return counted


def _restoration_credits(terms: Restoration, outages: Iterable[tuple[Outage, Interval]],
                         tz: ZoneInfo) -> list[RestorationCredit]:
    """Per outage (overlapping outages of one service merged, the earliest ticket kept)."""
    per_service: dict[str, list[tuple[datetime, datetime, datetime | None]]] = {}
    for o, (start, end) in outages:
        reported = to_utc_second(o.reported_at) if o.reported_at else None
        per_service.setdefault(o.service, []).append((start, end, reported))
    target = int(terms.target_hours * 3600)
    credits = []
    for service, pieces in sorted(per_service.items()):
        for start, end, reported in _merge_with_tickets(pieces):
            clock_start = reported if terms.starts == "ticket" and reported is not None else start
            if terms.clock == "business":
                counted = coverage_seconds(clock_start, end, terms.coverage, tz)
            else:
                counted = max(0, int((end - clock_start).total_seconds()))
            overrun = counted - target
            credits.append(RestorationCredit(service, clock_start, end, counted, overrun,
                                             restoration_percent(overrun, terms.credits), _local_month(end, tz)))
    return credits


def _merge_with_tickets(pieces):
    merged: list[list] = []
    for start, end, reported in sorted(pieces, key=lambda p: (p[0], p[1])):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            if reported is not None and (merged[-1][2] is None or reported < merged[-1][2]):
                merged[-1][2] = reported
        else:
            merged.append([start, end, reported])
    return [tuple(m) for m in merged]


def _availability_credits(terms: Availability, per_service: Mapping[str, Iterable[Interval]],
                          tz: ZoneInfo) -> list[AvailabilityCredit]:
    credits = []
    for service, intervals in sorted(per_service.items()):
        by_month = seconds_by_local_month(merge(intervals), tz)
        for (year, month), down in sorted(by_month.items()):
            month_start, month_end = month_bounds(year, month, tz)
            month_seconds = int((month_end - month_start).total_seconds())
            availability = _CONTEXT.multiply(
                1 - _CONTEXT.divide(Decimal(down), Decimal(month_seconds)), HUNDRED)
            credits.append(AvailabilityCredit(service, (year, month), down, month_seconds, availability,
                                              availability_percent(availability, terms.credits)))
    return credits


def claim_deadline(terms: ServiceLevels, outages: Iterable[Outage], tz: ZoneInfo) -> date | None:
    """The contract's claim window: ``claim_within_days`` from the last outage's local end date,
    or from the last day of that month (``month_end``)."""
    ends = [o.end for o in outages]
    if terms.claim_within_days is None or not ends:
        return None
    last = max(ends).astimezone(tz).date()
    if terms.claim_from == "month_end":
        last = last.replace(day=calendar.monthrange(last.year, last.month)[1])
    return last + timedelta(days=terms.claim_within_days)


def contractual_credit(terms: ServiceLevels, outages: Iterable[Outage], monthly_fee: Decimal,
                       service_fees: Mapping[str, Decimal] | None, timezone_name: str) -> SlaCredit:
    """``Q`` of loss method §Q, with every step kept for the letter's annex."""
    outages = tuple(outages)
    tz = ZoneInfo(timezone_name)
    instants = [(o, (to_utc_second(o.start), to_utc_second(o.end))) for o in outages]
    restoration = _restoration_credits(terms.restoration, instants, tz) if terms.restoration else []
    per_service: dict[str, list[Interval]] = {}
    for o, interval in instants:
        per_service.setdefault(o.service, []).append(interval)
    availability = _availability_credits(terms.availability, per_service, tz) if terms.availability else []

    percents: dict[tuple[str, tuple[int, int]], Decimal] = {}
    for credit in (*restoration, *availability):
        if credit.percent:
            key = (credit.service, credit.month)
            percents[key] = percents.get(key, Decimal(0)) + credit.percent
    rows = []
    for (service, month), uncapped in sorted(percents.items()):
        percent = min(uncapped, terms.cap_percent)
        fee = service_fees[service] if service_fees else monthly_fee
        amount = _CONTEXT.divide(_CONTEXT.multiply(percent, fee), HUNDRED).quantize(_CENT, rounding=ROUND_HALF_UP)
        rows.append(ServiceMonthCredit(service, month, percent, uncapped, fee, amount))
    total = sum((r.amount for r in rows), Decimal("0.00"))
    return SlaCredit(terms.clause, tuple(restoration), tuple(availability), tuple(rows), total,
                     claim_deadline(terms, outages, tz))

