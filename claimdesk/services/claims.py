"""The escalation ladder: send a letter (and freeze it), follow it up, see what is due.

A chain is a first claim and the letters that followed it (reminder, formal notice), oldest
first. What is due is read from the last letter of each chain: a draft waits to be sent; a sent
letter whose answer deadline has passed calls for the next rung, up to the mediator or court.
Every function takes an open ``CompanyFile``, so the app and the commands share them.
"""

from __future__ import annotations

import json
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from ..domain.model import DELIVERIES, Case, PreviousLetter
from ..domain.problems import Problem, ValidationError

# What follows each rung when the provider does not answer in time.
NEXT_STEP = {"claim": "reminder", "reminder": "formal_notice", "formal_notice": "referral"}
# Which letters a follow-up of each kind may follow.
MAY_FOLLOW = {"reminder": ("claim", "reminder"), "formal_notice": ("claim", "reminder")}
DUE_ACTIONS = ("send", "reminder", "formal_notice", "referral")


@dataclass(frozen=True)
class Link:
    """One letter of a chain with what happened to it."""

    claim: object  # storage ClaimRecord
    sent: object | None  # SentRecord without its bytes, or None for a draft
    answers: tuple = ()
    payments: tuple = ()

    @property
    def id(self) -> int:
        return self.claim.id

    @property
    def kind(self) -> str:
        return self.claim.spec.kind

    @property
    def amount_offered(self) -> Decimal | None:
        offers = [a.amount_offered for a in self.answers if a.amount_offered is not None]
        return offers[-1] if offers else None


@dataclass(frozen=True)
class Chain:
    links: tuple[Link, ...]

    @property
    def root(self) -> Link:
        return self.links[0]

    @property
    def last(self) -> Link:
        return self.links[-1]

    def ids(self) -> tuple[int, ...]:
        return tuple(link.id for link in self.links)


@dataclass(frozen=True)
class DueItem:
    """Something to do on a chain: ``action`` in DUE_ACTIONS on letter ``claim_id`` (since ``since``)."""

    claim_id: int
    root_id: int
    kind: str
    action: str
    since: date
    provider: str

    def line(self) -> str:
        what = {"send": "letter not marked sent yet (dated {since})",
                "reminder": "no answer since {since}: write a reminder",
                "formal_notice": "no answer since {since}: write a formal notice",
                "referral": "no answer to the formal notice since {since}: refer to the mediator or court"}
        return f"{self.claim_id}\t{self.kind}\t{self.provider}\t{self.action}\t" + what[self.action].format(
            since=self.since.isoformat())


# ---- chains ----------------------------------------------------------------------------------


@contextmanager
def changing(path):
    """A company file opened to change it (the commands that send or follow up a letter); waits a
    while for the app or another command to let go of it."""
    from pathlib import Path

    from ..storage import CompanyFile
    from .company_io import IMPORT_WAIT_SECONDS

    with CompanyFile.open(Path(path), wait=IMPORT_WAIT_SECONDS) as cf:
        yield cf



def chains(cf) -> list[Chain]:
    """Every chain of the file, newest first; a loose claim is a chain of one."""
    records = {c.id: c for c in cf.claims()}
    follows = cf.follows()
    sent = cf.sent_summaries()
    answers: dict[int, list] = {}
    for a in cf.answers():
        answers.setdefault(a.claim_id, []).append(a)
    payments: dict[int, list] = {}
    for p in cf.payments():
        payments.setdefault(p.claim_id, []).append(p)
    children: dict[int, list[int]] = {}
    for child, parent in follows.items():
        children.setdefault(parent, []).append(child)
    result = []
    for cid in sorted(records):
        if cid in follows and follows[cid] in records:
            continue  # not a root
        ids, todo = [], [cid]
        while todo:  # a chain is a line; a letter followed up twice keeps both, in id order
            current = todo.pop(0)
            ids.append(current)
            todo = sorted(children.get(current, [])) + todo
        result.append(Chain(tuple(Link(records[i], sent.get(i) or _marked_sent(records[i]),
                                       tuple(answers.get(i, ())), tuple(payments.get(i, ()))) for i in ids)))
    return sorted(result, key=lambda ch: ch.last.id, reverse=True)


def _marked_sent(claim):
    """A letter marked sent before sent letters were kept (company files of schema 1): it counts
    as sent on its status date, with no frozen PDF (``pdf_sha256`` empty)."""
    on = claim.status_dates.get("sent")
    if on is None or claim.status == "draft":
        return None
    from ..storage.records import SentRecord

    return SentRecord(claim.id, on, claim.spec.delivery, None, b"", "", "", "", claim.created_at)


