"""The texts of the collective letter that a single member's letter does not have, in each
letter language; everything else (salutation, closing, delivery, legal basis) is the single
letter's own text, so the two letters say the same things the same way."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "subject": "Collective claim on behalf of {count} members – service interruptions",
        "intro": "{network} writes to you on behalf of the {count} members listed below, all of them your "
                 "customers, whose services were interrupted. Each member sets out its own claim, its figures "
                 "and its evidence in the enclosed letter; this letter brings those claims together so that "
                 "you can settle them in one procedure.",
        "members": "Members and amounts claimed",
        "col.member": "Member",
        "col.city": "Town",
        "col.customer": "Customer no.",
        "col.span": "Interruptions",
        "col.total": "Amount claimed",
        "total": "Total",
        "basis": "Each member's claim rests on the same legal basis, set out in its letter and recalled here "
                 "once:",
        "demand": "We therefore ask you to pay each member the amount claimed in its letter, {total} in all, "
                  "by {deadline}, or to tell us by then how you intend to settle these claims. Please address "
                  "your answer to us; we will pass it on to each member.",
        "services": "The services interrupted were: {list}.",
        "services.one": "The service interrupted was: {list}.",
        "enclosures": "Enclosures: the members' claim letters",
        "enclosure": "{member}: claim letter ({file})",
    },
    "fr": {
        "subject": "Réclamation collective pour le compte de {count} adhérents – interruptions de service",
        "intro": "{network} vous écrit pour le compte des {count} adhérents énumérés ci-dessous, tous vos "
                 "clients, dont les services ont été interrompus. Chaque adhérent expose sa propre réclamation, "
                 "ses montants et ses preuves dans la lettre jointe ; la présente lettre réunit ces réclamations "
                 "afin que vous puissiez les traiter en une seule procédure.",
        "members": "Adhérents et montants réclamés",
        "col.member": "Adhérent",
        "col.city": "Localité",
        "col.customer": "N° client",
        "col.span": "Interruptions",
        "col.total": "Montant réclamé",
        "total": "Total",
        "basis": "La réclamation de chaque adhérent repose sur le même fondement juridique, exposé dans sa "
                 "lettre et rappelé ici une fois :",
        "demand": "Nous vous demandons en conséquence de verser à chaque adhérent le montant réclamé dans sa "
                  "lettre, soit {total} au total, au plus tard le {deadline}, ou de nous indiquer d'ici là "
                  "comment vous entendez régler ces réclamations. Nous vous remercions d'adresser votre réponse "
                  "à notre siège, qui la transmettra à chaque adhérent.",
        "services": "Les services interrompus sont les suivants : {list}.",
        "services.one": "Le service interrompu est le suivant : {list}.",
        "enclosures": "Pièces jointes : les lettres de réclamation des adhérents",
        "enclosure": "{member} : lettre de réclamation ({file})",
    },
    "de": {
        "subject": "Sammelforderung im Namen von {count} Mitgliedern – Dienstunterbrechungen",
        "intro": "{network} schreibt Ihnen im Namen der unten aufgeführten {count} Mitglieder, allesamt Ihre "
                 "Kunden, deren Dienste unterbrochen wurden. Jedes Mitglied legt seine Forderung, deren "
                 "Berechnung und seine Belege im beigefügten Schreiben dar; dieses Schreiben fasst die "
                 "Forderungen zusammen, damit Sie sie in einem Verfahren regeln können.",
        "members": "Mitglieder und geforderte Beträge",
        "col.member": "Mitglied",
        "col.city": "Ort",
        "col.customer": "Kundennr.",
        "col.span": "Unterbrechungen",
        "col.total": "Geforderter Betrag",
        "total": "Gesamt",
        "basis": "Die Forderung jedes Mitglieds beruht auf derselben Rechtsgrundlage, die in seinem Schreiben "
                 "dargelegt ist und hier einmal wiedergegeben wird:",
        "demand": "Wir fordern Sie daher auf, jedem Mitglied den in seinem Schreiben geforderten Betrag, "
                  "insgesamt {total}, bis zum {deadline} zu zahlen oder uns bis dahin mitzuteilen, wie Sie "
                  "diese Forderungen regeln wollen. Bitte richten Sie Ihre Antwort an uns; wir leiten sie an "
                  "jedes Mitglied weiter.",
        "services": "Unterbrochen wurden folgende Dienste: {list}.",
        "services.one": "Unterbrochen wurde folgender Dienst: {list}.",
        "enclosures": "Anlagen: die Forderungsschreiben der Mitglieder",
        "enclosure": "{member}: Forderungsschreiben ({file})",
    },
    "nl": {
        "subject": "Collectieve vordering namens {count} leden – onderbrekingen van de dienstverlening",
        "intro": "{network} schrijft u namens de {count} hieronder vermelde leden, allen klant bij u, van wie "
                 "de diensten werden onderbroken. Elk lid zet zijn eigen vordering, bedragen en bewijsstukken "
                 "uiteen in de bijgevoegde brief; deze brief bundelt die vorderingen zodat u ze in één "
                 "procedure kunt afhandelen.",
        "members": "Leden en gevorderde bedragen",
        "col.member": "Lid",
        "col.city": "Plaats",
        "col.customer": "Klantnr.",
        "col.span": "Onderbrekingen",
        "col.total": "Gevorderd bedrag",
        "total": "Totaal",
        "basis": "De vordering van elk lid berust op dezelfde rechtsgrond, die in zijn brief wordt uiteengezet "
                 "en hier eenmaal wordt herhaald:",
        "demand": "Wij verzoeken u daarom elk lid het in zijn brief gevorderde bedrag te betalen, in totaal "
                  "{total}, uiterlijk op {deadline}, of ons vóór die datum mee te delen hoe u deze vorderingen "
                  "wilt afhandelen. Gelieve uw antwoord aan ons te richten; wij bezorgen het aan elk lid.",
        "services": "De onderbroken diensten zijn: {list}.",
        "services.one": "De onderbroken dienst is: {list}.",
        "enclosures": "Bijlagen: de vorderingsbrieven van de leden",
        "enclosure": "{member}: vorderingsbrief ({file})",
    },
    "it": {
        "subject": "Reclamo collettivo per conto di {count} aderenti – interruzioni del servizio",
        "intro": "{network} vi scrive per conto dei {count} aderenti elencati di seguito, tutti vostri "
                 "clienti, i cui servizi sono stati interrotti. Ciascun aderente espone il proprio reclamo, i "
                 "relativi importi e le prove nella lettera allegata; la presente lettera riunisce tali reclami "
                 "affinché possiate definirli in un'unica procedura.",
        "members": "Aderenti e importi richiesti",
        "col.member": "Aderente",
        "col.city": "Località",
        "col.customer": "N. cliente",
        "col.span": "Interruzioni",
        "col.total": "Importo richiesto",
        "total": "Totale",
        "basis": "Il reclamo di ciascun aderente si fonda sulla stessa base giuridica, esposta nella sua "
                 "lettera e qui richiamata una sola volta:",
        "demand": "Vi chiediamo pertanto di versare a ciascun aderente l'importo richiesto nella sua lettera, "
                  "per un totale di {total}, entro il {deadline}, oppure di comunicarci entro tale data come "
                  "intendete definire questi reclami. Vi preghiamo di indirizzare la risposta a noi; la "
                  "trasmetteremo a ciascun aderente.",
        "services": "I servizi interrotti sono i seguenti: {list}.",
        "services.one": "Il servizio interrotto è il seguente: {list}.",
        "enclosures": "Allegati: le lettere di reclamo degli aderenti",
        "enclosure": "{member}: lettera di reclamo ({file})",
    },
}


def collective_texts(language: str, country: str = "") -> dict[str, str]:
    """The collective letter's own texts, under ``collective.`` keys; Swiss German, as the members'
    letters, writes "Beilagen" and no ß."""
    table = TEXTS[language]
    if language == "de" and country == "CH":
        table = {k: v.replace("Anlage", "Beilage").replace("ß", "ss") for k, v in table.items()}
    return {f"collective.{key}": text for key, text in table.items()}
