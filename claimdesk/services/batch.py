"""Letters for many companies in one run: a network files its members' claims together.

Each case file is read, checked and rendered in a worker process (reportlab is single-threaded
Python, so processes are what use the machine's cores). A worker keeps its fonts, locale data
and jurisdiction packs for every letter it renders, which is what makes a letter in a batch a
small fraction of a whole ``claimdesk render`` process. Every file is written to a temporary
file in the output folder and renamed into place, so an interruption leaves no half-written file.

Importing this module loads neither reportlab nor Qt: the desktop app imports it from a worker.
"""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
import os
import signal
import tempfile
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.problems import Problem, ValidationError

CSV_COLUMNS = ("file", "company", "provider", "customer_number", "outage_hours", "total_claimed", "currency",
               "status", "problem")
WRITTEN, INVALID, FAILED, INTERRUPTED = "written", "invalid", "failed", "interrupted"
CSV_NAME = "batch.csv"
COLLECTIVE_NAME = "collective.pdf"
DOSSIER_SUFFIX = "-dossier.pdf"


@dataclass
class CaseResult:
    """What became of one case file; ``row`` holds the batch.csv columns."""

    file: str
    name: str  # the output files' stem
    status: str = INTERRUPTED
    problems: list[Problem] = field(default_factory=list)
    company: str = ""
    provider: str = ""
    provider_address: tuple[str, ...] = ()
    customer_number: str = ""
    city: str = ""
    outage_hours: str = ""
    total_claimed: str = ""
    currency: str = ""
    jurisdiction: str = ""
    first_start: str = ""
    last_end: str = ""
    signed_on: str = ""  # the contract's date, which chooses the law its letter cites
    first_day: str = ""  # the first outage's local day
    services: tuple[str, ...] = ()  # the services its outages interrupted, in order of first outage
    timezone: str = ""

    @property
    def row(self) -> dict[str, str]:
        problem = "; ".join(str(p) for p in self.problems)
        return {"file": self.file, "company": self.company, "provider": self.provider,
                "customer_number": self.customer_number, "outage_hours": self.outage_hours,
                "total_claimed": self.total_claimed, "currency": self.currency, "status": self.status,
                "problem": problem}


@dataclass
class BatchReport:
    results: list[CaseResult]
    out_dir: Path
    interrupted: bool = False

    @property
    def written(self) -> list[CaseResult]:
        return [r for r in self.results if r.status == WRITTEN]

    @property
    def invalid(self) -> list[CaseResult]:
        return [r for r in self.results if r.status == INVALID]

    @property
    def failed(self) -> list[CaseResult]:
        return [r for r in self.results if r.status == FAILED]


def output_names(paths: Sequence[str | os.PathLike]) -> list[str]:
    """Each case file's output stem: its own stem, with ``-2``, ``-3``… when two files of
    different folders share one (``a/shop.json`` and ``b/shop.json`` give ``shop`` and ``shop-2``)."""
    names, taken = [], set()
    for path in paths:
        stem = Path(path).stem or "case"
        name, n = stem, 1
        while name.casefold() in taken or name.casefold() == Path(CSV_NAME).stem:
            n += 1
            name = f"{stem}-{n}"
        taken.add(name.casefold())
        names.append(name)
    return names


def check_targets(paths: Sequence[str | os.PathLike], out_dir: Path, names: Sequence[str],
                  extra: Sequence[str] = (), dossier: bool = False) -> list[Problem]:
    """Problems if writing the batch would replace one of its own input files (a case file
    written back as its summary ``.json`` when the output folder is the cases' folder)."""
    inputs = {}
    for path in paths:
        try:
            inputs[Path(path).resolve()] = str(path)
        except OSError:
            continue
    problems = []
    suffixes = (".pdf", ".json") + ((DOSSIER_SUFFIX,) if dossier else ())
    targets = [out_dir / f"{name}{suffix}" for name in names for suffix in suffixes]
    targets += [out_dir / CSV_NAME] + [out_dir / e for e in extra]
    from ..safe_paths import protected_reason

    for target in targets:
        source = inputs.get(target.resolve())
        if source is not None:
            problems.append(Problem("--out-dir", f"would overwrite the input file {source}; choose another "
                                                 "output folder", "overwrite_input", {"file": source}))
            continue
        reason = protected_reason(target)  # a company file, its companions, another case file
        if reason is not None:
            problems.append(Problem("--out-dir", f"will not write over {target}: {reason}; choose another "
                                                 "output folder", "protected_output", {"file": str(target)}))
    return problems


