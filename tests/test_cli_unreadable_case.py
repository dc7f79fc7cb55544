"""One rule for a case file that cannot be read, as the README states it: missing or not openable
is a failure (exit 1, "claimdesk: cannot read FILE: reason"); a folder is invalid input (exit 2)."""

from __future__ import annotations

import errno
import os

import pytest

from claimdesk.cli import main
from tests.conftest import ROOT

COMMANDS = (["estimate"], ["render", "--out", "x.pdf"], ["import", "--company", "c.claimdesk"])


def test_the_readme_states_the_rule():
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert ("A case file that is missing or cannot be opened is such a failure "
            "(`claimdesk: cannot read FILE: reason`, exit 1); one that is not a regular file, too large or "
            "not a valid case is invalid input (exit 2).") in readme


@pytest.mark.parametrize("command", COMMANDS)
def test_a_case_file_that_cannot_be_opened_exits_1_naming_it(tmp_path, capsys, monkeypatch, command):
    case = tmp_path / "locked.json"
    case.write_text("{}", encoding="utf-8")
    real_open = os.open

    def refuse(path, *args, **kwargs):  # as for a file without read permission (the tests may run as root)
        if os.fspath(path) == os.fspath(case):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(os, "open", refuse)
    code = main([command[0], str(case), *command[1:]])
    captured = capsys.readouterr()
    assert (code, captured.out) == (1, "")
    assert captured.err == f"claimdesk: cannot read {case}: {os.strerror(errno.EACCES)}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["locked.json"]  # nothing written


@pytest.mark.parametrize("command", COMMANDS)
def test_a_folder_given_as_the_case_file_is_invalid_input(tmp_path, capsys, monkeypatch, command):
    (tmp_path / "case.json").mkdir()
    monkeypatch.chdir(tmp_path)
    code = main([command[0], "case.json", *command[1:]])
    captured = capsys.readouterr()
    assert code == 2 and captured.err.startswith("(document): ") and "not a regular file" in captured.err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.json"]
