"""The letter and its cover sheet with the contract's own service levels: the clause named, the
credit stated as owed with its computation in annex 2, refund or credit (never both), an
exclusive clause answered with the jurisdiction's verified argument, the claim window kept for
the user."""

from __future__ import annotations

import re
from datetime import date

import pytest

from claimdesk import casefile
from claimdesk.domain.model import JURISDICTIONS, LANGUAGES
from claimdesk.letters.sla_parts import window_warning
from claimdesk.rules.packs import load, load_all
from claimdesk.services.render import render_pdf

from .letter_helpers import pdf_text
from .sla_cases import q1_doc, q2_doc

# Every quotation the service-level texts of the packs may print, word for word as the verified
# sources give them (the Civil Code, the Code of Obligations, the Civil Code of Québec, Faurecia).
SLA_QUOTATIONS = {
    "Toute clause qui prive de sa substance l'obligation essentielle du débiteur est réputée non écrite",
    "lorsque l'inexécution est due à une faute lourde ou dolosive",
    "modérer ou augmenter la pénalité",
    "manifestement excessive ou dérisoire",
    "Sauf inexécution définitive, la pénalité n'est encourue que lorsque le débiteur est mis en demeure",
    "seule est réputée non écrite la clause limitative de réparation qui contredit la portée de l'obligation "
    "essentielle",
    "l'obligation essentielle",
    "auch wenn dem Gläubiger kein Schaden erwachsen ist",
    "nur so weit einfordern, als er ein Verschulden nachweist",
    "rechtswidrige Absicht oder grobe Fahrlässigkeit",
    "sans avoir à prouver le préjudice",
    "through an intentional or gross fault",
}
QUOTE = re.compile(r"«\s*(.+?)\s*»|„(.+?)[“”]|\"(.+?)\"")


def _sla_texts(pack, language):
    t = pack.text(language)
    return [x for p in (*t.sla_exclusive, t.sla_notice) for x in p]


def test_every_quotation_in_the_service_level_texts_is_verified_word_for_word():
    for j, pack in load_all().items():
        for language in LANGUAGES:
            for text in _sla_texts(pack, language):
                for match in QUOTE.finditer(text):
                    quoted = next(g for g in match.groups() if g)
                    assert quoted in SLA_QUOTATIONS, (j, language, quoted)


@pytest.mark.parametrize("jurisdiction", JURISDICTIONS)
def test_every_jurisdiction_argues_against_an_exclusive_clause_in_every_language(jurisdiction):
    pack = load(jurisdiction)
    for language in LANGUAGES:
        law = pack.law(language, date(2020, 1, 1), date(2026, 6, 1))
        assert law.sla_exclusive, (jurisdiction, language)
        for text in law.sla_exclusive:
            for citation in pack.citations:
                if citation.pattern.search(text):
                    assert citation.applies(law.regime, date(2026, 6, 1))


def test_french_contracts_cite_the_articles_of_their_date_and_nothing_after_the_letter():
    pack = load("FR")
    new = pack.law("fr", date(2019, 1, 1), date(2026, 6, 1))
    assert "1170" in new.sla_exclusive[0] and "1231-5" in new.sla_notice
    old = pack.law("fr", date(2012, 1, 1), date(2015, 6, 1))
    assert "Faurecia" in old.sla_exclusive[0] and "1170" not in old.sla_exclusive[0]
    assert old.sla_notice is None  # the penalty article of the old code is not verified: not cited
    assert pack.law("fr", date(2005, 1, 1), date(2009, 6, 1)).sla_exclusive == ()  # before Faurecia


def test_belgium_prints_no_book_5_article_on_the_clause():
    pack = load("BE")
    for language in LANGUAGES:
        text = " ".join(pack.law(language, date(2024, 1, 1), date(2026, 6, 1)).sla_exclusive)
        assert "5.8" not in text and "art." not in text


def test_q1_letter_names_the_clause_claims_the_credit_and_shows_its_computation():
    rendered = render_pdf(casefile.from_dict(q1_doc()), cover=True)
    text = pdf_text(rendered.pdf)
    assert "Aux termes de « Conditions particulières, art. 6 (GTR 4 h ouvrées) », votre contrat prévoit" in text
    assert "sans que nous ayons à prouver un préjudice" in text and "elle s'élève à 18,90 €" in text
    assert "demandons la pénalité, plus élevée, au lieu du remboursement (1,88 €)" in text
    assert "Pénalité due au titre des niveaux de service du contrat 18,90 €" in text
    assert "Total réclamé 540,82 €" in text
    # annex 2: the clock, the time counted, the overrun and the tier, then the credit per month
    annex = text.split("Départ du délai")[1].split("Pénalité = pourcentage")[0]
    for cell in ("19 mai 2015, 10 h 05", "19 mai 2015, 17 h 15", "7 h 10", "3 h 10", "au-delà de 0 h : 10 %"):
        assert cell in annex
    assert "mai 2015 10 % 189,00 € 18,90 €" in text
    assert "Total réclamé (max(F, Q) + P + C − V − K) 540,82 €" in text
    # the claim window is the user's: on the cover sheet, never in the letter
    assert "18 juin 2015" not in text
    assert "au plus tard le 18 juin 2015" in pdf_text(rendered.cover)


