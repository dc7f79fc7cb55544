"""Settings: the company's profile, opening hours and closed dates, channels, baseline, contracts,
and the language of the interface (applied at once, kept for the next start)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
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
from .forms import add_row, problems_text
from .icons import icon
from .language import (
    CHOICES,
    Retranslating,
    apply_language,
    choice_label,
    save_choice,
    saved_choice,
)
from .theme import error_text


def _scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


class ContractsTab(Retranslating, QWidget):
    def __init__(self, ws, parent=None):
        super().__init__(parent)
        self.ws = ws
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.list = QListWidget()
        left.addWidget(self.list, 1)
        self.new = QPushButton()
        self.new.clicked.connect(self.new_contract)
        left.addWidget(self.new)
        layout.addLayout(left, 1)
        right = QVBoxLayout()
        self.form = ContractForm(service_levels=True)
        right.addWidget(self.form)
        self.save = QPushButton()
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
        self.retranslate()
        self._fill()

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Contracts"))
        self.new.setText(self.tr("&New contract"))
        self.save.setText(self.tr("Sa&ve contract"))
        if self.saved.text():
            self.saved.setText(self.tr("Saved."))

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
        self.form.set_contract(None)
        self.form.provider.setFocus()

    def save_contract(self) -> bool:
        try:
            self.current_id = self.ws.save_contract(self.current_id, self.form.value())
        except ValidationError as exc:
            self.form.show(exc.problems)
            return False
        self.form.show([])
        self._fill(self.current_id)
        self.saved.setText(self.tr("Saved."))
        return True


class InterfaceTab(Retranslating, QWidget):
    """The language of ClaimDesk's own windows (letters have their own language, in the claim wizard)."""

    def __init__(self, data_dir=None, parent=None):
        super().__init__(parent)
        self.data_dir = data_dir
        form = QFormLayout(self)
        self.language = QComboBox()
        for key, _text in CHOICES:
            self.language.addItem("", key)
        self.language.setCurrentIndex(max(0, self.language.findData(saved_choice(data_dir))))
        self.language_field = add_row(form, self.language)
        self.language.activated.connect(self._chosen)
        self.retranslate()

    def retranslate(self) -> None:
        for i in range(self.language.count()):
            self.language.setItemText(i, choice_label(self.language.itemData(i)))
        self.language_field.set_texts(
            self.tr("Lan&guage of the interface:"),
            self.tr("Changes ClaimDesk's menus, windows and the way dates and amounts are written, at once. "
                    "Each claim letter keeps the language you choose for it."))

    def _chosen(self, _index: int = 0) -> None:
        choice = self.language.currentData()
        save_choice(choice, self.data_dir)
        apply_language(choice)


class SettingsDialog(Retranslating, QDialog):
    def __init__(self, ws, parent=None, data_dir=None):
        super().__init__(parent)
        self.ws = ws
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
        self.interface_tab = InterfaceTab(data_dir)
        for widget in (self.profile, self.hours, self.channels, self.baseline, self.contracts):
            self.tabs.addTab(_scroll(widget), "")
        self.tabs.addTab(self.interface_tab, "")
        layout.addWidget(self.tabs, 1)
        self.error = QLabel()
        error_text(self.error)
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._left = []
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        for i, title in enumerate((self.tr("Pro&file"), self.tr("Opening &hours"), self.tr("Sa&les channels"),
                                   self.tr("&Baseline"), self.tr("C&ontracts"), self.tr("&Interface"))):
            self.tabs.setTabText(i, title)
        if self.error.text():
            self._show_error()

    def _show_error(self) -> None:
        text = self.tr("Some entries need a look (marked in red).")
        if self._left:
            text += "\n" + problems_text(self._left)
        self.error.setText(text)

    def accept(self) -> None:
        forms = [self.profile, self.hours, self.channels, self.baseline]
        try:
            company = build_company(*forms)
            self.ws.save_company(company)
        except ValidationError as exc:
            self._left = show_company_problems(forms, exc.problems)
            self._show_error()
            for i, form in enumerate(forms):
                if any(not f.error.isHidden() for f in form.fields.values()):
                    self.tabs.setCurrentIndex(i)
                    break
            return
        super().accept()
