"""The ``claimdesk`` command: the desktop app without arguments, scripting subcommands with them.

Subcommands live in ``claimdesk/commands/``; each module only defines its arguments at import
time, so ``claimdesk estimate`` never loads Qt or reportlab. Exit codes, for every subcommand:
0 done; 2 the input is invalid (one ``path: message`` line per problem on standard error,
nothing written); 1 any other failure (one line, a traceback only with ``--debug``), a case file
that is missing or cannot be opened among them (``safe_paths.CannotRead``).
"""

from __future__ import annotations

import argparse
import importlib
import sys

from . import __version__

EXIT_OK, EXIT_FAILURE, EXIT_INVALID = 0, 1, 2

# Module names in claimdesk.commands, in the order ``--help`` lists them.
COMMANDS = ("estimate", "render", "batch", "import_case", "export_case", "outages", "claims", "restore", "watch",
            "verify", "import_bounces", "import_monitor", "send", "followup", "referral")
# The words typed on the command line (``import_case`` is typed ``import``).
COMMAND_NAMES = ("estimate", "render", "batch", "import", "export", "outages", "claims", "restore", "watch", "verify",
                 "import-bounces", "import-monitor", "send", "followup", "referral")


class UserError(Exception):
    """A failure the user can act on; printed as one line, exit 1."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimdesk",
        description="ClaimDesk: record telecom outages, estimate the business loss and write the claim "
                    "letter. Without a command, the desktop app starts.",
        epilog="Exit codes: 0 done; 2 invalid input (one 'path: message' line per problem, nothing "
               "written); 1 any other failure, a case file that is missing or cannot be opened among them.",
    )
    parser.add_argument("--version", action="version", version=f"ClaimDesk {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="keep company files, settings and logs in DIR instead of the user's data folder")
    parser.add_argument("--debug", action="store_true", help="show a Python traceback when a command fails")
    parser.add_argument("--smoke-test", nargs="?", const="basic", choices=("basic", "full"), metavar="full",
                        help="start the app offscreen with the demo company, render a letter and quit (0 = all well); "
                             "--smoke-test=full walks a new user's first hour: the first-run assistant, an "
                             "outage, a claim marked sent, then the demo company")
    parser.add_argument("--open", dest="company_file", metavar="FILE.claimdesk",
                        help="company file to open in the desktop app (a bare FILE.claimdesk works too, "
                             "as the file manager passes it)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"claimdesk.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"claimdesk.commands.{name}":
                raise
            continue
        module.register(sub)
    for command in sub.choices.values():
        # Users type --debug last too; SUPPRESS keeps the global one when it is absent here.
        command.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                             help="show a Python traceback when the command fails")
    return parser


def _report_invalid(problems) -> int:
    from .domain.bounds import one_line

    for problem in problems:
        # a key or a name may hold a line break or a NUL: each problem stays one line
        print(one_line(str(problem)), file=sys.stderr)
    return EXIT_INVALID


def _quiet_broken_pipe() -> int:
    """The reader of our output went away (``claimdesk outages --csv | head -1``): not an error to
    report; stdout is pointed at the null device so that flushing it at exit stays quiet too."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return EXIT_FAILURE


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args_list = list(sys.argv[1:] if argv is None else argv)
    # A file manager opens a document as ``claimdesk FILE.claimdesk``; argparse would take the file
    # for a command, so it becomes ``--open FILE``.
    if args_list and args_list[-1].lower().endswith(".claimdesk") and args_list[-2:-1] != ["--open"] \
            and not any(a in COMMAND_NAMES for a in args_list):
        args_list[-1:] = ["--open", args_list[-1]]
    args = parser.parse_args(args_list)
    from .domain.problems import ValidationError

    try:
        if args.command is None:
            from .ui.app import run_gui

            return run_gui(args)
        code = int(args.run(args) or 0)
        sys.stdout.flush()  # here, so that a reader gone away is noticed below, not at exit
        return code
    except ValidationError as exc:
        return _report_invalid(exc.problems)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return _quiet_broken_pipe()
    except Exception as exc:  # noqa: BLE001 - the one place that turns failures into exit 1
        if args.debug:
            raise
        message = str(exc) if isinstance(exc, UserError | OSError) else f"{type(exc).__name__}: {exc}"
        print(f"claimdesk: {message}", file=sys.stderr)
        return EXIT_FAILURE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
