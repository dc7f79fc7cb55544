"""The claims of a company file: each with its outages, amounts, status dates and letter.

A mixin of :class:`CompanyFile`, loaded with the first use of one of its methods (see
``company_file._ClaimSide``): opening a file and painting its journal needs none of it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from ..domain import validation as v
from ..domain.claim_model import Case, ClaimSpec, MoneyItem, PreviousLetter
from ..domain.model import CLAIM_STATUSES
from ..domain.problems import Problem, ValidationError
from .claim_records import ClaimRecord
from .codec import dec, dec_text, from_us, iso, jdump, jload, now_us
from .errors import StorageError
from .rows import (
    _CLAIM_SELECT,
    _MONEY_KINDS,
    _OUTAGE_SELECT,
    _decoding,
    _missing,
    _raise_problems,
    _reading,
)


class ClaimBook:
    """Methods of CompanyFile (a mixin: it uses the file's connection, lock and history)."""

    # ---- claims ------------------------------------------------------------------------

    def add_claim(self, contract_id: int, outage_ids, spec: ClaimSpec, amount_claimed: Decimal, *,
                  extra_costs=(), savings=(), credits_received=(), pdf: bytes | None = None,
                  case_sha256: str | None = None) -> int:
        """A draft claim; ``case_sha256`` is the fingerprint of the case file it was imported from
        (kept in the history, see ``claim_for_case``)."""
        outage_ids = tuple(outage_ids)
        problems = v.check_claim(spec)
        lists = {"extra_costs": tuple(extra_costs), "savings": tuple(savings),
                 "credits_received": tuple(credits_received)}
        for name, items in lists.items():
            problems += v.check_money_items(items, name)
        if not outage_ids:
            problems.append(Problem("outages", "list at least one outage", "empty"))
        if len(set(outage_ids)) != len(outage_ids):
            problems.append(Problem("outages", "an outage is listed twice", "duplicate"))
        _raise_problems(problems)
        with self._change():
            self.contract(contract_id)
            for oid in outage_ids:
                fields = self._outage_fields(oid)
                if fields["contract_id"] != contract_id:
                    raise StorageError(f"Outage {oid} belongs to another contract.", "outage_other_contract",
                                       outage=oid)
                if fields["end"] is None:
                    raise StorageError(f"Outage {oid} is still running; enter its end before claiming it.",
                                       "outage_running", outage=oid)
            created = now_us()
            cur = self._con.execute(
                "INSERT INTO claim (contract_id, kind, language, claim_date, place, response_days, delivery, status, "
                "amount_claimed, created_us, previous, acknowledged, interest) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?)",
                (contract_id, spec.kind, spec.language, spec.date.isoformat(), spec.place, spec.response_days,
                 spec.delivery, dec_text(amount_claimed), created, jdump(_previous_list(spec.previous)),
                 spec.acknowledged, int(spec.interest)))
            claim_id = cur.lastrowid
            self._con.executemany("INSERT INTO claim_outage (claim_id, outage_id, position) VALUES (?, ?, ?)",
                                  [(claim_id, oid, i) for i, oid in enumerate(outage_ids)])
            for name, kind in _MONEY_KINDS:
                self._con.executemany(
                    "INSERT INTO claim_money (claim_id, kind, position, label, amount) VALUES (?, ?, ?, ?, ?)",
                    [(claim_id, kind, i, item.label, dec_text(item.amount)) for i, item in enumerate(lists[name])])
            self._con.execute("INSERT INTO claim_status (claim_id, status, on_date) VALUES (?, 'draft', ?)",
                              (claim_id, datetime.now(UTC).astimezone(self._zone()).date().isoformat()))
            self._log("add", "claim", claim_id, {
                "contract_id": contract_id, "outage_ids": list(outage_ids), "kind": spec.kind,
                "language": spec.language, "date": spec.date.isoformat(), "place": spec.place,
                "response_days": spec.response_days, "delivery": spec.delivery,
                "amount_claimed": str(amount_claimed),
                **({"previous": _previous_list(spec.previous)} if spec.previous else {}),
                **({"acknowledged": spec.acknowledged} if spec.acknowledged else {}),
                **({"interest": False} if not spec.interest else {}),
                **{name: [{"label": i.label, "amount": str(i.amount)} for i in lists[name]] for name in lists},
                **({"case_sha256": case_sha256} if case_sha256 else {})})
            if pdf is not None:
                self._store_pdf(claim_id, pdf)
            return claim_id

    @_reading
    def claim_for_case(self, case_sha256: str) -> tuple[int, datetime] | None:
        """The claim last imported from a case with this fingerprint, and when; None if none was."""
        if not all(c in "0123456789abcdef" for c in case_sha256):
            raise ValueError("a case fingerprint is a SHA-256 in lower-case hexadecimal")
        with self._mutex:
            row = self._db().execute(
                "SELECT entity_id, at_us FROM history WHERE entity = 'claim' AND action = 'add' AND detail LIKE ? "
                "ORDER BY id DESC LIMIT 1", (f'%"case_sha256":"{case_sha256}"%',)).fetchone()
            return None if row is None else (row[0], from_us(row[1]))

    @_reading
    def claims(self) -> list[ClaimRecord]:
        with self._mutex:
            rows = self._db().execute(f"{_CLAIM_SELECT} ORDER BY c.id DESC").fetchall()
            return self._claim_records(rows)

    @_reading
    def claim(self, claim_id: int) -> ClaimRecord:
        with self._mutex:
            rows = self._db().execute(f"{_CLAIM_SELECT} WHERE c.id = ?", (claim_id,)).fetchall()
            if not rows:
                raise _missing("claim", claim_id)
            return self._claim_records(rows)[0]

    @_decoding
    def _claim_records(self, rows) -> list[ClaimRecord]:
        con = self._con
        result = []
        for r in rows:
            (cid, contract_id, kind, language, claim_date, place, days, delivery, status, claimed, received,
             created, has_pdf, previous, acknowledged, interest) = r
            outage_ids = tuple(x[0] for x in con.execute(
                "SELECT outage_id FROM claim_outage WHERE claim_id = ? ORDER BY position", (cid,)))
            money: dict[str, list[MoneyItem]] = {kind_: [] for _, kind_ in _MONEY_KINDS}
            for m in con.execute("SELECT kind, label, amount FROM claim_money WHERE claim_id = ? "
                                 "ORDER BY kind, position", (cid,)):
                money[m[0]].append(MoneyItem(m[1], Decimal(m[2])))
            dates = {s: date.fromisoformat(d) for s, d in con.execute(
                "SELECT status, on_date FROM claim_status WHERE claim_id = ?", (cid,))}
            spec = ClaimSpec(kind, language, date.fromisoformat(claim_date), place, days, delivery,
                             _previous_letters(jload(previous)), acknowledged, bool(interest))
            result.append(ClaimRecord(
                cid, contract_id, outage_ids, spec, status, dates, Decimal(claimed), dec(received),
                tuple(money["extra_cost"]), tuple(money["saving"]), tuple(money["credit"]),
                spec.response_deadline, bool(has_pdf), from_us(created)))
        return result

    def delete_claim(self, claim_id: int) -> None:
        """Delete a draft claim (its outages become unclaimed again); a claim sent cannot be deleted."""
        with self._change():
            row = self._con.execute("SELECT status FROM claim WHERE id = ?", (claim_id,)).fetchone()
            if row is None:
                raise _missing("claim", claim_id)
            if row[0] != "draft":
                raise StorageError(f"Claim {claim_id} is no longer a draft; it cannot be deleted.",
                                   "claim_not_draft", claim=claim_id)
            self._con.execute("DELETE FROM claim WHERE id = ?", (claim_id,))
            self._log("delete", "claim", claim_id, {})

    def set_claim_status(self, claim_id: int, status: str, on: date) -> None:
        if status not in CLAIM_STATUSES:
            raise ValidationError([Problem("claim.status", f"unknown status {status!r} (use "
                                                           f"{', '.join(CLAIM_STATUSES)})", "status")])
        with self._change():
            before = self.claim(claim_id)
            self._con.execute("UPDATE claim SET status = ? WHERE id = ?", (status, claim_id))
            self._con.execute("INSERT OR REPLACE INTO claim_status (claim_id, status, on_date) VALUES (?, ?, ?)",
                              (claim_id, status, on.isoformat()))
            self._log("status", "claim", claim_id, {"from": before.status, "to": status, "on": on.isoformat()})

    def set_amount_received(self, claim_id: int, amount: Decimal | None) -> None:
        if amount is not None:
            _raise_problems(v.check_money_items((MoneyItem("", amount),), "amount_received"))
        with self._change():
            before = self.claim(claim_id)
            self._con.execute("UPDATE claim SET amount_received = ? WHERE id = ?", (dec_text(amount), claim_id))
            self._log("update", "claim", claim_id, {"amount_received": {"from": iso(before.amount_received),
                                                                        "to": iso(amount)}})

    def attach_pdf(self, claim_id: int, pdf: bytes) -> None:
        with self._change():
            self.claim(claim_id)
            self._store_pdf(claim_id, pdf)

    def _store_pdf(self, claim_id: int, pdf: bytes) -> None:
        import hashlib

        if not isinstance(pdf, bytes | bytearray) or not bytes(pdf[:5]) == b"%PDF-":
            raise StorageError("The letter is not a PDF document.", "not_pdf")
        if self._con.execute("SELECT 1 FROM claim_sent WHERE claim_id = ?", (claim_id,)).fetchone():
            raise StorageError(f"Claim {claim_id} has been sent; its letter is never changed.", "already_sent",
                               id=claim_id)
        sha256 = hashlib.sha256(pdf).hexdigest()
        self._con.execute("INSERT OR REPLACE INTO claim_pdf (claim_id, sha256, pdf, attached_us) VALUES (?, ?, ?, ?)",
                          (claim_id, sha256, bytes(pdf), now_us()))
        self._log("attach_pdf", "claim", claim_id, {"sha256": sha256, "size": len(pdf)})

    @_reading
    def claim_pdf(self, claim_id: int) -> bytes | None:
        with self._mutex:
            self.claim(claim_id)
            # Once sent, the letter is the one that left, whatever was attached before.
            row = self._db().execute("SELECT COALESCE((SELECT pdf FROM claim_sent WHERE claim_id = ?), "
                                     "(SELECT pdf FROM claim_pdf WHERE claim_id = ?))", (claim_id, claim_id)).fetchone()
            return None if row is None or row[0] is None else bytes(row[0])

    @_reading
    def case_for_claim(self, claim_id: int) -> Case:
        """The claim as a domain case, times in the company's zone, evidence named by vault file."""
        with self._mutex:
            record = self.claim(claim_id)
            company = self.company()
            from zoneinfo import ZoneInfo

            tz = ZoneInfo(company.timezone)
            outages = {o.id: o for o in self._records(
                self._con.execute(f"{_OUTAGE_SELECT} WHERE o.id IN (SELECT outage_id FROM claim_outage "
                                  f"WHERE claim_id = ?)", (claim_id,)).fetchall())}
            return Case(company, self.contract(record.contract_id),
                        tuple(outages[oid].to_outage(tz) for oid in record.outage_ids), record.spec,
                        record.extra_costs, record.savings, record.credits_received)


def _previous_list(letters) -> list[dict]:
    return [{"kind": p.kind, "date": p.date.isoformat(),
             **{k: getattr(p, k) for k in ("reference", "delivery", "tracking") if getattr(p, k) is not None}}
            for p in letters]


def _previous_letters(items: list[dict]) -> tuple[PreviousLetter, ...]:
    return tuple(PreviousLetter(i["kind"], date.fromisoformat(i["date"]), i.get("reference"), i.get("delivery"),
                                i.get("tracking")) for i in items)
