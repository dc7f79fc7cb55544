"""The loss method of ``docs/loss-method.md``, version 1.

Turns outages into the amounts a claim asks for. Intermediate values are exact decimals (the
only division is by a day's or a month's length, done in a 50-digit context); the figures are
rounded half up only where the method says, in its order, so every printed line adds up.
"""

from __future__ import annotations

import bisect
import decimal
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

from .intervals import (
    Interval,
    local_instant,
    merge,
    month_bounds,
    seconds_by_local_month,
    to_utc_second,
    total_seconds,
)
from .model import WEEKDAYS, Case, Channel, Company, Contract, MoneyItem, Outage, Span
from .sla import SlaCredit, contractual_credit

METHOD_VERSION = 1
CENT = Decimal("0.01")
TENTH = Decimal("0.1")
ZERO = Decimal(0)
ZERO_CENTS = Decimal("0.00")
_CONTEXT = decimal.Context(prec=50, rounding=ROUND_HALF_UP)


def round_money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP, context=_CONTEXT)


def round_hours(seconds: int) -> Decimal:
    return (Decimal(seconds) / Decimal(3600)).quantize(CENT, rounding=ROUND_HALF_UP, context=_CONTEXT)


@dataclass(frozen=True)
class ShareSegment:
    """A stretch of time during which the same services are down."""

    start: datetime
    end: datetime
    services: frozenset[str]
    share: Decimal


@dataclass(frozen=True)
class DayLoss:
    """Lost turnover of one local opening day: ``adjusted × weighted_seconds / open_seconds``."""

    day: date
    weekday: str
    standard_turnover: Decimal
    adjusted_turnover: Decimal
    open_seconds: int
    affected_seconds: int
    weighted_seconds: Decimal  # Σ share lost × seconds, inside the opening spans
    amount: Decimal  # exact
    amount_rounded: Decimal  # to the cent, apportioned so the days add up to G

    @property
    def average_share(self) -> Decimal:
        if not self.affected_seconds:
            return ZERO
        return _CONTEXT.divide(self.weighted_seconds, Decimal(self.affected_seconds))


@dataclass(frozen=True)
class MonthRefund:
    """Part of the subscription refund earned in one local calendar month."""

    year: int
    month: int
    outage_seconds: int
    month_seconds: int
    amount: Decimal  # exact
    amount_rounded: Decimal  # apportioned so the months add up to F
    service: str | None = None  # with a fee per service (v1.1): the service this part refunds
    fee: Decimal | None = None  # the fee this part is worked out from


