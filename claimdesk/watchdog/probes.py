"""Probes that need no privileges: TCP connect, DNS over UDP, one HTTP fetch, IMAP, SIP OPTIONS.

Each probe returns a :class:`Result` and never raises: a failure is a fact to record, with the
error text the system gave. ``verdict`` turns one cycle's results into the state machine's input.
"""

from __future__ import annotations

import socket
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from . import dns
from .states import FAIL, GATEWAY_DOWN, OK

# Roles: what a probe tells about the service.
GATEWAY, ANCHOR, ISP_DNS, PUBLIC_DNS, HTTP, MX, IMAP, SIP = (
    "gateway", "anchor", "isp_dns", "public_dns", "http", "mx", "imap", "sip")

DEFAULT_TIMEOUT = 2.0
DNS_NAME = "example.com"  # a name every resolver can answer
CONNECTIVITY_URL = "http://www.msftconnecttest.com/connecttest.txt"
CONNECTIVITY_TEXT = "Microsoft Connect Test"
PUBLIC_ANCHORS = ("1.1.1.1:443", "8.8.8.8:443", "9.9.9.9:443")
PUBLIC_RESOLVERS = ("1.1.1.1", "9.9.9.9")


@dataclass(frozen=True)
class Probe:
    """What to check. ``target`` is HOST:PORT (tcp, sip, imap), a resolver (dns), a URL (http) or
    a mail domain (mx, asked of ``resolver``)."""

    kind: str     # tcp | dns | http | mx | imap | sip
    role: str
    target: str
    resolver: str = ""
    user: str = ""  # imap: log in as this user when the keyring holds a password

    @property
    def name(self) -> str:
        extra = f"@{self.resolver}" if self.resolver else ""
        return f"{self.role} {self.kind} {self.target}{extra}"

    def hosts(self) -> list[str]:
        """The hosts this probe contacts (for the consent text)."""
        if self.kind == "http":
            from urllib.parse import urlsplit

            return [urlsplit(self.target).hostname or self.target]
        if self.kind == "mx":
            return [self.resolver]
        return [split_host_port(self.target, 0)[0]]


@dataclass(frozen=True)
class Result:
    probe: Probe
    ok: bool
    latency: float | None  # seconds
    error: str | None = None
    detail: str | None = None  # e.g. the HTTP Date header, the MX host names


def split_host_port(text: str, default_port: int) -> tuple[str, int]:
    text = text.strip()
    if text.startswith("["):  # [v6]:port
        host, _, rest = text[1:].partition("]")
        return host, int(rest.lstrip(":") or default_port)
    if text.count(":") == 1:
        host, port = text.split(":")
        return host, int(port)
    return text, default_port


def _error(exc: BaseException) -> str:
    if isinstance(exc, socket.timeout | TimeoutError):
        return "timeout"
    text = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return f"{type(exc).__name__}: {text}"[:200]


def run(probe: Probe, timeout: float = DEFAULT_TIMEOUT) -> Result:
    started = time.monotonic()
    try:
        ok, detail = _RUNNERS[probe.kind](probe, timeout)
        return Result(probe, ok, time.monotonic() - started, None if ok else (detail or "failed"),
                      detail if ok else None)
    except Exception as exc:  # noqa: BLE001 - any failure is an observation, not a crash
        return Result(probe, False, None, _error(exc))


def run_all(probes, timeout: float = DEFAULT_TIMEOUT) -> list[Result]:
    """One cycle: every probe at once (each bounded by ``timeout``), results in the probes' order."""
    probes = list(probes)
    if not probes:
        return []
    with ThreadPoolExecutor(max_workers=min(8, len(probes)), thread_name_prefix="probe") as pool:
        return list(pool.map(lambda p: run(p, timeout), probes))


def _tcp(probe: Probe, timeout: float):
    host, port = split_host_port(probe.target, 443)
    with socket.create_connection((host, port), timeout=timeout):
        return True, None


def _dns(probe: Probe, timeout: float):
    host, port = split_host_port(probe.target, 53)
    answer = dns.query(host, DNS_NAME, dns.A, port=port, timeout=timeout)
    # NXDOMAIN is an answer too: the resolver works; SERVFAIL and REFUSED are failures.
    return answer.rcode in (dns.NOERROR, dns.NXDOMAIN), f"rcode {answer.rcode}"


def _mx(probe: Probe, timeout: float):
    host, port = split_host_port(probe.resolver, 53)
    answer = dns.query(host, probe.target, dns.MX, port=port, timeout=timeout)
    if answer.rcode != dns.NOERROR or not answer.records:
        return False, f"no MX record (rcode {answer.rcode})"
    return True, " ".join(f"{pref} {name}" for pref, name in sorted(answer.records))


def _http(probe: Probe, timeout: float):
    import http.client
    from urllib.parse import urlsplit

    url = urlsplit(probe.target)
    cls = http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection
    con = cls(url.hostname, url.port, timeout=timeout)
    try:
        con.request("GET", url.path or "/", headers={"Cache-Control": "no-cache"})
        response = con.getresponse()
        body = response.read(512).decode("utf-8", "replace")
        date = response.getheader("Date") or ""
        if probe.target == CONNECTIVITY_URL and CONNECTIVITY_TEXT not in body:
            return False, f"HTTP {response.status}, not the expected text (a captive portal?)"
        ok = response.status in (200, 204)
        return ok, f"HTTP {response.status}" + (f"; Date: {date}" if date else "")
    finally:
        con.close()


