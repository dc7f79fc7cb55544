"""What a received case file or a slip on the command line must never do: write over a company
file, read files outside the case's folder, hang, or end in a traceback (issues 14 and 17)."""

from __future__ import annotations

import copy
import io
import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from claimdesk import cli
from claimdesk.casefile import read
from claimdesk.domain import bounds
from claimdesk.domain.model import MoneyItem

DATA = Path(__file__).parent / "data"
BAKERY = json.loads((DATA / "bakery-vancouver.json").read_text(encoding="utf-8"))


def run(capsys, *args) -> tuple[int, str, str]:
    """The command line in this process (a subprocess costs a second of start-up per run)."""
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def case_file(folder: Path, change=None, name: str = "case.json") -> Path:
    doc = copy.deepcopy(BAKERY)
    if change:
        change(doc)
    path = folder / name
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


@pytest.fixture
def company(tmp_path, capsys) -> Path:
    """A company file with the bakery's claim (id 1), and its automatic companions."""
    path = tmp_path / "bakery.claimdesk"
    code, _, err = run(capsys, "import", case_file(tmp_path, name="seed.json"), "--company", path)
    assert code == 0, err
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# ---- 1. no output over a company file -------------------------------------------------------------


def _protected_targets(tmp_path: Path, company: Path) -> dict[str, Path]:
    disguised = tmp_path / "letter.pdf"  # a company file under another name: known by its content
    shutil.copyfile(company, disguised)
    backups = tmp_path / "bakery.claimdesk-backups"
    backups.mkdir(exist_ok=True)
    (backups / "bakery-20190801-manual.claimdesk").write_bytes(company.read_bytes())
    for suffix in ("-wal", "-shm", ".lock"):
        Path(f"{company}{suffix}").write_bytes(b"companion")
    (tmp_path / "link.pdf").symlink_to(Path(f"{company}-wal"))
    return {"company file": company, "renamed company file": disguised, "link to a companion": tmp_path / "link.pdf",
            "backup": backups / "bakery-20190801-manual.claimdesk", "backup folder": backups / "new.pdf",
            "wal": Path(f"{company}-wal"), "shm": Path(f"{company}-shm"), "lock": Path(f"{company}.lock")}


@pytest.mark.parametrize("target", ["company file", "renamed company file", "link to a companion", "backup",
                                    "backup folder", "wal", "shm", "lock"])
@pytest.mark.parametrize("command", ["render --out", "render --summary", "export --out"])
def test_no_command_writes_over_a_company_file_or_its_companions(tmp_path, capsys, company, target, command):
    path = _protected_targets(tmp_path, company)[target]
    case = case_file(tmp_path)
    before = snapshot(tmp_path)
    if command == "render --out":
        args = ["render", case, "--out", path]
    elif command == "render --summary":
        args = ["render", case, "--out", tmp_path / "fine.pdf", "--summary", path]
    else:
        args = ["export", "--company", company, "--claim", 1, "--out", path]
    code, _, err = run(capsys, *args)
    option = command.split()[1]
    assert code == 2
    assert err.startswith(f"{option}: will not write over {path}: ")
    assert err.count("\n") == 1
    assert snapshot(tmp_path) == before  # nothing written, not even the other output


def test_render_never_writes_over_the_case_file_it_reads(tmp_path, capsys):
    case = case_file(tmp_path)
    before = case.read_bytes()
    for args in (["--out", case], ["--out", tmp_path / "x.pdf", "--summary", case],
                 ["--out", tmp_path / "x.pdf", "--summary", tmp_path / "x.pdf"]):
        code, _, err = run(capsys, "render", case, *args)
        assert code == 2 and "will not write over" in err
    assert case.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.json"]


def test_an_output_that_is_a_folder_is_named(tmp_path, capsys):
    case = case_file(tmp_path)
    code, _, err = run(capsys, "render", case, "--out", tmp_path)
    assert (code, err) == (2, f"--out: {tmp_path} is a folder: name the file to write\n")


