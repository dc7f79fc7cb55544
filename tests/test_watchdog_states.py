"""The watchdog's outage rules, driven by a simulated clock (one verdict per cycle)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from claimdesk.watchdog.states import (
    DOWN,
    FAIL,
    GATEWAY_DOWN,
    LOCAL,
    OK,
    SUSPECT,
    UP,
    Machine,
    Settings,
    Tick,
)

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


class Clock:
    """Wall and monotonic time moving together, unless the test makes the computer sleep."""

    def __init__(self):
        self.wall, self.mono = T0, 1000.0

    def advance(self, seconds, *, asleep=False):
        self.wall += timedelta(seconds=seconds)
        if not asleep:
            self.mono += seconds


def run(machine, clock, verdicts, events):
    """Feed verdicts, waiting the machine's own interval before each next cycle."""
    for verdict in verdicts:
        events += machine.feed(Tick(clock.wall, clock.mono, verdict))
        clock.advance(machine.next_interval)


def outages(events):
    return [(e.start, e.end, e.micro) for e in events if e.kind == "outage_end"]


def test_a_real_outage_starts_at_the_first_failure_and_ends_at_the_first_success():
    m, clock, events = Machine("internet"), Clock(), []
    run(m, clock, [OK] * 5, events)
    first_failure = clock.wall
    run(m, clock, [FAIL], events)
    assert m.state == SUSPECT and m.next_interval == 10
    run(m, clock, [FAIL, FAIL], events)
    assert m.state == DOWN and [e.start for e in events if e.kind == "outage_start"] == [first_failure]
    run(m, clock, [FAIL] * 30, events)
    first_success = clock.wall
    run(m, clock, [OK, OK, OK], events)
    assert m.state == UP
    assert outages(events) == [(first_failure, first_success, False)]


def test_start_and_end_are_within_one_cycle_of_the_true_outage():
    """The provider fails at 09:10:20 and comes back at 09:47:05; the log says so to a cycle."""
    true_start, true_end = T0 + timedelta(minutes=10, seconds=20), T0 + timedelta(minutes=47, seconds=5)
    m, clock, events = Machine("internet"), Clock(), []
    while clock.wall < T0 + timedelta(hours=1):
        verdict = FAIL if true_start <= clock.wall < true_end else OK
        run(m, clock, [verdict], events)
    ((start, end, micro),) = outages(events)
    cycle = timedelta(seconds=m.settings.interval)
    assert timedelta(0) <= start - true_start < cycle
    assert timedelta(0) <= end - true_end < cycle
    assert not micro


def test_two_failures_are_a_blip_not_an_outage():
    m, clock, events = Machine("internet"), Clock(), []
    run(m, clock, [OK, FAIL, FAIL, OK, OK], events)
    assert m.state == UP and outages(events) == []
    assert [e.state for e in events if e.kind == "state"] == [SUSPECT, UP]


def test_one_success_during_an_outage_does_not_end_it():
    m, clock, events = Machine("internet"), Clock(), []
    run(m, clock, [FAIL, FAIL, FAIL, OK, FAIL, FAIL], events)
    assert m.state == DOWN and outages(events) == []
    resumed = clock.wall
    run(m, clock, [OK, OK], events)
    assert outages(events)[0][1] == resumed


def test_a_short_outage_is_flagged_micro():
    m, clock, events = Machine("internet"), Clock(), []
    run(m, clock, [OK, FAIL, FAIL, FAIL, OK, OK], events)
    ((start, end, micro),) = outages(events)
    assert micro and end - start == timedelta(seconds=30)


def test_the_gateway_down_is_local_and_never_claimed():
    m, clock, events = Machine("internet"), Clock(), []
    run(m, clock, [OK], events)
    lost = clock.wall
    run(m, clock, [GATEWAY_DOWN] * 20, events)
    assert m.state == LOCAL
    back = clock.wall
    run(m, clock, [OK, OK], events)
    assert outages(events) == [] and not [e for e in events if e.kind == "outage_start"]
    assert [(e.start, e.end) for e in events if e.kind == "local"] == [(lost, back)]


def test_failures_mixed_with_gateway_failures_never_add_up_to_an_outage():
    m, clock, events = Machine("internet"), Clock(), []
    run(m, clock, [FAIL, FAIL, GATEWAY_DOWN, FAIL, FAIL, GATEWAY_DOWN, FAIL, OK], events)
    assert outages(events) == [] and m.state == UP


def test_sleep_is_a_gap_never_an_outage():
    """The laptop sleeps all night: the wall clock moves, the monotonic clock does not; waking
    up, the Wi-Fi takes a minute to rejoin."""
    m, clock, events = Machine("internet"), Clock(), []
    run(m, clock, [OK, OK], events)
    asleep_at = clock.wall - timedelta(seconds=m.settings.interval)
    clock.advance(8 * 3600, asleep=True)
    run(m, clock, [FAIL] * 3, events)
    run(m, clock, [OK] * 3, events)
    assert outages(events) == [] and m.state == UP
    (gap,) = [e for e in events if e.kind == "gap"]
    assert gap.reason == "sleep" and gap.start == asleep_at and gap.end > asleep_at + timedelta(hours=8)


def test_an_outage_running_into_sleep_ends_at_its_last_failure():
    m, clock, events = Machine("internet"), Clock(), []
    run(m, clock, [FAIL] * 6, events)
    last_failure = clock.wall - timedelta(seconds=m.next_interval)
    clock.advance(3600, asleep=True)
    run(m, clock, [FAIL], events)
    ((start, end, _),) = outages(events)
    assert end == last_failure
    assert [e.reason for e in events if e.kind == "gap"] == ["sleep"]


def test_a_clock_set_back_is_a_gap():
    m, clock, events = Machine("internet"), Clock(), []
    run(m, clock, [OK], events)
    clock.wall -= timedelta(hours=1)
    run(m, clock, [OK], events)
    assert [e.reason for e in events if e.kind == "gap"] == ["clock"]


def test_the_time_the_app_was_closed_is_a_gap():
    m, clock, events = Machine("internet", Settings(), last_seen=T0 - timedelta(days=1)), Clock(), []
    run(m, clock, [OK], events)
    (gap,) = [e for e in events if e.kind == "gap"]
    assert (gap.start, gap.end, gap.reason) == (T0 - timedelta(days=1), T0, "closed")


def test_stopping_ends_a_running_outage_at_its_last_failure():
    m, clock, events = Machine("internet"), Clock(), []
    run(m, clock, [FAIL] * 4, events)
    last = clock.wall - timedelta(seconds=m.next_interval)
    events += m.close(clock.wall)
    assert outages(events)[0][1] == last
