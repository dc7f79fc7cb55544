"""A new user's first hour: the first-run assistant, its demo path, and the whole walk offscreen."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtWidgets import QWizard

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

# The first-run path many times, with workers allocating as a letter render or a journal page does.
# The assistant used to linger in a reference cycle until Python's collector, running in a worker,
# deleted it there: a segmentation fault in most runs.
FIRST_RUN_LOOP = textwrap.dedent("""
    import faulthandler, sys, tempfile
    faulthandler.enable()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from claimdesk.ui import workers
    from claimdesk.ui.app import open_start_workspace
    from claimdesk.ui.company_wizard import CompanyWizard
    workers.collect_on_gui_thread(app)  # as the app does at start

    def choose_demo():
        wizard = next(w for w in app.topLevelWidgets() if isinstance(w, CompanyWizard) and w.isVisible())
        wizard.welcome.demo.setChecked(True)
        wizard.accept()

    def churn():
        junk = []
        for _ in range(20000):
            d = {}
            d["self"] = d
            junk.append(d)
        return len(junk)

    for run in range(int(sys.argv[1])):
        QTimer.singleShot(20, choose_demo)
        ws = open_start_workspace(tempfile.mkdtemp())
        for _ in range(4):
            workers.run_task(churn)
        workers.wait_for_all()
        app.processEvents()
        ws.close()
    print("ok")
""")


def test_the_first_run_path_survives_background_work_twenty_times(tmp_path):
    script = tmp_path / "first_run_loop.py"
    script.write_text(FIRST_RUN_LOOP, "utf-8")
    result = subprocess.run([sys.executable, str(script), "20"], capture_output=True, text=True, timeout=300,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip().endswith("ok")


def test_a_task_releases_its_function_on_the_gui_thread(qtbot):
    from claimdesk.ui.workers import run_task, wait_for_all

    results = []
    task = run_task(lambda: 42, on_done=results.append)
    qtbot.waitUntil(lambda: results == [42])
    assert task.fn is None and task.args is None  # the closure went on this thread, not the worker's
    wait_for_all()


def test_choosing_the_demo_offers_finish_and_opens_it(qtbot, tmp_path):
    from claimdesk.ui.company_wizard import CompanyWizard

    wizard = CompanyWizard(tmp_path / "data")
    qtbot.addWidget(wizard)
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert next_button.isVisible() and not finish.isVisible()
    wizard.welcome.demo.setChecked(True)
    assert finish.isVisible() and finish.isEnabled() and not next_button.isVisible()
    wizard.welcome.create.setChecked(True)  # back to "set up my business": Next again
    assert next_button.isVisible() and not finish.isVisible()
    wizard.welcome.demo.setChecked(True)
    finish.click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.workspace.company().name == "Fraser Street Bakery Ltd."
    wizard.workspace.close()


def test_full_smoke_test_command(tmp_path):
    pytest.importorskip("claimdesk.services.render")
    result = subprocess.run([sys.executable, "-m", "claimdesk", "--smoke-test=full", "--data-dir", str(tmp_path)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert "smoke test (full): ok" in result.stdout
    # nothing else on a success: the offscreen plugin's "does not support" notices are not warnings
    assert result.stderr.strip() == "", result.stderr[-3000:]


def _click_when_shown(button_text: str, seen: list):
    """Press the message box button whose text contains ``button_text``; note what was shown."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from claimdesk.ui.company_wizard import CompanyWizard

    def act():
        for w in QApplication.topLevelWidgets():
            if isinstance(w, CompanyWizard) and w.isVisible():
                seen.append("assistant")
                w.reject()
                return
            if isinstance(w, QMessageBox) and w.isVisible():
                seen.append(w.text())
                next(b for b in w.buttons() if button_text in b.text().replace("&", "")).click()
                return
        QTimer.singleShot(10, act)

    QTimer.singleShot(0, act)


def test_a_company_file_open_elsewhere_can_be_opened_read_only(qtbot, tmp_path):
    from claimdesk.services.workspace import Workspace
    from claimdesk.ui.app import open_start_workspace

    data = tmp_path / "data"
    elsewhere = Workspace.create_demo(data)
    try:
        seen = []
        _click_when_shown("read-only", seen)
        ws = open_start_workspace(data)
        assert ws is not None and ws.read_only and ws.path == elsewhere.path
        assert ws.company().name == "Fraser Street Bakery Ltd." and "assistant" not in seen
        ws.close()
    finally:
        elsewhere.close()


def test_a_company_file_open_elsewhere_offers_quit_not_the_assistant(qtbot, tmp_path):
    from claimdesk.services.workspace import Workspace
    from claimdesk.ui.app import open_start_workspace

    data = tmp_path / "data"
    elsewhere = Workspace.create_demo(data)  # holds the lock, as another window would
    try:
        seen = []
        _click_when_shown("Quit", seen)
        assert open_start_workspace(data) is None
        assert seen and "already open" in seen[0] and "assistant" not in seen
    finally:
        elsewhere.close()


def test_a_company_file_open_elsewhere_offers_another_file(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from claimdesk.services.workspace import Workspace
    from claimdesk.ui.app import open_start_workspace

    data = tmp_path / "data"
    other = Workspace.create_demo(tmp_path / "other")
    other_path = other.path
    other.close()
    elsewhere = Workspace.create_demo(data)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other_path), ""))
    try:
        seen = []
        _click_when_shown("another company file", seen)
        ws = open_start_workspace(data)
        assert ws is not None and ws.path == other_path
        ws.close()
        assert "assistant" not in seen
    finally:
        elsewhere.close()
