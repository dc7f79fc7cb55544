"""The loss-method figures of selected outages, each line with its formula."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..domain.bounds import check_money
from ..domain.model import MoneyItem
from .forms import Field, parse_decimal
from .language import Retranslating, problem_detail_text
from .theme import emphasised, muted

# (key, letter, label, formula) — the formula's names are filled with the estimate's inputs; G's
# formula counts the days, a plural form (see show_estimate).
LINES = (
    ("lost_turnover_gross", "G", QT_TRANSLATE_NOOP("EstimateView", "Lost turnover (gross)"), ""),
    ("lost_orders", "O", QT_TRANSLATE_NOOP("EstimateView", "Lost orders"),
     QT_TRANSLATE_NOOP("EstimateView", "G ÷ {aov} per order")),
    ("recovered_turnover", "R", QT_TRANSLATE_NOOP("EstimateView", "Recovered later"),
     QT_TRANSLATE_NOOP("EstimateView", "G × {recovery} recovery rate")),
    ("shortage_in_turnover", "S", QT_TRANSLATE_NOOP("EstimateView", "Shortage in turnover"),
     QT_TRANSLATE_NOOP("EstimateView", "G − R")),
    ("loss_of_gross_profit", "P", QT_TRANSLATE_NOOP("EstimateView", "Loss of gross profit"),
     QT_TRANSLATE_NOOP("EstimateView", "S × {gp} rate of gross profit")),
    ("subscription_refund", "F", QT_TRANSLATE_NOOP("EstimateView", "Subscription refund"),
     QT_TRANSLATE_NOOP("EstimateView", "{fee} a month × {hours} h down ÷ hours in the month")),
    # Only with the contract's service levels (hidden otherwise): the credit Q beside the refund F.
    ("contractual_credit", "Q", QT_TRANSLATE_NOOP("EstimateView", "Credit under your contract"), ""),
    ("increased_cost_of_working", "C", QT_TRANSLATE_NOOP("EstimateView", "Increased cost of working"),
     QT_TRANSLATE_NOOP("EstimateView", "extra costs you paid")),
    ("savings", "V", QT_TRANSLATE_NOOP("EstimateView", "Savings"),
     QT_TRANSLATE_NOOP("EstimateView", "costs you did not have")),
    ("credits_received", "K", QT_TRANSLATE_NOOP("EstimateView", "Credits already received"),
     QT_TRANSLATE_NOOP("EstimateView", "paid or credited by the provider")),
    ("total_claimed", "T", QT_TRANSLATE_NOOP("EstimateView", "Total to claim"),
     QT_TRANSLATE_NOOP("EstimateView", "F + P + C − V − K")),
)
MONEY_KEYS = {k for k, *_ in LINES} - {"lost_orders"}
SLA_KEYS = ("contractual_credit",)
# The app warns this many days before the contract's window for claiming its credit closes.
WINDOW_WARNING_DAYS = 7


def too_large_text() -> str:
    """Figures saved before the fields were bounded can exceed what the arithmetic holds."""
    return QCoreApplication.translate("EstimateView", "These figures are too large to work out: check the usual "
                                      "turnover and the amounts in Company ▸ Company settings.")


class EstimateView(Retranslating, QFrame):
    """A grid: letter, name, formula, amount. ``amounts`` keeps the last figures shown (for tests).

    The "Total to claim" row lives in ``total_row``: at the grid's foot by default, or, with
    ``pin_total``, left for the owner to place (the live estimate pins it below its scrolling figures,
    so the one figure that matters never scrolls out of sight).
    """

    def __init__(self, parent=None, pin_total: bool = False):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.headline)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        self.name_labels: dict[str, QLabel] = {}
        self.value_labels: dict[str, QLabel] = {}
        self.formula_labels: dict[str, QLabel] = {}
        self.letter_labels: dict[str, QLabel] = {}
        self.total_row = QWidget()
        total_grid = QGridLayout(self.total_row)
        # pinned, it sits outside this frame: the same side margins keep its letter and name in line
        side = layout.contentsMargins().left() + self.frameWidth() if pin_total else 0
        total_grid.setContentsMargins(side, 0, side, 0)
        total_grid.setHorizontalSpacing(10)
        total_grid.setVerticalSpacing(4)
        row = 0
        for key, letter, _label, _formula in LINES:
            letter_label = QLabel(letter)
            muted(letter_label)
            emphasised(letter_label)
            name = QLabel()
            name.setWordWrap(False)
            formula = QLabel()
            muted(formula)
            formula.setWordWrap(True)
            value = QLabel("—")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            target, at = grid, row
            if key == "total_claimed":
                for w in (name, value):
                    emphasised(w, 12)
                line = QFrame()
                line.setFrameShape(QFrame.Shape.HLine)
                total_grid.addWidget(line, 0, 0, 1, 4)
                target, at = total_grid, 1
                # the letters' column as wide as the grid's, so the names line up
                total_grid.setColumnMinimumWidth(0, letter_label.fontMetrics().horizontalAdvance("W"))
                grid.setColumnMinimumWidth(0, letter_label.fontMetrics().horizontalAdvance("W"))
            target.addWidget(letter_label, at, 0)
            target.addWidget(name, at, 1)
            target.addWidget(value, at, 3)
            target.addWidget(formula, at + 1, 1, 1, 3)
            row += 2
            self.name_labels[key] = name
            self.letter_labels[key] = letter_label
            self.value_labels[key] = value
            self.formula_labels[key] = formula
        # the names take the spare width: a wrapped name would need a second line the panel lacks
        grid.setColumnStretch(1, 1)
        total_grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        if not pin_total:
            layout.addWidget(self.total_row)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.amounts: dict[str, str] = {}
        self._shown = None  # (estimate, formats, count, running) or the message shown instead
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Loss estimate"))
        for key, _letter, label, _formula in LINES:
            self.name_labels[key].setText(self.tr(label))
            self.value_labels[key].setAccessibleName(self.tr(label))
        if isinstance(self._shown, tuple):
            self.show_estimate(*self._shown)
        elif self._shown is None:
            self.clear()

    def clear(self, message: str | None = None) -> None:
        """No figures; ``message`` says why (the selection hint when None)."""
        self._shown = message
        self.amounts = {}
        self.headline.setText(message or self.tr("Select one or more outages in the journal to see what they "
                                                 "cost you."))
        self.note.clear()
        self._show_sla_rows(False)
        for key in self.value_labels:
            self.value_labels[key].setText("—")
            self.formula_labels[key].clear()

    def _show_sla_rows(self, visible: bool) -> None:
        for key in SLA_KEYS:
            for widgets in (self.letter_labels, self.name_labels, self.value_labels, self.formula_labels):
                widgets[key].setVisible(visible)

    def show_estimate(self, estimate, formats, count: int, running: int = 0, letter_date=None) -> None:
        e = estimate
        self._shown = (estimate, formats, count, running, letter_date)
        money = lambda x: formats.money(x, e.currency)  # noqa: E731
        self.amounts = {k: v for k, v in e.figures().items()}
        values = {
            "aov": money(e.average_order_value), "recovery": formats.percent(e.recovery_rate),
            "gp": formats.percent(e.gross_profit_rate), "fee": money(e.monthly_fee),
            "hours": formats.number(e.outage_hours, 2),
        }
        for key, _letter, _label, formula in LINES:
            value = getattr(e, key)
            if value is None:  # no service levels in the contract: the row stays hidden
                self.value_labels[key].setText("—")
                self.formula_labels[key].setText(self.tr("your contract states no service levels"))
                continue
            self.value_labels[key].setText(money(value) if key in MONEY_KEYS else formats.number(value, 1))
            text = self.tr("Σ over %n opening day(s)", "", len(e.days)) if not formula else \
                self.tr(formula).format(**values)
            self.formula_labels[key].setText(text)
        self._show_sla_rows(e.sla is not None)
        if e.sla is not None:
            self._show_price_reduction(e, money)
        self.headline.setText(
            self.tr("%n outage(s): {0} h down, {1} h while you were open.", "", count).format(
                formats.number(e.outage_hours, 2), formats.number(e.business_hours_affected, 2)))
        notes = []
        if running:
            notes.append(self.tr("%n outage(s) still running are not counted until the service is back.", "",
                                 running))
        if e.credits_cover_everything:
            notes.append(self.tr("Savings and credits already cover the loss: there is nothing more to claim."))
        if e.reserved_damages is not None:
            notes.append(self.tr("Your contract makes its credit the only compensation: the letter claims the "
                                 "credit and reserves your other losses ({0}).").format(money(e.reserved_damages)))
        warning = self.window_warning(e.sla_claim_deadline, letter_date, formats)
        if warning:
            notes.append(warning)
        self.note.setText("\n".join(notes))

    def _show_price_reduction(self, e, money) -> None:
        """The credit beside the refund, and which one the claim takes (never both)."""
        if e.claims_credit:
            self.formula_labels["contractual_credit"].setText(
                self.tr("your contract's service levels; claimed instead of the refund"))
            self.formula_labels["subscription_refund"].setText(
                self.tr("not claimed: the credit under your contract is larger"))
        else:
            self.formula_labels["contractual_credit"].setText(
                self.tr("your contract's service levels; the refund is larger and is claimed instead"))
        self.formula_labels["total_claimed"].setText(
            self.tr("max(F, Q) − K: your other losses are reserved") if e.exclusive
            else self.tr("max(F, Q) + P + C − V − K"))

    def window_warning(self, deadline, letter_date, formats) -> str:
        """A warning when the letter's date (today when none) is within a week of the contract's
        window for claiming its credit, or after it; the letter itself never mentions the window."""
        if deadline is None:
            return ""
        from datetime import date

        when = letter_date or date.today()
        if when > deadline:
            return self.tr("⚠ Your contract wanted its credit claimed by {0}: that date has passed. The refund "
                           "and your losses can still be claimed.").format(formats.date(deadline, "long"))
        if (deadline - when).days <= WINDOW_WARNING_DAYS:
            return self.tr("⚠ Your contract wants its credit claimed by {0}: send the letter now.").format(
                formats.date(deadline, "long"))
        return self.tr("Your contract wants its credit claimed by {0}.").format(formats.date(deadline, "long"))


EXTRA_HELP = {
    "extra_costs": QT_TRANSLATE_NOOP("ExtrasForm", "Money you spent to keep going during the outage (a temporary "
                                                   "line, a courier, notices to customers)."),
    "savings": QT_TRANSLATE_NOOP("ExtrasForm", "Costs you did not have because of the outage (for example, staff "
                                               "sent home unpaid)."),
    "credits_received": QT_TRANSLATE_NOOP("ExtrasForm", "Compensation the provider has already paid or credited "
                                                        "to your bill."),
}
EXTRA_LABELS = {"extra_costs": QT_TRANSLATE_NOOP("ExtrasForm", "Extra costs:"),
                "savings": QT_TRANSLATE_NOOP("ExtrasForm", "Savings:"),
                "credits_received": QT_TRANSLATE_NOOP("ExtrasForm", "Credits received:")}


class ExtrasForm(Retranslating, QGroupBox):
    """Extra costs, savings and credits already received, as one amount each."""

    changed = Signal()

    def __init__(self, parent=None, compact: bool = False):
        super().__init__(parent)
        self.compact = compact
        form = QFormLayout(self)
        self.edits: dict[str, QLineEdit] = {}
        self.fields: dict[str, Field] = {}
        self.labels: dict[str, QLabel] = {}
        for key in EXTRA_LABELS:
            edit = QLineEdit()
            edit.setPlaceholderText("0.00")
            edit.textChanged.connect(self.changed)
            field = Field(edit)
            label = QLabel()
            label.setBuddy(edit)
            form.addRow(label, field)
            self.edits[key], self.fields[key], self.labels[key] = edit, field, label
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Costs and credits"))
        for key, edit in self.edits.items():
            label = self.tr(EXTRA_LABELS[key])
            self.labels[key].setText(label)
            edit.setAccessibleName(label.rstrip(":"))
            help_text = self.tr(EXTRA_HELP[key])
            self.fields[key].set_help("" if self.compact else help_text)
            edit.setToolTip(help_text)
        self.items()  # an error shown is shown again in the new language

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
            beyond = check_money(value, key) if value is not None and value >= 0 else []
            if value is None or value < 0 or (beyond and beyond[0].code == "decimals"):
                self.fields[key].set_error(self.tr("Type an amount such as 85.00 (not negative, at most 2 "
                                                   "decimals)."))
                ok = False
                continue
            if beyond:  # e.g. 1e30: bounded here, before any arithmetic
                self.fields[key].set_error(problem_detail_text(beyond[0]))
                ok = False
                continue
            self.fields[key].set_error(None)
            result[key] = (MoneyItem(self.tr(EXTRA_LABELS[key]).rstrip(":"), value),)
        return result if ok else None


class EstimatePanel(Retranslating, QWidget):
    """The live estimate beside the journal: the figures and the inputs that move them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setWordWrap(True)
        emphasised(self.title, 13)
        layout.addWidget(self.title)
        self.view = EstimateView(pin_total=True)
        # in a scroll area: longer languages or a small window scroll the figures, never clip them;
        # the total stays pinned below them, always in sight
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.view)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.view.total_row)
        self.extras = ExtrasForm(compact=True)
        layout.addWidget(self.extras)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("What the selected outages cost you"))
