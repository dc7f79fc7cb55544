"""File ▸ Letters for many companies… driven through its real widgets (pytest-qt, offscreen)."""

from __future__ import annotations

import csv
import io
import shutil

import pytest
from PySide6.QtWidgets import QMessageBox

from claimdesk.casefile import read
from claimdesk.services.workspace import Workspace
from claimdesk.ui import batch_dialog
from claimdesk.ui.batch_dialog import BatchDialog
from claimdesk.ui.main_window import MainWindow
from tests.letter_helpers import norm, pdf_text

from .conftest import EXAMPLES

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def shown(monkeypatch):
    """The folder opened and the final message, instead of a file manager and a modal box."""
    seen = {"folders": [], "messages": []}
    monkeypatch.setattr(batch_dialog, "open_folder", seen["folders"].append)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: seen["messages"].append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: seen["messages"].append(text))
    return seen


def make_dialog(qtbot) -> BatchDialog:
    dialog = BatchDialog()
    qtbot.addWidget(dialog)
    dialog.jobs = 1
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_file_menu_opens_the_dialog(qtbot, qapp, ws):
    from claimdesk.i18n.qt import set_language

    set_language(qapp, "en")
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    assert window.act_batch in window.file_menu.actions()
    assert window.act_batch.text() == "&Letters for many companies…"
    window.act_batch.trigger()
    assert window.batch_dialog.isVisible()
    assert window.recent_menu.menuAction() in window.file_menu.actions()
    window.batch_dialog.reject()


def test_case_files_and_a_network_give_every_letter_and_the_collective_one(qtbot, tmp_path, shown):
    folder = tmp_path / "cases"
    folder.mkdir()
    cases = [shutil.copy(EXAMPLES / "bakery-vancouver.json", folder / f"shop-{i}.json") for i in (1, 2)]
    dialog = make_dialog(qtbot)
    dialog.add_sources(cases)
    dialog.out_dir.setText(str(tmp_path / "letters"))
    dialog.network_box.setChecked(True)
    dialog.name.setText("Bakers of British Columbia")
    dialog.address.setPlainText("1200 West Pender Street\nVancouver BC V6E 2S9")
    dialog.signatory.setText("Margaret Chen")
    dialog.jurisdiction.setCurrentText("CA-BC")
    dialog.language.setCurrentText("English")
    dialog.place.setText("Vancouver")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60_000)
    out = tmp_path / "letters"
    assert shown["folders"] == [out]
    assert shown["messages"][0].startswith(f"2 of 2 letters written in {out}.")
    assert sorted(p.name for p in out.glob("*.pdf")) == ["collective.pdf", "shop-1.pdf", "shop-2.pdf"]
    text = norm(pdf_text((out / "collective.pdf").read_bytes()))
    assert "Bakers of British Columbia" in text and "$4,358.22" in text
    assert dialog.result() == BatchDialog.DialogCode.Accepted


def test_a_missing_network_name_is_shown_at_its_field_and_nothing_runs(qtbot, tmp_path, shown):
    dialog = make_dialog(qtbot)
    dialog.add_sources([EXAMPLES / "bakery-vancouver.json"])
    dialog.out_dir.setText(str(tmp_path / "letters"))
    dialog.network_box.setChecked(True)
    dialog.signatory.setText("Margaret Chen")
    dialog.place.setText("Vancouver")
    dialog.accept()
    assert dialog.fields["network.name"].error.isVisible()
    assert dialog.fields["network.name"].error.text()
    assert not (tmp_path / "letters").exists() and dialog.isVisible()
    assert shown["folders"] == []


def test_a_folder_of_company_files_uses_each_ones_latest_claim(qtbot, tmp_path, shown):
    companies = tmp_path / "companies"
    ws = Workspace.create_demo(companies)
    path = ws.path
    ws.import_case(read(EXAMPLES / "bakery-vancouver.json"))
    ws.close()
    empty = Workspace.create_demo(tmp_path / "other")  # a company without a claim yet
    empty_path = empty.path
    empty.close()
    dialog = make_dialog(qtbot)
    dialog.add_sources([path, empty_path])
    dialog.out_dir.setText(str(tmp_path / "letters"))
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60_000)
    out = tmp_path / "letters"
    rows = list(csv.DictReader(io.StringIO((out / "batch.csv").read_text(encoding="utf-8"))))
    assert [r["status"] for r in rows] == ["invalid", "written"]
    assert rows[0]["file"] == str(empty_path) and "no claim" in rows[0]["problem"]
    assert rows[1]["company"] == "Fraser Street Bakery Ltd." and rows[1]["total_claimed"] == "2179.11"
    assert (out / "cases" / f"{path.stem}.json").exists()
    assert "1 of 2 letters written" in shown["messages"][0]