@dataclass(frozen=True)
class LossEstimate:
    currency: str
    lost_turnover_gross: Decimal
    lost_orders: Decimal
    recovered_turnover: Decimal
    shortage_in_turnover: Decimal
    loss_of_gross_profit: Decimal
    subscription_refund: Decimal
    increased_cost_of_working: Decimal
    savings: Decimal
    credits_received: Decimal
    total_claimed: Decimal
    outage_seconds: int
    business_seconds_affected: int
    # The inputs the figures come from, for the itemised breakdown.
    trend: Decimal
    average_order_value: Decimal
    gross_profit_rate: Decimal
    recovery_rate: Decimal
    monthly_fee: Decimal
    days: tuple[DayLoss, ...]
    months: tuple[MonthRefund, ...]
    outage_intervals: tuple[Interval, ...]  # the union of all outages
    service_intervals: dict[str, tuple[Interval, ...]]  # merged outages per service
    extra_costs: tuple[MoneyItem, ...]
    savings_items: tuple[MoneyItem, ...]
    credit_items: tuple[MoneyItem, ...]
    total_before_floor: Decimal  # F + P + C − V − K (§Q: see below), before the floor at 0
    # §Q (method 1.2), only when the contract states its service levels: the credit Q with its
    # steps, the price reduction claimed (max(F, Q): both pay back service not delivered, so
    # never both), and under an exclusive clause the damages P + C − V reserved, not claimed.
    sla: SlaCredit | None = None
    price_reduction: Decimal | None = None
    reserved_damages: Decimal | None = None
    exclusive: bool = False

    @property
    def contractual_credit(self) -> Decimal | None:
        return self.sla.total if self.sla is not None else None

    @property
    def claims_credit(self) -> bool:
        """True when the price reduction claimed is the contract's credit Q rather than the refund F."""
        return self.sla is not None and self.sla.total > ZERO and self.sla.total >= self.subscription_refund

    @property
    def sla_claim_deadline(self) -> date | None:
        return self.sla.claim_deadline if self.sla is not None else None

    @property
    def outage_hours(self) -> Decimal:
        return round_hours(self.outage_seconds)

    @property
    def business_hours_affected(self) -> Decimal:
        return round_hours(self.business_seconds_affected)

    @property
    def credits_cover_everything(self) -> bool:
        """True when savings and credits already cover the whole claim (the total is floored at 0)."""
        return self.total_before_floor <= ZERO

    def figures(self) -> dict[str, str]:
        """The figures of the summary, under the names of the case-file spec, as strings."""
        return {
            "lost_turnover_gross": str(self.lost_turnover_gross),
            "lost_orders": str(self.lost_orders),
            "recovered_turnover": str(self.recovered_turnover),
            "shortage_in_turnover": str(self.shortage_in_turnover),
            "loss_of_gross_profit": str(self.loss_of_gross_profit),
            "subscription_refund": str(self.subscription_refund),
            "increased_cost_of_working": str(self.increased_cost_of_working),
            "savings": str(self.savings),
            "credits_received": str(self.credits_received),
            "total_claimed": str(self.total_claimed),
            "outage_hours": str(self.outage_hours),
            "business_hours_affected": str(self.business_hours_affected),
            **self._sla_figures(),
        }

    def _sla_figures(self) -> dict[str, str]:
        if self.sla is None:
            return {}
        figures = {"contractual_credit": str(self.sla.total), "price_reduction": str(self.price_reduction)}
        if self.exclusive:
            figures["reserved_damages"] = str(self.reserved_damages)
        if self.sla.claim_deadline is not None:
            figures["sla_claim_deadline"] = self.sla.claim_deadline.isoformat()
        return figures


def apportion(exact: Sequence[Decimal], total: Decimal) -> list[Decimal]:
    """Round each value to the cent so the rounded values add up to ``total`` (largest remainder)."""
    floors = [v.quantize(CENT, rounding=decimal.ROUND_FLOOR, context=_CONTEXT) for v in exact]
    cents_left = int(((total - sum(floors, ZERO)) / CENT).to_integral_value(ROUND_HALF_UP))
    order = sorted(range(len(exact)), key=lambda i: (floors[i] - exact[i], i))
    result = list(floors)
    for i in order[: max(0, min(cents_left, len(exact)))]:
        result[i] += CENT
    return result


def share_lost(channels: Iterable[Channel], down: frozenset[str]) -> Decimal:
    """Sum of the shares of channels that need at least one service that is down (each once)."""
    return sum((ch.share for ch in channels if down.intersection(ch.depends_on)), ZERO)


def share_segments(outages: Iterable[Outage], channels: Sequence[Channel]) -> tuple[list[ShareSegment], dict]:
    """Split time into stretches of constant share lost (only those with some service down)."""
    per_service: dict[str, list[Interval]] = {}
    for o in outages:
        start, end = to_utc_second(o.start), to_utc_second(o.end)
        if end > start:
            per_service.setdefault(o.service, []).append((start, end))
    merged = {service: merge(spans) for service, spans in per_service.items()}
    events: list[tuple[datetime, int, str]] = []
    for service, spans in merged.items():
        for start, end in spans:
            events.append((start, 1, service))
            events.append((end, -1, service))
    events.sort(key=lambda e: (e[0], e[1]))
    down: dict[str, int] = {}
    shares: dict[frozenset[str], Decimal] = {}
    segments: list[ShareSegment] = []
    i = 0
    while i < len(events):
        t = events[i][0]
        while i < len(events) and events[i][0] == t:
            _, delta, service = events[i]
            down[service] = down.get(service, 0) + delta
            if not down[service]:
                del down[service]
            i += 1
        if down and i < len(events):
            key = frozenset(down)
            if key not in shares:
                shares[key] = share_lost(channels, key)
            nxt = events[i][0]
            if segments and segments[-1].end == t and segments[-1].services == key:
                segments[-1] = ShareSegment(segments[-1].start, nxt, key, shares[key])
            else:
                segments.append(ShareSegment(t, nxt, key, shares[key]))
    return segments, {s: tuple(v) for s, v in merged.items()}


