"""The escalation ladder in the company file: sent letters frozen, follow-ups, answers, payments.

A mixin of :class:`CompanyFile` (it uses its transaction and history helpers), kept apart so the
claim ladder reads as one piece, and loaded with the first use of one of its methods. A letter marked sent is stored with its exact PDF bytes and the
case it was made from; the triggers of schema version 2 refuse any later change to that row.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from ..domain.model import CLAIM_KINDS, DELIVERIES
from ..domain.problems import Problem, ValidationError
from .claim_records import AnswerRecord, PaymentRecord, SentRecord
from .codec import dec, from_us, now_us
from .errors import StorageError

if TYPE_CHECKING:
    from ..domain.claim_model import ClaimSpec


class ClaimLadder:
    """Methods of CompanyFile about sending letters and following them up."""

    # ---- sent letters --------------------------------------------------------------------

    def mark_sent(self, claim_id: int, *, on: date, delivery: str, tracking: str | None, pdf: bytes,
                  case_json: str) -> SentRecord:
        """Freeze the letter as sent: its bytes, its case and their SHA-256; the claim becomes "sent"."""
        problems = []
        if delivery not in DELIVERIES:
            problems.append(Problem("delivery", f"unknown delivery {delivery!r} (use {', '.join(DELIVERIES)})",
                                    "delivery", {"delivery": delivery}))
        if not bytes(pdf[:5]) == b"%PDF-":
            problems.append(Problem("pdf", "the letter is not a PDF document", "not_pdf"))
        if problems:
            raise ValidationError(problems)
        tracking = (tracking or "").strip() or None
        import hashlib  # with the first letter sent, not at start-up (OpenSSL's start is costly)

        pdf_sha = hashlib.sha256(pdf).hexdigest()
        case_sha = hashlib.sha256(case_json.encode("utf-8")).hexdigest()
        with self._change():
            claim = self.claim(claim_id)
            if self.sent_letter(claim_id) is not None:
                raise StorageError(f"Claim {claim_id} has already been marked sent; a sent letter is never changed.",
                                   "already_sent", id=claim_id)
            if on < claim.spec.date:
                raise ValidationError([Problem("on", f"is before the letter's date ({claim.spec.date.isoformat()})",
                                               "sent_before_letter", {"date": claim.spec.date.isoformat()})])
            self._con.execute(
                "INSERT INTO claim_sent (claim_id, sent_on, delivery, tracking, pdf, pdf_sha256, case_json, "
                "case_sha256, sent_us) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (claim_id, on.isoformat(), delivery, tracking, bytes(pdf), pdf_sha, case_json, case_sha, now_us()))
            self._con.execute("UPDATE claim SET status = 'sent' WHERE id = ?", (claim_id,))
            self._con.execute("INSERT OR REPLACE INTO claim_status (claim_id, status, on_date) VALUES (?, 'sent', ?)",
                              (claim_id, on.isoformat()))
            self._log("send", "claim", claim_id, {"on": on.isoformat(), "delivery": delivery, "tracking": tracking,
                                                  "pdf_sha256": pdf_sha, "case_sha256": case_sha})
        return self.sent_letter(claim_id)

    def sent_letter(self, claim_id: int) -> SentRecord | None:
        with self._mutex:
            r = self._db().execute("SELECT claim_id, sent_on, delivery, tracking, pdf, pdf_sha256, case_json, "
                                   "case_sha256, sent_us FROM claim_sent WHERE claim_id = ?", (claim_id,)).fetchone()
        if r is None:
            return None
        return SentRecord(r[0], date.fromisoformat(r[1]), r[2], r[3], bytes(r[4]), r[5], r[6], r[7], from_us(r[8]))

    def sent_summaries(self) -> dict[int, SentRecord]:
        """Every sent letter without its bytes (``pdf`` and ``case_json`` empty): for lists."""
        with self._mutex:
            rows = self._db().execute("SELECT claim_id, sent_on, delivery, tracking, pdf_sha256, case_sha256, sent_us "
                                      "FROM claim_sent").fetchall()
        return {r[0]: SentRecord(r[0], date.fromisoformat(r[1]), r[2], r[3], b"", r[4], "", r[5], from_us(r[6]))
                for r in rows}

    # ---- chains ------------------------------------------------------------------------

    def follows(self) -> dict[int, int]:
        """``{claim id: id of the letter it follows up}`` for every follow-up."""
        with self._mutex:
            return dict(self._db().execute("SELECT id, follows_id FROM claim WHERE follows_id IS NOT NULL"))

    def add_followup(self, parent_id: int, spec: ClaimSpec, amount_claimed: Decimal, pdf: bytes | None) -> int:
        """A new letter of the parent's chain, on the same outages and amounts."""
        if spec.kind not in CLAIM_KINDS:
            raise ValidationError([Problem("kind", f"unknown kind {spec.kind!r}", "kind")])
        with self._change():
            parent = self.claim(parent_id)
            claim_id = self.add_claim(parent.contract_id, parent.outage_ids, spec, amount_claimed,
                                      extra_costs=parent.extra_costs, savings=parent.savings,
                                      credits_received=parent.credits_received, pdf=pdf)
            self._con.execute("UPDATE claim SET follows_id = ? WHERE id = ?", (parent_id, claim_id))
            self._log("follow_up", "claim", claim_id, {"follows": parent_id, "kind": spec.kind})
            return claim_id

    # ---- answers and money -------------------------------------------------------------

    def add_answer(self, claim_id: int, *, on: date, amount_offered: Decimal | None, reference: str | None = None,
                   note: str | None = None, letter: bytes | None = None, letter_name: str | None = None) -> int:
        """The provider's answer to a letter; the claim becomes "answered" on that date."""
        import hashlib  # not at start-up

        letter_sha = hashlib.sha256(letter).hexdigest() if letter is not None else None
        with self._change():
            self.claim(claim_id)
            cur = self._con.execute(
                "INSERT INTO claim_answer (claim_id, answered_on, amount_offered, reference, note, letter, letter_name, "
                "letter_sha256, added_us) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (claim_id, on.isoformat(), None if amount_offered is None else str(amount_offered),
                 (reference or "").strip() or None, (note or "").strip() or None, letter, letter_name, letter_sha,
                 now_us()))
            self._con.execute("UPDATE claim SET status = 'answered' WHERE id = ?", (claim_id,))
            self._con.execute("INSERT OR REPLACE INTO claim_status (claim_id, status, on_date) VALUES (?, 'answered', ?)",
                              (claim_id, on.isoformat()))
            self._log("answer", "claim", claim_id, {"on": on.isoformat(), "amount_offered": None if amount_offered
                                                    is None else str(amount_offered), "letter_sha256": letter_sha})
            return cur.lastrowid

    def answers(self, claim_id: int | None = None) -> list[AnswerRecord]:
        sql = ("SELECT id, claim_id, answered_on, amount_offered, reference, note, letter_name, letter_sha256, "
               "added_us FROM claim_answer")
        with self._mutex:
            rows = self._db().execute(sql + (" WHERE claim_id = ?" if claim_id is not None else "")
                                      + " ORDER BY answered_on, id", (() if claim_id is None else (claim_id,))).fetchall()
        return [AnswerRecord(r[0], r[1], date.fromisoformat(r[2]), dec(r[3]), r[4], r[5], r[6], r[7], from_us(r[8]))
                for r in rows]

    def answer_letter(self, answer_id: int) -> bytes | None:
        with self._mutex:
            row = self._db().execute("SELECT letter FROM claim_answer WHERE id = ?", (answer_id,)).fetchone()
        return None if row is None or row[0] is None else bytes(row[0])

    def add_payment(self, claim_id: int, *, on: date, amount: Decimal, note: str | None = None) -> int:
        """An amount received (a partial settlement adds up); the claim's amount received is the sum."""
        if not amount.is_finite() or amount <= 0 or amount != amount.quantize(Decimal("0.01")):
            raise ValidationError([Problem("amount", "must be an amount above 0, with at most 2 decimals", "amount")])
        with self._change():
            self.claim(claim_id)
            cur = self._con.execute("INSERT INTO claim_payment (claim_id, received_on, amount, note, added_us) "
                                    "VALUES (?, ?, ?, ?, ?)",
                                    (claim_id, on.isoformat(), str(amount), (note or "").strip() or None, now_us()))
            total = sum((Decimal(a) for (a,) in self._con.execute(
                "SELECT amount FROM claim_payment WHERE claim_id = ?", (claim_id,))), Decimal(0))
            self._con.execute("UPDATE claim SET amount_received = ? WHERE id = ?", (str(total), claim_id))
            self._log("payment", "claim", claim_id, {"on": on.isoformat(), "amount": str(amount),
                                                     "total": str(total)})
            return cur.lastrowid

    def payments(self, claim_id: int | None = None) -> list[PaymentRecord]:
        sql = "SELECT id, claim_id, received_on, amount, note FROM claim_payment"
        with self._mutex:
            rows = self._db().execute(sql + (" WHERE claim_id = ?" if claim_id is not None else "")
                                      + " ORDER BY received_on, id", (() if claim_id is None else (claim_id,))).fetchall()
        return [PaymentRecord(r[0], r[1], date.fromisoformat(r[2]), Decimal(r[3]), r[4]) for r in rows]
