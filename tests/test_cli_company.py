"""The company-file commands as an accountant's script runs them."""

from __future__ import annotations

import csv
import io
import json
import os

from claimdesk.cli import main
from claimdesk.storage import CompanyFile


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_prints_the_claim_id_last_and_creates_the_file(capsys, tmp_path, bakery_path):
    code, out, err = run(capsys, "--data-dir", str(tmp_path), "import", str(bakery_path), "--company", "bakery")
    assert code == 0, err
    claim_id = int(out.split()[-1])
    with CompanyFile.open(tmp_path / "bakery.claimdesk") as cf:
        assert [c.id for c in cf.claims()] == [claim_id]
    # --data-dir also works after the command; the same case again is refused (exit 2, nothing
    # added), unless --again: then it is a second claim.
    code, out, err = run(capsys, "import", str(bakery_path), "--company", "bakery", "--data-dir", str(tmp_path))
    assert code == 2 and f"already imported into bakery.claimdesk as claim {claim_id}" in err and "--again" in err
    with CompanyFile.open(tmp_path / "bakery.claimdesk") as cf:
        assert [c.id for c in cf.claims()] == [claim_id]
    code, out, _ = run(capsys, "import", str(bakery_path), "--company", "bakery", "--data-dir", str(tmp_path),
                       "--again")
    assert code == 0 and int(out.split()[-1]) == claim_id + 1


def test_bare_name_defaults_to_the_data_folder(capsys, tmp_path, bakery_path, monkeypatch):
    monkeypatch.setenv("CLAIMDESK_DATA_DIR", str(tmp_path / "data"))
    assert run(capsys, "import", str(bakery_path), "--company", "bakery.claimdesk")[0] == 0
    assert (tmp_path / "data" / "bakery.claimdesk").is_file()


def test_export_writes_a_case_file_with_the_same_figures(capsys, tmp_path, travel_path):
    company = str(tmp_path / "files" / "lyon.claimdesk")
    _, out, _ = run(capsys, "import", str(travel_path), "--company", company)
    claim_id = out.split()[-1]
    target = tmp_path / "out" / "case.json"
    code, _, err = run(capsys, "export", "--company", company, "--claim", claim_id, "--out", str(target))
    assert code == 0, err
    _, before, _ = run(capsys, "estimate", str(travel_path))
    _, after, _ = run(capsys, "estimate", str(target))
    assert json.loads(after) == json.loads(before)


def test_outages_and_claims_listings(capsys, tmp_path, bakery_path):
    company = str(tmp_path / "b.claimdesk")
    run(capsys, "import", str(bakery_path), "--company", company)
    code, out, _ = run(capsys, "outages", "--company", company)
    assert code == 0 and "TKT-2019-081734" in out and "2019-08-01 08:15" in out and "122.75" in out
    code, out, _ = run(capsys, "outages", "--company", company, "--csv")
    (row,) = csv.DictReader(io.StringIO(out))
    assert row["service"] == "email" and row["start"] == "2019-08-01T08:15:00-07:00"
    code, out, _ = run(capsys, "claims", "--company", company)
    assert code == 0 and "2179.11 CAD" in out and "draft" in out
    code, out, _ = run(capsys, "claims", "--company", company, "--csv")
    (row,) = csv.DictReader(io.StringIO(out))
    assert row["amount_claimed"] == "2179.11"


def test_errors_are_one_plain_line(capsys, tmp_path, bakery_path, travel_path):
    code, out, err = run(capsys, "outages", "--company", str(tmp_path / "none.claimdesk"))
    assert code == 1 and err.strip() == "claimdesk: none.claimdesk does not exist."
    company = str(tmp_path / "b.claimdesk")
    run(capsys, "import", str(bakery_path), "--company", company)
    code, _, err = run(capsys, "import", str(travel_path), "--company", company)
    assert code == 1 and len(err.strip().splitlines()) == 1 and "belongs to" in err
    code, _, err = run(capsys, "export", "--company", company, "--claim", "99", "--out", str(tmp_path / "x.json"))
    assert code == 1 and "no claim number 99" in err and not (tmp_path / "x.json").exists()


def test_listings_and_export_work_while_the_app_has_the_file_open(capsys, tmp_path, bakery_path, monkeypatch):
    from claimdesk.services import company_io

    monkeypatch.setattr(company_io, "IMPORT_WAIT_SECONDS", 0.3)
    company = tmp_path / "b.claimdesk"
    run(capsys, "import", str(bakery_path), "--company", str(company))
    with CompanyFile.open(company) as cf:
        cf.set_amount_received(1, None)  # the app has changed something: it is writing in WAL mode
        code, out, err = run(capsys, "outages", "--company", str(company))
        assert code == 0 and "TKT-2019-081734" in out, err
        code, out, err = run(capsys, "export", "--company", str(company), "--claim", "1",
                             "--out", str(tmp_path / "c.json"))
        assert code == 0 and (tmp_path / "c.json").is_file(), err
        # a writer still waits its turn, and is told who has the file
        code, _, err = run(capsys, "import", str(bakery_path), "--company", str(company), "--again")
        assert code == 1 and "already open" in err and f"process {os.getpid()}" in err
    with CompanyFile.open(company) as cf:
        assert len(cf.claims()) == 1


def test_invalid_case_exits_2_and_creates_nothing(capsys, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "claimdesk-case/1"}', encoding="utf-8")
    code, _, err = run(capsys, "import", str(bad), "--company", str(tmp_path / "c.claimdesk"))
    assert code == 2 and "company: missing" in err
    assert not (tmp_path / "c.claimdesk").exists()
