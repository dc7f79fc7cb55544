"""The cover sheet: what the user needs to know about a letter, printed for them and never sent.

The letter is evidence the provider and a judge will read, so everything internal stays out of
it and comes here: the rule pack and its check date, the law chosen by the contract's date, the
limitation periods with the day each runs out, what to enclose, how to send it, the mediator's
powers and fees, where each authority the letter cites was read, and the "not legal advice"
notice. In the letter's language.
"""

from __future__ import annotations

import io
from datetime import date

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from ..domain.model import Case
from ..i18n.formats import Formats
from ..i18n.letter_texts import texts
from ..rules.packs import Pack, first_outage_day
from . import fonts, sla_parts
from .document import typeset
from .evidence import EvidenceRow
from .markup import metadata, para


def build_cover(case: Case, pack: Pack, evidence: list[EvidenceRow], deadline: date) -> bytes:
    covered = fonts.register()
    c, k, claim = case.company, case.contract, case.claim
    t = texts(claim.language, c.country)
    f = Formats(claim.language, c.country, c.timezone)
    pt = pack.text(claim.language)
    law = pack.law(claim.language, k.signed_on, claim.date, first_outage_day(case))
    body = ParagraphStyle("cover", fontName=fonts.REGULAR, fontSize=10, leading=13.6, spaceAfter=6)
    h1 = ParagraphStyle("cover-h1", parent=body, fontName=fonts.BOLD, fontSize=14, leading=18, spaceAfter=10)
    h2 = ParagraphStyle("cover-h2", parent=body, fontName=fonts.BOLD, fontSize=10.5, spaceBefore=8, spaceAfter=3)

    def tx(key: str, **values) -> str:
        # no-break spaces as in the letter: a date or an article number stays on one line
        return para(typeset(t[key].format(**values), claim.language, c.country), covered)

    def day(d: date) -> str:
        return f.date(d, "long")

    story = [Paragraph(tx("cover.title"), h1),
             Paragraph(tx("cover.intro", date=day(claim.date), provider=k.provider), body),
             Paragraph(tx("cover.law"), h2),
             Paragraph(tx("cover.pack", id=pack.id, date=day(pack.last_checked), regime=law.regime), body),
             Paragraph(tx("cover.signed_on", date=day(k.signed_on)) if k.signed_on else
                       f"<b>{tx('cover.no_signed_on')}</b>", body),
             Paragraph(tx("cover.limitation"), h2)]
    ends = pack.limitation_ends(first_outage_day(case))
    for text, end in zip(pt.limitation, ends):
        story.append(Paragraph(tx("cover.limitation_item", text=text, date=day(end)), body))
    files = ", ".join(row.name for row in evidence) or t["cover.no_files"]
    # where the letter announces a copy by ordinary mail too (Switzerland), the user must send it
    send = claim.delivery
    if send == "registered" and pack.registered_also_by_ordinary_mail:
        send = "registered_ordinary"
    story += [Paragraph(tx("cover.enclose"), h2), Paragraph(tx("cover.enclose_text", files=files), body),
              Paragraph(tx("cover.send"), h2), Paragraph(tx(f"cover.send.{send}"), body),
              Paragraph(tx("cover.deadline", date=day(deadline)), body)]
    sla_lines = sla_parts.cover_paragraphs(case, pack, t, day, lambda text: para(text, covered))
    if sla_lines:
        story += [Paragraph(tx("cover.sla"), h2)] + [Paragraph(line, body) for line in sla_lines]
    if pt.mediator:
        story += [Paragraph(tx("cover.mediator"), h2), Paragraph(para(pt.mediator, covered), body)]
    # the authorities of the texts this letter prints (a formal notice adds its own and the interest's)
    printed = [*law.basis, law.escalation]
    if claim.kind == "formal_notice":
        printed += [law.formal_notice, law.interest if claim.interest else None]
    if k.sla is not None and k.sla.exclusive:  # the argument against an exclusive service-level clause
        printed += [*law.sla_exclusive, law.sla_notice if claim.kind == "formal_notice" else None]
    cited = pack.cited(printed)
    if cited:
        read: dict[tuple[str, date], list[str]] = {}  # one line per address and day read
        for source in (s for citation in cited for s in citation.sources):
            titles = read.setdefault((source.url, source.read_on), [])
            if source.title not in titles:
                titles.append(source.title)
        story.append(Paragraph(tx("cover.sources"), h2))
        story += [Paragraph(tx("cover.source_item", titles="; ".join(titles), url=url, date=day(on)), body)
                  for (url, on), titles in read.items()]
    story += [Spacer(1, 10), Paragraph(f"<b>{tx('cover.notice')}</b>", body)]

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=LETTER if pack.paper == "LETTER" else A4, invariant=1,
                            leftMargin=25 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=20 * mm,
                            title=metadata(t["cover.title"]), author=metadata(c.name),
                            creator="ClaimDesk", producer="ClaimDesk (reportlab)")
    doc.build(story)  # invariant mode: the same case gives the same bytes
    return buffer.getvalue()