def test_long_output_names(tmp_path, capsys):
    case = case_file(tmp_path)
    too_long = tmp_path / ("a" * 300 + ".pdf")
    code, _, err = run(capsys, "render", case, "--out", too_long)
    assert (code, err) == (2, f"--out: the file name is too long (304 characters): {too_long}\n")
    longest = tmp_path / ("a" * 251 + ".pdf")  # 255 bytes: allowed, and so must be its temporary file
    code, _, err = run(capsys, "render", case, "--out", longest)
    assert code == 0, err
    assert longest.read_bytes().startswith(b"%PDF")


def test_an_ordinary_existing_file_is_still_replaced(tmp_path, capsys):
    case = case_file(tmp_path)
    out = tmp_path / "letter.pdf"
    out.write_bytes(b"an older letter")
    code, _, err = run(capsys, "render", case, "--out", out)
    assert code == 0, err
    assert out.read_bytes().startswith(b"%PDF")


# ---- 2. evidence only inside the case file's folder -------------------------------------------------


@pytest.fixture
def outside(tmp_path) -> Path:
    secret = tmp_path / "secret.txt"
    secret.write_text("root:$6$hash:19000:0:99999:7:::\n")
    return secret


def _evidence_cases(tmp_path: Path, outside: Path) -> dict[str, str]:
    folder = tmp_path / "case"
    (folder / "proof").mkdir(parents=True)
    (folder / "proof" / "ok.txt").write_text("ticket")
    (folder / "proof" / "link-out").symlink_to(outside)
    os.mkfifo(folder / "proof" / "pipe")
    return {"absolute": str(outside), "dotdot": "../secret.txt", "dotdot inside": "proof/../../secret.txt",
            "link out": "proof/link-out", "device": "/dev/zero", "pipe": "proof/pipe", "folder": "proof",
            "backslashes": "..\\secret.txt", "windows drive": "C:\\Windows\\win.ini", "home": "~/secret.txt"}


@pytest.mark.parametrize("kind", ["absolute", "dotdot", "dotdot inside", "link out", "device", "pipe", "folder",
                                  "backslashes", "windows drive", "home"])
@pytest.mark.parametrize("command", ["estimate", "render", "import"])
def test_evidence_outside_the_case_folder_is_refused(tmp_path, capsys, outside, kind, command):
    name = _evidence_cases(tmp_path, outside)[kind]
    evidence = [{"file": "proof/ok.txt"}, {"file": name}]
    case = case_file(tmp_path / "case", lambda d: d["outages"][0].update(evidence=evidence))
    extra = {"estimate": [], "render": ["--out", tmp_path / "letter.pdf"],
             "import": ["--company", tmp_path / "new.claimdesk"]}[command]
    started = time.monotonic()
    code, out, err = run(capsys, command, case, *extra)
    assert time.monotonic() - started < 10  # a pipe or a device is not opened, let alone read
    assert code == 2
    assert err.startswith("outages[0].evidence[1].file: ") and err.count("\n") == 1
    assert "hash" not in out + err
    assert not (tmp_path / "letter.pdf").exists() and not (tmp_path / "new.claimdesk").exists()


def test_evidence_inside_the_folder_through_a_link_is_fine(tmp_path, capsys):
    folder = tmp_path / "case"
    (folder / "proof").mkdir(parents=True)
    (folder / "proof" / "sms.txt").write_text("ticket")
    (folder / "latest.txt").symlink_to(folder / "proof" / "sms.txt")
    case = case_file(folder, lambda d: d["outages"][0].update(evidence=[{"file": "latest.txt"}]))
    code, _, err = run(capsys, "render", case, "--out", tmp_path / "letter.pdf")
    assert code == 0, err


def test_the_import_service_refuses_evidence_outside_the_case_folder(tmp_path, outside):
    """The path the desktop app's File ▸ Import takes, for a case given to it already read."""
    from claimdesk.domain.model import Evidence
    from claimdesk.domain.problems import ValidationError
    from claimdesk.services.workspace import import_case_into

    case = read(DATA / "bakery-vancouver.json")
    case = replace(case.with_outages([replace(case.outages[0], evidence=(Evidence(str(outside)),))]),
                   base_dir=str(tmp_path / "elsewhere"))
    with pytest.raises(ValidationError) as info:
        import_case_into(case, tmp_path / "new.claimdesk")
    assert [p.path for p in info.value.problems] == ["outages[0].evidence[0].file"]
    assert not (tmp_path / "new.claimdesk").exists()


