"""The company file survives crashes, damage, a second process and files from a newer ClaimDesk."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from claimdesk.casefile import read
from claimdesk.storage import (
    CompanyFile,
    CorruptFileError,
    FileLockedError,
    NewerFileError,
    restore_backup,
    schema_version,
)

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def company_file(tmp_path, bakery_path):
    case = read(bakery_path)
    path = tmp_path / "bakery.claimdesk"
    with CompanyFile.create(path, case.company) as cf:
        cf.add_contract(case.contract)
    return path


def _child(code: str, *args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code), *map(str, args)], cwd=ROOT,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


WRITER = """
    import sys
    from datetime import datetime, timedelta, timezone
    from claimdesk.storage import CompanyFile
    cf = CompanyFile.open(sys.argv[1])
    (contract,) = cf.contracts()
    start = datetime(2020, 1, 1, tzinfo=timezone.utc)
    print("ready", flush=True)
    for i in range(1000):
        s = start + timedelta(hours=3 * i)
        oid = cf.add_outage(contract.id, "internet", s, s + timedelta(hours=1), f"T-{i}")
        print(oid, flush=True)  # printed only once the outage is committed
    print("done", flush=True)
"""


def test_sigkill_while_adding_outages_keeps_every_committed_outage(company_file):
    child = _child(WRITER, company_file)
    assert child.stdout.readline().strip() == "ready", child.stderr.read()
    committed = []
    while len(committed) < 300:
        line = child.stdout.readline().strip()
        assert line and line != "done", child.stderr.read()
        committed.append(int(line))
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL

    # The dead writer's lock is gone with it; the file opens, passes the check, misses nothing.
    with CompanyFile.open(company_file) as cf:
        assert cf._con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {o.id for o in cf.outages()}
        assert set(committed) <= stored
        assert len(stored) < 1000  # killed in the middle, not after the end
        assert all(o.provider_reference == f"T-{o.id - 1}" for o in cf.outages())


HOLDER = """
    import sys
    from claimdesk.storage import CompanyFile
    cf = CompanyFile.open(sys.argv[1])
    print("open", flush=True)
    sys.stdin.readline()
