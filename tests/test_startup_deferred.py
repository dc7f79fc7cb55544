"""What the main window does not need for its first paint waits until after it (issue 15): the
watchdog's probes (socket, OpenSSL's hashlib) and the claims' due dates load once it is on screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from claimdesk.services.workspace import Workspace

DEFERRED = ("hashlib", "socket", "claimdesk.watchdog.probes", "claimdesk.services.watch_settings",
            "claimdesk.services.claims")

START = """
import json, os, sys
from PySide6.QtWidgets import QApplication
from claimdesk.ui.app import start_main_window
app = QApplication([])
window = start_main_window(sys.argv[1])
app.processEvents()
window.repaint()
at_paint = sorted(m for m in sys.argv[2:] if m in sys.modules)
while window.watchdog is None:  # installed in the event-loop pass after the first paint
    app.processEvents()
window.due_notifier.check()
after = sorted(m for m in sys.argv[2:] if m in sys.modules)
print(json.dumps([at_paint, after, [a.objectName() for a in window.outage_menu.actions()]]))
window.ws.close()
os._exit(0)
"""


def test_the_first_paint_loads_neither_the_watchdog_nor_openssl(tmp_path):
    Workspace.create_demo(tmp_path).close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", START, str(tmp_path), *DEFERRED], capture_output=True,
                            text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    at_paint, after, actions = json.loads(result.stdout.strip().splitlines()[-1])
    assert at_paint == []
    # then they come: the watchdog's entries are in the Outage menu, the due dates are read
    assert {"claimdesk.watchdog.probes", "claimdesk.services.claims"} <= set(after)
    assert "import_bounces" in actions
