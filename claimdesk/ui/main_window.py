"""The main window: the open company, the outage journal, the live estimate and the claims."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..domain.model import SERVICES
from ..domain.problems import ValidationError
from ..i18n.formats import Formats
from ..services.workspace import JOURNAL_ORDERS, MAX_ESTIMATE_OUTAGES, OutageFilter, now_utc
from .claims_view import ClaimsView
from .estimate_view import EstimatePanel
from .icons import icon
from .outage_model import COLUMNS, OutageTableModel, service_label
from .workers import run_task

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def user_message(exc: Exception) -> str:
    """One calm sentence for a failure the user can act on."""
    if isinstance(exc, ValidationError):
        return "\n".join(p.message for p in exc.problems)
    return getattr(exc, "message", None) or str(exc) or type(exc).__name__


PERIODS = (("all", "Any time"), ("30", "Last 30 days"), ("90", "Last 90 days"), ("365", "Last 12 months"))


class MainWindow(QMainWindow):
    workspace_changed = Signal()

    def __init__(self, workspace, ui_language: str = "en", data_dir=None, parent=None):
        super().__init__(parent)
        self.ws = workspace
        self.ui_language = ui_language
        self.data_dir = data_dir
        self.formats = self._formats()
        self.setWindowIcon(icon("claimdesk"))
        self.resize(1280, 800)
        self._estimate_seq = 0
        self._build_actions()
        self._build_ui()
        self._estimate_timer = QTimer(self, singleShot=True, interval=120)
        self._estimate_timer.timeout.connect(self.update_estimate)
        self.refresh_company()

    # ---- construction

    def _formats(self) -> Formats:
        c = self.ws.company()
        return Formats(self.ui_language, c.country, c.timezone)

    def _action(self, name, text, slot, shortcut=None, icon_name=None, tip=""):
        action = QAction(icon(icon_name) if icon_name else icon("none"), text, self)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(f"{tip} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})"
                              if shortcut else tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.act_start = a("start", tr("Outage &started now…"), self.outage_started, "Ctrl+D", "outage-start",
                           tr("Note that a service has just stopped working"))
        self.act_back = a("back", tr("Service is &back"), self.service_back, "Ctrl+B", "service-back",
                          tr("End the outage that is running now"))
        self.act_add = a("add", tr("&Add a past outage…"), self.add_outage, "Ctrl+Shift+N", "new",
                         tr("Enter an outage after the fact"))
        self.act_edit = a("edit", tr("&Edit outage…"), self.edit_outage, "Ctrl+E", "edit",
                          tr("Change the selected outage or add evidence"))
        self.act_delete = a("delete", tr("&Delete outage"), self.delete_outage, QKeySequence.StandardKey.Delete,
                            "delete", tr("Remove the selected outage"))
        self.act_claim = a("claim", tr("&New claim…"), self.new_claim, "Ctrl+L", "claim",
                           tr("Write a claim letter for the selected outages"))
        self.act_open = a("open", tr("&Open company file…"), self.open_file, QKeySequence.StandardKey.Open, "open",
                          tr("Switch to another company file"))
        self.act_new = a("new_company", tr("&New company…"), self.new_company, QKeySequence.StandardKey.New, "new",
                         tr("Create another company file"))
        self.act_settings = a("settings", tr("Company &settings…"), self.company_settings, "Ctrl+,", "settings",
                              tr("Profile, contracts, opening hours, sales channels and baseline"))
        self.act_journal = a("journal", tr("Outage &journal"), lambda: self.tabs.setCurrentIndex(0), "Ctrl+1")
        self.act_claims = a("claims", tr("&Claims"), lambda: self.tabs.setCurrentIndex(1), "Ctrl+2", "claims")
        self.act_refresh = a("refresh", tr("&Refresh"), self.refresh_all, QKeySequence.StandardKey.Refresh)
        self.act_quit = a("quit", tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        bar = self.menuBar()
        m = bar.addMenu(tr("&File"))
        for act in (self.act_open, self.act_new):
            m.addAction(act)
        self.recent_menu = m.addMenu(tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        m.addSeparator()
        m.addAction(self.act_quit)
        m = bar.addMenu(tr("&Outage"))
        for act in (self.act_start, self.act_back, None, self.act_add, self.act_edit, self.act_delete):
            m.addSeparator() if act is None else m.addAction(act)
        m = bar.addMenu(tr("&Claim"))
        m.addAction(self.act_claim)
        m = bar.addMenu(tr("&View"))
        for act in (self.act_journal, self.act_claims, self.act_refresh):
            m.addAction(act)
        self.sort_menu = m.addMenu(tr("&Sort the journal by"))
        self.sort_actions = {}
        for key in JOURNAL_ORDERS:
            act = self.sort_menu.addAction(key)
            act.triggered.connect(lambda _=False, k=key: self.sort_journal(k))
            self.sort_actions[key] = act
        m = bar.addMenu(tr("C&ompany"))
        m.addAction(self.act_settings)

        tools = QToolBar(tr("Main actions"))
        tools.setObjectName("main_toolbar")
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tools.setMovable(False)
        for act in (self.act_start, self.act_back, None, self.act_add, self.act_edit, None, self.act_claim):
            tools.addSeparator() if act is None else tools.addAction(act)
        self.addToolBar(tools)

    def _build_ui(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(10, 8, 10, 6)

        # the open company and a way to switch
        head = QHBoxLayout()
        self.company_label = QLabel()
        self.company_label.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.company_label.setAccessibleName(tr("Open company"))
        self.file_label = QLabel()
        self.file_label.setStyleSheet("color: palette(placeholder-text);")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        switch = QPushButton(icon("open"), tr("Switch company…"))
        switch.setAccessibleName(tr("Switch company file"))
        switch.clicked.connect(self.open_file)
        head.addWidget(self.company_label)
        head.addSpacing(12)
        head.addWidget(self.file_label, 1)
        head.addWidget(switch)
        outer.addLayout(head)

        # the running-outage banner
        self.banner = QFrame()
        self.banner.setObjectName("running_banner")
        self.banner.setStyleSheet("#running_banner { background: #fdecea; border: 1px solid #e6a39c; "
                                  "border-radius: 6px; } #running_banner QLabel { color: #7b241c; }")
        row = QHBoxLayout(self.banner)
        self.banner_label = QLabel()
        self.banner_label.setWordWrap(True)
        back = QPushButton(icon("service-back"), tr("Service is back"))
        back.clicked.connect(self.service_back)
        row.addWidget(self.banner_label, 1)
        row.addWidget(back)
        outer.addWidget(self.banner)

        # the summary of what is unclaimed
        self.summary_label = QLabel()
        self.summary_label.setAccessibleName(tr("Summary"))
        self.summary_label.setStyleSheet("padding: 4px 0;")
        outer.addWidget(self.summary_label)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        outer.addWidget(self.tabs, 1)

        journal = QWidget()
        jl = QVBoxLayout(journal)
        jl.setContentsMargins(0, 6, 0, 0)
        filters = QHBoxLayout()
        self.f_service = QComboBox()
        self.f_service.addItem(tr("All services"), None)
        for s in SERVICES:
            self.f_service.addItem(service_label(s), s)
        self.f_provider = QComboBox()
        self.f_period = QComboBox()
        for key, text in PERIODS:
            self.f_period.addItem(tr(text), key)
        self.f_claimed = QComboBox()
        for value, text in ((None, "Claimed or not"), (False, "Not yet claimed"), (True, "Already claimed")):
            self.f_claimed.addItem(tr(text), value)
        for label, combo in ((tr("Se&rvice:"), self.f_service), (tr("&Provider:"), self.f_provider),
                             (tr("Pe&riod:"), self.f_period), (tr("Cl&aimed:"), self.f_claimed)):
            lab = QLabel(label)
            lab.setBuddy(combo)
            combo.setAccessibleName(label.replace("&", "").rstrip(":"))
            combo.currentIndexChanged.connect(self.apply_filter)
            filters.addWidget(lab)
            filters.addWidget(combo)
        filters.addStretch(1)
        self.count_label = QLabel()
        filters.addWidget(self.count_label)
        jl.addLayout(filters)

        split = QSplitter()
        self.model = OutageTableModel(self.ws, self.formats, self)
        self.table = QTableView()
        self.table.setObjectName("journal")
        self.table.setAccessibleName(tr("Outage journal"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for col, width in enumerate((90, 170, 135, 135, 85, 130, 70, 70)):
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # Clicking a header sorts in the company file's query, so 100,000 rows stay paged.
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.table.doubleClicked.connect(lambda _i: self.edit_outage())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _i: self.edit_outage())
        self.empty_hint = QLabel(tr("No outages yet. When a service stops working, press "
                                    "“Outage started now” (Ctrl+D)."))
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet("color: palette(placeholder-text); font-size: 11pt;")
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.empty_hint)
        split.addWidget(left)
        self.estimate = EstimatePanel()
        self.estimate.extras.changed.connect(self._estimate_timer_start)
        split.addWidget(self.estimate)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([860, 400])
        jl.addWidget(split, 1)
        self.tabs.addTab(journal, icon("edit"), tr("Outage journal"))

        self.claims = ClaimsView(self)
        self.tabs.addTab(self.claims, icon("claims"), tr("Claims"))
        self.setCentralWidget(central)
        self.statusBar()

    # ---- refreshing

    def refresh_company(self) -> None:
        c = self.ws.company()
        self.setWindowTitle(tr("{0} — ClaimDesk").format(c.name))
        self.company_label.setText(c.name)
        self.file_label.setText(str(self.ws.path))
        self.f_provider.blockSignals(True)
        self.f_provider.clear()
        self.f_provider.addItem(tr("All providers"), None)
        for p in self.ws.providers():
            self.f_provider.addItem(p, p)
        self.f_provider.blockSignals(False)
        self.refresh_all()

    def refresh_all(self) -> None:
        self.model.reload()
        self.claims.set_workspace(self.ws, self.formats)
        self.refresh_state()

    def refresh_state(self) -> None:
        n = self.model.rowCount()
        self.count_label.setText(tr("{0} outage(s)").format(f"{n:,}"))
        self.empty_hint.setVisible(n == 0 and self.model.filter == OutageFilter())
        running = self.ws.running_outages()
        self.act_back.setEnabled(bool(running))
        if running:
            parts = [tr("{0} down since {1}").format(service_label(r.service), self.formats.datetime(r.start, "short"))
                     for r in running]
            missing = any(not r.provider_reference for r in running)
            text = "; ".join(parts).rstrip(".") + "."
            if missing:
                text += " " + tr("Have you called your provider? Note the ticket number they give you.")
            self.banner_label.setText(text)
        self.banner.setVisible(bool(running))
        s = self.ws.summary()
        parts = [tr("<b>{0}</b> outage(s) not yet claimed").format(f"{s.outages:,}")]
        if s.claims_waiting:
            parts.append(tr("{0} claim(s) waiting for an answer").format(s.claims_waiting))
        if s.claims_overdue:
            parts.append(tr("<span style='color:#c0392b'><b>{0} answer(s) overdue</b></span>").format(s.claims_overdue))
        self.summary_label.setText(" · ".join(parts))
        self._selection_changed()

    def _sort_changed(self, column: int, order) -> None:
        header = self.table.horizontalHeader()
        if COLUMNS[column] not in JOURNAL_ORDERS:  # e.g. the evidence count: keep the current sort
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.DescendingOrder
                                    if self.model.descending else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
            return
        self.model.sort(column, order)
        self.refresh_state()

    def sort_journal(self, key: str) -> None:
        """The keyboard path to a header click: sort by ``key``, or flip the order if already sorted by it."""
        column = COLUMNS.index(key)
        header = self.table.horizontalHeader()
        if self.model.order_by == key:
            order = Qt.SortOrder.AscendingOrder if self.model.descending else Qt.SortOrder.DescendingOrder
        else:
            order = Qt.SortOrder.DescendingOrder if key == "start" else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(column, order)

    def apply_filter(self) -> None:
        since = None
        period = self.f_period.currentData()
        if period and period != "all":
            since = now_utc() - timedelta(days=int(period))
        self.model.set_filter(OutageFilter(service=self.f_service.currentData(),
                                           provider=self.f_provider.currentData(),
                                           since=since, claimed=self.f_claimed.currentData()))
        self.refresh_state()

    # ---- selection and live estimate

    def selected_rows(self) -> list[int]:
        return sorted(i.row() for i in self.table.selectionModel().selectedRows())

    def selected_records(self) -> list:
        rows = self.selected_rows()
        if len(rows) > MAX_ESTIMATE_OUTAGES:
            return []
        return [r for r in (self.model.record(row) for row in rows) if r is not None]

    def current_record(self):
        rows = self.selected_rows()
        if rows:
            return self.model.record(rows[0])
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def select_outage(self, outage_id: int) -> None:
        row = self.model.row_of(outage_id)
        if row >= 0:
            self.table.selectionModel().select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(self.model.index(row, 0))

    def _selection_changed(self, *_):
        has = bool(self.selected_rows())
        self.act_edit.setEnabled(has)
        self.act_delete.setEnabled(has)
        self._estimate_timer_start()

    def _estimate_timer_start(self) -> None:
        self._estimate_timer.start()

    def update_estimate(self) -> None:
        """Recompute the figures for the selection: in a worker, the newest answer wins."""
        view = self.estimate.view
        rows = self.selected_rows()
        if not rows:
            view.clear(tr("Select one or more outages in the journal to see what they cost you."))
            return
        if len(rows) > MAX_ESTIMATE_OUTAGES:
            view.clear(tr("Select at most {0} outages for an estimate.").format(MAX_ESTIMATE_OUTAGES))
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
                view.clear(user_message(exc))

        if len(records) <= 50:
            try:
                done(compute())
            except ValidationError as exc:
                failed(exc)
        else:
            view.clear(tr("Working out the figures…"))
            run_task(compute, on_done=done, on_failed=failed, context=self)

    # ---- actions

    def outage_started(self) -> None:
        from .outage_dialogs import StartOutageDialog

        dlg = StartOutageDialog(self.ws, self.formats, self)
        if dlg.exec():
            self.refresh_all()
            self.select_outage(dlg.outage_id)
            self.statusBar().showMessage(tr("Outage noted. Press “Service is back” (Ctrl+B) when it works again."),
                                         8000)

    def service_back(self) -> None:
        from .outage_dialogs import ServiceBackDialog

        running = self.ws.running_outages()
        if not running:
            self.statusBar().showMessage(tr("No outage is running."), 5000)
            return
        dlg = ServiceBackDialog(self.ws, self.formats, running, self)
        if dlg.exec():
            self.refresh_all()
            self.statusBar().showMessage(tr("Outage closed. Its loss is now in the estimate."), 8000)

    def add_outage(self) -> None:
        self._edit(None)

    def edit_outage(self) -> None:
        rec = self.current_record()
        if rec is not None:
            self._edit(rec)

    def _edit(self, rec) -> None:
        from .outage_dialogs import OutageEditor

        if not self.ws.contracts():
            QMessageBox.information(self, tr("No contract yet"),
                                    tr("Add your provider's contract first (Company ▸ Company settings)."))
            return
        dlg = OutageEditor(self.ws, self.formats, rec, self)
        if dlg.exec():
            self.refresh_all()
            self.select_outage(dlg.outage_id)

    def delete_outage(self) -> None:
        records = self.selected_records()
        if not records:
            return
        claimed = [r for r in records if r.claim_ids]
        if claimed:
            QMessageBox.information(self, tr("Outage in a claim"),
                                    tr("An outage that is part of a claim cannot be deleted."))
            return
        answer = QMessageBox.question(self, tr("Delete outage"),
                                      tr("Delete {0} outage(s)? Their evidence files stay in the file if "
                                         "another outage uses them.").format(len(records)))
        if answer == QMessageBox.StandardButton.Yes:
            for r in records:
                self.ws.delete_outage(r.id)
            self.refresh_all()

    def new_claim(self) -> None:
        from .claim_wizard import ClaimWizard

        wizard = ClaimWizard(self.ws, self.formats, [r.id for r in self.selected_records()], self)
        if wizard.exec():
            self.refresh_all()
            self.tabs.setCurrentIndex(1)

    def company_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        dlg = SettingsDialog(self.ws, self)
        if dlg.exec():
            self.formats = self._formats()
            self.model.formats = self.formats
            self.refresh_company()

    def open_file(self) -> None:
        from ..services.workspace import company_folder

        name, _ = QFileDialog.getOpenFileName(self, tr("Open a company file"), str(company_folder(self.data_dir)),
                                              tr("ClaimDesk company files (*.claimdesk)"))
        if name:
            self.switch_to(name)

    def switch_to(self, path) -> bool:
        from ..services.workspace import Workspace

        try:
            ws = Workspace.open(path, data_dir=self.data_dir)
        except Exception as exc:  # noqa: BLE001 - a file that will not open is a message, not a crash
            log.warning("could not open %s: %s", path, exc)
            QMessageBox.warning(self, tr("Cannot open this company file"), user_message(exc))
            return False
        self.set_workspace(ws)
        return True

    def set_workspace(self, ws) -> None:
        old = self.ws
        self.ws = ws
        self.formats = self._formats()
        self.model.set_workspace(ws, self.formats)
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.DescendingOrder)
        header.blockSignals(False)
        self.estimate.view.clear(tr("Select one or more outages in the journal to see what they cost you."))
        self.refresh_company()
        if old is not None and old is not ws:
            old.close()
        self.workspace_changed.emit()

    def new_company(self) -> None:
        from .company_wizard import CompanyWizard

        wizard = CompanyWizard(self.data_dir, self)
        if wizard.exec() and wizard.workspace is not None:
            self.set_workspace(wizard.workspace)

    def _fill_recent(self) -> None:
        from ..services.workspace import recent_files

        self.recent_menu.clear()
        for path in recent_files(self.data_dir):
            act = self.recent_menu.addAction(path.name)
            act.setToolTip(str(path))
            act.triggered.connect(lambda _=False, p=path: self.switch_to(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(tr("(none)")).setEnabled(False)

    def closeEvent(self, event) -> None:
        from .workers import wait_for_all

        wait_for_all(10000)
        if self.ws is not None:
            self.ws.close()
            self.ws = None
        super().closeEvent(event)


def local_now(tz) -> datetime:
    return datetime.now(timezone.utc).astimezone(tz)
