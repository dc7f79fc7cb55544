"""The first-run assistant asks how customers pay and order, in words a shop owner knows, and fills
the sales channels from it: a card terminal needs the internet, so counter sales are not all safe."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QVBoxLayout

from ..domain.model import Channel
from .language import Retranslating

# (key, what the owner ticks, the channel's name, the services it needs, its weight in the first
# guess of the shares, ticked at first)
WAYS = (
    ("card", QT_TRANSLATE_NOOP("PaymentChannelsBox", "A card terminal (it needs the internet)"),
     QT_TRANSLATE_NOOP("PaymentChannelsBox", "Card payments"), ("internet",), 3, True),
    ("phone", QT_TRANSLATE_NOOP("PaymentChannelsBox", "Orders by phone"),
     QT_TRANSLATE_NOOP("PaymentChannelsBox", "Phone orders"), ("phone",), 1, True),
    ("email", QT_TRANSLATE_NOOP("PaymentChannelsBox", "Orders by e-mail"),
     QT_TRANSLATE_NOOP("PaymentChannelsBox", "E-mail orders"), ("internet", "email"), 1, False),
    ("online", QT_TRANSLATE_NOOP("PaymentChannelsBox", "An online shop or online booking"),
     QT_TRANSLATE_NOOP("PaymentChannelsBox", "Online shop and booking"), ("internet",), 2, False),
    ("cash", QT_TRANSLATE_NOOP("PaymentChannelsBox", "Walk-in customers paying cash"),
     QT_TRANSLATE_NOOP("PaymentChannelsBox", "Cash at the counter"), (), 1, True),
)


def shares(weights: list[int]) -> list[Decimal]:
    """Whole percentages in proportion to ``weights``, adding up to exactly 100 %."""
    total = sum(weights)
    if not total:
        return []
    exact = [Decimal(100 * w) / total for w in weights]
    whole = [int(x) for x in exact]
    # the points left over go to the largest remainders, first ones first on a tie
    for i in sorted(range(len(exact)), key=lambda i: whole[i] - exact[i])[: 100 - sum(whole)]:
        whole[i] += 1
    return [Decimal(w) / 100 for w in whole]


class PaymentChannelsBox(Retranslating, QGroupBox):
    """Check boxes for the ways customers pay and order; each change refills ``channels_form``."""

    def __init__(self, channels_form, parent=None):
        super().__init__(parent)
        self.form = channels_form
        layout = QVBoxLayout(self)
        self.boxes: dict[str, QCheckBox] = {}
        for key, *_rest, ticked in WAYS:
            box = QCheckBox()
            box.setChecked(ticked)
            box.toggled.connect(self.fill)
            layout.addWidget(box)
            self.boxes[key] = box
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.retranslate()
        self.fill()

    def retranslate(self) -> None:
        self.setTitle(self.tr("How do your customers pay and order?"))
        for key, label, *_rest in WAYS:
            self.boxes[key].setText(self.tr(label))
        self.hint.setText(self.tr("ClaimDesk fills in the table below from your answers. Change the shares to "
                                  "match your business: what part of your turnover comes each way."))

    def channels(self) -> tuple[Channel, ...]:
        chosen = [w for w in WAYS if self.boxes[w[0]].isChecked()]
        return tuple(Channel(self.tr(name), share, needs)
                     for (_key, _label, name, needs, _w, _t), share in zip(chosen, shares([w[4] for w in chosen]),
                                                                           strict=True))

    def fill(self) -> None:
        self.form.set_channels(self.channels())
