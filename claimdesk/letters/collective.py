"""The collective letter: a network's head office writes to the provider on behalf of its members.

It is a member's letter without the member: the same page furniture (the sender's block, the
recipient in the envelope window, "page n/total"), the same styles, the same salutation,
closing and legal basis from the same jurisdiction pack, cited once. What it adds is a table of
the members (name, town, customer number, interruptions, amount claimed) with the grand total,
and each member's letter listed as an enclosure. Each member's own letter carries the figures.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import partial
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.platypus import KeepTogether, NextPageTemplate, Spacer

from ..domain.network import NetworkFile
from ..i18n.collective_texts import collective_texts
from ..i18n.formats import Formats
from ..i18n.letter_texts import texts
from ..rules.packs import Pack
from . import fonts
from .document import (
    MARGIN_LEFT,
    MARGIN_RIGHT,
    Letter,
    LetterBuilder,
    _fitted_widths,
    _KeepWithNext,
    _LetterCanvas,
    _styles,
    _table,
)
from .grid import Grid


class _HeadingOverTable(_KeepWithNext):
    """The members' table starts under its heading whenever a few rows' room is left, rather
    than leave most of the first page blank; other headings keep with what follows as usual."""

    def split(self, avail_width, avail_height):
        if isinstance(self._content[-1], Grid) and avail_height >= self.ROOM:
            return self._content[:]
        return super().split(avail_width, avail_height)


@dataclass(frozen=True)
class Member:
    """One member's line in the collective letter."""

    name: str
    town: str
    customer_number: str
    first_start: datetime
    last_end: datetime
    total_claimed: Decimal
    letter_file: str  # the enclosed letter's file name
    signed_on: date | None = None  # the contract's date: it chooses the law the member's letter cites
    first_day: date | None = None
    services: tuple[str, ...] = ()  # the services its outages interrupted


@dataclass(frozen=True)
class Provider:
    name: str
    address: tuple[str, ...]