def test_q2_exclusive_letter_claims_the_credit_and_reserves_the_damages_with_tercon():
    text = pdf_text(render_pdf(casefile.from_dict(q2_doc())).pdf)
    assert "Under \"Service terms, section 9\", your contract provides a credit" in text
    assert "reserve our right to claim our loss of $2,157.83" in text
    assert "2010 SCC 4" in text.split("The credit your contract provides")[1].split("Amount claimed")[0]
    # the amounts add up without the reserved damages
    assert "Credit owed under the contract's service levels $103.20 Total claimed $103.20" in text
    assert "Additional costs we incurred" not in text.split("Annex 1")[0]  # reserved, not claimed
    assert "Loss of gross profit $2,072.83" not in text.split("Annex 1")[0]
    assert "Reserved, not claimed in this letter (P + C − V) $2,157.83" in text
    assert "August 2019 122 h 45 min 744 h 00 min 83.5013% below 90%: 80%" in text
    assert "September 5, 2019" not in text


def test_a_refund_larger_than_the_credit_is_claimed_instead():
    doc = q1_doc()
    doc["contract"]["sla"]["restoration"]["credits"] = [{"over_hours": "0", "percent": "0.5"}]
    text = pdf_text(render_pdf(casefile.from_dict(doc)).pdf)
    assert "demandons le remboursement, plus élevé, au lieu de la pénalité (0,95 €)" in text
    assert "Remboursement de l'abonnement pour la période sans service 1,88 €" in text


def _french_2017(kind: str) -> dict:
    doc = q1_doc()
    doc["contract"]["sla"]["exclusive"] = True
    doc["contract"]["signed_on"] = "2017-02-01"
    doc["claim"].update(date="2017-05-21", kind=kind)
    if kind != "claim":
        doc["claim"]["previous"] = [{"kind": "claim", "date": "2017-05-18"}]
    for outage in doc["outages"]:
        for key in ("start", "end", "reported_at"):
            outage[key] = outage[key].replace("2015-05-19", "2017-05-16")
    return doc


def test_in_france_the_penalty_needs_a_formal_notice_and_the_letter_or_cover_says_so():
    notice = render_pdf(casefile.from_dict(_french_2017("formal_notice")), cover=True)
    text = pdf_text(notice.pdf)
    assert "« Sauf inexécution définitive, la pénalité n'est encourue que lorsque le débiteur est mis en " \
           "demeure » (art. 1231-5 du Code civil)" in text
    assert "(art. 1170 du Code civil)" in text and "Votre contrat fait de cette pénalité notre seule" in text
    assert "n'est due qu'après une mise en demeure" not in pdf_text(notice.cover)
    claim = render_pdf(casefile.from_dict(_french_2017("claim")), cover=True)
    assert "Sauf inexécution définitive" not in pdf_text(claim.pdf)
    assert "n'est due qu'après une mise en demeure" in pdf_text(claim.cover)


@pytest.mark.parametrize(("letter_date", "expected"), [
    ("2015-05-21", "Votre contrat demande que la pénalité soit réclamée au plus tard le 18 juin 2015."),
    ("2015-06-11", "une semaine au plus après la date de cette lettre : envoyez-la sans attendre."),
    ("2015-06-19", "cette lettre est datée après. L'opérateur peut refuser la pénalité"),
])
def test_the_cover_sheet_warns_near_and_after_the_claim_window(letter_date, expected):
    doc = q1_doc()
    doc["claim"]["date"] = letter_date
    rendered = render_pdf(casefile.from_dict(doc), cover=True)
    assert expected in pdf_text(rendered.cover)
    assert "18 juin 2015" not in pdf_text(rendered.pdf)


def test_window_warning_states():
    deadline = date(2015, 6, 18)
    assert window_warning(date(2015, 6, 10), deadline) == "open"
    assert window_warning(date(2015, 6, 11), deadline) == "close"
    assert window_warning(date(2015, 6, 18), deadline) == "close"
    assert window_warning(date(2015, 6, 19), deadline) == "past"
    assert window_warning(date(2015, 6, 19), None) is None


@pytest.mark.parametrize(("jurisdiction", "language", "marker"), [
    ("CH", "de", "«nur so weit einfordern, als er ein Verschulden nachweist» (Art. 161 Abs. 2 OR)"),
    ("CA-QC", "fr", "« sans avoir à prouver le préjudice » (art. 1623 C.c.Q.)"),
    ("BE", "nl", "mag het de wezenlijke verbintenis van het contract"),
])
def test_other_jurisdictions_give_their_argument(jurisdiction, language, marker):
    from dataclasses import replace

    case = casefile.from_dict(q2_doc())
    case = replace(case, company=replace(case.company, jurisdiction=jurisdiction),
                   claim=replace(case.claim, language=language))
    assert marker in pdf_text(render_pdf(case).pdf)


def test_no_credit_due_and_nothing_reserved_leaves_the_clause_out_of_the_letter():
    doc = q1_doc()
    doc["contract"]["sla"]["restoration"]["target_hours"] = "8"  # restored within the guarantee
    text = pdf_text(render_pdf(casefile.from_dict(doc)).pdf)
    assert "La pénalité prévue par votre contrat" not in text and "Conditions particulières, art. 6" not in \
        text.split("Annexe 1")[0]
    assert "Total réclamé 523,80 €" in text


def test_an_exclusive_clause_with_no_credit_due_still_reserves_the_damages():
    doc = q2_doc()
    doc["contract"]["sla"]["availability"]["credits"] = [{"below_percent": "50", "percent": "10"}]
    text = pdf_text(render_pdf(casefile.from_dict(doc)).pdf)
    assert "on its terms these interruptions give rise to no credit. We therefore claim the refund" in text
    assert "$2,157.83" in text and "Total claimed $21.28" in text
