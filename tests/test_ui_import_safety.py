"""File ▸ Import case file… with a case file someone sent: its evidence must come from its own folder."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from claimdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

BAKERY = json.loads((Path(__file__).parent / "data" / "bakery-vancouver.json").read_text(encoding="utf-8"))


@pytest.fixture
def window(qtbot, ws, tmp_path):
    w = MainWindow(ws, data_dir=tmp_path / "data")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.mark.parametrize("name", ["../secret.txt", "{secret}", "link-out"])
def test_importing_a_case_whose_evidence_leaves_its_folder_is_refused(qtbot, window, ws, tmp_path, monkeypatch,
                                                                      name):
    secret = tmp_path / "secret.txt"
    secret.write_text("root:$6$hash")
    folder = tmp_path / "received"
    folder.mkdir()
    (folder / "link-out").symlink_to(secret)
    doc = copy.deepcopy(BAKERY)
    doc["outages"][0]["evidence"] = [{"file": name.format(secret=secret)}]
    case = folder / "case.json"
    case.write_text(json.dumps(doc), encoding="utf-8")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    window.import_case_file(str(case))
    qtbot.waitUntil(lambda: bool(warnings), timeout=10000)
    assert warnings == [f"Evidence file: the file must be in the case file's folder: {name.format(secret=secret)}"]
    assert ws.claims() == [] and all(not o.evidence for o in ws.file.outages())
    assert window.ws is ws and not ws.file.closed
