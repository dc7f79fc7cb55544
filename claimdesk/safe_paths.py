"""Paths the user or a received case file names, checked before anything is read or written.

* :func:`check_outputs` — every command that writes a file asks it first: a letter, a summary or
  a case file must never replace a company file, its backups, its journal or lock files, nor the
  file being read.
* :func:`evidence_path` — an evidence file named by a case file must lie inside the case file's
  folder and be a regular file: a case file someone sends must not pull ``/etc/shadow`` or a
  device into a company file or a letter.
* :func:`read_limited` — a file read with a size limit that holds for devices and pipes too.
* :func:`finish_temp` — a finished temporary file gets the mode a new file would have (umask).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path, PurePosixPath, PureWindowsPath

from .domain import bounds
from .domain.problems import Problem, ValidationError

COMPANY_SUFFIX = ".claimdesk"
# SQLite's header and the offset of its application_id (big-endian), see sqlite.org/fileformat.html
_SQLITE_HEADER = b"SQLite format 3\x00"
_APPLICATION_ID_OFFSET = 68
# What SQLite and ClaimDesk keep beside a company file.
_COMPANION_SUFFIXES = ("-wal", "-shm", "-journal", ".lock")
_BACKUP_FOLDER_SUFFIX = COMPANY_SUFFIX + "-backups"


class CannotRead(OSError):
    """A file that could not be opened or read at all (missing, no permission): exit 1, not 2,
    since nothing is wrong with its content."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"cannot read {path}: {reason}")
        self.message = str(self)


# ---- writing -----------------------------------------------------------------------------------


