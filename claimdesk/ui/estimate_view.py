"""The loss-method figures of selected outages: a plain sentence first, the accountant's
calculation (letters, formulas, terms) one click away."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .forms import Field, amount_hint, parse_decimal
from .language import Retranslating, problem_detail_text
from .outage_model import duration_text, service_label
from .theme import emphasised, muted

if TYPE_CHECKING:
    from ..domain.model import MoneyItem

# (key, letter, plain name, accountant's term, formula, what it means) — the formula's names are
# filled with the estimate's inputs; G's formula counts the days, a plural form (see show_estimate).
LINES = (
    ("lost_turnover_gross", "G", QT_TRANSLATE_NOOP("EstimateView", "Sales lost while down"),
     QT_TRANSLATE_NOOP("EstimateView", "Lost turnover (gross)"), "",
     QT_TRANSLATE_NOOP("EstimateView", "What you would have sold while the service was down, from your usual turnover "
                        "for those days and hours.")),
    ("lost_orders", "O", QT_TRANSLATE_NOOP("EstimateView", "Orders lost"), QT_TRANSLATE_NOOP("EstimateView", "Lost orders"),
     QT_TRANSLATE_NOOP("EstimateView", "G ÷ {aov} per order"),
     QT_TRANSLATE_NOOP("EstimateView", "About how many sales that is, at your average order value.")),
    ("recovered_turnover", "R", QT_TRANSLATE_NOOP("EstimateView", "Sales made up later"),
     QT_TRANSLATE_NOOP("EstimateView", "Recovered turnover"), QT_TRANSLATE_NOOP("EstimateView", "G × {recovery} made up later"),
     QT_TRANSLATE_NOOP("EstimateView", "The part your customers bought later anyway: it is not claimed.")),
    ("shortage_in_turnover", "S", QT_TRANSLATE_NOOP("EstimateView", "Sales not made up"),
     QT_TRANSLATE_NOOP("EstimateView", "Shortage in turnover"), QT_TRANSLATE_NOOP("EstimateView", "G − R"),
     QT_TRANSLATE_NOOP("EstimateView", "The sales lost for good: those lost, less those made up later.")),
    ("loss_of_gross_profit", "P", QT_TRANSLATE_NOOP("EstimateView", "Your margin on those sales"),
     QT_TRANSLATE_NOOP("EstimateView", "Loss of gross profit"), QT_TRANSLATE_NOOP("EstimateView", "S × {gp} rate of gross profit"),
     QT_TRANSLATE_NOOP("EstimateView", "What the sales lost for good would have earned you once the goods are paid for.")),
    ("subscription_refund", "F", QT_TRANSLATE_NOOP("EstimateView", "Refund of the subscription"),
     QT_TRANSLATE_NOOP("EstimateView", "Subscription refund"),
     QT_TRANSLATE_NOOP("EstimateView", "{fee} a month × {down} down ÷ the hours of that month"),
     QT_TRANSLATE_NOOP("EstimateView", "The part of your monthly subscription for the time the service did not work.")),
    # Only with the contract's service levels (hidden otherwise): the credit Q beside the refund F.
    ("contractual_credit", "Q", QT_TRANSLATE_NOOP("EstimateView", "Credit under your contract"),
     QT_TRANSLATE_NOOP("EstimateView", "Contractual service credit"), "",
     QT_TRANSLATE_NOOP("EstimateView", "What your contract's service levels give back for the outage, without any "
                        "proof of loss. The claim takes this credit or the refund, whichever is larger, never both.")),
    ("increased_cost_of_working", "C", QT_TRANSLATE_NOOP("EstimateView", "Extra costs you paid"),
     QT_TRANSLATE_NOOP("EstimateView", "Increased cost of working"), QT_TRANSLATE_NOOP("EstimateView", "as typed under Costs and credits"),
     QT_TRANSLATE_NOOP("EstimateView", "Money you spent to keep going during the outage.")),
    ("savings", "V", QT_TRANSLATE_NOOP("EstimateView", "Costs you saved"), QT_TRANSLATE_NOOP("EstimateView", "Savings"),
     QT_TRANSLATE_NOOP("EstimateView", "costs you did not have"),
     QT_TRANSLATE_NOOP("EstimateView", "Costs you did not have because of the outage: they come off the claim.")),
    ("credits_received", "K", QT_TRANSLATE_NOOP("EstimateView", "Already paid by the provider"),
     QT_TRANSLATE_NOOP("EstimateView", "Credits received"), QT_TRANSLATE_NOOP("EstimateView", "paid or credited by the provider"),
     QT_TRANSLATE_NOOP("EstimateView", "What the provider has already paid or credited: it comes off the claim.")),
    ("total_claimed", "T", QT_TRANSLATE_NOOP("EstimateView", "Total to claim"), QT_TRANSLATE_NOOP("EstimateView", "Total claimed"),
     QT_TRANSLATE_NOOP("EstimateView", "F + P + C − V − K"),
     QT_TRANSLATE_NOOP("EstimateView", "What ClaimDesk asks the provider for: your margin lost, the refund and your extra "
                        "costs, less savings and credits.")),
)
MONEY_KEYS = {k for k, *_ in LINES} - {"lost_orders"}
ROW_OF = {k: i for i, (k, *_rest) in enumerate(LINES)}
# shown without the calculation: what the claim is made of (a zero cost, saving or credit is left out)
PLAIN_KEYS = ("loss_of_gross_profit", "subscription_refund", "contractual_credit", "increased_cost_of_working",
              "savings", "credits_received", "total_claimed")
OPTIONAL_KEYS = {"increased_cost_of_working", "savings", "credits_received"}
SLA_KEYS = ("contractual_credit",)
# The app warns this many days before the contract's window for claiming its credit closes.
WINDOW_WARNING_DAYS = 7


def too_large_text() -> str:
    """Figures saved before the fields were bounded can exceed what the arithmetic holds."""
    return QCoreApplication.translate("EstimateView", "These figures are too large to work out: check the usual "
                                      "turnover and the amounts in Company ▸ Company settings.")


def hours_text(seconds: int) -> str:
    """Opening hours as hours and minutes: "1 d" of opening hours would read as 24 hours."""
    hours, rest = divmod(max(0, int(seconds)), 3600)
    return QCoreApplication.translate("OutageModel", "{0} h {1:02d} min").format(hours, rest // 60)


class EstimateView(Retranslating, QFrame):
    """A plain sentence, then the figures the claim is made of; "Show the calculation" adds the
    accountant's letters, intermediate lines and formulas. ``amounts`` keeps the last figures shown
    (for tests).

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
        self.calc_toggle = QToolButton()
        self.calc_toggle.setCheckable(True)
        self.calc_toggle.setAutoRaise(True)
        self.calc_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.calc_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.calc_toggle.toggled.connect(self.show_calculation)
        layout.addWidget(self.calc_toggle)
        self.grid = grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        self.letter_labels: dict[str, QLabel] = {}
        self.name_labels: dict[str, QLabel] = {}
        self.value_labels: dict[str, QLabel] = {}
        self.formula_labels: dict[str, QLabel] = {}
        self.total_row = QWidget()
        self.total_grid = total_grid = QGridLayout(self.total_row)
        # pinned, it sits outside this frame: the same side margins keep its letter and name in line
        side = layout.contentsMargins().left() + self.frameWidth() if pin_total else 0
        total_grid.setContentsMargins(side, 0, side, 0)
        total_grid.setHorizontalSpacing(10)
        total_grid.setVerticalSpacing(4)
        # The rows an empty estimate shows are made now; the others (the accountant's lines, the
        # optional costs, the credit) with the first figures or "Show the calculation".
        for key, *_rest in LINES:
            if key in PLAIN_KEYS and key not in OPTIONAL_KEYS and key not in SLA_KEYS:
                self._make_row(key)
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
        self._nonzero: set[str] = set()
        self._with_sla = False  # the contract states service levels: the credit row is shown
        self.retranslate()
        self.show_calculation(False)

    def _make_row(self, key: str) -> None:
        """The letter, name, value and formula labels of one line, in its place in the grid."""
        at = ROW_OF[key]
        letter_label = QLabel(LINES[at][1])
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
        target, row = self.grid, 2 * at
        if key == "total_claimed":
            for w in (name, value):
                emphasised(w, 12)
            line = QFrame()
            line.setFrameShape(QFrame.Shape.HLine)
            self.total_grid.addWidget(line, 0, 0, 1, 4)
            target, row = self.total_grid, 1
            # the letters' column as wide as the grid's, so the names line up
            self.total_grid.setColumnMinimumWidth(0, letter_label.fontMetrics().horizontalAdvance("W"))
            self.grid.setColumnMinimumWidth(0, letter_label.fontMetrics().horizontalAdvance("W"))
        target.addWidget(letter_label, row, 0)
        target.addWidget(name, row, 1)
        target.addWidget(value, row, 3)
        target.addWidget(formula, row + 1, 1, 1, 3)
        self.letter_labels[key] = letter_label
        self.name_labels[key] = name
        self.value_labels[key] = value
        self.formula_labels[key] = formula
        self._texts(key)

    def _all_rows(self) -> None:
        for key, *_rest in LINES:
            if key not in self.value_labels:
                self._make_row(key)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Loss estimate"))
        self._toggle_text()
        for key in self.value_labels:
            self._texts(key)
        if isinstance(self._shown, tuple):
            self.show_estimate(*self._shown)
        elif self._shown is None:
            self.clear()

    def _texts(self, key: str) -> None:
        _key, _letter, name, term, _formula, meaning = LINES[ROW_OF[key]]
        self.name_labels[key].setText(self.tr(name))
        self.value_labels[key].setAccessibleName(self.tr(name))
        tip = self.tr("{0}\nAccountants call it: {1}.").format(self.tr(meaning), self.tr(term))
        for label in (self.name_labels[key], self.value_labels[key], self.letter_labels[key],
                      self.formula_labels[key]):
            label.setToolTip(tip)

    def _toggle_text(self) -> None:
        on = self.calc_toggle.isChecked()
        self.calc_toggle.setText(self.tr("Hide the calculation") if on else self.tr("Show the calculation"))
        self.calc_toggle.setToolTip(self.tr("The accountant's figures: each line with its letter and formula, "
                                            "as in the letter's breakdown."))

    def show_calculation(self, on: bool) -> None:
        """Plain figures, or every line of the loss method with its letter and formula."""
        if self.calc_toggle.isChecked() != on:
            self.calc_toggle.setChecked(on)  # comes back here through toggled
            return
        self.calc_toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self._toggle_text()
        for key, *_rest in LINES:
            present = key not in SLA_KEYS or self._with_sla  # the credit row needs service levels
            detail = on and present
            shown = detail or (present and key in PLAIN_KEYS and (key not in OPTIONAL_KEYS or key in self._nonzero))
            if key not in self.value_labels:
                if not shown:
                    continue  # not made yet, and not needed now
                self._make_row(key)
            for label in (self.name_labels[key], self.value_labels[key]):
                label.setVisible(shown)
            self.letter_labels[key].setVisible(detail)
            self.formula_labels[key].setVisible(detail)

    def clear(self, message: str | None = None) -> None:
        """No figures; ``message`` says why (the selection hint when None)."""
        self._shown = message
        self.amounts = {}
        self._nonzero = set()
        self._with_sla = False
        self.headline.setText(message or self.tr("Select one or more outages in the journal to see what they "
                                                 "cost you."))
        self.note.clear()
        for key in self.value_labels:
            self.value_labels[key].setText("—")
            self.formula_labels[key].clear()
        self.show_calculation(self.calc_toggle.isChecked())

    def summary_text(self, e, formats) -> str:
        """The estimate in three sentences a shop owner reads without the accountant's words."""
        money = lambda x: formats.money(x, e.currency)  # noqa: E731
        services = ", ".join(service_label(s) for s in sorted(e.service_intervals)) or self.tr("The service")
        # no-break spaces: "5 d 2 h" never splits over two lines
        down = duration_text(e.outage_seconds).replace(" ", "\u00a0")
        open_down = hours_text(e.business_seconds_affected).replace(" ", "\u00a0")
        if e.business_seconds_affected == 0:
            first = self.tr("{0}: down for {1}, all of it outside your opening hours.").format(services, down)
        elif e.business_seconds_affected >= e.outage_seconds:
            first = self.tr("{0}: down for {1}, all of it during your opening hours.").format(services, down)
        else:
            first = self.tr("{0}: down for {1} of your opening hours ({2} in all).").format(services, open_down, down)
        orders = int(e.lost_orders.quantize(Decimal(1), ROUND_HALF_UP))
        if e.lost_turnover_gross == 0:
            second = self.tr("No sales were lost: the outage fell outside your opening hours, or your sales "
                             "channels do not need this service.")
        elif orders == 0:
            second = self.tr("You lost less than one order.")
        else:
            second = self.tr("You lost about %n order(s).", "", orders)
        parts = []
        if e.loss_of_gross_profit:
            parts.append(self.tr("the margin on the sales you did not make up later ({0})").format(
                money(e.loss_of_gross_profit)))
        if e.claims_credit:
            parts.append(self.tr("the credit your contract's service levels give for the outage ({0})").format(
                money(e.contractual_credit)))
        elif e.subscription_refund:
            parts.append(self.tr("a refund of the subscription for the time without service ({0})").format(
                money(e.subscription_refund)))
        if e.increased_cost_of_working:
            parts.append(self.tr("the extra costs you paid ({0})").format(money(e.increased_cost_of_working)))
        what = parts[0] if parts else ""
        for part in parts[1:]:
            what = self.tr("{0}, plus {1}").format(what, part)
        deducted = e.savings + e.credits_received
        if what and deducted:
            what = self.tr("{0}, less what you saved and were already paid ({1})").format(what, money(deducted))
        third = (self.tr("ClaimDesk claims {0}: {1}.").format(money(e.total_claimed), what) if what
                 else self.tr("ClaimDesk claims {0}.").format(money(e.total_claimed)))
        return " ".join((first, second, third))

    def show_estimate(self, estimate, formats, count: int, running: int = 0, letter_date=None) -> None:
        e = estimate
        self._shown = (estimate, formats, count, running, letter_date)
        self._with_sla = e.sla is not None
        money = lambda x: formats.money(x, e.currency)  # noqa: E731
        self.amounts = {k: v for k, v in e.figures().items()}
        values = {
            "aov": money(e.average_order_value), "recovery": formats.percent(e.recovery_rate),
            "gp": formats.percent(e.gross_profit_rate), "fee": money(e.monthly_fee),
            "down": duration_text(e.outage_seconds),
        }
        self._nonzero = {k for k in OPTIONAL_KEYS if getattr(e, k)}
        self._all_rows()
        for key, _letter, _name, term, formula, _meaning in LINES:
            value = getattr(e, key)
            if value is None:  # no service levels in the contract: the row stays hidden
                self.value_labels[key].setText("—")
                self.formula_labels[key].setText(self.tr("your contract states no service levels"))
                continue
            self.value_labels[key].setText(money(value) if key in MONEY_KEYS else formats.number(value, 1))
            how = self.tr("added up over %n opening day(s)", "", len(e.days)) if not formula else \
                self.tr(formula).format(**values)
            self.formula_labels[key].setText(self.tr("{0}: {1}").format(self.tr(term), how))
        if e.sla is not None:
            self._show_price_reduction(e)
        self.headline.setText(self.summary_text(e, formats))
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
        self.show_calculation(self.calc_toggle.isChecked())

    def _show_price_reduction(self, e) -> None:
        """The credit beside the refund, and which one the claim takes (never both)."""
        terms = {key: term for key, _letter, _name, term, *_rest in LINES}

        def say(key: str, how: str) -> None:
            self.formula_labels[key].setText(self.tr("{0}: {1}").format(self.tr(terms[key]), how))

        if e.claims_credit:
            say("contractual_credit", self.tr("your contract's service levels; claimed instead of the refund"))
            say("subscription_refund", self.tr("not claimed: the credit under your contract is larger"))
        else:
            say("contractual_credit",
                self.tr("your contract's service levels; the refund is larger and is claimed instead"))
        say("total_claimed", self.tr("max(F, Q) − K: your other losses are reserved") if e.exclusive
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
            edit.setPlaceholderText(amount_hint())  # "0,00" where the comma is decimal
            label = self.tr(EXTRA_LABELS[key])
            self.labels[key].setText(label)
            edit.setAccessibleName(label.rstrip(":"))
            help_text = self.tr(EXTRA_HELP[key])
            self.fields[key].set_help("" if self.compact else help_text)
            edit.setToolTip(help_text)
        if any(not f.error.isHidden() for f in self.fields.values()):
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
            # (imported here: empty boxes, as at most starts, need neither)
            from ..domain.bounds import check_money
            from ..domain.model import MoneyItem

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
