"""The mediator file: one PDF for the body that handles the dispute when letters did not settle it.

Parties, contract, outages, amounts, the letters sent (dates, tracking numbers, SHA-256), the
provider's answers, and what that body asks for. The bodies and their conditions are only those
marked VERIFIED in the project's legal research, said in plain words; nothing here is a legal
citation. The file is written in the letter's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ..domain.model import Case
from ..i18n.formats import Formats
from ..rules.packs import Pack

_T = {
    "en": {
        "title": "Referral file — {body}", "intro": "Dispute between {company} and {provider}, prepared on {date}.",
        "parties": "Parties", "claimant": "Claimant", "provider": "Provider", "contract": "Contract",
        "customer_number": "Customer number", "contract_reference": "Contract reference",
        "services": "Services", "monthly_fee": "Monthly fee", "outages": "Outages",
        "service": "Service", "start": "Start", "end": "End", "duration": "Duration", "ticket": "Ticket",
        "amounts": "Amounts", "claimed": "Claimed in the last letter", "offered": "Offered by the provider",
        "received": "Received", "outstanding": "Outstanding",
        "letters": "Letters sent", "kind": "Letter", "dated": "Dated", "sent": "Sent", "delivery": "Delivery",
        "tracking": "Tracking number", "answers": "The provider's answers", "none": "None received.",
        "reference": "Their reference", "note": "Note", "their_letter": "Their letter",
        "asks": "{body}: what it asks for", "exhibits": "Exhibits",
        "exhibits_file": "The exhibits follow this file, numbered as in the letters.",
        "no_exhibits": "No evidence file was recorded for these outages.",
        "claim": "Claim", "reminder": "Reminder", "formal_notice": "Formal notice",
        "registered": "Registered mail", "post": "Ordinary post", "email": "E-mail",
        "hours": "{h} h {m:02d} min", "sha": "SHA-256 of the letter as sent",
    },
    "fr": {
        "title": "Dossier de saisine — {body}", "intro": "Litige entre {company} et {provider}, dossier établi le {date}.",
        "parties": "Parties", "claimant": "Demandeur", "provider": "Opérateur", "contract": "Contrat",
        "customer_number": "Numéro de client", "contract_reference": "Référence du contrat",
        "services": "Services", "monthly_fee": "Abonnement mensuel", "outages": "Interruptions",
        "service": "Service", "start": "Début", "end": "Fin", "duration": "Durée", "ticket": "Ticket",
        "amounts": "Montants", "claimed": "Réclamé dans la dernière lettre", "offered": "Proposé par l'opérateur",
        "received": "Reçu", "outstanding": "Restant dû",
        "letters": "Lettres envoyées", "kind": "Lettre", "dated": "Datée du", "sent": "Envoyée le",
        "delivery": "Mode d'envoi", "tracking": "Numéro de suivi", "answers": "Réponses de l'opérateur",
        "none": "Aucune réponse reçue.", "reference": "Leur référence", "note": "Note",
        "their_letter": "Leur lettre", "asks": "{body} : conditions de saisine", "exhibits": "Pièces",
        "exhibits_file": "Les pièces suivent ce dossier, numérotées comme dans les lettres.",
        "no_exhibits": "Aucune pièce n'a été enregistrée pour ces interruptions.",
        "claim": "Réclamation", "reminder": "Relance", "formal_notice": "Mise en demeure",
        "registered": "Recommandé avec accusé de réception", "post": "Courrier simple", "email": "Courriel",
        "hours": "{h} h {m:02d}", "sha": "SHA-256 de la lettre envoyée",
    },
    "de": {
        "title": "Unterlagen zur Anrufung — {body}", "intro": "Streitfall zwischen {company} und {provider}, erstellt am {date}.",
        "parties": "Parteien", "claimant": "Antragsteller", "provider": "Anbieter", "contract": "Vertrag",
        "customer_number": "Kundennummer", "contract_reference": "Vertragsnummer",
        "services": "Dienste", "monthly_fee": "Monatliche Gebühr", "outages": "Störungen",
        "service": "Dienst", "start": "Beginn", "end": "Ende", "duration": "Dauer", "ticket": "Ticket",
        "amounts": "Beträge", "claimed": "Im letzten Brief gefordert", "offered": "Vom Anbieter angeboten",
        "received": "Erhalten", "outstanding": "Offen",
        "letters": "Versandte Briefe", "kind": "Brief", "dated": "Datiert", "sent": "Versandt",
        "delivery": "Versandart", "tracking": "Sendungsnummer", "answers": "Antworten des Anbieters",
        "none": "Keine erhalten.", "reference": "Deren Referenz", "note": "Notiz", "their_letter": "Deren Schreiben",
        "asks": "{body}: Voraussetzungen", "exhibits": "Beilagen",
        "exhibits_file": "Die Belege folgen diesen Unterlagen, nummeriert wie in den Briefen.",
        "no_exhibits": "Zu diesen Störungen wurde kein Beleg erfasst.",
        "claim": "Forderung", "reminder": "Erinnerung", "formal_notice": "Mahnung",
        "registered": "Einschreiben", "post": "Normale Post", "email": "E-Mail",
        "hours": "{h} Std. {m:02d} Min.", "sha": "SHA-256 des versandten Briefs",
    },
    "nl": {
        "title": "Dossier — {body}", "intro": "Geschil tussen {company} en {provider}, opgesteld op {date}.",
        "parties": "Partijen", "claimant": "Verzoeker", "provider": "Operator", "contract": "Contract",
        "customer_number": "Klantnummer", "contract_reference": "Contractreferentie",
        "services": "Diensten", "monthly_fee": "Maandelijks abonnement", "outages": "Storingen",
        "service": "Dienst", "start": "Begin", "end": "Einde", "duration": "Duur", "ticket": "Ticket",
        "amounts": "Bedragen", "claimed": "Gevorderd in de laatste brief", "offered": "Aangeboden door de operator",
        "received": "Ontvangen", "outstanding": "Openstaand",
        "letters": "Verzonden brieven", "kind": "Brief", "dated": "Gedateerd", "sent": "Verzonden",
        "delivery": "Verzendwijze", "tracking": "Zendingsnummer", "answers": "Antwoorden van de operator",
        "none": "Geen ontvangen.", "reference": "Hun referentie", "note": "Notitie", "their_letter": "Hun brief",
        "asks": "{body}: voorwaarden", "exhibits": "Stukken",
        "exhibits_file": "De stukken volgen op dit dossier, genummerd zoals in de brieven.",
        "no_exhibits": "Voor deze storingen werd geen bewijsstuk geregistreerd.",
        "claim": "Vordering", "reminder": "Herinnering", "formal_notice": "Ingebrekestelling",
        "registered": "Aangetekende brief", "post": "Gewone post", "email": "E-mail",
        "hours": "{h} u {m:02d} min", "sha": "SHA-256 van de verzonden brief",
    },
    "it": {
        "title": "Fascicolo — {body}", "intro": "Controversia tra {company} e {provider}, preparato il {date}.",
        "parties": "Parti", "claimant": "Richiedente", "provider": "Operatore", "contract": "Contratto",
        "customer_number": "Numero cliente", "contract_reference": "Riferimento del contratto",
        "services": "Servizi", "monthly_fee": "Canone mensile", "outages": "Interruzioni",
        "service": "Servizio", "start": "Inizio", "end": "Fine", "duration": "Durata", "ticket": "Ticket",
        "amounts": "Importi", "claimed": "Richiesto nell'ultima lettera", "offered": "Offerto dall'operatore",
        "received": "Ricevuto", "outstanding": "Ancora dovuto",
        "letters": "Lettere inviate", "kind": "Lettera", "dated": "Datata", "sent": "Inviata",
        "delivery": "Modalità di invio", "tracking": "Numero di tracciamento", "answers": "Risposte dell'operatore",
        "none": "Nessuna ricevuta.", "reference": "Loro riferimento", "note": "Nota", "their_letter": "Loro lettera",
        "asks": "{body}: condizioni", "exhibits": "Allegati",
        "exhibits_file": "Gli allegati seguono questo fascicolo, numerati come nelle lettere.",
        "no_exhibits": "Per queste interruzioni non è stato registrato alcun documento probatorio.",
        "claim": "Richiesta", "reminder": "Sollecito", "formal_notice": "Diffida",
        "registered": "Raccomandata", "post": "Posta ordinaria", "email": "E-mail",
        "hours": "{h} h {m:02d} min", "sha": "SHA-256 della lettera inviata",
    },
}

# What each body asks for, from the VERIFIED items of the legal research only (in plain words).
_ASKS = {
    "FR": {
        "fr": ["Le Médiateur des entreprises peut être saisi par toute entreprise, quelle que soit sa taille, pour un "
               "litige sur l'exécution d'un contrat avec un client ou un fournisseur.",
               "La médiation est gratuite et confidentielle ; la saisine se fait en ligne."],
        "en": ["The Médiateur des entreprises takes any business, whatever its size, for a dispute on the "
               "performance of a contract with a client or supplier.",
               "Mediation is free and confidential; the referral is made online."],
    },
    "BE": {
        "fr": ["Le Service de médiation pour les télécommunications est compétent pour l'utilisateur final ; la "
               "plainte est écrite et suppose que l'opérateur ait d'abord été contacté.",
               "Il peut refuser une plainte si la réclamation auprès de l'opérateur date de plus d'un an.",
               "Il n'intervient pas si un tribunal est saisi. Le service est gratuit."],
        "nl": ["De Ombudsdienst voor telecommunicatie is bevoegd voor de eindgebruiker; de klacht is schriftelijk "
               "en volgt op een eerste contact met de operator.",
               "Hij kan een klacht weigeren als de klacht bij de operator meer dan een jaar oud is.",
               "Hij treedt niet op als een rechtbank is gevat. De dienst is gratis."],
        "en": ["The telecom ombudsman (Service de médiation pour les télécommunications) handles end-users; the "
               "complaint is in writing, after the operator was approached first.",
               "It may refuse a complaint if the complaint to the operator is more than one year old.",
               "It does not act while a court is seized. It is free."],
    },
    "CH": {
        "fr": ["ombudscom accepte toute personne physique ou morale qui est l'utilisatrice finale du service.",
               "Il faut une tentative écrite préalable de régler le litige avec l'opérateur ; le dernier contact sur "
               "le litige ne doit pas dater de plus de 12 mois.",
               "Aucun tribunal ne doit être saisi de la même affaire ni avoir statué.",
               "ombudscom ne fixe pas de dommages-intérêts : la demande porte sur le remboursement et les avoirs."],
        "de": ["Die ombudscom nimmt jede natürliche oder juristische Person an, die Endnutzerin des Dienstes ist.",
               "Verlangt wird ein vorheriger schriftlicher Einigungsversuch mit dem Anbieter; der letzte Kontakt zum "
               "Streitfall darf höchstens 12 Monate zurückliegen.",
               "Kein Gericht darf mit derselben Sache befasst sein oder darüber entschieden haben.",
               "Die ombudscom setzt keinen Schadenersatz fest: Das Begehren betrifft Rückerstattung und Gutschriften."],
        "it": ["ombudscom accetta ogni persona fisica o giuridica che sia l'utente finale del servizio.",
               "Occorre un precedente tentativo scritto di risolvere la controversia con l'operatore; l'ultimo "
               "contatto sulla controversia non deve risalire a più di 12 mesi.",
               "Nessun tribunale deve essere adito per la stessa causa né avere deciso.",
               "ombudscom non fissa risarcimenti: la domanda riguarda rimborsi e accrediti."],
        "en": ["ombudscom accepts any natural or legal person who is the end-user of the service.",
               "It needs a prior written attempt to settle with the provider; the last contact on the dispute must "
               "be no more than 12 months old.",
               "No court may be seized of, or have ruled on, the same matter.",
               "ombudscom cannot set damages: the request is for refunds and credits."],
    },
    "CA": {
        "en": ["The CCTS handles complaints about phone, wireless and internet services provided to individuals and "
               "small businesses; the customer must first try to resolve the issue with the provider.",
               "It is free of charge; after acceptance the provider gets 30 days to settle with the customer."],
        "fr": ["La CPRST traite les plaintes sur les services de téléphonie, sans fil et internet fournis aux "
               "particuliers et aux petites entreprises ; le client doit d'abord tenter de régler le problème avec "
               "le fournisseur.",
               "Le service est gratuit ; une fois la plainte acceptée, le fournisseur a 30 jours pour régler avec "
               "le client."],
    },
    "CA-QC": {
        "fr": ["Division des petites créances : jusqu'à 15 000 $, sans avocat ; une personne morale n'y est admise "
               "que si elle a compté au plus 10 salariés en tout temps dans les 12 mois précédant la demande."],
        "en": ["Small Claims Division: up to $15,000, without lawyers; a legal person may sue there only if it had "
               "at most 10 employees at all times in the 12 months before the claim."],
    },
    "CA-BC": {
        "en": ["Civil Resolution Tribunal: most small claims up to $5,000, online; Provincial Court Small Claims: "
               "$5,001 to $35,000."],
    },
}


@dataclass(frozen=True)
class SentLetterFacts:
    kind: str
    dated: date
    sent_on: date | None
    delivery: str | None
    tracking: str | None
    sha256: str | None


@dataclass(frozen=True)
class AnswerFacts:
    answered_on: date
    amount_offered: Decimal | None
    reference: str | None
    note: str | None
    letter_name: str | None
    letter_sha256: str | None


@dataclass(frozen=True)
class ReferralFacts:
    case: Case  # the last letter's case: parties, contract, outages
    claimed: Decimal
    letters: tuple[SentLetterFacts, ...]
    answers: tuple[AnswerFacts, ...]
    received: Decimal
    prepared_on: date


def asks(jurisdiction: str, language: str) -> list[str]:
    """What the body of this jurisdiction asks for, in the language (English when not written in it)."""
    result = []
    for key in (jurisdiction.split("-")[0], jurisdiction) if "-" in jurisdiction else (jurisdiction,):
        texts = _ASKS.get(key, {})
        result += texts.get(language) or texts.get("en") or []
    return result


def build_referral(facts: ReferralFacts, pack: Pack) -> bytes:
    import io
    from xml.sax.saxutils import escape

    from ._reportlab_import import import_reportlab

    import_reportlab()
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from . import fonts

    fonts.register()
    case = facts.case
    lang = case.claim.language if case.claim.language in _T else "en"
    t = _T[lang]
    c, k = case.company, case.contract
    f = Formats(lang, c.country, c.timezone)
    body = pack.escalation_body
    base = ParagraphStyle("base", fontName=fonts.REGULAR, fontSize=9.5, leading=12.5)
    h1 = ParagraphStyle("h1", parent=base, fontName=fonts.BOLD, fontSize=15, leading=19, spaceAfter=4)
    h2 = ParagraphStyle("h2", parent=base, fontName=fonts.BOLD, fontSize=11.5, leading=15, spaceBefore=10,
                        spaceAfter=3)
    cell = ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5)
    mono = ParagraphStyle("mono", parent=cell, fontName=fonts.MONO, fontSize=7, leading=9)

    def p(text, style=base):
        return Paragraph(escape(str(text)), style)

    def lines(items):
        return Paragraph("<br/>".join(escape(str(x)) for x in items), cell)

    def table(rows, widths, header=True):
        data = [[x if not isinstance(x, str) else p(x, cell) for x in row] for row in rows]
        tbl = Table(data, colWidths=widths, repeatRows=1 if header else 0)
        style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                 ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)))
        tbl.setStyle(TableStyle(style))
        return tbl

    money = lambda amount: f.money(amount, c.currency)  # noqa: E731
    page = LETTER if pack.paper == "LETTER" else A4
    width = page[0] - 40 * mm
    story = [p(t["title"].format(body=body), h1),
             p(t["intro"].format(company=c.name, provider=k.provider, date=f.date(facts.prepared_on, "long")))]

    story.append(p(t["parties"], h2))
    claimant = [c.name, *c.address, *(x for x in (c.registration_id, c.email, c.phone) if x)]
    story.append(table([[t["claimant"], lines(claimant)], [t["provider"], lines([k.provider, *k.provider_address])]],
                       [0.25 * width, 0.75 * width], header=False))
    story.append(p(t["contract"], h2))
    story.append(table([[t["customer_number"], k.customer_number], [t["contract_reference"], k.contract_reference],
                        [t["services"], ", ".join(k.services)], [t["monthly_fee"], money(k.monthly_fee)]],
                       [0.35 * width, 0.65 * width], header=False))

    story.append(p(t["outages"], h2))
    rows = [[t["service"], t["start"], t["end"], t["duration"], t["ticket"]]]
    for o in sorted(case.outages, key=lambda o: o.start):
        minutes = o.duration_seconds // 60
        rows.append([o.service, f.datetime(o.start, "short"), f.datetime(o.end, "short"),
                     t["hours"].format(h=minutes // 60, m=minutes % 60), o.provider_reference or "—"])
    story.append(table(rows, [w * width for w in (0.14, 0.24, 0.24, 0.16, 0.22)]))

    story.append(p(t["amounts"], h2))
    offered = next((a.amount_offered for a in reversed(facts.answers) if a.amount_offered is not None), None)
    story.append(table([[t["claimed"], money(facts.claimed)], [t["offered"], "—" if offered is None else money(offered)],
                        [t["received"], money(facts.received)],
                        [t["outstanding"], money(max(Decimal(0), facts.claimed - facts.received))]],
                       [0.6 * width, 0.4 * width], header=False))

    story.append(p(t["letters"], h2))
    rows = [[t["kind"], t["dated"], t["sent"], t["delivery"], t["tracking"]]]
    for letter in facts.letters:
        rows.append([t.get(letter.kind, letter.kind), f.date(letter.dated, "medium"),
                     "—" if letter.sent_on is None else f.date(letter.sent_on, "medium"),
                     t.get(letter.delivery or "", "—"), letter.tracking or "—"])
        if letter.sha256:
            rows.append([p(t["sha"], cell), "", p(letter.sha256, mono), "", ""])
    tbl = table(rows, [w * width for w in (0.2, 0.17, 0.17, 0.22, 0.24)])
    spans = [("SPAN", (0, r), (1, r)) for r, row in enumerate(rows) if row[1] == ""]
    spans += [("SPAN", (2, r), (4, r)) for r, row in enumerate(rows) if row[1] == ""]
    tbl.setStyle(TableStyle(spans))
    story.append(tbl)

    story.append(p(t["answers"], h2))
    if not facts.answers:
        story.append(p(t["none"]))
    for a in facts.answers:
        parts = [f.date(a.answered_on, "long")]
        if a.reference:
            parts.append(f"{t['reference']}: {a.reference}")
        if a.amount_offered is not None:
            parts.append(f"{t['offered']}: {money(a.amount_offered)}")
        if a.note:
            parts.append(f"{t['note']}: {a.note}")
        if a.letter_name:
            parts.append(f"{t['their_letter']}: {a.letter_name} (SHA-256 {a.letter_sha256})")
        story.append(p(" · ".join(parts)))

    requirements = asks(c.jurisdiction, lang)
    if requirements:
        story.append(p(t["asks"].format(body=body), h2))
        story += [p(f"• {text}") for text in requirements]
    story.append(p(t["exhibits"], h2))
    has_exhibits = any(o.evidence for o in case.outages)
    story.append(p(t["exhibits_file"] if has_exhibits else t["no_exhibits"]))

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=page, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title=t["title"].format(body=body), author=c.name)
    doc.build([*story, Spacer(1, 1)])
    return out.getvalue()
