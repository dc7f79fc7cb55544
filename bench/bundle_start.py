"""Start-up of the desktop app, frozen or not: launch until idle in the event loop.

    python bench/bundle_start.py APP [RUNS]     APP: dist/ClaimDesk/ClaimDesk or .venv/bin/claimdesk

Creates the demo company with ``APP --smoke-test`` in a temporary data folder, then opens it RUNS
times (offscreen) and reports the time from launch until the process's CPU time stops moving for
300 ms, i.e. the main window is built and the app waits for input. Linux only (reads /proc).
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def main() -> int:
    app, runs = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 5
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as data:
        subprocess.run([app, "--smoke-test", "--data-dir", data], env=env, check=True, capture_output=True)
        company = str(next(Path(data).glob("*.claimdesk")))
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            proc = subprocess.Popen([app, "--data-dir", data, company], env=env,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            last, changed = -1, start
            while time.perf_counter() - changed < 0.3:
                time.sleep(0.005)
                if proc.poll() is not None:
                    raise SystemExit(f"{app} exited {proc.returncode} before going idle")
                ticks = cpu_ticks(proc.pid)
                if ticks != last:
                    last, changed = ticks, time.perf_counter()
            times.append(changed - start)
            proc.kill()
            proc.wait()
    print(f"start to idle window: min {min(times):.2f} s, median {statistics.median(times):.2f} s, "
          f"max {max(times):.2f} s ({runs} runs: {' '.join(f'{t:.2f}' for t in times)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