def is_frozen(link: Link) -> bool:
    """Whether the company file holds the letter exactly as sent."""
    return link.sent is not None and bool(link.sent.pdf_sha256)


def chain_of(cf, claim_id: int) -> Chain:
    cf.claim(claim_id)  # a missing claim is the file's "not found" error
    for chain in chains(cf):
        if claim_id in chain.ids():
            return chain
    raise AssertionError("every claim is in a chain")


def previous_letters(chain: Chain, upto_id: int, *, inclusive: bool = False) -> tuple[PreviousLetter, ...]:
    """The sent letters of the chain before ``upto_id`` (and that one if ``inclusive``), oldest
    first, as a follow-up cites them."""
    result = []
    for link in chain.links:
        if link.id == upto_id and not inclusive:
            break
        if link.sent is not None:
            reference = next((a.reference for a in link.answers if a.reference), None)
            result.append(PreviousLetter(link.kind, link.sent.sent_on, reference, link.sent.delivery,
                                         link.sent.tracking))
        if link.id == upto_id:
            break
    return tuple(result)


def letter_case(cf, claim_id: int) -> Case:
    """The case of a letter with ``claim.previous`` filled from its chain."""
    case = cf.case_for_claim(claim_id)
    previous = previous_letters(chain_of(cf, claim_id), claim_id)
    if not previous:  # a letter imported from a case file keeps the earlier letters it names
        return case
    return replace(case, claim=replace(case.claim, previous=previous))


def case_snapshot(case: Case) -> str:
    """The case as case-file JSON, with the earlier letters it cites."""
    from ..casefile import to_dict

    doc = to_dict(case)
    if case.claim.previous and "previous" not in doc["claim"]:
        doc["claim"]["previous"] = [
            {k: v for k, v in (("kind", p.kind), ("date", p.date.isoformat()), ("reference", p.reference),
                               ("delivery", p.delivery), ("tracking", p.tracking)) if v is not None}
            for p in case.claim.previous]
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


# ---- sending -------------------------------------------------------------------------------


def send(cf, claim_id: int, on: date, delivery: str | None = None, tracking: str | None = None):
    """Mark a letter sent: the stored PDF (rendered now if there is none) and its case are frozen."""
    problems = []
    if on > date.today():
        problems.append(Problem("on", "lies in the future", "future"))
    if delivery is not None and delivery not in DELIVERIES:
        problems.append(Problem("delivery", f"unknown delivery {delivery!r} (use {', '.join(DELIVERIES)})",
                                "delivery", {"delivery": delivery}))
    if problems:
        raise ValidationError(problems)
    record = cf.claim(claim_id)
    case = letter_case(cf, claim_id)
    pdf = cf.claim_pdf(claim_id) if record.has_pdf else None
    if pdf is None:
        from .render import render_pdf

        pdf = render_pdf(case).pdf
    return cf.mark_sent(claim_id, on=on, delivery=delivery or record.spec.delivery, tracking=tracking, pdf=pdf,
                        case_json=case_snapshot(case))


def stored_letter(cf, claim_id: int) -> bytes | None:
    """The letter as sent, or the draft's stored PDF before that."""
    return cf.claim_pdf(claim_id)


def write_pdf(path, data: bytes):
    """Write a file whole or not at all: a temporary file beside it, renamed into place."""
    import os
    import tempfile
    from pathlib import Path

    from ..safe_paths import finish_temp

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        finish_temp(tmp)
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return path


# ---- following up --------------------------------------------------------------------------


