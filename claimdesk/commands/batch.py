"""``claimdesk batch CASE.json... --out-dir DIR [--jobs N] [--dossier] [--collective NETWORK.json]``: every
member's letter of a network in one run, a summary table, and optionally the network's letter."""

from __future__ import annotations

import argparse
import sys


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= 256:
        raise argparse.ArgumentTypeError("must be a whole number from 1 to 256")
    return value


def register(sub) -> None:
    p = sub.add_parser(
        "batch",
        help="write the claim letters of many case files in one run",
        description="Check and render every case file into DIR: DIR/<case name>.pdf, DIR/<case name>.json "
                    "(the figures) and DIR/batch.csv (one row per case: file, company, provider, customer "
                    "number, outage hours, total claimed, currency, status, problem). An invalid case is "
                    "named on standard error as 'file: path: message' lines and nothing is written for it; "
                    "the others are written and the exit code is 2. With --collective, also write "
                    "DIR/collective.pdf: the network's letter on behalf of all its members.",
    )
    p.add_argument("cases", nargs="+", metavar="CASE.json", help="case files (claimdesk-case/1)")
    p.add_argument("--out-dir", required=True, metavar="DIR", help="folder for the letters (made if missing)")
    p.add_argument("--jobs", type=_jobs, metavar="N",
                   help="letters rendered at the same time (default: the machine's cores)")
    p.add_argument("--dossier", action="store_true",
                   help="also write each case's claim dossier (the letter and every exhibit) as "
                        "DIR/<case name>-dossier.pdf")
    p.add_argument("--collective", metavar="NETWORK.json",
                   help="the network's details (claimdesk-network/1): also write DIR/collective.pdf")
    p.set_defaults(run=run)


def _progress_bar(total: int):
    """A progress bar on a terminal, nothing otherwise (a script's log stays clean)."""
    if not sys.stderr.isatty():
        return None, lambda result: None
    from rich import progress as rp

    bar = rp.Progress(rp.TextColumn("letters"), rp.BarColumn(), rp.MofNCompleteColumn(),
                      rp.TimeRemainingColumn(), transient=True, console=_console())
    task = bar.add_task("letters", total=total)
    return bar, lambda result: bar.advance(task)


def _console():
    from rich.console import Console

    return Console(stderr=True)


def run(args) -> int:
    from pathlib import Path

    from ..cli import EXIT_FAILURE, EXIT_INVALID, EXIT_OK
    from ..domain.problems import ValidationError
    from ..services import batch

    out_dir = Path(args.out_dir)
    names = batch.output_names(args.cases)
    network = None
    if args.collective:
        from ..services.collective import read_network

        try:
            network = read_network(args.collective)
        except ValidationError as exc:  # before anything is written
            for problem in exc.problems:
                print(f"{args.collective}: {problem}", file=sys.stderr)
            return EXIT_INVALID
    extra = [batch.COLLECTIVE_NAME] if network is not None else []
    problems = batch.check_targets(args.cases + ([args.collective] if args.collective else []), out_dir, names,
                                   extra, dossier=args.dossier)
    if problems:
        raise ValidationError(problems)

    bar, advance = _progress_bar(len(args.cases))
    if bar is not None:
        bar.start()
    try:
        report = batch.run_batch(args.cases, out_dir, jobs=args.jobs, progress=advance, dossier=args.dossier)
    finally:
        if bar is not None:
            bar.stop()

    for result in report.invalid + report.failed:
        for problem in result.problems:
            print(f"{result.file}: {problem}", file=sys.stderr)
    if report.interrupted:
        print(f"claimdesk: interrupted; {len(report.written)} of {len(report.results)} letters written, "
              f"the others not started (see {out_dir / batch.CSV_NAME})", file=sys.stderr)
        return 130
    if network is not None:
        from ..services.collective import write_collective

        collective_problems = write_collective(network, report, out_dir / batch.COLLECTIVE_NAME)
        for file, problem in collective_problems:
            print(f"{file or args.collective}: {problem}", file=sys.stderr)
        if collective_problems:
            return EXIT_INVALID
    if report.invalid:
        return EXIT_INVALID
    return EXIT_FAILURE if report.failed else EXIT_OK