"""


def test_a_second_process_is_told_the_file_is_already_open(company_file):
    child = _child(HOLDER, company_file)
    try:
        assert child.stdout.readline().strip() == "open", child.stderr.read()
        with pytest.raises(FileLockedError) as err:
            CompanyFile.open(company_file)
        assert "already open" in err.value.message
        assert f"process {child.pid}" in err.value.message
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    CompanyFile.open(company_file).close()  # a crashed holder leaves no stale lock


def _files(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in path.parent.iterdir() if p.is_file()}


def test_a_newer_file_is_refused_and_left_byte_for_byte_untouched(company_file):
    con = sqlite3.connect(company_file)
    # what a newer ClaimDesk's migration writes: the version in the header and in the meta table
    con.execute(f"PRAGMA user_version = {schema_version() + 1}")
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(schema_version() + 1),))
    con.commit()
    con.close()
    before = company_file.read_bytes()
    backups = company_file.parent / f"{company_file.name}-backups"
    backups_before = sorted(backups.iterdir())
    with pytest.raises(NewerFileError) as err:
        CompanyFile.open(company_file)
    assert "newer version of ClaimDesk" in err.value.message
    assert "Traceback" not in err.value.message and "sqlite" not in err.value.message.lower()
    assert company_file.read_bytes() == before
    assert sorted(backups.iterdir()) == backups_before


def _damage(path: Path, first_page: int = 2) -> None:
    """Overwrite pages in the middle of the file, as a failing disk would."""
    size = path.stat().st_size
    page = 4096
    with open(path, "r+b") as f:
        for n in range(max(2, first_page), size // page - 1, 3):
            f.seek(n * page + 100)
            f.write(os.urandom(600))


def test_a_damaged_file_is_reported_with_its_latest_backup(company_file, bakery_path):
    case = read(bakery_path)
    with CompanyFile.open(company_file) as cf:
        (k,) = cf.contracts()
        with cf.transaction():
            for i in range(300):
                cf.add_outage(k.id, "email", case.outages[0].start, case.outages[0].end, f"T-{i}")
        backup = cf.backup()
    _damage(company_file)
    with pytest.raises(CorruptFileError) as err:
        CompanyFile.open(company_file)
    assert err.value.backup == backup
    assert backup.name in err.value.message and "damaged" in err.value.message

    kept = restore_backup(err.value.backup, company_file)
    assert kept.exists() and kept != company_file  # the damaged file is kept aside, not deleted
    with CompanyFile.open(company_file) as cf:
        assert cf.count_outages() == 300


def _grow(cf) -> None:
    """Make the file span many pages, so damage can land away from the pages every check reads."""
    cf._make_writable()
    cf._con.execute("BEGIN")
    cf._con.executemany("INSERT INTO history (at_us, actor, action, entity, detail) VALUES (0, ?, 'x', 'y', '{}')",
                        [(str(i) * 50,) for i in range(2000)])
    cf._con.execute("COMMIT")


def test_a_damaged_file_without_backup_says_so(company_file):
    with CompanyFile.open(company_file) as cf:
        (k,) = cf.contracts()
        _grow(cf)
    shutil.rmtree(company_file.parent / f"{company_file.name}-backups")
    _damage(company_file)
    with pytest.raises(CorruptFileError) as err:
        CompanyFile.open(company_file)
    assert err.value.backup is None and "No backup" in err.value.message


def test_backups_open_on_their_own_and_hold_what_was_committed(company_file, bakery_path):
    case = read(bakery_path)
    with CompanyFile.open(company_file) as cf:
        (k,) = cf.contracts()
        cf.add_outage(k.id, "email", case.outages[0].start, case.outages[0].end)
        backup = cf.backup("manual")  # taken while the change may still sit in the WAL
        assert not Path(f"{backup}-wal").exists()
    copy = backup.with_name("copy.claimdesk")
    copy.write_bytes(backup.read_bytes())
    with CompanyFile.open(copy) as restored:
        assert restored.count_outages() == 1


def test_big_files_are_fully_checked_after_a_crash_and_by_verify(company_file, monkeypatch, bakery_path):
    """Above the size limit the full check is not run at every opening, but never skipped after
    a session that changed the file and did not end cleanly, and verify() always runs it."""
    from claimdesk.storage import database

    case = read(bakery_path)
    monkeypatch.setattr(database, "FULL_CHECK_MAX_BYTES", 0)
    with CompanyFile.open(company_file) as cf:
        (k,) = cf.contracts()
        _grow(cf)
    shutil.rmtree(company_file.parent / f"{company_file.name}-backups")
    crashed = company_file.with_name("crashed.claimdesk")
    shutil.copyfile(company_file, crashed)
    cf = CompanyFile.open(crashed)
    cf.add_outage(k.id, "email", case.outages[0].start, case.outages[0].end)
    cf._con.close()  # as a crash would: no clean close recorded
    cf._lock.release()
    for path in (company_file, crashed):
        # Leaf pages of the history added last, away from the first rows the cheap checks read.
        _damage(path, first_page=path.stat().st_size // 4096 // 2)
    checked = []
    real_check = database.check_integrity
    monkeypatch.setattr(database, "check_integrity", lambda con, path: checked.append(path) or real_check(con, path))
    # Closed cleanly and checked recently: only the cheap checks, which miss damage deep inside.
    cf = CompanyFile.open(company_file)
    assert checked == []
    with pytest.raises(CorruptFileError):
        cf.verify()
    cf.close()
    with pytest.raises(CorruptFileError):
        CompanyFile.open(crashed)
    assert checked[-1] == crashed


# ---- a second process, and SIGKILL in the middle of an import or a creation ---------------------


def _cli(*args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "claimdesk", *map(str, args)], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _second_case(bakery_path, tmp_path) -> Path:
    """Another claim of the same company (another place on the letter): another case file."""
    import dataclasses

    from claimdesk.casefile import write

    case = read(bakery_path)
    other = tmp_path / "bakery-burnaby.json"
    write(dataclasses.replace(case, claim=dataclasses.replace(case.claim, place="Burnaby")), other)
    return other


SLOW_CREATOR = """
    import sys, time
    from claimdesk.storage import database
    real = database.migrate
    def slow(con, path, version):
        print("creating", flush=True)  # the new file's lock is held from here
        time.sleep(1.5)
        return real(con, path, version)
    database.migrate = slow
    from claimdesk.cli import main
    sys.exit(main(["import", sys.argv[1], "--company", sys.argv[2]]))
"""


def test_two_imports_making_the_same_new_file_one_creates_the_other_waits_and_adds(tmp_path, bakery_path):
    path = tmp_path / "new.claimdesk"
    first = _child(SLOW_CREATOR, bakery_path, path)
    assert first.stdout.readline().strip() == "creating", first.stderr.read()
    second = _cli("import", _second_case(bakery_path, tmp_path), "--company", path)
    out2, err2 = second.communicate(timeout=60)
    out1, err1 = first.communicate(timeout=60)
    assert first.returncode == 0 and out1.startswith("Created"), err1
    assert second.returncode == 0 and out2.startswith("Updated"), err2
    with CompanyFile.open(path, read_only=True) as cf:
        assert sorted(c.spec.place for c in cf.claims()) == ["Burnaby", "Vancouver"]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(("new", ".new"))) == [
        "new.claimdesk", "new.claimdesk-backups"]


HOLDING_APP = """
    import sys
    from datetime import datetime, timezone
    from claimdesk.storage import CompanyFile
    cf = CompanyFile.open(sys.argv[1])
    (k,) = cf.contracts()
    cf.add_outage(k.id, "internet", datetime(2020, 3, 2, 9, tzinfo=timezone.utc),
                  datetime(2020, 3, 2, 11, tzinfo=timezone.utc), "HELD-1")
    print("open", flush=True)
    sys.stdin.readline()
    cf.close()