def test_the_app_import_reads_case_files_with_the_same_rules(tmp_path, outside):
    from claimdesk.domain.problems import ValidationError
    from claimdesk.services.workspace import read_case

    (tmp_path / "case").mkdir()
    case = case_file(tmp_path / "case", lambda d: d["outages"][0].update(evidence=[{"file": "../secret.txt"}]))
    with pytest.raises(ValidationError) as info:
        read_case(case)
    assert str(info.value).startswith("outages[0].evidence[0].file: must stay inside the case file's folder")


# ---- 3. invisible characters never reach the letter ---------------------------------------------------

INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad\u2060"


def test_zero_width_and_bidi_override_characters_are_dropped_from_the_pdf(tmp_path):
    from pypdf import PdfReader

    from claimdesk.services.render import render_pdf

    case = read(DATA / "bakery-vancouver.json")
    spiked = lambda text: INVISIBLE.join(text)  # noqa: E731 - a character between every letter
    company = replace(case.company, name=spiked("Harbour") + " Bakery")
    contract = replace(case.contract, provider=spiked("Telus"))
    outage = replace(case.outages[0], description=spiked("Line dead") + " \u202egpj.exe",
                     provider_reference=spiked("TKT-7"))
    case = replace(case.with_outages([outage]), company=company, contract=contract,
                   extra_costs=(MoneyItem(spiked("Taxi"), Decimal("12.00")),))
    pdf = render_pdf(case).pdf
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert not set(INVISIBLE) & set(text)
    for visible in ("Harbour", "Telus", "Line dead", "gpj.exe", "TKT-7", "Taxi"):
        assert visible in text, visible
    assert not set(INVISIBLE) & set(reader.metadata.author or "")


# ---- 4. invalid input: exit 2 with a path, quickly -------------------------------------------------


def _outage(**fields):
    return lambda d: d["outages"][0].update(**fields)


