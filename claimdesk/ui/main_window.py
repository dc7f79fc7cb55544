"""The main window: the open company, the outage journal, the live estimate and the claims."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, Qt, QTimer, Signal
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
    QProgressDialog,
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
from ..services.workspace import JOURNAL_ORDERS, MAX_ESTIMATE_OUTAGES, OutageFilter, now_utc
from .elided_label import ElidedLabel
from .estimate_view import EstimatePanel, too_large_text
from .icons import icon
from .language import LazyFormats, Retranslating, current_language, problem_text
from .outage_model import COLUMNS, OutageTableModel, service_label
from .storage_messages import read_only_notice, storage_text
from .theme import banner_style, emphasised, muted
from .workers import run_task

log = logging.getLogger(__name__)


def user_message(exc: Exception) -> str:
    """One calm sentence for a failure the user can act on."""
    if isinstance(exc, ValidationError):
        return "\n".join(problem_text(p) for p in exc.problems)
    return storage_text(exc) or getattr(exc, "message", None) or str(exc) or type(exc).__name__


def exec_once(dialog) -> bool:
    """Run a dialog, then have it deleted on this (the GUI) thread once its answer has been read:
    dialogs point back at themselves through their callbacks, and Python's cycle collector could
    otherwise delete them from a worker thread."""
    try:
        return bool(dialog.exec())
    finally:
        dialog.deleteLater()


# name: (menu text, status tip); translated when shown, in MainWindow.retranslate
ACTION_TEXTS = {
    "start": (QT_TRANSLATE_NOOP("MainWindow", "Outage &started now…"),
              QT_TRANSLATE_NOOP("MainWindow", "Note that a service has just stopped working")),
    "back": (QT_TRANSLATE_NOOP("MainWindow", "Service is &back"),
             QT_TRANSLATE_NOOP("MainWindow", "End the outage that is running now")),
    "add": (QT_TRANSLATE_NOOP("MainWindow", "&Add a past outage…"),
            QT_TRANSLATE_NOOP("MainWindow", "Enter an outage after the fact")),
    "edit": (QT_TRANSLATE_NOOP("MainWindow", "&Edit outage…"),
             QT_TRANSLATE_NOOP("MainWindow", "Change the selected outage or add evidence")),
    "delete": (QT_TRANSLATE_NOOP("MainWindow", "&Delete outage"),
               QT_TRANSLATE_NOOP("MainWindow", "Remove the selected outage")),
    "undo": (QT_TRANSLATE_NOOP("MainWindow", "&Undo the last delete"),
             QT_TRANSLATE_NOOP("MainWindow", "Bring back the outage, evidence or draft claim deleted last")),
    "claim": (QT_TRANSLATE_NOOP("MainWindow", "&New claim…"),
              QT_TRANSLATE_NOOP("MainWindow", "Write a claim letter for the selected outages")),
    "open": (QT_TRANSLATE_NOOP("MainWindow", "&Open company file…"),
             QT_TRANSLATE_NOOP("MainWindow", "Switch to another company file")),
    "restore": (QT_TRANSLATE_NOOP("MainWindow", "Restore a &backup…"),
                QT_TRANSLATE_NOOP("MainWindow", "Put a backup in place of this company file (it is kept aside)")),
    "new_company": (QT_TRANSLATE_NOOP("MainWindow", "&New company…"),
                    QT_TRANSLATE_NOOP("MainWindow", "Create another company file")),
    "import": (QT_TRANSLATE_NOOP("MainWindow", "&Import case file…"),
               QT_TRANSLATE_NOOP("MainWindow", "Add a claim from a ClaimDesk case file (.json)")),
    "batch": (QT_TRANSLATE_NOOP("MainWindow", "&Letters for many companies…"),
              QT_TRANSLATE_NOOP("MainWindow", "A network's claim: every member's letter in one run, and a "
                                              "collective letter")),
    "settings": (QT_TRANSLATE_NOOP("MainWindow", "Company &settings…"),
                 QT_TRANSLATE_NOOP("MainWindow", "Profile, contracts, opening hours, sales channels and baseline")),
    "preferences": (QT_TRANSLATE_NOOP("MainWindow", "&Preferences…"),
                    QT_TRANSLATE_NOOP("MainWindow", "The language of ClaimDesk's windows")),
    "journal": (QT_TRANSLATE_NOOP("MainWindow", "Outage &journal"), ""),
    "claims": (QT_TRANSLATE_NOOP("MainWindow", "&Claims"), ""),
    "refresh": (QT_TRANSLATE_NOOP("MainWindow", "&Refresh"), ""),
    "quit": (QT_TRANSLATE_NOOP("MainWindow", "&Quit"), ""),
}
PERIODS = (("all", QT_TRANSLATE_NOOP("MainWindow", "Any time")),
           ("30", QT_TRANSLATE_NOOP("MainWindow", "Last 30 days")),
           ("90", QT_TRANSLATE_NOOP("MainWindow", "Last 90 days")),
           ("365", QT_TRANSLATE_NOOP("MainWindow", "Last 12 months")))
CLAIMED_CHOICES = ((None, QT_TRANSLATE_NOOP("MainWindow", "Claimed or not")),
                   (False, QT_TRANSLATE_NOOP("MainWindow", "Not yet claimed")),
                   (True, QT_TRANSLATE_NOOP("MainWindow", "Already claimed")))
FILTER_LABELS = (QT_TRANSLATE_NOOP("MainWindow", "Se&rvice:"), QT_TRANSLATE_NOOP("MainWindow", "&Provider:"),
                 QT_TRANSLATE_NOOP("MainWindow", "P&eriod:"), QT_TRANSLATE_NOOP("MainWindow", "Cl&aimed:"))


JOURNAL_WIDTHS = (90, 220, 135, 135, 85, 130, 70, 70)
# How many journal pages select_outage reads to find a row (an older outage in a long journal
# under another sort may lie further: it is then simply not selected).
SELECT_SEARCH_PAGES = 10


def fit_header(table, widths) -> None:
    """Column widths at least as wide as their (translated) titles plus the sort arrow."""
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    model = table.model()
    for col, width in enumerate(widths):
        title = model.headerData(col, Qt.Orientation.Horizontal) or ""
        table.setColumnWidth(col, max(width, metrics.horizontalAdvance(title) + 32))


class MainWindow(Retranslating, QMainWindow):
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
        from .watchdog_ui import install as install_watchdog

        install_watchdog(self)
        # Once the window is up, load what the first estimate needs (the loss method, babel's
        # locale data: ~60 ms) in a worker, so the first click on an outage answers at once.
        QTimer.singleShot(300, self._warm_up)

    def _warm_up(self) -> None:
        if self.ws is not None:
            run_task(_warm_up, self.formats, self.ws.company().currency)

    # ---- construction

    def _formats(self) -> LazyFormats:
        c = self.ws.company()
        # a language babel does not know (the test pseudo-language) writes amounts as in English
        language = self.ui_language if self.ui_language in ("en", "fr", "de", "nl", "it") else "en"
        return LazyFormats(language, c.country, c.timezone)

    def _action(self, name, slot, shortcut=None, icon_name=None):
        action = QAction(icon(icon_name) if icon_name else icon("none"), "", self)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.actions_by_name[name] = action
        return action

    def _build_actions(self) -> None:
        self.actions_by_name: dict[str, QAction] = {}
        a = self._action
        self.act_start = a("start", self.outage_started, "Ctrl+D", "outage-start")
        self.act_back = a("back", self.service_back, "Ctrl+B", "service-back")
        self.act_add = a("add", self.add_outage, "Ctrl+Shift+N", "new")
        self.act_edit = a("edit", self.edit_outage, "Ctrl+E", "edit")
        self.act_delete = a("delete", self.delete_outage, QKeySequence.StandardKey.Delete, "delete")
        self.act_undo = a("undo", self.undo_delete, QKeySequence.StandardKey.Undo)
        self.act_undo.setEnabled(False)
        self._undo = None  # the last delete's Undo (services.undo)
        self.act_claim = a("claim", self.new_claim, "Ctrl+L", "claim")
        self.act_open = a("open", self.open_file, QKeySequence.StandardKey.Open, "open")
        self.act_new = a("new_company", self.new_company, QKeySequence.StandardKey.New, "new")
        self.act_import = a("import", self.import_case_file, "Ctrl+I", "open")
        self.act_batch = a("batch", self.letters_for_many)
        self.act_restore = a("restore", self.restore_backup)
        self.act_settings = a("settings", self.company_settings, "Ctrl+,", "settings")
        self.act_preferences = a("preferences", self.preferences, "Ctrl+Shift+,", "settings")
        self.act_journal = a("journal", lambda: self.tabs.setCurrentIndex(0), "Ctrl+1")
        self.act_claims = a("claims", lambda: self.tabs.setCurrentIndex(1), "Ctrl+2", "claims")
        self.act_refresh = a("refresh", self.refresh_all, QKeySequence.StandardKey.Refresh)
        self.act_quit = a("quit", self.close, QKeySequence.StandardKey.Quit)

        bar = self.menuBar()
        self.file_menu = m = bar.addMenu("")
        for act in (self.act_open, self.act_new, self.act_import, self.act_batch):
            m.addAction(act)
        self.recent_menu = m.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        m.addAction(self.act_restore)
        m.addSeparator()
        m.addAction(self.act_preferences)
        m.addAction(self.act_quit)
        self.outage_menu = m = bar.addMenu("")
        for act in (self.act_start, self.act_back, None, self.act_add, self.act_edit, self.act_delete,
                    self.act_undo):
            m.addSeparator() if act is None else m.addAction(act)
        self.claim_menu = bar.addMenu("")
        self.claim_menu.addAction(self.act_claim)
        self.view_menu = m = bar.addMenu("")
        for act in (self.act_journal, self.act_claims, self.act_refresh):
            m.addAction(act)
        self.sort_menu = m.addMenu("")
        self.sort_actions: dict[str, QAction] = {}
        for key in JOURNAL_ORDERS:
            act = self.sort_menu.addAction("")
            act.triggered.connect(lambda _=False, k=key: self.sort_journal(k))
            self.sort_actions[key] = act
        self.company_menu = bar.addMenu("")
        self.company_menu.addAction(self.act_settings)

        self.toolbar = tools = QToolBar()
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
        # a long name or path is elided (whole in the tooltip), never widening the window
        self.company_label = ElidedLabel()
        emphasised(self.company_label, 15)
        self.file_label = ElidedLabel()
        muted(self.file_label)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.switch_button = QPushButton(icon("open"), "")
        self.switch_button.clicked.connect(self.open_file)
        head.addWidget(self.company_label, 3)
        head.addSpacing(12)
        head.addWidget(self.file_label, 2)
        head.addWidget(self.switch_button)
        outer.addLayout(head)

        # a file the user may not write to, or that another window has: opened for reading only
        self.read_only_bar = QLabel()
        self.read_only_bar.setObjectName("read_only_bar")
        self.read_only_bar.setWordWrap(True)
        self.read_only_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.read_only_bar.setContentsMargins(8, 4, 8, 4)
        emphasised(self.read_only_bar)
        self.read_only_bar.hide()
        outer.addWidget(self.read_only_bar)

        # the running-outage banner
        self.banner = QFrame()
        self.banner.setObjectName("running_banner")
        self.banner.setStyleSheet(banner_style(self.palette()))
        row = QHBoxLayout(self.banner)
        self.banner_label = QLabel()
        self.banner_label.setWordWrap(True)
        self.banner_back = QPushButton(icon("service-back"), "")
        self.banner_back.clicked.connect(self.service_back)
        row.addWidget(self.banner_label, 1)
        row.addWidget(self.banner_back)
        outer.addWidget(self.banner)

        # the summary of what is unclaimed
        self.summary_label = QLabel()
        self.summary_label.setContentsMargins(0, 4, 0, 4)
        outer.addWidget(self.summary_label)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        outer.addWidget(self.tabs, 1)

        journal = QWidget()
        jl = QVBoxLayout(journal)
        jl.setContentsMargins(0, 6, 0, 0)
        filters = QHBoxLayout()
        self.f_service = QComboBox()
        self.f_service.addItem("", None)
        for s in SERVICES:
            self.f_service.addItem("", s)
        self.f_provider = QComboBox()
        self.f_period = QComboBox()
        for key, _text in PERIODS:
            self.f_period.addItem("", key)
        self.f_claimed = QComboBox()
        for value, _text in CLAIMED_CHOICES:
            self.f_claimed.addItem("", value)
        self.filter_labels = []
        for combo in (self.f_service, self.f_provider, self.f_period, self.f_claimed):
            lab = QLabel()
            lab.setBuddy(combo)
            combo.currentIndexChanged.connect(self.apply_filter)
            filters.addWidget(lab)
            filters.addWidget(combo)
            self.filter_labels.append(lab)
        filters.addStretch(1)
        self.count_label = QLabel()
        filters.addWidget(self.count_label)
        jl.addLayout(filters)

        split = QSplitter()
        self.model = OutageTableModel(self.ws, self.formats, self)
        self.table = QTableView()
        self.table.setObjectName("journal")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        # Widths follow the titles (fit_header); the last column takes the spare width, so no
        # title is ever squeezed below its text in a narrow window (a scroll bar appears instead).
        header.setStretchLastSection(True)
        for col, width in enumerate(JOURNAL_WIDTHS):
            self.table.setColumnWidth(col, width)
        # Clicking a header sorts in the company file's query, so 100,000 rows stay paged.
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.table.doubleClicked.connect(lambda _i: self.edit_outage())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _i: self.edit_outage())
        self.empty_hint = QLabel()
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        muted(self.empty_hint)
        emphasised(self.empty_hint, 11, bold=False)
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
        self.tabs.addTab(journal, icon("edit"), "")

        # The claims list is built when first shown (or asked for): the first paint does not need it.
        self._claims = None
        self.claims_page = QWidget()
        QVBoxLayout(self.claims_page).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.claims_page, icon("claims"), "")
        self.tabs.currentChanged.connect(lambda i: i == 1 and self.claims)
        self.setCentralWidget(central)
        self.statusBar()

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

    def retranslate(self) -> None:
        """Every text of the window in the interface language (also run on a language change)."""
        for name, (text, tip) in ACTION_TEXTS.items():
            act = self.actions_by_name[name]
            act.setText(self.tr(text))
            tip = self.tr(tip) if tip else ""
            act.setStatusTip(tip)
            keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            act.setToolTip(f"{tip} ({keys})" if tip and keys else tip or act.text().replace("&", ""))
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.outage_menu.setTitle(self.tr("&Outage"))
        self.claim_menu.setTitle(self.tr("&Claim"))
        self.view_menu.setTitle(self.tr("&View"))
        self.sort_menu.setTitle(self.tr("&Sort the journal by"))
        for key, act in self.sort_actions.items():
            act.setText(self.model.column_title(COLUMNS.index(key)))
        self.company_menu.setTitle(self.tr("Co&mpany"))
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

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange and self.ws is not None:
            # dates and amounts follow the interface language too
            self.ui_language = current_language()
            self.formats = self._formats()
            self.model.set_formats(self.formats)  # cells re-read; the selection stays
            super().changeEvent(event)
            self.setWindowTitle(self.tr("{0} — ClaimDesk").format(self.ws.company().name))
            if self._claims is not None:
                self._claims.set_workspace(self.ws, self.formats)
            self.refresh_state()
            return
        if event.type() == QEvent.Type.PaletteChange:
            self.banner.setStyleSheet(banner_style(self.palette()))
        super().changeEvent(event)

    # ---- refreshing

    def load_costs(self) -> None:
        """The company file's costs and credits into the box beside the estimate."""
        self._costs_timer.stop()
        saved = self.ws.draft_costs() if self.ws is not None else {}
        for key, edit in self.estimate.extras.edits.items():
            if edit.text() != saved.get(key, ""):
                edit.blockSignals(True)
                edit.setText(saved.get(key, ""))
                edit.blockSignals(False)
        self.estimate.extras.items()  # a saved value shows its message too

    def save_costs(self) -> None:
        """Keep the costs and credits typed, when they are amounts (a wrong one stays on screen only)."""
        self._costs_timer.stop()
        if self.ws is None or self.ws.read_only or self.estimate.extras.items() is None:
            return
        try:
            self.ws.save_draft_costs({k: e.text().strip() for k, e in self.estimate.extras.edits.items()})
        except Exception as exc:  # noqa: BLE001 - the figures on screen stay; the next change tries again
            log.warning("could not keep the costs and credits: %s", exc)

    def refresh_company(self) -> None:
        c = self.ws.company()
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

    def apply_filter(self) -> None:
        since = None
        period = self.f_period.currentData()
        if period and period != "all":
            since = now_utc() - timedelta(days=int(period))
        self.model.set_filter(OutageFilter(service=self.f_service.currentData(),
                                           provider=self.f_provider.currentData(),
                                           since=since, claimed=self.f_claimed.currentData()))
        self.refresh_state()

    # ---- sorting

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
        if self.model.order_by == key:
            order = Qt.SortOrder.AscendingOrder if self.model.descending else Qt.SortOrder.DescendingOrder
        else:
            order = Qt.SortOrder.DescendingOrder if key == "start" else Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(column, order)

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

    def select_outage(self, outage_id: int | None) -> None:
        """Select (and show) an outage just logged, ended, edited or added: the reload before has
        emptied the model's pages, so they are read again to find its row."""
        if outage_id is None:
            return
        row = self.model.row_of(outage_id, read_pages=SELECT_SEARCH_PAGES)
        if row >= 0:
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)

    def _selection_changed(self, *_):
        has = bool(self.selected_rows()) and not self.ws.read_only
        self.act_edit.setEnabled(has)
        self.act_delete.setEnabled(has)
        self._estimate_timer_start()

    def _estimate_timer_start(self) -> None:
        self._estimate_timer.start()

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
        keys = self.act_undo.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.statusBar().showMessage(text + " " + self.tr("Undo: {0}").format(keys), 15000)

    def undo_delete(self) -> None:
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

    def company_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        dlg = SettingsDialog(self.ws, self, data_dir=self.data_dir)
        if exec_once(dlg):
            self.formats = self._formats()
            self.model.set_formats(self.formats)
            self.refresh_company()

    def preferences(self) -> None:
        from .settings_dialog import SettingsDialog

        dlg = SettingsDialog(self.ws, self, data_dir=self.data_dir)
        dlg.tabs.setCurrentWidget(dlg.interface_tab)
        if exec_once(dlg):
            self.formats = self._formats()
            self.model.set_formats(self.formats)
            self.refresh_company()

    def open_file(self) -> None:
        from ..services.workspace import company_folder

        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open a company file"),
                                              str(company_folder(self.data_dir)),
                                              self.tr("ClaimDesk company files (*.claimdesk)"))
        if name:
            self.switch_to(name)

    def switch_to(self, path) -> bool:
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

    def set_workspace(self, ws) -> None:
        self.save_costs()  # what was typed for the company file being left
        self._undo = None  # a delete in another company file is not undone here
        self.act_undo.setEnabled(False)
        old = self.ws
        self.ws = ws
        self.formats = self._formats()
        self.model.set_workspace(ws, self.formats)
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.DescendingOrder)
        header.blockSignals(False)
        self.estimate.view.clear()
        self.refresh_company()
        if old is not None and old is not ws:
            old.close()
        self.workspace_changed.emit()

    def new_company(self) -> None:
        from .company_wizard import CompanyWizard

        wizard = CompanyWizard(self.data_dir, self)
        if exec_once(wizard) and wizard.workspace is not None:
            self.set_workspace(wizard.workspace)

    # ---- importing a case file (off the GUI thread)

    def import_case_file(self, path=None) -> None:
        """File ▸ Import case file…: the case is read and checked, then added as a draft claim, in a
        worker; into this company's file when it is the same company, else into a new file."""
        if self._importing:
            return
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a case file"), "",
                                                  self.tr("ClaimDesk case files (*.json)"))
            if not path:
                return
        from ..services import workspace as wsvc

        self._importing = True
        progress = QProgressDialog(self.tr("Reading the case file…"), "", 0, 0, self)
        progress.setCancelButton(None)
        progress.setWindowTitle(self.tr("Importing"))
        progress.setMinimumDuration(300)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.import_progress = progress

        def finished():
            self._importing = False
            progress.reset()
            progress.deleteLater()

        def failed(exc):
            finished()
            QMessageBox.warning(self, self.tr("The case file was not imported"), user_message(exc))

        def failed_or_ask(retry):
            """A case imported before: ask whether to import it again (a second claim)."""
            def handle(exc):
                if getattr(exc, "code", None) != "already_imported":
                    failed(exc)
                    return
                params = getattr(exc, "params", {})
                answer = QMessageBox.question(
                    self, self.tr("Already imported"),
                    self.tr("This case was already imported as claim no. {0} on {1}. Import it again, as "
                            "another claim?").format(params.get("claim"), params.get("date")))
                if answer == QMessageBox.StandardButton.Yes:
                    retry()
                else:
                    finished()
                    show_claim(params.get("claim"), imported=False)
            return handle

        def read_done(case):
            progress.setLabelText(self.tr("Adding the outages and the claim…"))
            if wsvc.same_company(case.company, self.ws.company()):
                # into the open company file, which stays open (its calls are serialised)
                def here(again=False):
                    run_task(self.ws.import_case, case, again=again, on_done=imported_here,
                             on_failed=failed_or_ask(lambda: here(True)), context=self)
                here()
                return
            answer = QMessageBox.question(
                self, self.tr("Another company"),
                self.tr("This case is for “{0}”, not “{1}”. Create a company file for “{0}” and "
                        "import it there?").format(case.company.name, self.ws.company().name))
            if answer != QMessageBox.StandardButton.Yes:
                finished()
                return
            target = wsvc.suggested_path(case.company.name, self.data_dir)

            def elsewhere(again=False):
                run_task(wsvc.import_case_into, case, target, again=again,
                         on_done=lambda r: imported_elsewhere(target, r),
                         on_failed=failed_or_ask(lambda: elsewhere(True)), context=self)
            elsewhere()

        def imported_here(claim_id):
            finished()
            self.refresh_company()  # the case may have updated the profile or added a contract
            show_claim(claim_id)

        def imported_elsewhere(target, claim_id):
            finished()
            self._reopen(target)
            show_claim(claim_id)

        def show_claim(claim_id, imported=True):
            self.tabs.setCurrentIndex(1)
            self.claims.select_claim(claim_id)
            if imported:
                self.statusBar().showMessage(self.tr("Case imported as a draft claim (no. {0}).").format(claim_id),
                                             8000)

        run_task(wsvc.read_case, path, on_done=read_done, on_failed=failed, context=self)

    def letters_for_many(self) -> None:
        """File ▸ Letters for many companies…: a network's members' letters in one run."""
        from .batch_dialog import BatchDialog

        dialog = BatchDialog(self)
        self.batch_dialog = dialog
        dialog.open()

    def _reopen(self, path) -> None:
        from ..services.workspace import Workspace

        self.centralWidget().setEnabled(True)
        try:
            ws = Workspace.open(path, data_dir=self.data_dir)
        except Exception as exc:  # noqa: BLE001 - reported; the window stays usable for another file
            QMessageBox.warning(self, self.tr("Cannot open this company file"), user_message(exc))
            return
        self.set_workspace(ws)

    def _fill_recent(self) -> None:
        from ..services.workspace import recent_files

        self.recent_menu.clear()
        for path in recent_files(self.data_dir):
            act = self.recent_menu.addAction(path.name)
            act.setToolTip(str(path))
            act.triggered.connect(lambda _=False, p=path: self.switch_to(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

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


def _warm_up(formats, currency: str) -> None:
    from decimal import Decimal

    from ..domain import loss  # noqa: F401 - imported for its side effect: loaded once, here

    formats.money(Decimal("1"), currency)
    formats.percent(Decimal("0.1"))


def local_now(tz) -> datetime:
    return datetime.now(timezone.utc).astimezone(tz)
