"""Forms for the company's profile, opening hours, sales channels, baseline and contracts.

The first-run assistant shows them as pages, the settings dialog as tabs. Each form turns what
was typed into domain values; a value that is not valid is reported at its field, and the text
typed stays where it is.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.model import (
    DEFAULT_CURRENCY,
    JURISDICTIONS,
    SERVICES,
    WEEKDAYS,
    BankAccount,
    Baseline,
    Channel,
    Company,
    Contract,
    Signatory,
    Span,
)
from ..domain.problems import Problem, ValidationError
from .forms import (
    Field,
    add_row,
    amount_hint,
    limit_dates,
    parse_decimal,
    plain,
    show_problems,
    text_box,
)
from .language import Retranslating
from .outage_model import service_label
from .theme import muted

HUNDRED = Decimal(100)
_SPAN_RE = re.compile(r"^\s*(\d{1,2})[:h.](\d{2})\s*[-–]\s*(\d{1,2})[:h.](\d{2})\s*$")

JURISDICTION_ZONES = {"FR": "Europe/Paris", "BE": "Europe/Brussels", "CH": "Europe/Zurich",
                      "CA-QC": "America/Toronto", "CA-BC": "America/Vancouver", "CA-AB": "America/Edmonton",
                      "CA-ON": "America/Toronto"}


WEEKDAY_NAMES = {"mon": QT_TRANSLATE_NOOP("CompanyForms", "Monday"), "tue": QT_TRANSLATE_NOOP("CompanyForms", "Tuesday"),
                 "wed": QT_TRANSLATE_NOOP("CompanyForms", "Wednesday"),
                 "thu": QT_TRANSLATE_NOOP("CompanyForms", "Thursday"),
                 "fri": QT_TRANSLATE_NOOP("CompanyForms", "Friday"),
                 "sat": QT_TRANSLATE_NOOP("CompanyForms", "Saturday"),
                 "sun": QT_TRANSLATE_NOOP("CompanyForms", "Sunday")}
JURISDICTION_NAMES = {"FR": QT_TRANSLATE_NOOP("CompanyForms", "France"),
                      "BE": QT_TRANSLATE_NOOP("CompanyForms", "Belgium"),
                      "CH": QT_TRANSLATE_NOOP("CompanyForms", "Switzerland"),
                      "CA-QC": QT_TRANSLATE_NOOP("CompanyForms", "Canada — Québec"),
                      "CA-BC": QT_TRANSLATE_NOOP("CompanyForms", "Canada — British Columbia"),
                      "CA-AB": QT_TRANSLATE_NOOP("CompanyForms", "Canada — Alberta"),
                      "CA-ON": QT_TRANSLATE_NOOP("CompanyForms", "Canada — Ontario")}


def _tr(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("CompanyForms", …), in the interface language."""
    return QCoreApplication.translate("CompanyForms", text)


def weekday_label(day: str) -> str:
    return _tr(WEEKDAY_NAMES[day])


def jurisdiction_label(code: str) -> str:
    return _tr(JURISDICTION_NAMES[code]) if code in JURISDICTION_NAMES else code


