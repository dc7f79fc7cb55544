"""Benchmarks of the loss method and of `claimdesk estimate` as a whole process.

    .venv/bin/python -m pytest bench/bench_estimate.py --benchmark-only -p no:qt
    .venv/bin/python bench/bench_estimate.py            # whole-process timing of `claimdesk estimate`
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimdesk import casefile  # noqa: E402
from claimdesk.domain.loss import estimate_case  # noqa: E402
from claimdesk.domain.model import Outage  # noqa: E402


def year_of_outages(n: int = 1000, seed: int = 7):
    """n outages of the bakery's services spread over 2025, from minutes to two days long."""
    rnd = random.Random(seed)
    base = casefile.read(ROOT / "tests" / "data" / "bakery-vancouver.json")
    start0 = datetime(2025, 1, 1, tzinfo=timezone.utc)
    outages = []
    for _ in range(n):
        start = start0 + timedelta(seconds=rnd.randrange(365 * 86400))
        end = start + timedelta(seconds=rnd.choice([600, 3600, 4 * 3600, 86400, 2 * 86400]) * rnd.random() + 60)
        outages.append(Outage(rnd.choice(base.contract.services), start, end, f"TKT-{rnd.randrange(10**6)}"))
    return base.with_outages(outages)


def test_estimate_1000_outages_over_a_year(benchmark):
    case = year_of_outages()
    result = benchmark(estimate_case, case)
    assert result.lost_turnover_gross > 0


def test_estimate_1000_outages_with_service_levels(benchmark):
    """The same year under a business-hours GTR and an availability commitment (loss method §Q)."""
    from dataclasses import replace
    from decimal import Decimal

    from claimdesk.domain.sla import (
        Availability,
        AvailabilityTier,
        Restoration,
        RestorationTier,
        ServiceLevels,
    )

    d = Decimal
    terms = ServiceLevels("art. 6", Restoration(d(4), (RestorationTier(d(0), d(10)), RestorationTier(d(4), d(25))),
                                                "business", "outage"),
                          Availability(d("99.9"), (AvailabilityTier(d("99.9"), d(20)), AvailabilityTier(d(98), d(40)))))
    case = year_of_outages()
    case = replace(case, contract=replace(case.contract, sla=terms))
    result = benchmark(estimate_case, case)
    assert result.contractual_credit > 0


def whole_process(runs: int = 20) -> None:
    case = year_of_outages(1000)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "year.json"
        casefile.write(case, path)
        for label, target in (("bakery example", ROOT / "tests" / "data" / "bakery-vancouver.json"),
                              ("1,000 outages", path)):
            times = []
            for i in range(runs + 3):
                t0 = time.perf_counter()
                subprocess.run([sys.executable, "-m", "claimdesk", "estimate", str(target)], check=True,
                               stdout=subprocess.DEVNULL)
                if i >= 3:
                    times.append(time.perf_counter() - t0)
            print(f"claimdesk estimate ({label}): median {statistics.median(times) * 1000:.0f} ms, "
                  f"min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f} ({runs} runs after 3 warm-up)")


if __name__ == "__main__":
    whole_process()
