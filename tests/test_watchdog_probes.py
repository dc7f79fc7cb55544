"""Each probe against a local stand-in: what it reports when the host answers and when it does not."""

from __future__ import annotations

import pytest

from claimdesk.watchdog import probes
from claimdesk.watchdog.probes import Probe, run, run_all, verdict
from claimdesk.watchdog.states import FAIL, GATEWAY_DOWN, OK
from tests.watch_servers import HttpServer, ImapServer, TcpListener, dns_responder, sip_responder


@pytest.fixture
def listener():
    server = TcpListener()
    yield server
    server.close()


def test_tcp_connect_succeeds_then_fails_when_the_port_closes(listener):
    probe = Probe("tcp", probes.ANCHOR, listener.target)
    first = run(probe, 1)
    assert first.ok and first.latency is not None and first.error is None
    listener.close()
    second = run(probe, 1)
    assert not second.ok and "Refused" in second.error


def test_dns_through_a_local_resolver_and_a_silent_one():
    resolver = dns_responder()
    try:
        assert run(Probe("dns", probes.ISP_DNS, resolver.target), 1).ok
        resolver.silent = True
        result = run(Probe("dns", probes.ISP_DNS, resolver.target), 0.3)
        assert not result.ok and result.error == "timeout"
    finally:
        resolver.close()


def test_a_resolver_answering_servfail_fails():
    resolver = dns_responder(rcode=2)
    try:
        result = run(Probe("dns", probes.ISP_DNS, resolver.target), 1)
        assert not result.ok and result.error == "rcode 2"
    finally:
        resolver.close()


def test_mx_lookup_lists_the_mail_servers_or_fails_without_one():
    with_mx, without = dns_responder(mx=((20, "mx2.shop.example"), (10, "mx1.shop.example"))), dns_responder()
    try:
        result = run(Probe("mx", probes.MX, "shop.example", resolver=with_mx.target), 1)
        assert result.ok and result.detail == "10 mx1.shop.example 20 mx2.shop.example"
        assert not run(Probe("mx", probes.MX, "shop.example", resolver=without.target), 1).ok
    finally:
        with_mx.close()
        without.close()


def test_http_check_accepts_204_and_rejects_a_server_error():
    server = HttpServer(204)
    try:
        assert run(Probe("http", probes.HTTP, server.url), 1).ok
        server.status = 503
        result = run(Probe("http", probes.HTTP, server.url), 1)
        assert not result.ok and "HTTP 503" in result.error
    finally:
        server.close()


def test_imap_login_with_the_password_from_the_keyring(monkeypatch):
    server = ImapServer()
    try:
        probe = Probe("imap", probes.IMAP, server.target, user="shop")
        monkeypatch.setattr(probes, "imap_password", lambda user, host: "secret")
        assert run(probe, 2).detail == "logged in"
        monkeypatch.setattr(probes, "imap_password", lambda user, host: "wrong")
        result = run(probe, 2)
        assert not result.ok and "login refused" in result.error
        monkeypatch.setattr(probes, "imap_password", lambda user, host: None)
        assert run(probe, 2).detail == "greeting received"
    finally:
        server.close()


def test_sip_options_gets_an_answer_or_times_out():
    server = sip_responder()
    try:
        result = run(Probe("sip", probes.SIP, server.target), 1)
        assert result.ok and result.detail == "SIP/2.0 200 OK"
        server.silent = True
        assert not run(Probe("sip", probes.SIP, server.target), 0.3).ok
    finally:
        server.close()


def _results(**roles):
    return [probes.Result(Probe("tcp", role.rstrip("0123456789"), "x"), ok, 0.01)
            for role, oks in roles.items() for ok in oks]


def test_verdicts():
    assert verdict(_results(gateway=[True], anchor=[True, False, False])) == OK  # one site down is that site
    assert verdict(_results(gateway=[True], anchor=[False, False, False])) == FAIL
    assert verdict(_results(gateway=[False], anchor=[False, False, False])) == GATEWAY_DOWN
    assert verdict(_results(anchor=[True], isp_dns=[False], public_dns=[True])) == FAIL  # provider DNS
    assert verdict(_results(anchor=[True], isp_dns=[False], public_dns=[False])) == OK
    assert verdict(_results(mx=[False, False])) == FAIL


def test_a_cycle_runs_all_probes_at_once_and_keeps_their_order(listener):
    closed = TcpListener()
    closed.close()
    plan = [Probe("tcp", probes.ANCHOR, listener.target), Probe("tcp", probes.ANCHOR, closed.target)]
    assert [r.ok for r in run_all(plan, 1)] == [True, False]


def test_the_default_plan_names_every_host_it_contacts():
    plan = probes.internet_plan(gateway="192.168.1.1:80", isp_resolver="192.168.1.1")
    assert probes.contacted_hosts(plan) == ["192.168.1.1", "1.1.1.1", "8.8.8.8", "9.9.9.9",
                                            "www.msftconnecttest.com"]
