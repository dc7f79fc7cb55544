"""Where the law a letter cites was read: listed on the user's cover sheet, never in the letter."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from claimdesk.casefile import read
from claimdesk.domain.model import JURISDICTIONS
from claimdesk.rules.packs import load
from claimdesk.services.render import render_pdf
from tests.conftest import EXAMPLES
from tests.letter_helpers import norm, pdf_text


def _sheet_and_letter(case):
    rendered = render_pdf(case, cover=True)
    return pdf_text(rendered.cover).replace(" ", ""), pdf_text(rendered.pdf)


def test_the_cover_sheet_lists_where_each_authority_of_the_letter_was_read():
    case = read(EXAMPLES / "travel-agency-lyon.json")  # a 2015 claim under the former Civil Code
    sheet, letter = _sheet_and_letter(case)
    fr = load("FR")
    printed = [c for c in fr.citations if c.pattern.search(letter)]
    assert {c.id for c in printed} >= {"2004-575", "08-21.645", "1147", "1151"}
    for citation in printed:
        for source in citation.sources:
            assert norm(source.title).replace(" ", "") in sheet, citation.id
            assert source.url in sheet, citation.id
    assert "lu le 29 novembre 2026" in pdf_text(render_pdf(case, cover=True).cover)
    # not cited in this letter: the 2024 ruling (later than the letter) and the reformed articles
    for cid in ("22-12.345", "1231-1", "1344"):
        citation = next(c for c in fr.citations if c.id == cid)
        assert citation.sources[0].title.replace(" ", "") not in sheet, cid
    assert "https://" not in letter  # the provider reads the law, not our reading list


def test_a_formal_notice_with_interest_adds_the_sources_of_its_own_articles():
    base = read(EXAMPLES / "travel-agency-lyon.json")
    case = replace(base, claim=replace(base.claim, kind="formal_notice", interest=True))
    sheet, _ = _sheet_and_letter(case)
    fr = load("FR")
    for cid in ("1139", "1146", "1153"):
        citation = next(c for c in fr.citations if c.id == cid)
        assert citation.sources[0].title.replace(" ", "") in sheet, cid


@pytest.mark.parametrize("jurisdiction", JURISDICTIONS)
def test_every_jurisdictions_cover_sheet_names_an_address_read_before_the_pack_was_checked(jurisdiction):
    from tests.test_letters_matrix import TIMEZONES

    base = read(EXAMPLES / "travel-agency-lyon.json")
    case = replace(base, company=replace(base.company, jurisdiction=jurisdiction, timezone=TIMEZONES[jurisdiction]),
                   claim=replace(base.claim, language="en", date=date(2026, 11, 30)),
                   contract=replace(base.contract, signed_on=date(2024, 1, 2)))
    later = tuple(replace(o, start=o.start.replace(year=2026), end=o.end.replace(year=2026)) for o in case.outages)
    sheet, _ = _sheet_and_letter(replace(case, outages=later))
    assert "Sources of the law cited" in pdf_text(render_pdf(replace(case, outages=later), cover=True).cover)
    assert "https://" in sheet and "readon" in sheet
