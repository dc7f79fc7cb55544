"""Opening a company file and reading what the main window's first paint shows loads none of the
claim side (issue 15): the claim records, the validation, the service levels, the backups' restore;
nor the company's own classes (its name, zone and providers are read alone).
They load on first use, under their old import paths, and the window's summary is unchanged."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from datetime import date, datetime, timezone
from decimal import Decimal

from claimdesk.services.workspace import Workspace

NOT_AT_START = (
    "claimdesk.domain.validation", "claimdesk.domain.sla", "claimdesk.domain.sla_codec",
    "claimdesk.domain.bounds", "claimdesk.domain.intervals", "claimdesk.domain.loss",
    "claimdesk.domain.claim_model", "claimdesk.storage.claim_records", "claimdesk.storage.claim_book",
    "claimdesk.storage.ladder", "claimdesk.storage.restore", "claimdesk.storage.vault",
    "claimdesk.services.backup_info", "claimdesk.casefile", "calendar", "getpass", "termios", "pwd",
    "hashlib", "zoneinfo", "claimdesk.domain.company_model",
    "dataclasses",  # no dataclass is made before the first paint (records are named tuples)
)
CLAIM_CLASSES = ("ClaimRecord", "HistoryEntry", "SentRecord", "AnswerRecord", "PaymentRecord", "Outage",
                 "Evidence", "MoneyItem", "PreviousLetter", "ClaimSpec", "Case", "BackupInfo", "Company", "Contract",
                 "Span", "Channel", "Baseline", "Signatory", "BankAccount")

# What the main window reads for its first paint (ui/app.py, ui/main_window.py, ui/outage_model.py).
FIRST_PAINT = """
import gc, json, sys
from claimdesk.services.workspace import OutageFilter, Workspace, recent_files
folder = sys.argv[1]
ws = Workspace.open(recent_files(folder)[0], data_dir=folder)
company = ws.heading()
shown = [company.name, company.country, company.timezone, company.currency, ws.read_only, str(ws.path)]
shown += [len(ws.contract_providers()), ws.providers(), ws.count_outages(OutageFilter())]
page = ws.outage_page(OutageFilter(), 0, 200, order_by="start", descending=True)
shown += [len(page), page[0].service, len(ws.running_outages()), list(ws.summary()),
          ws.draft_costs()]
loaded = sorted(m for m in sys.argv[2:] if m in sys.modules)
classes = sorted({t.__name__ for t in gc.get_objects() if isinstance(t, type)
                  and t.__module__.startswith("claimdesk") and t.__name__ in CLASSES})
