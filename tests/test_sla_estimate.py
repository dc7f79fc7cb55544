"""Loss method §Q end to end: the worked examples Q1 and Q2 through the case file, the estimate
and `claimdesk estimate`; the price reduction never counts the refund and the credit twice."""

from __future__ import annotations

import json
from decimal import Decimal as D

from claimdesk import casefile
from claimdesk.domain.loss import estimate_case

from .sla_cases import q1_doc, q2_doc, write
from .test_cli_estimate import claimdesk
from .test_loss_examples import BAKERY, TRAVEL


def test_q1_travel_agency_gtr_is_claimed_instead_of_the_refund():
    e = estimate_case(casefile.from_dict(q1_doc()))
    figures = e.figures()
    assert figures == {**TRAVEL, "contractual_credit": "18.90", "price_reduction": "18.90",
                       "total_claimed": "540.82", "sla_claim_deadline": "2015-06-18"}
    assert "reserved_damages" not in figures
    assert e.claims_credit  # Q 18.90 > F 1.88: the credit, not the refund
    (r,) = e.sla.restoration
    assert (r.counted_seconds, r.overrun_seconds, r.percent) == (7 * 3600 + 600, 3 * 3600 + 600, D("10"))


def test_q2_bakery_exclusive_credit_reserves_the_damages():
    e = estimate_case(casefile.from_dict(q2_doc()))
    assert e.figures() == {**BAKERY, "contractual_credit": "103.20", "price_reduction": "103.20",
                           "total_claimed": "103.20", "reserved_damages": "2157.83",
                           "sla_claim_deadline": "2019-09-05"}


def test_refund_is_claimed_when_it_is_larger_than_the_credit():
    doc = q1_doc()
    doc["contract"]["sla"]["restoration"]["target_hours"] = "8"  # 7 h 10 min counted: no overrun
    e = estimate_case(casefile.from_dict(doc))
    assert e.contractual_credit == D("0.00")
    assert e.price_reduction == D("1.88") and not e.claims_credit
    assert e.total_claimed == D("523.80")  # exactly the case without service levels


def test_credits_received_are_deducted_from_an_exclusive_credit_never_below_zero():
    doc = q2_doc()
    doc["credits_received"] = [{"label": "Credit note 8812", "amount": "150.00"}]
    e = estimate_case(casefile.from_dict(doc))
    assert e.total_claimed == D("0.00") and e.credits_cover_everything
    assert e.reserved_damages == D("2157.83")


def test_without_sla_every_figure_is_unchanged(travel_path, bakery_path):
    for path, expected in ((travel_path, TRAVEL), (bakery_path, BAKERY)):
        e = estimate_case(casefile.read(path))
        assert e.figures() == expected
        assert e.sla is None and e.price_reduction is None and e.reserved_damages is None


def test_claimdesk_estimate_prints_the_sla_figures(tmp_path):
    q1 = json.loads(claimdesk("estimate", write(q1_doc(), tmp_path, "q1.json")).stdout)
    assert (q1["contractual_credit"], q1["price_reduction"], q1["total_claimed"], q1["sla_claim_deadline"]) == (
        "18.90", "18.90", "540.82", "2015-06-18")
    q2 = json.loads(claimdesk("estimate", write(q2_doc(), tmp_path, "q2.json")).stdout)
    assert (q2["contractual_credit"], q2["total_claimed"], q2["reserved_damages"]) == ("103.20", "103.20", "2157.83")


def test_text_breakdown_explains_every_sla_step(tmp_path):
    q1 = claimdesk("estimate", "--text", write(q1_doc(), tmp_path, "q1.json")).stdout
    assert ("accès à Internet  19/05/2015 10:05 → 19/05/2015 17:15  Durée comptée : 7 h 10, "
            "Dépassement : 3 h 10 → Pénalité : au-delà de 0 h : 10\u00a0%") in q1
    assert "accès à Internet  mai 2015  10\u00a0% × 189,00\u00a0€ = 18,90\u00a0€" in q1
    assert "Q  Pénalité due au titre des niveaux de service = 18,90\u00a0€" in q1
    assert "le plus élevé de F et Q = max(1,88\u00a0€, 18,90\u00a0€) = 18,90\u00a0€" in q1
    assert "(max(F, Q) + P + C − V − K) = 540,82\u00a0€" in q1
    q2 = claimdesk("estimate", "--text", write(q2_doc(), tmp_path, "q2.json")).stdout
    assert ("e-mail  August 2019  Without service: 122 h 45 min / 744 h 00 min → Availability: 83.5013% → "
            "Credit: below 90%: 80%") in q2
    assert "80% × $129.00 = $103.20" in q2 and "(at most 100%)" in q2
    assert "Total claimed (max(F, Q) − K) = $103.20" in q2
    assert "Reserved, not claimed in this letter (P + C − V) = $2,157.83" in q2
    assert "claimed by September 5, 2019" in q2


def test_text_breakdown_says_when_the_refund_is_claimed_and_when_a_cap_applies():
    from claimdesk.services.estimate import breakdown_text

    doc = q1_doc()
    doc["contract"]["sla"]["restoration"]["target_hours"] = "8"
    text = breakdown_text(casefile.from_dict(doc))
    assert "Dépassement : – → Pénalité : –" in text
    assert "max(1,88\u00a0€, 0,00\u00a0€) = 1,88\u00a0€" in text
    doc = q1_doc()
    doc["contract"]["sla"]["cap_percent"] = "5"
    text = breakdown_text(casefile.from_dict(doc))
    assert "5\u00a0% (≤ 5\u00a0%: 10\u00a0%) × 189,00\u00a0€ = 9,45\u00a0€" in text