# -- one case, in a worker ------------------------------------------------------------------------
def _worker_start() -> None:
    """Once per worker: Ctrl-C is the parent's to handle (it lets running letters finish, so no
    file is left half-written), and the fonts are registered before the first letter."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm_up()


def warm_up() -> None:
    from ..letters import fonts
    from . import render  # noqa: F401 - reportlab and the letter's modules

    fonts.register()


def render_one(path: str, out_dir: str, name: str, dossier: bool = False) -> CaseResult:
    """Read, check and render one case file into ``out_dir`` (with ``dossier``, also its claim
    dossier, ``<name>-dossier.pdf``); never raises for a bad case."""
    from ..casefile import read
    from .render import render_pdf

    result = CaseResult(file=path, name=name)
    try:
        case = read(path)
        rendered = render_pdf(case)
        figures = json.dumps(rendered.summary, ensure_ascii=False, indent=2) + "\n"
        write_atomic((Path(out_dir) / f"{name}.pdf", rendered.pdf),
                     (Path(out_dir) / f"{name}.json", figures.encode("utf-8")))
        if dossier:
            from .render import dossier_to_file

            dossier_to_file(case, rendered, Path(out_dir) / f"{name}{DOSSIER_SUFFIX}")
    except ValidationError as exc:
        result.status, result.problems = INVALID, exc.problems
        return result
    except Exception as exc:  # noqa: BLE001 - reported in batch.csv and on stderr, the others go on
        result.status = FAILED
        result.problems = [Problem("", str(exc) if isinstance(exc, OSError) else f"{type(exc).__name__}: {exc}",
                                   "failed")]
        return result
    c, k = case.company, case.contract
    s = rendered.summary
    result.status = WRITTEN
    result.company, result.provider, result.customer_number = c.name, k.provider, k.customer_number
    result.provider_address = tuple(k.provider_address)
    result.city = _city(c.address)
    result.outage_hours, result.total_claimed = s["outage_hours"], s["total_claimed"]
    result.currency, result.jurisdiction, result.timezone = c.currency, c.jurisdiction, c.timezone
    signed_on = getattr(k, "signed_on", None)
    result.signed_on = signed_on.isoformat() if signed_on else ""
    if case.outages:
        from ..rules.packs import first_outage_day

        result.first_day = first_outage_day(case).isoformat()
        result.first_start = min(o.start for o in case.outages).isoformat()
        result.last_end = max(o.end for o in case.outages).isoformat()
        result.services = tuple(dict.fromkeys(o.service for o in case.outages))
    return result


def _city(address: Sequence[str]) -> str:
    """The address line that names the town: the last line after the street that holds a post
    code ("69002 Lyon", "Vancouver BC V5V 3K5"), else the last line."""
    for line in reversed(address[1:]):
        if any(ch.isdigit() for ch in line):
            return line
    return address[-1] if address else ""


# -- the whole batch ----------------------------------------------------------------------------------
def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def run_batch(paths: Sequence[str | os.PathLike], out_dir: str | os.PathLike, *, jobs: int | None = None,
              progress: Callable[[CaseResult], None] | None = None,
              cancelled: Callable[[], bool] | None = None, start_method: str | None = None,
              dossier: bool = False) -> BatchReport:
    """Render every case file into ``out_dir`` and write ``batch.csv`` there. ``progress`` is
    called with each case's result as it is done; when ``cancelled()`` turns true, or on Ctrl-C,
    no new letter is started, the running ones finish, and the rest are marked interrupted.
    ``start_method``: how worker processes start ("spawn" from a program with threads, such as
    the desktop app, where forking could copy a lock another thread holds)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    names = output_names(paths)
    results = [CaseResult(file=str(p), name=n) for p, n in zip(paths, names)]
    jobs = max(1, min(jobs or default_jobs(), len(results) or 1))
    report = BatchReport(results, out)
    with _ctrl_c_as_cancel() as interrupted:
        def stop() -> bool:
            return interrupted() or (cancelled is not None and cancelled())

        if jobs == 1:
            _run_here(results, out, progress, stop, report, dossier)
        else:
            _run_pool(results, out, jobs, progress, stop, report, start_method, dossier)
    write_csv(report)
    return report