ws.close()
print(json.dumps([loaded, classes, shown]))
"""


def first_paint(folder):
    code = f"CLASSES = {CLAIM_CLASSES!r}\n{FIRST_PAINT}"
    result = subprocess.run([sys.executable, "-c", code, str(folder), *NOT_AT_START], capture_output=True,
                            text=True, timeout=120, env=dict(os.environ))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_first_paint_reads_load_none_of_the_claim_side(tmp_path):
    Workspace.create_demo(tmp_path).close()  # the bakery: its contract has no service levels
    loaded, classes, shown = first_paint(tmp_path)
    assert loaded == []
    assert classes == []
    # and the window still gets what it shows
    assert shown[0] == "Fraser Street Bakery Ltd." and shown[1:4] == ["CA", "America/Vancouver", "CAD"]
    assert shown[4] is False and shown[6:9] == [1, ["TELUS Communications Inc."], 1]
    assert shown[9:13] == [1, "email", 0, [1, 0, 0, 0]]


WINDOW = """
import json, os, sys
from PySide6.QtWidgets import QApplication
from claimdesk.ui.app import start_main_window
app = QApplication([])
window = start_main_window(sys.argv[1])
app.processEvents()
window.repaint()
print(json.dumps([sorted(m for m in sys.argv[2:] if m in sys.modules), window.model.rowCount()]))
window.ws.close()
os._exit(0)
"""


def test_the_main_windows_first_paint_loads_none_of_the_claim_side(tmp_path):
    """The same through the app's own start path: the window's modules ask for none of it either."""
    Workspace.create_demo(tmp_path).close()
    modules = [m for m in NOT_AT_START if m != "zoneinfo"]  # the window shows local times: it needs zones
    result = subprocess.run([sys.executable, "-c", WINDOW, str(tmp_path), *modules], capture_output=True, text=True,
                            timeout=120, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr
    loaded, rows = json.loads(result.stdout.strip().splitlines()[-1])
    assert loaded == [] and rows == 1


def test_the_old_import_paths_give_the_classes_of_the_new_modules():
    from claimdesk import storage
    from claimdesk.domain import claim_model, model
    from claimdesk.domain.model import Case, ClaimSpec, Evidence, MoneyItem, Outage, PreviousLetter
    from claimdesk.services import backup_info, workspace
    from claimdesk.storage import claim_records, records, restore
    from claimdesk.storage.records import (
        AnswerRecord,
        ClaimRecord,
        HistoryEntry,
        PaymentRecord,
        SentRecord,
    )

    for cls in (Case, ClaimSpec, Evidence, MoneyItem, Outage, PreviousLetter):
        assert getattr(claim_model, cls.__name__) is cls is getattr(model, cls.__name__)
    from claimdesk.domain import company_model
    from claimdesk.domain.model import (
        BankAccount,
        Baseline,
        Channel,
        Company,
        Contract,
        Signatory,
        Span,
    )

    for cls in (BankAccount, Baseline, Channel, Company, Contract, Signatory, Span):
        assert getattr(company_model, cls.__name__) is cls is getattr(model, cls.__name__)
    for cls in (AnswerRecord, ClaimRecord, HistoryEntry, PaymentRecord, SentRecord):
        assert getattr(claim_records, cls.__name__) is cls is getattr(records, cls.__name__)
    assert storage.ClaimRecord is ClaimRecord and storage.HistoryEntry is HistoryEntry
    assert storage.restore_backup is restore.restore_backup
    assert workspace.BackupInfo is backup_info.BackupInfo
    for module, name in ((model, "Claim"), (records, "Claim"), (storage, "Nothing"), (workspace, "Backup")):
        try:
            getattr(module, name)
        except AttributeError as exc:
            assert name in str(exc)
        else:
            raise AssertionError(f"{module.__name__}.{name} should not exist")


def test_a_case_pickles_and_compares_as_before(bakery_path):
    from claimdesk.casefile import read
    from claimdesk.domain.model import Case, ClaimSpec

    case = read(bakery_path)
    again = pickle.loads(pickle.dumps(case))
    assert isinstance(again, Case) and again == case
    spec = ClaimSpec("claim", "en", date(2024, 6, 1), "Paris", 14, "registered")
    assert spec.response_deadline == date(2024, 6, 17)  # the 15th is a Saturday: the Monday after


CHECK_STAND_INS = """
import json
from claimdesk.storage.company_file import CompanyFile, _ClaimSide
from claimdesk.storage.claim_book import ClaimBook
from claimdesk.storage.ladder import ClaimLadder
stand_ins = sorted(n for n, v in vars(CompanyFile).items() if isinstance(v, _ClaimSide))
public = sorted(n for m in (ClaimBook, ClaimLadder) for n in vars(m) if not n.startswith("_"))
CompanyFile.claims, CompanyFile.follows  # the first use puts each mixin's methods in place
real = all(vars(CompanyFile)[n] is (vars(ClaimBook).get(n) or vars(ClaimLadder)[n]) for n in public)
print(json.dumps([stand_ins, public, real, "_claim_records" in vars(CompanyFile)]))
"""


def test_every_method_of_the_claim_mixins_stands_on_the_company_file():
    """A method added to ClaimBook or ClaimLadder needs its stand-in on CompanyFile, or
    ``cf.new_method()`` would fail; once used, the stand-ins give way to the mixins' own methods."""
    result = subprocess.run([sys.executable, "-c", CHECK_STAND_INS], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    stand_ins, public, real, helpers = json.loads(result.stdout)
    assert stand_ins == public
    assert real and helpers


def test_the_summary_counts_letters_waiting_and_overdue(tmp_path):
    """Sent letters wait for an answer until their deadline (a weekend one moves to the Monday);
    one followed up waits no more, and drafts never wait."""
    from claimdesk.domain.model import ClaimSpec
    from claimdesk.services.workspace import is_overdue

    ws = Workspace.create_demo(tmp_path)
    cf = ws.file
    contract_id = ws.contracts()[0].id
    oid = cf.add_outage(contract_id, "phone", datetime(2019, 7, 1, 9, tzinfo=timezone.utc),
                        datetime(2019, 7, 1, 10, tzinfo=timezone.utc))

    def letter(kind, day, days, sent_on=None, follows=None):
        spec = ClaimSpec(kind, "en", day, "Vancouver", days, "registered")
        if follows is None:
            cid = cf.add_claim(contract_id, (oid,), spec, Decimal("100.00"))
        else:
            cid = cf.add_followup(follows, spec, Decimal("100.00"), None)
        if sent_on is not None:
            cf.mark_sent(cid, on=sent_on, delivery="registered", tracking=None, pdf=b"%PDF-1.4 x", case_json="{}")
        return cid

    first = letter("claim", date(2019, 8, 7), 30, date(2019, 8, 8))  # due 2019-09-06, then followed up
    letter("reminder", date(2019, 9, 10), 15, date(2019, 9, 10), follows=first)  # due 2019-09-25
    letter("claim", date(2019, 9, 1), 13, date(2019, 9, 2))  # due Saturday 09-14: Monday 09-16
    letter("claim", date(2019, 8, 1), 5)  # a draft
    counts = {day: (s.claims_waiting, s.claims_overdue) for day in (date(2019, 9, 15), date(2019, 9, 17),
                                                                      date(2019, 9, 26))
              for s in [ws.summary(day)]}
    assert counts == {date(2019, 9, 15): (2, 0), date(2019, 9, 17): (2, 1), date(2019, 9, 26): (2, 2)}
    # the same as reading every claim record
    followed = set(cf.follows().values())
    waiting = [c for c in ws.claims() if c.status == "sent" and c.id not in followed]
    for day, (n, overdue) in counts.items():
        assert (len(waiting), sum(is_overdue(c, day) for c in waiting)) == (n, overdue)
    assert ws.summary(date(2019, 9, 26)).outages == 1  # the demo's own outage; the claimed one is not
    # counted from the claims' side (one outage in four claims counts once), as the journal's filter
    from claimdesk.services.workspace import OutageFilter

    cf.add_outage(contract_id, "email", datetime(2019, 7, 2, 9, tzinfo=timezone.utc),
                  datetime(2019, 7, 2, 11, tzinfo=timezone.utc))
    assert ws.summary().outages == ws.count_outages(OutageFilter(claimed=False)) == 2
    ws.close()


def test_the_heading_and_providers_read_alone_agree_with_the_whole_company(tmp_path):
    ws = Workspace.create_demo(tmp_path)
    try:
        heading = ws.file.heading()
        company = ws.company()
        assert (heading.name, heading.jurisdiction, heading.timezone, heading.currency, heading.country) == (
            company.name, company.jurisdiction, company.timezone, company.currency, company.country)
        assert ws.file.contract_providers() == {rec.id: rec.contract.provider for rec in ws.contracts()}
        assert ws.providers() == sorted({rec.contract.provider for rec in ws.contracts()})
    finally:
        ws.close()


def test_a_damaged_profile_is_still_refused_at_opening(tmp_path):
    """The opening check decodes the profile's values without the company's classes: a bank entry or
    an opening span that the classes would reject is damage found at opening, as before."""
    import sqlite3

    import pytest

    from claimdesk.storage import CompanyFile, CorruptFileError

    ws = Workspace.create_demo(tmp_path)
    path = ws.path
    ws.close()
    for column, value in (("bank", '{"holder": "A", "swift": "X"}'), ("bank", '{"iban": "BE00"}'),
                          ("opening_hours", '{"mon": [[480]]}'), ("standard_turnover", '{"mon": "12,5"}')):
        con = sqlite3.connect(path)
        before = con.execute(f"SELECT {column} FROM company").fetchone()[0]
        con.execute(f"UPDATE company SET {column} = ?", (value,))
        con.commit()
        con.close()
        with pytest.raises(CorruptFileError):
            CompanyFile.open(path, read_only=True)
        con = sqlite3.connect(path)
        con.execute(f"UPDATE company SET {column} = ?", (before,))
        con.commit()
        con.close()
    with CompanyFile.open(path, read_only=True) as cf:  # put right, it opens again
        assert cf.company().name == "Fraser Street Bakery Ltd."


def test_reopening_the_last_company_file_writes_no_settings(tmp_path):
    """The recent-files list is written when it changes, not at every start."""
    from claimdesk import paths
    from claimdesk.services.workspace import RECENT_FILE, recent_files

    first = Workspace.create_demo(tmp_path / "a", actor="t")
    first_path = first.path
    first.close()
    listed = paths.settings_dir(tmp_path / "a") / RECENT_FILE
    os.utime(listed, (1_000_000_000, 1_000_000_000))
    Workspace.open(first_path, data_dir=tmp_path / "a").close()
    assert listed.stat().st_mtime == 1_000_000_000  # already first: not rewritten
    other = Workspace.create_demo(tmp_path / "b", actor="t")
    other_path = other.path
    other.close()
    Workspace.open(other_path, data_dir=tmp_path / "a").close()
    assert recent_files(tmp_path / "a")[:2] == [other_path.resolve(), first_path.resolve()]
