"""Starting the desktop app: logging, crash dialog, translators, the company file, the main window."""

from __future__ import annotations

import logging
import os
import sys

log = logging.getLogger("claimdesk.ui")


def _application(argv):
    from PySide6.QtWidgets import QApplication

    from . import pyside_scan

    pyside_scan.install()  # before the app's own modules load: each is scanned by PySide
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("ClaimDesk")
    app.setOrganizationName("ClaimDesk")
    app.setApplicationDisplayName("ClaimDesk")
    from .icons import icon

    app.setWindowIcon(icon("claimdesk"))
    return app


def open_start_workspace(data_dir=None, company_file=None, parent=None):
    """The company file to start with: the one asked for, else the last one used, else the
    first-run assistant. Returns None when the user cancels."""
    from ..services.workspace import Workspace, recent_files

    candidates = [company_file] if company_file else recent_files(data_dir)[:1]
    for path in candidates:
        try:
            return Workspace.open(path, data_dir=data_dir)
        except Exception as exc:  # noqa: BLE001 - a file that will not open leads to the assistant
            log.warning("could not open %s: %s", path, exc)
            if getattr(exc, "code", None) == "locked":
                # the company exists: the assistant would only invite a duplicate of it
                choice = _when_locked(path, exc, data_dir, parent)
                if choice is None:
                    return None
                chosen, read_only = choice
                if read_only:
                    return Workspace.open(chosen, data_dir=data_dir, read_only=True)
                return open_start_workspace(data_dir, chosen, parent)
            if getattr(exc, "code", None) == "corrupt":
                from .restore_dialog import offer_restore

                if offer_restore(parent, path, exc):  # a backup put back: open it
                    try:
                        return Workspace.open(path, data_dir=data_dir)
                    except Exception as again:  # noqa: BLE001 - reported like the first failure
                        exc = again
                else:
                    continue
            from PySide6.QtCore import QCoreApplication
            from PySide6.QtWidgets import QMessageBox

            from .main_window import user_message

            QMessageBox.warning(parent, QCoreApplication.translate("MainWindow", "Cannot open this company file"),
                                f"{path}\n\n{user_message(exc)}")
    from .company_wizard import CompanyWizard

    wizard = CompanyWizard(data_dir, parent)
    try:
        return wizard.workspace if wizard.exec() else None
    finally:
        # deleted now, on this thread: left to Python's cycle collector, it could go from a worker
        wizard.deleteLater()


