"""The escalation ladder as a user relies on it: a sent letter never changes, follow-ups cite it,
what is due is listed, answers and money are kept; on the command line and in the services."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sqlite3
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from claimdesk.cli import main
from claimdesk.domain.problems import ValidationError
from claimdesk.services import claims
from claimdesk.storage import CompanyFile, StorageError


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def company(capsys, tmp_path, bakery_path):
    """The bakery's claim of 2019-08-07 (BC, answer within 30 days) imported as a draft."""
    path = str(tmp_path / "bakery.claimdesk")
    code, out, err = run(capsys, "import", str(bakery_path), "--company", path)
    assert code == 0, err
    return path, int(out.split()[-1])


def test_send_freezes_the_letter_whatever_the_profile_becomes(capsys, tmp_path, company):
    path, cid = company
    code, out, err = run(capsys, "send", "--company", path, "--claim", str(cid), "--on", "2019-08-08",
                         "--tracking", "RN 123 456 789 CA")
    assert code == 0, err
    sha = out.split()[-1]
    with CompanyFile.open(path) as cf:
        sent = cf.sent_letter(cid)
        assert sent.pdf_sha256 == sha == hashlib.sha256(sent.pdf).hexdigest()
        assert sent.tracking == "RN 123 456 789 CA" and sent.delivery == "registered"
        assert json.loads(sent.case_json)["claim"]["date"] == "2019-08-07"
        assert sent.case_sha256 == hashlib.sha256(sent.case_json.encode()).hexdigest()
        claim = cf.claim(cid)
        assert claim.status == "sent" and claim.status_dates["sent"] == date(2019, 8, 8)
        # The profile changes afterwards: the stored letter does not.
        cf.save_company(replace(cf.company(), name="Renamed Bakery Ltd"))
        with pytest.raises(StorageError):
            cf.attach_pdf(cid, b"%PDF-1.4 another letter")
        # Even SQL cannot change or delete it.
        with pytest.raises(sqlite3.DatabaseError):
            cf._con.execute("UPDATE claim_sent SET tracking = 'x'")
    out_pdf = tmp_path / "sent.pdf"
    code, out, err = run(capsys, "export", "--company", path, "--claim", str(cid), "--pdf", str(out_pdf))
    assert code == 0, err
    assert hashlib.sha256(out_pdf.read_bytes()).hexdigest() == sha
    # A second "send" is refused, the first record stays.
    code, _, err = run(capsys, "send", "--company", path, "--claim", str(cid), "--on", "2019-08-09")
    assert code == 1 and "already" in err


@pytest.mark.parametrize(("argv", "expected"), [
    (("--on", "08/08/2019"), "on: not a date"),
    (("--on", "2019-08-01"), "on: is before the letter's date (2019-08-07)"),
    (("--on", "2019-08-08", "--delivery", "pigeon"), "delivery: unknown delivery"),
    (("--on", "2999-01-01"), "on: lies in the future"),
])
def test_send_with_bad_input_exits_2_naming_the_field_and_keeps_the_draft(capsys, company, argv, expected):
    path, cid = company
    code, out, err = run(capsys, "send", "--company", path, "--claim", str(cid), *argv)
    assert code == 2 and expected in err and out == ""
    with CompanyFile.open(path) as cf:
        assert cf.claim(cid).status == "draft" and cf.sent_letter(cid) is None


