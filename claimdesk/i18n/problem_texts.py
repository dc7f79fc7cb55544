"""Validation messages in the interface languages, from a Problem's code and parameters.

The domain and the company file describe each problem with a ``code`` (and ``params``) beside
their English ``message``; here they become sentences in English, French, German, Dutch or
Italian that say which field is wrong in words. A code this module does not know falls back to
the problem's own message, so nothing is ever hidden.

* :func:`problem_detail` — what is wrong, for display right under the field concerned;
* :func:`problem_message` — the same, preceded by the field's name, for lists of problems.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from ..domain.problems import Problem

LANGUAGES = ("en", "fr", "de", "nl", "it")

WEEKDAY_NAMES = {
    "mon": ("Monday", "lundi", "Montag", "maandag", "lunedì"),
    "tue": ("Tuesday", "mardi", "Dienstag", "dinsdag", "martedì"),
    "wed": ("Wednesday", "mercredi", "Mittwoch", "woensdag", "mercoledì"),
    "thu": ("Thursday", "jeudi", "Donnerstag", "donderdag", "giovedì"),
    "fri": ("Friday", "vendredi", "Freitag", "vrijdag", "venerdì"),
    "sat": ("Saturday", "samedi", "Samstag", "zaterdag", "sabato"),
    "sun": ("Sunday", "dimanche", "Sonntag", "zondag", "domenica"),
}

# Field names by path with the list indices removed: en, fr, de, nl, it.
FIELDS = {
    "(document)": ("File", "Fichier", "Datei", "Bestand", "File"),
    "format": ("File format", "Format du fichier", "Dateiformat", "Bestandsformaat", "Formato del file"),
    "company": ("Company", "Entreprise", "Unternehmen", "Onderneming", "Azienda"),
    "company.name": ("Company name", "Nom de l'entreprise", "Name des Unternehmens", "Naam van de onderneming",
                     "Nome dell'azienda"),
    "company.address": ("Address", "Adresse", "Adresse", "Adres", "Indirizzo"),
    "company.registration_id": ("Company number", "Numéro d'entreprise", "Unternehmensnummer",
                                "Ondernemingsnummer", "Numero d'impresa"),
    "company.email": ("E-mail", "Courriel", "E-Mail", "E-mail", "E-mail"),
    "company.phone": ("Phone", "Téléphone", "Telefon", "Telefoon", "Telefono"),
    "company.signatory": ("Signatory", "Signataire", "Unterzeichnende Person", "Ondertekenaar", "Firmatario"),
    "company.signatory.name": ("Name of the signatory", "Nom du signataire", "Name der unterzeichnenden Person",
                               "Naam van de ondertekenaar", "Nome del firmatario"),
    "company.signatory.title": ("Signatory's title", "Fonction du signataire", "Funktion der unterzeichnenden Person",
                                "Functie van de ondertekenaar", "Funzione del firmatario"),
    "company.jurisdiction": ("Jurisdiction", "Juridiction", "Rechtsordnung", "Rechtsgebied", "Giurisdizione"),
    "company.timezone": ("Time zone", "Fuseau horaire", "Zeitzone", "Tijdzone", "Fuso orario"),
    "company.currency": ("Currency", "Monnaie", "Währung", "Munt", "Valuta"),
    "company.opening_hours": ("Opening hours", "Heures d'ouverture", "Öffnungszeiten", "Openingsuren",
                              "Orari di apertura"),
    "company.closed_dates": ("Closed dates", "Jours de fermeture", "Schliesstage", "Sluitingsdagen",
                             "Giorni di chiusura"),
    "company.channels": ("Sales channels", "Canaux de vente", "Verkaufskanäle", "Verkoopkanalen",
                         "Canali di vendita"),
    "company.channels.name": ("Channel name", "Nom du canal", "Name des Kanals", "Naam van het kanaal",
                              "Nome del canale"),
    "company.channels.share": ("Share of turnover", "Part du chiffre d'affaires", "Umsatzanteil",
                               "Aandeel in de omzet", "Quota del fatturato"),
    "company.channels.depends_on": ("Depends on", "Dépend de", "Hängt ab von", "Afhankelijk van", "Dipende da"),
    "company.baseline": ("Baseline", "Base de calcul", "Berechnungsgrundlage", "Berekeningsbasis",
                         "Base di calcolo"),
    "company.baseline.standard_turnover": ("Standard turnover", "Chiffre d'affaires de référence",
                                           "Standardumsatz", "Standaardomzet", "Fatturato di riferimento"),
    "company.baseline.trend": ("Trend against the standard turnover",
                               "Tendance par rapport au chiffre d'affaires de référence",
                               "Trend gegenüber dem Standardumsatz", "Trend ten opzichte van de standaardomzet",
                               "Tendenza rispetto al fatturato di riferimento"),
    "company.baseline.average_order_value": ("Average order value", "Panier moyen", "Durchschnittlicher Bestellwert",
                                             "Gemiddelde orderwaarde", "Valore medio dell'ordine"),
    "company.baseline.gross_profit_rate": ("Gross profit rate", "Taux de marge brute", "Bruttogewinnsatz",
                                           "Brutowinstmarge", "Tasso di margine lordo"),
    "company.baseline.recovery_rate": ("Share of turnover recovered later",
                                       "Part du chiffre d'affaires récupérée ensuite",
                                       "Später nachgeholter Umsatzanteil", "Later ingehaald deel van de omzet",
                                       "Quota del fatturato recuperata in seguito"),
    "contract": ("Contract", "Contrat", "Vertrag", "Contract", "Contratto"),
    "contract.provider": ("Provider", "Opérateur", "Anbieter", "Operator", "Operatore"),
    "contract.provider_address": ("Provider's address", "Adresse de l'opérateur", "Adresse des Anbieters",
                                  "Adres van de operator", "Indirizzo dell'operatore"),
    "contract.customer_number": ("Customer number", "Numéro de client", "Kundennummer", "Klantnummer",
                                 "Numero cliente"),
    "contract.contract_reference": ("Contract reference", "Référence du contrat", "Vertragsnummer",
                                    "Contractnummer", "Riferimento del contratto"),
    "contract.services": ("Services", "Services", "Dienste", "Diensten", "Servizi"),
    "contract.monthly_fee": ("Monthly subscription fee", "Abonnement mensuel", "Monatliche Abonnementsgebühr",
                             "Maandelijks abonnement", "Canone mensile"),
    "outages": ("Outages", "Pannes", "Störungen", "Storingen", "Guasti"),
    "outages.service": ("Service", "Service", "Dienst", "Dienst", "Servizio"),
    "outages.start": ("Start", "Début", "Beginn", "Begin", "Inizio"),
    "outages.end": ("End", "Fin", "Ende", "Einde", "Fine"),
    "outages.provider_reference": ("Provider's ticket number", "Numéro d'incident de l'opérateur",
                                   "Störungsnummer des Anbieters", "Storingsnummer van de operator",
                                   "Numero di guasto dell'operatore"),
    "outages.description": ("Description", "Description", "Beschreibung", "Omschrijving", "Descrizione"),
    "outages.evidence": ("Evidence", "Pièces justificatives", "Belege", "Bewijsstukken", "Documenti probatori"),
    "outages.evidence.file": ("Evidence file", "Fichier justificatif", "Belegdatei", "Bestand met bewijs",
                              "File probatorio"),
    "outages.evidence.description": ("Evidence description", "Description de la pièce", "Beschreibung des Belegs",
                                     "Omschrijving van het bewijsstuk", "Descrizione del documento"),
    "extra_costs": ("Extra costs", "Frais supplémentaires", "Mehrkosten", "Bijkomende kosten",
                    "Costi aggiuntivi"),
    "savings": ("Savings", "Charges économisées", "Eingesparte Kosten", "Bespaarde kosten", "Costi risparmiati"),
    "credits_received": ("Credits received", "Avoirs reçus", "Erhaltene Gutschriften", "Ontvangen creditnota's",
                         "Accrediti ricevuti"),
    "amount": ("Amount", "Montant", "Betrag", "Bedrag", "Importo"),
    "claim": ("Claim", "Réclamation", "Forderung", "Vordering", "Richiesta"),
    "claim.kind": ("Kind of letter", "Type de lettre", "Art des Briefs", "Soort brief", "Tipo di lettera"),
    "claim.language": ("Letter language", "Langue de la lettre", "Sprache des Briefs", "Taal van de brief",
                       "Lingua della lettera"),
    "claim.date": ("Date of the letter", "Date de la lettre", "Datum des Briefs", "Datum van de brief",
                   "Data della lettera"),
    "claim.place": ("Place", "Lieu", "Ort", "Plaats", "Luogo"),
    "claim.response_days": ("Days to answer", "Délai de réponse", "Antwortfrist", "Antwoordtermijn",
                            "Termine di risposta"),
    "claim.delivery": ("Delivery", "Mode d'envoi", "Versandart", "Verzendwijze", "Modalità di invio"),
    "claim.status": ("Status", "Statut", "Status", "Status", "Stato"),
    # The escalation ladder: sending a letter, following it up, answers and payments.
    "on": ("Date sent", "Date d'envoi", "Versanddatum", "Verzenddatum", "Data di invio"),
    "delivery": ("Delivery", "Mode d'envoi", "Versandart", "Verzendwijze", "Modalità di invio"),
    "tracking": ("Tracking number", "Numéro de suivi", "Sendungsnummer", "Zendingsnummer", "Numero di tracciamento"),
    "kind": ("Kind of letter", "Type de lettre", "Art des Briefs", "Soort brief", "Tipo di lettera"),
    "answer.date": ("Date of the answer", "Date de la réponse", "Datum der Antwort", "Datum van het antwoord",
                    "Data della risposta"),
    "answer.amount_offered": ("Amount offered", "Montant proposé", "Angebotener Betrag", "Aangeboden bedrag",
                              "Importo offerto"),
    "answer.letter": ("Their letter", "Leur lettre", "Ihr Schreiben", "Hun brief", "La loro lettera"),
    "payment.date": ("Date received", "Date de réception", "Eingangsdatum", "Datum van ontvangst",
                     "Data di ricezione"),
    "payment.amount": ("Amount received", "Montant reçu", "Erhaltener Betrag", "Ontvangen bedrag", "Importo ricevuto"),
    # case file /2
    "contract.signed_on": ("Date the contract was concluded", "Date de conclusion du contrat",
                           "Datum des Vertragsschlusses", "Datum van sluiting van het contract",
                           "Data di conclusione del contratto"),
    "contract.service_fees": ("Fee per service", "Abonnement par service", "Gebühr je Dienst",
                              "Abonnement per dienst", "Canone per servizio"),
    "contract.monthly_fee_tax": ("Taxes in the fee", "Taxes dans l'abonnement", "Steuern in der Gebühr",
                                 "Belastingen in het abonnement", "Imposte nel canone"),
    "outages.affected": ("Line or access affected", "Ligne ou accès touché", "Betroffene Leitung oder Zugang",
                         "Getroffen lijn of aansluiting", "Linea o accesso colpito"),
    "company.bank": ("Bank details", "Coordonnées bancaires", "Bankverbindung", "Bankgegevens",
                     "Coordinate bancarie"),
    "company.bank.holder": ("Account holder", "Titulaire du compte", "Kontoinhaber", "Rekeninghouder",
                            "Intestatario del conto"),
    "company.bank.iban": ("IBAN", "IBAN", "IBAN", "IBAN", "IBAN"),
    "company.bank.bic": ("BIC", "BIC", "BIC", "BIC", "BIC"),
    "company.bank.account": ("Account", "Compte", "Konto", "Rekening", "Conto"),
    "claim.previous": ("Earlier letters", "Courriers précédents", "Frühere Schreiben", "Eerdere brieven",
                       "Lettere precedenti"),
    "claim.previous.kind": ("Kind of the earlier letter", "Type du courrier précédent", "Art des früheren Schreibens",
                            "Soort van de eerdere brief", "Tipo della lettera precedente"),
    "claim.previous.date": ("Date of the earlier letter", "Date du courrier précédent",
                            "Datum des früheren Schreibens", "Datum van de eerdere brief",
                            "Data della lettera precedente"),
    "claim.previous.reference": ("Reference of the earlier letter", "Référence du courrier précédent",
                                 "Zeichen des früheren Schreibens", "Referentie van de eerdere brief",
                                 "Riferimento della lettera precedente"),
    "claim.previous.delivery": ("Delivery of the earlier letter", "Mode d'envoi du courrier précédent",
                                "Versandart des früheren Schreibens", "Verzendwijze van de eerdere brief",
                                "Modalità di invio della lettera precedente"),
    "claim.previous.tracking": ("Tracking number", "Numéro de suivi", "Sendungsnummer", "Zendingsnummer",
                                "Numero di tracciamento"),
    "claim.acknowledged": ("Provider's acknowledgement", "Reconnaissance par l'opérateur",
                           "Bestätigung durch den Anbieter", "Erkenning door de operator",
                           "Riconoscimento dell'operatore"),
    "claim.interest": ("Legal interest", "Intérêts légaux", "Gesetzliche Zinsen", "Wettelijke interest",
                       "Interessi legali"),
    # The contract's own service levels (case file /2, loss method §Q).
    "contract.sla": ("Your contract's service levels", "Niveaux de service de votre contrat",
                     "Service-Levels Ihres Vertrags", "Serviceniveaus van uw contract",
                     "Livelli di servizio del contratto"),
    "contract.sla.clause": ("Clause of the contract", "Clause du contrat", "Vertragsklausel", "Contractbepaling",
                            "Clausola del contratto"),
    "contract.sla.restoration": ("Guaranteed restoration time", "Garantie de temps de rétablissement",
                                 "Garantierte Wiederherstellungszeit", "Gegarandeerde hersteltijd",
                                 "Tempo di ripristino garantito"),
    "contract.sla.restoration.target_hours": ("Restoration time (hours)", "Délai de rétablissement (heures)",
                                              "Wiederherstellungszeit (Stunden)", "Hersteltijd (uren)",
                                              "Tempo di ripristino (ore)"),
    "contract.sla.restoration.clock": ("Restoration clock", "Décompte du délai de rétablissement",
                                       "Zählweise der Wiederherstellungszeit", "Telling van de hersteltijd",
                                       "Orologio del tempo di ripristino"),
    "contract.sla.restoration.starts": ("Start of the restoration clock", "Point de départ du délai",
                                        "Beginn der Frist", "Begin van de termijn", "Inizio del termine"),
    "contract.sla.restoration.coverage": ("Hours covered", "Heures couvertes", "Abgedeckte Zeiten",
                                          "Gedekte uren", "Orari coperti"),
    "contract.sla.restoration.credits": ("Credit for a late restoration", "Pénalité de retard de rétablissement",
                                         "Gutschrift bei verspäteter Wiederherstellung",
                                         "Vergoeding bij laattijdig herstel", "Accredito per ripristino tardivo"),
    "contract.sla.restoration.credits.over_hours": ("Hours beyond the target", "Heures au-delà du délai",
                                                    "Stunden über der Frist", "Uren boven de termijn",
                                                    "Ore oltre il termine"),
    "contract.sla.restoration.credits.percent": ("Credit (% of the monthly fee)",
                                                 "Pénalité (% de l'abonnement mensuel)",
                                                 "Gutschrift (% der Monatsgebühr)",
                                                 "Vergoeding (% van het maandabonnement)",
                                                 "Accredito (% del canone mensile)"),
    "contract.sla.availability": ("Availability commitment", "Engagement de disponibilité",
                                  "Verfügbarkeitszusage", "Beschikbaarheidsgarantie", "Impegno di disponibilità"),
    "contract.sla.availability.target_percent": ("Availability promised (%)", "Disponibilité garantie (%)",
                                                 "Zugesagte Verfügbarkeit (%)", "Gegarandeerde beschikbaarheid (%)",
                                                 "Disponibilità garantita (%)"),
    "contract.sla.availability.credits": ("Credit for a lower availability",
                                          "Pénalité de disponibilité insuffisante",
                                          "Gutschrift bei geringerer Verfügbarkeit",
                                          "Vergoeding bij lagere beschikbaarheid",
                                          "Accredito per disponibilità inferiore"),
    "contract.sla.availability.credits.below_percent": ("Availability below (%)", "Disponibilité inférieure à (%)",
                                                        "Verfügbarkeit unter (%)", "Beschikbaarheid onder (%)",
                                                        "Disponibilità inferiore a (%)"),
    "contract.sla.availability.credits.percent": ("Credit (% of the monthly fee)",
                                                  "Pénalité (% de l'abonnement mensuel)",
                                                  "Gutschrift (% der Monatsgebühr)",
                                                  "Vergoeding (% van het maandabonnement)",
                                                  "Accredito (% del canone mensile)"),
    "contract.sla.cap_percent": ("Cap per month (% of the fee)", "Plafond par mois (% de l'abonnement)",
                                 "Obergrenze je Monat (% der Gebühr)", "Plafond per maand (% van het abonnement)",
                                 "Tetto mensile (% del canone)"),
    "contract.sla.exclusive": ("Credit is the only compensation", "Pénalité seule indemnisation",
                               "Gutschrift als einzige Entschädigung", "Vergoeding als enige schadeloosstelling",
                               "Accredito come unico indennizzo"),
    "contract.sla.claim_within_days": ("Days to claim the credit", "Délai de réclamation (jours)",
                                       "Frist zur Geltendmachung (Tage)", "Termijn om te vorderen (dagen)",
                                       "Termine per la richiesta (giorni)"),
    "contract.sla.claim_from": ("Claim window counted from", "Délai de réclamation compté à partir de",
                                "Frist gerechnet ab", "Termijn gerekend vanaf", "Termine calcolato da"),
    "outages.reported_at": ("Time the ticket was opened", "Heure d'ouverture du ticket",
                            "Zeitpunkt der Störungsmeldung", "Tijdstip van de melding",
                            "Ora di apertura della segnalazione"),
}
# The outage editor and the company file's journal say "outage", a case file says "outages[i]".
ALIASES = {"outage": "outages"}
PERCENT_FIELDS = ("gross_profit_rate", "recovery_rate", "trend", "share")

# Messages by code (or code.variant): en, fr, de, nl, it. ``{…}`` are filled from the params.
MESSAGES = {
    "empty": ("must not be empty", "ne peut pas être vide", "darf nicht leer sein", "mag niet leeg zijn",
              "non può essere vuoto"),
    "empty.services": ("name at least one service", "indiquez au moins un service",
                       "geben Sie mindestens einen Dienst an", "kies minstens één dienst",
                       "indicate almeno un servizio"),
    "empty.outages": ("select at least one outage that has ended", "sélectionnez au moins une panne terminée",
                      "wählen Sie mindestens eine beendete Störung", "selecteer minstens één beëindigde storing",
                      "selezionate almeno un guasto terminato"),
    "range.between": ("must be from {low} to {high}", "doit être compris entre {low} et {high}",
                      "muss zwischen {low} und {high} liegen", "moet tussen {low} en {high} liggen",
                      "deve essere compreso tra {low} e {high}"),
    "range.above_at_most": ("must be above {low} and at most {high}",
                            "doit être supérieur à {low} et au plus égal à {high}",
                            "muss grösser als {low} und höchstens {high} sein",
                            "moet groter zijn dan {low} en hoogstens {high}",
                            "deve essere superiore a {low} e al massimo {high}"),
    "range.at_least": ("must be at least {low}", "doit être au moins égal à {low}", "muss mindestens {low} sein",
                       "moet minstens {low} zijn", "deve essere almeno {low}"),
    "range.above": ("must be above {low}", "doit être supérieur à {low}", "muss grösser als {low} sein",
                    "moet groter zijn dan {low}", "deve essere superiore a {low}"),
    "range.days": ("must be from {low} to {high} days", "doit être compris entre {low} et {high} jours",
                   "muss zwischen {low} und {high} Tagen liegen", "moet tussen {low} en {high} dagen liggen",
                   "deve essere compreso tra {low} e {high} giorni"),
    "negative": ("must not be negative", "ne peut pas être négatif", "darf nicht negativ sein",
                 "mag niet negatief zijn", "non può essere negativo"),
    "decimals": ("at most 2 decimals", "au plus 2 décimales", "höchstens 2 Dezimalstellen",
                 "hoogstens 2 decimalen", "al massimo 2 decimali"),
    "number": ("not an amount: type a number such as 129.00", "ce n'est pas un montant : tapez par exemple 129.00",
               "kein Betrag: Geben Sie z. B. 129.00 ein", "geen bedrag: typ bijvoorbeeld 129.00",
               "non è un importo: digitate per esempio 129.00"),
    "weekday": ("unknown weekday", "jour de la semaine inconnu", "unbekannter Wochentag", "onbekende weekdag",
                "giorno della settimana sconosciuto"),
    "time_range": ("times must be between 00:00 and 24:00", "les heures doivent être comprises entre 00:00 et 24:00",
                   "die Zeiten müssen zwischen 00:00 und 24:00 liegen", "de uren moeten tussen 00:00 en 24:00 liggen",
                   "gli orari devono essere compresi tra 00:00 e 24:00"),
    "span_order": ("a period must end after it starts ({start})", "une plage doit finir après son début ({start})",
                   "ein Zeitraum muss nach seinem Beginn enden ({start})",
                   "een periode moet eindigen na het begin ({start})",
                   "una fascia deve finire dopo il suo inizio ({start})"),
    "span_overlap": ("two periods overlap", "deux plages se chevauchent", "zwei Zeiträume überschneiden sich",
                     "twee periodes overlappen", "due fasce si sovrappongono"),
    "missing_turnover": ("missing: the business is open that day",
                         "manquant : l'entreprise est ouverte ce jour-là",
                         "fehlt: Das Geschäft ist an diesem Tag geöffnet",
                         "ontbreekt: de zaak is die dag open", "manca: l'attività è aperta quel giorno"),
    "service": ("unknown service “{service}”", "service « {service} » inconnu", "unbekannter Dienst «{service}»",
                "onbekende dienst ‘{service}’", "servizio «{service}» sconosciuto"),
    "service_not_covered": ("the contract does not cover this service ({service_name})",
                            "le contrat ne couvre pas ce service ({service_name})",
                            "der Vertrag deckt diesen Dienst nicht ab ({service_name})",
                            "het contract dekt deze dienst niet ({service_name})",
                            "il contratto non copre questo servizio ({service_name})"),
    "service_not_covered.plain": ("the contract does not cover this service",
                                  "le contrat ne couvre pas ce service",
                                  "der Vertrag deckt diesen Dienst nicht ab", "het contract dekt deze dienst niet",
                                  "il contratto non copre questo servizio"),
    "share_total": ("the shares add up to {total}, more than 100 %",
                    "les parts totalisent {total}, soit plus de 100 %",
                    "die Anteile ergeben zusammen {total}, mehr als 100 %",
                    "de aandelen komen samen op {total}, meer dan 100 %",
                    "le quote sommano a {total}, più del 100 %"),
    "jurisdiction": ("unsupported jurisdiction “{value}”", "juridiction « {value} » non prise en charge",
                     "Rechtsordnung «{value}» wird nicht unterstützt", "rechtsgebied ‘{value}’ wordt niet ondersteund",
                     "giurisdizione «{value}» non supportata"),
    "timezone": ("unknown time zone “{value}”", "fuseau horaire « {value} » inconnu", "unbekannte Zeitzone «{value}»",
                 "onbekende tijdzone ‘{value}’", "fuso orario «{value}» sconosciuto"),
    "currency": ("not an ISO 4217 currency code (e.g. EUR, CHF, CAD)",
                 "pas un code de monnaie ISO 4217 (p. ex. EUR, CHF, CAD)",
                 "kein Währungscode nach ISO 4217 (z. B. EUR, CHF, CAD)",
                 "geen ISO 4217-muntcode (bv. EUR, CHF, CAD)",
                 "non è un codice valuta ISO 4217 (p. es. EUR, CHF, CAD)"),
    "naive_time": ("start and end must carry a time zone", "le début et la fin doivent indiquer un fuseau horaire",
                   "Beginn und Ende brauchen eine Zeitzone", "begin en einde moeten een tijdzone hebben",
                   "inizio e fine devono indicare un fuso orario"),
    "end_before_start": ("must be after the start", "doit être postérieure au début", "muss nach dem Beginn liegen",
                         "moet na het begin liggen", "deve essere successiva all'inizio"),
    "future": ("lies in the future", "se situe dans le futur", "liegt in der Zukunft", "ligt in de toekomst",
               "è nel futuro"),
    "several_contracts": ("the outages belong to different contracts: claim them one contract at a time",
                          "les pannes relèvent de contrats différents : réclamez un contrat à la fois",
                          "die Störungen gehören zu verschiedenen Verträgen: Fordern Sie je Vertrag einzeln",
                          "de storingen horen bij verschillende contracten: vorder per contract",
                          "i guasti riguardano contratti diversi: chiedete un contratto alla volta"),
    "too_many": ("too many outages selected for one estimate", "trop de pannes sélectionnées pour une estimation",
                 "zu viele Störungen für eine Schätzung ausgewählt", "te veel storingen geselecteerd voor één raming",
                 "troppi guasti selezionati per una stima"),
    "duplicate": ("an outage is listed twice", "une panne figure deux fois", "eine Störung ist doppelt aufgeführt",
                  "een storing staat er twee keer in", "un guasto figura due volte"),
    "kind": ("unknown kind of letter", "type de lettre inconnu", "unbekannte Art von Brief", "onbekende soort brief",
             "tipo di lettera sconosciuto"),
    "language": ("unsupported letter language “{value}”", "langue de lettre « {value} » non prise en charge",
                 "Briefsprache «{value}» wird nicht unterstützt", "brieftaal ‘{value}’ wordt niet ondersteund",
                 "lingua della lettera «{value}» non supportata"),
    "delivery": ("unknown delivery", "mode d'envoi inconnu", "unbekannte Versandart", "onbekende verzendwijze",
                 "modalità di invio sconosciuta"),
    "amount": ("must be an amount of at least 0, with at most 2 decimals",
               "doit être un montant positif ou nul, avec au plus 2 décimales",
               "muss ein Betrag von mindestens 0 mit höchstens 2 Dezimalstellen sein",
               "moet een bedrag van minstens 0 zijn, met hoogstens 2 decimalen",
               "deve essere un importo di almeno 0, con al massimo 2 decimali"),
    "not_sent": ("letter {id} has not been sent yet: mark it sent first",
                 "la lettre {id} n'a pas encore été envoyée : indiquez d'abord son envoi",
                 "Brief {id} ist noch nicht versandt: Erfassen Sie zuerst den Versand",
                 "brief {id} is nog niet verzonden: registreer eerst de verzending",
                 "la lettera {id} non è ancora stata inviata: registratene prima l'invio"),
    "ladder": ("this letter cannot follow that one (after a formal notice, turn to the mediator or court)",
               "cette lettre ne peut pas suivre celle-là (après une mise en demeure, saisissez le médiateur ou le "
               "tribunal)",
               "dieser Brief kann nicht auf jenen folgen (nach einer Mahnung bleiben Schlichtungsstelle oder Gericht)",
               "deze brief kan niet op die brief volgen (na een ingebrekestelling: de ombudsman of de rechter)",
               "questa lettera non può seguire quella (dopo una diffida, rivolgetevi al mediatore o al giudice)"),
    "sent_before_letter": ("is before the letter's date ({date})", "est antérieure à la date de la lettre ({date})",
                           "liegt vor dem Datum des Briefs ({date})", "ligt vóór de datum van de brief ({date})",
                           "è anteriore alla data della lettera ({date})"),
    "before_sent": ("is before the letter it follows was sent ({date})",
                    "est antérieure à l'envoi de la lettre précédente ({date})",
                    "liegt vor dem Versand des vorigen Briefs ({date})",
                    "ligt vóór de verzending van de vorige brief ({date})",
                    "è anteriore all'invio della lettera precedente ({date})"),
    "unreadable": ("the file cannot be read", "le fichier ne peut pas être lu", "die Datei kann nicht gelesen werden",
                   "het bestand kan niet gelezen worden", "il file non può essere letto"),
    "status": ("unknown status", "statut inconnu", "unbekannter Status", "onbekende status", "stato sconosciuto"),
    "type.object": ("has the wrong form (a group of fields is expected)",
                    "n'a pas la bonne forme (un groupe de champs est attendu)",
                    "hat die falsche Form (eine Gruppe von Feldern wird erwartet)",
                    "heeft de verkeerde vorm (een groep velden wordt verwacht)",
                    "ha la forma sbagliata (è atteso un gruppo di campi)"),
    "type.string": ("must be text", "doit être du texte", "muss Text sein", "moet tekst zijn", "deve essere un testo"),
    "type.list": ("must be a list", "doit être une liste", "muss eine Liste sein", "moet een lijst zijn",
                  "deve essere un elenco"),
    "type.decimal": ("must be a decimal number written as text, e.g. \"129.00\"",
                     "doit être un nombre décimal écrit comme texte, p. ex. \"129.00\"",
                     "muss eine als Text geschriebene Dezimalzahl sein, z. B. \"129.00\"",
                     "moet een decimaal getal als tekst zijn, bv. \"129.00\"",
                     "deve essere un numero decimale scritto come testo, p. es. \"129.00\""),
    "type.integer": ("must be a whole number", "doit être un nombre entier", "muss eine ganze Zahl sein",
                     "moet een geheel getal zijn", "deve essere un numero intero"),
    "type.pair": ("must be a pair of times [\"HH:MM\", \"HH:MM\"]",
                  "doit être une paire d'heures [\"HH:MM\", \"HH:MM\"]",
                  "muss ein Paar von Zeiten sein [\"HH:MM\", \"HH:MM\"]",
                  "moet een paar tijden zijn [\"HH:MM\", \"HH:MM\"]",
                  "deve essere una coppia di orari [\"HH:MM\", \"HH:MM\"]"),
    "type.boolean": ("must be true or false", "doit valoir true ou false", "muss true oder false sein",
                     "moet true of false zijn", "deve essere true o false"),
    "fee_tax": ("use “included” or “excluded”", "indiquez « included » ou « excluded »",
                "geben Sie «included» oder «excluded» an", "gebruik ‘included’ of ‘excluded’",
                "indicate «included» o «excluded»"),
    "fee_sum": ("the fees per service add up to {total}, not to the monthly fee {fee}",
                "les abonnements par service totalisent {total} et non l'abonnement mensuel {fee}",
                "die Gebühren je Dienst ergeben {total}, nicht die Monatsgebühr {fee}",
                "de abonnementen per dienst komen op {total}, niet op het maandabonnement {fee}",
                "i canoni per servizio sommano a {total}, non al canone mensile {fee}"),
    "iban": ("not a valid IBAN: its check digits do not match ({value})",
             "IBAN non valide : sa clé de contrôle ne correspond pas ({value})",
             "keine gültige IBAN: die Prüfziffern stimmen nicht ({value})",
             "geen geldig IBAN: de controlecijfers kloppen niet ({value})",
             "IBAN non valido: le cifre di controllo non corrispondono ({value})"),
    "bic": ("not a BIC: 8 or 11 letters and digits ({value})", "pas un BIC : 8 ou 11 lettres et chiffres ({value})",
            "kein BIC: 8 oder 11 Buchstaben und Ziffern ({value})",
            "geen BIC: 8 of 11 letters en cijfers ({value})", "non è un BIC: 8 o 11 lettere e cifre ({value})"),
    "bank_one_of": ("give either an IBAN (with its BIC) or an account number, not both",
                    "indiquez soit un IBAN (avec son BIC), soit un numéro de compte, pas les deux",
                    "geben Sie entweder eine IBAN (mit BIC) oder eine Kontonummer an, nicht beides",
                    "geef een IBAN (met BIC) of een rekeningnummer, niet allebei",
                    "indicate un IBAN (con il BIC) oppure un numero di conto, non entrambi"),
    "previous_date": ("must lie after the first outage and before the date of this letter ({value})",
                      "doit se situer après la première panne et avant la date de cette lettre ({value})",
                      "muss nach der ersten Störung und vor dem Datum dieses Schreibens liegen ({value})",
                      "moet na de eerste storing en vóór de datum van deze brief liggen ({value})",
                      "deve essere successiva al primo guasto e anteriore alla data di questa lettera ({value})"),
    "signed_on": ("must be a date before the date of the letter ({value})",
                  "doit être une date antérieure à celle de la lettre ({value})",
                  "muss vor dem Datum des Schreibens liegen ({value})",
                  "moet vóór de datum van de brief liggen ({value})",
                  "deve essere anteriore alla data della lettera ({value})"),
    "signed_after": ("must not lie after the first outage ({value})",
                     "ne peut pas être postérieure à la première panne ({value})",
                     "darf nicht nach der ersten Störung liegen ({value})",
                     "mag niet na de eerste storing liggen ({value})",
                     "non può essere successiva al primo guasto ({value})"),
    "previous_required": ("a reminder or a formal notice cites the earlier letter it follows up: list it",
                          "une relance ou une mise en demeure cite le courrier précédent : indiquez-le",
                          "eine Erinnerung oder Mahnung nennt das frühere Schreiben: Geben Sie es an",
                          "een herinnering of ingebrekestelling vermeldt de eerdere brief: vul hem in",
                          "un sollecito o una messa in mora cita la lettera precedente: indicatela"),
    "sla_terms": ("give a restoration time or an availability commitment (or both)",
                  "indiquez un délai de rétablissement ou un engagement de disponibilité (ou les deux)",
                  "geben Sie eine Wiederherstellungszeit oder eine Verfügbarkeitszusage an (oder beides)",
                  "geef een hersteltijd of een beschikbaarheidsgarantie op (of beide)",
                  "indicate un tempo di ripristino o un impegno di disponibilità (o entrambi)"),
    "sla_choice": ("use “{first}” or “{second}”", "indiquez « {first} » ou « {second} »",
                   "geben Sie «{first}» oder «{second}» an", "gebruik ‘{first}’ of ‘{second}’",
                   "usate «{first}» o «{second}»"),
    "reported_at_required": ("missing: your contract starts the restoration clock when the ticket is opened",
                             "manquant : votre contrat fait partir le délai de rétablissement de l'ouverture "
                             "du ticket",
                             "fehlt: Ihr Vertrag lässt die Wiederherstellungsfrist mit der Störungsmeldung beginnen",
                             "ontbreekt: uw contract laat de hersteltermijn lopen vanaf de melding",
                             "manca: il contratto fa decorrere il tempo di ripristino dalla segnalazione"),
    "reported_after_end": ("must not be after the end of the outage ({end})",
                           "ne peut pas être postérieure à la fin de la panne ({end})",
                           "darf nicht nach dem Ende der Störung liegen ({end})",
                           "mag niet na het einde van de storing liggen ({end})",
                           "non può essere successiva alla fine del guasto ({end})"),
    "unknown_key": ("unknown field", "champ inconnu", "unbekanntes Feld", "onbekend veld", "campo sconosciuto"),
    "missing": ("missing", "manquant", "fehlt", "ontbreekt", "mancante"),
    "float": ("write the number as text in quotes so no digit is lost",
              "écrivez le nombre comme texte entre guillemets pour ne perdre aucun chiffre",
              "schreiben Sie die Zahl als Text in Anführungszeichen, damit keine Ziffer verloren geht",
              "schrijf het getal als tekst tussen aanhalingstekens zodat geen cijfer verloren gaat",
              "scrivete il numero come testo tra virgolette perché nessuna cifra vada persa"),
    "decimal_comma": ("decimal written with a comma ({value}): use a point",
                      "nombre décimal écrit avec une virgule ({value}) : utilisez un point",
                      "Dezimalzahl mit Komma geschrieben ({value}): Verwenden Sie einen Punkt",
                      "decimaal getal met een komma geschreven ({value}): gebruik een punt",
                      "numero decimale scritto con la virgola ({value}): usate il punto"),
    "decimal": ("not a decimal number: {value}", "pas un nombre décimal : {value}", "keine Dezimalzahl: {value}",
                "geen decimaal getal: {value}", "non è un numero decimale: {value}"),
    "date": ("not a date YYYY-MM-DD: {value}", "pas une date AAAA-MM-JJ : {value}", "kein Datum JJJJ-MM-TT: {value}",
             "geen datum JJJJ-MM-DD: {value}", "non è una data AAAA-MM-GG: {value}"),
    "datetime": ("not a date and time: {value}", "pas une date et heure : {value}",
                 "kein Datum mit Uhrzeit: {value}", "geen datum en tijd: {value}", "non è una data e ora: {value}"),
    "time": ("not a time HH:MM: {value}", "pas une heure HH:MM : {value}", "keine Uhrzeit HH:MM: {value}",
             "geen tijd UU:MM: {value}", "non è un orario HH:MM: {value}"),
    "missing_file": ("file not found: {file}", "fichier introuvable : {file}", "Datei nicht gefunden: {file}",
                     "bestand niet gevonden: {file}", "file non trovato: {file}"),
    "format": ("not a ClaimDesk case file of a format this version reads",
               "pas un dossier ClaimDesk dans un format que cette version sait lire",
               "keine ClaimDesk-Falldatei in einem Format, das diese Version lesen kann",
               "geen ClaimDesk-dossier in een formaat dat deze versie kan lezen",
               "non è una pratica ClaimDesk in un formato leggibile da questa versione"),
    "json": ("the file is damaged or is not a case file (not valid JSON)",
             "le fichier est endommagé ou n'est pas un dossier (JSON non valide)",
             "die Datei ist beschädigt oder keine Falldatei (kein gültiges JSON)",
             "het bestand is beschadigd of geen dossier (geen geldige JSON)",
             "il file è danneggiato o non è una pratica (JSON non valido)"),
    "too_large": ("the file is larger than 50 MB", "le fichier dépasse 50 Mo", "die Datei ist grösser als 50 MB",
                  "het bestand is groter dan 50 MB", "il file supera i 50 MB"),
    "io": ("the file cannot be read", "le fichier ne peut pas être lu", "die Datei kann nicht gelesen werden",
           "het bestand kan niet worden gelezen", "il file non può essere letto"),
    "not_regular": ("not a regular file (a folder, a device or a pipe)",
                    "pas un fichier ordinaire (un dossier, un périphérique ou un tube)",
                    "keine gewöhnliche Datei (ein Ordner, ein Gerät oder eine Pipe)",
                    "geen gewoon bestand (een map, een apparaat of een pipe)",
                    "non è un file normale (una cartella, un dispositivo o una pipe)"),
    "outside_path": ("the file must be in the case file's folder: {file}",
                     "le fichier doit se trouver dans le dossier du dossier de réclamation : {file}",
                     "die Datei muss im Ordner der Falldatei liegen: {file}",
                     "het bestand moet in de map van het dossier staan: {file}",
                     "il file deve trovarsi nella cartella della pratica: {file}"),
    "name_too_long": ("the file name is too long: {file}", "le nom du fichier est trop long : {file}",
                      "der Dateiname ist zu lang: {file}", "de bestandsnaam is te lang: {file}",
                      "il nome del file è troppo lungo: {file}"),
    "bad_path": ("the file cannot be opened: {file}", "le fichier ne peut pas être ouvert : {file}",
                 "die Datei kann nicht geöffnet werden: {file}", "het bestand kan niet worden geopend: {file}",
                 "il file non può essere aperto: {file}"),
    "date_window": ("must be from {low} to {high}", "doit être comprise entre le {low} et le {high}",
                    "muss zwischen {low} und {high} liegen", "moet tussen {low} en {high} liggen",
                    "deve essere compresa tra {low} e {high}"),
    "outage_too_long": ("an outage lasts at most {high} days: check the year",
                        "une panne dure au plus {high} jours : vérifiez l'année",
                        "eine Störung dauert höchstens {high} Tage: Prüfen Sie das Jahr",
                        "een storing duurt hoogstens {high} dagen: controleer het jaar",
                        "un guasto dura al massimo {high} giorni: controllate l'anno"),
    "too_big": ("must be at most {high}", "doit être au plus égal à {high}", "darf höchstens {high} sein",
                "mag hoogstens {high} zijn", "deve essere al massimo {high}"),
    "rate_decimals": ("at most {high} decimals", "au plus {high} décimales", "höchstens {high} Dezimalstellen",
                      "hoogstens {high} decimalen", "al massimo {high} decimali"),
    "too_long": ("at most {high} characters", "au plus {high} caractères", "höchstens {high} Zeichen",
                 "hoogstens {high} tekens", "al massimo {high} caratteri"),
    "bad_character": ("contains an invalid character", "contient un caractère non valide",
                      "enthält ein ungültiges Zeichen", "bevat een ongeldig teken", "contiene un carattere non valido"),
    "control_character": ("contains a NUL character", "contient un caractère NUL", "enthält ein NUL-Zeichen",
                          "bevat een NUL-teken", "contiene un carattere NUL"),
    "too_many_items": ("at most {high} items", "au plus {high} éléments", "höchstens {high} Einträge",
                       "hoogstens {high} items", "al massimo {high} elementi"),
    "duplicate_key": ("this field appears twice", "ce champ figure deux fois", "dieses Feld kommt doppelt vor",
                      "dit veld komt twee keer voor", "questo campo compare due volte"),
    "protected_output": ("will not write over this file (a company file or the file being read): {file}",
                         "n'écrit pas par-dessus ce fichier (un fichier d'entreprise ou le fichier lu) : {file}",
                         "überschreibt diese Datei nicht (eine Unternehmensdatei oder die gelesene Datei): {file}",
                         "overschrijft dit bestand niet (een ondernemingsbestand of het gelezen bestand): {file}",
                         "non sovrascrive questo file (un file aziendale o il file letto): {file}"),
    "output_folder": ("this is a folder: name the file to write", "c'est un dossier : indiquez le fichier à écrire",
                      "das ist ein Ordner: Geben Sie die zu schreibende Datei an",
                      "dit is een map: geef het bestand op dat geschreven moet worden",
                      "questa è una cartella: indicate il file da scrivere"),
    "encoding": ("the file is not UTF-8 text", "le fichier n'est pas du texte UTF-8",
                 "die Datei ist kein UTF-8-Text", "het bestand is geen UTF-8-tekst", "il file non è testo UTF-8"),
}

SERVICE_NAMES = {
    "phone": ("phone", "téléphone", "Telefon", "telefoon", "telefono"),
    "internet": ("internet", "Internet", "Internet", "internet", "Internet"),
    "email": ("e-mail", "courriel", "E-Mail", "e-mail", "e-mail"),
    "mobile": ("mobile", "mobile", "Mobilfunk", "mobiel", "cellulare"),
    "tv": ("TV", "télévision", "Fernsehen", "tv", "TV"),
}
# French puts a no-break space before a colon; the others do not.
_FIELD_SEPARATOR = {"fr": "\u00a0: "}

_INDEX = re.compile(r"\[\d+\]")


def _pick(table: tuple[str, ...], language: str) -> str:
    return table[LANGUAGES.index(language) if language in LANGUAGES else 0]


def field_name(path: str, language: str = "en") -> str:
    """``company.baseline.gross_profit_rate`` → ``Taux de marge brute``; the path itself if unknown."""
    key = _INDEX.sub("", path).lstrip(".")
    head, _, rest = key.partition(".")
    key = f"{ALIASES.get(head, head)}.{rest}" if rest else ALIASES.get(head, head)
    parts = key.split(".")
    day = None
    if parts and parts[-1] in WEEKDAY_NAMES:
        day = _pick(WEEKDAY_NAMES[parts[-1]], language)
        parts = parts[:-1]
    while parts:
        table = FIELDS.get(".".join(parts))
        if table:
            name = _pick(table, language)
            return f"{name} ({day})" if day else name
        parts = parts[:-1]
    return path


def _percent(text: str, language: str) -> str:
    try:
        value = Decimal(text) * 100
    except (InvalidOperation, TypeError):
        return text
    shown = format(value.normalize(), "f")
    if language in ("fr", "de", "nl", "it"):
        shown = shown.replace(".", ",")
    return f"{shown}\u00a0%"


def _variant(problem: Problem) -> str:
    code = problem.code
    last = _INDEX.sub("", problem.path).split(".")[-1]
    if code == "empty" and last in ("services", "outages"):
        return f"empty.{last}"
    if code == "service_not_covered" and "service" not in problem.params:
        return "service_not_covered.plain"
    if code == "type":
        return f"type.{problem.params.get('expected', '')}"
    if code == "range":
        if last in ("response_days", "claim_within_days"):
            return "range.days"
        above = "above" in problem.message
        if problem.params.get("high") is None:
            return "range.above" if above else "range.at_least"
        return "range.above_at_most" if above else "range.between"
    return code


def problem_detail(problem: Problem, language: str = "en") -> str:
    """What is wrong, in ``language``, for display under the field; the English message if unknown."""
    table = MESSAGES.get(_variant(problem))
    if table is None:
        return problem.message
    params = {k: str(v) for k, v in problem.params.items()}
    last = _INDEX.sub("", problem.path).split(".")[-1]
    if last in PERCENT_FIELDS or problem.code == "share_total":
        for key in ("low", "high", "total", "value"):
            if key in params:
                params[key] = _percent(params[key], language)
    if "service" in params:
        service = params["service"]
        params["service_name"] = _pick(SERVICE_NAMES[service], language) if service in SERVICE_NAMES else service
    try:
        return _pick(table, language).format(**params)
    except (KeyError, IndexError):
        return problem.message


def problem_message(problem: Problem, language: str = "en") -> str:
    """The field's name in words and what is wrong with it, e.g. ``Taux de marge brute : …``."""
    detail = problem_detail(problem, language)
    if not problem.path:
        return detail
    return f"{field_name(problem.path, language)}{_FIELD_SEPARATOR.get(language, ': ')}{detail}"
