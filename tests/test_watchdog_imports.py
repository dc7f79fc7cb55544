"""Bounce e-mails and monitoring exports become outages, with their data as evidence."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from claimdesk.cli import main
from claimdesk.storage import CompanyFile
from claimdesk.storage.watch_log import WatchLog
from claimdesk.watchdog import bounces, monitors
from tests.conftest import EXAMPLES
from tests.factories import make_company, make_contract

BOUNCES = EXAMPLES / "bounces"
MONITORS = EXAMPLES / "monitors"
CET = timezone(timedelta(hours=1))


@pytest.fixture
def company(tmp_path):
    path = tmp_path / "shop.claimdesk"
    with CompanyFile.create(path, make_company()) as cf:
        cf.add_contract(make_contract())
    return path


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_delivery_status_report_gives_each_recipient_with_action_and_status():
    (msg,) = bounces.read([BOUNCES / "dsn-0915.eml"])
    assert [(b.recipient, b.action, b.status, b.at, b.diagnostic) for b in msg.bounces] == [
        ("client.a@customer.example", "failed", "5.4.4", datetime(2026, 3, 3, 9, 15, 41, tzinfo=CET),
         "554 5.4.4 Host or domain name not found"),
        ("client.b@customer.example", "delayed", "4.4.1", datetime(2026, 3, 3, 9, 15, 41, tzinfo=CET),
         "451 4.4.1 Connection timed out"),
    ]


def test_a_plain_text_bounce_is_read_with_the_status_code_pattern():
    (msg,) = bounces.read([BOUNCES / "plain-1102.eml"])
    (b,) = msg.bounces
    assert (b.recipient, b.status, b.action, b.at) == (
        "client.c@customer.example", "5.1.1", "failed", datetime(2026, 3, 3, 11, 2, 10, tzinfo=CET))
    assert "550 5.1.1" in b.diagnostic


def test_an_mbox_is_read_message_by_message_and_ordinary_mail_has_no_bounce():
    first, second = bounces.read([BOUNCES / "forwarded.mbox"])
    assert first.source == "forwarded.mbox#1" and first.bounces[0].at == datetime(2026, 3, 3, 10, 30, 1, tzinfo=CET)
    assert second.bounces == ()


def test_import_bounces_makes_one_outage_from_the_first_bounce_to_the_last(company, capsys):
    code, out, err = run(capsys, "import-bounces", "--company", str(company), str(BOUNCES / "dsn-0915.eml"),
                         str(BOUNCES / "forwarded.mbox"), str(BOUNCES / "plain-1102.eml"))
    assert code == 0, err
    lines = out.splitlines()
    assert "client.a@customer.example  5.4.4  2 bounce(s)  2026-03-03T09:15:41+01:00 to 2026-03-03T10:30:01+01:00" \
        in lines
    assert "not a bounce, skipped: forwarded.mbox#2" in lines
    outage_id = int(out.split()[-1])
    with CompanyFile.open(company) as cf:
        outage = cf.outage(outage_id)
        assert outage.service == "email"
        assert outage.start == datetime(2026, 3, 3, 9, 15, 41, tzinfo=CET)  # exactly the first bounce
        assert outage.end == datetime(2026, 3, 3, 11, 2, 10, tzinfo=CET)    # exactly the last
        names = [e.filename for e in outage.evidence]
        assert len(names) == 4 and names[-1] == "bounces.csv"  # three bounce messages and the table
        assert cf.evidence_bytes(outage.evidence[0].id) == (BOUNCES / "dsn-0915.eml").read_bytes()
        assert WatchLog(cf).detected(outage_id).source == "bounces"
        assert "4 for 3 recipient(s)" in outage.description
    code, _, err = run(capsys, "import-bounces", "--company", str(company), str(BOUNCES / "plain-1102.eml"),
                       str(BOUNCES / "dsn-0915.eml"), str(BOUNCES / "forwarded.mbox"))
    assert code == 1 and f"These bounces were imported before, as outage {outage_id}." in err


def test_a_file_without_bounces_is_refused_and_nothing_is_added(company, capsys, tmp_path):
    mail = tmp_path / "hello.eml"
    mail.write_text("From: a@b.example\nDate: Tue, 3 Mar 2026 10:00:00 +0100\nSubject: hi\n\nHello\n")
    code, _, err = run(capsys, "import-bounces", "--company", str(company), str(mail))
    assert code == 1 and "No bounce was found" in err
    with CompanyFile.open(company) as cf:
        assert cf.outages() == []


def _kuma_db(path):
    """The two tables of Uptime Kuma's kuma.db that matter here, with a morning outage."""
    con = sqlite3.connect(path)
    con.executescript("""
        CREATE TABLE monitor (id INTEGER PRIMARY KEY, name VARCHAR(150), type VARCHAR(20));
        CREATE TABLE heartbeat (id INTEGER PRIMARY KEY, important BOOLEAN, monitor_id INTEGER, status SMALLINT,
                                msg TEXT, time DATETIME, ping INTEGER, duration INTEGER, down_count INTEGER);
        INSERT INTO monitor VALUES (1, 'Box', 'ping'), (2, 'Provider anchor', 'port');
    """)
    beats = [(2, 1, "", "2026-03-04 07:58:00.120"), (2, 2, "timeout", "2026-03-04 07:59:00.118"),
             (2, 0, "connect ETIMEDOUT 1.1.1.1:443", "2026-03-04 08:00:00.131"),
             (2, 0, "connect ETIMEDOUT 1.1.1.1:443", "2026-03-04 08:01:00.140"),
             (2, 1, "", "2026-03-04 09:12:00.101"), (1, 0, "box down", "2026-03-04 12:00:00.000"),
             (2, 0, "connect ETIMEDOUT", "2026-03-04 20:00:00.000")]
    con.executemany("INSERT INTO heartbeat (monitor_id, status, msg, time) VALUES (?, ?, ?, ?)", beats)
    con.commit()
    con.close()
    return path


