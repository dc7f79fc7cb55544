"""The live estimate in a shop owner's words: a plain sentence first, the accountant's calculation
one click away, a tooltip on every figure."""

from __future__ import annotations

import re

import pytest

from claimdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

ACCOUNTANT_ONLY = ("lost_turnover_gross", "lost_orders", "recovered_turnover", "shortage_in_turnover")


@pytest.fixture
def window(qtbot, qapp, ws):
    from claimdesk.i18n.qt import set_language

    set_language(qapp, "en")
    w = MainWindow(ws)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    set_language(qapp, "en")


def estimate_of_first_row(qtbot, window):
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: bool(window.estimate.view.amounts))
    return window.estimate.view


def test_the_estimate_opens_with_a_plain_sentence(qtbot, window):
    view = estimate_of_first_row(qtbot, window)
    text = view.headline.text()
    total = view.value_labels["total_claimed"].text()
    assert f"ClaimDesk claims {total}: the margin on the sales you did not make up later" in text
    assert re.search(r"You lost about \d+ orders?\.", text), text
    # durations in hours and minutes, never decimal hours or the accountant's letters and sums
    assert "down for 41\u00a0h\u00a045\u00a0min of your opening hours (5\u00a0d\u00a02\u00a0h in all)" in text, text
    assert not re.search(r"\d[.,]\d+\s?h\b", text), text
    assert "Σ" not in text and "(s)" not in text and "gross profit" not in text


def test_the_calculation_is_one_click_away(qtbot, window):
    view = estimate_of_first_row(qtbot, window)
    # plain view: what the claim is made of, no letters, no formulas, no intermediate lines
    for key in ACCOUNTANT_ONLY:
        assert not view.value_labels[key].isVisible(), key
    for key in ("loss_of_gross_profit", "subscription_refund", "total_claimed"):
        assert view.value_labels[key].isVisible(), key
        assert not view.letter_labels[key].isVisible() and not view.formula_labels[key].isVisible()
    assert view.name_labels["loss_of_gross_profit"].text() == "Your margin on those sales"
    assert view.calc_toggle.text() == "Show the calculation"

    view.calc_toggle.click()
    assert view.calc_toggle.text() == "Hide the calculation"
    for key in (*ACCOUNTANT_ONLY, "loss_of_gross_profit", "subscription_refund", "total_claimed"):
        assert view.value_labels[key].isVisible() and view.letter_labels[key].isVisible(), key
        assert view.formula_labels[key].isVisible(), key
    assert view.formula_labels["shortage_in_turnover"].text() == "Shortage in turnover: G − R"
    assert view.formula_labels["lost_turnover_gross"].text() == "Lost turnover (gross): added up over 5 opening days"
    refund = view.formula_labels["subscription_refund"].text()
    assert re.search(r"× \d+ (h \d\d min|d \d+ h) down ÷", refund), refund

    view.calc_toggle.click()
    assert not view.value_labels["shortage_in_turnover"].isVisible()


def test_every_figure_says_what_it_is(qtbot, window):
    view = estimate_of_first_row(qtbot, window)
    view.calc_toggle.click()
    for key, value in view.value_labels.items():
        tip = value.toolTip()
        assert tip and tip == view.name_labels[key].toolTip(), key
        assert "Accountants call it:" in tip, key
    assert "Loss of gross profit" in view.value_labels["loss_of_gross_profit"].toolTip()
    for edit in window.estimate.extras.edits.values():
        assert edit.toolTip()
    assert view.calc_toggle.toolTip()


def test_costs_typed_join_the_sentence_and_the_plain_figures(qtbot, window):
    view = estimate_of_first_row(qtbot, window)
    assert not view.value_labels["increased_cost_of_working"].isVisible()  # nothing typed: left out
    qtbot.keyClicks(window.estimate.extras.edits["extra_costs"], "85")
    qtbot.keyClicks(window.estimate.extras.edits["credits_received"], "10")
    qtbot.waitUntil(lambda: view.amounts.get("credits_received") == "10.00")
    assert view.value_labels["increased_cost_of_working"].isVisible()
    assert view.value_labels["credits_received"].isVisible()
    assert not view.value_labels["savings"].isVisible()
    text = view.headline.text()
    assert ", plus the extra costs you paid ($85.00), less what you saved and were already paid ($10.00)." in text


@pytest.mark.parametrize(("lang", "claims", "toggle"), (
    ("fr", "ClaimDesk réclame", "Afficher le calcul"),
    ("de", "ClaimDesk fordert", "Berechnung anzeigen"),
    ("nl", "ClaimDesk vordert", "Berekening tonen"),
    ("it", "ClaimDesk richiede", "Mostra il calcolo"),
))
def test_the_sentence_speaks_the_interface_language(qtbot, qapp, window, lang, claims, toggle):
    from claimdesk.i18n.qt import set_language

    view = estimate_of_first_row(qtbot, window)
    set_language(qapp, lang)
    qtbot.waitUntil(lambda: claims in view.headline.text())
    assert view.calc_toggle.text() == toggle
    assert "ClaimDesk claims" not in view.headline.text()