@contextmanager
def _ctrl_c_as_cancel():
    """Ctrl-C, while a batch runs from the main thread, asks it to stop between two letters
    instead of raising wherever the program happens to be: every result already in hand is
    then recorded, and every file on disk is whole and listed in batch.csv."""
    pressed = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield pressed.is_set
        return
    previous = signal.signal(signal.SIGINT, lambda signum, frame: pressed.set())
    try:
        yield pressed.is_set
    finally:
        signal.signal(signal.SIGINT, previous)


def _run_here(results, out, progress, cancelled, report, dossier=False) -> None:
    warm_up()
    for i, pending in enumerate(results):
        if cancelled():
            report.interrupted = True
            return
        results[i] = render_one(pending.file, str(out), pending.name, dossier)
        if progress is not None:
            progress(results[i])


def _run_pool(results, out, jobs, progress, cancelled, report, start_method=None, dossier=False) -> None:
    warm_up()  # a forked worker starts with all of it loaded
    index: dict[Future, int] = {}
    context = multiprocessing.get_context(start_method) if start_method else None
    with ProcessPoolExecutor(max_workers=jobs, initializer=_worker_start, mp_context=context) as pool:
        queue = iter(range(len(results)))

        def top_up() -> None:
            # Enough work queued to keep every worker busy, not the whole batch: a cancel then
            # only waits for the letters in hand.
            for i in queue:
                index[pool.submit(render_one, results[i].file, str(out), results[i].name, dossier)] = i
                if len(index) >= 2 * jobs:
                    return

        top_up()
        while index:
            done, _ = wait(list(index), timeout=0.2, return_when=FIRST_COMPLETED)
            for future in done:
                i = index.pop(future)
                results[i] = future.result()
                if progress is not None:
                    progress(results[i])
            if cancelled():
                report.interrupted = True
                break
            top_up()
        # The letters already started finish and are written whole; none is started after this.
        for future in index:
            future.cancel()
        for future, i in index.items():
            if not future.cancelled():
                results[i] = future.result()


def write_csv(report: BatchReport) -> None:
    """batch.csv: one row per case file, in the order given, written whole or not at all."""
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for result in report.results:
        writer.writerow(result.row)
    write_atomic((report.out_dir / CSV_NAME, text.getvalue().encode("utf-8")))


def write_atomic(*targets: tuple[Path, bytes]) -> None:
    """Write each (path, data) to a temporary file beside it, then rename them all into place:
    an interruption leaves either every file whole or none. No fsync: a batch's files can be
    made again, and on a busy disk a sync per file was a fifth of a letter's time."""
    temps: list[tuple[str, Path]] = []
    try:
        for target, data in targets:
            fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            temps.append((name, target))
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
        for name, target in temps:
            os.replace(name, target)
    finally:
        for name, _ in temps:
            Path(name).unlink(missing_ok=True)


# -- company files as input (the desktop app) -------------------------------------------------------
def cases_from_company_files(files: Sequence[str | os.PathLike], into: str | os.PathLike,
                             ) -> tuple[list[Path], list[CaseResult]]:
    """Each company file's latest claim written as a case file into ``into`` (kept beside the
    letters as the record of what was sent); the files that give none come back as results
    marked invalid, with the reason."""
    from ..storage.errors import StorageError
    from .company_io import export_case_file, opened

    folder = Path(into)
    folder.mkdir(parents=True, exist_ok=True)
    cases, skipped = [], []
    for file, name in zip(files, output_names(files)):
        try:
            with opened(file) as cf:
                claims = cf.claims()
                if not claims:
                    raise ValidationError([Problem("claims", "this company file has no claim yet", "no_claim")])
                target = folder / f"{name}.json"
                export_case_file(cf, claims[0].id, target)
        except ValidationError as exc:
            skipped.append(CaseResult(file=str(file), name=name, status=INVALID, problems=exc.problems))
            continue
        except (StorageError, OSError) as exc:
            skipped.append(CaseResult(file=str(file), name=name, status=INVALID,
                                      problems=[Problem("(file)", str(exc), "io")]))
            continue
        cases.append(target)
    return cases, skipped
