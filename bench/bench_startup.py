"""Cold start of the desktop app to a painted main window, with a company file of N outages.

    .venv/bin/python bench/bench_startup.py prepare /tmp/cd-bench 10000   # once: builds the file
    .venv/bin/python bench/bench_startup.py run /tmp/cd-bench              # one cold start, prints ms
    .venv/bin/python bench/bench_startup.py run /tmp/cd-bench100k ticket   # sort by a header, then scroll
    .venv/bin/python bench/bench_startup.py repeat /tmp/cd-bench 15        # median of fresh processes
    .venv/bin/python bench/bench_startup.py sort /tmp/cd-bench100k 5       # a journal page per sort key
    .venv/bin/python bench/bench_startup.py compare /tmp/cd-bench 11       # against a bare PySide6 window
    .venv/bin/python bench/bench_startup.py paint /tmp/cd-bench         # start to first paint, then exit
    valgrind --tool=callgrind .venv/bin/python bench/bench_startup.py paint-count /tmp/cd-bench   # its instructions
    valgrind --tool=callgrind .venv/bin/python bench/bench_startup.py bare -                # the baseline

``run`` measures from process start (before any import) to the end of the first paint of the main
window, through the app's own start path (``claimdesk.ui.app.begin`` and ``open_window``, as
``run_gui`` calls them), then scrolls the journal through all its rows and reports the slowest event-loop pass,
and prints the peak RSS of the process.
"""

from __future__ import annotations

import time

T0 = time.perf_counter()

import os  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402


def prepare(folder: Path, n: int) -> None:
    from datetime import datetime, timedelta, timezone

    from claimdesk.services.workspace import Workspace

    ws = Workspace.create_demo(folder)
    cid = ws.contracts()[0].id
    t0 = datetime(2021, 1, 1, tzinfo=timezone.utc)
    with ws.file.transaction():
        for i in range(n - 1):
            s = t0 + timedelta(hours=5 * i)
            ws.file.add_outage(cid, ("phone", "internet", "email")[i % 3], s, s + timedelta(minutes=30 + i % 90),
                               f"T-{i}" if i % 4 else None, None)
    print(ws.path, ws.count_outages())
    ws.close()


def run(folder: Path, order: str | None = None, paint_only: bool = False) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from claimdesk.ui.app import begin, open_window

    # the app's own start path (ui/app.run_gui): the log, the application, the interface language,
    # the collector, then the main window on the last company file
    app, language, log_path = begin(folder)
    window = open_window(app, folder, None, language, log_path)
    app.processEvents()
    window.repaint()
    painted = time.perf_counter() - T0
    modules = {m for m in ("reportlab", "PySide6.QtPdf", "pypdf") if m in sys.modules}
    if paint_only:  # the start path alone, for callgrind's instruction count
        print(f"painted {painted * 1000:.0f} ms", flush=True)
        window.ws.close()
        os._exit(0)
    # what only the measures below need (the bare window loads neither before its paint)
    import resource

    from PySide6.QtCore import QElapsedTimer

    if order:  # sorted by a column header first: the click, then the scroll below in that order
        timer = QElapsedTimer()
        timer.start()
        window.sort_journal(order)
        app.processEvents()
        sort_ms = timer.nsecsElapsed() / 1e6
    # Let the window's warm-up (the estimate's modules and locale data, loaded in a worker 0.3 s
    # after start) finish, timing the slowest event-loop pass meanwhile: that pass is what a user
    # scrolling in the first second would feel.
    from claimdesk.ui.workers import wait_for_all

    warm_worst = 0.0
    timer = QElapsedTimer()
    end = time.perf_counter() + 0.6
    while time.perf_counter() < end:
        timer.start()
        app.processEvents()
        time.sleep(0.005)
        warm_worst = max(warm_worst, timer.nsecsElapsed() / 1e6)
    wait_for_all(10000)
    # scroll the whole journal in steps of a page; the slowest pass is what a user would feel
    bar = window.table.verticalScrollBar()
    worst = 0.0
    timer = QElapsedTimer()
    for value in range(0, bar.maximum() + 1, max(1, bar.pageStep())):
        timer.start()
        bar.setValue(value)
        app.processEvents()
        worst = max(worst, timer.nsecsElapsed() / 1e6)
    wait_for_all(60000)  # pages still being read in workers
    timer.start()
    window.table.selectRow(0)
    window.update_estimate()
    app.processEvents()
    select_ms = timer.nsecsElapsed() / 1e6
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"painted {painted * 1000:.0f} ms; rows {window.model.rowCount()}; slowest scroll step {worst:.1f} ms; "
          f"select+estimate {select_ms:.1f} ms; slowest pass during warm-up {warm_worst:.1f} ms; peak RSS {rss:.1f} MiB; heavy modules at start: "
          f"{sorted(modules) or 'none'}" + (f"; sort by {order}: click {sort_ms:.1f} ms" if order else ""),
          flush=True)
    # Close the company file as quitting the app does: a session left open looks like a crash to the
    # next start, which then runs the full integrity check (about 100 ms for this 4 MB file).
    window.ws.close()
    os._exit(0)


