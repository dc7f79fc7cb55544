"""Company settings: profile, opening hours and closed dates, channels, baseline, contracts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.problems import ValidationError
from .company_forms import (
    BaselineForm,
    ChannelsForm,
    ContractForm,
    HoursForm,
    ProfileForm,
    build_company,
    show_company_problems,
)
from .icons import icon


def tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


def _scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


class ContractsTab(QWidget):
    def __init__(self, ws, parent=None):
        super().__init__(parent)
        self.ws = ws
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Contracts"))
        left.addWidget(self.list, 1)
        new = QPushButton(tr("&New contract"))
        new.clicked.connect(self.new_contract)
        left.addWidget(new)
        layout.addLayout(left, 1)
        right = QVBoxLayout()
        self.form = ContractForm()
        right.addWidget(self.form)
        self.save = QPushButton(tr("Save &contract"))
        self.save.clicked.connect(self.save_contract)
        self.saved = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.saved, 1)
        row.addWidget(self.save)
        right.addLayout(row)
        right.addStretch(1)
        layout.addLayout(right, 2)
        self.current_id = None
        self.list.currentRowChanged.connect(self._pick)
        self._fill()

    def _fill(self, select_id=None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        self.ids = []
        for rec in self.ws.contracts():
            self.list.addItem(f"{rec.contract.provider} — {rec.contract.contract_reference}")
            self.ids.append(rec.id)
        self.list.blockSignals(False)
        if self.ids:
            self.list.setCurrentRow(self.ids.index(select_id) if select_id in self.ids else 0)
            self._pick(self.list.currentRow())

    def _pick(self, row: int) -> None:
        if 0 <= row < len(self.ids):
            self.current_id = self.ids[row]
            self.form.set_contract(self.ws.contract(self.current_id))
            self.form.show([])
            self.saved.clear()

    def new_contract(self) -> None:
        self.current_id = None
        self.list.clearSelection()
        for edit in (self.form.provider, self.form.customer, self.form.reference, self.form.fee):
            edit.clear()
        self.form.provider_address.clear()
        for box in self.form.services.values():
            box.setChecked(False)
        self.form.provider.setFocus()

    def save_contract(self) -> bool:
        try:
            self.current_id = self.ws.save_contract(self.current_id, self.form.value())
        except ValidationError as exc:
            self.form.show(exc.problems)
            return False
        self.form.show([])
        self._fill(self.current_id)
        self.saved.setText(tr("Saved."))
        return True


class SettingsDialog(QDialog):
    def __init__(self, ws, parent=None):
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(tr("Company settings"))
        self.setWindowIcon(icon("settings"))
        self.resize(820, 660)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.profile, self.hours, self.channels, self.baseline = ProfileForm(), HoursForm(), ChannelsForm(), BaselineForm()
        company = ws.company()
        self.profile.set_company(company)
        self.hours.set_company(company)
        self.channels.set_channels(company.channels)
        self.baseline.set_baseline(company.baseline)
        self.contracts = ContractsTab(ws)
        for widget, title in ((self.profile, tr("&Profile")), (self.hours, tr("Opening &hours")),
                              (self.channels, tr("Sales c&hannels")), (self.baseline, tr("&Baseline")),
                              (self.contracts, tr("C&ontracts"))):
            self.tabs.addTab(_scroll(widget), title)
        layout.addWidget(self.tabs, 1)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        forms = [self.profile, self.hours, self.channels, self.baseline]
        try:
            company = build_company(*forms)
            self.ws.save_company(company)
        except ValidationError as exc:
            left = show_company_problems(forms, exc.problems)
            self.error.setText(tr("Some entries need a look (marked in red)." ) + ("\n" + "\n".join(map(str, left))
                                                                                  if left else ""))
            for i, form in enumerate(forms):
                if any(not f.error.isHidden() for f in form.fields.values()):
                    self.tabs.setCurrentIndex(i)
                    break
            return
        super().accept()
