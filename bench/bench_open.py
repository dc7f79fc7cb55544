"""Opening and closing a company file that nothing changes, against a bare SQLite open.

    .venv/bin/python bench/bench_open.py [--rounds 200] [--outages 20000] [--code DIR]

Issue 15: opening wrote a transaction (the session mark) and closing wrote again. Now a session
writes nothing until its first change, so an open + close of an unchanged file costs the checks
only. Measured on two files: the bakery example (small: the full integrity check runs at every
opening) and one with ``--outages`` outages (above 4 MB: the cheap checks). Each figure is the
median of ``--rounds`` open + read the company + close cycles, in process, after 10 warm-ups.
``--code DIR`` measures the ``claimdesk`` package of another checkout instead (an earlier commit:
``git archive COMMIT claimdesk resources | tar -x -C DIR``), for a before/after comparison.
"""

from __future__ import annotations

import argparse
import dataclasses
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CompanyFile = None  # imported in main(), from this checkout or from --code


def bare(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("SELECT name FROM company").fetchone()
    con.close()


def claimdesk_open(path: Path) -> None:
    with CompanyFile.open(path) as cf:
        cf.company()


def claimdesk_read_only(path: Path) -> None:
    with CompanyFile.open(path, read_only=True) as cf:  # (not in versions before issue 15)
        cf.company()


def median_ms(fn, path: Path, rounds: int) -> float:
    for _ in range(10):
        fn(path)
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        fn(path)
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def build(folder: Path, outages: int) -> tuple[Path, Path]:
    from claimdesk import casefile
    from claimdesk.services.company_io import import_case

    case = casefile.read(ROOT / "tests" / "data" / "bakery-vancouver.json")
    small = folder / "bakery.claimdesk"
    import_case(case, small)
    big = folder / "big.claimdesk"
    with CompanyFile.create(big, case.company, actor="bench") as cf, cf.transaction():
        k = cf.add_contract(dataclasses.replace(case.contract))
        start0 = datetime(2000, 1, 1, tzinfo=UTC)
        for i in range(outages):
            start = start0 + timedelta(hours=7 * i)
            cf.add_outage(k, "internet", start, start + timedelta(hours=2), f"TKT-{i}", "Line down.")
    return small, big


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--outages", type=int, default=20000)
    parser.add_argument("--code", metavar="DIR", help="measure the claimdesk package found in DIR")
    args = parser.parse_args()
    global CompanyFile
    sys.path.insert(0, args.code or str(ROOT))
    import inspect

    from claimdesk.storage import CompanyFile

    variants = [("CompanyFile.open + close", claimdesk_open)]
    if "read_only" in inspect.signature(CompanyFile.open).parameters:
        variants.append(("CompanyFile.open(read_only=True) + close", claimdesk_read_only))
    with tempfile.TemporaryDirectory() as tmp:
        small, big = build(Path(tmp), args.outages)
        for path in (small, big):
            size = path.stat().st_size / 1e6
            base = median_ms(bare, path, args.rounds)
            print(f"{path.name} ({size:.1f} MB): bare sqlite3 open {base:.2f} ms")
            for name, fn in variants:
                before = path.stat().st_mtime_ns
                ms = median_ms(fn, path, args.rounds)
                unchanged = path.stat().st_mtime_ns == before
                print(f"  {name}: {ms:.2f} ms = {ms / base:.1f}x bare; file untouched: {unchanged}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
