"""How the main window is laid out: its actions, menus and tool bar, the company header, the
running-outage banner, the journal with its filters and the live estimate, the claims tab.

Only construction lives here; the texts are set by ``MainWindow.retranslate`` (from the tables
below), so they follow the interface language.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    Qt,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..domain.model import SERVICES
from ..services.workspace import JOURNAL_ORDERS
from .elided_label import ElidedLabel
from .estimate_view import EstimatePanel
from .icons import icon
from .outage_model import OutageTableModel
from .theme import emphasised, muted

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


JOURNAL_WIDTHS = (80, 175, 125, 125, 80, 115, 70, 70)  # all eight in sight at 1,280 px


class Standard(str):
    """A platform's own shortcut (a name of QKeySequence.StandardKey): Delete, Undo, Open, Quit…"""


def _action(window, name, slot, shortcut=None, icon_name=None):
    action = QAction(icon(icon_name) if icon_name else icon("none"), "", window)
    action.setObjectName(name)
    if shortcut:
        window.shortcut_keys[name] = shortcut  # set just after the first paint (install_shortcuts)
    action.triggered.connect(slot)
    window.actions_by_name[name] = action
    return action


def install_shortcuts(window) -> None:
    """The actions' keyboard shortcuts. Set just after the first paint: PySide builds its key
    sequence type only then (~1.5 ms, with the 71 standard keys), and no key is pressed in a window
    not yet on screen."""
    from PySide6.QtGui import QKeySequence

    for name, key in window.shortcut_keys.items():
        sequence = QKeySequence(getattr(QKeySequence.StandardKey, key)) if isinstance(key, Standard) else QKeySequence(key)
        window.actions_by_name[name].setShortcut(sequence)


def build_actions(window) -> None:
    """The window's actions, menus and tool bar (their texts come from MainWindow.retranslate)."""
    window.actions_by_name = {}
    window.shortcut_keys = {}

    def a(*args):
        return _action(window, *args)

    window.act_start = a("start", window.outage_started, "Ctrl+D", "outage-start")
    window.act_back = a("back", window.service_back, "Ctrl+B", "service-back")
    window.act_add = a("add", window.add_outage, "Ctrl+Shift+N", "new")
    window.act_edit = a("edit", window.edit_outage, "Ctrl+E", "edit")
    window.act_delete = a("delete", window.delete_outage, Standard("Delete"), "delete")
    window.act_undo = a("undo", window.undo_delete, Standard("Undo"))
    window.act_undo.setEnabled(False)
    window._undo = None  # the last delete's Undo (services.undo)
    window.act_claim = a("claim", window.new_claim, "Ctrl+L", "claim")
    window.act_open = a("open", window.open_file, Standard("Open"), "open")
    window.act_new = a("new_company", window.new_company, Standard("New"), "new")
    window.act_import = a("import", window.import_case_file, "Ctrl+I", "open")
    window.act_batch = a("batch", window.letters_for_many)
    window.act_restore = a("restore", window.restore_backup)
    window.act_settings = a("settings", window.company_settings, "Ctrl+,", "settings")
    window.act_preferences = a("preferences", window.preferences, "Ctrl+Shift+,", "settings")
    window.act_journal = a("journal", lambda: window.tabs.setCurrentIndex(0), "Ctrl+1")
    window.act_claims = a("claims", lambda: window.tabs.setCurrentIndex(1), "Ctrl+2", "claims")
    window.act_refresh = a("refresh", window.refresh_all, Standard("Refresh"))
    window.act_quit = a("quit", window.close, Standard("Quit"))

    bar = window.menuBar()
    window.file_menu = m = bar.addMenu("")
    for act in (window.act_open, window.act_new, window.act_import, window.act_batch):
        m.addAction(act)
    window.recent_menu = m.addMenu("")
    window.recent_menu.aboutToShow.connect(window._fill_recent)
    m.addAction(window.act_restore)
    m.addSeparator()
    m.addAction(window.act_preferences)
    m.addAction(window.act_quit)
    window.outage_menu = m = bar.addMenu("")
    for act in (window.act_start, window.act_back, None, window.act_add, window.act_edit, window.act_delete,
                window.act_undo):
        m.addSeparator() if act is None else m.addAction(act)
    window.claim_menu = bar.addMenu("")
    window.claim_menu.addAction(window.act_claim)
    window.view_menu = m = bar.addMenu("")
    for act in (window.act_journal, window.act_claims, window.act_refresh):
        m.addAction(act)
    window.sort_menu = m.addMenu("")
    window.sort_actions: dict[str, QAction] = {}
    for key in JOURNAL_ORDERS:
        act = window.sort_menu.addAction("")
        act.triggered.connect(lambda _=False, k=key: window.sort_journal(k))
        window.sort_actions[key] = act
    window.company_menu = bar.addMenu("")
    window.company_menu.addAction(window.act_settings)

    window.toolbar = tools = QToolBar()
    tools.setObjectName("main_toolbar")
    tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    tools.setMovable(False)
    for act in (window.act_start, window.act_back, None, window.act_add, window.act_edit, None, window.act_claim):
        tools.addSeparator() if act is None else tools.addAction(act)
    window.addToolBar(tools)
    # Its entries (ui/owner_menus) come just after the first paint; the title is there at once.
    window.help_menu = bar.addMenu("")