FAULTS = {
    "year 1": (_outage(start="0001-01-01T00:00:00+01:00"), "outages[0].start: must be from 1990-01-01 to "),
    "year 9999": (_outage(end="9999-12-31T23:59:00-01:00"), "outages[0].end: must be from 1990-01-01 to "),
    "year 2 to 9998": (_outage(start="0002-01-01T00:00:00Z", end="9998-01-01T00:00:00Z"), "outages[0].start: "),
    "400 days": (_outage(end="2020-09-10T00:00:00-07:00"), "outages[0].end: an outage lasts at most 366 days"),
    "claim date": (lambda d: d["claim"].update(date="0001-01-01"), "claim.date: must be from 1990-01-01"),
    "closed date": (lambda d: d["company"].update(closed_dates=["9999-12-31"]), "company.closed_dates[0]: "),
    "28 digits": (lambda d: d["contract"].update(monthly_fee="1234567890123456789012345678"),
                  "contract.monthly_fee: must be at most 1000000000"),
    "huge turnover": (lambda d: d["company"]["baseline"]["standard_turnover"].update(tue="9" * 27),
                      "company.baseline.standard_turnover.tue: must be at most"),
    "tiny order value": (lambda d: d["company"]["baseline"].update(average_order_value="0." + "0" * 26 + "1"),
                         "company.baseline.average_order_value: must be at least 0.01"),
    "fine rate": (lambda d: d["company"]["baseline"].update(gross_profit_rate="0." + "3" * 27),
                  "company.baseline.gross_profit_rate: at most 6 decimals"),
    "fine share": (lambda d: d["company"]["channels"][0].update(share="0." + "1" * 27),
                   "company.channels[0].share: at most 6 decimals"),
    "money decimals": (lambda d: d.update(extra_costs=[{"label": "x", "amount": "1.001"}]),
                       "extra_costs[0].amount: at most 2 decimals"),
    "300-char evidence": (_outage(evidence=[{"file": "a" * 300 + ".pdf"}]),
                          "outages[0].evidence[0].file: a file name of at most 200 characters"),
    "NUL in a name": (lambda d: d["company"].update(name="Bak\x00ery"), "company.name: contains a NUL character"),
    "newline and NUL in a key": (lambda d: d["company"].update({"na\nme\x00": "x"}),
                                 "company.na\\nme\\x00: unknown key"),
    "localtime": (lambda d: d["company"].update(timezone="localtime"), "company.timezone: unknown time zone"),
    "Factory": (lambda d: d["company"].update(timezone="Factory"), "company.timezone: unknown time zone"),
    "right/": (lambda d: d["company"].update(timezone="right/America/Vancouver"), "company.timezone: unknown"),
    "posix/": (lambda d: d["company"].update(timezone="posix/America/Vancouver"), "company.timezone: unknown"),
    "lone surrogate": (_outage(description="broken \ud800 text"),
                       "outages[0].description: contains an invalid character"),
    "1 MB description": (_outage(description="x" * 1_000_000), "outages[0].description: at most 2000 characters"),
    "long name": (lambda d: d["company"].update(name="n" * 201), "company.name: at most 200 characters"),
    "long label": (lambda d: d.update(savings=[{"label": "l" * 201, "amount": "1.00"}]),
                   "savings[0].label: at most 200 characters"),
    "long address line": (lambda d: d["contract"].update(provider_address=["a" * 201]),
                          "contract.provider_address[0]: at most 200 characters"),
    "100,000 outages": (lambda d: d.update(outages=d["outages"] * 100_000),
                        "outages: at most 10000 outages in one case (this one has 100000)"),
    "many address lines": (lambda d: d["company"].update(address=["x"] * 5000), "company.address: at most 1000"),
}


@pytest.mark.parametrize("fault", list(FAULTS))
@pytest.mark.parametrize("command", ["estimate", "import"])
def test_invalid_input_exits_2_quickly_with_its_path(tmp_path, capsys, fault, command):
    change, expected = FAULTS[fault]
    case = case_file(tmp_path, change)
    company = tmp_path / "new.claimdesk"
    started = time.monotonic()
    code, out, err = run(capsys, command, case, *(["--company", company] if command == "import" else []))
    assert time.monotonic() - started < 5
    assert code == 2, err
    assert any(line.startswith(expected) for line in err.splitlines()), err
    assert all(": " in line for line in err.splitlines())
    assert out == "" and not company.exists()


def test_a_duplicate_key_is_refused_with_its_path(tmp_path, capsys):
    text = json.dumps(BAKERY).replace('"trend": ', '"trend": "0.5", "trend": ', 1)
    case = tmp_path / "case.json"
    case.write_text(text, encoding="utf-8")
    code, _, err = run(capsys, "estimate", case)
    assert (code, err) == (2, "company.baseline.trend: this key appears more than once in its object\n")


def test_a_device_or_a_pipe_as_the_case_file_is_refused_without_reading_it(tmp_path, capsys):
    os.mkfifo(tmp_path / "pipe.json")
    for path in ("/dev/zero", tmp_path / "pipe.json", tmp_path):
        started = time.monotonic()
        code, _, err = run(capsys, "estimate", path)
        assert time.monotonic() - started < 5
        assert code == 2 and err.startswith("(document): ") and "not a regular file" in err


def test_a_case_file_over_the_size_limit_is_refused(tmp_path, capsys, monkeypatch):
    from claimdesk import casefile

    monkeypatch.setattr(casefile, "MAX_BYTES", 1000)
    code, _, err = run(capsys, "estimate", case_file(tmp_path))
    assert (code, err) == (2, "(document): the file is larger than 1000 bytes\n")


def test_the_time_zone_list_is_the_canonical_one_computed_once():
    zones = bounds.canonical_timezones()
    assert {"Europe/Paris", "America/Vancouver", "Europe/Zurich", "America/Toronto"} <= zones
    assert not any(z.startswith(("right/", "posix/")) or z in ("localtime", "Factory") for z in zones)
    assert bounds.canonical_timezones() is zones


