"""The watchdog against a company file: outages in the journal with their probe log as evidence,
the tamper-evident chain, time-stamp tokens, ``claimdesk verify`` and ``claimdesk watch``."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime, timedelta

import pytest

from claimdesk.cli import main
from claimdesk.services.watchdog import Watcher
from claimdesk.storage import CompanyFile
from claimdesk.storage.watch_log import WatchLog
from claimdesk.watchdog import chain, der, probes, rfc3161
from claimdesk.watchdog.probes import Probe, Result
from tests.factories import make_company, make_contract
from tests.tsa_helpers import RsaKey, TsaServer, certificate, token
from tests.watch_servers import TcpListener

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
GATEWAY = Probe("tcp", probes.GATEWAY, "192.168.1.1:80")
ANCHORS = [Probe("tcp", probes.ANCHOR, f"198.51.100.{i}:443") for i in (1, 2, 3)]


@pytest.fixture
def company(tmp_path):
    path = tmp_path / "shop.claimdesk"
    with CompanyFile.create(path, make_company()) as cf:
        cf.add_contract(make_contract())
    return path


class Scripted:
    """A simulated clock and network: ``world(wall)`` says what answers at that instant."""

    def __init__(self, world, step_asleep=None):
        self.wall, self.mono, self.world = T0, 500.0, world

    def clock(self):
        return self.wall, self.mono

    def runner(self, plan, timeout):
        gateway_up, internet_up = self.world(self.wall)
        return [Result(p, gateway_up if p.role == probes.GATEWAY else internet_up, 0.02 if internet_up else None,
                       None if internet_up else "timeout") for p in plan]

    def drive(self, watcher, until, sleep=None):
        while self.wall < until:
            watcher.cycle()
            step = watcher.machine.next_interval
            if sleep and sleep[0] <= self.wall < sleep[1]:
                self.wall = sleep[1]  # the computer slept: wall time jumps, monotonic time does not
                continue
            self.wall += timedelta(seconds=step)
            self.mono += step


def test_an_outage_is_journaled_with_its_probe_log_as_evidence(company):
    down = (T0 + timedelta(minutes=10, seconds=5), T0 + timedelta(minutes=40, seconds=30))
    net = Scripted(lambda t: (True, not down[0] <= t < down[1]))
    with CompanyFile.open(company) as cf:
        watcher = Watcher(cf, "internet", [GATEWAY, *ANCHORS], clock=net.clock, runner=net.runner)
        net.drive(watcher, T0 + timedelta(hours=1))
        (oid,) = watcher.outages
        outage = cf.outage(oid)
        assert timedelta(0) <= outage.start - down[0] < timedelta(seconds=60)
        assert timedelta(0) <= outage.end - down[1] < timedelta(seconds=60)
        assert "Detected by the ClaimDesk watchdog" in outage.description
        log = WatchLog(cf)
        assert log.detected(oid).source == "watchdog" and log.detected(oid).confirmed_at is None
        names = [e.filename for e in outage.evidence]
        assert names == [f"watchdog-outage-{oid}.txt", f"watchdog-probes-{oid}.csv"]
        summary = cf.evidence_bytes(outage.evidence[0].id).decode()
        assert "cycles in a row" in summary and "of the CSV matched the chain" in summary
        # the exhibit says what a time-stamp proves and what it does not (none is configured here)
        assert "What a time-stamp proves:" in summary and "What it does not prove:" in summary
        assert "none covers these rows yet" in summary
        n = int((outage.end - outage.start).total_seconds() // watcher.machine.settings.suspect_interval)
        assert f"the shop's gateway answered in {n}; every outside host failed in {n}." in summary
        table = cf.evidence_bytes(outage.evidence[1].id).decode().splitlines()
        assert table[0].startswith("row,time,service,probe,ok")
        assert any(",0,,timeout," in line for line in table) and len(table) > 4 * 30
        cf.update_outage(oid, provider_reference="TKT-55")  # as the outage editor saves it
        assert log.detected(oid).confirmed_at is not None and log.unconfirmed() == []
        assert abs(log.detected(oid).confirmed_at - datetime.now(UTC)) < timedelta(minutes=1)


def test_a_micro_outage_is_journaled_and_said_so(company):
    down = (T0 + timedelta(minutes=5), T0 + timedelta(minutes=5, seconds=40))
    net = Scripted(lambda t: (True, not down[0] <= t < down[1]))
    with CompanyFile.open(company) as cf:
        watcher = Watcher(cf, "internet", [GATEWAY, *ANCHORS], clock=net.clock, runner=net.runner)
        net.drive(watcher, T0 + timedelta(minutes=10))
        (oid,) = watcher.outages
        assert WatchLog(cf).detected(oid).micro
        assert cf.outage(oid).description.endswith("A micro-outage: under two minutes.")
        assert cf.outage(oid).end - cf.outage(oid).start == timedelta(seconds=40)


def test_the_user_ending_or_deleting_a_detected_outage_wins(company):
    outages = [(T0 + timedelta(minutes=5), T0 + timedelta(minutes=15)),
               (T0 + timedelta(minutes=30), T0 + timedelta(minutes=40))]
    net = Scripted(lambda t: (True, not any(a <= t < b for a, b in outages)))
    with CompanyFile.open(company) as cf:
        watcher = Watcher(cf, "internet", [GATEWAY, *ANCHORS], clock=net.clock, runner=net.runner)
        net.drive(watcher, T0 + timedelta(minutes=10))
        first = watcher.open_outage
        users_end = T0 + timedelta(minutes=9)
        cf.update_outage(first, end=users_end)  # "Service is back" pressed in the app
        net.drive(watcher, T0 + timedelta(minutes=35))
        cf.delete_outage(watcher.open_outage)  # a false alarm for the user
        net.drive(watcher, T0 + timedelta(minutes=50))
        (kept,) = cf.outages()
        assert kept.id == first and kept.end == users_end and len(kept.evidence) == 2
        assert watcher.outages == [first]


def test_own_network_down_is_never_claimed(company):
    local = (T0 + timedelta(minutes=5), T0 + timedelta(minutes=50))
    net = Scripted(lambda t: (not local[0] <= t < local[1], not local[0] <= t < local[1]))
    with CompanyFile.open(company) as cf:
        watcher = Watcher(cf, "internet", [GATEWAY, *ANCHORS], clock=net.clock, runner=net.runner)
        net.drive(watcher, T0 + timedelta(hours=1))
        assert watcher.outages == [] and cf.outages() == []
        kinds = [e[1] for e in WatchLog(cf).events()]
        assert "local" in kinds


def test_a_night_asleep_is_a_gap_not_an_outage(company):
    # the network is unreachable for a while after waking (Wi-Fi rejoining)
    wake = T0 + timedelta(hours=9)
    net = Scripted(lambda t: (True, not wake <= t < wake + timedelta(seconds=40)))
    with CompanyFile.open(company) as cf:
        watcher = Watcher(cf, "internet", [GATEWAY, *ANCHORS], clock=net.clock, runner=net.runner)
        net.drive(watcher, T0 + timedelta(hours=10), sleep=(T0 + timedelta(minutes=30), wake))
        assert cf.outages() == []
        assert [e[5] for e in WatchLog(cf).events() if e[1] == "gap"] == ["sleep"]


def _fill(cf, cycles=5):
    log = WatchLog(cf)
    for i in range(cycles):
        log.append("internet", T0 + timedelta(minutes=i), 100.0 + 60 * i,
                   [(p.name, True, 0.01, None) for p in ANCHORS])
    return log


def run_cli(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_verify_says_intact_then_names_the_first_altered_row(company, capsys):
    with CompanyFile.open(company) as cf:
        _fill(cf)
    code, out, _ = run_cli(capsys, "verify", "--company", str(company))
    assert code == 0 and "The probe log is intact: 15 rows" in out and "Every evidence file matches" in out
    con = sqlite3.connect(company)
    with con:  # someone edits the file with an SQLite tool to hide a failure
        con.execute("DROP TRIGGER probe_never_changes")
        con.execute("UPDATE probe SET ok = 0, error = 'timeout' WHERE id = 7")
    con.close()
    code, out, _ = run_cli(capsys, "verify", "--company", str(company))
    assert code == 1 and out.startswith("Probe row 7 (") and "was altered" in out


def test_verify_finds_removed_rows(company, capsys):
    with CompanyFile.open(company) as cf:
        _fill(cf)
    con = sqlite3.connect(company)
    with con:
        con.execute("DELETE FROM probe WHERE id BETWEEN 4 AND 6")
    con.close()
    code, out, _ = run_cli(capsys, "verify", "--company", str(company))
    assert code == 1 and out.startswith("Probe row 7 (") and "removed" in out


def test_a_rewritten_row_with_its_own_hash_recomputed_still_breaks_the_next(company, capsys):
    with CompanyFile.open(company) as cf:
        _fill(cf)
        rows = WatchLog(cf).probes()
    forged = {"id": 3, "at_us": None, "mono_us": rows[2].mono_us, "service": "internet", "probe": rows[2].probe,
              "ok": 0, "latency_us": None, "error": "timeout"}
    from claimdesk.storage.codec import to_us
    forged["at_us"] = to_us(rows[2].at)
    con = sqlite3.connect(company)
    with con:
        con.execute("DROP TRIGGER probe_never_changes")
        con.execute("UPDATE probe SET ok = 0, latency_us = NULL, error = 'timeout', hash = ? WHERE id = 3",
                    (chain.link(rows[1].hash, forged),))
    con.close()
    code, out, _ = run_cli(capsys, "verify", "--company", str(company))
    assert code == 1 and out.startswith("Probe row 4 (")


def test_pruned_old_probes_are_sealed_and_the_chain_still_verifies(company, capsys):
    with CompanyFile.open(company) as cf:
        log = _fill(cf, cycles=200)
        cf.add_outage(1, "internet", T0 + timedelta(minutes=150), T0 + timedelta(minutes=160))
        removed = log.prune(T0 + timedelta(minutes=199))
        kept = {r.at for r in log.probes()}
        assert removed > 0 and T0 + timedelta(minutes=150) in kept and T0 not in kept
    code, out, _ = run_cli(capsys, "verify", "--company", str(company))
    assert code == 0, out
    with CompanyFile.open(company) as cf:
        rows = WatchLog(cf).probes()  # what is left starts right after a sealed run
        assert rows[0].at == T0 + timedelta(minutes=90) and rows[0].id > 1
        assert WatchLog(cf).check_span(rows[0].id, rows[-1].id).broken is None
    con = sqlite3.connect(company)
    with con:
        con.execute("DROP TRIGGER probe_never_changes")
        con.execute("UPDATE probe SET latency_us = 1 WHERE id = ?", (rows[5].id,))
    con.close()
    with CompanyFile.open(company) as cf:
        assert WatchLog(cf).check_span(rows[0].id, rows[-1].id).broken.row_id == rows[5].id


def fake_token(digest: bytes, when: str = "20260302081500Z") -> bytes:
    """A TimeStampResp shaped like a TSA's, unsigned (the signature is not checked offline)."""
    tst = der.seq(der.integer(1), der.oid("1.3.6.1.4.1.99999.1"),
                  der.seq(der.seq(der.oid(rfc3161.SHA256_OID), der.null()), der.octets(digest)),
                  der.integer(4242), der.tlv(der.GENERALIZED_TIME, when.encode()), der.integer(77))
    encap = der.seq(der.oid(rfc3161.TST_INFO_OID), der.tlv(0xA0, der.octets(tst)))
    signed = der.seq(der.integer(3), der.tlv(der.SET, b""), encap, der.tlv(der.SET, b""))
    token = der.seq(der.oid(rfc3161.SIGNED_DATA_OID), der.tlv(0xA0, signed))
    return der.seq(der.seq(der.integer(0)), token)


