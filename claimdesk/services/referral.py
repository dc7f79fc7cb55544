"""The mediator file of a chain of letters, for the body the jurisdiction names.

The dossier of exhibits (a separate feature) is appended when it exists: ``exhibits_pdf`` is the
hook; until that module is there, the file lists the evidence through each letter's annex.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from ..letters.referral import AnswerFacts, ReferralFacts, SentLetterFacts, build_referral
from ..rules.packs import load as load_pack
from . import claims


def exhibits_pdf(cf, chain) -> bytes | None:
    """The dossier of exhibits of the chain's outages, if the dossier feature is installed."""
    try:
        from . import dossier  # type: ignore[attr-defined]  # the dossier feature, when present
    except ImportError:
        return None
    make = getattr(dossier, "dossier_pdf", None)
    return make(cf, chain.last.id) if make is not None else None


def referral_facts(cf, claim_id: int, today: date | None = None, exhibits_name: str | None = None) -> ReferralFacts:
    chain = claims.chain_of(cf, claim_id)
    last_sent = [link for link in chain.links if link.sent is not None]
    if not last_sent:
        from ..domain.problems import Problem, ValidationError

        raise ValidationError([Problem("claim", f"no letter of claim {claim_id}'s chain has been sent yet: the "
                                                "mediator and the court ask for the letters first", "not_sent",
                                       {"id": claim_id})])
    # The parties and outages as the last sent letter stated them (its frozen case).
    sent = cf.sent_letter(last_sent[-1].id)
    from ..casefile import from_dict

    case = from_dict(json.loads(sent.case_json))
    letters = tuple(SentLetterFacts(link.kind, link.claim.spec.date, link.sent and link.sent.sent_on,
                                    link.sent and link.sent.delivery, link.sent and link.sent.tracking,
                                    link.sent and link.sent.pdf_sha256) for link in chain.links)
    answers = tuple(AnswerFacts(a.answered_on, a.amount_offered, a.reference, a.note, a.letter_name, a.letter_sha256)
                    for link in chain.links for a in link.answers)
    received = sum((p.amount for link in chain.links for p in link.payments), Decimal(0))
    if not received:
        received = max((link.claim.amount_received or Decimal(0) for link in chain.links), default=Decimal(0))
    return ReferralFacts(case, last_sent[-1].claim.amount_claimed, letters,
                         tuple(sorted(answers, key=lambda a: a.answered_on)), received, today or date.today(),
                         exhibits_name)


def write_referral(cf, claim_id: int, out, today: date | None = None) -> list[Path]:
    """Write the mediator file (and the exhibits beside it when the dossier feature makes them);
    returns the files written."""
    out = Path(out)
    chain = claims.chain_of(cf, claim_id)
    exhibits = exhibits_pdf(cf, chain)
    exhibits_path = out.with_name(f"{out.stem} - exhibits.pdf") if exhibits else None
    facts = referral_facts(cf, claim_id, today, exhibits_path.name if exhibits_path else None)
    pdf = build_referral(facts, load_pack(facts.case.company.jurisdiction))
    written = [claims.write_pdf(out, pdf)]
    if exhibits_path is not None:
        written.append(claims.write_pdf(exhibits_path, exhibits))
    return written


def referral_file_name(cf, claim_id: int, today: date | None = None) -> str:
    case = cf.case_for_claim(claim_id)
    name = replace(case.claim, kind="referral")
    clean = "".join(ch for ch in case.contract.provider if ch not in '<>:"/\\|?*').strip(" .")
    return f"{(today or date.today()).isoformat()} {name.kind} - {clean}.pdf"
