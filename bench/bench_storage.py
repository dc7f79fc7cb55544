"""Benchmarks of the company file with a journal of 100,000 outages.

    .venv/bin/python -m pytest bench/bench_storage.py --benchmark-only -p no:qt \
        --benchmark-columns=min,median,max,rounds

Targets (issue 4): opening the file and reading the first screenful (50 rows, plus the row count a
lazy table needs) < 100 ms; filtering by service, provider or date range < 50 ms; importing a
case with 1,000 outages < 1 s. The 100,000-outage file is built once per run through the API.
"""

from __future__ import annotations

import dataclasses
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimdesk import casefile  # noqa: E402
from claimdesk.domain.model import Contract, Outage  # noqa: E402
from claimdesk.services.company_io import import_case  # noqa: E402
from claimdesk.storage import CompanyFile  # noqa: E402

N = 100_000
SCREEN = 50
PROVIDERS = ("TELUS Communications Inc.", "Rogers", "Shaw Business", "Bell")


def _base():
    return casefile.read(ROOT / "tests" / "data" / "bakery-vancouver.json")


@pytest.fixture(scope="module")
def big_file(tmp_path_factory):
    base = _base()
    path = tmp_path_factory.mktemp("bench") / "big.claimdesk"
    rnd = random.Random(4)
    t0 = time.perf_counter()
    with CompanyFile.create(path, base.company, actor="bench") as cf, cf.transaction():
        contracts = [cf.add_contract(dataclasses.replace(base.contract, provider=p)) for p in PROVIDERS]
        start0 = datetime(2000, 1, 1, tzinfo=UTC)
        for i in range(N):
            start = start0 + timedelta(minutes=rnd.randrange(26 * 365 * 1440))
            end = start + timedelta(minutes=rnd.randrange(5, 3 * 1440))
            cf.add_outage(rnd.choice(contracts), rnd.choice(base.contract.services), start, end,
                          f"TKT-{i}", "Line down; customers could not reach us.")
    print(f"\nbuilt {N} outages in {time.perf_counter() - t0:.1f} s, {path.stat().st_size / 1e6:.1f} MB")
    return path


def test_open_and_first_screen(benchmark, big_file):
    opened = []

    def setup():
        while opened:
            opened.pop().close()

    def first_screen():
        cf = CompanyFile.open(big_file)
        opened.append(cf)
        return cf.outages(limit=SCREEN), cf.count_outages()

    rows, count = benchmark.pedantic(first_screen, setup=setup, rounds=15, warmup_rounds=1)
    setup()
    assert len(rows) == SCREEN and count == N


def test_open_with_full_integrity_check(benchmark, big_file):
    """What opening costs when the full check is due (after a crash, or weekly)."""

    def open_checked():
        with CompanyFile.open(big_file) as cf:
            cf.verify()

    benchmark.pedantic(open_checked, rounds=3, warmup_rounds=0)


@pytest.fixture(scope="module")
def opened_file(big_file):
    with CompanyFile.open(big_file) as cf:
        yield cf


def test_filter_by_service(benchmark, opened_file):
    rows, count = benchmark(lambda: (opened_file.outages(service="phone", limit=SCREEN),
                                     opened_file.count_outages(service="phone")))
    assert len(rows) == SCREEN and all(r.service == "phone" for r in rows) and 0 < count < N


def test_filter_by_provider(benchmark, opened_file):
    rows, count = benchmark(lambda: (opened_file.outages(provider="rogers", limit=SCREEN),
                                     opened_file.count_outages(provider="rogers")))
    assert len(rows) == SCREEN and 0 < count < N


def test_filter_by_date_range(benchmark, opened_file):
    since, until = datetime(2013, 3, 1, tzinfo=UTC), datetime(2013, 4, 1, tzinfo=UTC)
    rows, count = benchmark(lambda: (opened_file.outages(since=since, until=until, limit=SCREEN),
                                     opened_file.count_outages(since=since, until=until)))
    assert len(rows) == SCREEN and 0 < count < N


def test_filter_service_and_month(benchmark, opened_file):
    since, until = datetime(2013, 3, 1, tzinfo=UTC), datetime(2013, 4, 1, tzinfo=UTC)
    rows = benchmark(lambda: opened_file.outages(service="email", provider="bell", since=since, until=until,
                                                 limit=SCREEN))
    assert rows and all(r.service == "email" for r in rows)


def _case_with(n: int):
    base = _base()
    rnd = random.Random(9)
    start0 = datetime(2025, 1, 1, tzinfo=UTC)
    outages = []
    for i in range(n):
        start = start0 + timedelta(minutes=rnd.randrange(365 * 1440))
        outages.append(Outage(rnd.choice(base.contract.services), start,
                              start + timedelta(minutes=rnd.randrange(5, 600)), f"TKT-{i}"))
    return base.with_outages(outages)


def test_import_case_with_1000_outages_into_a_new_file(benchmark, tmp_path):
    case = _case_with(1000)
    counter = iter(range(1000))
    claim_id = benchmark.pedantic(lambda: import_case(case, tmp_path / f"c{next(counter)}.claimdesk"),
                                  rounds=5, warmup_rounds=1)
    assert claim_id == 1


def test_import_case_with_1000_outages_into_a_big_file(benchmark, opened_file, tmp_path):
    case = _case_with(1000)
    target = tmp_path / "big-copy.claimdesk"
    opened_file.backup("bench").rename(target)
    benchmark.pedantic(lambda: import_case(dataclasses.replace(case, contract=Contract(
        "New provider", (), "X", str(time.perf_counter()), case.contract.services, case.contract.monthly_fee)),
        target), rounds=3, warmup_rounds=0)
