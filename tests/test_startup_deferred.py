"""What the main window does not need for its first paint waits until after it (issue 15): the
watchdog (its probes, socket, OpenSSL's hashlib), the Help and backup entries with the letter
actions they use, the keyboard shortcuts, and the claims' due dates load once it is on screen.
Before it, no event reaches Python (PySide's event types cost ~3 ms to build)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from claimdesk.services.workspace import Workspace

DEFERRED = ("hashlib", "socket", "claimdesk.watchdog.probes", "claimdesk.services.watch_settings",
            "claimdesk.services.claims", "claimdesk.ui.watchdog_ui", "claimdesk.ui.owner_menus",
            "claimdesk.ui.letter_actions", "claimdesk.ui.due_notifier")

START = """
import json, os, sys
from PySide6.QtWidgets import QApplication
from claimdesk.ui.app import start_main_window
app = QApplication([])
window = start_main_window(sys.argv[1])
app.processEvents()
window.repaint()
at_paint = sorted(m for m in sys.argv[2:] if m in sys.modules)
from PySide6 import QtCore, QtGui
built = lambda: sorted(n for n in ("QEvent", "QResizeEvent", "QKeySequence") if n in vars(QtCore) or n in vars(QtGui))
types_at_paint = built()
while window.watchdog is None:  # installed in the event-loop pass after the first paint
    app.processEvents()
window.due_notifier.check()
after = sorted(m for m in sys.argv[2:] if m in sys.modules)
help_entries = [a.text() for a in window.help_menu.actions()]
print(json.dumps([at_paint, after, [a.objectName() for a in window.outage_menu.actions()], window.help_menu.title(),
                  help_entries, types_at_paint, built(), window.act_start.shortcut().toString()]))
window.ws.close()
os._exit(0)
"""


def test_the_first_paint_loads_neither_the_watchdog_nor_openssl(tmp_path):
    Workspace.create_demo(tmp_path).close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", START, str(tmp_path), *DEFERRED], capture_output=True,
                            text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    at_paint, after, actions, help_title, help_entries, types_at_paint, types_after, start_keys = json.loads(
        result.stdout.strip().splitlines()[-1])
    assert at_paint == []
    assert types_at_paint == []  # no event handled in Python, no key sequence, before the first paint
    assert "QKeySequence" in types_after and start_keys == "Ctrl+D"  # the shortcuts come just after
    # then they come: the watchdog's entries are in the Outage menu, the Help menu (its title there
    # from the first paint) has its entries, the due dates are read
    assert {"claimdesk.watchdog.probes", "claimdesk.services.claims", "claimdesk.ui.owner_menus"} <= set(after)
    assert "import_bounces" in actions
    assert help_title == "&Help"
    assert help_entries == ["&Getting started", "&About ClaimDesk"]


BEGIN = """
import os, sys, time
from claimdesk.ui import main_window
from claimdesk.ui.app import begin, open_window
calls = []
changed = main_window.MainWindow.language_changed
main_window.MainWindow.language_changed = lambda self: (calls.append(1), changed(self))
app, language, log_path = begin(sys.argv[1])
window = open_window(app, sys.argv[1], None, language, log_path)
end = time.monotonic() + 1
while time.monotonic() < end:
    app.processEvents()
    time.sleep(0.01)
print(len(calls), window.windowTitle())
window.ws.close()
os._exit(0)
"""


def test_a_start_sets_the_windows_texts_once(tmp_path):
    """The interface language applied at start is no change of language: the window, built in it,
    does not set all its texts again once it is up."""
    Workspace.create_demo(tmp_path).close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", BEGIN, str(tmp_path)], capture_output=True, text=True,
                            timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    calls, title = result.stdout.strip().splitlines()[-1].split(" ", 1)
    assert calls == "0" and title.startswith("Fraser Street Bakery")
