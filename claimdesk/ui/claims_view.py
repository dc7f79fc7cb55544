"""The claims list: status and answer deadline of each claim, overdue answers highlighted."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.model import CLAIM_STATUSES
from ..services.workspace import is_overdue

OVERDUE_BG = QColor("#fbe3e0")
OVERDUE_FG = QColor("#922b21")


def tr(text: str) -> str:
    return QCoreApplication.translate("ClaimsView", text)


def status_label(status: str) -> str:
    return {"draft": tr("Draft"), "sent": tr("Sent"), "answered": tr("Answered"), "settled": tr("Settled"),
            "refused": tr("Refused"), "escalated": tr("Escalated")}.get(status, status)


def kind_label(kind: str) -> str:
    return {"claim": tr("Claim"), "reminder": tr("Reminder"), "formal_notice": tr("Formal notice")}.get(kind, kind)


class ClaimsModel(QAbstractTableModel):
    HEADERS = ("No.", "Provider", "Letter date", "Kind", "Outages", "Amount claimed", "Status", "Answer due")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.claims: list = []
        self.providers: dict[int, str] = {}
        self.formats = None
        self.currency = "EUR"
        self.today = date.today()

    def set_claims(self, claims, providers, formats, currency) -> None:
        self.beginResetModel()
        self.claims = sorted(claims, key=lambda c: c.id, reverse=True)
        self.providers, self.formats, self.currency = providers, formats, currency
        self.today = date.today()
        self.endResetModel()

    def rowCount(self, parent=None):
        return 0 if parent is not None and parent.isValid() else len(self.claims)

    def columnCount(self, parent=None):
        return 0 if parent is not None and parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(self.HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.claims):
            return None
        c = self.claims[index.row()]
        col = index.column()
        overdue = is_overdue(c, self.today)
        if role == Qt.ItemDataRole.DisplayRole:
            f = self.formats
            if col == 0:
                return str(c.id)
            if col == 1:
                return self.providers.get(c.contract_id, "")
            if col == 2:
                return f.date(c.spec.date, "medium")
            if col == 3:
                return kind_label(c.spec.kind)
            if col == 4:
                return str(len(c.outage_ids))
            if col == 5:
                return f.money(c.amount_claimed, self.currency)
            if col == 6:
                return status_label(c.status)
            if col == 7:
                text = f.date(c.response_deadline, "medium")
                return tr("{0} — overdue").format(text) if overdue else text
        if role == Qt.ItemDataRole.UserRole:
            return c.id
        if role == Qt.ItemDataRole.BackgroundRole and overdue:
            return QBrush(OVERDUE_BG)
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QBrush(OVERDUE_FG)
        if role == Qt.ItemDataRole.FontRole and overdue and col in (6, 7):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and overdue:
            return tr("The provider has not answered in time: send a reminder or a formal notice.")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 4, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ClaimsView(QWidget):
    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window_ = window
        self.ws = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        self.model = ClaimsModel(self)
        self.table = QTableView()
        self.table.setObjectName("claims")
        self.table.setAccessibleName(tr("Claims"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 50), (2, 120), (3, 110), (4, 70), (5, 130), (6, 100), (7, 190)):
            self.table.setColumnWidth(col, width)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(tr("No claim yet. Select outages in the journal and choose Claim ▸ New claim (Ctrl+L)."))
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        lab = QLabel(tr("Set the &status of the selected claim to:"))
        self.status = QComboBox()
        self.status.setAccessibleName(tr("New status"))
        for s in CLAIM_STATUSES:
            self.status.addItem(status_label(s), s)
        lab.setBuddy(self.status)
        apply = QPushButton(tr("&Apply"))
        apply.setAccessibleName(tr("Apply status"))
        apply.clicked.connect(self.apply_status)
        self.save_pdf = QPushButton(tr("Save the &letter as PDF…"))
        self.save_pdf.clicked.connect(self.export_pdf)
        row.addWidget(lab)
        row.addWidget(self.status)
        row.addWidget(apply)
        row.addStretch(1)
        row.addWidget(self.save_pdf)
        layout.addLayout(row)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

    def set_workspace(self, ws, formats) -> None:
        self.ws = ws
        providers = {rec.id: rec.contract.provider for rec in ws.contracts()}
        self.model.set_claims(ws.claims(), providers, formats, ws.company().currency)
        self.empty.setVisible(self.model.rowCount() == 0)

    def current_claim(self):
        index = self.table.currentIndex()
        return self.model.claims[index.row()] if index.isValid() else None

    def _current_changed(self, *_):
        c = self.current_claim()
        if c is not None:
            self.status.setCurrentIndex(max(0, self.status.findData(c.status)))

    def apply_status(self) -> None:
        c = self.current_claim()
        if c is None:
            return
        row = self.table.currentIndex().row()
        self.ws.set_claim_status(c.id, self.status.currentData())
        self.window_.refresh_all()
        self.table.selectRow(row)

    def export_pdf(self) -> None:
        c = self.current_claim()
        if c is None:
            return
        pdf = self.ws.claim_pdf(c.id)
        if not pdf:
            QMessageBox.information(self, tr("No letter stored"), tr("This claim has no stored PDF letter."))
            return
        name, _ = QFileDialog.getSaveFileName(self, tr("Save the letter"), f"claim-{c.id}.pdf", "PDF (*.pdf)")
        if name:
            from pathlib import Path

            Path(name).write_bytes(pdf)
