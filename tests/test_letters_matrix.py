"""Every jurisdiction in every letter language, for every kind: wholly in its language, with the
wording the jurisdiction and the kind need."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from claimdesk.casefile import read
from claimdesk.domain.model import CLAIM_KINDS, DEFAULT_CURRENCY, JURISDICTIONS, LANGUAGES
from claimdesk.services.render import render_pdf
from tests.conftest import EXAMPLES
from tests.letter_helpers import pdf_text

# English labels that must never show in a letter in another language.
ENGLISH = ("Subject", "Outage", "Total claimed", "Dear Sir", "Annex", "Evidence", "Legal basis",
           "Yours faithfully", "Customer number", "Re:", "Next step", "The facts", "Loss of gross profit")
FORMAL_NOTICE = {"fr": "Mise en demeure", "en": "Formal notice", "de": "Mahnung", "nl": "Ingebrekestelling",
                 "it": "Messa in mora"}
RESULT_WORDS = ("obligation de résultat", "obligation of result", "obbligazione di risultato",
                "resultaatsverbintenis")
# Internal text that belongs to the user's cover sheet, never to the letter a provider and a judge
# read: the "not legal advice" notice, the rule pack and its check date, limitation periods, a
# mediator's fee or powers; and headings that mark a settlement offer.
INTERNAL = ("ClaimDesk", "conseil juridique", "legal advice", "Rechtsberatung", "juridisch advies",
            "consulenza legale", "-2026-11", "vérifié le", "checked on", "geprüft am", "Prescription",
            "Limitation:", "limitation period", "Verjährung", "Verjaring", "Prescrizione", "2262bis", "2224",
            "2925", "art. 127", "Art. 127", "L34-2", "Limitation Act", "Limitations Act", "CHF 20", "20 CHF",
            "cannot award damages", "cannot set damages", "ne peut pas fixer", "keinen Schadenersatz",
            "non contraignante", "sans préjudice", "SANS PRÉJUDICE", "without prejudice", "WITHOUT PREJUDICE",
            "SENZA PREGIUDIZIO", "ONDER ALLE VOORBEHOUD", "UNTER VORBEHALT", "fundamental breach",
            "Suite à donner", "Next step", "$5,000", "5 000 $")
TIMEZONES = {"FR": "Europe/Paris", "BE": "Europe/Brussels", "CH": "Europe/Zurich", "CA-QC": "America/Toronto",
             "CA-BC": "America/Vancouver", "CA-AB": "America/Edmonton", "CA-ON": "America/Toronto"}


@pytest.fixture(scope="module")
def base_case():
    return read(EXAMPLES / "travel-agency-lyon.json")


def _case(base, jurisdiction, language, kind):
    company = replace(base.company, jurisdiction=jurisdiction, currency=DEFAULT_CURRENCY[jurisdiction],
                      timezone=TIMEZONES[jurisdiction])
    return replace(base, company=company, claim=replace(base.claim, language=language, kind=kind))


@pytest.mark.parametrize("kind", CLAIM_KINDS)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("jurisdiction", JURISDICTIONS)
def test_letter_matrix(base_case, jurisdiction, language, kind):
    rendered = render_pdf(_case(base_case, jurisdiction, language, kind))
    text = pdf_text(rendered.pdf)
    if language != "en":
        leaks = [word for word in ENGLISH if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text)]
        assert not leaks, leaks
    subject_line = text[text.index("@"):]  # from the sender's e-mail: recipient, date, delivery, subject
    if kind == "formal_notice":
        assert FORMAL_NOTICE[language] in text
        assert FORMAL_NOTICE[language] in subject_line[:300]
    else:
        assert FORMAL_NOTICE[language] not in text[:600]
    lowered = text.lower()
    if jurisdiction == "FR":
        assert any(word in lowered for word in RESULT_WORDS)
    else:
        assert not any(word in lowered for word in RESULT_WORDS)
    if jurisdiction == "CA-QC" and language == "fr":
        assert ("SOUS TOUTES RÉSERVES" in text) is (kind == "formal_notice")
    else:
        assert "RÉSERVES" not in text
    if jurisdiction == "CH":
        assert {"fr": "courrier A", "en": "ordinary mail", "de": "A-Post", "nl": "gewone post",
                "it": "posta A"}[language] in text
        if language == "de":
            assert "ß" not in text  # Swiss Standard German
    if jurisdiction in ("CA-BC", "CA-AB", "CA-ON"):
        assert "2010 SCC 4" in text
    leaks = [phrase for phrase in INTERNAL if phrase.casefold() in text.casefold()]
    assert not leaks, leaks
    assert rendered.pages >= 3
