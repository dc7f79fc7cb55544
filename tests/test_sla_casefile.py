"""`contract.sla` and `outages[].reported_at` in case files: every key checked with its path,
written back unchanged, and the messages named in the interface languages."""

from __future__ import annotations

import pytest

from claimdesk import casefile
from claimdesk.domain.problems import ValidationError
from claimdesk.i18n.problem_texts import problem_message

from .sla_cases import q1_doc, q2_doc


def _problems(doc) -> dict[str, str]:
    with pytest.raises(ValidationError) as err:
        casefile.from_dict(doc)
    return {p.path: p.message for p in err.value.problems}


def test_round_trip_keeps_every_sla_key_and_the_ticket_time():
    for doc in (q1_doc(), q2_doc()):
        case = casefile.from_dict(doc)
        again = casefile.from_dict(casefile.to_dict(case))
        assert again.contract.sla == case.contract.sla
        assert [o.reported_at for o in again.outages] == [o.reported_at for o in case.outages]
    written = casefile.to_dict(casefile.from_dict(q1_doc()))
    assert written["contract"]["sla"]["restoration"]["coverage"] == {"mon": [["08:00", "18:00"]],
                                                                     "tue": [["08:00", "18:00"]]}
    assert written["outages"][0]["reported_at"] == "2015-05-19T10:05:00+02:00"


def test_every_bad_sla_value_is_named_by_its_path():
    doc = q1_doc()
    sla = doc["contract"]["sla"]
    del sla["clause"]
    sla["restoration"].update(clock="weekdays", starts="call", target_hours="0")
    sla["restoration"]["coverage"]["sun"] = [["18:00", "08:00"]]
    sla["restoration"]["credits"][1]["percent"] = "125"
    sla["availability"] = {"target_percent": "99.9", "credits": [{"below_percent": "101", "percent": 20.5}]}
    sla.update(cap_percent="-5", exclusive="yes", claim_within_days=0, claim_from="invoice", penalty="1")
    problems = _problems(doc)
    assert problems["contract.sla.clause"] == "missing"
    assert problems["contract.sla.penalty"] == "unknown key"
    assert problems["contract.sla.exclusive"] == "must be true or false"
    assert problems["contract.sla.availability.credits[0].percent"].startswith("write the number as a string")
    doc["contract"]["sla"].update(clause="art. 6", exclusive=True, claim_within_days=0)
    del doc["contract"]["sla"]["penalty"]
    doc["contract"]["sla"]["availability"]["credits"][0]["percent"] = "20"
    problems = _problems(doc)
    assert problems["contract.sla.restoration.clock"] == "use calendar or business"
    assert problems["contract.sla.restoration.starts"] == "use ticket or outage"
    assert problems["contract.sla.restoration.target_hours"] == "must be above 0 and at most 8784"
    assert problems["contract.sla.restoration.coverage.sun[0]"] == "must end after it starts (18:00)"
    assert problems["contract.sla.restoration.credits[1].percent"] == "must be from 0 to 100"
    assert problems["contract.sla.availability.credits[0].below_percent"] == "must be from 0 to 100"
    assert problems["contract.sla.cap_percent"] == "must be from 0 to 100"
    assert problems["contract.sla.claim_within_days"] == "must be from 1 to 3650 days"
    assert problems["contract.sla.claim_from"] == "use outage_end or month_end"


def test_a_clock_starting_at_the_ticket_needs_the_ticket_time_on_every_outage():
    doc = q1_doc()
    del doc["outages"][0]["reported_at"]
    problems = _problems(doc)
    assert problems == {"outages[0].reported_at":
                        "missing: your contract starts the restoration clock when the ticket is opened"}


@pytest.mark.parametrize(("value", "message"), [
    ("2015-05-19T10:05:00", "add the UTC offset"),
    ("2015-05-19T17:16:00+02:00", "must not be after the end of the outage (2015-05-19T17:15:00+02:00)"),
    ("1989-05-19T10:05:00+02:00", "must be from 1990-01-01"),
    ("yesterday", "not an ISO 8601 date and time"),
])
def test_reported_at_is_an_instant_before_the_outage_ends(value, message):
    doc = q1_doc()
    doc["outages"][0]["reported_at"] = value
    assert _problems(doc)["outages[0].reported_at"].startswith(message)


def test_terms_without_restoration_or_availability_are_refused():
    doc = q2_doc()
    del doc["contract"]["sla"]["availability"]
    assert _problems(doc) == {"contract.sla": "give a restoration time or an availability commitment (or both)"}


@pytest.mark.parametrize("language, expected", [
    ("fr", "Heure d'ouverture du ticket\u00a0: manquant : votre contrat fait partir le délai de rétablissement "
           "de l'ouverture du ticket"),
    ("de", "Zeitpunkt der Störungsmeldung: fehlt: Ihr Vertrag lässt die Wiederherstellungsfrist mit der "
           "Störungsmeldung beginnen"),
])
def test_messages_are_in_the_interface_language(language, expected):
    doc = q1_doc()
    del doc["outages"][0]["reported_at"]
    with pytest.raises(ValidationError) as err:
        casefile.from_dict(doc)
    assert problem_message(err.value.problems[0], language) == expected


def test_sla_field_names_are_translated():
    doc = q1_doc()
    doc["contract"]["sla"]["restoration"]["clock"] = "weekdays"
    with pytest.raises(ValidationError) as err:
        casefile.from_dict(doc)
    (problem,) = err.value.problems
    assert problem_message(problem, "it") == "Orologio del tempo di ripristino: usate «calendar» o «business»"
