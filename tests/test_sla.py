"""The contract's own service levels (loss method §Q): worked examples Q1 and Q2 to the cent, and
the edges a provider's claims desk would check: tier boundaries, business clocks, caps, months."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal as D
from zoneinfo import ZoneInfo

import pytest

from claimdesk.casefile import read
from claimdesk.domain.model import Outage, Span
from claimdesk.domain.sla import (
    Availability,
    AvailabilityTier,
    Restoration,
    RestorationTier,
    ServiceLevels,
    availability_percent,
    contractual_credit,
    coverage_seconds,
    restoration_percent,
)

PARIS = ZoneInfo("Europe/Paris")
WEEKDAY_8_18 = {d: (Span(480, 1080),) for d in ("mon", "tue")}


def _gtr(**kw) -> ServiceLevels:
    restoration = Restoration(target_hours=D("4"), clock="business", starts="ticket", coverage=WEEKDAY_8_18,
                              credits=(RestorationTier(D("0"), D("10")), RestorationTier(D("4"), D("25"))))
    return ServiceLevels(clause="Conditions particulières, art. 6 (GTR 4 h ouvrées)", restoration=restoration,
                         claim_within_days=30, **kw)



def _with_ticket(outage: Outage, reported: datetime):
    # The case-file /2 key outages[].reported_at.
    return replace(outage, reported_at=reported)


def test_worked_example_q1_travel_agency_gtr(travel_path):
    case = read(travel_path)
    outage = _with_ticket(case.outages[0], datetime(2015, 5, 19, 10, 5, tzinfo=PARIS))
    credit = contractual_credit(_gtr(), [outage], case.contract.monthly_fee, None, case.company.timezone)
    (r,) = credit.restoration
    assert r.counted_seconds == 7 * 3600 + 10 * 60  # 10:05 -> 17:15 inside 08:00-18:00
    assert r.overrun_seconds == 3 * 3600 + 10 * 60
    assert r.percent == D("10")
    assert credit.total == D("18.90")
    assert credit.claim_deadline == date(2015, 6, 18)


def test_worked_example_q2_bakery_availability(bakery_path):
    case = read(bakery_path)
    terms = ServiceLevels(
        clause="Service terms, section 9", exclusive=True, claim_within_days=30,
        availability=Availability(D("99.9"), tuple(AvailabilityTier(D(b), D(p)) for b, p in
                                                   (("99.9", "20"), ("98", "40"), ("95", "60"), ("90", "80")))))
    credit = contractual_credit(terms, case.outages, case.contract.monthly_fee, None, case.company.timezone)
    (a,) = credit.availability
    assert a.month_seconds == 744 * 3600 and a.down_seconds == int(D("122.75") * 3600)
    assert D("83.50") < a.availability < D("83.51")
    assert a.percent == D("80")
    assert credit.total == D("103.20")
    assert credit.claim_deadline == date(2019, 9, 5)


@pytest.mark.parametrize(("overrun_minutes", "percent"), [
    (0, "0"), (1, "10"), (240, "10"), (241, "25"), (10_000, "25"),
])
def test_restoration_tiers_are_strictly_exceeded(overrun_minutes, percent):
    tiers = (RestorationTier(D("0"), D("10")), RestorationTier(D("4"), D("25")))
    assert restoration_percent(overrun_minutes * 60, tiers) == D(percent)


@pytest.mark.parametrize(("availability", "percent"), [
    ("99.9", "0"), ("99.89", "20"), ("98", "20"), ("97.999", "40"), ("100", "0"),
])
def test_availability_tiers_are_strictly_under(availability, percent):
    tiers = (AvailabilityTier(D("99.9"), D("20")), AvailabilityTier(D("98"), D("40")))
    assert availability_percent(D(availability), tiers) == D(percent)


def test_business_clock_skips_the_weekend_and_counts_a_saturday_when_covered():
    weekdays = {d: (Span(480, 1080),) for d in ("mon", "tue", "wed", "thu", "fri")}
    friday_17 = datetime(2026, 3, 13, 17, 0, tzinfo=PARIS)
    monday_10 = datetime(2026, 3, 16, 10, 0, tzinfo=PARIS)
    assert coverage_seconds(friday_17, monday_10, weekdays, PARIS) == 3 * 3600
    with_saturday = {**weekdays, "sat": (Span(480, 720),)}
    assert coverage_seconds(friday_17, monday_10, with_saturday, PARIS) == 7 * 3600


def test_business_clock_across_a_dst_change_counts_real_hours():
    # 29 March 2026: clocks go forward at 02:00 in Paris; coverage 00:00-24:00 that Sunday has 23 h.
    all_sunday = {"sun": (Span(0, 1440),)}
    start = datetime(2026, 3, 28, 12, 0, tzinfo=PARIS)
    end = datetime(2026, 3, 30, 12, 0, tzinfo=PARIS)
    assert coverage_seconds(start, end, all_sunday, PARIS) == 23 * 3600


def test_cap_and_month_of_the_outage_end(travel_path):
    case = read(travel_path)
    # An outage across a month boundary: 30 May 10:00 -> 2 June 10:00 (72 h, calendar clock).
    outage = replace(case.outages[0], start=datetime(2015, 5, 30, 10, tzinfo=PARIS),
                     end=datetime(2015, 6, 2, 10, tzinfo=PARIS))
    terms = ServiceLevels(
        clause="art. 6", cap_percent=D("30"),
        restoration=Restoration(D("4"), (RestorationTier(D("0"), D("25")),)),
        availability=Availability(D("99.9"), (AvailabilityTier(D("99.9"), D("20")),)))
    credit = contractual_credit(terms, [outage], D("189.00"), None, "Europe/Paris")
    assert [r.month for r in credit.restoration] == [(2015, 6)]  # booked where it ended
    rows = {r.month: r for r in credit.by_service_month}
    assert rows[(2015, 5)].percent == D("20")  # availability only
    assert rows[(2015, 6)].uncapped_percent == D("45") and rows[(2015, 6)].percent == D("30")
    assert credit.total == D("37.80") + D("56.70")


def test_service_fee_is_the_base_when_the_contract_splits_it(travel_path):
    case = read(travel_path)
    terms = ServiceLevels(clause="art. 6", restoration=Restoration(D("1"), (RestorationTier(D("0"), D("10")),)))
    credit = contractual_credit(terms, case.outages, D("189.00"),
                                {"internet": D("120.00"), "email": D("9.00"), "phone": D("60.00")}, "Europe/Paris")
    assert credit.total == D("12.00")


def test_no_ticket_time_starts_the_clock_at_the_outage(travel_path):
    case = read(travel_path)
    credit = contractual_credit(_gtr(), case.outages, D("189.00"), None, "Europe/Paris")
    assert credit.restoration[0].clock_start == case.outages[0].start
