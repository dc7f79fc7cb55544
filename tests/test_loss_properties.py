"""Properties of the loss method that an accountant relies on, checked over generated outages."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimdesk.domain.loss import estimate_case
from claimdesk.domain.model import Channel, Outage

from .factories import ALL_DAY, local, make_case, make_company, outage

UTC = timezone.utc
WINDOW_START = datetime(2026, 3, 20, tzinfo=UTC)  # spans the European DST change of 29 March


@st.composite
def outages_st(draw, min_size=1, max_size=8):
    items = []
    for _ in range(draw(st.integers(min_size, max_size))):
        start = WINDOW_START + timedelta(minutes=draw(st.integers(0, 20 * 24 * 60)))
        length = timedelta(minutes=draw(st.integers(1, 4 * 24 * 60)))
        service = draw(st.sampled_from(["internet", "email", "phone"]))
        items.append(outage(service, start, start + length))
    return items


PROPERTY_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY_SETTINGS
@given(outages_st(), st.data())
def test_splitting_an_outage_into_adjacent_pieces_changes_nothing(items, data):
    before = estimate_case(make_case(items)).figures()
    i = data.draw(st.integers(0, len(items) - 1))
    o = items[i]
    seconds = int((o.end - o.start).total_seconds())
    cut = o.start + timedelta(seconds=data.draw(st.integers(1, max(1, seconds - 1))))
    if not (o.start < cut < o.end):
        return
    pieces = [Outage(o.service, o.start, cut), Outage(o.service, cut, o.end)]
    after = estimate_case(make_case(items[:i] + pieces + items[i + 1:])).figures()
    assert after == before


@PROPERTY_SETTINGS
@given(outages_st(min_size=2), st.randoms())
def test_reordering_outages_changes_nothing(items, rnd):
    before = estimate_case(make_case(items)).figures()
    shuffled = list(items)
    rnd.shuffle(shuffled)
    assert estimate_case(make_case(shuffled)).figures() == before


@PROPERTY_SETTINGS
@given(outages_st(), st.data())
def test_an_overlapping_duplicate_is_never_counted_twice(items, data):
    before = estimate_case(make_case(items)).figures()
    o = items[data.draw(st.integers(0, len(items) - 1))]
    seconds = int((o.end - o.start).total_seconds())
    a = data.draw(st.integers(0, seconds - 1))
    b = data.draw(st.integers(a + 1, seconds))
    inner = Outage(o.service, o.start + timedelta(seconds=a), o.start + timedelta(seconds=b))
    assert estimate_case(make_case(items + [inner, o])).figures() == before


@PROPERTY_SETTINGS
@given(outages_st())
def test_printed_lines_add_up(items):
    e = estimate_case(make_case(items, extra=["12.50"], savings=["3.10"], credits=["15.00"]))
    assert sum((d.amount_rounded for d in e.days), Decimal("0.00")) == e.lost_turnover_gross
    assert sum((m.amount_rounded for m in e.months), Decimal("0.00")) == e.subscription_refund
    assert e.shortage_in_turnover == e.lost_turnover_gross - e.recovered_turnover
    raw_total = (e.subscription_refund + e.loss_of_gross_profit + e.increased_cost_of_working
                 - e.savings - e.credits_received)
    assert e.total_claimed == max(raw_total, Decimal("0.00"))
    for value in e.figures().values():
        assert Decimal(value) == Decimal(value).quantize(Decimal("0.1") if value == e.figures()["lost_orders"]
                                                         else Decimal("0.01"))


def test_a_closed_date_adds_nothing():
    tz = "Europe/Paris"
    base = [outage("internet", local(tz, 2026, 5, 4, 10), local(tz, 2026, 5, 4, 11))]
    on_closed_day = outage("internet", local(tz, 2026, 5, 5, 8), local(tz, 2026, 5, 5, 19))
    company = make_company(closed=[date(2026, 5, 5)])
    before = estimate_case(make_case(base, company=company))
    after = estimate_case(make_case(base + [on_closed_day], company=company))
    assert after.lost_turnover_gross == before.lost_turnover_gross > 0
    assert after.business_seconds_affected == before.business_seconds_affected
    # The subscription was still not delivered that day: the refund and outage hours do grow.
    assert after.subscription_refund > before.subscription_refund
    assert after.outage_seconds == before.outage_seconds + 11 * 3600


def test_a_service_no_channel_needs_loses_no_turnover():
    tz = "Europe/Paris"
    e = estimate_case(make_case([outage("email", local(tz, 2026, 5, 4, 10), local(tz, 2026, 5, 4, 11))],
                                company=make_company(channels=(Channel("Web", Decimal("0.6"), ("internet",)),))))
    assert e.lost_turnover_gross == 0
    assert e.business_seconds_affected == 0
    assert e.subscription_refund > 0


def test_a_channel_counts_once_however_many_of_its_services_are_down():
    tz = "Europe/Paris"
    start, end = local(tz, 2026, 5, 5, 10), local(tz, 2026, 5, 5, 11)  # Tuesday, open 9 h
    one = estimate_case(make_case([outage("internet", start, end)]))
    both = estimate_case(make_case([outage("internet", start, end), outage("email", start, end)]))
    assert both.lost_turnover_gross == one.lost_turnover_gross
    # internet takes Online (0.50) and E-mail (0.20): 1000 × 0.70 × 1 h / 9 h
    assert one.lost_turnover_gross == Decimal("77.78")


def _every_day_open(tz):
    hours = {day: ALL_DAY for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}
    return make_company(timezone=tz, hours=hours, channels=(Channel("All", Decimal("1"), ("internet",)),),
                        turnover="2400.00")


def _whole_local_day(tz, day):
    zone = ZoneInfo(tz)
    start = datetime.combine(day, datetime.min.time(), tzinfo=zone)
    end = datetime.combine(day + timedelta(days=1), datetime.min.time(), tzinfo=zone)
    return start.astimezone(UTC), end.astimezone(UTC)


def test_daylight_saving_days_integrate_exactly():
    cases = [("Europe/Paris", date(2026, 3, 29), 23), ("Europe/Paris", date(2026, 10, 25), 25),
             ("America/Vancouver", date(2026, 3, 8), 23), ("America/Vancouver", date(2026, 11, 1), 25)]
    for tz, day, hours in cases:
        start, end = _whole_local_day(tz, day)
        company = _every_day_open(tz)
        whole = estimate_case(make_case([outage("internet", start, end)], company=company))
        (only_day,) = whole.days
        assert only_day.open_seconds == hours * 3600, (tz, day)
        assert whole.lost_turnover_gross == Decimal("2400.00"), (tz, day)
        assert whole.outage_seconds == hours * 3600
        # The first real hour of the day is 1/23 or 1/25 of its turnover, not 1/24.
        first_hour = estimate_case(make_case([outage("internet", start, start + timedelta(hours=1))],
                                             company=company))
        assert first_hour.lost_turnover_gross == (Decimal("2400") / hours).quantize(Decimal("0.01")), (tz, day)


def test_a_local_time_in_the_spring_gap_moves_forward():
    """A shop opening at 02:30 on the night clocks jump from 02:00 to 03:00 opens at 03:30 (UTC+2)."""
    from claimdesk.domain.loss import opening_spans_utc
    from claimdesk.domain.model import Span

    (span,) = opening_spans_utc(date(2026, 3, 29), [Span(150, 600)], ZoneInfo("Europe/Paris"))
    assert span[0] == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert span[1] == datetime(2026, 3, 29, 8, 0, tzinfo=UTC)


def test_refund_is_cut_at_local_month_boundaries():
    tz = "Europe/Paris"
    company = make_company()
    # From 31 March 12:00 to 1 April 12:00 local: 12 h in March (743 h long), 12 h in April (720 h).
    e = estimate_case(make_case([outage("internet", local(tz, 2026, 3, 31, 12), local(tz, 2026, 4, 1, 12))],
                                company=company))
    assert [(m.month, m.outage_seconds, m.month_seconds) for m in e.months] == [
        (3, 12 * 3600, 743 * 3600), (4, 12 * 3600, 720 * 3600)]
    expected = Decimal("60.00") * 12 / 743 + Decimal("60.00") * 12 / 720
    assert e.subscription_refund == expected.quantize(Decimal("0.01"))


def test_credits_that_cover_everything_floor_the_total_at_zero():
    tz = "Europe/Paris"
    e = estimate_case(make_case([outage("internet", local(tz, 2026, 5, 5, 10), local(tz, 2026, 5, 5, 11))],
                                credits=["5000.00"]))
    assert e.total_claimed == Decimal("0.00")
    assert e.credits_cover_everything
