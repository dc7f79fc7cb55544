"""Faults of the company file, one test each: a failure after a commit, damage found before
anything is written, clear messages with a way back, read-only places, a full disk."""

from __future__ import annotations

import os
import sqlite3
import struct

import pytest

from claimdesk.casefile import read
from claimdesk.cli import main
from claimdesk.services.company_io import AlreadyImportedError, import_case
from claimdesk.storage import (
    CompanyFile,
    CorruptFileError,
    NewerFileError,
    StorageError,
    schema_version,
)
from claimdesk.storage import database as db


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def company(tmp_path, bakery_path):
    """A company file with one imported claim and a backup, closed."""
    path = tmp_path / "bakery.claimdesk"
    import_case(read(bakery_path), path)
    with CompanyFile.open(path) as cf:
        cf.backup("manual")
    return path


def _beside(path):
    """Every file in the company file's folder (the backups folder aside)."""
    return sorted(p.name for p in path.parent.iterdir() if p.is_file())


def _snapshot(path):
    return {p.name: p.read_bytes() for p in path.parent.iterdir() if p.is_file()}


def _poke(path, offset: int, data: bytes) -> None:
    with open(path, "r+b") as f:
        f.seek(offset)
        f.write(data)


def _damage_pages(path, first_page=2):
    size = path.stat().st_size
    with open(path, "r+b") as f:
        for n in range(first_page, max(first_page + 1, size // 4096 - 1)):
            f.seek(n * 4096)  # page headers and cell pointers: small pages are mostly free space
            f.write(os.urandom(64))


# ---- 1. a failure after the commit ------------------------------------------------------------


def _failing_close(monkeypatch):
    """Every write of close() fails, as on a disk that filled up right after the import's commit."""
    import errno

    real_finish = CompanyFile._finish_session

    def finish(self, con):
        con.set_authorizer(lambda action, *_: sqlite3.SQLITE_DENY
                           if action in (sqlite3.SQLITE_PRAGMA, sqlite3.SQLITE_INSERT, sqlite3.SQLITE_UPDATE)
                           else sqlite3.SQLITE_OK)
        real_finish(self, con)

    def no_space(*_args, **_kw):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(CompanyFile, "_finish_session", finish)
    monkeypatch.setattr(db, "backup", no_space)


def test_a_failure_while_closing_after_the_commit_does_not_fail_the_import(capsys, tmp_path, bakery_path,
                                                                          monkeypatch):
    path = tmp_path / "bakery.claimdesk"
    _failing_close(monkeypatch)
    code, out, err = run(capsys, "import", bakery_path, "--company", path)
    assert code == 0, err
    claim_id = int(out.split()[-1])
    monkeypatch.undo()
    assert not (tmp_path / "bakery.claimdesk.lock").exists()  # the lock was released
    # Running it again, as a user who saw an error would, adds nothing.
    code, _, err = run(capsys, "import", bakery_path, "--company", path)
    assert code == 2 and f"as claim {claim_id}" in err
    with CompanyFile.open(path) as cf:
        assert [c.id for c in cf.claims()] == [claim_id]


def test_the_same_case_is_recognised_by_its_content_and_evidence(tmp_path, bakery_path):
    path = tmp_path / "bakery.claimdesk"
    case = read(bakery_path)
    first = import_case(case, path)
    with pytest.raises(AlreadyImportedError) as err:
        import_case(case, path)
    assert err.value.claim_id == first and err.value.code == "already_imported"
    # another claim date is another case
    import dataclasses

    later = dataclasses.replace(case, claim=dataclasses.replace(case.claim, place="Burnaby"))
    second = import_case(later, path)
    assert import_case(case, path, again=True) == second + 1
    with CompanyFile.open(path) as cf:
        assert len(cf.claims()) == 3


# ---- 2. nothing is written to a file before it passes the checks ----------------------------------


def test_a_damaged_rollback_journal_file_is_refused_byte_for_byte_untouched(company):
    with open(company, "rb") as f:
        f.seek(18)
        assert f.read(2) == b"\x01\x01"  # closed in rollback-journal mode
    _damage_pages(company)
    before = _snapshot(company)
    with pytest.raises(CorruptFileError):
        CompanyFile.open(company)
    assert _snapshot(company) == before  # not switched to WAL; no -wal, -shm or .lock left


def test_a_damaged_file_with_a_pending_wal_is_refused_without_a_checkpoint(company, bakery_path):
    case = read(bakery_path)
    cf = CompanyFile.open(company)
    (k,) = cf.contracts()
    for i in range(50):
        cf.add_outage(k.id, "email", case.outages[0].start, case.outages[0].end, f"T-{i}")
    # a crash: the changes are in the -wal only
    wal, main_bytes = (company.with_name(company.name + "-wal").read_bytes(), company.read_bytes())
    cf._con.close()
    cf._lock.release()
    company.write_bytes(main_bytes)
    company.with_name(company.name + "-wal").write_bytes(wal)
    company.with_name(company.name + "-shm").unlink(missing_ok=True)
    _damage_pages(company)
    before = _snapshot(company)
    with pytest.raises(CorruptFileError):
        CompanyFile.open(company)
    assert _snapshot(company) == before  # the WAL is still there, unmerged; no -shm made


def test_a_newer_file_leaves_no_side_files(company):
    con = sqlite3.connect(company)
    con.execute(f"PRAGMA user_version = {schema_version() + 1}")
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(schema_version() + 1),))
    con.commit()
    con.close()
    before = _snapshot(company)
    with pytest.raises(NewerFileError):
        CompanyFile.open(company)
    with pytest.raises(NewerFileError):
        CompanyFile.open(company, read_only=True)
    assert _snapshot(company) == before


