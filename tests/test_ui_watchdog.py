"""The watchdog in the app: off until agreed to, runs while the window is open, bounce import."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from claimdesk.services import watch_settings
from claimdesk.services.workspace import Workspace
from claimdesk.ui.main_window import MainWindow
from claimdesk.ui.watchdog_ui import WatchdogDialog
from tests.conftest import EXAMPLES
from tests.factories import make_company, make_contract
from tests.watch_servers import TcpListener

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # an offscreen-platform notice


@pytest.fixture
def shop(tmp_path):
    ws = Workspace.create(tmp_path / "shop.claimdesk", make_company(), (make_contract(),), data_dir=tmp_path)
    yield ws
    if not ws.file.closed:
        ws.close()


def _window(qtbot, qapp, ws, data_dir):
    from claimdesk.i18n.qt import set_language

    set_language(qapp, "en")
    w = MainWindow(ws, data_dir=data_dir)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.watchdog is not None, timeout=3000)  # installed after the first paint
    return w


def test_the_watchdog_menu_entries_come_once_the_window_is_painted(qtbot, qapp, shop, tmp_path):
    from claimdesk.i18n.qt import set_language

    set_language(qapp, "en")
    w = MainWindow(shop, data_dir=tmp_path)
    qtbot.addWidget(w)
    # not needed for the first paint: the watchdog's modules and entries wait for it
    assert w.watchdog is None
    assert "&Import bounce messages…" not in [a.text() for a in w.outage_menu.actions()]
    w.show()
    qtbot.waitUntil(lambda: w.watchdog is not None, timeout=3000)
    assert "&Import bounce messages…" in [a.text() for a in w.outage_menu.actions()]
    assert "&Watchdog…" in [a.text() for a in w.company_menu.actions()]
    assert w.watchdog.background is None  # never agreed to: not running
    set_language(qapp, "fr")  # its entries follow the interface language like the window's
    try:
        qtbot.waitUntil(lambda: "&Watchdog…" not in [a.text() for a in w.company_menu.actions()])
        assert w.watchdog.act_settings.text() == "&Surveillance automatique…"
    finally:
        set_language(qapp, "en")


def test_the_watchdog_is_off_until_the_user_agrees_to_the_hosts_named(qtbot, tmp_path):
    assert not watch_settings.load(tmp_path).active  # off by default
    dialog = WatchdogDialog(watch_settings.load(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.enabled.setChecked(True)
    dialog.gateway.setText("192.168.1.1:80")
    text = dialog.consent.text()
    for host in ("192.168.1.1", "1.1.1.1", "8.8.8.8", "9.9.9.9", "www.msftconnecttest.com"):
        assert host in text
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.error.text() == "Tick the agreement to turn the watchdog on."
    dialog.gateway.setText("192.168.1.1")
    dialog.agree.setChecked(True)
    dialog.accept()
    assert dialog.isVisible() and dialog.error.text().startswith("Gateway:")
    dialog.gateway.setText("192.168.1.1:80")
    dialog.grab().save(str(tmp_path / "watchdog-dialog.png"))
    dialog.accept()
    assert not dialog.isVisible() and dialog.settings.active
    watch_settings.save(dialog.settings, tmp_path)
    assert watch_settings.load(tmp_path).active
    # a host added later (another gateway) was never agreed to: the watchdog stays off
    assert not replace(watch_settings.load(tmp_path), gateway="10.0.0.1:80").active


def test_the_app_records_an_outage_in_a_worker_while_open(qtbot, qapp, shop, tmp_path):
    anchors = [TcpListener() for _ in range(3)]
    gateway = TcpListener()
    settings = replace(watch_settings.WatchSettings(enabled=True), gateway=gateway.target,
                       anchors=tuple(a.target for a in anchors), resolvers=(), url="", isp_resolver="127.0.0.1:9",
                       interval=0.2)
    settings = replace(settings, consented_hosts=tuple(settings.hosts()))
    watch_settings.save(settings, tmp_path)
    w = _window(qtbot, qapp, shop, tmp_path)
    try:
        assert w.watchdog.background is not None
        qtbot.waitUntil(lambda: w.watchdog.state == "up", timeout=3000)
        for a in anchors:
            a.close()
        qtbot.waitUntil(lambda: w.watchdog.state == "down", timeout=5000)
        qtbot.waitUntil(lambda: w.model.rowCount() == 1, timeout=3000)
        anchors[:] = [a.reopen() for a in anchors]
        qtbot.waitUntil(lambda: shop.running_outages() == [], timeout=5000)
        (outage,) = shop.file.outages()
        assert outage.end is not None and len(outage.evidence) == 2
        w.close()
        assert w.watchdog.background is None  # stopped before the company file closed
    finally:
        for a in [*anchors, gateway]:
            a.close()


def test_import_bounce_messages_from_the_outage_menu(qtbot, qapp, shop, tmp_path):
    w = _window(qtbot, qapp, shop, tmp_path)
    assert w.watchdog.background is None  # never agreed to: not running
    titles = [a.text() for a in w.outage_menu.actions()]
    assert "&Import bounce messages…" in titles
    with qtbot.waitSignal(w.watchdog.imported, timeout=5000) as signal:
        w.watchdog.import_bounces([str(EXAMPLES / "bounces" / "dsn-0915.eml"),
                                   str(EXAMPLES / "bounces" / "plain-1102.eml")])
    outage = shop.outage(signal.args[0])
    assert outage.service == "email" and len(outage.evidence) == 3
    qtbot.waitUntil(lambda: w.current_record() is not None and w.current_record().id == outage.id, timeout=3000)


def test_messages_without_bounces_are_refused_in_the_interface_language(qtbot, qapp, shop, tmp_path, monkeypatch):
    from claimdesk.i18n.qt import set_language
    from claimdesk.ui import watchdog_ui

    w = _window(qtbot, qapp, shop, tmp_path)
    shown = []
    monkeypatch.setattr(watchdog_ui.QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
    mail = tmp_path / "hello.eml"
    mail.write_text("From: a@b.example\nDate: Tue, 3 Mar 2026 10:00:00 +0100\nSubject: hi\n\nHello\n")
    set_language(qapp, "fr")
    try:
        w.watchdog.import_bounces([str(mail)])
        qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    finally:
        set_language(qapp, "en")
    assert shown == [("Impossible d'importer ces messages",
                      "Aucun message de non-remise dans ces fichiers : ni rapport de remise, ni code d'état SMTP "
                      "tel que 550 5.1.1.")]
    assert shop.file.outages() == []
