"""The company file keeps what the user entered: company, contracts, outages, evidence, claims, history."""

from __future__ import annotations

import dataclasses
import hashlib
import sqlite3
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from claimdesk.casefile import read
from claimdesk.domain.model import ClaimSpec, Contract, MoneyItem
from claimdesk.domain.problems import ValidationError
from claimdesk.storage import (
    CompanyFile,
    EvidenceTamperedError,
    FileLockedError,
    NotACompanyFileError,
    StorageError,
)


@pytest.fixture
def bakery(bakery_path):
    return read(bakery_path)


@pytest.fixture
def cf(tmp_path, bakery):
    f = CompanyFile.create(tmp_path / "bakery.claimdesk", bakery.company, actor="Jas")
    yield f
    f.close()


def t(day, hour=0, minute=0):
    return datetime(2019, 8, day, hour, minute, tzinfo=UTC)


def test_company_profile_is_kept_exactly(tmp_path, bakery):
    path = tmp_path / "bakery.claimdesk"
    CompanyFile.create(path, bakery.company).close()
    with CompanyFile.open(path) as f:
        assert f.company() == bakery.company
        changed = dataclasses.replace(bakery.company, phone="+1 604 555 0000")
        f.save_company(changed)
    with CompanyFile.open(path) as f:
        assert f.company() == changed


def test_create_refuses_an_existing_file(tmp_path, bakery):
    path = tmp_path / "bakery.claimdesk"
    path.write_bytes(b"something precious")
    with pytest.raises(StorageError) as err:
        CompanyFile.create(path, bakery.company)
    assert "already exists" in err.value.message
    assert path.read_bytes() == b"something precious"


def test_invalid_company_is_refused_with_the_field(tmp_path, bakery):
    bad = dataclasses.replace(bakery.company, name=" ", timezone="Mars/Olympus")
    with pytest.raises(ValidationError) as err:
        CompanyFile.create(tmp_path / "x.claimdesk", bad)
    assert {p.path for p in err.value.problems} >= {"company.name", "company.timezone"}
    assert not (tmp_path / "x.claimdesk").exists()


def test_several_contracts(cf, bakery):
    first = cf.add_contract(bakery.contract)
    mobile = Contract("Rogers", ("1 Main St",), "R-1", "MOB-7", ("mobile",), Decimal("55.50"))
    second = cf.add_contract(mobile)
    assert [(r.id, r.contract) for r in cf.contracts()] == [(first, bakery.contract), (second, mobile)]
    cf.update_contract(second, dataclasses.replace(mobile, monthly_fee=Decimal("60.00")))
    assert cf.contract(second).monthly_fee == Decimal("60.00")
    cf.delete_contract(second)
    assert [r.id for r in cf.contracts()] == [first]


def test_a_contract_in_use_is_not_deleted(cf, bakery):
    k = cf.add_contract(bakery.contract)
    cf.add_outage(k, "email", t(1, 15), t(1, 18))
    with pytest.raises(StorageError) as err:
        cf.delete_contract(k)
    assert err.value.code == "contract_in_use"
    assert len(cf.contracts()) == 1


def test_outages_are_stored_as_utc_instants(cf, bakery):
    k = cf.add_contract(bakery.contract)
    local_start = bakery.outages[0].start  # -07:00
    oid = cf.add_outage(k, "email", local_start, bakery.outages[0].end, "TKT-1", "no mail")
    o = cf.outage(oid)
    assert o.start == local_start and o.start.utcoffset() == timedelta(0)
    assert (o.service, o.provider_reference, o.description) == ("email", "TKT-1", "no mail")
    assert o.to_outage() == dataclasses.replace(bakery.outages[0], provider_reference="TKT-1",
                                                description="no mail")


def test_running_outage_has_no_end_until_it_is_given(cf, bakery):
    k = cf.add_contract(bakery.contract)
    oid = cf.add_outage(k, "internet", t(2, 10))
    assert [o.id for o in cf.running_outages()] == [oid]
    with pytest.raises(ValueError):
        cf.outage(oid).to_outage()
    cf.update_outage(oid, end=t(2, 12))
    assert cf.running_outages() == []
    assert cf.outage(oid).end == t(2, 12)


