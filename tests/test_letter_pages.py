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


@pytest.mark.parametrize("claim_date, days, deadline", [
    ("2015-05-21", 30, "2015-06-22"),  # Saturday -> Monday
    ("2015-05-21", 31, "2015-06-22"),  # Sunday -> Monday
    ("2015-05-21", 29, "2015-06-19"),  # Friday stays
])
def test_a_deadline_on_a_weekend_moves_to_the_monday(travel_path, claim_date, days, deadline):
    from datetime import date

    case = read(travel_path)
    spec = replace(case.claim, date=date.fromisoformat(claim_date), response_days=days)
    assert spec.response_deadline == date.fromisoformat(deadline)
    text = pdf_text(render_pdf(replace(case, claim=spec)).pdf)
    f = Formats("fr", "FR")
    assert norm(f.date(date.fromisoformat(deadline), "long")) in text


def markups(case) -> list[str]:
    """Every paragraph's markup as the letter lays it out."""
    from claimdesk.letters import document

    seen = []
    original = document.paragraph
    document.paragraph = lambda markup, style: seen.append(markup) or original(markup, style)
    try:
        render_pdf(case)
    finally:
        document.paragraph = original
    return seen


def test_addresses_keep_postal_codes_whole_and_drop_the_country_inside_one_country(bakery_path):
    case = read(bakery_path)
    blocks = [m for m in markups(case) if m.startswith("<b>Fraser Street Bakery") or m.startswith("<b>TELUS")]
    assert len(blocks) == 2
    assert "V5V\u00a04E7" in blocks[0] and "V6B\u00a00A0" in blocks[1]
    assert all("Canada" not in block for block in blocks)  # both in Canada: no country line
    abroad = replace(case, contract=replace(case.contract, provider_address=case.contract.provider_address[:-1]
                                            + ("USA",)))
    blocks = [m for m in markups(abroad) if m.startswith("<b>Fraser Street Bakery") or m.startswith("<b>TELUS")]
    assert "Canada" in blocks[0] and "USA" in blocks[1]


def test_absent_items_print_no_zero_lines(bakery_path):
    text = pdf_text(render_pdf(read(bakery_path)).pdf)  # no savings, no credits
    assert "$0.00" not in text
    assert "costs saved" not in text.lower() and "credits already received" not in text.lower()


def line_positions(pdf: bytes, page: int) -> dict[str, float]:
    """The y of each text line of a page (pypdf's text visitor)."""
    import io

    from pypdf import PdfReader

    found: dict[str, float] = {}

    def visit(text, cm, tm, font, size):
        if text.strip():
            found.setdefault(text.strip(), cm[5] + tm[5] * cm[3])

    PdfReader(io.BytesIO(pdf)).pages[page].extract_text(visitor_text=visit)
    return found


def test_the_signature_has_25_mm_and_the_annex_list_stays_with_it(bakery_path):
    case = read(bakery_path)
    letter = render_pdf(case)
    import io

    from pypdf import PdfReader

    pages = [norm(p.extract_text()) for p in PdfReader(io.BytesIO(letter.pdf)).pages]
    page = next(i for i, text in enumerate(pages) if "Yours truly," in text)
    assert "Annex 1 – Timeline of events" in pages[page]  # the list is not alone on a page
    y = line_positions(letter.pdf, page)
    closing = y["Yours truly,"]
    name = next(v for k, v in y.items() if k.startswith(case.company.signatory.name))
    assert closing - name >= 25 / 25.4 * 72  # points


def test_a_daylight_saving_change_inside_an_outage_is_said_with_the_zone_of_each_period(travel_path):
    from datetime import date, datetime, timedelta, timezone

    case = read(travel_path)
    start = datetime(2024, 3, 29, 18, 0, tzinfo=timezone(timedelta(hours=1)))
    end = datetime(2024, 4, 1, 13, 45, tzinfo=timezone(timedelta(hours=2)))  # clocks forward on 31 March
    case = replace(case, outages=(replace(case.outages[0], start=start, end=end),),
                   claim=replace(case.claim, date=date(2024, 4, 3)))
    text = pdf_text(render_pdf(case).pdf)
    assert "66 h 45 *" in text  # 66 h 45 of service lost, though the clocks show 67 h 45
    assert "* Passage à l'heure d'été le 31 mars 2024." in text
    assert "heure normale d’Europe centrale (UTC+01:00) jusqu'au 31 mars 2024" in text
    assert "puis heure d’été d’Europe centrale (UTC+02:00)" in text
    assert "mars 2024 (passage à l'heure d'été le 31 mars 2024)" in text and "743 h 00" in text