def _imap(probe: Probe, timeout: float):
    import imaplib

    host, port = split_host_port(probe.target, 993)
    cls = imaplib.IMAP4_SSL if port == 993 else imaplib.IMAP4
    client = cls(host, port, timeout=timeout)
    try:
        password = imap_password(probe.user, host) if probe.user else None
        if password is None:
            return True, "greeting received"
        try:
            client.login(probe.user, password)
        except imaplib.IMAP4.error as exc:
            return False, f"login refused: {exc}"[:200]
        client.select("INBOX", readonly=True)
        return True, "logged in"
    finally:
        try:
            client.logout()
        except Exception:  # noqa: BLE001 - the check is done; a rude goodbye does not matter
            pass


def imap_password(user: str, host: str) -> str | None:
    """The IMAP password from the operating system's keyring, if the optional ``keyring`` package is
    installed and holds one (service "ClaimDesk IMAP", user "USER@HOST")."""
    try:
        import keyring
    except ImportError:
        return None
    try:
        return keyring.get_password("ClaimDesk IMAP", f"{user}@{host}")
    except Exception:  # noqa: BLE001 - no usable keyring backend
        return None


def _sip(probe: Probe, timeout: float):
    import secrets

    host, port = split_host_port(probe.target, 5060)
    tag, branch, call_id = (secrets.token_hex(6) for _ in range(3))
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_DGRAM) as sock:
        sock.settimeout(timeout)
        sock.connect((host, port))
        local_host, local_port = sock.getsockname()[:2]
        request = (
            f"OPTIONS sip:{host} SIP/2.0\r\n"
            f"Via: SIP/2.0/UDP {local_host}:{local_port};branch=z9hG4bK{branch};rport\r\n"
            f"Max-Forwards: 70\r\nTo: <sip:{host}>\r\nFrom: <sip:claimdesk@{local_host}>;tag={tag}\r\n"
            f"Call-ID: {call_id}@{local_host}\r\nCSeq: 1 OPTIONS\r\nContact: <sip:claimdesk@{local_host}:{local_port}>\r\n"
            "Accept: application/sdp\r\nContent-Length: 0\r\n\r\n")
        sock.send(request.encode())
        status = sock.recv(4096).split(b"\r\n", 1)[0].decode("utf-8", "replace")
    # Any SIP answer (even 401 or 403) shows the server is there and answering.
    return status.startswith("SIP/2.0 "), status[:120]


_RUNNERS = {"tcp": _tcp, "dns": _dns, "mx": _mx, "http": _http, "imap": _imap, "sip": _sip}


def verdict(results: list[Result]) -> str:
    """One cycle's verdict for the state machine.

    The gateway failing is the shop's own network (LOCAL). Otherwise the service fails when every
    probe of a role that proves it fails: every anchor (one site down is that site, not the
    provider), the mail domain's MX on every resolver, the mail server, the SIP server; or when
    the provider's resolver fails while a public one answers (a provider DNS outage)."""
    by_role: dict[str, list[bool]] = {}
    for r in results:
        by_role.setdefault(r.probe.role, []).append(r.ok)
    if by_role.get(GATEWAY) and not all(by_role[GATEWAY]):
        return GATEWAY_DOWN
    reach = by_role.get(ANCHOR, []) + by_role.get(HTTP, [])
    if reach and not any(reach):
        return FAIL
    for role in (MX, IMAP, SIP):
        if by_role.get(role) and not any(by_role[role]):
            return FAIL
    if by_role.get(ISP_DNS) and not any(by_role[ISP_DNS]) and any(by_role.get(PUBLIC_DNS, [])):
        return FAIL
    return OK


def internet_plan(*, gateway: str = "", isp_resolver: str = "", anchors=PUBLIC_ANCHORS,
                  resolvers=PUBLIC_RESOLVERS, url: str = CONNECTIVITY_URL) -> list[Probe]:
    """The default internet probes: the gateway, three anchors, the provider's resolver and two
    public ones, one connectivity-check page."""
    plan = [Probe("tcp", GATEWAY, gateway)] if gateway else []
    plan += [Probe("tcp", ANCHOR, a) for a in anchors]
    if isp_resolver:
        plan.append(Probe("dns", ISP_DNS, isp_resolver))
    plan += [Probe("dns", PUBLIC_DNS, r) for r in resolvers]
    if url:
        plan.append(Probe("http", HTTP, url))
    return plan


def email_plan(*, domain: str, imap: str = "", user: str = "", resolvers=PUBLIC_RESOLVERS,
               gateway: str = "") -> list[Probe]:
    plan = [Probe("tcp", GATEWAY, gateway)] if gateway else []
    plan += [Probe("mx", MX, domain, resolver=r) for r in resolvers]
    if imap:
        plan.append(Probe("imap", IMAP, imap, user=user))
    return plan


def phone_plan(*, sip: str, gateway: str = "") -> list[Probe]:
    plan = [Probe("tcp", GATEWAY, gateway)] if gateway else []
    return plan + [Probe("sip", SIP, sip)]


def contacted_hosts(plan) -> list[str]:
    """Every host a plan contacts, once, in order (for the consent text)."""
    seen: dict[str, None] = {}
    for probe in plan:
        for host in probe.hosts():
            seen.setdefault(host, None)
    return list(seen)


def system_resolver() -> str:
    """The resolver the system uses (normally the provider's, via the box), where it can be read."""
    try:
        with open("/etc/resolv.conf", encoding="utf-8") as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 2 and parts[0] == "nameserver" and not parts[1].startswith("127."):
                    return parts[1]
    except OSError:
        pass
    return ""