def test_the_bounds_are_importable_by_the_interface():
    from datetime import date

    assert bounds.EARLIEST_DATE == date(1990, 1, 1)
    assert bounds.latest_date(date(2024, 2, 29)) == date(2034, 2, 28)
    assert bounds.MAX_OUTAGE_DAYS == 366 and bounds.MAX_OUTAGES == 10_000
    assert bounds.MAX_MONEY == Decimal("1000000000")
    assert bounds.text_limit("outages[3].description") == 2000 and bounds.text_limit("company.name") == 200


def test_rendering_time_grows_linearly_with_a_description(tmp_path):
    """The longest description allowed renders in about the time of a short one (it used to be
    quadratic: 10 k characters took 1.2 s)."""
    from claimdesk.services.render import render_pdf

    case = read(DATA / "bakery-vancouver.json")
    words = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 50)

    def seconds(n: int) -> float:
        c = case.with_outages([replace(case.outages[0], description=words[:n])])
        render_pdf(c)
        started = time.perf_counter()
        for _ in range(3):
            render_pdf(c)
        return (time.perf_counter() - started) / 3

    assert seconds(bounds.TEXT_LIMITS["description"]) < 3 * seconds(100) + 0.05


def test_many_long_money_items_split_across_pages_render(tmp_path):
    """A table row that cannot be split at a page's foot is drawn whole on the next page (it was
    drawn unwrapped: AttributeError, exit 1)."""
    from claimdesk.services.render import render_pdf

    case = read(DATA / "bakery-vancouver.json")
    case = replace(case, extra_costs=tuple(MoneyItem("y " * 100, Decimal("1.00")) for _ in range(50)))
    assert render_pdf(case).pdf.startswith(b"%PDF")


# ---- 5. the command line itself ------------------------------------------------------------------------


def claimdesk(*args, cwd=None, **kwargs):
    return subprocess.run([sys.executable, "-m", "claimdesk", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=120, **kwargs)


def test_debug_is_accepted_after_the_command_and_shows_the_traceback(tmp_path):
    case = case_file(tmp_path)
    result = claimdesk("render", case, "--out", tmp_path / "no-such-folder" / "x.pdf", "--debug")
    assert result.returncode == 1
    assert "Traceback" in result.stderr and "no-such-folder" in result.stderr


def test_rendering_into_a_missing_folder_names_that_folder(tmp_path, capsys):
    case = case_file(tmp_path)
    code, _, err = run(capsys, "render", case, "--out", tmp_path / "letters" / "x.pdf")
    assert code == 1
    assert err == f"claimdesk: cannot write {tmp_path / 'letters' / 'x.pdf'}: the folder {tmp_path / 'letters'}/ " \
                  "does not exist\n"
    assert ".tmp" not in err


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_rendered_files_follow_the_umask(tmp_path, capsys, umask, mode):
    case = case_file(tmp_path)
    old = os.umask(umask)
    try:
        code, _, err = run(capsys, "render", case, "--out", tmp_path / "x.pdf", "--summary", tmp_path / "x.json")
    finally:
        os.umask(old)
    assert code == 0, err
    assert (tmp_path / "x.pdf").stat().st_mode & 0o777 == mode
    assert (tmp_path / "x.json").stat().st_mode & 0o777 == mode


def test_a_closed_pipe_is_not_reported_as_an_error(tmp_path, company):
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone, as `| head -1` does after its line
    try:
        result = subprocess.run([sys.executable, "-m", "claimdesk", "outages", "--company", str(company), "--csv"],
                                stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=120)
    finally:
        os.close(write_end)
    assert result.stderr == ""


def test_one_problem_stays_one_line(capsys):
    from claimdesk.domain.problems import Problem

    code = cli._report_invalid([Problem("company.na\nme", "bad\x00 value \u202e here")])
    assert code == 2
    assert capsys.readouterr().err == "company.na\\nme: bad\\x00 value \\u202e here\n"