def test_no_daylight_saving_note_without_a_change(travel_path):
    text = pdf_text(render_pdf(read(travel_path)).pdf)
    assert "heure d'été" not in text and " *" not in text


def test_a_letter_of_twenty_outages_fills_page_one_and_keeps_ticket_numbers_whole(travel_path):
    import io
    from datetime import timedelta

    from pypdf import PdfReader

    case = read(travel_path)
    first = case.outages[0]
    outages = []
    for i in range(20):
        start = first.start + timedelta(days=i)
        outages.append(replace(first, start=start, end=start + timedelta(hours=1, minutes=7 * i),
                               provider_reference=f"INC-1505{i:02d}-0881-2345678"))
    letter = render_pdf(replace(case, outages=tuple(outages))).pdf
    pages = [norm(p.extract_text()) for p in PdfReader(io.BytesIO(letter)).pages]
    assert "1. Accès à Internet" in pages[0] and "5. Accès à Internet" in pages[0]  # the table starts on page 1
    text = " ".join(pages)
    for i in range(20):
        assert f"INC-1505{i:02d}-0881-2345678" in text  # never cut inside the token
    closing = next(p for p in pages if "Annexe 1 – Chronologie" in p and "Annexes" in p)
    assert "Claire Exemple" in closing  # the annex list is never alone on its page


def test_the_timeline_keeps_its_labels_inside_and_explains_its_bands():
    from datetime import datetime, timedelta, timezone

    from reportlab.graphics.shapes import String
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from claimdesk.letters import chart, fonts

    fonts.register()
    utc = timezone.utc
    start, end = datetime(2024, 3, 1, tzinfo=utc), datetime(2024, 3, 4, tzinfo=utc)
    rows = [("Accès à Internet très haut débit professionnel", [(start + timedelta(hours=5), end)])]
    bands = [(start + timedelta(hours=8), start + timedelta(hours=18))]
    d = chart.timeline(rows, start, end, bands, 400, lambda t, with_time: ["1 mars", "00:00"], utc,
                       legend=("Heures d'ouverture", "Service interrompu"))
    texts = [s for s in d.contents if isinstance(s, String)]
    for s in texts:
        w = stringWidth(s.text, s.fontName, s.fontSize)
        left = {"start": s.x, "middle": s.x - w / 2, "end": s.x - w}[s.textAnchor]
        assert 0 <= left and left + w <= 400 + 0.01, s.text
    assert {"Heures d'ouverture", "Service interrompu"} <= {s.text for s in texts}


def test_a_day_with_two_shares_lost_prints_a_line_for_each_that_multiplies_back(travel_path):
    from datetime import timedelta

    case = read(travel_path)
    internet = case.outages[0]
    start = internet.start.replace(hour=10, minute=0)
    outages = (replace(internet, start=start, end=start + timedelta(hours=1), evidence=()),
               replace(internet, service="email", start=start + timedelta(hours=1),
                       end=start + timedelta(hours=3), provider_reference="INC-2", evidence=()))
    case = replace(case, outages=outages)
    e = estimate_case(case)
    (day,) = e.days
    assert day.average_share != day.average_share.quantize(Decimal("0.01"))  # one share would not print exactly
    text = pdf_text(render_pdf(case).pdf)
    f = Formats("fr", "FR")
    adjusted = day.adjusted_turnover
    lines = []
    # 10:00-11:00 internet (80 % of turnover), 11:00-12:30 e-mail only (18 %; the shop closes at 12:30)
    for share, minutes, shown in ((Decimal("0.80"), 60, "1 h 00"), (Decimal("0.18"), 90, "1 h 30")):
        amount = cents(adjusted * minutes * 60 * share / day.open_seconds)
        assert norm(f"{shown} {f.percent(share, 4)} {f.money(amount, 'EUR')}") in text
        lines.append(amount)
    rounding = e.lost_turnover_gross - sum(lines)
    assert (norm(f"Arrondi {f.money(rounding, 'EUR')}") in text) == bool(rounding)
