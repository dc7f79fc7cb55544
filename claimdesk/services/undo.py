"""Deleting with a way back: each delete here returns the :class:`Undo` that restores what it removed.

The window keeps the last one (Ctrl+Z). What is restored gets new ids; an outage comes back with
its evidence files (kept in memory until then) and a draft claim with its letter.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Undo:
    what: str  # "outage" or "claim"
    count: int
    restore: Callable[[], list[int]]  # returns the ids of what came back


def delete_outages(ws, outage_ids) -> Undo:
    """Delete outages (none may be in a claim: the company file refuses it, and nothing is deleted)."""
    snapshots = []
    for oid in outage_ids:
        rec = ws.outage(oid)
        evidence = [(e.filename, e.description, ws.file.evidence_bytes(e.id)) for e in rec.evidence]
        snapshots.append((rec, evidence))
    with ws.file.transaction():
        for oid in outage_ids:
            ws.delete_outage(oid)

    def restore() -> list[int]:
        ids = []
        with tempfile.TemporaryDirectory(prefix="claimdesk-undo-") as tmp:
            with ws.file.transaction():
                for i, (rec, evidence) in enumerate(snapshots):
                    new_id = ws.file.add_outage(rec.contract_id, rec.service, rec.start, rec.end,
                                                rec.provider_reference, rec.description)
                    for j, (name, description, data) in enumerate(evidence):
                        source = Path(tmp) / f"{i}-{j}"
                        source.write_bytes(data)
                        ws.file.add_evidence(new_id, source, description, filename=name)
                    ids.append(new_id)
        return ids

    return Undo("outage", len(snapshots), restore)


def delete_draft_claim(ws, claim_id: int) -> Undo:
    """Delete a claim not yet sent; its outages can be claimed again."""
    claim = ws.file.claim(claim_id)
    case = ws.file.case_for_claim(claim_id)
    pdf = ws.claim_pdf(claim_id)
    ws.file.delete_claim(claim_id)

    def restore() -> list[int]:
        return [ws.store_claim(claim.contract_id, claim.outage_ids, case, claim.amount_claimed, pdf)]

    return Undo("claim", 1, restore)


def remove_evidence(ws, outage_id: int, evidence) -> Undo:
    """Remove one stored evidence file (an EvidenceRecord) from an outage."""
    data = ws.file.evidence_bytes(evidence.id)
    ws.remove_evidence(outage_id, evidence.id)

    def restore() -> list[int]:
        with tempfile.TemporaryDirectory(prefix="claimdesk-undo-") as tmp:
            source = Path(tmp) / "evidence"
            source.write_bytes(data)
            ws.file.add_evidence(outage_id, source, evidence.description, filename=evidence.filename)
        return [outage_id]

    return Undo("evidence", 1, restore)


def combined(undos: list[Undo]) -> Undo:
    """Several undos of one kind as one (restored in reverse order)."""
    def restore() -> list[int]:
        ids: list[int] = []
        for undo in reversed(undos):
            ids = undo.restore() + ids
        return ids

    return Undo(undos[0].what, sum(u.count for u in undos), restore)