def test_the_request_holds_the_digest_and_a_token_is_read_back():
    digest = bytes(range(32))
    req = der.parse_one(rfc3161.request(digest, nonce=77)).children()
    assert req[0].as_int() == 1 and req[1].children()[1].content == digest and req[2].as_int() == 77
    info = rfc3161.read_token(fake_token(digest))
    assert rfc3161.matches(info, digest) and info.gen_time == datetime(2026, 3, 2, 8, 15, tzinfo=UTC)
    with pytest.raises(rfc3161.TokenError):
        rfc3161.read_token(der.seq(der.seq(der.integer(2))))  # a refusal


def test_verify_checks_stored_time_stamp_tokens_and_their_signatures(company, capsys, tmp_path):
    tsa, other = RsaKey(), RsaKey()
    cert = certificate(tsa)
    with CompanyFile.open(company) as cf:
        log = _fill(cf)
        head_id, head = log.head()
        log.add_token(head_id, "https://tsa.example/tsr", token(tsa, cert, head))
    code, out, _ = run_cli(capsys, "verify", "--company", str(company))
    assert code == 0, out
    assert f"Time-stamp token 1 from https://tsa.example/tsr: row {head_id} existed by" in out
    assert "signature valid, signed by “Test TSA” (RSA, sha256)" in out
    # the user's copy of the TSA certificate, in PEM, is used instead of the one inside the token
    import base64
    pem = tmp_path / "tsa.pem"
    pem.write_text("-----BEGIN CERTIFICATE-----\n" + base64.encodebytes(certificate(other)).decode()
                   + "-----END CERTIFICATE-----\n")
    code, out, _ = run_cli(capsys, "verify", "--company", str(company), "--tsa-cert", str(pem))
    assert code == 1 and "is not validly signed: the TSA's signature does not match" in out
    with CompanyFile.open(company) as cf:
        log = WatchLog(cf)
        log.add_token(3, "https://other-tsa.example/", token(tsa, cert, bytes(32)))
        log.add_token(head_id, "https://forger.example/", token(other, cert, head))  # signed by another key
    code, out, _ = run_cli(capsys, "verify", "--company", str(company))
    assert code == 1
    assert "Time-stamp token 2 from https://other-tsa.example/ does not match probe row 3." in out
    assert "Time-stamp token 3 from https://forger.example/ is not validly signed" in out


