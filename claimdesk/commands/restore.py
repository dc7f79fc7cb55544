"""``claimdesk restore --company FILE [--backup B]``: list the backups of a company file, or put
one in its place (the file it replaces is kept aside, never deleted)."""

from __future__ import annotations

from ._company import add_company_options


def register(sub) -> None:
    p = sub.add_parser(
        "restore",
        help="list the backups of a company file, or put one in its place",
        description="Without --backup, list the backups of a company file, newest first, with their date and "
                    "size. With --backup, check that backup and put a copy of it in place of the company file; "
                    "the file it replaces is kept beside it as FILE.damaged-DATE, never deleted. The company "
                    "file must not be open in ClaimDesk meanwhile.",
    )
    add_company_options(p)
    p.add_argument("--backup", metavar="B",
                   help="the backup to restore: its name as listed, its path, or 'latest'")
    p.set_defaults(run=run)


def run(args) -> int:
    from pathlib import Path

    from ..cli import UserError
    from ..services.workspace import backups_of, restore_backup
    from ._company import company_path, user_errors

    path = company_path(args)
    found = backups_of(path)
    if args.backup is None:
        if not found:
            raise UserError(f"No backups of {path.name} were found (they are kept in {path.name}-backups beside it).")
        print(f"Backups of {path.name}, newest first:")
        for b in found:
            print(f"  {b.saved_at.strftime('%Y-%m-%d %H:%M')}  {_size(b.size):>9}  {b.path.name}")
        print(f"Restore one with: claimdesk restore --company {path} --backup NAME")
        return 0
    if args.backup == "latest":
        if not found:
            raise UserError(f"No backups of {path.name} were found.")
        backup = found[0].path
    else:
        named = [b.path for b in found if b.path.name == args.backup]
        backup = named[0] if named else Path(args.backup).expanduser()
        if not backup.is_file():
            raise UserError(f"There is no backup {args.backup} of {path.name}; "
                            f"list them with: claimdesk restore --company {path}")
    with user_errors():
        kept = restore_backup(path, backup)
    print(f"Restored {path} from {backup.name}.")
    if kept != path:
        print(f"The file it replaced was kept as {kept.name}.")
    return 0


def _size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)