def test_followups_cite_the_chain_and_the_due_list_walks_the_ladder(capsys, tmp_path, company):
    path, cid = company
    code, out, _ = run(capsys, "claims", "--company", path, "--due", "--on", "2019-08-07")
    assert code == 0 and out.split("\t")[:4] == [str(cid), "claim", "TELUS Communications Inc.", "send"]
    run(capsys, "send", "--company", path, "--claim", str(cid), "--on", "2019-08-07", "--tracking", "RN1")
    code, out, _ = run(capsys, "claims", "--company", path, "--due", "--on", "2019-09-06")
    assert out.startswith("Nothing is due on 2019-09-06")  # the answer is due on 2019-09-06
    code, out, _ = run(capsys, "claims", "--company", path, "--due", "--on", "2019-09-07")
    assert "\treminder\t" in out and "since 2019-09-06" in out

    reminder_pdf = tmp_path / "reminder.pdf"
    code, out, err = run(capsys, "followup", "--company", path, "--claim", str(cid), "--kind", "reminder",
                         "--on", "2019-09-09", "--out", str(reminder_pdf))
    assert code == 0, err
    reminder = int(out.split()[-1])
    assert reminder_pdf.read_bytes().startswith(b"%PDF-")
    with CompanyFile.open(path) as cf:
        r = cf.claim(reminder)
        assert r.spec.kind == "reminder" and r.spec.response_days == 15 and r.status == "draft"
        case = claims.letter_case(cf, reminder)
        (previous,) = case.claim.previous
        assert (previous.kind, previous.date, previous.tracking, previous.delivery) == (
            "claim", date(2019, 8, 7), "RN1", "registered")
        assert cf.claim_pdf(reminder) == reminder_pdf.read_bytes()
        assert [link.id for link in claims.chain_of(cf, cid).links] == [cid, reminder]
    run(capsys, "send", "--company", path, "--claim", str(reminder), "--on", "2019-09-10", "--tracking", "RN2")
    code, out, _ = run(capsys, "claims", "--company", path, "--due", "--on", "2019-09-30")
    assert out.count("\n") == 1 and f"{reminder}\treminder" in out and "\tformal_notice\t" in out

    notice_pdf = tmp_path / "notice.pdf"
    code, out, err = run(capsys, "followup", "--company", path, "--claim", str(reminder), "--kind", "formal_notice",
                         "--on", "2019-10-01", "--out", str(notice_pdf))
    assert code == 0, err
    notice = int(out.split()[-1])
    run(capsys, "send", "--company", path, "--claim", str(notice), "--on", "2019-10-01")
    with CompanyFile.open(path) as cf:
        sent = json.loads(cf.sent_letter(notice).case_json)
        assert [p["tracking"] for p in sent["claim"]["previous"]] == ["RN1", "RN2"]
    code, out, _ = run(capsys, "claims", "--company", path, "--due", "--on", "2019-10-30")
    assert "\treferral\t" in out
    # Nothing follows a formal notice but the mediator or court.
    code, _, err = run(capsys, "followup", "--company", path, "--claim", str(notice), "--kind", "reminder",
                       "--out", str(tmp_path / "x.pdf"))
    assert code == 2 and err.startswith("kind: ") and not (tmp_path / "x.pdf").exists()


def test_a_draft_cannot_be_followed_up(capsys, tmp_path, company):
    path, cid = company
    code, _, err = run(capsys, "followup", "--company", path, "--claim", str(cid), "--kind", "reminder",
                       "--on", "2019-09-09", "--out", str(tmp_path / "r.pdf"))
    assert code == 2 and "claim: letter" in err and "not been sent" in err


def test_answers_and_partial_settlements_reach_the_accountants_csv(capsys, tmp_path, company):
    path, cid = company
    run(capsys, "send", "--company", path, "--claim", str(cid), "--on", "2019-08-08")
    answer_letter = tmp_path / "telus-answer.pdf"
    answer_letter.write_bytes(b"%PDF-1.4 their answer")
    with CompanyFile.open(path) as cf:
        answer = claims.record_answer(cf, cid, date(2019, 8, 20), Decimal("500.00"), "TEL-77", None, answer_letter)
        claims.record_payment(cf, cid, date(2019, 9, 1), Decimal("300.00"))
        claims.record_payment(cf, cid, date(2019, 9, 15), Decimal("200.00"), "second credit")
        assert cf.answer_letter(answer) == b"%PDF-1.4 their answer"
        assert cf.claim(cid).amount_received == Decimal("500.00")
        assert cf.claim(cid).status == "answered"
        with pytest.raises(ValidationError) as exc:
            claims.record_payment(cf, cid, date(2019, 9, 15), Decimal("-1"))
        assert exc.value.problems[0].path == "payment.amount"
        assert claims.due(cf, date(2030, 1, 1)) == []  # answered: nothing to chase
    code, out, _ = run(capsys, "claims", "--company", path, "--csv")
    (row,) = csv.DictReader(io.StringIO(out))
    assert (row["amount_claimed"], row["amount_offered"], row["amount_received"]) == ("2179.11", "500.00", "500.00")
    assert row["sent_on"] == "2019-08-08" and row["chain"] == str(cid)