def _is_company_file_by_content(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            head = f.read(100)
    except OSError:
        return False
    if not head.startswith(_SQLITE_HEADER) or len(head) < _APPLICATION_ID_OFFSET + 4:
        return False
    from .storage.schema import APPLICATION_ID

    app_id = int.from_bytes(head[_APPLICATION_ID_OFFSET:_APPLICATION_ID_OFFSET + 4], "big")
    return app_id == APPLICATION_ID


def protected_reason(path: str | os.PathLike) -> str | None:
    """Why ``path`` must not be written over, or None: a company file (by its name or its content),
    a file that SQLite or ClaimDesk keeps beside one, or anything in its backups folder."""
    path = Path(path)
    try:
        resolved = path.resolve()  # a link is judged by what it leads to as well
    except (OSError, RuntimeError):
        resolved = path.absolute()
    for name in {path.name.lower(), resolved.name.lower()}:
        if name.endswith(COMPANY_SUFFIX):
            return "it is a company file"
        if any(name.endswith(COMPANY_SUFFIX + s) for s in _COMPANION_SUFFIXES):
            return "it belongs to a company file"
    if any(p.name.lower().endswith(_BACKUP_FOLDER_SUFFIX) for p in resolved.parents):
        return "it is in a company file's backups folder"
    if resolved.is_file() and _is_company_file_by_content(resolved):
        return "it is a company file"
    return None


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return a.absolute() == b.absolute()


def check_outputs(outputs: dict[str, str | os.PathLike | None], *,
                  reading: tuple[str | os.PathLike, ...] = ()) -> None:
    """Refuse (ValidationError, exit 2) to write any of ``outputs`` (``{"--out": path, …}``) over a
    company file, its companions, a file being read, or another of the outputs. Nothing is written
    when one of them is refused."""
    problems: list[Problem] = []
    seen: dict[Path, str] = {}
    for option, target in outputs.items():
        if target is None:
            continue
        path = Path(target)
        if len(path.name.encode("utf-8", "surrogateescape")) > 255:
            problems.append(Problem(option, f"the file name is too long ({len(path.name)} characters): {path}",
                                    "name_too_long", {"file": str(path)}))
            continue
        if path.is_dir():
            problems.append(Problem(option, f"{path} is a folder: name the file to write", "output_folder",
                                    {"file": str(path)}))
            continue
        reason = protected_reason(path)
        if reason is None and any(_same_file(path, Path(r)) for r in reading):
            reason = "it is the file being read"
        if reason is None:
            twin = next((o for p, o in seen.items() if _same_file(p, path)), None)
            if twin is not None:
                reason = f"{twin} names the same file"
        if reason is not None:
            problems.append(Problem(option, f"will not write over {path}: {reason}; choose another file",
                                    "protected_output", {"file": str(path)}))
        seen[path] = option
    if problems:
        raise ValidationError(problems)


def missing_folder(target: str | os.PathLike) -> OSError | None:
    """An error naming the folder of ``target`` if it does not exist (or is not a folder)."""
    folder = Path(target).parent
    if folder.is_dir():
        return None
    return FileNotFoundError(f"cannot write {target}: the folder {folder}{os.sep} does not exist")


def current_umask() -> int:
    """The process's umask, read without changing it where the system allows."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # elsewhere the only way to read it is to set it, for a moment
    os.umask(mask)
    return mask


def finish_temp(temp: str | os.PathLike) -> None:
    """A temporary file made by tempfile.mkstemp is private (0600); the file it becomes should be
    like any new file of the user's: 0666 less the umask."""
    if os.name == "posix":
        os.chmod(temp, 0o666 & ~current_umask())


# ---- reading -------------------------------------------------------------------------------------


def read_limited(path: str | os.PathLike, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes.

    Raises CannotRead when it cannot be opened, ValidationError (``(document)``) when it is not a
    regular file (a folder, a device such as /dev/zero, a pipe) or is larger. At most ``limit + 1``
    bytes are ever read, whatever the file claims its size is.
    """
    path = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)  # a pipe must not block
    try:
        fd = os.open(path, flags)
    except IsADirectoryError:
        raise _not_regular(path) from None
    except OSError as exc:
        raise CannotRead(path, exc.strerror or str(exc)) from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise _not_regular(path)
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise CannotRead(path, exc.strerror or str(exc)) from None
    finally:
        os.close(fd)
    if size > limit:
        shown = f"{limit // 2**20} MB" if limit >= 2**20 else f"{limit} bytes"
        raise ValidationError([Problem("(document)", f"the file is larger than {shown}", "too_large")])
    return b"".join(chunks)


def _not_regular(path: Path) -> ValidationError:
    return ValidationError([Problem("(document)", f"{path} is not a regular file (a folder, a device or a "
                                                  "pipe)", "not_regular")])


def evidence_problem(base: str | os.PathLike, name: str) -> tuple[str, str] | None:
    """Why an evidence file named ``name`` in a case file read from ``base`` cannot be used, as
    ``(code, message)``, or None. It must be a relative path that stays inside ``base`` (also
    through links) and names an existing regular file."""
    if "\x00" in name or any(ch in name for ch in "\r\n"):
        return "bad_path", "contains a control character"
    posix, windows = PurePosixPath(name), PureWindowsPath(name)
    if posix.is_absolute() or windows.is_absolute() or windows.drive or name.startswith(("/", "\\")):
        return "outside_path", f"must be a path relative to the case file's folder, not {name!r}"
    parts = windows.parts  # splits on both / and \
    if ".." in parts:
        return "outside_path", f"must stay inside the case file's folder (no '..'): {name!r}"
    long = next((p for p in parts if len(p) > bounds.MAX_FILE_NAME or len(p.encode("utf-8", "surrogatepass")) > 255),
                None)
    if long is not None:
        return "name_too_long", f"a file name of at most {bounds.MAX_FILE_NAME} characters ({len(long)} here)"
    base = Path(base)
    try:
        real_base = base.resolve(strict=True)
        real = (base / name).resolve(strict=True)
    except FileNotFoundError:
        return "missing_file", f"file not found: {name}"
    except (OSError, RuntimeError) as exc:  # a loop of links, a name the system refuses
        return "bad_path", f"cannot be opened: {getattr(exc, 'strerror', None) or exc}"
    if not real.is_relative_to(real_base):
        return "outside_path", f"leads outside the case file's folder (through a link): {name!r}"
    try:
        mode = os.stat(real).st_mode
    except OSError as exc:
        return "bad_path", f"cannot be opened: {exc.strerror or exc}"
    if not stat.S_ISREG(mode):
        return "not_regular", f"not a regular file (a folder, a device or a pipe): {name!r}"
    return None


def check_evidence(base: str | os.PathLike, files: list[tuple[str, str]], *, missing_ok: bool = False) -> None:
    """Raise ValidationError naming every evidence ``(path, name)`` that cannot be used (a missing
    one is let through with ``missing_ok``)."""
    problems = []
    for path, name in files:
        found = evidence_problem(base, name)
        if found is not None and not (missing_ok and found[0] == "missing_file"):
            code, message = found
            problems.append(Problem(path, message, code, {"file": name}))
    if problems:
        raise ValidationError(problems)
