"""A letter's rendering work grows in proportion to its outages and to the length of its texts:
a network's claim with thousands of outages, or a description pasted from a long e-mail, must
not take minutes. These tests count the work (rows measured, characters broken into lines)
rather than time it, so they do not depend on the machine's speed."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from claimdesk.casefile import read
from claimdesk.domain.model import Outage
from claimdesk.letters import grid
from claimdesk.services.render import render_pdf
from tests.conftest import EXAMPLES
from tests.letter_helpers import norm, pdf_text


def _bakery_with(n: int):
    base = read(EXAMPLES / "bakery-vancouver.json")
    start = datetime(2025, 1, 6, 17, tzinfo=timezone.utc)
    services = base.contract.services
    outages = [Outage(services[i % len(services)], start + timedelta(hours=7 * i),
                      start + timedelta(hours=7 * i, minutes=20 + i % 90), f"TKT-{i:05d}") for i in range(n)]
    return base.with_outages(outages)


def _row_measures(monkeypatch, case) -> tuple[int, int]:
    calls = []
    measure = grid.Grid._row_height
    monkeypatch.setattr(grid.Grid, "_row_height", lambda self, row: calls.append(1) or measure(self, row))
    pages = render_pdf(case).pages
    monkeypatch.undo()
    return len(calls), pages


def test_each_table_row_is_measured_once_however_many_pages_the_table_runs_onto(monkeypatch):
    small, small_pages = _row_measures(monkeypatch, _bakery_with(150))
    big, big_pages = _row_measures(monkeypatch, _bakery_with(600))
    assert big_pages > small_pages + 10
    # Four times the outages: about four times the rows (outages, intervals, days, months),
    # not sixteen times as when every page measured all the rows left.
    assert big < 4.5 * small
    assert big < 6 * 600


def test_the_last_outage_of_a_long_journal_is_in_the_letter():
    case = _bakery_with(600)
    text = norm(pdf_text(render_pdf(case).pdf))
    assert "TKT-00000" in text and "TKT-00599" in text


@pytest.fixture
def broken_characters(monkeypatch):
    from reportlab.platypus import Paragraph

    counted = []
    original = Paragraph.breakLines

    def counting(self, width):
        # A continuation's fragments hold the words left, not a text.
        counted.append(sum(len(getattr(f, "text", "")) + sum(map(len, getattr(f, "words", ()))) for f in self.frags))
        return original(self, width)

    monkeypatch.setattr(Paragraph, "breakLines", counting)
    return counted


def test_a_paragraph_many_pages_long_is_broken_into_lines_a_bounded_number_of_times(broken_characters):
    """Case files cap a description's length now; the letter's paragraphs still flow any text over
    as many pages as it takes without breaking it into lines again on each page."""
    import io

    from reportlab.platypus import SimpleDocTemplate

    from claimdesk.letters.document import _styles
    from claimdesk.letters.paragraphs import paragraph

    text = " ".join(f"word{i}" for i in range(6000))  # about ten pages
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer)
    doc.build([paragraph(text, _styles()["small"])])
    assert doc.page >= 6
    # Each page it runs onto used to break all of the rest into lines again: about five times
    # the text over ten pages. Now the text is broken once and measured once more.
    assert sum(broken_characters) < 3 * len(text)
    extracted = norm(pdf_text(buffer.getvalue()))
    assert "word0 " in extracted and "word5999" in extracted
