"""Reading and writing case files: every problem named with its path, exact round trips."""

from __future__ import annotations

import copy
import json

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
    assert json.loads(casefile.dumps(case)) == json.loads(source.read_text(encoding="utf-8"))
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
