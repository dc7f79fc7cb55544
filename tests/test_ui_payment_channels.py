"""The assistant asks how customers pay and order, and a card terminal counts as needing the
internet: an internet outage stops card payments at the counter, in new companies and in the demo."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from claimdesk.domain.loss import share_lost
from claimdesk.domain.model import SERVICES
from claimdesk.ui.payment_channels import shares

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def table_rows(form):
    rows = []
    for r in range(form.table.rowCount()):
        needs = {s for i, s in enumerate(SERVICES) if form.table.item(r, 2 + i).checkState() == Qt.CheckState.Checked}
        rows.append((form.table.item(r, 0).text(), form.table.item(r, 1).text(), needs))
    return rows


@pytest.fixture
def wizard(qtbot, tmp_path):
    from claimdesk.ui.company_wizard import CompanyWizard

    w = CompanyWizard(tmp_path / "data")
    qtbot.addWidget(w)
    w.show()
    return w


def test_a_new_shop_starts_with_its_card_terminal_on_the_internet(wizard):
    box = wizard.payments
    assert [b.isChecked() for b in box.boxes.values()] == [True, True, False, False, True]
    assert table_rows(wizard.channels) == [("Card payments", "60", {"internet"}), ("Phone orders", "20", {"phone"}),
                                           ("Cash at the counter", "20", set())]
    # an internet outage now stops 60 % of sales, not none of the counter's
    assert share_lost(wizard.channels.values(), frozenset({"internet"})) == Decimal("0.6")


def test_ticking_how_customers_order_refills_the_channels(wizard):
    box = wizard.payments
    box.boxes["cash"].setChecked(False)
    box.boxes["online"].setChecked(True)
    box.boxes["email"].setChecked(True)
    rows = table_rows(wizard.channels)
    assert [name for name, *_ in rows] == ["Card payments", "Phone orders", "E-mail orders", "Online shop and booking"]
    assert sum(Decimal(share) for _, share, _ in rows) == 100
    assert rows[2][2] == {"internet", "email"} and rows[3][2] == {"internet"}
    assert box.boxes["card"].text() == "A card terminal (it needs the internet)"


def test_the_channels_asked_for_reach_the_company_file(qtbot, wizard):
    from tests.test_ui import fill_company

    wizard.next()
    fill_company(wizard, qtbot)
    wizard.payments.boxes["phone"].setChecked(False)
    wizard.next()
    wizard.next()
    wizard.next()
    b = wizard.baseline
    b.edits["average_order_value"].setText("35")
    b.edits["gross_profit_rate"].setText("62")
    b.edits["recovery_rate"].setText("10")
    wizard.next()
    c = wizard.contract
    qtbot.keyClicks(c.provider, "Orange SA")
    c.services["internet"].setChecked(True)
    c.fee.setText("59,90")
    wizard.accept()
    assert wizard.result() == QWizard.DialogCode.Accepted
    channels = wizard.workspace.company().channels
    assert [(ch.name, ch.share, ch.depends_on) for ch in channels] == [
        ("Card payments", Decimal("0.75"), ("internet",)), ("Cash at the counter", Decimal("0.25"), ())]
    wizard.workspace.close()


def test_the_demo_bakery_takes_cards_at_the_counter(ws):
    channels = ws.company().channels
    assert share_lost(channels, frozenset({"internet"})) == Decimal("0.20")
    assert [ch.name for ch in channels if not ch.depends_on] == ["Cash at the counter"]


@pytest.mark.parametrize("weights", ([3, 1, 1], [1, 1, 1], [3, 1, 1, 2, 1], [2], [1, 1, 1, 1, 1, 1, 1]))
def test_first_guess_shares_add_up_to_exactly_100(weights):
    got = shares(weights)
    assert sum(got) == 1 and all(s == s.quantize(Decimal("0.01")) for s in got)
