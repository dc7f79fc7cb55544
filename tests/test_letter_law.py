"""The law a letter cites: chosen by the contract's date, never dated after the letter, quoted word
for word; and the cover sheet that carries what the user needs and the provider must not read."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import replace
from datetime import date

import pytest

from claimdesk.casefile import read
from claimdesk.domain.model import JURISDICTIONS, LANGUAGES
from claimdesk.rules.packs import load, load_all
from claimdesk.services.render import render_pdf
from tests.conftest import EXAMPLES
from tests.letter_helpers import norm, pdf_text

# Every quotation a pack may print, word for word as the verified source gives it.
VERIFIED_QUOTATIONS = {
    # LCEN art. 15-I as the Cour de cassation reads it (Cass. 1re civ., 13 mars 2024, n° 22-12.345)
    "responsable de plein droit à l'égard de son client de la bonne exécution des obligations résultant du contrat",
    "ne peut s'exonérer […] qu'en apportant la preuve que l'inexécution ou la mauvaise exécution du contrat est "
    "imputable, soit à son client, soit au fait, imprévisible et insurmontable, d'un tiers étranger à la fourniture "
    "des prestations prévues au contrat, soit à un cas de force majeure",
    # CO art. 97 al. 1, French text
    "le débiteur est tenu de réparer le dommage en résultant, à moins qu'il ne prouve qu'aucune faute ne lui est "
    "imputable",
}
# Names in quotation marks that are titles, not quotations of a source.
TITLES = {"Les obligations", "Verbintenissen", "Obligations", "Schuldverhältnisse", "Le obbligazioni"}
QUOTE = re.compile(r"«\s*(.+?)\s*»|„(.+?)[“”]|\"(.+?)\"")

# Per jurisdiction: what a contract signed before and one signed after its reform cite (France
# and Belgium reformed their civil codes; the others have one regime).
REFORMS = {
    "FR": (date(2012, 5, 1), date(2019, 5, 1), ("1147", "1139"), ("1217", "1231-1", "1344")),
    "BE": (date(2012, 5, 1), date(2023, 5, 1), ("1147", "1139"), ("5.231", "Livre 5")),
}


def _all_text(pack, language: str, signed_on, letter_date) -> str:
    law = pack.law(language, signed_on, letter_date)
    return " ".join((*law.basis, law.formal_notice, law.interest or "", law.escalation))


@pytest.mark.parametrize("jurisdiction", JURISDICTIONS)
def test_a_pre_and_a_post_reform_contract_cite_the_law_of_their_date(jurisdiction):
    pack = load(jurisdiction)
    before, after, old, new = REFORMS.get(jurisdiction, (date(2012, 5, 1), date(2024, 5, 1), (), ()))
    for language in LANGUAGES:
        text_old = _all_text(pack, language, before, date(2026, 6, 1))
        text_new = _all_text(pack, language, after, date(2026, 6, 1))
        for article in old:
            assert article in text_old and article not in text_new, (language, article)
        for article in new:
            if language != "fr" and article == "Livre 5":
                continue
            assert article in text_new and article not in text_old, (language, article)
        if not old:
            assert text_old == text_new  # one regime: the date changes nothing
        assert "5.2" not in text_old  # Book 5's numbers only under Book 5, and only 5.231
    regimes = {pack.regime(before).id, pack.regime(after).id}
    assert len(regimes) == (2 if jurisdiction in REFORMS else 1)


@pytest.mark.parametrize("jurisdiction", JURISDICTIONS)
@pytest.mark.parametrize("letter_date", [date(2008, 1, 10), date(2010, 1, 10), date(2015, 6, 1),
                                         date(2020, 6, 1), date(2024, 3, 12), date(2026, 11, 29)])
def test_no_letter_cites_an_authority_dated_after_it(jurisdiction, letter_date):
    pack = load(jurisdiction)
    for signed_on in (date(2005, 1, 1), letter_date):
        for language in LANGUAGES:
            text = _all_text(pack, language, signed_on, letter_date)
            assert text.strip()
            for citation in pack.citations:
                if citation.pattern.search(text):
                    assert citation.applies_from <= letter_date, (citation.id, language)


def test_every_quotation_in_a_pack_is_a_verified_source_word_for_word():
    for j, pack in load_all().items():
        for language, t in pack.texts.items():
            texts = [x for p in (*t.basis, t.formal_notice, t.interest) for x in p]
            texts += [*t.escalation, t.heading or ""]
            for text in texts:
                for match in QUOTE.finditer(text):
                    quoted = next(g for g in match.groups() if g)
                    assert quoted in VERIFIED_QUOTATIONS or quoted in TITLES, (j, language, quoted)


def test_the_2024_ruling_is_quoted_with_the_third_party_unconnected_with_the_services():
    fr = " ".join(x for p in load("FR").text("fr").basis for x in p)
    assert "d'un tiers étranger à la fourniture des prestations prévues au contrat" in fr
    assert "tiers étranger au contrat" not in fr


def test_the_travel_agency_letter_of_2015_cites_the_old_civil_code(tmp_path):
    case = read(EXAMPLES / "travel-agency-lyon.json")
    text = pdf_text(render_pdf(case).pdf)
    assert "article 1147 du Code civil" in text and "1231-1" not in text
    assert "22-12.345" not in text  # the 2024 ruling is later than the 2015 letter
    later = tuple(replace(o, start=o.start.replace(year=2025), end=o.end.replace(year=2025)) for o in case.outages)
    signed = replace(case, contract=replace(case.contract, signed_on=date(2017, 2, 1)), outages=later,
                     claim=replace(case.claim, date=date(2025, 6, 2)))
    text = pdf_text(render_pdf(signed).pdf)
    assert "article 1231-1" in text and "1147" not in text and "22-12.345" in text


def test_render_writes_a_cover_sheet_with_what_the_letter_must_not_say(tmp_path):
    out, cover, summary = tmp_path / "L.pdf", tmp_path / "C.pdf", tmp_path / "S.json"
    result = subprocess.run([sys.executable, "-m", "claimdesk", "render", str(EXAMPLES / "travel-agency-lyon.json"),
                             "--out", str(out), "--cover", str(cover), "--summary", str(summary)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    sheet, letter = pdf_text(cover.read_bytes()), pdf_text(out.read_bytes())
    for phrase in ("ne pas envoyer", "FR-2026-11", "FR-pre-2016", "CPCE art. L34-2", "expire le 19 mai 2020",
                   "ne constitue pas un conseil juridique", "Date du contrat inconnue",
                   "recommandé avec accusé de réception", "Médiateur des entreprises"):
        assert phrase in sheet, phrase
    for phrase in ("FR-2026-11", "L34-2", "conseil juridique"):
        assert phrase not in letter
    figures = json.loads(summary.read_text(encoding="utf-8"))
    assert figures["legal_pack"] == "FR-2026-11" and figures["law_regime"] == "FR-pre-2016"
    assert figures["limitation_ends"] == ["2020-05-19", "2016-05-01"]


def test_a_cover_sheet_is_written_in_the_letters_language():
    case = read(EXAMPLES / "bakery-vancouver.json")
    rendered = render_pdf(case, cover=True)
    sheet = norm(pdf_text(rendered.cover))
    assert "do not send it" in sheet and "Limitation Act, SBC 2012, c. 13" in sheet
    assert rendered.summary["law_regime"] == "CA-BC"


def test_a_letter_after_the_reform_on_an_older_contract_names_the_wording_before_the_ordinance():
    fr = load("FR")
    law = fr.law("fr", date(2014, 9, 15), date(2017, 3, 1))
    assert law.regime == "FR-pre-2016"
    assert "1139 et 1146 du Code civil, dans leur rédaction antérieure à l'ordonnance n° 2016-131" in law.formal_notice
    assert "Médiateur des entreprises" in law.escalation
    before = fr.law("fr", date(2014, 9, 15), date(2015, 6, 25))
    assert "2016-131" not in before.formal_notice and "Médiateur des entreprises" not in before.escalation
    assert before.escalation == "À défaut, nous saisirons le tribunal compétent."


@pytest.mark.parametrize("jurisdiction", JURISDICTIONS)
def test_a_cover_sheet_in_every_language_dates_each_limitation_period(jurisdiction):
    from tests.test_letters_matrix import TIMEZONES

    base = read(EXAMPLES / "travel-agency-lyon.json")
    pack = load(jurisdiction)
    for language in LANGUAGES:
        case = replace(base, company=replace(base.company, jurisdiction=jurisdiction,
                                             timezone=TIMEZONES[jurisdiction]),
                       claim=replace(base.claim, language=language))
        sheet = pdf_text(render_pdf(case, cover=True).cover)
        assert pack.id in sheet and pack.regime(None, date(2015, 5, 19)).id in sheet
        for text in pack.text(language).limitation:
            assert norm(text)[:25] in sheet, (language, text)
        first = date(2015, 5, 19)  # the outage's local day in every zone used here
        for end in pack.limitation_ends(first):
            assert str(end.year) in sheet, (language, end)
