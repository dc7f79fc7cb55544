"""Wording a native lawyer would not sign, found reading letters for unseen cases: each test holds
one class of fault in every case it can occur."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from pypdf import PdfReader

from claimdesk import casefile
from claimdesk.domain.model import BankAccount, PreviousLetter
from claimdesk.i18n.formats import Formats
from claimdesk.services.render import render_pdf
from tests.conftest import EXAMPLES
from tests.letter_helpers import norm, pdf_text
from tests.test_casefile import _v2


@pytest.fixture(scope="module")
def case():
    return casefile.from_dict(_v2(EXAMPLES / "travel-agency-lyon.json"), EXAMPLES)


def _letter(case, **claim) -> str:
    return pdf_text(render_pdf(replace(case, claim=replace(case.claim, **claim))).pdf, range(2))


@pytest.mark.parametrize("country", ["CH", "FR", "BE"])
def test_italian_writes_the_first_of_the_month_as_an_ordinal(case, country):
    assert Formats("it", country).date(date(2026, 9, 1), "long").replace("\u00a0", " ") == "1° settembre 2026"
    assert Formats("it", country).date(date(2026, 9, 11), "long").replace("\u00a0", " ") == "11 settembre 2026"
    text = _letter(case, language="it", date=date(2015, 6, 1))
    assert "1° giugno 2015" in text and " 1 giugno" not in text


@pytest.mark.parametrize("holder, words", [("Albergo Ceresio SA", "intestato ad Albergo Ceresio SA"),
                                           ("Voyages Confluence SARL", "intestato a Voyages Confluence SARL")])
def test_italian_pays_into_an_account_intestato_ad_before_an_a(case, holder, words):
    bank = BankAccount(holder=holder, iban="FR76 3000 6000 0112 3456 7890 189", bic="BNPAFRPPXXX")
    text = _letter(replace(case, company=replace(case.company, bank=bank)), language="it")
    assert words in text


@pytest.mark.parametrize("language, words", [
    ("fr", "notre courrier du 21 mai 2015 (par courriel)"),
    ("en", "our letter of 21 May 2015 (by e-mail)"),
    ("de", "unserem Schreiben vom 21. Mai 2015 (per E-Mail)"),
    ("nl", "onze brief van 21 mei 2015 (per e-mail)"),
    ("it", "la nostra lettera del 21 maggio 2015 (per e-mail)"),
])
def test_an_earlier_letter_sent_by_e_mail_says_how_it_went(case, language, words):
    """"our letter of … (e-mail)" left the reader guessing: the letter says it was sent by e-mail."""
    previous = (PreviousLetter("claim", date(2015, 5, 21), delivery="email"),)
    assert words in _letter(case, language=language, previous=previous)


@pytest.mark.parametrize("kind, words", [
    ("claim", "met contract Réseau entreprise 2014-117 (klantnummer ENT-5591-0042), gesloten op "
              "15 september 2014, voor de volgende diensten"),
    ("formal_notice", "onder contract Réseau entreprise 2014-117 (klantnummer ENT-5591-0042), gesloten op "
                      "15 september 2014, ons heeft berokkend"),  # one interruption
])
def test_dutch_sets_the_contract_date_off_with_commas(case, kind, words):
    belgian = replace(case, company=replace(case.company, jurisdiction="BE"))
    assert norm(words) in _letter(belgian, language="nl", kind=kind)


def test_swiss_french_writes_amounts_with_a_point(case):
    """« 1'474.31 CHF », as Swiss French writes money (CLDR's currency decimal); never the hybrid
    « 1'474,31 CHF » babel gives. Rates and other numbers keep their comma."""
    import re

    assert Formats("fr", "CH").money(Decimal("1474.31"), "CHF").replace("\u00a0", " ") == "1'474.31 CHF"
    swiss = replace(case, company=replace(case.company, jurisdiction="CH", currency="CHF",
                                          timezone="Europe/Zurich"))
    text = pdf_text(render_pdf(swiss).pdf)
    assert re.search(r"\d\.\d\d CHF", text) and not re.search(r"\d,\d\d CHF", text)