def followup(cf, claim_id: int, kind: str, on: date | None = None):
    """The next letter of the chain after ``claim_id`` (which must have been sent): the same outages
    and amounts, the jurisdiction's answer delay for that kind, the earlier letters cited. Stored
    as a draft with its PDF; returns ``(new claim id, RenderedLetter)``."""
    from ..domain.loss import estimate_case
    from ..rules.packs import load as load_pack
    from .render import render_pdf

    on = on or date.today()
    chain = chain_of(cf, claim_id)
    link = next(x for x in chain.links if x.id == claim_id)
    problems = []
    if kind not in MAY_FOLLOW:
        problems.append(Problem("kind", f"a follow-up is a reminder or a formal_notice, not {kind!r}", "kind"))
    elif link.kind not in MAY_FOLLOW[kind]:
        problems.append(Problem("kind", f"a {kind} cannot follow a {link.kind} (after a formal notice, "
                                        f"refer the claim to the mediator or court)", "ladder"))
    if link.sent is None:
        problems.append(Problem("claim", f"letter {claim_id} has not been sent yet: mark it sent first",
                                "not_sent", {"id": claim_id}))
    elif on < link.sent.sent_on:
        problems.append(Problem("on", f"is before the letter it follows was sent ({link.sent.sent_on.isoformat()})",
                                "before_sent", {"date": link.sent.sent_on.isoformat()}))
    if on > date.today():
        problems.append(Problem("on", "lies in the future", "future"))
    if problems:
        raise ValidationError(problems)
    case = cf.case_for_claim(claim_id)
    pack = load_pack(case.company.jurisdiction)
    previous = previous_letters(chain, claim_id, inclusive=True)
    spec = replace(case.claim, kind=kind, date=on, response_days=pack.response_days[kind], previous=previous)
    case = replace(case, claim=spec)
    estimate = estimate_case(case)
    rendered = render_pdf(case, estimate)
    new_id = cf.add_followup(claim_id, spec, estimate.total_claimed, rendered.pdf)
    return new_id, rendered


# ---- what is due ---------------------------------------------------------------------------


def due(cf, today: date | None = None) -> list[DueItem]:
    """What each chain waits for, oldest first."""
    today = today or date.today()
    providers = {rec.id: rec.contract.provider for rec in cf.contracts()}
    items = []
    for chain in chains(cf):
        last = chain.last
        c = last.claim
        provider = providers.get(c.contract_id, "")
        if last.sent is None:
            if c.status == "draft":
                items.append(DueItem(c.id, chain.root.id, c.spec.kind, "send", c.spec.date, provider))
        elif c.status in ("sent", "refused") and (c.status == "refused" or c.response_deadline < today):
            since = c.status_dates.get("refused", c.response_deadline) if c.status == "refused" else c.response_deadline
            items.append(DueItem(c.id, chain.root.id, c.spec.kind, NEXT_STEP[c.spec.kind], since, provider))
    return sorted(items, key=lambda i: (i.since, i.claim_id))


# ---- answers and money ---------------------------------------------------------------------


def record_answer(cf, claim_id: int, on: date, amount_offered: Decimal | None = None, reference: str | None = None,
                  note: str | None = None, letter_path=None) -> int:
    """The provider's answer; its letter (a file) is kept in the company file as evidence."""
    from pathlib import Path

    problems = []
    if on > date.today():
        problems.append(Problem("answer.date", "lies in the future", "future"))
    if amount_offered is not None and (not amount_offered.is_finite() or amount_offered < 0
                                       or amount_offered != amount_offered.quantize(Decimal("0.01"))):
        problems.append(Problem("answer.amount_offered", "must be an amount of at least 0, with at most 2 decimals",
                                "amount"))
    letter = name = None
    if letter_path:
        path = Path(letter_path)
        try:
            letter, name = path.read_bytes(), path.name
        except OSError as exc:
            problems.append(Problem("answer.letter", f"cannot be read: {exc.strerror or exc}", "unreadable"))
    if problems:
        raise ValidationError(problems)
    return cf.add_answer(claim_id, on=on, amount_offered=amount_offered, reference=reference, note=note,
                         letter=letter, letter_name=name)


def record_payment(cf, claim_id: int, on: date, amount: Decimal, note: str | None = None) -> int:
    if on > date.today():
        raise ValidationError([Problem("payment.date", "lies in the future", "future")])
    if not amount.is_finite() or amount <= 0 or amount != amount.quantize(Decimal("0.01")):
        raise ValidationError([Problem("payment.amount", "must be an amount above 0, with at most 2 decimals",
                                       "amount")])
    return cf.add_payment(claim_id, on=on, amount=amount, note=note)


def money_by_claim(cf) -> dict[int, tuple[Decimal | None, Decimal]]:
    """``{claim id: (last amount offered, total received)}`` for the accountant's CSV."""
    offered: dict[int, Decimal | None] = {}
    for a in cf.answers():
        if a.amount_offered is not None:
            offered[a.claim_id] = a.amount_offered
    received: dict[int, Decimal] = {}
    for p in cf.payments():
        received[p.claim_id] = received.get(p.claim_id, Decimal(0)) + p.amount
    return {cid: (offered.get(cid), received.get(cid, Decimal(0))) for cid in set(offered) | set(received)}