def test_referral_file_lists_the_letters_with_their_tracking_numbers(capsys, tmp_path, travel_path):
    from pypdf import PdfReader

    path = str(tmp_path / "lyon.claimdesk")
    run(capsys, "import", str(travel_path), "--company", path)
    out_pdf = tmp_path / "referral.pdf"
    code, _, err = run(capsys, "referral", "--company", path, "--claim", "1", "--out", str(out_pdf))
    assert code == 2 and "not_sent" not in err and "claim: " in err and not out_pdf.exists()
    run(capsys, "send", "--company", path, "--claim", "1", "--on", "2015-05-22", "--tracking", "1A 123 456 7890 1")
    with CompanyFile.open(path) as cf:
        claims.record_answer(cf, 1, date(2015, 6, 2), Decimal("50.00"), "SFR-REF-9", "a gesture")
    code, out, err = run(capsys, "referral", "--company", path, "--claim", "1", "--out", str(out_pdf))
    assert code == 0, err
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out_pdf).pages)
    assert "Médiateur des entreprises" in text and "1A 123 456 7890 1" in text and "22 mai 2015" in text
    assert "SFR-REF-9" in text and "50,00" in text and "INC-150519-0881" in text
    with CompanyFile.open(path) as cf:
        assert cf.sent_letter(1).pdf_sha256 in text.replace(" ", "")


def test_a_claim_marked_sent_in_an_older_file_can_be_followed_up(tmp_path):
    """Company files of schema 1 knew "sent" only as a status: such a letter still leads the chain."""
    import shutil
    from pathlib import Path

    fixture = Path(__file__).parent / "fixtures" / "schema-v1.claimdesk"
    path = tmp_path / "old.claimdesk"
    shutil.copyfile(fixture, path)
    with CompanyFile.open(path) as cf:
        (old,) = cf.claims()
        assert old.status == "sent" and cf.sent_letter(old.id) is None
        new_id, rendered = claims.followup(cf, old.id, "reminder", date(2019, 9, 20))
        (previous,) = claims.letter_case(cf, new_id).claim.previous
        assert previous.date == old.status_dates["sent"] and previous.tracking is None
        assert rendered.pdf.startswith(b"%PDF-")


def test_referral_file_is_followed_by_the_exhibits(capsys, tmp_path, company):
    from pypdf import PdfReader

    path, cid = company
    with CompanyFile.open(path) as cf:
        (outage_id,) = cf.claim(cid).outage_ids
        bounce = tmp_path / "bounce.txt"
        bounce.write_text("550 mailbox unavailable\n", encoding="utf-8")
        cf.add_evidence(outage_id, bounce, "a customer's bounced order")
    run(capsys, "send", "--company", path, "--claim", str(cid), "--on", "2019-08-08", "--tracking", "RN1")
    out_pdf = tmp_path / "referral.pdf"
    code, _, err = run(capsys, "referral", "--company", path, "--claim", str(cid), "--out", str(out_pdf))
    assert code == 0, err
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(out_pdf).pages]
    assert "CCTS" in pages[0] and "The exhibits follow this file" in " ".join(pages)
    assert any("bounce.txt" in text for text in pages[1:])  # the exhibit itself, after the file
    # never over the company file it reads
    code, _, err = run(capsys, "referral", "--company", path, "--claim", str(cid), "--out", path)
    assert code == 2 and err.startswith("--out: ")