def opening_spans_utc(day: date, spans: Iterable[Span], tz: ZoneInfo) -> list[Interval]:
    result = []
    for span in spans:
        start, end = local_instant(day, span.start, tz), local_instant(day, span.end, tz)
        if end > start:
            result.append((start, end))
    return result


def _local_dates(intervals: Iterable[Interval], tz: ZoneInfo) -> list[date]:
    """Every local date whose opening spans could meet one of the intervals."""
    days: set[date] = set()
    for start, end in intervals:
        first = start.astimezone(tz).date() - timedelta(days=1)
        last = end.astimezone(tz).date() + timedelta(days=1)
        d = first
        while d <= last:
            days.add(d)
            d += timedelta(days=1)
    return sorted(days)


def lost_turnover_by_day(company: Company, segments: list[ShareSegment], union: list[Interval]) -> list[DayLoss]:
    tz = ZoneInfo(company.timezone)
    closed = set(company.closed_dates)
    factor = 1 + company.baseline.trend
    positive = [s for s in segments if s.share > 0]
    starts = [s.start for s in positive]
    days: list[DayLoss] = []
    for d in _local_dates(union, tz):
        weekday = WEEKDAYS[d.weekday()]
        spans = company.opening_hours.get(weekday) or ()
        if d in closed or not spans:
            continue
        utc_spans = opening_spans_utc(d, spans, tz)
        open_seconds = total_seconds(utc_spans)
        if not open_seconds:
            continue
        weighted, affected = ZERO, 0
        for span_start, span_end in utc_spans:
            k = max(0, bisect.bisect_right(starts, span_start) - 1)
            while k < len(positive) and positive[k].start < span_end:
                seg = positive[k]
                overlap = int((min(seg.end, span_end) - max(seg.start, span_start)).total_seconds())
                if overlap > 0:
                    weighted += seg.share * overlap
                    affected += overlap
                k += 1
        if not affected:
            continue
        standard = company.baseline.standard_turnover.get(weekday, ZERO)
        adjusted = _CONTEXT.multiply(standard, factor)
        amount = _CONTEXT.divide(_CONTEXT.multiply(adjusted, weighted), Decimal(open_seconds))
        days.append(DayLoss(d, weekday, standard, adjusted, open_seconds, affected, weighted, amount, ZERO))
    return days


def refund_by_month(union: list[Interval], monthly_fee: Decimal, timezone_name: str) -> list[MonthRefund]:
    """Each piece of outage earns ``fee × piece seconds / seconds in that local month``."""
    tz = ZoneInfo(timezone_name)
    seconds_by_month = seconds_by_local_month(union, tz)
    months = []
    for (year, month), seconds in sorted(seconds_by_month.items()):
        month_start, month_end = month_bounds(year, month, tz)
        month_seconds = int((month_end - month_start).total_seconds())
        amount = _CONTEXT.divide(_CONTEXT.multiply(monthly_fee, Decimal(seconds)), Decimal(month_seconds))
        months.append(MonthRefund(year, month, seconds, month_seconds, amount, ZERO))
    return months


def refund_months(union: list[Interval], per_service: dict[str, tuple[Interval, ...]], contract: Contract,
                  timezone_name: str) -> list[MonthRefund]:
    """The refund's parts: by month on the union of all outages with the whole fee (v1), or, when
    the contract splits its fee per service (v1.1), by service and month on that service's
    outages with that service's fee, so a TV-only outage refunds the TV part of a bundle."""
    if not contract.service_fees:
        return [replace(m, fee=contract.monthly_fee)
                for m in refund_by_month(union, contract.monthly_fee, timezone_name)]
    months = []
    for service in contract.services:
        spans = per_service.get(service)
        fee = contract.service_fees.get(service, ZERO)
        if spans:
            months += [replace(m, service=service, fee=fee) for m in refund_by_month(list(spans), fee, timezone_name)]
    return sorted(months, key=lambda m: (m.year, m.month, contract.services.index(m.service)))


