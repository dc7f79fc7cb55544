"""The worked examples of loss-method.md, to the cent."""

from decimal import Decimal

import pytest

from claimdesk import casefile
from claimdesk.domain.loss import estimate_case

BAKERY = {
    "lost_turnover_gross": "3714.75",
    "lost_orders": "77.4",
    "recovered_turnover": "371.48",
    "shortage_in_turnover": "3343.27",
    "loss_of_gross_profit": "2072.83",
    "subscription_refund": "21.28",
    "increased_cost_of_working": "85.00",
    "savings": "0.00",
    "credits_received": "0.00",
    "total_claimed": "2179.11",
    "outage_hours": "122.75",
    "business_hours_affected": "41.75",
}

TRAVEL = {
    "lost_turnover_gross": "3942.87",
    "lost_orders": "6.2",
    "recovered_turnover": "1380.00",
    "shortage_in_turnover": "2562.87",
    "loss_of_gross_profit": "281.92",
    "subscription_refund": "1.88",
    "increased_cost_of_working": "240.00",
    "savings": "0.00",
    "credits_received": "0.00",
    "total_claimed": "523.80",
    "outage_hours": "7.42",
    "business_hours_affected": "5.92",
}


@pytest.mark.parametrize("name, expected", [("bakery-vancouver", BAKERY), ("travel-agency-lyon", TRAVEL)])
def test_worked_example_to_the_cent(name, expected, request):
    case = casefile.read(request.config.rootpath / "tests" / "data" / f"{name}.json")
    assert estimate_case(case).figures() == expected


def test_bakery_days_follow_the_hand_calculation(bakery_path):
    """Thursday 9.75 of 11 open hours, Fri–Sun whole days, Monday closed, Tuesday 4 of 11 hours."""
    e = estimate_case(casefile.read(bakery_path))
    by_day = {d.day.isoformat(): d for d in e.days}
    assert list(by_day) == ["2019-08-01", "2019-08-02", "2019-08-03", "2019-08-04", "2019-08-06"]
    assert by_day["2019-08-01"].affected_seconds == int(9.75 * 3600)
    assert by_day["2019-08-06"].affected_seconds == 4 * 3600
    assert by_day["2019-08-02"].amount == Decimal("1600.00") * Decimal("1.04") * Decimal("0.55")
    # The day lines as printed add up to G exactly.
    assert sum(d.amount_rounded for d in e.days) == e.lost_turnover_gross
    # August in Vancouver: 744 hours; the refund is 129.00 × 122.75 h / 744 h.
    (month,) = e.months
    assert month.month_seconds == 744 * 3600
    assert month.amount_rounded == e.subscription_refund


def test_itemised_total_adds_up(bakery_path, travel_path):
    for path in (bakery_path, travel_path):
        e = estimate_case(casefile.read(path))
        assert e.shortage_in_turnover == e.lost_turnover_gross - e.recovered_turnover
        assert e.total_claimed == (e.subscription_refund + e.loss_of_gross_profit + e.increased_cost_of_working
                                   - e.savings - e.credits_received)


def test_a_fee_split_per_service_refunds_only_the_service_that_was_down(bakery_path):
    """loss-method item 7, version 1.1: the bakery's e-mail outage refunds the e-mail part."""
    from dataclasses import replace

    case = casefile.read(bakery_path)
    fees = {"internet": Decimal("89.00"), "email": Decimal("15.00"), "phone": Decimal("25.00")}
    split = replace(case, contract=replace(case.contract, service_fees=fees))
    e = estimate_case(split)
    assert e.subscription_refund == Decimal("2.47")  # 15.00 × 122.75 h / 744 h
    assert e.total_claimed == Decimal("2160.30")
    assert [(m.service, m.fee, m.amount_rounded) for m in e.months] == [("email", Decimal("15.00"), Decimal("2.47"))]
    # Without the split, version 1: the whole fee on the union of all outages.
    assert estimate_case(case).subscription_refund == Decimal("21.28")
