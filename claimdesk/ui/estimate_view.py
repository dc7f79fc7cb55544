"""The loss-method figures of selected outages, each line with its formula."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.model import MoneyItem
from .forms import Field, parse_decimal


def tr(text: str) -> str:
    return QCoreApplication.translate("EstimateView", text)


# (key, letter, label, formula) — the formula's names are filled with the estimate's inputs.
LINES = (
    ("lost_turnover_gross", "G", "Lost turnover (gross)", "Σ over {days} opening day(s)"),
    ("lost_orders", "O", "Lost orders", "G ÷ {aov} per order"),
    ("recovered_turnover", "R", "Recovered later", "G × {recovery} recovery rate"),
    ("shortage_in_turnover", "S", "Shortage in turnover", "G − R"),
    ("loss_of_gross_profit", "P", "Loss of gross profit", "S × {gp} rate of gross profit"),
    ("subscription_refund", "F", "Subscription refund", "{fee} a month × {hours} h down ÷ hours in the month"),
    ("increased_cost_of_working", "C", "Increased cost of working", "extra costs you paid"),
    ("savings", "V", "Savings", "costs you did not have"),
    ("credits_received", "K", "Credits already received", "paid or credited by the provider"),
    ("total_claimed", "T", "Total to claim", "F + P + C − V − K"),
)
MONEY_KEYS = {k for k, *_ in LINES} - {"lost_orders"}


class EstimateView(QFrame):
    """A grid: letter, name, formula, amount. ``amounts`` keeps the last figures shown (for tests)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(tr("Loss estimate"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.headline)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        self.value_labels: dict[str, QLabel] = {}
        self.formula_labels: dict[str, QLabel] = {}
        row = 0
        for key, letter, label, _formula in LINES:
            letter_label = QLabel(letter)
            letter_label.setStyleSheet("color: palette(placeholder-text); font-weight: 600;")
            name = QLabel(tr(label))
            formula = QLabel()
            formula.setStyleSheet("color: palette(placeholder-text);")
            formula.setWordWrap(True)
            value = QLabel("—")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(tr(label))
            if key == "total_claimed":
                for w in (name, value):
                    w.setStyleSheet("font-weight: 700; font-size: 12pt;")
                line = QFrame()
                line.setFrameShape(QFrame.Shape.HLine)
                grid.addWidget(line, row, 0, 1, 4)
                row += 1
            grid.addWidget(letter_label, row, 0)
            grid.addWidget(name, row, 1)
            grid.addWidget(value, row, 3)
            grid.addWidget(formula, row + 1, 1, 1, 3)
            row += 2
            self.value_labels[key] = value
            self.formula_labels[key] = formula
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.amounts: dict[str, str] = {}
        self.clear(tr("Select one or more outages in the journal to see what they cost you."))

    def clear(self, message: str) -> None:
        self.amounts = {}
        self.headline.setText(message)
        self.note.clear()
        for key in self.value_labels:
            self.value_labels[key].setText("—")
            self.formula_labels[key].clear()

    def show_estimate(self, estimate, formats, count: int, running: int = 0) -> None:
        e = estimate
        money = lambda x: formats.money(x, e.currency)  # noqa: E731
        self.amounts = {k: v for k, v in e.figures().items()}
        values = {
            "days": len(e.days), "aov": money(e.average_order_value), "recovery": formats.percent(e.recovery_rate),
            "gp": formats.percent(e.gross_profit_rate), "fee": money(e.monthly_fee),
            "hours": formats.number(e.outage_hours, 2),
        }
        for key, _letter, _label, formula in LINES:
            value = getattr(e, key)
            self.value_labels[key].setText(money(value) if key in MONEY_KEYS else formats.number(value, 1))
            self.formula_labels[key].setText(tr(formula).format(**values))
        self.headline.setText(
            tr("{0} outage(s): {1} h down, {2} h while you were open.").format(
                count, formats.number(e.outage_hours, 2), formats.number(e.business_hours_affected, 2)))
        notes = []
        if running:
            notes.append(tr("{0} outage(s) still running are not counted until the service is back.").format(running))
        if e.credits_cover_everything:
            notes.append(tr("Savings and credits already cover the loss: there is nothing more to claim."))
        self.note.setText("\n".join(notes))


class ExtrasForm(QGroupBox):
    """Extra costs, savings and credits already received, as one amount each."""

    changed = Signal()

    HELP = {
        "extra_costs": "Money you spent to keep going during the outage (a temporary line, a courier, notices "
                       "to customers).",
        "savings": "Costs you did not have because of the outage (for example, staff sent home unpaid).",
        "credits_received": "Compensation the provider has already paid or credited to your bill.",
    }
    LABELS = {"extra_costs": "Extra costs:", "savings": "Savings:", "credits_received": "Credits received:"}

    def __init__(self, parent=None, compact: bool = False):
        super().__init__(tr("Costs and credits"), parent)
        form = QFormLayout(self)
        self.edits: dict[str, QLineEdit] = {}
        self.fields: dict[str, Field] = {}
        for key in ("extra_costs", "savings", "credits_received"):
            edit = QLineEdit()
            edit.setPlaceholderText("0.00")
            edit.setAccessibleName(tr(self.LABELS[key]).rstrip(":"))
            edit.textChanged.connect(self.changed)
            field = Field(edit, "" if compact else tr(self.HELP[key]))
            edit.setToolTip(tr(self.HELP[key]))
            label = QLabel(tr(self.LABELS[key]))
            label.setBuddy(edit)
            form.addRow(label, field)
            self.edits[key], self.fields[key] = edit, field

    def items(self) -> dict[str, tuple[MoneyItem, ...]] | None:
        """The amounts as MoneyItems, or None (with the errors shown) when one is not an amount."""
        result, ok = {}, True
        for key, edit in self.edits.items():
            text = edit.text().strip()
            if not text:
                self.fields[key].set_error(None)
                result[key] = ()
                continue
            value = parse_decimal(text)
            if value is None or value < 0 or value != value.quantize(parse_decimal("0.01")):
                self.fields[key].set_error(tr("Type an amount such as 85.00 (not negative, at most 2 decimals)."))
                ok = False
                continue
            self.fields[key].set_error(None)
            result[key] = (MoneyItem(tr(self.LABELS[key]).rstrip(":"), value),)
        return result if ok else None


class EstimatePanel(QWidget):
    """The live estimate beside the journal: the figures and the inputs that move them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(tr("What the selected outages cost you"))
        title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        layout.addWidget(title)
        self.view = EstimateView()
        layout.addWidget(self.view, 1)
        self.extras = ExtrasForm(compact=True)
        layout.addWidget(self.extras)
