"""`claimdesk batch`: a network's members' letters in one run, as a user runs it."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from claimdesk.services import batch

from .conftest import EXAMPLES


def claimdesk(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "claimdesk", *map(str, args)], capture_output=True, text=True,
                          timeout=120, **kwargs)


@pytest.fixture
def cases(tmp_path) -> list[Path]:
    """The two examples, an invalid case, and a second 'bakery-vancouver.json' in another folder."""
    folder = tmp_path / "cases"
    (folder / "east").mkdir(parents=True)
    bakery = shutil.copy(EXAMPLES / "bakery-vancouver.json", folder / "bakery-vancouver.json")
    travel = shutil.copy(EXAMPLES / "travel-agency-lyon.json", folder / "travel-agency-lyon.json")
    doc = json.loads(Path(bakery).read_text(encoding="utf-8"))
    doc["outages"][0]["end"] = "2019-08-01T08:15:00-07:00"
    doc["contract"]["monthly_fee"] = "129,00"
    broken = folder / "broken.json"
    broken.write_text(json.dumps(doc), encoding="utf-8")
    twin = shutil.copy(EXAMPLES / "bakery-vancouver.json", folder / "east" / "bakery-vancouver.json")
    return [Path(bakery), Path(travel), broken, Path(twin)]


def read_csv(path: Path) -> list[dict]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def test_batch_writes_each_valid_letter_and_summary_names_the_invalid_case_and_exits_2(cases, tmp_path):
    out = tmp_path / "letters"
    result = claimdesk("batch", *cases, "--out-dir", out, "--jobs", "2")
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert f"{cases[2]}: outages[0].end: must be after start (2019-08-01T08:15:00-07:00)" in lines
    assert any(line.startswith(f"{cases[2]}: contract.monthly_fee: ") for line in lines)
    assert all(line.startswith(f"{cases[2]}: ") for line in lines)
    assert sorted(p.name for p in out.iterdir()) == [
        "bakery-vancouver-2.json", "bakery-vancouver-2.pdf", "bakery-vancouver.json", "bakery-vancouver.pdf",
        "batch.csv", "travel-agency-lyon.json", "travel-agency-lyon.pdf"]

    rows = read_csv(out / "batch.csv")
    assert list(rows[0]) == list(batch.CSV_COLUMNS)
    assert [r["file"] for r in rows] == [str(p) for p in cases]
    assert [r["status"] for r in rows] == ["written", "written", "invalid", "written"]
    assert rows[0] | {"file": ""} == {
        "file": "", "company": "Fraser Street Bakery Ltd.", "provider": "TELUS Communications Inc.",
        "customer_number": "B-00412-778", "outage_hours": "122.75", "total_claimed": "2179.11",
        "currency": "CAD", "status": "written", "problem": ""}
    assert rows[1]["total_claimed"] == "523.80" and rows[1]["currency"] == "EUR"
    assert "outages[0].end: must be after start" in rows[2]["problem"] and rows[2]["company"] == ""

    # The very letter and figures `claimdesk render` writes for the same case.
    single = claimdesk("render", cases[1], "--out", tmp_path / "one.pdf", "--summary", tmp_path / "one.json")
    assert single.returncode == 0, single.stderr
    assert (out / "travel-agency-lyon.pdf").read_bytes() == (tmp_path / "one.pdf").read_bytes()
    assert json.loads((out / "travel-agency-lyon.json").read_text(encoding="utf-8")) == \
        json.loads((tmp_path / "one.json").read_text(encoding="utf-8"))


def test_a_clean_batch_is_silent_off_a_terminal_and_exits_0(cases, tmp_path):
    out = tmp_path / "letters"
    result = claimdesk("batch", cases[0], cases[1], "--out-dir", out)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    assert len(PdfReader(out / "bakery-vancouver.pdf").pages) >= 3


def test_batch_refuses_to_write_over_its_own_case_files(cases):
    folder = cases[0].parent
    before = {p: p.read_bytes() for p in cases}
    result = claimdesk("batch", cases[0], cases[1], "--out-dir", folder)
    assert result.returncode == 2
    assert f"--out-dir: would overwrite the input file {cases[0]}; choose another output folder" in \
        result.stderr.splitlines()
    assert {p: p.read_bytes() for p in cases} == before
    assert not list(folder.glob("*.pdf")) and not (folder / "batch.csv").exists()


@pytest.mark.parametrize("jobs", ["0", "two"])
def test_jobs_must_be_a_positive_number(cases, tmp_path, jobs):
    result = claimdesk("batch", cases[0], "--out-dir", tmp_path / "o", "--jobs", jobs)
    assert result.returncode == 2 and "--jobs: must be a whole number from 1 to 256" in result.stderr
    assert not (tmp_path / "o").exists()


def test_cancelling_finishes_the_letters_in_hand_and_marks_the_rest(cases, tmp_path):
    out = tmp_path / "letters"
    seen = []
    report = batch.run_batch([cases[0], cases[1], cases[3]], out, jobs=1, progress=seen.append,
                             cancelled=lambda: len(seen) >= 1)
    assert report.interrupted
    assert [r.status for r in report.results] == ["written", "interrupted", "interrupted"]
    assert sorted(p.name for p in out.iterdir()) == ["bakery-vancouver.json", "bakery-vancouver.pdf", "batch.csv"]
    assert [r["status"] for r in read_csv(out / "batch.csv")] == ["written", "interrupted", "interrupted"]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT")
def test_ctrl_c_stops_cleanly_without_half_written_files(tmp_path):
    folder = tmp_path / "cases"
    folder.mkdir()
    paths = [shutil.copy(EXAMPLES / "bakery-vancouver.json", folder / f"shop-{i:02d}.json") for i in range(40)]
    out = tmp_path / "letters"
    process = subprocess.Popen([sys.executable, "-m", "claimdesk", "batch", *paths, "--out-dir", str(out),
                                "--jobs", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not list(out.glob("*.pdf")) and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "interrupted;" in stderr and "Traceback" not in stderr
    assert not [p for p in os.listdir(out) if p.endswith(".tmp")]
    rows = read_csv(out / "batch.csv")
    written = [r for r in rows if r["status"] == "written"]
    assert 1 <= len(written) < 40
    assert {r["status"] for r in rows} == {"written", "interrupted"}
    for row in written:  # every letter on disk is whole
        name = Path(row["file"]).stem
        assert len(PdfReader(out / f"{name}.pdf").pages) >= 3
        assert json.loads((out / f"{name}.json").read_text(encoding="utf-8"))["total_claimed"] == "2179.11"
    assert len(list(out.glob("*.pdf"))) == len(written)


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminal")
def test_a_terminal_shows_a_progress_bar(cases, tmp_path):
    import pty

    leader, follower = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "claimdesk", "batch", str(cases[0]), str(cases[1]),
                                "--out-dir", str(tmp_path / "o"), "--jobs", "1"],
                               stdin=follower, stdout=follower, stderr=follower,
                               env={**os.environ, "COLUMNS": "100", "TERM": "xterm"})
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert process.wait(timeout=60) == 0
    assert b"letters" in shown and b"/2" in shown


def test_dossier_writes_each_cases_claim_dossier_beside_its_letter(cases, tmp_path):
    out = tmp_path / "letters"
    result = claimdesk("batch", cases[1], "--out-dir", out, "--dossier", "--jobs", "1")
    assert (result.returncode, result.stderr) == (0, "")
    letter = len(PdfReader(out / "travel-agency-lyon.pdf").pages)
    assert len(PdfReader(out / "travel-agency-lyon-dossier.pdf").pages) >= letter
