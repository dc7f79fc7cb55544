"""The mediator file of a chain of letters, for the body the jurisdiction names, followed by the
dossier's exhibits (every evidence file of the outages, numbered as in the letters)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from ..letters.referral import AnswerFacts, ReferralFacts, SentLetterFacts, build_referral
from ..rules.packs import load as load_pack
from . import claims


def _vault(cf, outage_ids):
    """``sha256 -> (size, opener)`` for the evidence files of these outages, read from the file."""
    import io

    found = {}
    for oid in outage_ids:
        for ev in cf.outage(oid).evidence:
            found.setdefault(ev.sha256, ev)

    def lookup(sha256: str):
        ev = found.get(sha256)
        return None if ev is None else (ev.size, lambda: io.BytesIO(cf.evidence_bytes(ev.id)))

    return lookup


def referral_facts(cf, claim_id: int, today: date | None = None) -> ReferralFacts:
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
                         tuple(sorted(answers, key=lambda a: a.answered_on)), received, today or date.today())


def write_referral(cf, claim_id: int, out, today: date | None = None) -> list[Path]:
    """Write the mediator file, then every exhibit of the chain's outages after it (numbered as
    in the letters, with their SHA-256), atomically; returns the files written."""
    from .render import dossier_of_letter

    chain = claims.chain_of(cf, claim_id)
    facts = referral_facts(cf, claim_id, today)
    case = facts.case
    pdf = build_referral(facts, load_pack(case.company.jurisdiction))
    # The outages of a sent letter can no longer change: the file's own records are those sent.
    letter = chain.last.id
    outages = cf.case_for_claim(letter).outages
    dossier_of_letter(pdf, outages, _vault(cf, cf.claim(letter).outage_ids), case.company, case.claim, out)
    return [Path(out)]


def referral_file_name(cf, claim_id: int, today: date | None = None) -> str:
    case = cf.case_for_claim(claim_id)
    name = replace(case.claim, kind="referral")
    clean = "".join(ch for ch in case.contract.provider if ch not in '<>:"/\\|?*').strip(" .")
    return f"{(today or date.today()).isoformat()} {name.kind} - {clean}.pdf"
