"""``claimdesk watch --company F --service internet|email|phone --target HOST:PORT...``: the
watchdog without a window. Prints each state change; a confirmed outage goes into the journal."""

from __future__ import annotations

from ._company import add_company_options, company_path, user_errors

SERVICES = ("internet", "email", "phone")


def register(sub) -> None:
    p = sub.add_parser(
        "watch", help="watch a service and record its outages (no window)",
        description="Probe a service every cycle and record each probe, hash-chained, in the company file. "
                    "Three failing cycles in a row (the gateway answering) open an outage in the journal, "
                    "marked as detected by the watchdog; two successes end it. Sleep, clock changes and "
                    "failures of your own network are never counted. Stop with Ctrl+C.")
    add_company_options(p)
    p.add_argument("--service", required=True, choices=SERVICES)
    p.add_argument("--target", required=True, nargs="+", metavar="HOST:PORT",
                   help="internet: independent hosts to connect to (three or more); email: the IMAP server; "
                        "phone: the SIP server (OPTIONS over UDP)")
    p.add_argument("--gateway", metavar="HOST:PORT",
                   help="your router's open port; when it does not answer, failures are your own network's")
    p.add_argument("--dns", metavar="HOST[:PORT]", action="append", default=[],
                   help="internet: your provider's resolver (asked beside the public ones given with "
                        "--public-dns); email: resolvers asked for the MX of --domain")
    p.add_argument("--public-dns", metavar="HOST[:PORT]", action="append", default=[])
    p.add_argument("--url", help="internet: a connectivity-check page (HTTP 200 or 204)")
    p.add_argument("--domain", help="email: your mail domain, whose MX records are looked up")
    p.add_argument("--user", help="email: log in to IMAP as this user (password from the system keyring)")
    p.add_argument("--contract", type=int, metavar="ID", help="the contract outages belong to "
                   "(needed when several cover the service)")
    p.add_argument("--tsa", action="append", default=[], metavar="URL",
                   help="an RFC 3161 time-stamping authority; the chain head is stamped hourly and at each "
                        "outage's start and end (only its SHA-256 is sent); give two for safety")
    p.add_argument("--interval", type=float, default=60.0, metavar="SECONDS",
                   help="seconds between cycles (default 60; 10 while a failure is confirmed)")
    p.add_argument("--for", dest="duration", type=float, metavar="SECONDS", help="stop after this long")
    p.add_argument("--timeout", type=float, default=2.0, metavar="SECONDS", help="per probe (default 2)")
    p.set_defaults(run=run)


def plan_from_args(args) -> list:
    from ..watchdog import probes

    plan = [probes.Probe("tcp", probes.GATEWAY, args.gateway)] if args.gateway else []
    if args.service == "internet":
        plan += [probes.Probe("tcp", probes.ANCHOR, t) for t in args.target]
        plan += [probes.Probe("dns", probes.ISP_DNS, d) for d in args.dns]
        plan += [probes.Probe("dns", probes.PUBLIC_DNS, d) for d in args.public_dns]
        if args.url:
            plan.append(probes.Probe("http", probes.HTTP, args.url))
    elif args.service == "email":
        plan += [probes.Probe("imap", probes.IMAP, t, user=args.user or "") for t in args.target]
        if args.domain:
            plan += [probes.Probe("mx", probes.MX, args.domain, resolver=d)
                     for d in (args.dns + args.public_dns) or list(probes.PUBLIC_RESOLVERS)]
    else:
        plan += [probes.Probe("sip", probes.SIP, t) for t in args.target]
    return plan


def run(args) -> int:
    import signal
    import sys
    from datetime import UTC, datetime, timedelta
    from zoneinfo import ZoneInfo

    from ..cli import UserError
    from ..services.watch_settings import RETENTION_DAYS
    from ..services.watchdog import Watcher
    from ..storage import CompanyFile
    from ..watchdog.states import Settings

    for name, value in (("--interval", args.interval), ("--timeout", args.timeout), ("--for", args.duration)):
        if value is not None and value <= 0:
            raise UserError(f"{name} must be a positive number of seconds.")
    with user_errors(), CompanyFile.open(company_path(args), actor="watchdog") as cf:
        zone = ZoneInfo(cf.company().timezone)
        settings = Settings.every(args.interval)

        def say(event):
            at = event.start.astimezone(zone).isoformat(timespec="seconds")
            if event.kind == "state":
                print(f"{at} {event.service} {event.state} ({event.reason})", flush=True)
            elif event.kind == "gap":
                print(f"{at} {event.service} gap until {event.end.astimezone(zone).isoformat(timespec='seconds')} "
                      f"({event.reason}): not observed, never counted", flush=True)
            elif event.kind == "outage_end" and watcher.outages:
                end = event.end.astimezone(zone).isoformat(timespec="seconds")
                micro = " (micro)" if event.micro else ""
                print(f"{end} {event.service} outage {watcher.outages[-1]} recorded: {at} to {end}{micro}",
                      flush=True)

        watcher = Watcher(cf, args.service, plan_from_args(args), contract_id=args.contract, settings=settings,
                          timeout=args.timeout, on_event=say, tsa_urls=args.tsa)
        watcher.log.prune(datetime.now(UTC) - timedelta(days=RETENTION_DAYS))
        previous = signal.signal(signal.SIGTERM, lambda *a: watcher.stop()) if hasattr(signal, "SIGTERM") else None
        try:
            watcher.run(args.duration)
        except KeyboardInterrupt:
            pass  # Ctrl+C: run() has already ended a running outage at its last failure
        finally:
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)
        for problem in watcher.stamp_errors:
            print(f"time stamp not obtained: {problem}", file=sys.stderr)
        print(f"{len(watcher.outages)} outage(s) recorded" +
              (f": {', '.join(map(str, watcher.outages))}" if watcher.outages else ""), file=sys.stderr)
    return 0