def _sum_items(items: Iterable[MoneyItem]) -> Decimal:
    return sum((round_money(i.amount) for i in items), ZERO_CENTS)


def estimate(
    company: Company,
    contract: Contract,
    outages: Iterable[Outage],
    extra_costs: Iterable[MoneyItem] = (),
    savings: Iterable[MoneyItem] = (),
    credits_received: Iterable[MoneyItem] = (),
) -> LossEstimate:
    """Apply the loss method to validated inputs."""
    outages = tuple(outages)
    extra_costs, savings, credits_received = tuple(extra_costs), tuple(savings), tuple(credits_received)
    baseline = company.baseline
    segments, per_service = share_segments(outages, company.channels)
    union = merge(iv for spans in per_service.values() for iv in spans)

    days = lost_turnover_by_day(company, segments, union)
    g_exact = sum((d.amount for d in days), ZERO_CENTS)
    g = round_money(g_exact)
    days = [
        DayLoss(d.day, d.weekday, d.standard_turnover, d.adjusted_turnover, d.open_seconds, d.affected_seconds,
                d.weighted_seconds, d.amount, rounded)
        for d, rounded in zip(days, apportion([d.amount for d in days], g))
    ]
    r = round_money(g * baseline.recovery_rate)
    s = g - r
    p = round_money(s * baseline.gross_profit_rate)
    o = _CONTEXT.divide(g, baseline.average_order_value).quantize(TENTH, rounding=ROUND_HALF_UP)

    months = refund_months(union, per_service, contract, company.timezone)
    f = round_money(sum((m.amount for m in months), ZERO_CENTS))
    months = [
        replace(m, amount_rounded=rounded) for m, rounded in zip(months, apportion([m.amount for m in months], f))
    ]
    c, v, k = _sum_items(extra_costs), _sum_items(savings), _sum_items(credits_received)
    total = f + p + c - v - k
    credit = reduction = reserved = None
    exclusive = False
    if contract.sla is not None:
        credit = contractual_credit(contract.sla, outages, contract.monthly_fee, contract.service_fees,
                                    company.timezone)
        reduction = max(f, credit.total)
        exclusive = contract.sla.exclusive
        if exclusive:
            # The credit is the contract's only compensation: the damages are reserved, not added.
            total = reduction - k
            reserved = max(p + c - v, ZERO_CENTS)
        else:
            total = reduction + p + c - v - k

    return LossEstimate(
        currency=company.currency,
        lost_turnover_gross=g,
        lost_orders=o,
        recovered_turnover=r,
        shortage_in_turnover=s,
        loss_of_gross_profit=p,
        subscription_refund=f,
        increased_cost_of_working=c,
        savings=v,
        credits_received=k,
        total_claimed=max(total, ZERO_CENTS),
        outage_seconds=total_seconds(union),
        business_seconds_affected=sum(d.affected_seconds for d in days),
        trend=baseline.trend,
        average_order_value=baseline.average_order_value,
        gross_profit_rate=baseline.gross_profit_rate,
        recovery_rate=baseline.recovery_rate,
        monthly_fee=contract.monthly_fee,
        days=tuple(days),
        months=tuple(months),
        outage_intervals=tuple(union),
        service_intervals=per_service,
        extra_costs=extra_costs,
        savings_items=savings,
        credit_items=credits_received,
        total_before_floor=total,
        sla=credit,
        price_reduction=reduction,
        reserved_damages=reserved,
        exclusive=exclusive,
    )


def estimate_case(case: Case) -> LossEstimate:
    return estimate(case.company, case.contract, case.outages, case.extra_costs, case.savings,
                    case.credits_received)
