"""The watchdog as a use case: probe a service every cycle, chain the results into the company
file, and turn a confirmed DOWN into a journal outage with its probe log as evidence.

Used the same way by ``claimdesk watch`` (headless) and by the app's worker thread.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime

from ..storage import CompanyFile, StorageError
from ..storage.watch_log import WatchLog
from ..watchdog import probes as probes_mod
from ..watchdog.states import Event, Machine, Settings, Tick
from . import watch_exhibit

STAMP_EVERY = 3600.0  # seconds between time stamps of the chain head (and at each outage's start and end)
DETECTED_TEXT = "Detected by the ClaimDesk watchdog; confirm it and add the provider's ticket number."
MICRO_TEXT = "A micro-outage: under two minutes."
STOPPED_SOURCE = "watchdog"


def real_clock() -> tuple[datetime, float]:
    """Wall time (aware) and monotonic seconds; the monotonic clock stops while the computer sleeps."""
    return datetime.now(UTC), time.monotonic()


def pick_contract(cf: CompanyFile, service: str, contract_id: int | None = None) -> int:
    """The contract an automatic outage belongs to: the one given, or the only one covering the service."""
    records = cf.contracts()
    if contract_id is not None:
        contract = cf.contract(contract_id)
        if service not in contract.services:
            raise StorageError(f"Contract {contract_id} does not cover {service}.", "service_not_covered",
                               service=service)
        return contract_id
    covering = [r for r in records if service in r.contract.services]
    if len(covering) == 1:
        return covering[0].id
    if not covering:
        raise StorageError(f"No contract of this company file covers {service}; add one first.",
                           "no_contract", service=service)
    choices = ", ".join(f"{r.id} ({r.contract.provider})" for r in covering)
    raise StorageError(f"Several contracts cover {service}: {choices}; choose one with --contract.",
                       "several_contracts", service=service)


class Watcher:
    """Probes one service of an open company file. ``cycle()`` runs one round; ``run()`` loops."""

    def __init__(self, cf: CompanyFile, service: str, plan, *, contract_id: int | None = None,
                 settings: Settings | None = None, timeout: float = probes_mod.DEFAULT_TIMEOUT,
                 clock: Callable[[], tuple[datetime, float]] = real_clock,
                 on_event: Callable[[Event], None] | None = None,
                 runner=probes_mod.run_all, tsa_urls=(), fetch=None) -> None:
        self.cf, self.service, self.plan = cf, service, list(plan)
        self.log = WatchLog(cf)
        self.contract_id = pick_contract(cf, service, contract_id)
        self.timeout, self.clock, self.runner = timeout, clock, runner
        self.on_event = on_event or (lambda event: None)
        self._close_leftovers()
        self.machine = Machine(service, settings or Settings(), last_seen=self.log.last_seen(service))
        self.open_outage: int | None = None
        self.outages: list[int] = []  # journal outages this watcher opened
        self._stop = threading.Event()
        self.tsa_urls, self._fetch = tuple(tsa_urls), fetch
        self._stamped_at: float | None = None
        self.stamp_errors: list[str] = []

    def _close_leftovers(self) -> None:
        """An outage left running by a session that did not stop cleanly ends at its last probe."""
        last = self.log.last_seen(self.service)
        for record in self.cf.running_outages():
            detected = self.log.detected(record.id)
            if detected and detected.source == STOPPED_SOURCE and record.service == self.service and last:
                end = max(last, record.start)
                if end > record.start:
                    self.log.end_detected_outage(record.id, end, micro=False)

    def cycle(self) -> list[Event]:
        wall, mono = self.clock()
        results = self.runner(self.plan, self.timeout)
        self.log.append(self.service, wall, mono,
                        [(r.probe.name, r.ok, r.latency, r.error if not r.ok else r.detail) for r in results])
        events = self.machine.feed(Tick(wall, mono, probes_mod.verdict(results)))
        self._record(events)
        if self.tsa_urls and (self._stamped_at is None or mono - self._stamped_at >= STAMP_EVERY or any(
                e.kind in ("outage_start", "outage_end") for e in events)):
            self._stamped_at = mono
            self.stamp()
        return events

    def stamp(self) -> int:
        """Ask each configured TSA for a time stamp of the chain head; returns the tokens stored.
        A TSA out of reach is noted, never fatal: the probes go on."""
        from ..watchdog import rfc3161

        head = self.log.head()
        stored = 0
        for url in self.tsa_urls if head else ():
            try:
                token = (self._fetch or rfc3161.fetch)(url, head[1])
            except (OSError, ValueError) as exc:  # unreachable, refused, not a token, not a URL
                self.stamp_errors.append(f"{url}: {exc}")
                continue
            self.log.add_token(head[0], url, token)
            stored += 1
        return stored

    def stop(self) -> None:
        self._stop.set()

    def finish(self) -> list[Event]:
        """Stopping: a running outage ends at its last failure."""
        wall, _ = self.clock()
        events = self.machine.close(wall)
        self._record(events)
        return events

    def run(self, duration: float | None = None) -> None:
        """Cycle until ``stop()`` or ``duration`` seconds, at the machine's pace; then ``finish()``."""
        started = time.monotonic()
        try:
            while not self._stop.is_set():
                began = time.monotonic()
                self.cycle()
                if duration is not None and time.monotonic() - started >= duration:
                    break
                wait = self.machine.next_interval - (time.monotonic() - began)
                if duration is not None:
                    wait = min(wait, duration - (time.monotonic() - started))
                if wait > 0 and self._stop.wait(wait):
                    break
        finally:
            self.finish()

    def _record(self, events: list[Event]) -> None:
        for event in events:
            if event.kind in ("state", "gap", "local"):
                self.log.add_event(self.service, event.kind, event.start, event.end, event.state, event.reason)
            elif event.kind == "outage_start":
                self.open_outage = self.log.add_detected_outage(
                    self.contract_id, self.service, event.start, None, STOPPED_SOURCE, DETECTED_TEXT)
                self.outages.append(self.open_outage)
            elif event.kind == "outage_end":
                oid, self.open_outage = self.open_outage, None
                try:
                    oid = self._end_outage(oid, event)
                except StorageError as exc:
                    if exc.code != "not_found":
                        raise
                    if oid in self.outages:  # the user deleted it meanwhile: their journal, their call
                        self.outages.remove(oid)
                    oid = None
                if oid is not None and oid not in self.outages:
                    self.outages.append(oid)
            self.on_event(event)


    def _end_outage(self, oid: int | None, event: Event) -> int:
        with self.cf.transaction():  # the end and its evidence together, or neither
            if oid is None:
                oid = self.log.add_detected_outage(self.contract_id, self.service, event.start, None,
                                                   STOPPED_SOURCE, DETECTED_TEXT)
            if self.cf.outage(oid).end is None:  # an end the user entered ("Service is back") stays
                self.log.end_detected_outage(oid, event.end, micro=event.micro)
                if event.micro:
                    self.cf.update_outage(oid, description=f"{DETECTED_TEXT} {MICRO_TEXT}")
            watch_exhibit.attach(self.cf, oid)
        return oid


