"""Case files and spreadsheets in and out of a company file: the same claim comes back out."""

from __future__ import annotations

import csv
import dataclasses
import io
import tempfile
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimdesk.casefile import read, write
from claimdesk.domain.loss import estimate_case
from claimdesk.domain.model import CLAIM_KINDS, DELIVERIES, LANGUAGES, Evidence, MoneyItem, Outage
from claimdesk.domain.problems import ValidationError
from claimdesk.services.company_io import (
    CLAIM_COLUMNS,
    OUTAGE_COLUMNS,
    claims_csv,
    company_path,
    export_case,
    export_case_file,
    import_case,
    outages_csv,
)
from claimdesk.storage import CompanyFile, StorageError

EXAMPLES = Path(__file__).resolve().parent / "data"


@pytest.mark.parametrize("name", ["bakery-vancouver", "travel-agency-lyon"])
def test_example_round_trip_is_the_same_claim(name, tmp_path):
    case = read(EXAMPLES / f"{name}.json")
    path = tmp_path / "client.claimdesk"
    claim_id = import_case(case, path)
    back = export_case(path, claim_id)
    assert back == case
    assert estimate_case(back).figures() == estimate_case(case).figures()
    with CompanyFile.open(path) as cf:
        assert cf.claim(claim_id).amount_claimed == estimate_case(case).total_claimed
        assert cf.claim(claim_id).status == "draft"


def test_exported_case_file_reads_back_with_its_evidence(tmp_path, bakery_path):
    case = read(bakery_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bounce.eml").write_bytes(b"550 mailbox unavailable")
    (tmp_path / "in" / "sms.txt").write_text("Incident TKT-2019-081734 en cours", encoding="utf-8")
    ev = (Evidence("bounce.eml", "bounce"), Evidence("sms.txt"))
    case = case.with_outages([dataclasses.replace(case.outages[0], evidence=ev)])
    write(case, tmp_path / "in" / "case.json")
    with_files = read(tmp_path / "in" / "case.json")
    company = tmp_path / "client.claimdesk"
    claim_id = import_case(with_files, company)

    out = tmp_path / "out" / "claim.json"
    export_case_file(company, claim_id, out)
    again = read(out)  # the evidence files are found beside it
    assert [e.file for e in again.outages[0].evidence] == ["claim-evidence/bounce.eml", "claim-evidence/sms.txt"]
    assert (out.parent / "claim-evidence" / "bounce.eml").read_bytes() == b"550 mailbox unavailable"
    strip = [dataclasses.replace(o, evidence=()) for o in again.outages]
    assert again.with_outages(strip) == case.with_outages([dataclasses.replace(case.outages[0], evidence=())])
    # ... and imports again as the same outage with the same vault files, not a copy.
    second = import_case(again, company)
    with CompanyFile.open(company) as cf:
        assert cf.count_outages() == 1
        (outage,) = cf.outages()
        assert len(outage.evidence) == 2 and outage.claim_ids == (claim_id, second)


def test_missing_evidence_is_reported_and_nothing_is_imported(tmp_path, bakery_path):
    case = read(bakery_path)
    ev = (Evidence("gone.png"), Evidence("also-gone.pdf"))
    case = dataclasses.replace(case.with_outages([dataclasses.replace(case.outages[0], evidence=ev)]),
                               base_dir=str(tmp_path))
    company = tmp_path / "client.claimdesk"
    with pytest.raises(ValidationError) as err:
        import_case(case, company)
    assert [p.path for p in err.value.problems] == ["outages[0].evidence[0].file", "outages[0].evidence[1].file"]
    assert not company.exists()


def test_import_is_all_or_nothing(tmp_path, bakery_path, monkeypatch):
    case = read(bakery_path)
    company = tmp_path / "client.claimdesk"
    import_case(case, company)
    later = dataclasses.replace(case.outages[0], start=case.outages[0].start + timedelta(days=30),
                                end=case.outages[0].end + timedelta(days=30))
    bigger = case.with_outages([later, later])

    def fail(*args, **kwargs):
        raise StorageError("disk full", "io")

    monkeypatch.setattr(CompanyFile, "add_claim", fail)
    with pytest.raises(StorageError):
        import_case(bigger, company)
    monkeypatch.undo()
    with CompanyFile.open(company) as cf:
        assert cf.count_outages() == 1 and len(cf.claims()) == 1


def test_a_case_of_another_company_is_refused(tmp_path, bakery_path, travel_path):
    company = tmp_path / "bakery.claimdesk"
    import_case(read(bakery_path), company)
    with pytest.raises(StorageError) as err:
        import_case(read(travel_path), company)
    assert err.value.code == "other_company" and "Voyages Confluence SARL" in err.value.message


def test_same_contract_is_reused_and_a_new_one_added(tmp_path, bakery_path):
    case = read(bakery_path)
    company = tmp_path / "bakery.claimdesk"
    import_case(case, company)
    import_case(case, company, again=True)
    other = dataclasses.replace(case, contract=dataclasses.replace(case.contract, contract_reference="NEW-1"))
    import_case(other, company)
    with CompanyFile.open(company) as cf:
        assert [r.contract.contract_reference for r in cf.contracts()] == ["SB-INT-2017-3321", "NEW-1"]


def _rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_outages_csv(tmp_path, travel_path):
    case = read(travel_path)
    company = tmp_path / "t.claimdesk"
    import_case(case, company)
    with CompanyFile.open(company) as cf:
        (k,) = cf.contracts()
        cf.add_outage(k.id, "phone", datetime(2015, 6, 1, 8, tzinfo=UTC))  # still running
    out = tmp_path / "outages.csv"
    assert outages_csv(company, out) == 2
    raw = out.read_bytes()
    assert raw.decode("utf-8").splitlines()[0] == ",".join(OUTAGE_COLUMNS)
    rows = _rows(raw.decode("utf-8"))
    running, first = rows
    assert running["end"] == "" and running["duration_hours"] == "" and running["start"] == "2015-06-01T10:00:00+02:00"
    assert first["start"] == "2015-05-19T09:50:00+02:00" and first["duration_hours"] == "7.42"
    assert first["provider"] == "SFR Business" and first["description"].startswith("Plus d'accès")
    assert first["claims"] == "1" and first["timezone"] == "Europe/Paris"


def test_claims_csv(tmp_path, bakery_path):
    company = tmp_path / "b.claimdesk"
    cid = import_case(read(bakery_path), company)
    with CompanyFile.open(company) as cf:
        cf.set_amount_received(cid, Decimal("1200.5"))
    buf = io.StringIO()
    assert claims_csv(company, buf) == 1
    (row,) = _rows(buf.getvalue())
    assert list(row) == list(CLAIM_COLUMNS)
    assert (row["amount_claimed"], row["amount_received"], row["currency"]) == ("2179.11", "1200.5", "CAD")
    assert (row["status"], row["response_deadline"], row["outages"]) == ("draft", "2019-09-06", "1")


def test_company_path(tmp_path):
    assert company_path("bakery", tmp_path) == tmp_path / "bakery.claimdesk"
    assert company_path("bakery.claimdesk", tmp_path) == tmp_path / "bakery.claimdesk"
    assert company_path(str(tmp_path / "x" / "acme"), "elsewhere") == tmp_path / "x" / "acme.claimdesk"


# ---- generated cases -------------------------------------------------------------------------

_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1,
                max_size=40).filter(str.strip)
