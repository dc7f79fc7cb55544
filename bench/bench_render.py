"""Benchmarks of the claim letter (issue 3): in process with pytest-benchmark, and as a whole
`claimdesk render` process with `python bench/bench_render.py --process`.

    .venv/bin/pytest bench/bench_render.py --benchmark-enable -p no:qt --benchmark-columns=min,median,max,rounds
    .venv/bin/python bench/bench_render.py --process 20
    valgrind --tool=callgrind .venv/bin/python bench/bench_render.py --letters 10   # and --letters 0
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BAKERY = ROOT / "tests" / "data" / "bakery-vancouver.json"


def test_render_bakery_in_process(benchmark):
    from claimdesk.casefile import read
    from claimdesk.services.render import render_pdf

    case = read(BAKERY)
    render_pdf(case)  # warm-up: imports, font registration, pack parsing
    result = benchmark.pedantic(render_pdf, args=(case,), rounds=50, warmup_rounds=3)
    assert result.pages >= 3


def whole_process(runs: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        cmd = [sys.executable, "-m", "claimdesk", "render", str(BAKERY), "--out", str(Path(folder) / "l.pdf")]
        for _ in range(3):
            subprocess.run(cmd, check=True)
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(cmd, check=True)
            times.append(time.perf_counter() - start)
    print(f"claimdesk render, whole process, {runs} runs: median {statistics.median(times):.3f} s "
          f"(min {min(times):.3f}, max {max(times):.3f})")


def letters(count: int) -> None:
    """3 warm-up letters, then ``count`` more: run under callgrind with 10 and with 0, the difference
    divided by 10 is the instructions of one letter, whatever else the machine is doing."""
    from claimdesk.casefile import read
    from claimdesk.services.render import render_pdf

    case = read(BAKERY)
    for _ in range(3 + count):
        render_pdf(case)


if __name__ == "__main__":
    if "--process" in sys.argv:
        whole_process(int(sys.argv[-1]) if sys.argv[-1].isdigit() else 20)
    elif "--letters" in sys.argv:
        letters(int(sys.argv[-1]))