@pytest.mark.parametrize("fields, path", [
    ({"service": "tv"}, "outage.service"),          # not covered by the contract
    ({"service": "fax"}, "outage.service"),
    ({"end": t(1, 9)}, "outage.end"),               # before start
    ({"start": datetime(2019, 8, 1, 10)}, "outage.start"),  # no UTC offset
])
def test_bad_outage_is_refused_with_its_field_and_nothing_changes(cf, bakery, fields, path):
    k = cf.add_contract(bakery.contract)
    oid = cf.add_outage(k, "email", t(1, 10), t(1, 12))
    before = cf.outage(oid)
    with pytest.raises(ValidationError) as err:
        cf.update_outage(oid, **fields)
    assert [p.path for p in err.value.problems] == [path]
    assert cf.outage(oid) == before
    args = {"service": "email", "start": t(1, 10), "end": t(1, 12), **fields}
    with pytest.raises(ValidationError):
        cf.add_outage(k, **args)
    assert cf.count_outages() == 1


def test_filters_and_paging_newest_first(cf, bakery):
    k1 = cf.add_contract(bakery.contract)
    k2 = cf.add_contract(Contract("Rogers", (), "R", "M", ("mobile", "email"), Decimal("1")))
    ids = {}
    for day in range(1, 11):
        ids[day] = cf.add_outage(k1 if day % 2 else k2, "email" if day % 3 else "mobile" if day % 2 == 0 else "email",
                                 t(day, 10), t(day, 12))
    assert [o.id for o in cf.outages()] == [ids[d] for d in range(10, 0, -1)]
    assert [o.id for o in cf.outages(limit=3, offset=2)] == [ids[8], ids[7], ids[6]]
    mobile = cf.outages(service="mobile")
    assert {o.id for o in mobile} == {ids[6]} and cf.count_outages(service="mobile") == 1
    rogers = cf.outages(provider="rogers")
    assert {o.id for o in rogers} == {ids[d] for d in (2, 4, 6, 8, 10)}
    assert cf.count_outages(contract_id=k1) == 5
    span = cf.outages(since=t(3, 11), until=t(5, 11))  # overlapping, not only starting inside
    assert [o.id for o in span] == [ids[5], ids[4], ids[3]]
    assert cf.count_outages(since=t(3, 11), until=t(5, 11)) == 3


def test_date_filter_finds_a_long_outage_that_started_before(cf, bakery):
    k = cf.add_contract(bakery.contract)
    long_one = cf.add_outage(k, "email", t(1), t(20))
    cf.add_outage(k, "email", t(2), t(3))
    running = cf.add_outage(k, "phone", t(5))
    assert {o.id for o in cf.outages(since=t(10), until=t(11))} == {long_one, running}


def test_claimed_filter(cf, bakery):
    k = cf.add_contract(bakery.contract)
    a = cf.add_outage(k, "email", t(1, 10), t(1, 12))
    b = cf.add_outage(k, "email", t(2, 10), t(2, 12))
    claim = cf.add_claim(k, [a], bakery.claim, Decimal("10.00"))
    assert [o.id for o in cf.outages(claimed=True)] == [a]
    assert [o.id for o in cf.outages(claimed=False)] == [b]
    assert cf.outage(a).claim_ids == (claim,)


def test_evidence_is_copied_in_and_verified(cf, bakery, tmp_path):
    k = cf.add_contract(bakery.contract)
    oid = cf.add_outage(k, "email", t(1, 10), t(1, 12))
    src = tmp_path / "bounce.eml"
    src.write_bytes(b"Delivery failed\n")
    e = cf.add_evidence(oid, src, "bounce from a customer")
    src.write_bytes(b"changed afterwards")  # the vault keeps what was added
    assert e.sha256 == hashlib.sha256(b"Delivery failed\n").hexdigest()
    assert (e.filename, e.size, e.description) == ("bounce.eml", 16, "bounce from a customer")
    assert cf.evidence_bytes(e.id) == b"Delivery failed\n"
    assert cf.outage(oid).evidence == (e,)
    out = cf.export_evidence(e.id, tmp_path / "out")
    assert out.read_bytes() == b"Delivery failed\n"