def _when_locked(path, exc, data_dir, parent=None) -> tuple[str, bool] | None:
    """The company file is open in another window: open it read-only here, choose another file, or
    quit. Returns (file, read_only), or None to quit."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from ..services.workspace import company_folder
    from .main_window import user_message

    translate = QCoreApplication.translate
    while True:
        box = QMessageBox(QMessageBox.Icon.Information,
                          translate("MainWindow", "Cannot open this company file"), user_message(exc), parent=parent)
        box.setInformativeText(translate("MainWindow", "Switch to that window, or open another company file here."))
        box.setDetailedText(str(path))
        read_only = box.addButton(translate("MainWindow", "Open &read-only"), QMessageBox.ButtonRole.AcceptRole)
        other = box.addButton(translate("MainWindow", "Open &another company file…"),
                              QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("MainWindow", "&Quit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(read_only)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is read_only:
            return str(path), True
        if clicked is not other:
            return None
        name, _ = QFileDialog.getOpenFileName(parent, translate("MainWindow", "Open a company file"),
                                              str(company_folder(data_dir)),
                                              translate("MainWindow", "ClaimDesk company files (*.claimdesk)"))
        if name:
            return name, False


def start_main_window(data_dir=None, company_file=None, language: str | None = None):
    """The main window on the company file to start with (see open_start_workspace), shown;
    None when the user cancels the first-run assistant."""
    # (Opening the file in a thread while these modules load was measured slower: both are
    # mostly Python, and the GIL makes them take turns.)
    from .main_window import MainWindow

    ws = open_start_workspace(data_dir, company_file)
    if ws is None:
        return None
    window = MainWindow(ws, ui_language=language, data_dir=data_dir)
    window.show()
    return window


def smoke_test(app, data_dir) -> int:
    """Open the main window on the demo company, render a letter, quit: 0 if all went well."""
    from ..services.workspace import Workspace, with_claim_defaults
    from .main_window import MainWindow

    # a check of the installation: the file the user works in stays the one the app reopens
    ws = Workspace.create_demo(data_dir, actor="smoke-test", remember_file=False)
    window = MainWindow(ws, data_dir=data_dir)
    window.show()
    app.processEvents()
    ids = [r.id for r in ws.outage_page(window.model.filter, 0, 10) if r.end is not None]
    contract_id = ws.contracts()[0].id
    case = ws.build_case(contract_id, ids, with_claim_defaults(ws.company(), "en"))
    from ..services.render import render_pdf

    rendered = render_pdf(case)
    ok = rendered.pdf.startswith(b"%PDF") and rendered.pages >= 1 and window.model.rowCount() >= 1
    print(f"smoke test: {'ok' if ok else 'FAILED'} — {window.model.rowCount()} outage(s), "
          f"letter of {rendered.pages} page(s), {len(rendered.pdf)} bytes", flush=True)
    window.close()
    return 0 if ok else 1


# What the offscreen platform says about features it lacks: noise in a smoke test, not a fault.
_OFFSCREEN_NOISE = ("This plugin does not support propagateSizeHints()", "This plugin does not support raise()")


def _quiet_offscreen_noise() -> None:
    """Drop the offscreen plugin's "does not support" notices; pass every other Qt message on."""
    from PySide6.QtCore import qInstallMessageHandler

    previous = None

    def handler(mode, context, message):
        if message.startswith(_OFFSCREEN_NOISE):
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)


def run_gui(args) -> int:
    data_dir = getattr(args, "data_dir", None)
    smoke = getattr(args, "smoke_test", False)
    if smoke:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app, language, log_path = begin(data_dir, smoke)
    if smoke:
        _quiet_offscreen_noise()
    if smoke == "full":
        from .smoke import full_smoke_test

        return full_smoke_test(app, data_dir, language)
    if smoke:
        return smoke_test(app, data_dir)
    window = open_window(app, data_dir, getattr(args, "company_file", None), language, log_path)
    if window is None:
        return 0
    return app.exec()


def begin(data_dir=None, smoke=False):
    """What every start does first: the log file, the application, the interface language, and
    Python's cycle collection moved to the GUI thread. Returns (app, language, log file)."""
    import gc

    # Off from here, not only once the collector runs: the start's imports (PySide's enums and
    # signatures above all) make no garbage worth the passes Python would run meanwhile (~5 ms).
    gc.disable()
    from .crash import setup_logging

    log_path = setup_logging(data_dir)
    log.info("ClaimDesk starting (smoke test: %s)", smoke)
    app = _application(sys.argv[:1])
    from .language import apply_language, saved_choice

    language = apply_language(os.environ.get("CLAIMDESK_LANG") or saved_choice(data_dir), app)
    from .workers import collect_on_gui_thread

    collect_on_gui_thread(app)  # Qt objects are freed on this thread only (workers.py says why)
    return app, language, log_path


def open_window(app, data_dir, company_file, language, log_path):
    """The crash dialog, a file the Finder opened the app with, and the main window on the company
    file to start with (None when the user cancels the first-run assistant)."""
    from .crash import install_excepthook

    install_excepthook(log_path)
    opener = None
    if sys.platform == "darwin":
        # Only the Finder sends files as events (Windows and Linux pass them on the command line);
        # the filter sees every event of the app, so it is not installed where it has nothing to do.
        from .file_open import FileOpenHandler

        opener = FileOpenHandler(app)
        app.processEvents()  # a Finder double-click that started the app has delivered its file now
        company_file = company_file or opener.take_pending()
    window = start_main_window(data_dir, company_file, language)
    if opener is not None:
        opener.window = window
    return window