class Background:
    """The watchdog in a worker thread of the app, on the company file the window has open.

    ``on_event`` and ``on_error`` are called from the worker thread; the interface forwards them to
    its own thread. Old raw probes are pruned once at start (kept around outages)."""

    def __init__(self, cf: CompanyFile, settings, *, on_event=None, on_error=None) -> None:
        self.cf, self.settings = cf, settings
        self.on_event = on_event or (lambda event: None)
        self.on_error = on_error or (lambda exc: None)
        self.watcher: Watcher | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        from datetime import timedelta

        from .watch_settings import RETENTION_DAYS

        self.watcher = Watcher(self.cf, "internet", self.settings.plan(), on_event=self.on_event,
                               settings=Settings.every(self.settings.interval), tsa_urls=self.settings.tsa_urls)
        self._thread = threading.Thread(target=self._run, name="claimdesk-watchdog", daemon=True,
                                        args=(datetime.now(UTC) - timedelta(days=RETENTION_DAYS),))
        self._thread.start()

    def _run(self, prune_before: datetime) -> None:
        try:
            self.watcher.log.prune(prune_before)  # here, not on the window's thread
            self.watcher.run()
        except Exception as exc:  # noqa: BLE001 - reported to the window, which shows it
            self.on_error(exc)

    @property
    def state(self) -> str | None:
        return self.watcher.machine.state if self.watcher else None

    def stop(self, timeout: float = 5.0) -> None:
        if self.watcher is not None:
            self.watcher.stop()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
