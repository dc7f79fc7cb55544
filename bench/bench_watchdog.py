"""The watchdog's cost at the default schedule (one cycle a minute, the default internet plan:
gateway, three anchors, the provider's resolver and two public ones, one connectivity page).

    .venv/bin/python bench/bench_watchdog.py [--cycles N]

CPU: N real cycles against local stand-ins (TCP listeners, UDP DNS responders, an HTTP server, all
in this process, so their work is counted too: an upper bound), each writing its chained rows to
a company file; the CPU time per cycle divided by the 60 s between cycles is the share of one core.
Storage: a simulated day (1,440 cycles) of rows written as the watchdog writes them; the growth of
the company file, after a checkpoint, is the storage per day.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _company(folder: Path):
    from claimdesk.storage import CompanyFile
    from tests.factories import make_company, make_contract

    path = folder / "bench.claimdesk"
    with CompanyFile.create(path, make_company()) as cf:
        cf.add_contract(make_contract())
    return path


def cpu(cycles: int) -> float:
    from claimdesk.services.watchdog import Watcher
    from claimdesk.storage import CompanyFile
    from claimdesk.watchdog import probes
    from tests.watch_servers import HttpServer, TcpListener, dns_responder

    servers = [TcpListener() for _ in range(4)] + [dns_responder() for _ in range(3)] + [HttpServer(204)]
    gateway, a1, a2, a3, isp, pub1, pub2, http = servers
    plan = probes.internet_plan(gateway=gateway.target, isp_resolver=isp.target,
                                anchors=(a1.target, a2.target, a3.target), resolvers=(pub1.target, pub2.target),
                                url=http.url)
    with tempfile.TemporaryDirectory() as tmp, CompanyFile.open(_company(Path(tmp))) as cf:
        watcher = Watcher(cf, "internet", plan, timeout=1.0)
        watcher.cycle()  # warm-up: imports, first page of the file
        started, wall = time.process_time(), time.perf_counter()
        for _ in range(cycles):
            watcher.cycle()
        per_cycle = (time.process_time() - started) / cycles
        elapsed = (time.perf_counter() - wall) / cycles
    for s in servers:
        s.close()
    print(f"{len(plan)} probes per cycle; CPU {per_cycle * 1000:.2f} ms per cycle (wall {elapsed * 1000:.1f} ms); "
          f"at one cycle a minute: {per_cycle / 60 * 100:.4f} % of one core")
    return per_cycle


def storage() -> float:
    from claimdesk.storage import CompanyFile
    from claimdesk.storage.watch_log import WatchLog
    from claimdesk.watchdog import probes

    plan = probes.internet_plan(gateway="192.168.1.1:80", isp_resolver="192.168.1.1")
    t0 = datetime(2026, 3, 2, tzinfo=UTC)
    with tempfile.TemporaryDirectory() as tmp:
        path = _company(Path(tmp))
        with CompanyFile.open(path) as cf:
            cf._db().execute("PRAGMA wal_checkpoint(TRUNCATE)")
            before = path.stat().st_size
            log = WatchLog(cf)
            for i in range(1440):
                at = t0 + timedelta(minutes=i)
                rows = [(p.name, True, 0.012 + (i % 7) / 1000,
                         f"HTTP 200; Date: {at:%a, %d %b %Y %H:%M:%S} GMT" if p.kind == "http" else
                         ("rcode 0" if p.kind == "dns" else None)) for p in plan]
                log.append("internet", at, 1000.0 + 60 * i, rows)
            cf._db().execute("PRAGMA wal_checkpoint(TRUNCATE)")
            grown = path.stat().st_size - before
    print(f"{len(plan)} rows a cycle, 1,440 cycles: the company file grows by {grown / 1e6:.2f} MB a day "
          f"({grown / (1440 * len(plan)):.0f} bytes a row, index included)")
    return grown


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--cycles", type=int, default=200)
    args = parser.parse_args()
    cpu(args.cycles)
    storage()