def test_tampered_evidence_is_detected(tmp_path, bakery):
    path = tmp_path / "b.claimdesk"
    with CompanyFile.create(path, bakery.company) as f:
        k = f.add_contract(bakery.contract)
        oid = f.add_outage(k, "email", t(1, 10), t(1, 12))
        src = tmp_path / "shot.png"
        src.write_bytes(b"\x89PNG original")
        eid = f.add_evidence(oid, src).id
    con = sqlite3.connect(path)
    con.execute("DROP TRIGGER blob_never_changes")  # what only a deliberate outsider could do
    con.execute("UPDATE blob SET data = ?", (b"\x89PNG forged!!",))
    con.commit()
    con.close()
    with CompanyFile.open(path) as f:
        with pytest.raises(EvidenceTamperedError) as err:
            f.evidence_bytes(eid)
    assert "shot.png" in err.value.message


def test_vault_files_cannot_be_modified_through_sql(cf, bakery, tmp_path):
    k = cf.add_contract(bakery.contract)
    oid = cf.add_outage(k, "email", t(1, 10), t(1, 12))
    src = tmp_path / "a.txt"
    src.write_bytes(b"a")
    cf.add_evidence(oid, src)
    with pytest.raises(sqlite3.DatabaseError, match="never modified"):
        cf._con.execute("UPDATE blob SET data = x'00'")


def test_deleting_an_outage_keeps_evidence_another_outage_uses(cf, bakery, tmp_path):
    k = cf.add_contract(bakery.contract)
    a = cf.add_outage(k, "email", t(1, 10), t(1, 12))
    b = cf.add_outage(k, "email", t(2, 10), t(2, 12))
    shared = tmp_path / "sms.txt"
    shared.write_text("Incident in progress", encoding="utf-8")
    only_a = tmp_path / "only.txt"
    only_a.write_text("only for a", encoding="utf-8")
    cf.add_evidence(a, shared)
    cf.add_evidence(a, only_a)
    eb = cf.add_evidence(b, shared)
    cf.delete_outage(a)
    assert cf.evidence_bytes(eb.id) == b"Incident in progress"
    vault = {r[0] for r in cf._con.execute("SELECT sha256 FROM blob")}
    assert vault == {eb.sha256}  # the file nobody uses any more is gone, the shared one stays


def test_outage_in_a_claim_cannot_be_deleted_and_freezes_once_sent(cf, bakery):
    k = cf.add_contract(bakery.contract)
    oid = cf.add_outage(k, "email", t(1, 10), t(1, 12))
    claim = cf.add_claim(k, [oid], bakery.claim, Decimal("1.00"))
    with pytest.raises(StorageError) as err:
        cf.delete_outage(oid)
    assert err.value.code == "outage_in_claim"
    cf.update_outage(oid, description="still a draft: may change")
    cf.set_claim_status(claim, "sent", date(2019, 8, 7))
    with pytest.raises(StorageError) as err:
        cf.update_outage(oid, end=t(1, 13))
    assert err.value.code == "outage_in_sent_claim"
    assert cf.outage(oid).end == t(1, 12)


def test_claim_round_trip_with_status_dates_amounts_and_pdf(cf, bakery):
    k = cf.add_contract(bakery.contract)
    oids = [cf.add_outage(k, "email", t(d, 10), t(d, 12)) for d in (3, 1)]
    spec = ClaimSpec("reminder", "fr", date(2019, 9, 10), "Vancouver", 15, "email")
    extra = (MoneyItem("Temporary account", Decimal("85.00")),)
    credits = (MoneyItem("Goodwill credit", Decimal("20.00")),)
    cid = cf.add_claim(k, oids, spec, Decimal("2179.11"), extra_costs=extra, credits_received=credits,
                       pdf=b"%PDF-1.4 letter")
    c = cf.claim(cid)
    assert (c.contract_id, c.outage_ids, c.spec, c.status) == (k, tuple(oids), spec, "draft")
    assert (c.extra_costs, c.savings, c.credits_received) == (extra, (), credits)
    assert c.amount_claimed == Decimal("2179.11") and c.amount_received is None
    assert c.response_deadline == date(2019, 9, 25)
    assert c.has_pdf and cf.claim_pdf(cid) == b"%PDF-1.4 letter"
    cf.set_claim_status(cid, "sent", date(2019, 9, 11))
    cf.set_claim_status(cid, "settled", date(2019, 10, 2))
    cf.set_amount_received(cid, Decimal("1500.00"))
    c = cf.claim(cid)
    assert c.status == "settled"
    assert c.status_dates["sent"] == date(2019, 9, 11) and c.status_dates["settled"] == date(2019, 10, 2)
    assert c.amount_received == Decimal("1500.00")
    assert [x.id for x in cf.claims()] == [cid]


