"""`claimdesk batch` against `claimdesk render`, side by side in one run (issue 15): the cost of one
letter in a batch of N, as a fraction of one whole `claimdesk render` process.

    .venv/bin/python bench/bench_batch.py 40 10        # 40 letters per batch, 10 rounds
    hyperfine -N --warmup 2 --runs 10 --prepare true \\
        '.venv/bin/claimdesk render CASES/shop-01.json --out /tmp/one.pdf' \\
        '.venv/bin/claimdesk batch CASES/*.json --out-dir /tmp/batch'   # after the script made CASES
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BAKERY = ROOT / "tests" / "data" / "bakery-vancouver.json"


def main(letters: int = 40, rounds: int = 10) -> None:
    with tempfile.TemporaryDirectory() as folder:
        cases = Path(folder) / "cases"
        cases.mkdir()
        paths = [str(shutil.copy(BAKERY, cases / f"shop-{i:03d}.json")) for i in range(letters)]
        claimdesk = [sys.executable, "-m", "claimdesk"]
        render = claimdesk + ["render", paths[0], "--out", str(Path(folder) / "one.pdf")]
        batch = claimdesk + ["batch", *paths, "--out-dir", str(Path(folder) / "out")]
        for _ in range(2):
            subprocess.run(render, check=True)
            subprocess.run(batch, check=True)
        times: dict[str, list[float]] = {"render": [], "batch": []}
        for _ in range(rounds):  # interleaved, so both see the same phases of a shared machine
            for name, cmd in (("render", render), ("batch", batch)):
                start = time.perf_counter()
                subprocess.run(cmd, check=True)
                times[name].append(time.perf_counter() - start)
    one = statistics.median(times["render"])
    whole = statistics.median(times["batch"])
    per_letter = whole / letters
    print(f"claimdesk render, one letter: median {one * 1000:.0f} ms (min {min(times['render']) * 1000:.0f})")
    print(f"claimdesk batch, {letters} letters: median {whole:.2f} s (min {min(times['batch']):.2f}), "
          f"{per_letter * 1000:.1f} ms per letter = 1/{one / per_letter:.1f} of a render process")


if __name__ == "__main__":
    numbers = [int(a) for a in sys.argv[1:]]
    main(*numbers)
