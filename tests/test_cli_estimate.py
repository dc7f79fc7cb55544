"""`claimdesk estimate` as a user runs it: a separate process, its output and exit code."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from claimdesk import __version__

from .test_loss_examples import BAKERY, TRAVEL


def claimdesk(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "claimdesk", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=60)


@pytest.mark.parametrize("fixture, figures, extra", [
    ("bakery_path", BAKERY, {"currency": "CAD", "jurisdiction": "CA-BC", "language": "en", "kind": "claim",
                             "response_deadline": "2019-09-06", "legal_pack": "CA-BC-2026-11",
                             "law_regime": "CA-BC", "limitation_ends": ["2021-08-01"]}),
    ("travel_path", TRAVEL, {"currency": "EUR", "jurisdiction": "FR", "language": "fr", "kind": "claim",
                             "response_deadline": "2015-06-22", "legal_pack": "FR-2026-11",  # 20 June: a Saturday
                             "law_regime": "FR-pre-2016", "limitation_ends": ["2020-05-19", "2016-05-01"]}),
])
def test_estimate_prints_the_summary(request, fixture, figures, extra):
    result = claimdesk("estimate", request.getfixturevalue(fixture))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    summary = json.loads(result.stdout)
    assert summary == {"format": "claimdesk-summary/1", **extra, **figures}


def test_text_breakdown_is_in_the_company_locale_with_formulas(travel_path, bakery_path):
    text = claimdesk("estimate", "--text", travel_path).stdout
    assert "523,80\u00a0€" in text  # fr_FR, never split
    assert "F + P + C − V − K" in text
    assert "2 562,87\u00a0€ × 11\u00a0%" not in text  # percentages apply to S, shown in the P line
    assert "(S × 11\u00a0%) = 281,92\u00a0€" in text
    bakery = claimdesk("estimate", "--text", bakery_path).stdout
    assert "$2,179.11" in bakery and "122.75 h" in bakery


def test_invalid_case_exits_2_with_one_line_per_problem(bakery_path, tmp_path):
    doc = json.loads(bakery_path.read_text(encoding="utf-8"))
    doc["outages"][0]["end"] = "2019-08-01T08:15:00-07:00"
    doc["contract"]["monthly_fee"] = "129,00"
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(doc), encoding="utf-8")
    result = claimdesk("estimate", broken)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert "outages[0].end: must be after start (2019-08-01T08:15:00-07:00)" in lines
    assert any(line.startswith("contract.monthly_fee: decimal written with a comma") for line in lines)
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("command", [["estimate"], ["render", "--out", "x.pdf"], ["import", "--company", "c"]])
def test_missing_case_file_exits_1_with_one_line_naming_it(tmp_path, command):
    result = claimdesk(command[0], "absent.json", *command[1:], cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr == "claimdesk: cannot read absent.json: No such file or directory\n"
    assert list(tmp_path.iterdir()) == []


def test_unreadable_case_file_exits_1(tmp_path):
    import os

    case = tmp_path / "locked.json"
    case.write_text("{}")
    case.chmod(0)
    if os.access(case, os.R_OK):
        pytest.skip("running as a user who reads every file")
    result = claimdesk("estimate", case)
    assert (result.returncode, result.stderr) == (1, f"claimdesk: cannot read {case}: Permission denied\n")


def test_version_and_help():
    assert claimdesk("--version").stdout.strip() == f"ClaimDesk {__version__}"
    help_text = claimdesk("--help").stdout
    for command in ("estimate", "render", "import", "export", "outages", "claims"):
        assert f"    {command}" in help_text, command
    assert "Exit codes" in help_text
    assert "--text" in claimdesk("estimate", "--help").stdout


def test_estimate_loads_neither_qt_nor_reportlab(bakery_path):
    code = ("import sys, io, contextlib; from claimdesk.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()): rc = main(['estimate', sys.argv[1]])\n"
            "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'reportlab', 'sqlite3'))\n"
            "print(rc, heavy)")
    result = subprocess.run([sys.executable, "-c", code, str(bakery_path)], capture_output=True, text=True,
                            timeout=60)
    assert result.stdout.strip() == "0 []", result.stderr