def test_claim_refuses_running_or_foreign_outages(cf, bakery):
    k = cf.add_contract(bakery.contract)
    other = cf.add_contract(dataclasses.replace(bakery.contract, contract_reference="OTHER"))
    running = cf.add_outage(k, "email", t(1, 10))
    foreign = cf.add_outage(other, "email", t(1, 10), t(1, 11))
    for oid, code in ((running, "outage_running"), (foreign, "outage_other_contract")):
        with pytest.raises(StorageError) as err:
            cf.add_claim(k, [oid], bakery.claim, Decimal("1"))
        assert err.value.code == code
    with pytest.raises(ValidationError) as err:
        cf.set_claim_status(1, "lost", date(2019, 1, 1))
    assert cf.claims() == []


def test_history_traces_who_entered_what(cf, bakery):
    k = cf.add_contract(bakery.contract)
    oid = cf.add_outage(k, "email", t(1, 10), t(1, 12), "TKT-1")
    cf.update_outage(oid, end=t(1, 14))
    entries = cf.history(entity="outage", entity_id=oid)
    assert [(h.action, h.actor) for h in entries] == [("update", "Jas"), ("add", "Jas")]
    assert entries[0].detail == {"end": {"from": t(1, 12).isoformat(), "to": t(1, 14).isoformat()}}
    assert entries[1].detail["provider_reference"] == "TKT-1"
    assert all(h.at.tzinfo is not None for h in entries)


def test_history_is_append_only(cf):
    cf._make_writable()  # as the first change does
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        cf._con.execute("DELETE FROM history")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        cf._con.execute("UPDATE history SET actor = 'someone else'")


def test_a_failed_change_leaves_nothing_behind(cf, bakery):
    k = cf.add_contract(bakery.contract)
    before = len(cf.history())
    with pytest.raises(RuntimeError), cf.transaction():
        cf.add_outage(k, "email", t(1, 10), t(1, 12))
        raise RuntimeError("power cut")
    assert cf.count_outages() == 0 and len(cf.history()) == before


def test_second_open_is_refused_as_already_open(cf, bakery):
    with pytest.raises(FileLockedError) as err:
        CompanyFile.open(cf.path)
    assert "already open" in err.value.message
    cf.close()
    CompanyFile.open(cf.path).close()  # closing released it


def test_wal_and_foreign_keys_are_on(cf, bakery):
    cf.add_contract(bakery.contract)  # the first change opens the file for writing
    assert cf._con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert cf._con.execute("PRAGMA foreign_keys").fetchone()[0] == 1


@pytest.mark.parametrize("content", [b"", b"hello, not a database", b"PK\x03\x04zipfile"])
def test_other_files_are_refused(tmp_path, content):
    path = tmp_path / "x.claimdesk"
    path.write_bytes(content)
    with pytest.raises(NotACompanyFileError):
        CompanyFile.open(path)
    assert path.read_bytes() == content


def test_a_plain_sqlite_database_is_not_a_company_file(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(NotACompanyFileError):
        CompanyFile.open(path)
    assert path.read_bytes() == before


def test_missing_file(tmp_path):
    with pytest.raises(NotACompanyFileError) as err:
        CompanyFile.open(tmp_path / "nope.claimdesk")
    assert err.value.code == "missing"