class CollectiveBuilder(LetterBuilder):
    """Builds on the member's letter builder for its page furniture and helpers; the network
    stands where the company stands, the provider where the contract's provider does."""

    def __init__(self, doc: NetworkFile, members: list[Member], provider: Provider, pack: Pack):
        n, claim = doc.network, doc.claim
        self.members, self.network = members, n
        # What the page furniture reads from a case: the sender, the recipient, the claim.
        self.case = SimpleNamespace(
            company=n, contract=SimpleNamespace(provider=provider.name, provider_address=provider.address),
            claim=SimpleNamespace(kind="claim", language=claim.language, date=claim.date, place=claim.place,
                                  delivery=claim.delivery))
        self.pack, self.evidence, self.e = pack, [], None
        self.deadline = claim.date + timedelta(days=claim.response_days)
        self.covered = fonts.register()
        self.f = Formats(claim.language, n.country, n.timezone)
        self.t = {**texts(claim.language, n.country), **collective_texts(claim.language, n.country)}
        self.t["collective.subject"] = self.t["collective.subject"].format(count=len(members))
        self.law = shared_law(pack, claim.language, claim.date, members)
        self.tz = ZoneInfo(n.timezone)
        self.cur = n.currency
        self.s = _styles()
        self.pagesize = LETTER if pack.paper == "LETTER" else A4
        self.width = self.pagesize[0] - MARGIN_LEFT - MARGIN_RIGHT
        self.outages = []

    @property
    def settled(self) -> bool:
        return False

    @property
    def subject_key(self) -> str:
        return "collective.subject"

    def total(self) -> Decimal:
        return sum((m.total_claimed for m in self.members), Decimal("0.00"))

    def span(self, member: Member) -> str:
        first = member.first_start.astimezone(self.tz).date()
        last = member.last_end.astimezone(self.tz).date()
        if first == last:
            return self.f.date(first, "medium")
        return f"{self.f.date(first, 'medium')} – {self.f.date(last, 'medium')}"

    def members_table(self):
        head = self.head(("collective.col.member", "collective.col.city", "collective.col.customer",
                          "collective.col.span", "collective.col.total"), right=(4,))
        rows = [head]
        for m in self.members:
            rows.append([self.C(self.u(m.name)), self.C(self.u(m.town)), self.C(self.u(m.customer_number)),
                         self.C(self.span(m)), self.money(m.total_claimed)])
        rows.append([self.C(self.tx("collective.total"), "cellb"), "", "", "", self.money(self.total())])
        widths = _fitted_widths(rows, self.width, [0.25, 0.18, 0.16, 0.24, 0.17])
        return _table(rows, widths, money_cols=(4,), total_row=True, split=True)

    def letter(self) -> list:
        claim, n = self.case.claim, self.network
        story: list = [NextPageTemplate("later")]
        story.append(self.P(self.tx("place_date", place=claim.place, date=self.long_date(claim.date)), "right"))
        delivery = claim.delivery
        if delivery == "registered" and self.pack.registered_also_by_ordinary_mail:
            delivery = "registered_ordinary"
        story.append(self.P(self.tx(f"delivery.{delivery}"), "strong"))
        story.append(self.P(f"{self.tx('subject_label')} {self.tx(self.subject_key)}", "subject"))
        story.append(Spacer(1, 6))
        story.append(self.P(self.tx("salutation"), "left"))
        story.append(self.P(self.tx("collective.intro", network=n.name, count=len(self.members))))

        story.append(self.P(self.tx("collective.members"), "h2"))
        story.append(self.members_table())
        story.append(Spacer(1, 4))
        # The legal basis speaks of "the services", "as set out above": the letter names them.
        services = list(dict.fromkeys(s for m in self.members for s in m.services))
        if services:
            key = "collective.services.one" if len(services) == 1 else "collective.services"
            story.append(self.P(self.tx(key, list=", ".join(self.service(s) for s in services))))

        story.append(self.P(self.tx("basis"), "h2"))
        story.append(self.P(self.tx("collective.basis")))
        for text in self.law.basis:
            story.append(self.P(self.legal(text)))
        story.append(self.P(self.tx("collective.demand", total=self.money(self.total()),
                                    deadline=self.long_date(self.deadline))))
        # One line on the next step, as in the members' letters.
        story.append(self.P(self.legal(self.law.escalation)))

        story.append(KeepTogether(self.signature(n.signatory, n.name)))
        story.append(Spacer(1, 14))
        story.append(self.P(f"<b>{self.tx('collective.enclosures')}</b>", "small"))
        for number, m in enumerate(self.members, 1):
            story.append(self.P(f"{number}. " + self.tx("collective.enclosure", member=m.name, file=m.letter_file),
                                "small"))
        return story

    def build(self) -> Letter:
        buffer = io.BytesIO()
        doc = self._doc(buffer)
        doc.keepTogetherClass = _HeadingOverTable
        maker = partial(_LetterCanvas, page_label=self.t["page"], claim_date=self.case.claim.date)
        doc.build(self.letter(), canvasmaker=maker)
        return Letter(buffer.getvalue(), doc.page)


def shared_law(pack: Pack, language: str, letter_date: date, members: list[Member]):
    """The law every member's letter would cite in this language on this date: the paragraphs of
    the legal basis common to all of them (members' contracts of different dates can fall under
    different law), in the pack's order. The collective letter cites nothing a member's does not."""
    laws = [pack.law(language, m.signed_on, letter_date, m.first_day) for m in members]
    common = [p for p in laws[0].basis if all(p in law.basis for law in laws[1:])]
    return replace(laws[0], basis=tuple(common))


def build_collective(doc: NetworkFile, members: list[Member], provider: Provider, pack: Pack) -> Letter:
    return CollectiveBuilder(doc, members, provider, pack).build()


def deadline(doc: NetworkFile) -> date:
    return doc.claim.date + timedelta(days=doc.claim.response_days)