_money = st.decimals(min_value=0, max_value=10_000, places=2, allow_nan=False, allow_infinity=False)
_items = st.lists(st.builds(MoneyItem, _text, _money), max_size=3).map(tuple)
_offsets = st.integers(-12 * 4, 14 * 4).map(lambda q: timezone(timedelta(minutes=15 * q)))


@st.composite
def _outages(draw, services):
    result = []
    for _ in range(draw(st.integers(1, 6))):
        start = datetime(2019, 1, 1, tzinfo=UTC) + timedelta(minutes=draw(st.integers(0, 500_000)))
        end = start + timedelta(seconds=draw(st.integers(60, 5 * 86400)))
        tz = draw(_offsets)
        result.append(Outage(draw(st.sampled_from(services)), start.astimezone(tz), end.astimezone(tz),
                             draw(st.none() | _text), draw(st.none() | _text)))
    return tuple(result)


@st.composite
def cases(draw):
    base = read(EXAMPLES / draw(st.sampled_from(["bakery-vancouver.json", "travel-agency-lyon.json"])))
    company = dataclasses.replace(base.company, address=tuple(draw(st.lists(_text, max_size=3))),
                                  phone=draw(st.none() | _text), email=draw(st.none() | _text))
    contract = dataclasses.replace(base.contract, provider=draw(_text), customer_number=draw(_text),
                                   monthly_fee=draw(_money))
    claim = dataclasses.replace(base.claim, kind=draw(st.sampled_from(CLAIM_KINDS)),
                                language=draw(st.sampled_from(LANGUAGES)), delivery=draw(st.sampled_from(DELIVERIES)),
                                place=draw(_text), response_days=draw(st.integers(1, 60)))
    return dataclasses.replace(base, company=company, contract=contract, claim=claim,
                               outages=draw(_outages(contract.services)), extra_costs=draw(_items),
                               savings=draw(_items), credits_received=draw(_items))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_generated_case_import_export_is_the_same_claim(case):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "c.claimdesk"
        claim_id = import_case(case, path)
        back = export_case(path, claim_id)
        # Times come back in the company's zone: the same instants, which is what equality compares.
        assert back == case
        assert estimate_case(back).figures() == estimate_case(case).figures()
        # ... and through a case file on disk, as a user would move it.
        write(back, Path(tmp) / "again.json")
        assert read(Path(tmp) / "again.json") == case


def test_a_v2_case_round_trips_through_a_company_file(travel_path, tmp_path):
    """Every fact of case file /2 is stored (schema version 2) and exported back unchanged."""
    import json as _json

    from claimdesk import casefile as _casefile
    from claimdesk.services.company_io import export_case, import_case
    from tests.test_casefile import _v2

    case = _casefile.from_dict(_v2(travel_path), travel_path.parent)
    claim_id = import_case(case, tmp_path / "agency.claimdesk")
    back = export_case(tmp_path / "agency.claimdesk", claim_id)
    assert back.contract == case.contract and back.company.bank == case.company.bank
    assert back.claim == case.claim and back.outages[0].affected == case.outages[0].affected
    doc = _json.loads(_casefile.dumps(back))
    assert doc["format"] == "claimdesk-case/2" and doc["claim"]["previous"][0]["tracking"] == "1A 123 456 7890 1"