@pytest.mark.parametrize("language, words", [
    ("fr", "une copie par courrier A"), ("de", "eine Kopie mit A-Post"), ("it", "una copia per posta A"),
    ("en", "a copy by ordinary mail (A-Post)"), ("nl", "een kopie per gewone post")])
def test_a_swiss_cover_sheet_tells_the_user_to_send_the_copy_the_letter_announces(case, language, words):
    """The Swiss letter says « par courrier recommandé et par courrier A »: its cover sheet says to
    send both, not a French-style registered letter with an « accusé de réception »."""
    swiss = replace(case, company=replace(case.company, jurisdiction="CH", currency="CHF",
                                          timezone="Europe/Zurich"),
                    claim=replace(case.claim, language=language, delivery="registered"))
    cover = pdf_text(render_pdf(swiss, cover=True).cover)
    assert norm(words) in cover and "accusé de réception" not in cover


def test_a_quebec_cover_sheet_names_canada_post_registered_mail(case):
    quebec = replace(case, company=replace(case.company, jurisdiction="CA-QC", currency="CAD",
                                           timezone="America/Toronto"),
                     claim=replace(case.claim, language="fr", delivery="registered"))
    cover = pdf_text(render_pdf(quebec, cover=True).cover)
    assert "par courrier recommandé" in cover and "accusé de réception" not in cover


@pytest.mark.parametrize("country, language, words", [
    ("CH", "de", "exklusive MWST"), ("CH", "fr", "hors TVA"), ("CH", "it", "IVA esclusa"), ("CH", "en", "before VAT"),
    ("BE", "nl", "exclusief btw"), ("BE", "fr", "hors TVA"), ("BE", "de", "exklusive MwSt."),
    ("FR", "fr", "hors taxes"), ("FR", "en", "before VAT"), ("CA", "en", "before tax"), ("CA", "fr", "hors taxes")])
def test_the_tax_on_the_fee_is_named_as_the_country_names_it(case, country, language, words):
    from claimdesk.i18n.letter_texts import texts

    assert words in texts(language, country)["tax.excluded"]  # the v2 case's fee is before tax
    jurisdiction = "CA-QC" if country == "CA" else country
    local = replace(case, company=replace(case.company, jurisdiction=jurisdiction))
    assert words in _letter(local, language=language)


@pytest.mark.parametrize("language", ["fr", "en", "de", "nl", "it"])
@pytest.mark.parametrize("kind", ["claim", "reminder", "formal_notice"])
def test_the_account_is_set_off_by_commas_on_both_sides_when_the_sentence_goes_on(case, language, kind):
    """« … auf das Konto von X, IBAN …, BIC …, zu bezahlen. »: an account in mid-sentence is closed
    by a comma; one at the sentence's end is not followed by a stray one."""
    swiss = replace(case, company=replace(case.company, jurisdiction="CH", currency="CHF", timezone="Europe/Zurich"))
    text = _letter(swiss, language=language, kind=kind)
    assert "BIC BNPAFRPPXXX" in text and ",." not in text
    if language == "de" and kind == "formal_notice":
        assert "BIC BNPAFRPPXXX, zu bezahlen." in text
    else:
        assert "BIC BNPAFRPPXXX." in text


SINGULAR = {"fr": ("pour le service suivant : accès à Internet", "L'interruption de service détaillée ci-dessous nous a causé"),
            "en": ("for the following service: internet access", "The interruption of service set out below caused"),
            "de": ("für folgenden Dienst: Internetzugang", "aus der unten aufgeführten Unterbrechung fordern"),
            "nl": ("voor de volgende dienst: internettoegang", "De hieronder vermelde onderbreking heeft ons"),
            "it": ("per il seguente servizio: accesso a Internet", "L'interruzione del servizio indicata di seguito ci ha")}
