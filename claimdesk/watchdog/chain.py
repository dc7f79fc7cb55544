"""A hash chain over the probe log: each row's hash is SHA-256(previous hash + the row's canonical
bytes), so changing, inserting or removing a row breaks every hash after it.

A chain alone does not stop someone who rewrites the whole log from rebuilding it consistently;
that is what the time-stamp tokens of the chain head (``rfc3161``) are for.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass

GENESIS = bytes(32)
FIELDS = ("id", "at_us", "mono_us", "service", "probe", "ok", "latency_us", "error")


def canonical(row: dict) -> bytes:
    """The bytes hashed for a row: its fields, in a fixed order, as compact UTF-8 JSON."""
    return json.dumps([row[f] for f in FIELDS], ensure_ascii=False, separators=(",", ":")).encode()


def link(previous: bytes, row: dict) -> bytes:
    return hashlib.sha256(previous + canonical(row)).digest()


@dataclass(frozen=True)
class Seal:
    """A run of rows removed on purpose (old probes pruned): verification steps over it."""

    first_id: int
    last_id: int
    last_hash: bytes


@dataclass(frozen=True)
class Break:
    row_id: int
    reason: str  # "changed" (the row or one before it was altered) | "missing" (rows removed)


@dataclass(frozen=True)
class ChainCheck:
    rows: int
    head: bytes
    head_id: int | None
    broken: Break | None
    hashes: dict  # row id -> hash, of the rows asked for in ``keep``


def check(rows: Iterable[tuple[dict, bytes]], seals: Iterable[Seal] = (), keep=(), *,
          after: tuple[int, bytes] = (0, GENESIS)) -> ChainCheck:
    """Walk ``(row, stored_hash)`` pairs in id order; the first row whose stored hash differs from
    the recomputed one (or that follows unexplained missing rows) breaks the chain. ``after`` is the
    (id, hash) the rows continue from: the start of the chain unless only a span is checked."""
    seal_at = {s.first_id: s for s in seals}
    keep = set(keep)
    (previous_id, previous), count, kept = after, 0, {}
    for row, stored in rows:
        count += 1
        if row["id"] != previous_id + 1:
            seal = seal_at.get(previous_id + 1)
            if seal is None or seal.last_id != row["id"] - 1:
                return ChainCheck(count, previous, previous_id or None, Break(row["id"], "missing"), kept)
            previous = seal.last_hash
        expected = link(previous, row)
        if expected != stored:
            return ChainCheck(count, previous, previous_id or None, Break(row["id"], "changed"), kept)
        if row["id"] in keep:
            kept[row["id"]] = stored
        previous, previous_id = stored, row["id"]
    return ChainCheck(count, previous, previous_id or None, None, kept)
