import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
# The two complete example case files of the README.
EXAMPLES = ROOT / "tests" / "data"


@pytest.fixture
def bakery_path() -> Path:
    return EXAMPLES / "bakery-vancouver.json"


@pytest.fixture
def travel_path() -> Path:
    return EXAMPLES / "travel-agency-lyon.json"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    """Each test has its own data folder, never the user's."""
    monkeypatch.setenv("CLAIMDESK_DATA_DIR", str(tmp_path / "claimdesk-data"))


@pytest.fixture
def ws(tmp_path):
    """The demo company (the bakery example) in a fresh company file, closed after the test."""
    from claimdesk.services.workspace import Workspace

    ws = Workspace.create_demo(tmp_path / "data")
    yield ws
    if not ws.file.closed:
        ws.close()


@pytest.fixture(autouse=True)
def _gc_on_gui_thread(request):
    """GUI tests run as the app does: Python's cycle collector only on the GUI thread, so a
    worker thread never deletes a Qt object (see claimdesk.ui.workers)."""
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        yield
        return
    from claimdesk.ui.workers import collect_on_gui_thread

    collect_on_gui_thread(request.getfixturevalue("qapp"))
    yield


@pytest.fixture
def window(qtbot, qapp, ws, tmp_path):
    """The main window on the demo company, shown, in English (as the app starts); English again
    after the test, for a test that switched languages. A test module may define its own."""
    from claimdesk.i18n.qt import set_language
    from claimdesk.ui.main_window import MainWindow

    set_language(qapp, "en")
    w = MainWindow(ws, data_dir=tmp_path / "data")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    set_language(qapp, "en")
