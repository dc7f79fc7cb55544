"""When is a service down? A per-service state machine fed one verdict per probing cycle.

Pure and clock-agnostic: each tick carries the wall-clock time (aware) and the monotonic time
(seconds) at which the cycle ran, so tests drive it with a simulated clock.

- UP -> SUSPECT on the first failing cycle (the gateway answering);
- SUSPECT -> DOWN on the third failing cycle in a row; the outage starts at the first failure;
- SUSPECT -> UP on a success (a blip, never an outage);
- DOWN -> UP after two successes in a row; the outage ends at the first of them;
- LOCAL while the gateway fails: the shop's own network, never the provider's;
- GAP when the computer slept, the app was closed or the clock jumped: nothing is known about
  that time, so it never counts towards an outage (an outage running into a gap ends at the
  last failure seen before it).

The thresholds are those of Gatus (3 failures to alert, 2 successes to resolve); an outage shorter
than two minutes is flagged "micro".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

UP, SUSPECT, DOWN, LOCAL = "up", "suspect", "down", "local"

OK, FAIL, GATEWAY_DOWN = "ok", "fail", "gateway_down"  # verdicts of one cycle

MICRO = timedelta(minutes=2)


@dataclass(frozen=True)
class Tick:
    """One probing cycle: when it ran (wall and monotonic clocks) and its verdict."""

    wall: datetime
    mono: float
    verdict: str


@dataclass(frozen=True)
class Event:
    """Something worth recording. ``kind``: ``state`` (``state`` is the new state), ``outage_start``
    (``start`` known, ``end`` None), ``outage_end``, ``gap``, ``local`` (a span of own-network failure)."""

    kind: str
    service: str
    start: datetime
    end: datetime | None = None
    state: str | None = None
    reason: str | None = None
    micro: bool = False


@dataclass
class Settings:
    interval: float = 60.0           # seconds between cycles
    suspect_interval: float = 10.0   # while a failure is being confirmed or a recovery checked
    fail_threshold: int = 3
    success_threshold: int = 2
    settle: float = 90.0             # after a gap, failures are not counted for this long (Wi-Fi rejoining)
    clock_tolerance: float = 5.0     # seconds of disagreement between wall and monotonic time

    @classmethod
    def every(cls, interval: float) -> Settings:
        """A schedule of one cycle per ``interval`` seconds, never slower while confirming."""
        return cls(interval=interval, suspect_interval=min(10.0, interval), settle=min(90.0, 1.5 * interval))

    def gap_after(self, expected: float) -> float:
        """A silence longer than twice the expected interval is a gap."""
        return 2 * max(expected, self.interval) + self.clock_tolerance


@dataclass
class Machine:
    service: str
    settings: Settings = field(default_factory=Settings)
    last_seen: datetime | None = None  # the last tick of an earlier session, if any (the app was closed)

    state: str = UP
    _prev: Tick | None = None
    _first_failure: datetime | None = None
    _last_failure: datetime | None = None
    _failures: int = 0
    _first_success: datetime | None = None
    _successes: int = 0
    _outage_start: datetime | None = None
    _local_start: datetime | None = None
    _settle_until: float | None = None

    @property
    def next_interval(self) -> float:
        """Seconds until the next cycle: faster while a failure is confirmed or an outage runs, so
        its start and end are known to within a short cycle."""
        busy = self.state in (SUSPECT, DOWN)
        return self.settings.suspect_interval if busy else self.settings.interval

    @property
    def outage_start(self) -> datetime | None:
        return self._outage_start

    def feed(self, tick: Tick) -> list[Event]:
        if tick.wall.tzinfo is None:
            raise ValueError("tick times must be aware")
        events: list[Event] = []
        prev, self._prev = self._prev, tick
        gap_start = self._gap_start(prev, tick)
        if gap_start is not None:
            events += self._gap(gap_start[0], tick, gap_start[1])
        if self._settle_until is not None and tick.mono < self._settle_until and tick.verdict == FAIL:
            return events  # still settling after a gap: a failure now says nothing about the provider
        self._settle_until = None
        if tick.verdict == GATEWAY_DOWN:
            events += self._gateway_down(tick)
        else:
            if self.state == LOCAL:
                events += self._local_over(tick)
            events += self._ok(tick) if tick.verdict == OK else self._fail(tick)
        return events

    def close(self, at: datetime) -> list[Event]:
        """The watchdog stops (app closed): a running outage ends at its last failure, a local span
        at ``at``; the time after is a gap the next session records."""
        events: list[Event] = []
        if self.state == DOWN:
            events += self._end_outage(self._last_failure or at, reason="stopped")
        elif self.state == LOCAL:
            events += self._local_over_at(at)
        return events

    # ---- transitions -----------------------------------------------------------------------

    def _gap_start(self, prev: Tick | None, tick: Tick):
        if prev is None:
            if self.last_seen is not None and (tick.wall - self.last_seen).total_seconds() > self.settings.gap_after(0):
                return self.last_seen, "closed"
            return None
        expected = self.next_interval
        wall = (tick.wall - prev.wall).total_seconds()
        mono = tick.mono - prev.mono
        if abs(wall - mono) > self.settings.clock_tolerance:
            # the monotonic clock stops during sleep; the wall clock does not (or was set)
            return prev.wall, "sleep" if wall > mono else "clock"
        if wall > self.settings.gap_after(expected):
            return prev.wall, "late"
        return None

    def _gap(self, start: datetime, tick: Tick, reason: str) -> list[Event]:
        events: list[Event] = []
        if self.state == DOWN:
            events += self._end_outage(self._last_failure or start, reason="gap")
        elif self.state == LOCAL:
            events += self._local_over_at(start)
        end = max(tick.wall, start)
        events.append(Event("gap", self.service, start, end, reason=reason))
        self._reset()
        if self.state != UP:
            self.state = UP
            events.append(Event("state", self.service, tick.wall, state=UP, reason="gap"))
        self._settle_until = tick.mono + self.settings.settle
        return events

    def _reset(self) -> None:
        self._first_failure = self._last_failure = self._first_success = None
        self._failures = self._successes = 0

    def _ok(self, tick: Tick) -> list[Event]:
        if self.state == SUSPECT:
            self._reset()
            return self._to(UP, tick.wall, "recovered")
        if self.state == DOWN:
            if self._successes == 0:
                self._first_success = tick.wall
            self._successes += 1
            if self._successes >= self.settings.success_threshold:
                events = self._end_outage(self._first_success, reason="recovered")
                self._reset()
                return events
        return []

    def _fail(self, tick: Tick) -> list[Event]:
        self._last_failure = tick.wall
        if self.state == UP:
            self._first_failure, self._failures = tick.wall, 1
            events = self._to(SUSPECT, tick.wall, "first failure")
        elif self.state == SUSPECT:
            self._failures += 1
            events = []
        else:  # DOWN: a failure interrupts a recovery
            self._successes, self._first_success = 0, None
            return []
        if self._failures >= self.settings.fail_threshold:
            self._outage_start = self._first_failure
            events += self._to(DOWN, tick.wall, "confirmed")
            events.append(Event("outage_start", self.service, self._outage_start))
        return events

    def _gateway_down(self, tick: Tick) -> list[Event]:
        if self.state == LOCAL:
            return []
        events: list[Event] = []
        if self.state == DOWN:
            # from here the provider can no longer be observed: the outage ends where sight is lost
            events += self._end_outage(tick.wall, reason="local")
        self._reset()
        self._local_start = tick.wall
        return events + self._to(LOCAL, tick.wall, "gateway down")

    def _local_over(self, tick: Tick) -> list[Event]:
        events = self._local_over_at(tick.wall)
        self.state = UP
        return events + [Event("state", self.service, tick.wall, state=UP, reason="gateway back")]

    def _local_over_at(self, at: datetime) -> list[Event]:
        start, self._local_start = self._local_start, None
        self.state = UP
        if start is None or at <= start:
            return []
        return [Event("local", self.service, start, at)]

    def _end_outage(self, end: datetime, *, reason: str) -> list[Event]:
        start, self._outage_start = self._outage_start, None
        self.state = UP
        events = [Event("state", self.service, end, state=UP, reason=reason)]
        if start is not None:
            if end <= start:  # seen down for a single instant before losing sight of it
                end = start + timedelta(seconds=1)
            events.append(Event("outage_end", self.service, start, end, reason=reason, micro=end - start < MICRO))
        return events

    def _to(self, state: str, at: datetime, reason: str) -> list[Event]:
        self.state = state
        return [Event("state", self.service, at, state=state, reason=reason)]
