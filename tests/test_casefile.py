"""Reading and writing case files: every problem named with its path, exact round trips."""

from __future__ import annotations

import copy
import json
from decimal import Decimal

import pytest

from claimdesk import casefile
from claimdesk.domain.loss import estimate_case
from claimdesk.domain.problems import ValidationError


@pytest.fixture
def bakery_doc(bakery_path):
    return json.loads(bakery_path.read_text(encoding="utf-8"))


def problems_of(doc, base_dir=None) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        casefile.from_dict(doc, base_dir)
    return {p.path: p.message for p in info.value.problems}


@pytest.mark.parametrize("path", ["bakery_path", "travel_path"])
def test_examples_round_trip_exactly(path, request, tmp_path):
    source = request.getfixturevalue(path)
    case = casefile.read(source)
    expected = json.loads(source.read_text(encoding="utf-8"))
    expected["format"] = casefile.FORMAT  # a /1 file is read, and written back as /2
    assert json.loads(casefile.dumps(case)) == expected
    out = tmp_path / "copy.json"
    casefile.write(case, out)
    again = casefile.read(out)
    assert again == case
    assert estimate_case(again).figures() == estimate_case(case).figures()


BROKEN = [
    ("unknown top-level key", lambda d: d.update(extra=1), "extra", "unknown key"),
    ("typo in a company key", lambda d: d["company"].update(timezon="Europe/Paris"), "company.timezon", "unknown key"),
    ("wrong type", lambda d: d["contract"].update(services="email"), "contract.services", "must be a list"),
    ("decimal with a comma", lambda d: d["contract"].update(monthly_fee="129,00"), "contract.monthly_fee",
     "comma"),
    ("float instead of string", lambda d: d["company"]["baseline"].update(trend=0.04), "company.baseline.trend",
     "as a string"),
    ("timestamp without offset", lambda d: d["outages"][0].update(start="2019-08-01T08:15:00"),
     "outages[0].start", "UTC offset"),
    ("unknown time zone", lambda d: d["company"].update(timezone="America/Vancuver"), "company.timezone",
     "unknown time zone"),
    ("rate out of range", lambda d: d["company"]["baseline"].update(gross_profit_rate="1.2"),
     "company.baseline.gross_profit_rate", "0 to 1"),
    ("channel shares above 1", lambda d: d["company"]["channels"][2].update(share="0.45"), "company.channels",
     "more than 1"),
    ("end not after start", lambda d: d["outages"][0].update(end="2019-08-01T08:15:00-07:00"), "outages[0].end",
     "after start"),
    ("service the contract does not cover", lambda d: d["outages"][0].update(service="tv"), "outages[0].service",
     "does not cover"),
    ("unsupported language", lambda d: d["claim"].update(language="es"), "claim.language", "unsupported"),
    ("unsupported jurisdiction", lambda d: d["company"].update(jurisdiction="UK"), "company.jurisdiction",
     "unsupported"),
    ("missing key", lambda d: d["contract"].pop("monthly_fee"), "contract.monthly_fee", "missing"),
    ("open day without turnover", lambda d: d["company"]["baseline"]["standard_turnover"].pop("sun"),
     "company.baseline.standard_turnover.sun", "open that day"),
    ("overlapping spans", lambda d: d["company"]["opening_hours"].update(mon=[["08:00", "12:00"], ["11:00", "14:00"]]),
     "company.opening_hours.mon", "overlap"),
    ("24:00 as a start", lambda d: d["company"]["opening_hours"].update(mon=[["24:00", "24:00"]]),
     "company.opening_hours.mon[0][0]", "not a time"),
    ("negative extra cost", lambda d: d["extra_costs"][0].update(amount="-5.00"), "extra_costs[0].amount",
     "negative"),
    ("three decimals", lambda d: d["extra_costs"][0].update(amount="5.001"), "extra_costs[0].amount", "2 decimals"),
    ("wrong format", lambda d: d.update(format="claimdesk-case/9"), "format", "unsupported format"),
    ("bad date", lambda d: d["claim"].update(date="2019-02-30"), "claim.date", "not a date"),
    ("response days as text", lambda d: d["claim"].update(response_days="30"), "claim.response_days",
     "whole number"),
]


@pytest.mark.parametrize("label, mutate, path, fragment", BROKEN, ids=[b[0] for b in BROKEN])
def test_each_problem_is_named_with_its_path(bakery_doc, label, mutate, path, fragment):
    mutate(bakery_doc)
    found = problems_of(bakery_doc)
    assert path in found, found
    assert fragment in found[path]


