"""The outage journal as a lazily paged table model.

Only the rows in view are fetched (a page at a time, from the company file, in the order asked
for) and formatted (when Qt asks for a cell); a company with 100,000 outages costs a count query
and a page of records, never 100,000 widgets or strings. Filtering and sorting happen in the query.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QFont, QGuiApplication

from ..services.workspace import JOURNAL_ORDERS, OutageFilter
from .theme import running_color

PAGE_SIZE = 200
MAX_PAGES = 20  # pages kept in memory (4,000 records)
# Orders that walk an index: a page comes in ~10 ms even 100,000 rows deep, so it is read at once.
# The others sort in SQLite (up to ~200 ms deep in 100,000 rows): their pages are read in a worker
# and the rows show "…" for that moment, so scrolling never waits for the file.
INDEXED_ORDERS = {"start", "service", "duration"}
PENDING = "…"
_DISPLAY, _USER, _FOREGROUND, _FONT, _TOOLTIP, _ALIGNMENT = (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole)
_ANSWERED_ROLES = frozenset((_DISPLAY, _USER, _FOREGROUND, _FONT, _TOOLTIP, _ALIGNMENT))
_VERTICAL = Qt.Orientation.Vertical
_RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

COLUMNS = ("service", "provider", "start", "end", "duration", "ticket", "evidence", "claimed")
_RIGHT_ALIGNED_COLUMNS = frozenset((COLUMNS.index("duration"), COLUMNS.index("evidence")))
HEADERS = (QT_TRANSLATE_NOOP("OutageModel", "Service"), QT_TRANSLATE_NOOP("OutageModel", "Provider"),
           QT_TRANSLATE_NOOP("OutageModel", "Started"), QT_TRANSLATE_NOOP("OutageModel", "Ended"),
           QT_TRANSLATE_NOOP("OutageModel", "Duration"), QT_TRANSLATE_NOOP("OutageModel", "Ticket no."),
           QT_TRANSLATE_NOOP("OutageModel", "Evidence"), QT_TRANSLATE_NOOP("OutageModel", "Claimed"))
SERVICE_NAMES = {
    "phone": QT_TRANSLATE_NOOP("OutageModel", "Phone"),
    "internet": QT_TRANSLATE_NOOP("OutageModel", "Internet"),
    "email": QT_TRANSLATE_NOOP("OutageModel", "E-mail"),
    "mobile": QT_TRANSLATE_NOOP("OutageModel", "Mobile"),
    "tv": QT_TRANSLATE_NOOP("OutageModel", "TV"),
}


def service_label(service: str) -> str:
    text = SERVICE_NAMES.get(service)
    return QCoreApplication.translate("OutageModel", text) if text else service


def _minutes(t) -> str:
    return f"{t.year:04d}-{t.month:02d}-{t.day:02d} {t.hour:02d}:{t.minute:02d}"


def duration_text(seconds: int) -> str:
    hours, rest = divmod(max(0, int(seconds)), 3600)
    days, hours = divmod(hours, 24)
    minutes = rest // 60
    if days:
        return QCoreApplication.translate("OutageModel", "{0} d {1} h").format(days, hours)
    return QCoreApplication.translate("OutageModel", "{0} h {1:02d} min").format(hours, minutes)


class OutageTableModel(QAbstractTableModel):
    def __init__(self, workspace, formats, parent=None):
        super().__init__(parent)
        self.ws = workspace
        self.formats = formats
        self.filter = OutageFilter()
        self.order_by, self.descending = "start", True
        self._count = 0
        self._pages: OrderedDict[int, list] = OrderedDict()
        # row -> its cells' texts, made once: Qt asks each painted cell for seven roles, and paints
        # again on every scroll, hover and selection. Rows of a running outage are not kept (their
        # duration grows).
        self._texts: dict[int, tuple] = {}
        self._pending: set[int] = set()
        self._generation = 0  # bumped by every reload: late pages of an older query are dropped
        self._providers: dict[int, str] = {}
        self.reload()

    # loading

    def set_workspace(self, workspace, formats) -> None:
        self.ws, self.formats = workspace, formats
        self.filter = OutageFilter()
        self.order_by, self.descending = "start", True
        self.reload()

    def set_formats(self, formats) -> None:
        """New formats (language or company changed): every cell and header is shown again."""
        self.formats = formats
        self.retranslate()

    def retranslate(self) -> None:
        self._texts.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(COLUMNS) - 1))

    def set_filter(self, flt: OutageFilter) -> None:
        self.filter = flt
        self.reload()

    def sort_column(self) -> int:
        return COLUMNS.index(self.order_by)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column in the company file's query; columns it cannot sort by are ignored."""
        key = COLUMNS[column] if 0 <= column < len(COLUMNS) else None
        if key not in JOURNAL_ORDERS:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.order_by, self.descending):
            return
        self.order_by, self.descending = key, descending
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._generation += 1
        self._pending.clear()
        self._pages.clear()
        self._texts.clear()
        self._providers = self.ws.contract_providers() if self.ws else {}
        self._count = self.ws.count_outages(self.filter) if self.ws else 0
        self.endResetModel()

    def record(self, row: int):
        """The OutageRecord shown in ``row``; fetches its page if needed."""
        if not 0 <= row < self._count or self.ws is None:
            return None
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            if self.order_by not in INDEXED_ORDERS:
                self._request(page_no)
                return None
            page = self.ws.outage_page(self.filter, page_no * PAGE_SIZE, PAGE_SIZE, order_by=self.order_by,
                                       descending=self.descending)
            self._store(page_no, page)
        else:
            self._pages.move_to_end(page_no)
        i = row - page_no * PAGE_SIZE
        return page[i] if i < len(page) else None

    def _store(self, page_no: int, page: list) -> None:
        self._pages[page_no] = page
        while len(self._pages) > MAX_PAGES:
            dropped, _ = self._pages.popitem(last=False)
            for row in range(dropped * PAGE_SIZE, (dropped + 1) * PAGE_SIZE):
                self._texts.pop(row, None)

    def _request(self, page_no: int) -> None:
        """Read a page in a worker; its rows are announced (dataChanged) when it arrives."""
        if page_no in self._pending:
            return
        # pages scrolled past long ago are not read any more
        self._pending = {p for p in self._pending if abs(p - page_no) <= 2}
        self._pending.add(page_no)
        generation, ws, flt = self._generation, self.ws, self.filter
        order_by, descending = self.order_by, self.descending

        def read():
            if generation != self._generation or page_no not in self._pending:
                return None  # no longer wanted
            return ws.outage_page(flt, page_no * PAGE_SIZE, PAGE_SIZE, order_by=order_by, descending=descending)

        def arrived(page):
            if generation != self._generation or page is None:
                return
            self._pending.discard(page_no)
            self._store(page_no, page)
            last = min(self._count, (page_no + 1) * PAGE_SIZE) - 1
            if last >= page_no * PAGE_SIZE:
                self.dataChanged.emit(self.index(page_no * PAGE_SIZE, 0), self.index(last, len(COLUMNS) - 1))

        def failed(_exc):
            self._pending.discard(page_no)

        from .workers import run_task

        run_task(read, on_done=arrived, on_failed=failed, context=self)

    def pages_pending(self) -> int:
        return len(self._pending)

    def row_of(self, outage_id: int, read_pages: int = 0) -> int:
        """The row of an outage among the pages already loaded, or -1. With ``read_pages``, pages not
        loaded yet (a reload has just emptied them) are read, up to that many, to find it."""
        for page_no, page in self._pages.items():
            for i, rec in enumerate(page):
                if rec.id == outage_id:
                    return page_no * PAGE_SIZE + i
        if self.ws is None:
            return -1
        for page_no in range(min(read_pages, -(-self._count // PAGE_SIZE))):
            if page_no in self._pages:
                continue
            page = self.ws.outage_page(self.filter, page_no * PAGE_SIZE, PAGE_SIZE, order_by=self.order_by,
                                       descending=self.descending)
            self._pending.discard(page_no)
            self._store(page_no, page)
            for i, rec in enumerate(page):
                if rec.id == outage_id:
                    return page_no * PAGE_SIZE + i
        return -1

    def loaded_pages(self) -> int:
        return len(self._pages)

    # Qt model interface: every unknown role returns None from Python (perf-baseline §0)

    def rowCount(self, parent=None):  # noqa: N802 - Qt's name
        return 0 if parent is not None and parent.isValid() else self._count

    def columnCount(self, parent=None):  # noqa: N802 - Qt's name
        return 0 if parent is not None and parent.isValid() else len(COLUMNS)

    def column_title(self, section: int) -> str:
        return QCoreApplication.translate("OutageModel", HEADERS[section])

    def headerData(self, section, orientation, role=_DISPLAY):  # noqa: N802 - Qt's name
        if role != _DISPLAY or orientation == _VERTICAL:
            return None
        return self.column_title(section)

    def data(self, index, role=_DISPLAY):
        # Qt asks each painted cell for seven roles: the ones not answered here cost one set lookup,
        # and a kept row's texts (below) one dictionary lookup
        if role not in _ANSWERED_ROLES:
            return None
        if role == _ALIGNMENT:  # the same for every row: no record needed
            return _RIGHT_ALIGNED if index.column() in _RIGHT_ALIGNED_COLUMNS else None
        texts = self._texts.get(index.row())
        if texts is None:
            return self._record_data(index, role)
        if role == _DISPLAY:
            return texts[index.column()]
        if role == _USER or role == _TOOLTIP:
            return self._record_data(index, role)
        return None  # a finished outage: no colour, no bold

    def _record_data(self, index, role):
        if not index.isValid():
            return None
        row = index.row()
        rec = self.record(row)
        if rec is None:
            return PENDING if role == _DISPLAY and index.column() == 0 else None
        column = COLUMNS[index.column()]
        if role == _DISPLAY:
            if rec.end is None:
                return self._display(rec, column)
            texts = self._texts[row] = tuple(self._display(rec, name) for name in COLUMNS)
            return texts[index.column()]
        if role == _USER:
            return rec.id
        if rec.end is None and role == _FOREGROUND and column in ("service", "end", "duration"):
            return QBrush(running_color(QGuiApplication.palette()))
        # bold marks the running row, but not its start: a bold date and time would not fit the
        # column sized for all eight columns at 1,280 px
        if rec.end is None and role == _FONT and column != "start":
            font = QFont()
            font.setBold(True)
            return font
        if role == _TOOLTIP:
            if column == "ticket" and not rec.provider_reference:
                return self.tr("No ticket number yet: ask your provider for one and note it here.")
            if column == "service" and rec.description:
                return rec.description
        return None

    def _when(self, instant) -> str:
        # Year-month-day and 24-hour shop time: unambiguous in every language, sorts as it reads,
        # and costs no locale data at start-up (babel's first call loads ~80 ms of it).
        # (Formatted here, not by strftime: that imports ``time`` at each call, through PySide's
        # Python import hook.)
        if not self.formats.tz:
            return f"{_minutes(instant)} UTC"
        return _minutes(instant.astimezone(self.formats.tz))

    def _display(self, rec, column: str):
        if column == "service":
            return service_label(rec.service)
        if column == "provider":
            return self._providers.get(rec.contract_id, "")
        if column == "start":
            return self._when(rec.start)
        if column == "end":
            return self._when(rec.end) if rec.end else self.tr("still down")
        if column == "duration":
            if rec.end is None:
                from ..services.workspace import now_utc

                return duration_text((now_utc() - rec.start).total_seconds())
            return duration_text((rec.end - rec.start).total_seconds())
        if column == "ticket":
            return rec.provider_reference or "—"
        if column == "evidence":
            return str(len(rec.evidence)) if rec.evidence else ""
        if column == "claimed":
            return self.tr("yes") if rec.claim_ids else self.tr("no")
        return None
