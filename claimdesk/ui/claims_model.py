"""The table of the claims list: letters grouped by chain, amounts, status with its date, the
answer deadline; an overdue answer highlighted until the letter is followed up."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, Qt
from PySide6.QtGui import QBrush, QFont, QGuiApplication

from ..services.workspace import is_overdue
from .claim_labels import delivery_label, kind_label, status_label
from .theme import overdue_colors

HEADERS = (QT_TRANSLATE_NOOP("ClaimsModel", "No."), QT_TRANSLATE_NOOP("ClaimsModel", "Provider"),
           QT_TRANSLATE_NOOP("ClaimsModel", "Letter date"), QT_TRANSLATE_NOOP("ClaimsModel", "Kind"),
           QT_TRANSLATE_NOOP("ClaimsModel", "Outages"), QT_TRANSLATE_NOOP("ClaimsModel", "Claimed"),
           QT_TRANSLATE_NOOP("ClaimsModel", "Received"), QT_TRANSLATE_NOOP("ClaimsModel", "Status"),
           QT_TRANSLATE_NOOP("ClaimsModel", "Answer due"))
COL_CLAIMED, COL_RECEIVED, COL_STATUS, COL_DUE = 5, 6, 7, 8
CLAIMS_WIDTHS = (50, 220, 120, 110, 70, 120, 120, 170, 190)  # the last column takes the spare width


class ClaimsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.claims: list = []
        self.providers: dict[int, str] = {}
        self.formats = None
        self.currency = "EUR"
        self.today = date.today()
        self.depth: dict[int, int] = {}
        self.followed: set[int] = set()
        self.sent: dict = {}

    def set_claims(self, claims, providers, formats, currency, chains=None) -> None:
        """``chains`` (services.claims.Chain, newest first) group the rows: each chain's letters
        oldest first, follow-ups indented under the letter they follow."""
        self.beginResetModel()
        by_id = {c.id: c for c in claims}
        self.depth, self.followed, self.sent = {}, set(), {}
        if chains is None:
            self.claims = sorted(claims, key=lambda c: c.id, reverse=True)
        else:
            self.claims = []
            for chain in chains:
                for depth, link in enumerate(chain.links):
                    self.claims.append(by_id.get(link.id, link.claim))
                    self.depth[link.id] = depth
                    self.sent[link.id] = link.sent
                    if depth:
                        self.followed.add(chain.links[depth - 1].id)
        self.providers, self.formats, self.currency = providers, formats, currency
        self.today = date.today()
        self.endResetModel()

    def is_overdue(self, c) -> bool:
        """Overdue and not followed up yet (a followed-up letter has done its part)."""
        return c.id not in self.followed and is_overdue(c, self.today)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        if self.claims:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.claims) - 1, len(HEADERS) - 1))

    def row_of(self, claim_id: int) -> int:
        return next((i for i, c in enumerate(self.claims) if c.id == claim_id), -1)

    def rowCount(self, parent=None):  # noqa: N802 - Qt's name
        return 0 if parent is not None and parent.isValid() else len(self.claims)

    def columnCount(self, parent=None):  # noqa: N802 - Qt's name
        return 0 if parent is not None and parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt's name
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(HEADERS[section])
        return None

    def _status_text(self, c) -> str:
        on = c.status_dates.get(c.status)
        if on is None:
            return status_label(c.status)
        return self.tr("{0} on {1}").format(status_label(c.status), self.formats.date(on, "medium"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.claims):
            return None
        c = self.claims[index.row()]
        col = index.column()
        overdue = self.is_overdue(c)
        if role == Qt.ItemDataRole.DisplayRole:
            f = self.formats
            if col == 0:
                return str(c.id)
            if col == 1:
                return self.providers.get(c.contract_id, "")
            if col == 2:
                return f.date(c.spec.date, "medium")
            if col == 3:
                return ("↳ " if self.depth.get(c.id) else "") + kind_label(c.spec.kind)
            if col == 4:
                return str(len(c.outage_ids))
            if col == COL_CLAIMED:
                return f.money(c.amount_claimed, self.currency)
            if col == COL_RECEIVED:
                return "—" if c.amount_received is None else f.money(c.amount_received, self.currency)
            if col == COL_STATUS:
                return self._status_text(c)
            if col == COL_DUE:
                text = f.date(c.response_deadline, "medium")
                return self.tr("{0} — overdue").format(text) if overdue else text
        if role == Qt.ItemDataRole.UserRole:
            return c.id
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and overdue:
            background, text = overdue_colors(QGuiApplication.palette())
            return QBrush(background if role == Qt.ItemDataRole.BackgroundRole else text)
        if role == Qt.ItemDataRole.FontRole and overdue and col in (COL_STATUS, COL_DUE):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and overdue:
            return self.tr("The provider has not answered in time: send a reminder or a formal notice.")
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_STATUS and getattr(self.sent.get(c.id), "pdf_sha256",
                                                                                 None):
            sent = self.sent[c.id]
            return self.tr("Sent on {0} ({1}); letter SHA-256 {2}").format(
                self.formats.date(sent.sent_on, "medium"), sent.tracking or delivery_label(sent.delivery),
                sent.pdf_sha256)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 4, COL_CLAIMED, COL_RECEIVED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