def test_the_watcher_stamps_the_chain_head_hourly_and_at_each_outage(company):
    tsa = TsaServer()
    try:
        down = (T0 + timedelta(minutes=100), T0 + timedelta(minutes=130))
        net = Scripted(lambda t: (True, not down[0] <= t < down[1]))
        with CompanyFile.open(company) as cf:
            watcher = Watcher(cf, "internet", [GATEWAY, *ANCHORS], clock=net.clock, runner=net.runner,
                              tsa_urls=[tsa.url, "http://127.0.0.1:9/unreachable"])
            net.drive(watcher, T0 + timedelta(hours=3))
            tokens = WatchLog(cf).tokens()
            # at start, an hour later, at the outage's start and at its end (the next hour is past the end of
            # the run); the unreachable TSA is noted each time
            assert len(tokens) == tsa.requests == 4
            assert len(watcher.stamp_errors) == 4 and "127.0.0.1:9" in watcher.stamp_errors[0]
            for t in tokens:
                info = rfc3161.read_token(t.token)
                assert rfc3161.matches(info, WatchLog(cf).hash_of(t.probe_id))
                assert rfc3161.signature(t.token).status == "valid"
            (oid,) = watcher.outages
            summary = cf.evidence_bytes(cf.outage(oid).evidence[0].id).decode()
            stamped = summary.split("Time-stamps (RFC 3161):")[1].split("What a time-stamp proves")[0]
            assert f"stamped by {tsa.url}" in stamped and "What it does not prove:" in summary
    finally:
        tsa.close()


def test_watch_command_records_an_outage_from_a_closing_port(company, capsys):
    anchors = [TcpListener() for _ in range(3)]
    gateway = TcpListener()

    def outage():  # every anchor closes for about two seconds, then comes back on the same port
        for a in anchors:
            a.close()
        threading.Event().wait(2.0)
        anchors[:] = [a.reopen() for a in anchors]

    timer = threading.Timer(1.0, outage)
    timer.start()
    try:
        code, out, err = run_cli(capsys, "watch", "--company", str(company), "--service", "internet",
                                 "--target", *[a.target for a in anchors], "--gateway", gateway.target,
                                 "--interval", "0.2", "--timeout", "0.5", "--for", "5")
    finally:
        timer.join()
        for a in [*anchors, gateway]:
            a.close()
    assert code == 0, err
    assert "internet suspect (first failure)" in out and "internet down (confirmed)" in out
    assert "outage 1 recorded" in out and "1 outage(s) recorded: 1" in err
    with CompanyFile.open(company) as cf:
        (outage,) = cf.outages()
        assert timedelta(seconds=1.5) < outage.end - outage.start < timedelta(seconds=3)
        assert len(outage.evidence) == 2
