"""The dossier in the app (claim wizard, claims list) and the evidence actions of the outage editor."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from claimdesk.services.workspace import OutageFilter

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
DOSSIER = Path(__file__).parent / "data" / "dossier"


@pytest.fixture
def outage(ws, tmp_path):
    """The demo's first outage with two evidence files: a screenshot and a bounce e-mail."""
    rec = ws.outage_page(OutageFilter(), 0, 1)[0]
    for name in ("status-page.png", "bounce.eml"):
        shutil.copy(DOSSIER / name, tmp_path / name)
        ws.add_evidence(rec.id, tmp_path / name, f"about {name}")
    return ws.outage(rec.id)


def editor_on(qtbot, ws, window, record):
    from claimdesk.ui.outage_dialogs import OutageEditor

    dlg = OutageEditor(ws, window.formats, record, window)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def select(dlg, name: str) -> None:
    for i in range(dlg.evidence.count()):
        if dlg.evidence.item(i).text().startswith(name):
            dlg.evidence.setCurrentRow(i)
            return
    raise AssertionError(name)


def test_the_outage_editor_opens_a_checked_copy_of_an_evidence_file(qtbot, window, ws, outage, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(Path(url.toLocalFile())) or True)
    dlg = editor_on(qtbot, ws, window, outage)
    assert not dlg.open_button.isEnabled()  # nothing selected
    select(dlg, "bounce.eml")
    assert dlg.open_button.isEnabled() and dlg.export_button.isEnabled()
    dlg.open_button.click()
    assert len(opened) == 1 and opened[0].name == "bounce.eml"
    assert opened[0].read_bytes() == (DOSSIER / "bounce.eml").read_bytes()
    assert ws.file.path.parent not in opened[0].parents  # a copy, never the company file's folder


def test_the_outage_editor_exports_an_evidence_file_to_a_chosen_folder(qtbot, window, ws, outage, tmp_path,
                                                                        monkeypatch):
    target = tmp_path / "exported"
    target.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(target))
    dlg = editor_on(qtbot, ws, window, outage)
    select(dlg, "status-page.png")
    dlg.export_button.click()
    assert (target / "status-page.png").read_bytes() == (DOSSIER / "status-page.png").read_bytes()
    assert not dlg.general_error.isVisible()


def test_removing_evidence_happens_on_save_and_cancel_keeps_it(qtbot, window, ws, outage):
    dlg = editor_on(qtbot, ws, window, outage)
    select(dlg, "status-page.png")
    dlg.remove_button.click()
    assert "removed when you save" in dlg.evidence.currentItem().text()
    assert not dlg.open_button.isEnabled() and not dlg.remove_button.isEnabled()
    dlg.reject()
    assert len(ws.outage(outage.id).evidence) == 2  # cancelled: nothing lost

    dlg = editor_on(qtbot, ws, window, outage)
    select(dlg, "status-page.png")
    dlg.remove_button.click()
    dlg.accept()
    assert [e.filename for e in ws.outage(outage.id).evidence] == ["bounce.eml"]


def test_a_file_not_saved_yet_is_dropped_from_the_list_at_once(qtbot, window, ws, outage, tmp_path):
    dlg = editor_on(qtbot, ws, window, outage)
    extra = tmp_path / "notes.txt"
    extra.write_text("called support at 10:05")
    dlg.add_files([extra])
    select(dlg, "notes.txt")
    dlg.remove_button.click()
    assert dlg.pending == [] and dlg.evidence.count() == 2
    dlg.accept()
    assert len(ws.outage(outage.id).evidence) == 2


def test_the_claims_list_saves_the_dossier_of_a_stored_letter(qtbot, window, ws, outage, tmp_path, monkeypatch):
    from datetime import date, timedelta

    from claimdesk.services.render import render_pdf
    from claimdesk.services.workspace import with_claim_defaults

    spec = with_claim_defaults(ws.company(), "en")
    spec = spec.__class__(**{**spec.__dict__, "date": date.today() - timedelta(days=3)})
    case = ws.build_case(outage.contract_id, [outage.id], spec)
    letter = render_pdf(case, vault=ws.evidence_lookup([outage.id]))
    ws.store_claim(outage.contract_id, [outage.id], case, Decimal(letter.summary["total_claimed"]), letter.pdf)
    window.tabs.setCurrentIndex(1)
    window.refresh_all()
    view = window.claims
    view.table.selectRow(0)
    assert view.save_dossier.isEnabled()
    target = tmp_path / "dossier.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))
    view.save_dossier.click()
    qtbot.waitUntil(lambda: target.is_file() and view.save_dossier.isEnabled(), timeout=20000)
    pages = PdfReader(target).pages
    assert len(pages) == letter.pages + 2  # the screenshot, the e-mail
    assert pages[letter.pages].extract_text().startswith("Exhibit 1")
    assert "From: Mail Delivery System" in pages[letter.pages + 1].extract_text()
    assert "see exhibits 1, 2" in " ".join(p.extract_text() for p in pages[:letter.pages]).replace("\n", " ")


def test_the_claim_wizard_saves_the_dossier_next_to_the_letter(qtbot, window, ws, outage, tmp_path):
    from claimdesk.ui.claim_wizard import ClaimWizard

    wizard = ClaimWizard(ws, window.formats, [outage.id], window, folder=tmp_path / "letters")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    wizard.letter.language.setCurrentIndex(wizard.letter.language.findData("en"))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview.rendered is not None, timeout=20000)
    wizard.next()
    assert wizard.save.dossier.isChecked()
    wizard.accept()
    dossier = wizard.saved_path.with_name(f"{wizard.saved_path.stem} - dossier.pdf")
    assert dossier.is_file()
    letter_pages = len(PdfReader(wizard.saved_path).pages)
    reader = PdfReader(dossier)
    assert len(reader.pages) == letter_pages + 2
    # The annex of the letter gives each exhibit's size, read from the company file.
    assert "7,144 bytes" in " ".join(p.extract_text() for p in reader.pages[:letter_pages])