# ---- 3. clear messages, and a way back -----------------------------------------------------------


@pytest.mark.parametrize("where, offset, data", [
    ("header", 3, b"l"),                          # "SQlite format 3": one flipped bit
    ("application id", 68 + 1, b"\x45"),          # 0x4344736B -> 0x4345736B
    ("version", 60, struct.pack(">I", 1 << 20 | 1)),  # a bit flip making an absurdly new version
    ("version, near", 60, struct.pack(">I", 3)),  # plausible, but the meta table says otherwise
])
def test_bit_flips_in_the_header_say_damaged_and_name_the_backup(company, where, offset, data):
    _poke(company, offset, data)
    with pytest.raises(CorruptFileError) as err:
        CompanyFile.open(company)
    backup = db.latest_backup(company)
    assert err.value.backup == backup and backup.name in err.value.message
    assert "damaged" in err.value.message and "newer" not in err.value.message


def test_a_flip_in_the_schema_says_damaged(company):
    data = bytearray(company.read_bytes())
    at = data.index(b"CREATE TABLE company")
    data[at + 13] ^= 0x01  # "company" -> "bompany"... a table the code no longer finds
    data[at + 2] ^= 0x20  # and a keyword that no longer parses
    company.write_bytes(bytes(data))
    with pytest.raises(CorruptFileError) as err:
        CompanyFile.open(company)
    assert db.latest_backup(company).name in err.value.message


def test_a_bad_row_says_damaged_when_it_is_read(company):
    con = sqlite3.connect(company)
    con.execute("UPDATE claim SET claim_date = '2019-1\x01-07'")
    con.commit()
    con.close()
    with CompanyFile.open(company, read_only=True) as cf:
        with pytest.raises(CorruptFileError) as err:
            cf.claims()
    assert "damaged" in err.value.message and db.latest_backup(company).name in err.value.message
    con = sqlite3.connect(company)
    con.execute("UPDATE company SET opening_hours = '{\"mon\": [[480, 10'")
    con.commit()
    con.close()
    with pytest.raises(CorruptFileError):
        CompanyFile.open(company)


