"""Faults of the company file, one test each: a failure after a commit, damage found before
anything is written, clear messages with a way back, read-only places, a full disk."""

from __future__ import annotations

import os
import sqlite3
import struct
import sys

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
    ("version, near", 60, struct.pack(">I", schema_version() + 1)),  # plausible, but the meta table says otherwise
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


# ---- 4. a read-only file or folder still opens for reading ------------------------------------------


def _without_override() -> None:
    """In the child, before it runs: root gives up overriding file permissions (the
    capabilities DAC_OVERRIDE and DAC_READ_SEARCH leave its bounding set), so that read-only
    files and folders are read-only to it as to anyone."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def _read_only_place(company, tmp_path):
    """A copy of the company file in a folder that the child processes below may read, not write."""
    import shutil

    folder = tmp_path / "read-only"
    folder.mkdir()
    target = folder / company.name
    shutil.copyfile(company, target)
    out = tmp_path / "out"
    out.mkdir()
    os.chmod(target, 0o444)
    os.chmod(folder, 0o555)
    if os.geteuid() == 0 and not sys.platform.startswith("linux"):
        pytest.skip("root may write anywhere, and only Linux lets it give that up here")
    return target, out, {"preexec_fn": _without_override} if os.geteuid() == 0 else {}


def _as_reader(request, *argv):
    import subprocess

    return subprocess.run([sys.executable, *map(str, argv)], capture_output=True, text=True, timeout=120,
                          **request)


@pytest.mark.parametrize("legacy_wal", [False, True], ids=["rollback-journal", "wal-mode"])
def test_a_read_only_copy_lists_exports_and_says_it_is_read_only(company, tmp_path, legacy_wal, bakery_path):
    if legacy_wal:  # files closed by earlier versions stay in WAL mode (with no -wal beside them)
        con = sqlite3.connect(company)
        con.execute("PRAGMA journal_mode = WAL")
        con.close()
    path, out, request = _read_only_place(company, tmp_path)
    try:
        before = sorted(os.listdir(path.parent))
        cli = ("-m", "claimdesk")
        r = _as_reader(request, *cli, "outages", "--company", path)
        assert r.returncode == 0 and "TKT-2019-081734" in r.stdout, r.stderr
        (note,) = r.stderr.splitlines()
        assert "read-only" in note and "changes cannot be saved" in note
        r = _as_reader(request, *cli, "claims", "--company", path, "--csv")
        assert r.returncode == 0 and "2179.11" in r.stdout, r.stderr
        r = _as_reader(request, *cli, "export", "--company", path, "--claim", "1", "--out", out / "case.json")
        assert r.returncode == 0 and (out / "case.json").is_file(), r.stderr
        r = _as_reader(request, *cli, "import", bakery_path, "--company", path, "--again")
        assert r.returncode == 1 and "read-only" in r.stderr
        # the app's side: it opens, reads, and refuses a change in words
        r = _as_reader(request, "-c", "import sys\n"
                       "from claimdesk.services.workspace import Workspace\n"
                       "ws = Workspace.open(sys.argv[1], data_dir=sys.argv[2])\n"
                       "print(ws.read_only, len(ws.claims()))\n"
                       "try:\n    ws.set_claim_status(1, 'sent')\n"
                       "except Exception as exc:\n    print(exc.code, exc.message)\n"
                       "ws.close()\n", path, out / "data")
        assert r.returncode == 0, r.stderr
        assert r.stdout.splitlines()[0] == "True 1" and r.stdout.splitlines()[1].startswith("read_only ")
        assert sorted(os.listdir(path.parent)) == before  # no -wal, -shm or .lock made
    finally:
        os.chmod(path.parent, 0o755)


def test_a_damaged_file_refused_to_a_reader_while_the_app_has_it_says_damaged(company):
    holder = CompanyFile.open(company)
    try:
        _damage_pages(company)  # found by the checks, after which the refusal tidies up
        with pytest.raises(CorruptFileError):
            CompanyFile.open(company, read_only=True)
    finally:
        holder.close()


def test_an_older_file_opened_read_only_is_read_through_an_upgraded_copy_and_left_as_it_was(company, monkeypatch):
    from claimdesk.storage import schema

    def add_note_column(con):
        con.execute("ALTER TABLE outage ADD COLUMN note TEXT NOT NULL DEFAULT ''")

    before = _snapshot(company)
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, add_note_column])
    with CompanyFile.open(company, read_only=True) as cf:
        assert cf.read_only and len(cf.outages()) == 1 and len(cf.claims()) == 1
        assert "note" in {r[1] for r in cf._con.execute("PRAGMA table_info(outage)")}
        with pytest.raises(StorageError) as err:
            cf.set_amount_received(1, None)
        assert err.value.code == "read_only"
    assert _snapshot(company) == before


def test_a_file_left_in_wal_mode_by_an_earlier_version_reads_and_ends_in_rollback_journal_mode(company):
    con = sqlite3.connect(company)
    con.execute("PRAGMA journal_mode = WAL")
    con.close()
    main_before = company.read_bytes()
    with CompanyFile.open(company, read_only=True) as cf:
        assert len(cf.claims()) == 1
    assert company.read_bytes() == main_before
    with CompanyFile.open(company) as cf:
        cf.set_amount_received(1, None)
    with open(company, "rb") as f:
        f.seek(18)
        assert f.read(2) == b"\x01\x01"
    assert _beside(company) == [company.name]
