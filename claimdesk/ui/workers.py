"""Running slow work (rendering, import, hashing, estimating many outages) off the GUI thread.

A :class:`Task` runs a plain function on the global QThreadPool; its result or its exception
comes back through a queued signal, so only the GUI thread ever touches widgets.

Qt objects must also *die* on the GUI thread. Python's cycle collector runs in whichever thread
happens to allocate when a threshold is crossed: a dialog kept alive only by a reference cycle
(its pages' callbacks point back at it) was deleted from a worker rendering a letter, and the app
crashed a moment later. :func:`collect_on_gui_thread` makes the GUI thread the only one that
collects, and tasks release what they hold on the GUI thread too.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

log = logging.getLogger(__name__)

# Tasks still running: keeps their signal objects alive until the result is delivered.
_running: set[Task] = set()


class TaskSignals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class Task(QRunnable):
    def __init__(self, fn: Callable, *args, with_progress: bool = False, **kwargs):
        super().__init__()
        self.setAutoDelete(False)
        self.signals = TaskSignals()
        if with_progress:  # fn reports through report(done, total), delivered on the GUI thread
            kwargs["report"] = self.signals.progress.emit
        self.fn, self.args, self.kwargs = fn, args, kwargs

    def run(self) -> None:  # runs in a worker thread
        try:
            result = self.fn(*self.args, **self.kwargs)
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, which decides
            log.debug("task %s failed", getattr(self.fn, "__name__", self.fn), exc_info=True)
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


def run_task(fn: Callable, *args, on_done: Callable | None = None, on_failed: Callable | None = None,
             on_progress: Callable | None = None, context: QObject | None = None, **kwargs) -> Task:
    """Start ``fn(*args, **kwargs)`` in the pool; ``on_done(result)`` / ``on_failed(exc)`` run on the
    GUI thread (not at all if ``context`` was destroyed meanwhile). With ``on_progress``, ``fn`` is
    also given ``report=`` and each ``report(done, total)`` calls ``on_progress(done, total)``."""
    task = Task(fn, *args, with_progress=on_progress is not None, **kwargs)
    _running.add(task)
    if on_progress is not None:
        task.signals.progress.connect(on_progress if context is None else _guarded2(on_progress, context))

    def finish(_=None):
        # on the GUI thread: the function, its closure (widgets) and the signal object go here,
        # not in the worker
        _running.discard(task)
        task.fn = task.args = task.kwargs = None
        task.signals.deleteLater()

    if on_done is not None:
        task.signals.done.connect(on_done if context is None else _guarded(on_done, context))
    if on_failed is not None:
        task.signals.failed.connect(on_failed if context is None else _guarded(on_failed, context))
    task.signals.done.connect(finish)
    task.signals.failed.connect(finish)
    QThreadPool.globalInstance().start(task)
    return task


def _guarded(fn: Callable, context: QObject) -> Callable:
    import shiboken6

    def call(value):
        if shiboken6.isValid(context):
            fn(value)

    return call


def _guarded2(fn: Callable, context: QObject) -> Callable:
    import shiboken6

    def call(a, b):
        if shiboken6.isValid(context):
            fn(a, b)

    return call


def wait_for_all(msecs: int = 30000) -> bool:
    return QThreadPool.globalInstance().waitForDone(msecs)


class GuiThreadCollector(QObject):
    """Python's cycle collection, run only on the GUI thread (see the module's doc)."""

    def __init__(self, parent=None, interval_ms: int = 500):
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()


def collect_on_gui_thread(app) -> GuiThreadCollector:
    """Install the collector for the app's lifetime (once)."""
    existing = getattr(app, "_claimdesk_collector", None)
    if existing is None:
        existing = app._claimdesk_collector = GuiThreadCollector(app)
    return existing