def test_restore_lists_the_backups_and_keeps_the_damaged_file_aside(capsys, company):
    _poke(company, 3, b"l")
    code, _, err = run(capsys, "outages", "--company", company)
    assert code == 1 and "damaged" in err and "claimdesk restore --company" in err
    code, out, err = run(capsys, "restore", "--company", company)
    assert code == 0, err
    backup = db.latest_backup(company)
    assert backup.name in out and "KB" in out
    damaged = company.read_bytes()
    code, out, err = run(capsys, "restore", "--company", company, "--backup", backup.name)
    assert code == 0, err
    (kept,) = [p for p in company.parent.iterdir() if ".damaged-" in p.name]
    assert kept.read_bytes() == damaged and kept.name in out
    code, out, _ = run(capsys, "claims", "--company", company)
    assert code == 0 and "2179.11 CAD" in out


def test_a_damaged_backup_is_not_put_in_place(capsys, company):
    backup = db.latest_backup(company)
    _damage_pages(backup)
    before = company.read_bytes()
    code, _, err = run(capsys, "restore", "--company", company, "--backup", "latest")
    assert code == 1 and "cannot be used" in err
    assert company.read_bytes() == before and not any(".damaged-" in n for n in _beside(company))


# ---- 5. a full disk --------------------------------------------------------------------------------


def _small_disk(monkeypatch, pages: int):
    """SQLite's own SQLITE_FULL: the file may not grow past ``pages`` pages more."""
    real_connect = db.connect

    def connect(path):
        con = real_connect(path)
        used = con.execute("PRAGMA page_count").fetchone()[0]
        con.execute(f"PRAGMA max_page_count = {used + pages}")
        return con

    monkeypatch.setattr(db, "connect", connect)


def test_a_full_disk_says_so_and_keeps_what_was_saved(company, tmp_path, monkeypatch):
    big = tmp_path / "scan.pdf"
    big.write_bytes(os.urandom(400_000))
    _small_disk(monkeypatch, 20)
    cf = CompanyFile.open(company)
    (outage,) = cf.outages()
    with pytest.raises(StorageError) as err:
        cf.add_evidence(outage.id, big)
    assert err.value.code == "disk_full" and "not enough space" in err.value.message
    assert cf.outage(outage.id).evidence == () and len(cf.claims()) == 1  # nothing half-written
    cf.close()
    assert not (tmp_path / "bakery.claimdesk.lock").exists()
    with CompanyFile.open(company) as again:
        assert again.outage(outage.id).evidence == ()


def test_a_full_disk_while_creating_leaves_no_file(capsys, tmp_path, bakery_path, monkeypatch):
    _small_disk(monkeypatch, 3)
    code, _, err = run(capsys, "import", bakery_path, "--company", tmp_path / "new.claimdesk")
    assert code == 1 and "not enough space" in err
    assert _beside(tmp_path / "new.claimdesk") == []


# ---- 7. opening and closing write nothing when nothing changed -------------------------------------


def test_opening_and_closing_an_unchanged_file_writes_nothing(company):
    before = _snapshot(company)
    stamp = company.stat().st_mtime_ns
    for _ in range(2):
        with CompanyFile.open(company) as cf:
            cf.outages()
            cf.claims()
        with CompanyFile.open(company, read_only=True) as cf:
            cf.company()
    assert _snapshot(company) == before and company.stat().st_mtime_ns == stamp
    # the first change makes it writable, and a crash of that session is noticed at the next opening
    with CompanyFile.open(company) as cf:
        cf.set_amount_received(cf.claims()[0].id, None)
        assert cf._con.execute("SELECT value FROM meta WHERE key = 'clean_close'").fetchone() == ("0",)
    assert company.read_bytes() != before[company.name]
    assert _beside(company) == [company.name]  # back in rollback-journal mode, no side files