def test_uptime_kuma_heartbeats(tmp_path):
    export = monitors.read("uptime-kuma", _kuma_db(tmp_path / "kuma.db"), "Provider anchor")
    utc = timezone.utc
    assert [(s.start, s.end) for s in export.spans] == [
        (datetime(2026, 3, 4, 8, 0, 0, 131000, tzinfo=utc), datetime(2026, 3, 4, 9, 12, 0, 101000, tzinfo=utc)),
        (datetime(2026, 3, 4, 20, 0, tzinfo=utc), None)]  # still down at the end of the data
    with pytest.raises(monitors.MonitorError, match="choose a monitor with --monitor: Box, Provider anchor"):
        monitors.read("uptime-kuma", tmp_path / "kuma.db")


def test_gatus_uses_its_events_and_healthchecks_its_flips():
    gatus = monitors.read("gatus", MONITORS / "gatus-statuses.json")
    utc = timezone.utc
    assert [(s.start, s.end) for s in gatus.spans] == [
        (datetime(2026, 3, 4, 8, 1, tzinfo=utc), datetime(2026, 3, 4, 9, 13, tzinfo=utc))]
    flips = monitors.read("healthchecks", MONITORS / "healthchecks-flips.json")
    assert [(s.start, s.end) for s in flips.spans] == [
        (datetime(2026, 3, 6, 6, 42, tzinfo=utc), datetime(2026, 3, 6, 10, 5, 30, tzinfo=utc)),
        (datetime(2026, 3, 7, 22, 10, tzinfo=utc), None)]


def test_import_monitor_adds_outages_once_with_the_monitor_data(company, capsys, tmp_path):
    db = _kuma_db(tmp_path / "kuma.db")
    code, out, err = run(capsys, "import-monitor", "--company", str(company), "--kind", "uptime-kuma", str(db),
                         "--monitor", "Provider anchor")
    assert code == 0, err
    ids = [int(w) for w in out.split(":")[-1].split()]
    assert len(ids) == 2 and out.splitlines()[-1].startswith("2 new outage(s):")
    with CompanyFile.open(company) as cf:
        first = cf.outage(ids[0])
        (extract,) = first.evidence  # the database itself is not copied, only the beats around the outage
        text = cf.evidence_bytes(extract.id).decode()
        assert "connect ETIMEDOUT 1.1.1.1:443" in text and "box down" not in text
        assert cf.outage(ids[1]).end is None
    code, out, _ = run(capsys, "import-monitor", "--company", str(company), "--kind", "uptime-kuma", str(db),
                       "--monitor", "Provider anchor")
    assert code == 0 and out.splitlines()[-1] == "0 new outage(s):"
    code, _, err = run(capsys, "import-monitor", "--company", str(company), "--kind", "gatus",
                       str(MONITORS / "healthchecks-flips.json"))
    assert code == 1 and "not a Gatus statuses file" in err