"""


def test_a_listing_reads_while_another_process_has_the_file_open(company_file):
    app = _child(HOLDING_APP, company_file)
    try:
        assert app.stdout.readline().strip() == "open", app.stderr.read()
        listing = _cli("outages", "--company", company_file)
        out, err = listing.communicate(timeout=60)
        assert listing.returncode == 0 and "HELD-1" in out, err
    finally:
        app.communicate("\n", timeout=60)
    assert app.returncode == 0


IMPORTER = """
    import sys
    from claimdesk.casefile import read
    from claimdesk.services.company_io import import_case
    case = read(sys.argv[1])
    print("ready", flush=True)
    for i in range(200):
        print(import_case(case, sys.argv[2], again=True), flush=True)  # printed once committed
"""


def test_sigkill_while_importing_with_evidence_keeps_every_committed_claim_whole(tmp_path, bakery_path):
    import dataclasses

    from claimdesk.casefile import write
    from claimdesk.domain.model import Evidence

    case = read(bakery_path)
    (tmp_path / "scan.bin").write_bytes(os.urandom(3 * 1024 * 1024))
    with_file = case.with_outages([dataclasses.replace(case.outages[0], evidence=(Evidence("scan.bin"),))])
    write(with_file, tmp_path / "case.json")
    path = tmp_path / "bakery.claimdesk"
    child = _child(IMPORTER, tmp_path / "case.json", path)
    assert child.stdout.readline().strip() == "ready", child.stderr.read()
    committed = [int(child.stdout.readline()) for _ in range(4)]
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    with CompanyFile.open(path) as cf:
        claims = cf.claims()
        assert set(committed) <= {c.id for c in claims} and len(claims) < 200
        (outage,) = cf.outages()
        (evidence,) = outage.evidence
        assert cf.evidence_bytes(evidence.id) == (tmp_path / "scan.bin").read_bytes()
        assert set(outage.claim_ids) == {c.id for c in claims}  # no claim without its outage


CREATOR = """
    import sys
    from pathlib import Path
    from claimdesk.casefile import read
    from claimdesk.services.company_io import import_case
    case = read(sys.argv[1])
    print("ready", flush=True)
    for i in range(500):
        import_case(case, Path(sys.argv[2]) / f"c{i}.claimdesk")
        print(i, flush=True)
"""


def test_sigkill_while_creating_company_files_never_leaves_a_half_made_one(tmp_path, bakery_path):
    folder = tmp_path / "files"
    folder.mkdir()
    child = _child(CREATOR, bakery_path, folder)
    assert child.stdout.readline().strip() == "ready", child.stderr.read()
    for _ in range(5):
        child.stdout.readline()
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    made = sorted(folder.glob("c*.claimdesk"))
    assert 5 <= len(made) < 500
    for path in made:  # every file under its final name is whole, with its claim or none yet
        with CompanyFile.open(path) as cf:
            assert cf.company().name == "Fraser Street Bakery Ltd."
            assert len(cf.claims()) <= 1
    # the name being made when the process died can be made again, and no temporary file is left
    nxt = folder / f"c{len(made)}.claimdesk"
    if not nxt.exists():
        from claimdesk.services.company_io import import_case

        import_case(read(bakery_path), nxt)
    assert not [p.name for p in folder.iterdir() if ".creating" in p.name]


def test_sigkill_in_the_middle_of_a_creation_leaves_no_file_and_the_next_import_makes_it(tmp_path, bakery_path):
    path = tmp_path / "new.claimdesk"
    child = _child(SLOW_CREATOR, bakery_path, path)
    assert child.stdout.readline().strip() == "creating", child.stderr.read()
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert not path.exists() and [p for p in tmp_path.iterdir() if ".creating" in p.name]
    from claimdesk.services.company_io import import_case

    import_case(read(bakery_path), path)
    with CompanyFile.open(path) as cf:
        assert len(cf.claims()) == 1
    assert not [p for p in tmp_path.iterdir() if ".creating" in p.name]
