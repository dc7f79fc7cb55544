"""Pages a claims handler can follow: headings cut between words only, day and month lines that
multiply back from what they print, one duration format."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from claimdesk.casefile import read
from claimdesk.domain.loss import estimate_case
from claimdesk.i18n.formats import Formats
from claimdesk.letters.document import cents
from claimdesk.services.render import render_pdf
from tests.letter_helpers import norm, pdf_text


def lyon_in(travel_path, jurisdiction, zone, currency, language):
    case = read(travel_path)
    return replace(case, company=replace(case.company, jurisdiction=jurisdiction, timezone=zone, currency=currency),
                   claim=replace(case.claim, language=language))


@pytest.mark.parametrize("jurisdiction, zone, currency, language, words", [
    ("CH", "Europe/Zurich", "CHF", "de", ["Umsatzausfall", "Rückerstattung", "Anteil ausgefallen"]),
    ("BE", "Europe/Brussels", "EUR", "nl", ["Omzetverlies", "Verloren aandeel"]),
])
def test_table_headings_break_between_words_only(travel_path, jurisdiction, zone, currency, language, words):
    text = pdf_text(render_pdf(lyon_in(travel_path, jurisdiction, zone, currency, language)).pdf)
    for word in words:
        assert word in text, word


def test_cents_are_rounded_half_up():
    assert cents(Decimal("4.025")) == Decimal("4.03")
    assert cents(Decimal("4.0249")) == Decimal("4.02")


@pytest.mark.parametrize("example", ["travel-agency-lyon.json", "bakery-vancouver.json"])
def test_every_day_line_multiplies_back_from_what_it_prints(example):
    from tests.conftest import EXAMPLES

    case = read(EXAMPLES / example)
    e = estimate_case(case)
    c = case.company
    f = Formats(case.claim.language, c.country, c.timezone)
    text = pdf_text(render_pdf(case).pdf)
    printed_sum = Decimal(0)
    for d in e.days:
        share = d.average_share
        adjusted = d.adjusted_turnover.quantize(Decimal("0.01"))
        assert adjusted == d.adjusted_turnover  # the printed adjusted turnover is exact
        assert share == share.quantize(Decimal("0.0001"))  # and so is the printed share
        line = cents(adjusted * d.affected_seconds * share / d.open_seconds)
        assert line == cents(d.amount)
        assert norm(f.money(line, c.currency)) in text
        assert norm(f.percent(share, 4)) in text
        printed_sum += line
    rounding = e.lost_turnover_gross - printed_sum
    label = {"fr": "Arrondi", "en": "Rounding"}[case.claim.language]
    assert (label in text) == bool(rounding)


def test_no_decimal_hours_are_printed(travel_path):
    case = read(travel_path)
    text = pdf_text(render_pdf(case).pdf)
    assert "7,42" not in text and "7.42" not in text  # 7 h 25 min as decimal hours
    assert "7 h 25" in text  # as the facts say it