def test_all_problems_are_reported_at_once(bakery_doc):
    bakery_doc["contract"]["monthly_fee"] = "129,00"
    bakery_doc["outages"][0]["end"] = "2019-08-01T08:00:00-07:00"
    bakery_doc["company"]["timezone"] = "Mars/Olympus"
    bakery_doc["claim"]["language"] = "xx"
    bakery_doc["company"]["baseline"]["recovery_rate"] = "2"
    found = problems_of(bakery_doc)
    assert {"contract.monthly_fee", "company.timezone", "claim.language",
            "company.baseline.recovery_rate"} <= found.keys()


def test_end_before_start_message_quotes_the_start(bakery_doc):
    bakery_doc["outages"][0]["end"] = "2019-08-01T07:00:00-07:00"
    assert problems_of(bakery_doc)["outages[0].end"] == "must be after start (2019-08-01T08:15:00-07:00)"


def test_missing_evidence_file_is_reported(bakery_doc, tmp_path):
    bakery_doc["outages"][0]["evidence"] = [{"file": "bounce.eml", "description": "bounce"}]
    assert "file not found" in problems_of(bakery_doc, tmp_path)["outages[0].evidence[0].file"]
    (tmp_path / "bounce.eml").write_text("Delivery failed")
    case = casefile.from_dict(bakery_doc, tmp_path)
    assert case.outages[0].evidence[0].file == "bounce.eml"


@pytest.mark.parametrize("content, fragment", [(b"{", "not valid JSON"), (b"\xff\xfe\x00", "not UTF-8"),
                                               (b"[]", "must be an object"), (b'{"a": NaN}', "not valid JSON")])
def test_unreadable_documents(tmp_path, content, fragment):
    path = tmp_path / "case.json"
    path.write_bytes(content)
    with pytest.raises(ValidationError) as info:
        casefile.read(path)
    assert fragment in str(info.value)


def test_missing_file_is_a_failure_to_read_not_invalid_content(tmp_path):
    from claimdesk.safe_paths import CannotRead

    with pytest.raises(CannotRead) as info:
        casefile.read(tmp_path / "nope.json")
    assert str(info.value) == f"cannot read {tmp_path / 'nope.json'}: No such file or directory"


def test_write_is_atomic_and_leaves_no_temporary_file(bakery_path, tmp_path):
    case = casefile.read(bakery_path)
    out = tmp_path / "out.json"
    out.write_text("previous content")
    casefile.write(case, out)
    assert casefile.read(out) == case
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_utf8_bom_is_accepted(bakery_path, tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + bakery_path.read_bytes())
    assert casefile.read(path).company.name == "Fraser Street Bakery Ltd."


def test_original_document_is_not_mutated(bakery_doc):
    before = copy.deepcopy(bakery_doc)
    casefile.from_dict(bakery_doc)
    assert bakery_doc == before


V2_KEYS = {
    "contract": {"signed_on": "2014-09-15", "service_fees": {"internet": "120.00", "email": "20.00", "phone": "49.00"},
                 "monthly_fee_tax": "excluded"},
    "company": {"bank": {"holder": "Voyages Confluence SARL", "iban": "FR76 3000 6000 0112 3456 7890 189",
                         "bic": "BNPAFRPPXXX"}},
    "claim": {"kind": "formal_notice", "acknowledged": "SFR status page, 19 May 2015 11:02: incident confirmed",
              "interest": False,
              "previous": [{"kind": "claim", "date": "2015-05-21", "reference": "VC-2015-07",
                            "delivery": "registered", "tracking": "1A 123 456 7890 1"}]},
}


def _v2(travel_path) -> dict:
    doc = json.loads(travel_path.read_text(encoding="utf-8"))
    doc["format"] = "claimdesk-case/2"
    for part, keys in V2_KEYS.items():
        doc[part].update(copy.deepcopy(keys))
    doc["claim"]["date"] = "2015-06-25"
    doc["outages"][0]["affected"] = "Fibre access FTTO-69-000123"
    return doc


def test_a_v2_case_file_round_trips_with_every_new_key(travel_path, tmp_path):
    doc = _v2(travel_path)
    case = casefile.from_dict(doc)
    assert case.contract.service_fees["email"] == Decimal("20.00") and case.contract.monthly_fee_tax == "excluded"
    assert case.company.bank.bic == "BNPAFRPPXXX" and case.outages[0].affected.startswith("Fibre")
    assert case.claim.previous[0].tracking == "1A 123 456 7890 1" and case.claim.interest is False
    assert json.loads(casefile.dumps(case)) == doc
    out = tmp_path / "v2.json"
    casefile.write(case, out)
    assert casefile.read(out) == case


