"""What a shop owner expects to find: the saved letter opened, found, printed or e-mailed; a copy of
the company file where they choose and back again; tables for the accountant; a guide and an About."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, QUrlQuery
from PySide6.QtWidgets import QApplication, QFileDialog

from claimdesk.ui import letter_actions
from claimdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def window(qtbot, qapp, ws):
    from claimdesk.i18n.qt import set_language

    set_language(qapp, "en")
    w = MainWindow(ws)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    set_language(qapp, "en")


@pytest.fixture
def opened(monkeypatch):
    """The URLs handed to the system (files, folders, mailto:), instead of opening them."""
    urls = []
    monkeypatch.setattr(letter_actions, "open_url", lambda url: urls.append(url) or True)
    return urls


@pytest.fixture
def documents(tmp_path, monkeypatch):
    folder = tmp_path / "Documents"
    folder.mkdir()
    monkeypatch.setattr(letter_actions, "documents_folder", lambda: folder)
    monkeypatch.setattr("claimdesk.ui.owner_menus.documents_folder", lambda: folder)
    return folder


def store_a_claim(ws):
    from claimdesk.services.render import render_pdf
    from claimdesk.services.workspace import with_claim_defaults

    outage = ws.file.outages()[0]
    spec = with_claim_defaults(ws.company(), "en")
    spec = spec.__class__(**{**spec.__dict__, "date": date(2019, 8, 20)})
    case = ws.build_case(outage.contract_id, [outage.id], spec)
    letter = render_pdf(case, vault=ws.evidence_lookup([outage.id]))
    ws.store_claim(outage.contract_id, [outage.id], case, Decimal(letter.summary["total_claimed"]), letter.pdf)
    return letter


# ---- the saved letter

def test_saving_a_letter_starts_in_documents_with_a_name_that_says_what_it_is(
        qtbot, window, ws, documents, opened, tmp_path, monkeypatch):
    store_a_claim(ws)
    window.tabs.setCurrentIndex(1)
    window.refresh_all()
    window.claims.table.selectRow(0)
    asked = {}

    def save_as(parent, title, start, filter_):
        asked["start"] = start
        return str(tmp_path / "letter.pdf"), filter_

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window.claims.export_pdf()
    assert Path(asked["start"]) == documents / "TELUS Communications Inc. 2019-08-20 Claim.pdf"
    assert (tmp_path / "letter.pdf").read_bytes().startswith(b"%PDF")
    qtbot.waitUntil(lambda: find_saved_dialog() is not None)
    dialog = find_saved_dialog()
    dialog.open_button.click()
    dialog.folder_button.click()
    assert [u.toLocalFile() for u in opened] == [str(tmp_path / "letter.pdf"), str(tmp_path)]
    dialog.close()


def find_saved_dialog():
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, letter_actions.SavedLetterDialog) and w.isVisible()), None)


def test_e_mailing_the_letter_opens_the_folder_and_a_message_and_says_it_cannot_attach(qtbot, tmp_path, opened):
    pdf = tmp_path / "TELUS 2019-08-20 Claim.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    dialog = letter_actions.SavedLetterDialog(pdf, "TELUS 2019-08-20 Claim")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.mail_note.isHidden()
    dialog.mail_button.click()
    folder, mail = opened
    assert folder.toLocalFile() == str(tmp_path)
    assert mail.scheme() == "mailto"
    query = QUrlQuery(mail.query())
    assert query.queryItemValue("subject", QUrl_decoded()) == "TELUS 2019-08-20 Claim"
    assert pdf.name in query.queryItemValue("body", QUrl_decoded())
    assert not dialog.mail_note.isHidden() and "cannot attach" in dialog.mail_note.text()


def QUrl_decoded():  # noqa: N802 - a Qt enum value
    from PySide6.QtCore import QUrl

    return QUrl.ComponentFormattingOption.FullyDecoded


def test_printing_sends_every_page_of_the_letter(qtbot, ws, tmp_path):
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    letter = store_a_claim(ws)
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(letter.pdf)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert letter_actions.print_pdf(pdf, printer) == letter.pages
    printed = QPdfDocument()
    printed.load(str(tmp_path / "printed.pdf"))
    assert printed.pageCount() == letter.pages >= 1


# ---- backup to, restore from

def test_a_copy_where_the_owner_chooses_comes_back_through_restore(qtbot, window, ws, documents, monkeypatch):
    from claimdesk.services.workspace import Workspace
    from claimdesk.ui.restore_dialog import RestoreDialog

    asked = {}

    def save_as(parent, title, start, filter_):
        asked["start"] = start
        return str(documents / "usb-copy.claimdesk"), filter_

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    copy = window.owner_menus.backup_to()
    assert copy == documents / "usb-copy.claimdesk" and copy.is_file()
    assert Path(asked["start"]).name == f"Fraser Street Bakery Ltd {date.today().isoformat()}.claimdesk"
    before = len(ws.file.outages())
    ws.delete_outage(ws.file.outages()[0].id)
    path = ws.path
    window.close()
    ws.close()

    dialog = RestoreDialog(path)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), ""))
    dialog.choose_file.click()
    assert dialog.result() == RestoreDialog.DialogCode.Accepted and dialog.kept.is_file()
    restored = Workspace.open(path)
    try:
        assert len(restored.file.outages()) == before
    finally:
        restored.close()


# ---- export for the accountant

@pytest.mark.parametrize(("lang", "sep", "started"), (("en", ",", "Started"), ("fr", ";", "Début")))
def test_the_accountant_gets_two_tables_excel_reads(qtbot, qapp, window, ws, tmp_path, opened, monkeypatch,
                                                    lang, sep, started):
    from claimdesk.i18n.qt import set_language

    store_a_claim(ws)
    set_language(qapp, lang)
    window.ui_language = lang  # as Preferences does: the figures' formats follow the interface language
    window.set_workspace(ws)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    outages, claims = window.owner_menus.export_for_accountant()
    for path in (outages, claims):
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # the BOM: Excel then reads UTF-8 accents
    rows = list(csv.reader(outages.open(encoding="utf-8-sig"), delimiter=sep))
    assert rows[0][3] == started and len(rows) == 1 + len(ws.file.outages())
    claim_rows = list(csv.reader(claims.open(encoding="utf-8-sig"), delimiter=sep))
    (claim,) = ws.claims()
    amount = format(claim.amount_claimed, "f")
    assert claim_rows[1][5] == (amount.replace(".", ",") if lang == "fr" else amount)
    assert claim_rows[1][2] == "2019-08-20"
    assert opened[-1].toLocalFile() == str(tmp_path)  # the folder is shown


# ---- help

def test_help_has_a_guide_and_an_about_box(qtbot, window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[-1] == "&Help"
    guide = window.owner_menus.show_guide()
    qtbot.addWidget(guide)
    text = guide.text()
    assert text.startswith("1. ") and "6. " in text and "Outage started now" in text
    guide.close()
    seen = []

    def close_about():
        box = QApplication.activeModalWidget()
        seen.append(box.text())
        box.close()

    QTimer.singleShot(50, close_about)
    window.owner_menus.show_about()
    assert seen and seen[0].startswith("ClaimDesk ") and "stay on this computer" in seen[0]
