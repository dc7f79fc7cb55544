"""Files of every earlier schema version open in today's ClaimDesk, after a backup, with nothing lost."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from claimdesk.storage import CompanyFile, StorageError, schema, schema_version
from claimdesk.storage import schema as schema_module

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FIXTURE_FILES = sorted(FIXTURES.glob("schema-v*.claimdesk"))


def _version(path: Path) -> int:
    return int(re.fullmatch(r"schema-v(\d+)\.claimdesk", path.name).group(1))


def _fixture_facts():
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_schema_fixtures", FIXTURES / "make_schema_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _user_version(path: Path) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("PRAGMA user_version").fetchone()[0]
    finally:
        con.close()


def test_there_is_a_fixture_for_every_schema_version():
    assert {_version(p) for p in FIXTURE_FILES} == set(range(1, schema_version() + 1))


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda p: p.name)
def test_every_earlier_version_opens_with_its_content(fixture, tmp_path):
    facts = _fixture_facts()
    path = tmp_path / "client.claimdesk"
    shutil.copyfile(fixture, path)
    with CompanyFile.open(path) as cf:
        assert _user_version(path) == schema_version()
        if _version(fixture) < schema_version():
            assert cf.migration_backup is not None and _user_version(cf.migration_backup) == _version(fixture)
        assert cf.company().name == "Fraser Street Bakery Ltd."
        (claim,) = cf.claims()
        assert claim.status == "sent" and claim.status_dates["sent"] == facts.SENT_ON
        assert claim.amount_received == facts.AMOUNT_RECEIVED
        assert cf.claim_pdf(claim.id).startswith(b"%PDF")
        (outage,) = cf.outages()
        assert outage.provider_reference == "TKT-2019-081734"
        (evidence,) = outage.evidence
        assert (evidence.filename, cf.evidence_bytes(evidence.id)) == (facts.EVIDENCE_NAME, facts.EVIDENCE_BYTES)
        assert [h.action for h in cf.history()][-1] == "create"


def _add_note_column(con):
    con.execute("ALTER TABLE outage ADD COLUMN note TEXT NOT NULL DEFAULT ''")


def test_a_new_schema_version_is_one_function_and_upgrades_after_a_backup(tmp_path, monkeypatch):
    """What the next real schema change will do to the files of today."""
    old = schema_version()
    monkeypatch.setattr(schema_module, "MIGRATIONS", [*schema.MIGRATIONS, _add_note_column])
    path = tmp_path / "client.claimdesk"
    shutil.copyfile(FIXTURES / f"schema-v{old}.claimdesk", path)
    with CompanyFile.open(path) as cf:
        backup = cf.migration_backup
        assert _user_version(path) == old + 1
        assert "note" in {r[1] for r in cf._con.execute("PRAGMA table_info(outage)")}
        assert cf.count_outages() == 1
    # The backup is the file as it was before the upgrade, complete and on its own.
    assert backup.parent == tmp_path / "client.claimdesk-backups"
    assert _user_version(backup) == old
    con = sqlite3.connect(backup)
    assert con.execute("SELECT COUNT(*) FROM outage").fetchone()[0] == 1
    assert "note" not in {r[1] for r in con.execute("PRAGMA table_info(outage)")}
    con.close()


def test_a_failed_upgrade_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    old = schema_version()

    def broken(con):
        con.execute("ALTER TABLE outage ADD COLUMN half_done TEXT")
        con.execute("SELECT * FROM no_such_table")

    monkeypatch.setattr(schema_module, "MIGRATIONS", [*schema.MIGRATIONS, broken])
    path = tmp_path / "client.claimdesk"
    shutil.copyfile(FIXTURES / f"schema-v{old}.claimdesk", path)
    with pytest.raises(StorageError) as err:
        CompanyFile.open(path)
    assert err.value.code == "upgrade_failed" and "left as it was" in err.value.message
    monkeypatch.undo()
    with CompanyFile.open(path) as cf:
        assert _user_version(path) == old
        assert "half_done" not in {r[1] for r in cf._con.execute("PRAGMA table_info(outage)")}
        assert cf.count_outages() == 1


def test_version_2_gives_a_version_1_file_the_case_file_2_facts_empty(tmp_path):
    path = tmp_path / "client.claimdesk"
    shutil.copyfile(FIXTURES / "schema-v1.claimdesk", path)
    with CompanyFile.open(path) as cf:
        (record,) = cf.contracts()
        assert record.contract.signed_on is None and record.contract.service_fees is None
        assert record.contract.monthly_fee_tax == "included" and cf.company().bank is None
        (claim,) = cf.claims()
        assert claim.spec.previous == () and claim.spec.acknowledged is None and claim.spec.interest is True
        (outage,) = cf.outages()
        assert outage.affected is None


def test_version_5_gives_older_files_no_service_levels_and_no_ticket_times(tmp_path):
    for version in (1, 2, 3, 4):
        path = tmp_path / f"client-v{version}.claimdesk"
        shutil.copyfile(FIXTURES / f"schema-v{version}.claimdesk", path)
        with CompanyFile.open(path) as cf:
            (record,) = cf.contracts()
            assert record.contract.sla is None
            (outage,) = cf.outages()
            assert outage.reported_at is None
