"""Bounce e-mails as evidence of an e-mail outage.

Standard bounces are delivery-status reports (``multipart/report; report-type=delivery-status``,
RFC 3464): one block per recipient with its Action, Status and Diagnostic-Code. Servers that send
plain-text bounces are read with a status-code pattern (``550 5.1.1``). The outage window runs
from the first bounce to the last.
"""

from __future__ import annotations

import mailbox
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import Message
from email.utils import parsedate_to_datetime
from pathlib import Path

STATUS_PATTERN = re.compile(r"\b([45]\d\d)[ -]([245]\.\d{1,3}\.\d{1,3})\b")
ADDRESS_PATTERN = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")


@dataclass(frozen=True)
class Bounce:
    recipient: str
    status: str        # enhanced status code, e.g. 5.1.1
    action: str        # failed (permanent) | delayed (transient) | ...
    at: datetime       # aware
    diagnostic: str
    source: str        # file name, with the message's number inside an mbox


@dataclass(frozen=True)
class Message_:
    source: str
    raw: bytes
    bounces: tuple[Bounce, ...]


@dataclass(frozen=True)
class Group:
    recipient: str
    status: str
    count: int
    first: datetime
    last: datetime


def _date(value) -> datetime | None:
    if not value:
        return None
    try:
        instant = parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError):
        return None
    return instant if instant.tzinfo else instant.replace(tzinfo=UTC)  # "-0000": UTC, origin unknown


def _field(block: Message, name: str) -> str:
    value = block.get(name)
    return " ".join(str(value).split()) if value is not None else ""


def _strip_type(value: str) -> str:
    """``rfc822; nobody@example.com`` -> ``nobody@example.com``."""
    return value.split(";", 1)[1].strip() if ";" in value else value.strip()


def parse(raw: bytes, source: str) -> tuple[Bounce, ...]:
    msg = message_from_bytes(raw, policy=policy.default)
    sent = _date(msg.get("Date"))
    report = next((part for part in msg.walk() if part.get_content_type() == "message/delivery-status"), None)
    if report is not None:
        return _from_report(report, sent, source)
    return _from_text(msg, sent, source)


def _from_report(report: Message, sent: datetime | None, source: str) -> tuple[Bounce, ...]:
    blocks = report.get_payload()
    if not isinstance(blocks, list) or not blocks:
        return ()
    arrival = _date(blocks[0].get("Arrival-Date"))
    found = []
    for block in blocks[1:]:
        recipient = _strip_type(_field(block, "Final-Recipient") or _field(block, "Original-Recipient"))
        status = _field(block, "Status").split(" ")[0]
        at = _date(block.get("Last-Attempt-Date")) or arrival or sent
        if recipient and status and at:
            found.append(Bounce(recipient.lower(), status, _field(block, "Action").lower(), at,
                                _strip_type(_field(block, "Diagnostic-Code")), source))
    return tuple(found)


def _text(msg: Message) -> str:
    parts = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            try:
                parts.append(part.get_content())
            except (LookupError, ValueError):
                parts.append(part.get_payload(decode=True).decode("utf-8", "replace"))
    return "\n".join(parts)


def _from_text(msg: Message, sent: datetime | None, source: str) -> tuple[Bounce, ...]:
    """A non-standard bounce: an SMTP reply and enhanced status code in the text."""
    if sent is None:
        return ()
    text = _text(msg)
    match = STATUS_PATTERN.search(text)
    if match is None:
        return ()
    failed = str(msg.get("X-Failed-Recipients") or "")
    own = {a.lower() for a in ADDRESS_PATTERN.findall(str(msg.get("From") or "") + str(msg.get("To") or ""))}
    candidates = ADDRESS_PATTERN.findall(failed) or [a for a in ADDRESS_PATTERN.findall(text) if a.lower() not in own]
    recipient = candidates[0].lower() if candidates else "(recipient not named)"
    line = next((ln.strip() for ln in text.splitlines() if match.group(0) in ln), match.group(0))
    action = "failed" if match.group(2).startswith("5") else "delayed"
    return (Bounce(recipient, match.group(2), action, sent, line[:300], source),)


def read(paths: Iterable[Path]) -> list[Message_]:
    """Every message of the given .eml and .mbox files, with the bounces found in it."""
    messages = []
    for path in paths:
        path = Path(path)
        if path.suffix.lower() == ".mbox" or _looks_like_mbox(path):
            box = mailbox.mbox(str(path), create=False)
            try:
                for i, key in enumerate(box.keys(), 1):
                    raw = box.get_bytes(key)
                    source = f"{path.name}#{i}"
                    messages.append(Message_(source, raw, parse(raw, source)))
            finally:
                box.close()
        else:
            raw = path.read_bytes()
            messages.append(Message_(path.name, raw, parse(raw, path.name)))
    return messages


def _looks_like_mbox(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(5) == b"From "


def groups(bounces: Iterable[Bounce]) -> list[Group]:
    """Bounces by recipient and status, each with its count and first and last time."""
    by_key: dict[tuple[str, str], list[datetime]] = {}
    for b in bounces:
        by_key.setdefault((b.recipient, b.status), []).append(b.at)
    return [Group(r, s, len(times), min(times), max(times)) for (r, s), times in sorted(by_key.items())]


def window(bounces: Iterable[Bounce]) -> tuple[datetime, datetime]:
    times = [b.at for b in bounces]
    if not times:
        raise ValueError("no bounce")
    return min(times), max(times)