def hold_slow_timers() -> None:
    """For ``paint-count`` (``paint`` under valgrind, which runs ~50× slower): the window's timers of 10 ms or more
    (the first-paint watch's retry, the warm-up of the estimate's modules at 300 ms, the due dates at
    1 s) would fire before its first paint, which they never do in real time. They are held (this
    process ends at the paint) so the count is of the start path alone."""
    from PySide6.QtCore import QTimer

    single_shot, start = QTimer.singleShot, QTimer.start

    def held(ms, *args):
        return None if ms >= HELD_MS else single_shot(ms, *args)

    def held_start(timer, *ms):
        return None if (ms[0] if ms else timer.interval()) >= HELD_MS else start(timer, *ms)

    QTimer.singleShot = staticmethod(held)
    QTimer.start = held_start


HELD_MS = 10


def bare() -> None:
    """The baseline: a bare PySide6 window with the same 10,000-row table (5 columns) and a small
    form beside it, from process start to the end of its first paint."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QAbstractTableModel, Qt
    from PySide6.QtWidgets import (
        QApplication,
        QComboBox,
        QFormLayout,
        QLineEdit,
        QMainWindow,
        QSplitter,
        QTableView,
        QWidget,
    )

    class Rows(QAbstractTableModel):
        def __init__(self, rows):
            super().__init__()
            self.rows = rows

        def rowCount(self, parent=None):  # noqa: N802 - Qt's name
            return len(self.rows)

        def columnCount(self, parent=None):  # noqa: N802 - Qt's name
            return 5

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            return self.rows[index.row()][index.column()] if role == Qt.ItemDataRole.DisplayRole else None

    app = QApplication([])
    window = QMainWindow()
    split = QSplitter()
    table = QTableView()
    table.setModel(Rows([(f"2021-01-01 {i % 24:02d}:00", "internet", f"T-{i}", f"{i % 90} min", "no")
                         for i in range(10000)]))
    form = QWidget()
    layout = QFormLayout(form)
    layout.addRow("Service", QComboBox())
    layout.addRow("Ticket", QLineEdit())
    split.addWidget(table)
    split.addWidget(form)
    window.setCentralWidget(split)
    window.resize(1200, 800)
    window.show()
    app.processEvents()
    window.repaint()
    print(f"painted {(time.perf_counter() - T0) * 1000:.0f} ms", flush=True)
    os._exit(0)


def compare(folder: Path, times: int) -> None:
    """``times`` cold starts of the app and of the bare window, interleaved: the ratio of the medians."""
    app, base = [], []
    for _ in range(times):
        for cmd, into in ((["run", str(folder)], app), (["bare", "-"], base)):
            out = subprocess.run([sys.executable, __file__, *cmd], capture_output=True, text=True,
                                 check=True).stdout
            into.append(float(out.split()[1]))
    a, b = statistics.median(app), statistics.median(base)
    print(f"app: median {a:.0f} ms (min {min(app):.0f}); bare window: median {b:.0f} ms (min {min(base):.0f}); "
          f"ratio of medians {a / b:.2f}, of minimums {min(app) / min(base):.2f}")


def repeat(folder: Path, times: int) -> None:
    painted, rss = [], []
    for _ in range(times):
        out = subprocess.run([sys.executable, __file__, "run", str(folder)], capture_output=True, text=True,
                             check=True).stdout
        parts = out.split()
        painted.append(float(parts[1]))
        rss.append(float(out.split("peak RSS ")[1].split()[0]))
    print(f"{times} cold starts: painted median {statistics.median(painted):.0f} ms "
          f"(min {min(painted):.0f}, max {max(painted):.0f}); peak RSS median {statistics.median(rss):.1f} MiB")
    print(out.strip())


def sort(folder: Path, rounds: int) -> None:
    """One page of the journal (200 rows, as the table model fetches it) for each sort key and
    direction, at the top, the middle and the end: median of ``rounds`` in ms."""
    from claimdesk.services.workspace import JOURNAL_ORDERS, OutageFilter, Workspace, recent_files

    ws = Workspace.open(recent_files(folder)[0], data_dir=folder)
    n = ws.count_outages()
    print(f"{n} outages")
    for key in JOURNAL_ORDERS:
        for descending in (False, True):
            cells = []
            for offset in (0, n // 2, max(0, n - 200)):
                times = []
                for _ in range(rounds):
                    t = time.perf_counter()
                    ws.outage_page(OutageFilter(), offset, 200, order_by=key, descending=descending)
                    times.append((time.perf_counter() - t) * 1000)
                cells.append(f"{statistics.median(times):6.1f}")
            print(f"{key:9} {'desc' if descending else 'asc '}  top/middle/end page: {' / '.join(cells)} ms")
    ws.close()


if __name__ == "__main__":
    command, folder = sys.argv[1], Path(sys.argv[2])
    if command == "prepare":
        prepare(folder, int(sys.argv[3]))
    elif command == "run":
        run(folder, sys.argv[3] if len(sys.argv) > 3 else None)
    elif command == "paint":
        run(folder, paint_only=True)
    elif command == "paint-count":
        hold_slow_timers()
        run(folder, paint_only=True)
    elif command == "bare":
        bare()
    elif command == "compare":
        compare(folder, int(sys.argv[3]))
    elif command == "sort":
        sort(folder, int(sys.argv[3]))
    else:
        repeat(folder, int(sys.argv[3]))