def build_ui(window) -> None:
    """The company header, the running-outage banner, the journal with its filters and the live
    estimate, and the (lazily built) claims tab."""
    central = QWidget()
    outer = QVBoxLayout(central)
    outer.setContentsMargins(10, 8, 10, 6)

    # the open company and a way to switch
    head = QHBoxLayout()
    # a long name or path is elided (whole in the tooltip), never widening the window
    window.company_label = ElidedLabel()
    emphasised(window.company_label, 15)
    window.file_label = ElidedLabel()
    muted(window.file_label)
    window.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    window.switch_button = QPushButton(icon("open"), "")
    window.switch_button.clicked.connect(window.open_file)
    head.addWidget(window.company_label, 3)
    head.addSpacing(12)
    head.addWidget(window.file_label, 2)
    head.addWidget(window.switch_button)
    outer.addLayout(head)

    # a file the user may not write to, or that another window has: opened for reading only
    window.read_only_bar = QLabel()
    window.read_only_bar.setObjectName("read_only_bar")
    window.read_only_bar.setWordWrap(True)
    window.read_only_bar.setFrameShape(QFrame.Shape.StyledPanel)
    window.read_only_bar.setContentsMargins(8, 4, 8, 4)
    emphasised(window.read_only_bar)
    window.read_only_bar.hide()
    outer.addWidget(window.read_only_bar)

    # the running-outage banner
    window.banner = QFrame()
    window.banner.setObjectName("running_banner")  # its style sheet is set when it first shows
    row = QHBoxLayout(window.banner)
    window.banner_label = QLabel()
    window.banner_label.setWordWrap(True)
    window.banner_back = QPushButton(icon("service-back"), "")
    window.banner_back.clicked.connect(window.service_back)
    row.addWidget(window.banner_label, 1)
    row.addWidget(window.banner_back)
    outer.addWidget(window.banner)

    # the summary of what is unclaimed
    window.summary_label = QLabel()
    window.summary_label.setContentsMargins(0, 4, 0, 4)
    outer.addWidget(window.summary_label)

    window.tabs = QTabWidget()
    window.tabs.setDocumentMode(True)
    outer.addWidget(window.tabs, 1)

    journal = QWidget()
    jl = QVBoxLayout(journal)
    jl.setContentsMargins(0, 6, 0, 0)
    filters = QHBoxLayout()
    window.f_service = QComboBox()
    window.f_service.addItem("", None)
    for s in SERVICES:
        window.f_service.addItem("", s)
    window.f_provider = QComboBox()
    window.f_period = QComboBox()
    for key, _text in PERIODS:
        window.f_period.addItem("", key)
    window.f_claimed = QComboBox()
    for value, _text in CLAIMED_CHOICES:
        window.f_claimed.addItem("", value)
    window.filter_labels = []
    for combo in (window.f_service, window.f_provider, window.f_period, window.f_claimed):
        lab = QLabel()
        lab.setBuddy(combo)
        combo.currentIndexChanged.connect(window.apply_filter)
        filters.addWidget(lab)
        filters.addWidget(combo)
        window.filter_labels.append(lab)
    filters.addStretch(1)
    window.count_label = QLabel()
    filters.addWidget(window.count_label)
    jl.addLayout(filters)

    split = QSplitter()
    window.model = OutageTableModel(window.ws, window.formats, window)
    window.table = QTableView()
    window.table.setObjectName("journal")
    # The row header is hidden and fixed before the model comes: set later, the model's arrival
    # would size it from the titles of its first and last 100 rows (800 calls into Python).
    window.table.verticalHeader().hide()
    window.table.verticalHeader().setDefaultSectionSize(26)
    window.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    window.table.setModel(window.model)
    window.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    window.table.setAlternatingRowColors(True)
    window.table.setWordWrap(False)
    header = window.table.horizontalHeader()
    # Widths follow the titles (fit_header); the last column takes the spare width, so no
    # title is ever squeezed below its text in a narrow window (a scroll bar appears instead).
    header.setStretchLastSection(True)
    for col, width in enumerate(JOURNAL_WIDTHS):
        window.table.setColumnWidth(col, width)
    # Clicking a header sorts in the company file's query, so 100,000 rows stay paged.
    header.setSectionsClickable(True)
    header.setSortIndicatorShown(True)
    header.setSortIndicator(window.model.sort_column(), Qt.SortOrder.DescendingOrder)
    header.sortIndicatorChanged.connect(window._sort_changed)
    window.table.doubleClicked.connect(lambda _i: window.edit_outage())
    window.table.selectionModel().selectionChanged.connect(window._selection_changed)
    window.table.activated.connect(lambda _i: window.edit_outage())
    window.empty_hint = QLabel()
    window.empty_hint.setWordWrap(True)
    window.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
    muted(window.empty_hint)
    emphasised(window.empty_hint, 11, bold=False)
    left = QWidget()
    ll = QVBoxLayout(left)
    ll.setContentsMargins(0, 0, 0, 0)
    ll.addWidget(window.table, 1)
    ll.addWidget(window.empty_hint)
    split.addWidget(left)
    window.estimate = EstimatePanel()
    window.estimate.extras.changed.connect(window._estimate_timer_start)
    split.addWidget(window.estimate)
    split.setStretchFactor(0, 3)
    split.setStretchFactor(1, 2)
    split.setSizes([880, 380])
    jl.addWidget(split, 1)
    window.tabs.addTab(journal, icon("edit"), "")

    # The claims list is built when first shown (or asked for): the first paint does not need it.
    window._claims = None
    window.claims_page = QWidget()
    QVBoxLayout(window.claims_page).setContentsMargins(0, 0, 0, 0)
    window.tabs.addTab(window.claims_page, icon("claims"), "")
    window.tabs.currentChanged.connect(lambda i: i == 1 and window.claims)
    window.setCentralWidget(central)
    window.statusBar()