PLURAL = {"fr": "Les interruptions de service détaillées ci-dessous nous ont causé",
          "en": "The interruptions of service set out below caused",
          "de": "aus den unten aufgeführten Unterbrechungen fordern",
          "nl": "De hieronder vermelde onderbrekingen hebben ons",
          "it": "Le interruzioni indicate di seguito ci hanno"}


@pytest.mark.parametrize("language", sorted(SINGULAR))
def test_one_interruption_of_one_service_is_said_in_the_singular(case, language):
    contract = replace(case.contract, services=("internet",), service_fees=None)
    one = replace(case, contract=contract)
    text = _letter(one, language=language, kind="claim")
    service, outage = SINGULAR[language]
    assert norm(service) in text and norm(outage) in text
    second = replace(one.outages[0], start=one.outages[0].start.replace(day=20),
                     end=one.outages[0].end.replace(day=20), evidence=())
    assert norm(PLURAL[language]) in _letter(replace(one, outages=(*one.outages, second)), language=language,
                                             kind="claim")


# Words that count the outages: wrong in a letter about one outage, whoever wrote the sentence
# (the letter's own texts or a jurisdiction pack's).
PLURAL_OUTAGES = {"fr": ("interruptions", "périodes indiquées"), "en": ("interruptions", "periods set out"),
                  "de": ("Unterbrechungen", "Zeiträume"), "nl": ("onderbrekingen", "periodes"),
                  "it": ("interruzioni", "periodi")}


@pytest.mark.parametrize("jurisdiction, currency", [("FR", "EUR"), ("CH", "CHF"), ("CA-BC", "CAD")])
@pytest.mark.parametrize("language", sorted(PLURAL_OUTAGES))
def test_a_letter_about_one_outage_never_counts_several(case, jurisdiction, currency, language):
    """The subject line and the packs' legal texts said "service interruptions", "the periods set
    out above" although the letter is about one outage."""
    one = replace(case, company=replace(case.company, jurisdiction=jurisdiction, currency=currency),
                  contract=replace(case.contract, services=("internet",), service_fees=None))
    for kind in ("claim", "formal_notice"):
        previous = (PreviousLetter("claim", date(2015, 5, 21)),) if kind != "claim" else ()
        text = _letter(one, language=language, kind=kind, previous=previous)
        assert [w for w in PLURAL_OUTAGES[language] if w in text] == []


# Tokens the letter prints for the example case, which a reader must find on one line.
UNBROKEN = {"fr": ("19 mai 2015", "9 h 50", "11 h 02", "7 h 25", "5 h 55", "523,12 €", "21 juin 2004",
                   "19 novembre 2009", "n° 08-21.645", "art. 1150", "27 juillet 2015"),
            "en": ("19 May 2015", "11:02 a.m.", "523,12 €", "21 June 2004", "19 November 2009", "n° 08-21.645",
                   "art. 1150", "27 July 2015"),
            "de": ("19. Mai 2015", "7 h 25 min", "5 h 55 min", "523,12 €", "21. Juni 2004", "19. November 2009",
                   "Art. 1150", "27. Juli 2015")}


@pytest.mark.parametrize("language", sorted(UNBROKEN))
def test_a_time_a_date_or_an_amount_never_breaks_across_lines(case, language):
    """The French facts wrapped « 11 h » / « 02 »: each length of the texts around them puts the
    tokens somewhere else on the line, and none is ever split."""
    found = set()
    for k in range(0, 26):
        outage = replace(case.outages[0], affected="FTTO-69-" + "0" * k)
        said = {"fr": "page d'état SFR Business du 19 mai 2015, 11 h 02",
                "en": "SFR Business status page, 19 May 2015, 11:02 a.m.",
                "de": "Statusseite von SFR Business, 19. Mai 2015, 11:02 Uhr"}[language]
        claim = replace(case.claim, language=language, acknowledged="x" * k + " " + said)
        pdf = render_pdf(replace(case, outages=(outage, *case.outages[1:]), claim=claim)).pdf
        lines = [norm(line) for page in PdfReader(io.BytesIO(pdf)).pages[:3] for line in page.extract_text().split("\n")]
        text = "\n".join(lines)
        for token in UNBROKEN[language]:
            assert token.replace(" ", "\n") == token or all(
                token[:i] + "\n" + token[i + 1:] not in text for i, ch in enumerate(token) if ch == " "), (token, k)
            found.update(t for t in UNBROKEN[language] if t in text)
    assert found == set(UNBROKEN[language])  # each token is printed, so the check above looked at it