@pytest.mark.parametrize("change, path, words", [
    (lambda d: d["contract"]["service_fees"].update(phone="48.99"), "contract.service_fees", "add up to 188.99"),
    (lambda d: d["contract"]["service_fees"].pop("phone"), "contract.service_fees.phone", "missing"),
    (lambda d: d["contract"]["service_fees"].update(tv="1.00"), "contract.service_fees.tv", "does not cover"),
    (lambda d: d["company"]["bank"].update(iban="FR76 3000 6000 0112 3456 7890 188"), "company.bank.iban",
     "check digits"),
    (lambda d: d["company"]["bank"].update(account="12345"), "company.bank", "either an IBAN"),
    (lambda d: d["claim"].update(previous=[]), "claim.previous", "earlier letter"),
    (lambda d: d["claim"]["previous"][0].update(date="2015-05-01"), "claim.previous[0].date", "after the first"),
    (lambda d: d["claim"]["previous"][0].update(date="2015-06-25"), "claim.previous[0].date", "before the date"),
    (lambda d: d["claim"].update(interest="yes"), "claim.interest", "true or false"),
    (lambda d: d["outages"][0].update(affected=12), "outages[0].affected", "string"),
    (lambda d: d["contract"].update(signed_on="2015-05-20"), "contract.signed_on", "after the first outage"),
])
def test_v2_keys_are_checked_with_their_path(travel_path, change, path, words):
    doc = _v2(travel_path)
    change(doc)
    problems = problems_of(doc)
    assert path in problems and words in problems[path], problems


def test_a_v1_reminder_needs_no_earlier_letter_but_a_v2_one_does(travel_path):
    doc = json.loads(travel_path.read_text(encoding="utf-8"))
    doc["claim"]["kind"] = "reminder"
    assert casefile.from_dict(doc).claim.kind == "reminder"
    doc["format"] = "claimdesk-case/2"
    assert "claim.previous" in problems_of(doc)


def test_case_file_2_facts_are_bounded_like_the_others(bakery_doc):
    """The /2 texts (bank, earlier letters, affected line, acknowledgement) and the contract date
    get the same limits as every other field: a case someone sends cannot slip a megabyte or a
    contract signed after the letter into a letter."""
    doc = copy.deepcopy(bakery_doc)
    doc["format"] = "claimdesk-case/2"
    late = copy.deepcopy(doc)
    late["contract"]["signed_on"] = "2030-01-01"
    assert set(problems_of(late)) == {"contract.signed_on"}
    doc["company"]["bank"] = {"holder": "x" * 5000, "account": "12345-678"}
    doc["outages"][0]["affected"] = "y" * 5000
    doc["claim"]["acknowledged"] = "z" * 50_000
    doc["claim"]["kind"] = "reminder"
    doc["claim"]["previous"] = [{"kind": "claim", "date": "2019-08-08", "reference": "r" * 5000}]
    found = problems_of(doc)
    for path in ("company.bank.holder", "outages[0].affected", "claim.acknowledged",
                 "claim.previous[0].reference"):
        assert path in found, (path, found)


def test_a_problem_is_immutable_and_travels_whole_to_a_batch_worker_and_back(bakery_doc):
    """Problems cross process boundaries (``claimdesk batch`` workers) and sit in sets of reported
    problems: pickled whole, equal by path, message and code, never changed after the check."""
    import pickle

    from claimdesk.domain.problems import Problem

    doc = copy.deepcopy(bakery_doc)
    doc["outages"][0]["end"] = doc["outages"][0]["start"]
    with pytest.raises(ValidationError) as info:
        casefile.loads(json.dumps(doc))
    found = info.value.problems[0]
    back = pickle.loads(pickle.dumps(found))
    assert (back.path, back.message, back.code, back.params) == (found.path, found.message, found.code, found.params)
    assert back == found and hash(back) == hash(found) and len({back, found}) == 1
    assert Problem("a", "b", "c", {"n": 1}) == Problem("a", "b", "c") != Problem("a", "b", "d")
    assert Problem("a", "b").params == {} and str(Problem("", "b")) == "b"
    for change in (lambda: setattr(found, "message", "fine"), lambda: delattr(found, "path")):
        with pytest.raises(AttributeError):
            change()
    assert str(found).startswith("outages[0].end: ")
