"""Small builders of domain objects for tests (the examples cover the realistic cases)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from claimdesk.domain.model import (
    Baseline,
    Case,
    Channel,
    ClaimSpec,
    Company,
    Contract,
    MoneyItem,
    Outage,
    Signatory,
    Span,
)

ALL_DAY = (Span(0, 24 * 60),)


def make_company(*, timezone="Europe/Paris", hours=None, closed=(), channels=None, turnover="1000.00",
                 trend="0.00", jurisdiction="FR", currency="EUR") -> Company:
    hours = hours if hours is not None else {
        "mon": (Span(9 * 60, 12 * 60), Span(14 * 60, 18 * 60)),
        "tue": (Span(9 * 60, 18 * 60),),
        "wed": (Span(9 * 60, 18 * 60),),
        "thu": (Span(9 * 60, 18 * 60),),
        "fri": (Span(9 * 60, 18 * 60),),
        "sat": (Span(10 * 60, 13 * 60),),
    }
    channels = channels if channels is not None else (
        Channel("Online", Decimal("0.50"), ("internet",)),
        Channel("E-mail", Decimal("0.20"), ("internet", "email")),
        Channel("Phone", Decimal("0.15"), ("phone",)),
    )
    return Company(
        name="Test SARL",
        address=("1 rue de l'Essai", "75001 Paris"),
        signatory=Signatory("A. Test", "Gérant"),
        jurisdiction=jurisdiction,
        timezone=timezone,
        currency=currency,
        opening_hours=hours,
        channels=channels,
        baseline=Baseline(
            standard_turnover={day: Decimal(turnover) for day in hours},
            trend=Decimal(trend),
            average_order_value=Decimal("50.00"),
            gross_profit_rate=Decimal("0.40"),
            recovery_rate=Decimal("0.10"),
        ),
        closed_dates=tuple(closed),
    )


def make_contract(services=("internet", "email", "phone"), fee="60.00") -> Contract:
    return Contract("Telco SA", ("Service clients", "75000 Paris"), "C-1", "REF-1", tuple(services), Decimal(fee))


def local(tz: str, *args) -> datetime:
    return datetime(*args, tzinfo=ZoneInfo(tz))


def make_case(outages, company=None, contract=None, extra=(), savings=(), credits=()) -> Case:
    return Case(
        company=company or make_company(),
        contract=contract or make_contract(),
        outages=tuple(outages),
        claim=ClaimSpec("claim", "fr", date(2026, 1, 10), "Paris", 30, "registered"),
        extra_costs=tuple(MoneyItem(f"extra {i}", Decimal(a)) for i, a in enumerate(extra)),
        savings=tuple(MoneyItem(f"saving {i}", Decimal(a)) for i, a in enumerate(savings)),
        credits_received=tuple(MoneyItem(f"credit {i}", Decimal(a)) for i, a in enumerate(credits)),
    )


def outage(service, start, end, **kw) -> Outage:
    return Outage(service, start, end, **kw)