# The cover sheet's list of what to enclose names the letter's annexes with the letter's own word:
# (word in the letter, word on the cover).
ENCLOSED = {("de", "CH"): ("Beilage 1", "drei Beilagen"), ("de", "BE"): ("Anlage 1", "drei Anlagen"),
            ("de", "FR"): ("Anlage 1", "drei Anlagen"), ("fr", "FR"): ("Annexe 1", "trois annexes"),
            ("en", "CA-BC"): ("Annex 1", "three annexes"), ("nl", "BE"): ("Bijlage 1", "drie bijlagen"),
            ("it", "CH"): ("Allegato 1", "tre allegati")}


@pytest.mark.parametrize("language, jurisdiction", sorted(ENCLOSED))
def test_the_cover_sheet_names_the_enclosures_as_the_letter_does(case, language, jurisdiction):
    """The German cover said « Anhängen » where the letter says « Beilagen »."""
    currency = {"CH": "CHF", "CA-BC": "CAD"}.get(jurisdiction, "EUR")
    local = replace(case, company=replace(case.company, jurisdiction=jurisdiction, currency=currency),
                    claim=replace(case.claim, language=language))
    rendered = render_pdf(local, cover=True)
    letter, cover = pdf_text(rendered.pdf), pdf_text(rendered.cover)
    in_letter, on_cover = ENCLOSED[language, jurisdiction]
    assert in_letter in letter and on_cover in cover
    assert "Anhäng" not in cover and "piece of evidence" not in cover


@pytest.mark.parametrize("typed", ["BE68539007547034", "be68 5390 0754 7034", "BE68 53900754 7034"])
def test_the_iban_is_printed_in_groups_of_four_as_on_paper(case, typed):
    """« IBAN BE68539007547034 » is hard to copy: however it was typed, it is printed in groups of four."""
    bank = BankAccount(holder="Bloemen Zavel BV", iban=typed, bic="GEBABEBB")
    text = _letter(replace(case, company=replace(case.company, bank=bank)), language="nl")
    assert "IBAN BE68 5390 0754 7034, BIC GEBABEBB" in text


@pytest.mark.parametrize("language, words", [
    ("de", "durch Überweisung oder durch Gutschrift auf unserem Kundenkonto zu bezahlen"),
    ("nl", "per overschrijving of door creditering van onze klantrekening"),
])
def test_without_an_account_the_credit_is_asked_for_as_a_lawyer_words_it(case, language, words):
    """« als creditnota op onze klantrekening » (a credit note is a document, not a payment) and
    « als Gutschrift … zu bezahlen » read as slips."""
    text = _letter(replace(case, company=replace(case.company, bank=None)), language=language, kind="formal_notice",
                   previous=(PreviousLetter("claim", date(2015, 5, 21)),), date=date(2015, 6, 25))
    assert words in text


def test_swiss_german_default_interest_is_owed_not_interest_bearing_interest(case):
    swiss = replace(case, company=replace(case.company, jurisdiction="CH", currency="CHF", timezone="Europe/Zurich"))
    text = _letter(swiss, language="de", kind="formal_notice", previous=(PreviousLetter("claim", date(2015, 5, 21)),),
                   date=date(2015, 6, 25), interest=True)
    assert "schulden Sie auf dem Betrag Verzugszins (Art. 104 OR)" in text and "Verzugszins zu verzinsen" not in text
