"""The network's collective letter, made from a batch's members: who they are comes from the
batch's results, so the letter lists exactly the member letters that were written."""

from __future__ import annotations

import os
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from ..domain.network import NetworkFile
from ..domain.problems import Problem
from .batch import BatchReport, CaseResult, write_atomic


def read_network(path: str | os.PathLike) -> NetworkFile:
    """Read and check a network file (``claimdesk-network/1``); raises ValidationError."""
    from ..networkfile import read

    return read(path)


def network_from_dict(doc: dict) -> NetworkFile:
    """A network's details given as a ``claimdesk-network/1`` object (the desktop app's form)."""
    from ..networkfile import from_dict

    return from_dict(doc)


def first_mismatch(doc: NetworkFile, members: list[CaseResult]) -> tuple[str, Problem] | None:
    """The first member whose provider, jurisdiction or currency differs (from the first
    member's provider, from the network's jurisdiction and currency): one letter goes to one
    provider under one law in one currency."""
    n = doc.network
    for m in members:
        for path, theirs, ours, whose in (
                ("contract.provider", m.provider, members[0].provider, f"{members[0].file}'s"),
                ("company.jurisdiction", m.jurisdiction, n.jurisdiction, "the network's"),
                ("company.currency", m.currency, n.currency, "the network's")):
            if theirs != ours:
                return m.file, Problem(path, f"{theirs!r} differs from {whose} {ours!r}: a collective letter "
                                             f"needs one provider, one jurisdiction and one currency; "
                                             f"collective letter not written", "collective_mismatch",
                                       {"value": theirs, "expected": ours})
    return None


def write_collective(doc: NetworkFile, report: BatchReport, out_path: str | os.PathLike) -> list[tuple[str, Problem]]:
    """Write the collective letter of the batch's written members to ``out_path``; returns the
    (file, problem) that prevented it, or an empty list once written."""
    members = report.written
    if not members:
        return [("", Problem("", "no member letter was written: collective letter not written", "collective_empty"))]
    mismatch = first_mismatch(doc, members)
    if mismatch is not None:
        return [mismatch]
    from ..letters.collective import Member, Provider, build_collective
    from ..rules.packs import load as load_pack

    lines = [Member(m.company, m.city, m.customer_number, datetime.fromisoformat(m.first_start),
                    datetime.fromisoformat(m.last_end), Decimal(m.total_claimed), f"{m.name}.pdf",
                    date.fromisoformat(m.signed_on) if m.signed_on else None,
                    date.fromisoformat(m.first_day) if m.first_day else None, m.services) for m in members]
    provider = Provider(members[0].provider, members[0].provider_address)
    letter = build_collective(doc, lines, provider, load_pack(doc.network.jurisdiction))
    write_atomic((Path(out_path), letter.pdf))
    return []
