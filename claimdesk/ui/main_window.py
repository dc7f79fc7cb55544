"""The main window: the open company, the outage journal, the live estimate and the claims."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from ..domain.model import SERVICES
from ..domain.problems import ValidationError
from ..services.workspace import MAX_ESTIMATE_OUTAGES, OutageFilter
from .case_import import CaseImport
from .company_actions import CompanyActions
from .estimate_view import too_large_text
from .first_paint import after_first_paint
from .icons import icon
from .journal_selection import JournalSelection
from .language import LazyFormats, Retranslating, current_language
from .main_layout import (
    ACTION_TEXTS,
    CLAIMED_CHOICES,
    FILTER_LABELS,
    JOURNAL_WIDTHS,
    PERIODS,
    build_actions,
    build_ui,
    install_shortcuts,
)
from .outage_model import COLUMNS, service_label
from .storage_messages import read_only_notice
from .tables import fit_header
from .theme import banner_style
from .window_helpers import _warm_up, exec_once, local_now, user_message  # noqa: F401 - also imported from here
from .workers import run_task

log = logging.getLogger(__name__)


class _PaletteWatch(QObject):
    """A switch between light and dark while the window is up. An event filter installed after the
    first paint, not the window's ``changeEvent``: before it, no event reaches Python (language.py)."""

    def __init__(self, window):
        from PySide6.QtCore import QEvent

        super().__init__(window)
        self._palette_change = QEvent.Type.PaletteChange  # looked up once: the filter sees every event

    def eventFilter(self, window, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == self._palette_change:
            window._palette_changed()
        return False


class MainWindow(Retranslating, JournalSelection, CompanyActions, CaseImport, QMainWindow):
    workspace_changed = Signal()

    def __init__(self, workspace, ui_language: str | None = None, data_dir=None, parent=None):
        super().__init__(parent)
        self.ws = workspace
        self.ui_language = ui_language or current_language()
        self.data_dir = data_dir
        self.formats = self._formats()
        self.setWindowIcon(icon("claimdesk"))
        self.resize(1280, 800)
        self._estimate_seq = 0
        self._importing = False
        self.shortcuts_set = False  # just after the first paint (main_layout.install_shortcuts)
        self._build_actions()
        self._build_ui()
        self._estimate_timer = QTimer(self, singleShot=True, interval=120)
        self._estimate_timer.timeout.connect(self.update_estimate)
        # the costs typed beside the estimate are kept in the company file, a moment after typing
        self._costs_timer = QTimer(self, singleShot=True, interval=400)
        self._costs_timer.timeout.connect(self.save_costs)
        self.estimate.extras.changed.connect(self._costs_timer.start)
        self.retranslate()
        self.refresh_company()
        # What only a menu entry needs (the Help and backup entries, the watchdog and its modules)
        # is added in the event-loop pass after the first paint: the window shows sooner.
        self._owner_menus = None
        self.watchdog = None
        after_first_paint(self, self._finish_start)
        # Once the window is up, load what the first estimate needs (the loss method, babel's
        # locale data: ~60 ms) in a worker, so the first click on an outage answers at once.
        QTimer.singleShot(300, self._warm_up)
        self._due_notifier = None
        # what is due, once the window is up (a timer of the window's own: it goes with the window)
        self._due_timer = QTimer(self, singleShot=True, interval=1000)
        self._due_timer.timeout.connect(lambda: self.due_notifier.check())
        self._due_timer.start()

    def _finish_start(self) -> None:
        from .watchdog_ui import install as install_watchdog

        self.owner_menus  # noqa: B018 - built on first use; here, just after the first paint
        install_watchdog(self)
        for label in (self.company_label, self.file_label):  # long names end in "…" from now on
            label.follow_width()
        install_shortcuts(self)
        self.shortcuts_set = True
        self._palette_watch = _PaletteWatch(self)
        self.installEventFilter(self._palette_watch)
        self._tool_tips()

    @property
    def owner_menus(self):
        """File ▸ Back up to…, Export for the accountant…, and the Help menu's entries."""
        if self._owner_menus is None:
            from .owner_menus import OwnerMenus

            self._owner_menus = OwnerMenus(self)
        return self._owner_menus

    @property
    def due_notifier(self):
        """What is due on the claims, said in the status bar and the tray (built on first use)."""
        if self._due_notifier is None:
            from .due_notifier import DueNotifier

            self._due_notifier = DueNotifier(self)
        return self._due_notifier

    def _warm_up(self) -> None:
        if self.ws is not None:
            run_task(_warm_up, self.formats, self.ws.company().currency)

    # ---- construction

    def _formats(self) -> LazyFormats:
        c = self.ws.heading()
        # a language babel does not know (the test pseudo-language) writes amounts as in English
        language = self.ui_language if self.ui_language in ("en", "fr", "de", "nl", "it") else "en"
        return LazyFormats(language, c.country, c.timezone)

    def _build_actions(self) -> None:
        build_actions(self)

    def _build_ui(self) -> None:
        build_ui(self)

    @property
    def claims(self):
        """The claims list (built on first use)."""
        if self._claims is None:
            from .claims_view import ClaimsView

            self._claims = ClaimsView(self)
            self.claims_page.layout().addWidget(self._claims)
            if self.ws is not None:
                self._claims.set_workspace(self.ws, self.formats)
        return self._claims

    # ---- language

    def _tool_tips(self) -> None:
        """Each action's tool tip: its status tip and, once they are set, its keys ("… (Ctrl+D)")."""
        keys = {}
        if self.shortcuts_set:
            from PySide6.QtGui import QKeySequence

            native = QKeySequence.SequenceFormat.NativeText
            keys = {name: self.actions_by_name[name].shortcut().toString(native) for name in self.shortcut_keys}
        for name, act in self.actions_by_name.items():
            tip, key = act.statusTip(), keys.get(name)
            act.setToolTip(f"{tip} ({key})" if tip and key else tip or act.text().replace("&", ""))

    def retranslate(self) -> None:
        """Every text of the window in the interface language (also run on a language change)."""
        for name, (text, tip) in ACTION_TEXTS.items():
            act = self.actions_by_name[name]
            act.setText(self.tr(text))
            tip = self.tr(tip) if tip else ""
            act.setStatusTip(tip)
        self._tool_tips()
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.outage_menu.setTitle(self.tr("&Outage"))
        self.claim_menu.setTitle(self.tr("&Claim"))
        self.view_menu.setTitle(self.tr("&View"))
        self.sort_menu.setTitle(self.tr("&Sort the journal by"))
        for key, act in self.sort_actions.items():
            act.setText(self.model.column_title(COLUMNS.index(key)))
        self.company_menu.setTitle(self.tr("Co&mpany"))
        self.help_menu.setTitle(QCoreApplication.translate("OwnerMenus", "&Help"))
        self.toolbar.setWindowTitle(self.tr("Main actions"))
        self.company_label.setAccessibleName(self.tr("Open company"))
        self.switch_button.setText(self.tr("Switch company…"))
        self.switch_button.setAccessibleName(self.tr("Switch company file"))
        self.banner_back.setText(self.tr("Service is back"))
        self.read_only_bar.setText(read_only_notice())
        self.summary_label.setAccessibleName(self.tr("Summary"))
        self.f_service.setItemText(0, self.tr("All services"))
        for i, s in enumerate(SERVICES, start=1):
            self.f_service.setItemText(i, service_label(s))
        if self.f_provider.count():
            self.f_provider.setItemText(0, self.tr("All providers"))
        for i, (_key, text) in enumerate(PERIODS):
            self.f_period.setItemText(i, self.tr(text))
        for i, (_value, text) in enumerate(CLAIMED_CHOICES):
            self.f_claimed.setItemText(i, self.tr(text))
        combos = (self.f_service, self.f_provider, self.f_period, self.f_claimed)
        for lab, combo, text in zip(self.filter_labels, combos, FILTER_LABELS, strict=True):
            lab.setText(self.tr(text))
            combo.setAccessibleName(lab.text().replace("&", "").rstrip(":"))
        self.table.setAccessibleName(self.tr("Outage journal"))
        fit_header(self.table, JOURNAL_WIDTHS)
        self.empty_hint.setText(self.tr("No outages yet. When a service stops working, press "
                                        "“Outage started now” (Ctrl+D)."))
        self.tabs.setTabText(0, self.tr("Outage journal"))
        self.tabs.setTabText(1, self.tr("Claims"))

    def language_changed(self) -> None:
        """The interface language changed: texts, and dates and amounts, in the new one."""
        if self.ws is None:
            self.retranslate()
            return
        self.ui_language = current_language()
        self.formats = self._formats()
        self.model.set_formats(self.formats)  # cells re-read; the selection stays
        self.retranslate()
        self.setWindowTitle(self.tr("{0} — ClaimDesk").format(self.ws.company().name))
        if self._claims is not None:
            self._claims.set_workspace(self.ws, self.formats)
        self.refresh_state()

    def _palette_changed(self) -> None:
        if self.banner.styleSheet():  # a running outage's banner: its colours for light or dark
            self.banner.setStyleSheet(banner_style(self.palette()))

    # ---- refreshing

    def refresh_company(self) -> None:
        c = self.ws.heading()
        self.setWindowTitle(self.tr("{0} — ClaimDesk").format(c.name))
        self.company_label.setText(c.name)
        self.file_label.setText(str(self.ws.path))
        current = self.f_provider.currentData()
        self.f_provider.blockSignals(True)
        self.f_provider.clear()
        self.f_provider.addItem(self.tr("All providers"), None)
        for p in self.ws.providers():
            self.f_provider.addItem(p, p)
        self.f_provider.setCurrentIndex(max(0, self.f_provider.findData(current)))
        self.f_provider.blockSignals(False)
        if getattr(self, "_costs_of", None) is not self.ws:  # a company file opened: its own costs
            self._costs_of = self.ws
            self.load_costs()
        self.refresh_all()

    def refresh_all(self) -> None:
        try:
            self.model.reload()
            if self._claims is not None:
                self._claims.set_workspace(self.ws, self.formats)
            self.refresh_state()
        except Exception as exc:
            if getattr(exc, "code", None) != "corrupt":
                raise
            self._damaged(exc)

    def _damaged(self, exc) -> None:
        """Damage found while reading (a bad row): the file is closed and its backups offered."""
        from .restore_dialog import offer_restore

        path = self.ws.path
        log.warning("%s is damaged: %s", path, exc)
        self.ws.close()  # restoring needs the file's lock
        if offer_restore(self, path, exc):
            self.switch_to(path)
        else:
            self.centralWidget().setEnabled(False)
            for act in self.actions_by_name.values():
                act.setEnabled(act in (self.act_open, self.act_new, self.act_quit, self.act_preferences))

    def refresh_state(self) -> None:
        n = self.model.rowCount()
        self.count_label.setText(self.tr("%n outage(s)", "", n))
        self.empty_hint.setVisible(n == 0 and self.model.filter == OutageFilter())
        running = self.ws.running_outages()
        writable = not self.ws.read_only
        self.read_only_bar.setVisible(not writable)
        for act in (self.act_start, self.act_add, self.act_claim, self.act_import, self.act_settings):
            act.setEnabled(writable)
        self.act_back.setEnabled(bool(running) and writable)
        self.banner_back.setEnabled(writable)
        if running:
            parts = [self.tr("{0} down since {1}").format(service_label(r.service),
                                                          self.formats.datetime(r.start, "short"))
                     for r in running]
            missing = any(not r.provider_reference for r in running)
            text = "; ".join(parts).rstrip(".") + "."
            if missing:
                text += " " + self.tr("Have you called your provider? Note the ticket number they give you.")
            self.banner_label.setText(text)
            if not self.banner.styleSheet():  # a style sheet costs ~1 ms to set up: not until needed
                self.banner.setStyleSheet(banner_style(self.palette()))
        self.banner.setVisible(bool(running))
        s = self.ws.summary()
        parts = [self.tr("<b>%n</b> outage(s) not yet claimed", "", s.outages)]
        if s.claims_waiting:
            parts.append(self.tr("%n claim(s) waiting for an answer", "", s.claims_waiting))
        if s.claims_overdue:
            overdue = self.tr("%n answer(s) overdue", "", s.claims_overdue)
            parts.append(f"<span style='color:#e74c3c'><b>{overdue}</b></span>")
        self.summary_label.setText(" · ".join(parts))
        self._selection_changed()

    def update_estimate(self) -> None:
        """Recompute the figures for the selection: in a worker, the newest answer wins."""
        view = self.estimate.view
        if self.ws is None:
            return
        rows = self.selected_rows()
        if not rows:
            view.clear()
            return
        if len(rows) > MAX_ESTIMATE_OUTAGES:
            view.clear(self.tr("Select at most %n outages for an estimate.", "", MAX_ESTIMATE_OUTAGES))
            return
        extras = self.estimate.extras.items()
        if extras is None:
            return  # the field shows what is wrong; the last figures stay
        records = self.selected_records()
        running = sum(1 for r in records if r.end is None)
        self._estimate_seq += 1
        seq = self._estimate_seq
        ws = self.ws

        def compute():
            return ws.estimate_records(records, extras["extra_costs"], extras["savings"], extras["credits_received"])

        def done(result):
            if seq == self._estimate_seq:
                _cid, est = result
                view.show_estimate(est, self.formats, len(records) - running, running)

        def failed(exc):
            if seq == self._estimate_seq:
                view.clear(too_large_text() if isinstance(exc, ArithmeticError) else user_message(exc))

        if len(records) <= 50:
            try:
                done(compute())
            except (ValidationError, ArithmeticError) as exc:
                failed(exc)
        else:
            view.clear(self.tr("Working out the figures…"))
            run_task(compute, on_done=done, on_failed=failed, context=self)

    # ---- actions

    def outage_started(self) -> None:
        from .outage_dialogs import StartOutageDialog

        dlg = StartOutageDialog(self.ws, self.formats, self)
        if exec_once(dlg):
            self.refresh_all()
            self.select_outage(dlg.outage_id)
            self.statusBar().showMessage(
                self.tr("Outage noted. Press “Service is back” (Ctrl+B) when it works again."), 8000)

    def service_back(self) -> None:
        from .outage_dialogs import ServiceBackDialog

        running = self.ws.running_outages()
        if not running:
            self.statusBar().showMessage(self.tr("No outage is running."), 5000)
            return
        dlg = ServiceBackDialog(self.ws, self.formats, running, self)
        if exec_once(dlg):
            self.refresh_all()
            self.select_outage(dlg.outage_id)
            self.statusBar().showMessage(self.tr("Outage closed. Its loss is now in the estimate."), 8000)

    def add_outage(self) -> None:
        self._edit(None)

    def edit_outage(self) -> None:
        rec = self.current_record()
        if rec is not None:
            self._edit(rec)

    def _edit(self, rec) -> None:
        from PySide6.QtWidgets import QMessageBox

        from .outage_dialogs import OutageEditor

        if not self.ws.contracts():
            QMessageBox.information(self, self.tr("No contract yet"),
                                    self.tr("Add your provider's contract first (Company ▸ Company settings)."))
            return
        dlg = OutageEditor(self.ws, self.formats, rec, self)
        if exec_once(dlg):
            self.refresh_all()
            self.select_outage(dlg.outage_id)
            if dlg.undo is not None:
                self.remember_undo(dlg.undo)

    def delete_outage(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        records = self.selected_records()
        if not records:
            return
        if any(r.claim_ids for r in records):
            QMessageBox.information(self, self.tr("Outage in a claim"),
                                    self.tr("An outage that is part of a claim cannot be deleted."))
            return
        answer = QMessageBox.question(self, self.tr("Delete outage"),
                                      self.tr("Delete %n outage(s)? Their evidence files stay in the file if "
                                              "another outage uses them.", "", len(records)))
        if answer == QMessageBox.StandardButton.Yes:
            from ..services.undo import delete_outages

            try:
                self.remember_undo(delete_outages(self.ws, [r.id for r in records]))
            except Exception as exc:  # noqa: BLE001 - refused by the company file: nothing was deleted
                QMessageBox.warning(self, self.tr("Delete outage"), user_message(exc))
            self.refresh_all()

    def remember_undo(self, undo) -> None:
        """The last delete, undone by Ctrl+Z; the status bar says so."""
        self._undo = undo
        self.act_undo.setEnabled(True)
        if undo.what == "outage":
            text = self.tr("%n outage(s) deleted.", "", undo.count)
        elif undo.what == "evidence":
            text = self.tr("%n evidence file(s) removed.", "", undo.count)
        else:
            text = self.tr("Draft claim deleted.")
        from PySide6.QtGui import QKeySequence

        keys = self.act_undo.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.statusBar().showMessage(text + " " + self.tr("Undo: {0}").format(keys), 15000)

    def undo_delete(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        undo, self._undo = self._undo, None
        self.act_undo.setEnabled(False)
        if undo is None or self.ws is None:
            return
        try:
            ids = undo.restore()
        except Exception as exc:  # noqa: BLE001 - e.g. the contract was deleted meanwhile
            QMessageBox.warning(self, self.tr("Cannot undo"), user_message(exc))
            return
        self.refresh_all()
        if undo.what in ("outage", "evidence"):
            self.tabs.setCurrentIndex(0)
            self.select_outage(ids[0])
        else:
            self.tabs.setCurrentIndex(1)
            self.claims.select_claim(ids[0])
        self.statusBar().showMessage(self.tr("Restored."), 5000)

    def new_claim(self) -> None:
        from .claim_wizard import ClaimWizard

        wizard = ClaimWizard(self.ws, self.formats, [r.id for r in self.selected_records()], self)
        # the costs and credits typed beside the estimate go into the claim
        for key, edit in self.estimate.extras.edits.items():
            wizard.review.extras.edits[key].setText(edit.text())
        if exec_once(wizard):
            # now in the claim: left in the box, they would be claimed a second time
            for edit in self.estimate.extras.edits.values():
                edit.clear()
            self.save_costs()
            self.refresh_all()
            self.tabs.setCurrentIndex(1)
            # Where the PDF went, and "Have you sent it?" (a draft stays on the due list until it is).
            self.claims.open_send_dialog(wizard.claim_id, wizard.saved_path)

    def open_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from ..services.workspace import company_folder

        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open a company file"),
                                              str(company_folder(self.data_dir)),
                                              self.tr("ClaimDesk company files (*.claimdesk)"))
        if name:
            self.switch_to(name)

    def switch_to(self, path) -> bool:
        from PySide6.QtWidgets import QMessageBox

        from ..services.workspace import Workspace

        try:
            ws = Workspace.open(path, data_dir=self.data_dir)
        except Exception as exc:  # noqa: BLE001 - a file that will not open is a message, not a crash
            log.warning("could not open %s: %s", path, exc)
            if getattr(exc, "code", None) == "corrupt":
                from .restore_dialog import offer_restore

                if offer_restore(self, path, exc):
                    return self.switch_to(path)
                return False
            QMessageBox.warning(self, self.tr("Cannot open this company file"), user_message(exc))
            return False
        self.set_workspace(ws)
        return True

    def restore_backup(self) -> None:
        """File ▸ Restore a backup…: the open file is closed, replaced by the chosen backup (and
        kept aside), and the restored file opened."""
        from PySide6.QtWidgets import QMessageBox

        from .restore_dialog import RestoreDialog

        path = self.ws.path
        dialog = RestoreDialog(path, self)
        self.ws.close()  # the lock must be free to put the backup in place
        try:
            restored = dialog.exec()
        finally:
            from ..services.workspace import Workspace

            try:
                ws = Workspace.open(path, data_dir=self.data_dir)
            except Exception as exc:  # noqa: BLE001 - e.g. damaged and not restored: say so, keep the window
                log.warning("could not reopen %s: %s", path, exc)
                ws = None
                self.centralWidget().setEnabled(False)
                QMessageBox.warning(self, self.tr("Cannot open this company file"), user_message(exc))
        if ws is not None:
            self.set_workspace(ws)
        if restored and dialog.kept is not None and dialog.kept != path:
            self.statusBar().showMessage(
                self.tr("Backup restored. The file it replaced was kept as {0}.").format(dialog.kept.name), 15000)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        from .workers import wait_for_all

        # an estimate still waiting for its 120 ms must not start once the company file is closed,
        # and one already running in a worker is not shown
        self._estimate_timer.stop()
        self._estimate_seq += 1
        if self._costs_timer.isActive():
            self.save_costs()
        wait_for_all(10000)
        if self.ws is not None:
            self.ws.close()
            self.ws = None
        super().closeEvent(event)