HELP = {
    "standard_turnover": QT_TRANSLATE_NOOP(
        "CompanyForms", "Standard turnover: what you usually sell on that day of the week, all channels "
        "together (look at the same weekdays in the months before the outage)."),
    "trend": QT_TRANSLATE_NOOP(
        "CompanyForms", "How much your business has grown (or shrunk) since the months your usual "
        "turnover was taken from (the reference months), as a percentage. Growth of 4 % → type 4; "
        "a decline of 3 % → type -3."),
    "average_order_value": QT_TRANSLATE_NOOP(
        "CompanyForms", "What a typical customer order is worth. Used to say how many orders were lost."),
    "gross_profit_rate": QT_TRANSLATE_NOOP(
        "CompanyForms", "Rate of gross profit: of each 100 you sell, what is left after paying for the goods "
        "and other costs that rise and fall with sales. A bakery that spends 38 on flour, butter and "
        "packaging for 100 of sales has a rate of 62 %."),
    "recovery_rate": QT_TRANSLATE_NOOP(
        "CompanyForms", "Recovery rate: the part of the lost sales that came back later, for example "
        "customers who ordered again once the line worked. 10 % if one order in ten was only delayed."),
    "channels": QT_TRANSLATE_NOOP(
        "CompanyForms", "How customers buy from you, the share of your turnover each way brings, and the "
        "services it needs. A channel stops when one of its services is down. Shares add up to at most "
        "100 %; the rest needs no telecom (cash at the counter, say: a card terminal needs the internet)."),
    "monthly_fee": QT_TRANSLATE_NOOP(
        "CompanyForms", "What this contract costs you per month; part of it is refunded for the time it did "
        "not work."),
    "closed_dates": QT_TRANSLATE_NOOP(
        "CompanyForms", "Days you were closed anyway (holidays, leave): no loss is counted on them."),
}


def _raise(problems: list[Problem]) -> None:
    if problems:
        raise ValidationError(problems)


