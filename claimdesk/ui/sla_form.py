"""“Your contract's service levels”: the terms of the user's own contract, typed in plain words.

No presets: each provider and each contract differs, so the user copies their own page of the
contract (guaranteed restoration time, availability, the credit for each, its cap, whether it is
the only compensation, the claim window). Nothing typed is lost when a value cannot be read: it
is flagged at its field.
"""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.model import WEEKDAYS
from ..domain.problems import Problem, ValidationError
from ..domain.sla import (
    DEFAULT_COVERAGE,
    HUNDRED,
    Availability,
    AvailabilityTier,
    Restoration,
    RestorationTier,
    ServiceLevels,
)
from .forms import Field, add_row, parse_decimal, plain, show_problems
from .language import Retranslating
from .theme import muted

PATH = "contract.sla"


class TierTable(QWidget):
    """An editable table of credit tiers (threshold, percent) with Add and Remove buttons."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 2)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(96)
        self.table.setMaximumHeight(150)
        layout.addWidget(self.table, 1)
        buttons = QVBoxLayout()
        self.add, self.remove = QPushButton(), QPushButton()
        self.add.clicked.connect(lambda: self.add_row("", ""))
        self.remove.clicked.connect(self._remove)
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def add_row(self, threshold: str, percent: str) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        self.table.setItem(r, 0, QTableWidgetItem(threshold))
        self.table.setItem(r, 1, QTableWidgetItem(percent))

    def _remove(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for r in rows or ([self.table.rowCount() - 1] if self.table.rowCount() else []):
            self.table.removeRow(r)

    def set_rows(self, rows) -> None:
        self.table.setRowCount(0)
        for threshold, percent in rows:
            self.add_row(plain(threshold), plain(percent))

    def cells(self) -> list[tuple[str, str]]:
        """The rows typed, blank rows left out."""
        rows = []
        for r in range(self.table.rowCount()):
            texts = tuple((self.table.item(r, c).text() if self.table.item(r, c) else "").strip() for c in (0, 1))
            if any(texts):
                rows.append(texts)
        return rows


class ServiceLevelsForm(Retranslating, QWidget):
    """The contract's own service levels, inside the contract's settings."""

    def __init__(self, parent=None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.box = QGroupBox()
        self.box.setCheckable(True)
        self.box.setChecked(False)
        outer.addWidget(self.box)
        layout = QVBoxLayout(self.box)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        muted(self.intro)
        layout.addWidget(self.intro)
        form = QFormLayout()
        layout.addLayout(form)
        self.clause = QLineEdit()
        self.restoration_on = QCheckBox()
        self.target_hours = QLineEdit()
        self.clock = QComboBox()
        self.clock.addItems(["", ""])
        self.starts = QComboBox()
        self.starts.addItems(["", ""])
        self.coverage = QLineEdit()
        self.restoration_tiers = TierTable()
        self.availability_on = QCheckBox()
        self.target_percent = QLineEdit()
        self.availability_tiers = TierTable()
        self.cap = QLineEdit("100")
        self.exclusive = QCheckBox()
        self.window = QSpinBox()
        self.window.setRange(0, 3650)
        self.claim_from = QComboBox()
        self.claim_from.addItems(["", ""])
        rows = (("clause", self.clause), ("restoration", self.restoration_on),
                ("restoration.target_hours", self.target_hours), ("restoration.clock", self.clock),
                ("restoration.coverage", self.coverage), ("restoration.starts", self.starts),
                ("restoration.credits", self.restoration_tiers), ("availability", self.availability_on),
                ("availability.target_percent", self.target_percent),
                ("availability.credits", self.availability_tiers), ("cap_percent", self.cap),
                ("exclusive", self.exclusive), ("claim_within_days", self.window), ("claim_from", self.claim_from))
        self.fields: dict[str, Field] = {f"{PATH}.{key}": add_row(form, editor) for key, editor in rows}
        self.fields[PATH] = self.fields.pop(f"{PATH}.clause")  # problems of the whole block show here too
        self.fields[f"{PATH}.clause"] = self.fields[PATH]
        self.restoration_on.toggled.connect(self._enable)
        self.availability_on.toggled.connect(self._enable)
        self.clock.currentIndexChanged.connect(self._enable)
        self.window.valueChanged.connect(self._enable)
        self.set_terms(None)
        self.retranslate()

    def retranslate(self) -> None:
        self.box.setTitle(self.tr("Your contract's service levels"))
        self.intro.setText(self.tr(
            "Find the page of your contract called “Garantie de temps de rétablissement”, “Service level”, "
            "“SLA” or “Service-Level” and copy its terms here. Your contract then owes the credit it promises "
            "without you having to prove any loss, and ClaimDesk adds it to the claim. Leave this box "
            "unticked if your contract has no such page."))
        f = self.fields
        f[PATH].set_texts(self.tr("Clause:"), self.tr("Where these terms are in your contract, e.g. "
                                                        "“Conditions particulières, art. 6”. The letter quotes it."))
        self.restoration_on.setText(self.tr("The contract guarantees a time to restore the service"))
        f[f"{PATH}.restoration"].set_texts(self.tr("Restoration:"))
        f[f"{PATH}.restoration.target_hours"].set_texts(self.tr("Restored within (hours):"),
                                                        self.tr("The guaranteed time, e.g. 4 for “GTR 4 h”."))
        self.clock.setItemText(0, self.tr("All hours, day and night"))
        self.clock.setItemText(1, self.tr("Only the hours covered (“heures ouvrées”, business hours)"))
        f[f"{PATH}.restoration.clock"].set_texts(self.tr("Hours counted:"))
        f[f"{PATH}.restoration.coverage"].set_texts(
            self.tr("Hours covered:"),
            self.tr("Days and hours the guarantee counts, e.g. “mon-fri 08:00-18:00, sat 08:00-12:00”."))
        self.starts.setItemText(0, self.tr("When you report the fault (the ticket)"))
        self.starts.setItemText(1, self.tr("When the outage starts"))
        f[f"{PATH}.restoration.starts"].set_texts(self.tr("The clock starts:"))
        f[f"{PATH}.restoration.credits"].set_texts(
            self.tr("Credit if later:"),
            self.tr("One row per step of the contract: beyond the guaranteed time by more than so many hours "
                    "(0 = any delay), the credit in percent of the monthly fee."))
        self.restoration_tiers.table.setHorizontalHeaderLabels([self.tr("Late by over (h)"), self.tr("Credit (%)")])
        self.availability_on.setText(self.tr("The contract promises an availability per month"))
        f[f"{PATH}.availability"].set_texts(self.tr("Availability:"))
        f[f"{PATH}.availability.target_percent"].set_texts(self.tr("Promised (%):"),
                                                           self.tr("E.g. 99.9 for “99,9 % disponibilité”."))
        f[f"{PATH}.availability.credits"].set_texts(
            self.tr("Credit if lower:"),
            self.tr("One row per step: when the month's availability is below this percentage, the credit in "
                    "percent of the monthly fee."))
        self.availability_tiers.table.setHorizontalHeaderLabels([self.tr("Below (%)"), self.tr("Credit (%)")])
        for table in (self.restoration_tiers, self.availability_tiers):
            table.add.setText(self.tr("Add a step"))
            table.remove.setText(self.tr("Remove"))
            table.table.setAccessibleName(self.tr("Credit steps"))
        f[f"{PATH}.cap_percent"].set_texts(self.tr("Credit at most (% of the fee):"),
                                           self.tr("The contract's cap per month, often 100."))
        self.exclusive.setText(self.tr("The contract says this credit is the only compensation"))
        f[f"{PATH}.exclusive"].set_texts(
            self.tr("Only compensation:"),
            self.tr("Tick it if the contract calls the credit “forfaitaire et libératoire”, “sole remedy” or "
                    "“only remedy”. The letter then claims the credit and reserves your other losses."))
        self.window.setSpecialValueText(self.tr("no time limit"))
        self.window.setSuffix(self.tr(" days"))
        f[f"{PATH}.claim_within_days"].set_texts(
            self.tr("Claim within:"),
            self.tr("Many contracts want the credit claimed within so many days. ClaimDesk warns you before "
                    "that date."))
        self.claim_from.setItemText(0, self.tr("after the end of the outage"))
        self.claim_from.setItemText(1, self.tr("after the end of that month"))
        f[f"{PATH}.claim_from"].set_texts(self.tr("Counted:"))

    def _enable(self) -> None:
        restoration, availability = self.restoration_on.isChecked(), self.availability_on.isChecked()
        for key in ("target_hours", "clock", "starts", "coverage", "credits"):
            self.fields[f"{PATH}.restoration.{key}"].setEnabled(restoration)
        self.fields[f"{PATH}.restoration.coverage"].setEnabled(restoration and self.clock.currentIndex() == 1)
        for key in ("target_percent", "credits"):
            self.fields[f"{PATH}.availability.{key}"].setEnabled(availability)
        self.fields[f"{PATH}.claim_from"].setEnabled(self.window.value() > 0)

    def set_terms(self, sla: ServiceLevels | None) -> None:
        self.box.setChecked(sla is not None)
        self.clause.setText(sla.clause if sla else "")
        r = sla.restoration if sla else None
        self.restoration_on.setChecked(r is not None)
        self.target_hours.setText(plain(r.target_hours) if r else "")
        self.clock.setCurrentIndex(1 if r and r.clock == "business" else 0)
        self.starts.setCurrentIndex(0 if r is None or r.starts == "ticket" else 1)
        self.coverage.setText(coverage_text(r.coverage if r else DEFAULT_COVERAGE))
        self.restoration_tiers.set_rows([(t.over_hours, t.percent) for t in r.credits] if r else [])
        a = sla.availability if sla else None
        self.availability_on.setChecked(a is not None)
        self.target_percent.setText(plain(a.target_percent) if a else "")
        self.availability_tiers.set_rows([(t.below_percent, t.percent) for t in a.credits] if a else [])
        self.cap.setText(plain(sla.cap_percent) if sla else "100")
        self.exclusive.setChecked(bool(sla and sla.exclusive))
        self.window.setValue(sla.claim_within_days or 0 if sla else 0)
        self.claim_from.setCurrentIndex(1 if sla and sla.claim_from == "month_end" else 0)
        self._enable()

    def value(self) -> ServiceLevels | None:
        """The terms typed (None when the box is unticked); raises ValidationError naming each field
        that cannot be read. Ranges are checked with the contract."""
        if not self.box.isChecked():
            return None
        problems: list[Problem] = []

        def number(text: str, path: str) -> Decimal | None:
            value = parse_decimal(text) if text.strip() else None
            if value is None:
                problems.append(Problem(path, self.tr("Type a number such as 4 or 99.9."), "number"))
            return value

        restoration = availability = None
        if self.restoration_on.isChecked():
            where = f"{PATH}.restoration"
            target = number(self.target_hours.text(), f"{where}.target_hours")
            coverage = parse_coverage(self.coverage.text())
            if coverage is None:
                problems.append(Problem(f"{where}.coverage", self.tr("Write the hours like "
                                                                     "“mon-fri 08:00-18:00”."), "format"))
            tiers = tuple(RestorationTier(number(a, f"{where}.credits[{i}].over_hours"),
                                          number(b, f"{where}.credits[{i}].percent"))
                          for i, (a, b) in enumerate(self.restoration_tiers.cells()))
            restoration = Restoration(target, tiers, ("calendar", "business")[self.clock.currentIndex()],
                                      ("ticket", "outage")[self.starts.currentIndex()], coverage or {})
        if self.availability_on.isChecked():
            where = f"{PATH}.availability"
            target = number(self.target_percent.text(), f"{where}.target_percent")
            tiers = tuple(AvailabilityTier(number(a, f"{where}.credits[{i}].below_percent"),
                                           number(b, f"{where}.credits[{i}].percent"))
                          for i, (a, b) in enumerate(self.availability_tiers.cells()))
            availability = Availability(target, tiers)
        cap = number(self.cap.text(), f"{PATH}.cap_percent") if self.cap.text().strip() else HUNDRED
        if problems:
            raise ValidationError(problems)
        return ServiceLevels(self.clause.text().strip(), restoration, availability, cap, self.exclusive.isChecked(),
                             self.window.value() or None, ("outage_end", "month_end")[self.claim_from.currentIndex()])

    def show(self, problems) -> list[Problem]:  # noqa: A003 - mirrors the other forms
        return show_problems(self.fields, problems)


# Short day names a user may type in any interface language (none of them clash).
_DAY_ALIASES = {day: day for day in WEEKDAYS} | {
    name: day for names, day in (
        (("lun", "mo", "ma"), "mon"), (("mar", "di"), "tue"), (("mer", "mi", "wo"), "wed"), (("jeu", "gio", "do"), "thu"),
        (("ven", "fr", "vr"), "fri"), (("sam", "sab", "sa", "za"), "sat"), (("dim", "dom", "so", "zo"), "sun"))
    for name in names}


def coverage_text(coverage) -> str:
    """``{"mon": [08:00-18:00], …}`` → ``mon-fri 08:00-18:00``: consecutive days with the same hours
    are written as a range."""
    groups: list[list] = []
    for day in WEEKDAYS:
        spans = tuple(coverage.get(day) or ())
        if not spans:
            continue
        hours = ", ".join(f"{s.start_text}-{s.end_text}" for s in spans)
        if groups and groups[-1][1] == hours and WEEKDAYS.index(groups[-1][0][-1]) == WEEKDAYS.index(day) - 1:
            groups[-1][0].append(day)
        else:
            groups.append([[day], hours])
    parts = []
    for days, hours in groups:
        name = days[0] if len(days) == 1 else f"{days[0]}-{days[-1]}"
        parts.append(f"{name} {hours}")
    return "; ".join(parts)


def parse_coverage(text: str):
    """``mon-fri 08:00-18:00; sat 08:00-12:00`` → per-weekday spans; None when it cannot be read."""
    from .company_forms import parse_spans

    coverage: dict = {}
    text = re.sub(r",\s*(?=[^\W\d_])", ";", text)  # "mon-fri 08:00-18:00, sat …": a comma before a day
    for part in filter(None, (p.strip() for p in text.split(";"))):
        head, _, hours = part.partition(" ")
        first, _, last = head.lower().rstrip(".").partition("-")
        first, last = _DAY_ALIASES.get(first.rstrip(".")), _DAY_ALIASES.get(last.rstrip(".")) if last else None
        if first is None or (last is None and "-" in head):
            return None
        spans = parse_spans(hours)
        if not spans:
            return None
        a, b = WEEKDAYS.index(first), WEEKDAYS.index(last or first)
        if b < a:
            return None
        for day in WEEKDAYS[a:b + 1]:
            coverage[day] = coverage.get(day, ()) + spans
    return coverage
