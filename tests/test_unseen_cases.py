"""Letters for case files written for the acceptance review, not the ones the letters were built
on: each states what a provider's claims handler needs to find the claim and pay it, and nothing
meant for the user."""

from __future__ import annotations

import re

import pytest

from claimdesk.casefile import read
from claimdesk.services.render import render_pdf
from tests.conftest import EXAMPLES
from tests.letter_helpers import norm, pdf_text
from tests.test_letters_matrix import INTERNAL

UNSEEN = EXAMPLES / "unseen"

# Per case: the total and the deadline as the letter prints them, the provider's ticket, the line
# that was down, the contract date, the earlier letter cited and where the money goes.
FACTS = {
    "be-nl-florist.json": ["€ 429,38", "20 mei 2026", "PX-INC-558120", "02 511 00 00", "gesloten op 11 maart 2019",
                           "Met onze brief van 10 maart 2026 (aangetekend, nr. RR 1234 5678 9BE)",
                           "IBAN BE68 5390 0754 7034, BIC GEBABEBB", "art. 1139 en 1146 oud BW", "Ingebrekestelling"],
    "ch-it-hotel.json": ["CHF 2'641.60", "1° ottobre 2026", "SC-77331", "info@albergo-ceresio.example",
                         "concluso il 14 settembre 2018", "Con la nostra lettera del 15 luglio 2026 (per e-mail)",
                         "intestato ad Albergo Ceresio SA, IBAN CH07 0076 4000 0000 0000, BIC BSCTCH22", "Sollecito",
                         "Raccomandata e posta A"],
    "qc-fr-cafe.json": ["558,91 $", "1er avril 2026", "BL-TT-1188", "514 555-0199", "conclu le 1er avril 2020",
                        "Par notre courrier du 20 janvier 2026 (envoi recommandé, n° RN123456789CA)",
                        "Institution 815, transit 30001, compte 1234567", "SOUS TOUTES RÉSERVES",
                        "articles 1594 et 1595 du Code civil du Québec"],
}


@pytest.mark.parametrize("name", sorted(FACTS))
def test_an_unseen_case_gives_the_claims_handler_what_they_need(name):
    case = read(UNSEEN / name)
    rendered = render_pdf(case, cover=True)
    letter = pdf_text(rendered.pdf, range(2))  # the letter itself, before its annexes
    missing = [fact for fact in FACTS[name] if norm(fact) not in letter]
    assert not missing, missing
    # the amount in words and in the summary are the same figure
    assert rendered.summary["total_claimed"] in norm(pdf_text(rendered.pdf)).replace("'", "").replace(",", ".")
    text = pdf_text(rendered.pdf).casefold()
    # a phrase, not the start of a longer figure ("CHF 20" is ombudscom's fee; "CHF 20.00" a service's)
    leaks = [phrase for phrase in INTERNAL if re.search(re.escape(phrase.casefold()) + r"(?![\d.'])", text)]
    assert not leaks, leaks
    # what the user must know is on the cover sheet instead
    assert rendered.summary["limitation_ends"] and "2026-11" in pdf_text(rendered.cover)