class ProfileForm(Retranslating, QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.address = text_box(72)
        self.signatory = QLineEdit()
        self.title = QLineEdit()
        self.jurisdiction = QComboBox()
        for code in JURISDICTIONS:
            self.jurisdiction.addItem("", code)
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        for zone in sorted(set(JURISDICTION_ZONES.values()) | {"America/Montreal", "America/Winnipeg"}):
            self.timezone.addItem(zone)
        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        self.registration = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        # Where the payment a letter demands goes (case file /2).
        self.bank_holder = QLineEdit()
        self.bank_account = QLineEdit()
        self.bank_bic = QLineEdit()
        self.fields = {key: add_row(form, editor) for key, editor in (
            ("company.name", self.name), ("company.address", self.address),
            ("company.signatory.name", self.signatory), ("company.signatory.title", self.title),
            ("company.jurisdiction", self.jurisdiction), ("company.timezone", self.timezone),
            ("company.currency", self.currency), ("company.registration_id", self.registration),
            ("company.email", self.email), ("company.phone", self.phone),
            ("company.bank.holder", self.bank_holder), ("company.bank.iban", self.bank_account),
            ("company.bank.bic", self.bank_bic))}
        self.retranslate()
        self.jurisdiction.currentIndexChanged.connect(self._jurisdiction_changed)
        self._jurisdiction_changed()

    def retranslate(self) -> None:
        self.address.setPlaceholderText(self.tr("Street\nPostcode and town\nCountry"))
        for i in range(self.jurisdiction.count()):
            self.jurisdiction.setItemText(i, jurisdiction_label(self.jurisdiction.itemData(i)))
        f = self.fields
        f["company.name"].set_texts(self.tr("Business na&me:"))
        f["company.address"].set_texts(self.tr("&Address:"), self.tr("As it should appear at the top of your letters."))
        f["company.signatory.name"].set_texts(self.tr("&Signed by:"), self.tr("The person who signs the claim letters."))
        f["company.signatory.title"].set_texts(self.tr("Their &role:"))
        f["company.jurisdiction"].set_texts(self.tr("&Where you trade:"),
                                            self.tr("Decides which consumer and contract law the letters quote."))
        f["company.timezone"].set_texts(self.tr("&Time zone:"))
        f["company.currency"].set_texts(self.tr("&Currency:"))
        f["company.registration_id"].set_texts(self.tr("Re&gistration no.:"),
                                               self.tr("Optional: SIRET, BN, UID, company number."))
        f["company.email"].set_texts(self.tr("&E-mail:"))
        f["company.phone"].set_texts(self.tr("&Phone:"))
        # Help in tooltips only: the profile page has no room for three more lines of help.
        f["company.bank.holder"].set_texts(self.tr("Account holder:"))
        f["company.bank.iban"].set_texts(self.tr("IBAN or account no.:"))
        f["company.bank.bic"].set_texts(self.tr("BIC:"))
        for key, tip in (("company.bank.holder", self.tr("Optional: the letters ask the provider to pay into this "
                                                         "account.")),
                         ("company.bank.iban", self.tr("An IBAN, or in Canada the institution, transit and account "
                                                       "numbers.")),
                         ("company.bank.bic", self.tr("With an IBAN only."))):
            f[key].editor.setToolTip(tip)
            f[key].editor.setAccessibleDescription(tip)

    def _jurisdiction_changed(self) -> None:
        code = self.jurisdiction.currentData()
        self.timezone.setCurrentText(JURISDICTION_ZONES.get(code, self.timezone.currentText()))
        self.currency.setText(DEFAULT_CURRENCY.get(code, self.currency.text()))

    def set_company(self, c: Company) -> None:
        self.name.setText(c.name)
        self.address.setPlainText("\n".join(c.address))
        self.signatory.setText(c.signatory.name)
        self.title.setText(c.signatory.title)
        self.jurisdiction.setCurrentIndex(max(0, self.jurisdiction.findData(c.jurisdiction)))
        self.timezone.setCurrentText(c.timezone)
        self.currency.setText(c.currency)
        self.registration.setText(c.registration_id or "")
        self.email.setText(c.email or "")
        self.phone.setText(c.phone or "")
        bank = c.bank
        self.bank_holder.setText(bank.holder if bank else "")
        self.bank_account.setText((bank.iban or bank.account or "") if bank else "")
        self.bank_bic.setText((bank.bic or "") if bank else "")

    def values(self) -> dict:
        return dict(
            name=self.name.text().strip(),
            address=tuple(line.strip() for line in self.address.toPlainText().splitlines() if line.strip()),
            signatory=Signatory(self.signatory.text().strip(), self.title.text().strip()),
            jurisdiction=self.jurisdiction.currentData(),
            timezone=self.timezone.currentText().strip(),
            currency=self.currency.text().strip().upper(),
            registration_id=self.registration.text().strip() or None,
            email=self.email.text().strip() or None,
            phone=self.phone.text().strip() or None,
            bank=self.bank(),
        )

    def bank(self) -> BankAccount | None:
        """An IBAN when the number looks like one (two letters, two digits) or a BIC is given, else a
        free-text account; nothing when all three fields are empty."""
        holder, number, bic = (e.text().strip() for e in (self.bank_holder, self.bank_account, self.bank_bic))
        if not (holder or number or bic):
            return None
        compact = number.replace(" ", "")
        if bic or not compact or (compact[:2].isalpha() and compact[2:4].isdigit()):
            return BankAccount(holder, iban=number, bic=bic or None)  # an empty number is flagged at its field
        return BankAccount(holder, account=number)


def parse_spans(text: str) -> tuple[Span, ...] | None:
    """``07:00-12:00, 14:00-18:30`` → spans; ``""`` → closed; None when it cannot be read."""
    spans = []
    for part in filter(None, (p.strip() for p in text.replace(";", ",").split(","))):
        m = _SPAN_RE.match(part)
        if not m:
            return None
        h1, m1, h2, m2 = (int(x) for x in m.groups())
        spans.append(Span(h1 * 60 + m1, h2 * 60 + m2))
    return tuple(spans)


class HoursForm(Retranslating, QWidget):
    """Opening hours and the usual turnover of each weekday, and the dates you were closed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        grid = QGridLayout()
        self.open_head = QLabel()
        grid.addWidget(self.open_head, 0, 1)
        self.turnover_head = QLabel()
        grid.addWidget(self.turnover_head, 0, 2)
        self.hours: dict[str, QLineEdit] = {}
        self.turnover: dict[str, QLineEdit] = {}
        self.fields: dict[str, Field] = {}
        self.day_labels: dict[str, QLabel] = {}
        for row, day in enumerate(WEEKDAYS, start=1):
            label = QLabel()
            hours, money = QLineEdit(), QLineEdit()
            money.setPlaceholderText(amount_hint())
            label.setBuddy(hours)
            hf, mf = Field(hours), Field(money)
            grid.addWidget(label, row, 0)
            grid.addWidget(hf, row, 1)
            grid.addWidget(mf, row, 2)
            self.hours[day], self.turnover[day], self.day_labels[day] = hours, money, label
            self.fields[f"company.opening_hours.{day}"] = hf
            self.fields[f"company.baseline.standard_turnover.{day}"] = mf
        layout.addLayout(grid)
        self.help_label = QLabel()
        self.help_label.setWordWrap(True)
        muted(self.help_label)
        layout.addWidget(self.help_label)

        self.closed_label = QLabel()
        layout.addWidget(self.closed_label)
        row = QHBoxLayout()
        self.closed_list = QListWidget()
        self.closed_list.setMaximumHeight(90)
        self.closed_label.setBuddy(self.closed_list)
        self.closed_date = QDateEdit(QDate.currentDate())
        self.closed_date.setCalendarPopup(True)
        self.closed_date.setDisplayFormat("yyyy-MM-dd")
        limit_dates(self.closed_date)
        self.add_date, self.remove_date = QPushButton(), QPushButton()
        self.add_date.clicked.connect(self._add_closed)
        self.remove_date.clicked.connect(lambda: [self.closed_list.takeItem(self.closed_list.row(i))
                                                  for i in self.closed_list.selectedItems()])
        col = QVBoxLayout()
        col.addWidget(self.closed_date)
        col.addWidget(self.add_date)
        col.addWidget(self.remove_date)
        col.addStretch(1)
        row.addWidget(self.closed_list, 1)
        row.addLayout(col)
        layout.addLayout(row)
        self.hint = QLabel()
        muted(self.hint)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr("For each day: the hours you are open (empty = closed; two spans like "
                                   "“08:00-12:00, 14:00-18:00” for a lunch break) and your usual turnover that day."))
        self.open_head.setText(self.tr("<b>Open</b>"))
        self.turnover_head.setText(self.tr("<b>Usual turnover</b> (?)"))
        self.turnover_head.setToolTip(_tr(HELP["standard_turnover"]))
        for day in WEEKDAYS:
            self.day_labels[day].setText(weekday_label(day))
            self.hours[day].setPlaceholderText(self.tr("closed"))
            self.hours[day].setAccessibleName(self.tr("{0} opening hours").format(weekday_label(day)))
            self.turnover[day].setAccessibleName(self.tr("{0} usual turnover").format(weekday_label(day)))
        self.help_label.setText(_tr(HELP["standard_turnover"]))
        self.closed_label.setText(self.tr("&Closed dates:"))
        self.closed_list.setAccessibleName(self.tr("Closed dates"))
        self.closed_date.setAccessibleName(self.tr("Date to add"))
        self.add_date.setText(self.tr("Add date"))
        self.remove_date.setText(self.tr("Remove"))
        self.hint.setText(_tr(HELP["closed_dates"]))

    def _add_closed(self) -> None:
        text = self.closed_date.date().toString("yyyy-MM-dd")
        if not self.closed_list.findItems(text, Qt.MatchFlag.MatchExactly):
            self.closed_list.addItem(text)
            self.closed_list.sortItems()

    def set_company(self, c: Company) -> None:
        for day in WEEKDAYS:
            spans = c.opening_hours.get(day, ())
            self.hours[day].setText(", ".join(f"{s.start_text}-{s.end_text}" for s in spans))
            amount = c.baseline.standard_turnover.get(day)
            self.turnover[day].setText(plain(amount) if amount is not None else "")
        self.closed_list.clear()
        for d in c.closed_dates:
            self.closed_list.addItem(d.isoformat())

    def values(self) -> tuple[dict, dict, tuple[date, ...]]:
        problems, hours, turnover = [], {}, {}
        for day in WEEKDAYS:
            spans = parse_spans(self.hours[day].text())
            if spans is None:
                problems.append(Problem(f"company.opening_hours.{day}",
                                        self.tr("Write the hours like 07:00-18:00 (or leave empty if closed)."),
                                        "format"))
            elif spans:
                hours[day] = spans
            text = self.turnover[day].text().strip()
            if text:
                amount = parse_decimal(text)
                if amount is None:
                    problems.append(Problem(f"company.baseline.standard_turnover.{day}",
                                            self.tr("Type an amount such as 1400.00."), "number"))
                else:
                    turnover[day] = amount
        closed = tuple(sorted(date.fromisoformat(self.closed_list.item(i).text())
                              for i in range(self.closed_list.count())))
        _raise(problems)
        return hours, turnover, closed


class ChannelsForm(Retranslating, QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 2 + len(SERVICES))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 2 + len(SERVICES)):  # the check boxes as narrow as their titles: names stay whole
            self.table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        self.field = Field(QLabel(""))
        layout.addWidget(self.field)
        row = QHBoxLayout()
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(lambda: self.add_channel(Channel("", Decimal(0), ())))
        self.remove_button.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.fields = {"company.channels": self.field}
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(_tr(HELP["channels"]))
        self.table.setAccessibleName(self.tr("Sales channels"))
        self.table.setHorizontalHeaderLabels([self.tr("Channel"), self.tr("Share %")] +
                                             [service_label(s) for s in SERVICES])
        self.add_button.setText(self.tr("&Add channel"))
        self.remove_button.setText(self.tr("&Remove channel"))

    def add_channel(self, ch: Channel) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        self.table.setItem(r, 0, QTableWidgetItem(ch.name))
        self.table.setItem(r, 1, QTableWidgetItem(plain((ch.share * HUNDRED).normalize()) if ch.share else "0"))
        for i, s in enumerate(SERVICES):
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if s in ch.depends_on else Qt.CheckState.Unchecked)
            self.table.setItem(r, 2 + i, item)

    def set_channels(self, channels) -> None:
        self.table.setRowCount(0)
        for ch in channels:
            self.add_channel(ch)

    def values(self) -> tuple[Channel, ...]:
        channels, problems = [], []
        for r in range(self.table.rowCount()):
            name = (self.table.item(r, 0).text() if self.table.item(r, 0) else "").strip()
            share = parse_decimal(self.table.item(r, 1).text() if self.table.item(r, 1) else "")
            if share is None:
                problems.append(Problem(f"company.channels[{r}].share",
                                        self.tr("Row {0}: type the share as a percentage, like 55.").format(r + 1)))
                continue
            deps = tuple(s for i, s in enumerate(SERVICES)
                         if self.table.item(r, 2 + i).checkState() == Qt.CheckState.Checked)
            channels.append(Channel(name, share / HUNDRED, deps))
        _raise(problems)
        return tuple(channels)


PERCENT_KEYS = ("trend", "gross_profit_rate", "recovery_rate")


class BaselineForm(Retranslating, QWidget):
    LABELS = {"trend": QT_TRANSLATE_NOOP("CompanyForms", "&Growth since the reference months (%):"),
              "average_order_value": QT_TRANSLATE_NOOP("CompanyForms", "Average order &value:"),
              "gross_profit_rate": QT_TRANSLATE_NOOP("CompanyForms", "Rate of gross &profit (%):"),
              "recovery_rate": QT_TRANSLATE_NOOP("CompanyForms", "&Recovery rate (%):")}

    def __init__(self, parent=None):
        super().__init__(parent)
        form = QFormLayout(self)
        self.edits: dict[str, QLineEdit] = {}
        self.fields: dict[str, Field] = {}
        for key in self.LABELS:
            edit = QLineEdit()
            self.edits[key] = edit
            self.fields[f"company.baseline.{key}"] = add_row(form, edit)
        self.edits["trend"].setText("0")
        self.retranslate()

    def retranslate(self) -> None:
        for key, label in self.LABELS.items():
            self.fields[f"company.baseline.{key}"].set_texts(_tr(label), _tr(HELP[key]))

    def set_baseline(self, b: Baseline) -> None:
        for key in self.LABELS:
            value = getattr(b, key)
            self.edits[key].setText(plain((value * HUNDRED).normalize() if key in PERCENT_KEYS else value))

    def values(self) -> dict:
        result, problems = {}, []
        for key in self.LABELS:
            value = parse_decimal(self.edits[key].text())
            if value is None:
                problems.append(Problem(f"company.baseline.{key}", self.tr("Type a number."), "number"))
                continue
            result[key] = value / HUNDRED if key in PERCENT_KEYS else value
        _raise(problems)
        return result

    @staticmethod
    def explain(problem: Problem) -> Problem:
        """Rates are typed as percentages: say the range in percent too."""
        for key in ("gross_profit_rate", "recovery_rate"):
            if problem.path.endswith(key) and problem.code == "range":
                return Problem(problem.path, _tr(QT_TRANSLATE_NOOP("CompanyForms", "Type a percentage from 0 to 100.")),
                               problem.code)
        if problem.path.endswith("trend") and problem.code == "range":
            return Problem(problem.path, _tr(QT_TRANSLATE_NOOP("CompanyForms",
                                                               "Type a percentage above -100 and at most 1000.")),
                           problem.code)
        return problem


class ContractForm(Retranslating, QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        form = QFormLayout(self)
        self.provider = QLineEdit()
        self.provider_address = text_box(72)
        self.customer = QLineEdit()
        self.reference = QLineEdit()
        services = QWidget()
        row = QHBoxLayout(services)
        row.setContentsMargins(0, 0, 0, 0)
        self.services: dict[str, QCheckBox] = {}
        for s in SERVICES:
            box = QCheckBox()
            self.services[s] = box
            row.addWidget(box)
        row.addStretch(1)
        self.fee = QLineEdit()
        self.signed_on = QLineEdit()
        self.kept: Contract | None = None  # what the form does not show (fees per service)
        self.fields = {key: add_row(form, editor) for key, editor in (
            ("contract.provider", self.provider), ("contract.provider_address", self.provider_address),
            ("contract.customer_number", self.customer), ("contract.contract_reference", self.reference),
            ("contract.services", services), ("contract.monthly_fee", self.fee),
            ("contract.signed_on", self.signed_on))}
        self.retranslate()

    def retranslate(self) -> None:
        for s, box in self.services.items():
            box.setText(service_label(s))
        f = self.fields
        f["contract.provider"].set_texts(self.tr("&Provider:"),
                                         self.tr("The company you pay for the line, as on your bill."))
        f["contract.provider_address"].set_texts(self.tr("Provider's &address:"),
                                                 self.tr("Where claims go: see your contract or bill."))
        f["contract.customer_number"].set_texts(self.tr("&Customer no.:"))
        f["contract.contract_reference"].set_texts(self.tr("Contract &reference:"))
        f["contract.services"].set_texts(self.tr("&Services:"), self.tr("What this contract provides."),
                                         self.tr("Services"))
        f["contract.monthly_fee"].set_texts(self.tr("&Monthly fee:"), _tr(HELP["monthly_fee"]))
        f["contract.signed_on"].set_texts(self.tr("Contract date:"),
                                          self.tr("The day the contract was concluded (YYYY-MM-DD): it decides which "
                                                  "law the letters cite."))
        self.signed_on.setPlaceholderText(self.tr("YYYY-MM-DD"))

    def set_contract(self, c: Contract) -> None:
        self.provider.setText(c.provider)
        self.provider_address.setPlainText("\n".join(c.provider_address))
        self.customer.setText(c.customer_number)
        self.reference.setText(c.contract_reference)
        for s, box in self.services.items():
            box.setChecked(s in c.services)
        self.fee.setText(plain(c.monthly_fee))
        self.signed_on.setText(c.signed_on.isoformat() if c.signed_on else "")
        self.kept = c

    def value(self) -> Contract:
        fee = parse_decimal(self.fee.text())
        problems = []
        if fee is None:
            problems.append(Problem("contract.monthly_fee", self.tr("Type an amount such as 129.00."), "number"))
        signed_on = parse_date(self.signed_on.text())
        if signed_on is False:
            problems.append(Problem("contract.signed_on", self.tr("Type a date such as 2014-09-15."), "date"))
        _raise(problems)
        base = self.kept
        extra = {} if base is None else {"service_fees": base.service_fees, "monthly_fee_tax": base.monthly_fee_tax}
        return Contract(
            provider=self.provider.text().strip(),
            provider_address=tuple(x.strip() for x in self.provider_address.toPlainText().splitlines() if x.strip()),
            customer_number=self.customer.text().strip(),
            contract_reference=self.reference.text().strip(),
            services=tuple(s for s, box in self.services.items() if box.isChecked()),
            monthly_fee=fee,
            signed_on=signed_on,
            **extra,
        )

    def show(self, problems) -> list[Problem]:  # noqa: A003 - mirrors the other forms
        return show_problems(self.fields, problems)


def parse_date(text: str) -> date | None | bool:
    """``2014-09-15`` → the date; ``""`` → None (not known); False when it cannot be read."""
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return False


def build_company(profile: ProfileForm, hours: HoursForm, channels: ChannelsForm, baseline: BaselineForm,
                  base: Company | None = None) -> Company:
    """Gather the four forms into a Company; raises ValidationError with every problem found."""
    from ..domain.validation import check_company

    problems, parts = [], {}
    # A form that cannot be read stands in with neutral values, so the other forms are still checked.
    fallback = {"hours": ({}, {}, ()), "channels": (),
                "baseline": {"trend": Decimal(0), "average_order_value": Decimal(1),
                             "gross_profit_rate": Decimal(0), "recovery_rate": Decimal(0)}}
    for name, form in (("hours", hours), ("channels", channels), ("baseline", baseline)):
        try:
            parts[name] = form.values()
        except ValidationError as exc:
            problems += exc.problems
            parts[name] = fallback[name]
            if name == "baseline":
                # keep what could be read
                for key, edit in baseline.edits.items():
                    value = parse_decimal(edit.text())
                    if value is not None:
                        parts[name][key] = value / HUNDRED if key in PERCENT_KEYS else value
    opening, turnover, closed = parts["hours"]
    p = profile.values()
    company = Company(
        name=p["name"], address=p["address"], signatory=p["signatory"], jurisdiction=p["jurisdiction"],
        timezone=p["timezone"], currency=p["currency"], opening_hours=opening, channels=parts["channels"],
        baseline=Baseline(standard_turnover=turnover, **parts["baseline"]), closed_dates=closed,
        registration_id=p["registration_id"], email=p["email"], phone=p["phone"], bank=p["bank"],
    )
    unreadable = {x.path for x in problems}
    problems += [BaselineForm.explain(x) for x in check_company(company) if x.path not in unreadable]
    if problems:
        raise ValidationError(problems)
    return company


def show_company_problems(forms, problems) -> list[Problem]:
    """Spread problems over the forms' fields; returns those none of them took."""
    left = list(problems)
    for form in forms:
        fields = form.fields
        taken = [p for p in left if any(p.path == k or p.path.startswith((k + ".", k + "[")) for k in fields)]
        show_problems(fields, taken)
        left = [p for p in left if p not in taken]
    return left
