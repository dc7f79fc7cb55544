"""The facts a claims desk and a judge need are in the letter, in the order a lawyer writes it."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from claimdesk import casefile
from claimdesk.domain.model import DEFAULT_CURRENCY, MoneyItem
from claimdesk.services.render import render_pdf
from tests.conftest import EXAMPLES
from tests.letter_helpers import pdf_text
from tests.test_casefile import _v2


@pytest.fixture(scope="module")
def v2_case():
    return casefile.from_dict(_v2(EXAMPLES / "travel-agency-lyon.json"), EXAMPLES)


def _letter(case) -> str:
    return pdf_text(render_pdf(case).pdf, range(2))  # the letter, without its annexes


def test_a_formal_notice_cites_the_earlier_letter_and_demands_first(v2_case):
    text = _letter(v2_case)
    first = text[text.index("Madame, Monsieur,"):text.index("Les faits")]
    assert "Par notre courrier du 21 mai 2015 (envoi recommandé, n° 1A 123 456 7890 1, notre réf. VC-2015-07)" in first
    assert "conclu le 15 septembre 2014" in first
    assert "nous vous mettons en demeure de nous verser la somme de 523,12 €" in first


def test_the_letter_states_the_line_the_acknowledgement_the_tax_basis_and_the_account(v2_case):
    text = _letter(v2_case)
    assert "ligne ou accès concerné : Fibre access FTTO-69-000123" in text
    assert "Vous avez vous-même reconnu l'incident : SFR status page" in text
    assert "rapport d'incident" in text
    assert "s'entend hors taxes" in text
    assert "par virement sur le compte de Voyages Confluence SARL, IBAN FR76 3000 6000 0112 3456 7890 189, " \
           "BIC BNPAFRPPXXX" in text
    assert "intérêts au taux légal" not in text  # claim.interest is false here
    with_interest = replace(v2_case, claim=replace(v2_case.claim, interest=True))
    assert "majorée des intérêts au taux légal à compter de la présente mise en demeure" in _letter(with_interest)


def test_the_order_is_demand_facts_basis_calculation_payment_next_step(v2_case):
    text = _letter(replace(v2_case, claim=replace(v2_case.claim, interest=True)))
    marks = ["nous vous mettons en demeure", "Les faits", "Fondement juridique", "Montant réclamé",
             "au plus tard le", "tribunal compétent", "vaut mise en demeure", "taux légal",
             "salutations distinguées", "Annexes"]
    positions = [text.index(m) for m in marks]
    assert positions == sorted(positions), list(zip(marks, positions))
    assert text.count("À défaut") == 1  # one sentence on the next step, no second threat
    assert "Suite à donner" not in text


def test_french_times_and_labels(v2_case):
    text = _letter(v2_case)
    assert "19 mai 2015, 9 h 50" in text and "09:50" not in text
    assert "Courriel : contact@" in text


def test_quebec_french_spacing_and_credits(v2_case):
    company = replace(v2_case.company, jurisdiction="CA-QC", timezone="America/Toronto",
                      currency=DEFAULT_CURRENCY["CA-QC"], bank=None)
    # A credit received, so its line is printed (absent items print no 0.00 line).
    credit = MoneyItem("Crédit sur facture", Decimal("10.00"))
    text = _letter(replace(v2_case, company=company, credits_received=(credit,)))
    assert "SOUS TOUTES RÉSERVES" in text and "PRÉJUDICE" not in text
    assert "contractés; lorsqu'elle" in text  # Québec: no space before the semicolon
    assert "crédits déjà reçus" in text and "avoir" not in text


def test_swiss_german_english_and_italian_conventions(v2_case):
    ch = replace(v2_case.company, jurisdiction="CH", timezone="Europe/Zurich", currency="CHF")
    de = _letter(replace(v2_case, company=ch, claim=replace(v2_case.claim, language="de", kind="claim")))
    assert "Betreff" not in de
    assert "Beilagen" in de and "Anlage" not in de
    assert "ist Ihre Kundin (Vertrag Réseau entreprise 2014-117 vom 15. September 2014" in de
    assert "Abonnementsgebühr" in de and "ß" not in de
    en = _letter(replace(v2_case, claim=replace(v2_case.claim, language="en")))
    assert "Enclosures" in en and "for 7 hours 25 minutes" in en
    credit = MoneyItem("Accredito in fattura", Decimal("10.00"))  # so its "Da dedurre" line is printed
    it = _letter(replace(v2_case, claim=replace(v2_case.claim, language="it"), credits_received=(credit,)))
    assert "Da dedurre" in it and "Rimborso del canone" in it and "abbonamento" not in it.lower()


def test_a_v2_case_file_renders_through_the_command_line(tmp_path):
    import json
    import subprocess
    import sys

    doc = _v2(EXAMPLES / "travel-agency-lyon.json")
    source = tmp_path / "case.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    out = tmp_path / "letter.pdf"
    result = subprocess.run([sys.executable, "-m", "claimdesk", "render", str(source), "--out", str(out)],
                            capture_output=True, text=True, cwd=Path(__file__).parent.parent)
    assert result.returncode == 0, result.stderr
    doc["contract"]["service_fees"]["phone"] = "1.00"
    source.write_text(json.dumps(doc), encoding="utf-8")
    out.unlink()
    result = subprocess.run([sys.executable, "-m", "claimdesk", "render", str(source), "--out", str(out)],
                            capture_output=True, text=True, cwd=Path(__file__).parent.parent)
    assert result.returncode == 2 and "contract.service_fees:" in result.stderr and not out.exists()


@pytest.mark.parametrize("jurisdiction, act", [("CA-BC", "Court Order Interest Act"),
                                               ("CA-AB", "Judgment Interest Act"),
                                               ("CA-ON", "Courts of Justice Act")])
def test_a_common_law_formal_notice_names_the_interest_act_and_argues_the_email_service(jurisdiction, act):
    case = casefile.read(EXAMPLES / "bakery-vancouver.json")  # an e-mail outage
    case = replace(case, company=replace(case.company, jurisdiction=jurisdiction),
                   claim=replace(case.claim, kind="formal_notice"))
    text = _letter(case)
    assert f"pre-judgment interest under the {act}" in text and "%" not in text.split("pre-judgment")[1][:80]
    assert "The e-mail service is one of the services the contract obliges you to provide" in text
    assert "first question the Supreme Court of Canada asks" in text and "fundamental breach" not in text


def test_the_swiss_german_payment_sentence_reads_as_one_sentence(v2_case):
    ch = replace(v2_case.company, jurisdiction="CH", timezone="Europe/Zurich", currency="CHF")
    case = replace(v2_case, company=ch, claim=replace(v2_case.claim, language="de"))
    text = _letter(case)
    assert "Dieser Betrag ist bis spätestens 27. Juli 2015 durch Überweisung auf das Konto von Voyages Confluence " \
           "SARL, IBAN FR76 3000 6000 0112 3456 7890 189, BIC BNPAFRPPXXX, zu bezahlen." in text
    without = _letter(replace(case, company=replace(ch, bank=None)))
    assert "bis spätestens 27. Juli 2015 durch Überweisung oder durch Gutschrift auf unserem Kundenkonto zu bezahlen." \
        in without


@pytest.mark.parametrize("language", ["fr", "en", "de", "nl", "it"])
@pytest.mark.parametrize("jurisdiction", ["FR", "BE", "CH", "CA-QC", "CA-BC", "CA-AB", "CA-ON"])
def test_the_next_step_follows_the_demand_it_answers(v2_case, jurisdiction, language):
    """"Failing that, …" comes right after the payment demand: after the interest sentence it would
    read as "failing interest"."""
    from claimdesk.rules.packs import load

    case = replace(v2_case, company=replace(v2_case.company, jurisdiction=jurisdiction,
                                            currency=DEFAULT_CURRENCY[jurisdiction]),
                   claim=replace(v2_case.claim, language=language, interest=True))
    law = load(jurisdiction).law(language, case.contract.signed_on, case.claim.date)
    text = _letter(case)
    start = lambda sentence: text.index(sentence[:40])  # noqa: E731 - the sentence's first words
    assert start(law.escalation) < start(law.formal_notice), (jurisdiction, language)
    if law.interest:
        assert start(law.formal_notice) < start(law.interest)


def test_a_refund_per_service_shows_the_service_and_its_own_fee(v2_case):
    """With a fee per service, the refund rows name the service and the fee they use, so a claims
    handler can work them out again (the bundle's 189.00 € would give another figure)."""
    annex = pdf_text(render_pdf(v2_case).pdf)
    refund = annex[annex.index("Remboursement de l'abonnement ="):annex.index("Remboursement de l'abonnement 1,20")]
    assert "Accès à Internet" in refund and "120,00 €" in refund and "7 h 25" in refund and "1,20 €" in refund
    assert "189,00 €" not in refund
    assert "Abonnement mensuel" in refund  # the fee column's heading
