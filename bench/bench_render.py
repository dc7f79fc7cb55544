"""Benchmarks of the claim letter (issue 3): in process with pytest-benchmark, and as a whole
`claimdesk render` process with `python bench/bench_render.py --process`.

    .venv/bin/pytest bench/bench_render.py --benchmark-enable -p no:qt --benchmark-columns=min,median,max,rounds
    .venv/bin/python bench/bench_render.py --process 20
    valgrind --tool=callgrind .venv/bin/python bench/bench_render.py --letters 10   # and --letters 0
    .venv/bin/python bench/bench_render.py --scale 1000 2000 4000 8000   # time per outage must stay flat
    .venv/bin/python bench/bench_render.py --long-text 40000 160000 320000   # one long description
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


def scale(sizes: list[int]) -> None:
    """Render the bakery letter with n outages spread over a year, for each n: the time per outage
    stays flat when rendering is linear. A long outage description stands for long texts."""
    sys.path.insert(0, str(ROOT))
    from bench.bench_estimate import year_of_outages
    from claimdesk.services.render import render_pdf

    render_pdf(year_of_outages(10))  # warm-up: imports, fonts, packs
    for n in sizes:
        case = year_of_outages(n)
        start = time.perf_counter()
        letter = render_pdf(case)
        took = time.perf_counter() - start
        print(f"{n:>7,} outages: {took:7.2f} s, {took / n * 1000:6.2f} ms per outage, {letter.pages:,} pages",
              flush=True)


def long_text(sizes: list[int]) -> None:
    """The bakery letter with one outage description of about n characters, for each n."""
    import random
    from dataclasses import replace

    from claimdesk.casefile import read
    from claimdesk.services.render import render_pdf

    base = read(BAKERY)
    render_pdf(base)
    words = "the line went down again while the bakery was taking orders by phone and card".split()
    rnd = random.Random(1)
    for n in sizes:
        text = " ".join(rnd.choice(words) for _ in range(n // 6))
        case = base.with_outages([replace(base.outages[0], description=text)] + list(base.outages[1:]))
        start = time.perf_counter()
        letter = render_pdf(case)
        took = time.perf_counter() - start
        print(f"{len(text):>9,} characters: {took:6.2f} s, {letter.pages} pages", flush=True)


if __name__ == "__main__":
    if "--process" in sys.argv:
        whole_process(int(sys.argv[-1]) if sys.argv[-1].isdigit() else 20)
    elif "--scale" in sys.argv:
        scale([int(a) for a in sys.argv[sys.argv.index("--scale") + 1:]] or [1000, 2000, 4000, 8000])
    elif "--long-text" in sys.argv:
        long_text([int(a) for a in sys.argv[sys.argv.index("--long-text") + 1:]] or [40000, 160000, 320000])
    elif "--letters" in sys.argv:
        letters(int(sys.argv[-1]))
