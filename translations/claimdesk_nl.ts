<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../claimdesk/ui/claim_dialogs.py" line="+208"/>
        <source>The provider&apos;s answer — ClaimDesk</source>
        <translation>Het antwoord van de operator — ClaimDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered o&amp;n:</source>
        <translation>Beantwoord o&amp;p:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount &amp;offered:</source>
        <translation>&amp;Aangeboden bedrag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty if they offer nothing.</source>
        <translation>Leeg laten als ze niets aanbieden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their &amp;reference:</source>
        <translation>Hun &amp;referentie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their &amp;letter:</source>
        <translation>Hun br&amp;ief:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in the company file as evidence.</source>
        <translation>Wordt als bewijs in het bedrijfsbestand bewaard.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Their letter</source>
        <translation>Hun brief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;te:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider&apos;s letter</source>
        <translation>De brief van de operator</translation>
    </message>
</context>
<context>
    <name>BaselineForm</name>
    <message>
        <location filename="../claimdesk/ui/company_forms.py" line="+480"/>
        <source>Type a number.</source>
        <translation>Typ een getal.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../claimdesk/ui/batch_dialog.py" line="+57"/>
        <source>Letters for many companies</source>
        <translation>Brieven voor meerdere ondernemingen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Companies</source>
        <translation>Ondernemingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case files and company files</source>
        <translation>Dossiers en bedrijfsbestanden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;case files…</source>
        <translation>&amp;Dossiers toevoegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the company files of a &amp;folder…</source>
        <translation>Bedrijfsbestanden uit een &amp;map toevoegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Output folder:</source>
        <translation>&amp;Uitvoermap:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The letters, their figures and batch.csv are written here.</source>
        <translation>De brieven, hun cijfers en batch.csv komen hier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>Output folder</source>
        <translation>Uitvoermap</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Also write the ne&amp;twork&apos;s collective letter</source>
        <translation>Ook de &amp;collectieve brief van het netwerk schrijven</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Registered mail</source>
        <translation>Aangetekende zending</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ordinary mail</source>
        <translation>Gewone post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Network &amp;name:</source>
        <translation>&amp;Naam van het netwerk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head office &amp;address:</source>
        <translation>Adres van de &amp;hoofdzetel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration number:</source>
        <translation>Registratienummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Signed by:</source>
        <translation>&amp;Ondertekend door:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory&apos;s title:</source>
        <translation>Functie van de ondertekenaar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Jurisdiction:</source>
        <translation>&amp;Rechtsgebied:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter &amp;language:</source>
        <translation>Taal van de &amp;brief:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place of writing:</source>
        <translation>Plaats van op&amp;stellen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Days to answer:</source>
        <translation>Antwoord&amp;termijn (dagen):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deli&amp;very:</source>
        <translation>Ver&amp;zending:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Case files</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClaimDesk case files (*.json)</source>
        <translation>ClaimDesk-dossiers (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A folder of company files</source>
        <translation>Een map met bedrijfsbestanden</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add at least one case file or company file.</source>
        <translation>Voeg ten minste één dossier of bedrijfsbestand toe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the output folder.</source>
        <translation>Kies de uitvoermap.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Writing the letters…</source>
        <translation>De brieven worden geschreven…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopping after the letters in hand…</source>
        <translation>Stoppen na de brieven die bezig zijn…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The letters were not written</source>
        <translation>De brieven zijn niet geschreven</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} of {1} letters written in {2}.</source>
        <translation>{0} van {1} brieven geschreven in {2}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped: the other companies were not started.</source>
        <translation>Gestopt: de andere ondernemingen zijn niet begonnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No collective letter: {0}</source>
        <translation>Geen collectieve brief: {0}</translation>
    </message>
</context>
<context>
    <name>ChannelsForm</name>
    <message>
        <location filename="../claimdesk/ui/company_forms.py" line="-73"/>
        <source>Sales channels</source>
        <translation>Verkoopkanalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share %</source>
        <translation>Aandeel %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add channel</source>
        <translation>Kanaal &amp;toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove channel</source>
        <translation>Kanaal ve&amp;rwijderen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Row {0}: type the share as a percentage, like 55.</source>
        <translation>Rij {0}: typ het aandeel als percentage, bijvoorbeeld 55.</translation>
    </message>
</context>
<context>
    <name>ClaimWizard</name>
    <message>
        <location filename="../claimdesk/ui/claim_labels.py" line="+19"/>
        <source>Registered letter</source>
        <translation>Aangetekende brief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordinary post</source>
        <translation>Gewone post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/claim_wizard.py" line="+513"/>
        <source>New claim — ClaimDesk</source>
        <translation>Nieuwe claim — ClaimDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save and keep the claim</source>
        <translation>Op&amp;slaan en claim bewaren</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cannot write there: {0}</source>
        <translation>Kan daar niet schrijven: {0}</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <location filename="../claimdesk/ui/claim_labels.py" line="-10"/>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settled</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>Geëscaleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation>Herinnering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formal notice</source>
        <translation>Ingebrekestelling</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/claims_model.py" line="+15"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provider</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter date</source>
        <translation>Datum brief</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outages</source>
        <translation>Storingen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claimed</source>
        <translation>Geclaimd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer due</source>
        <translation>Antwoord verwacht</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>{0} on {1}</source>
        <translation>{0} op {1}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{0} — overdue</source>
        <translation>{0} — te laat</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The provider has not answered in time: send a reminder or a formal notice.</source>
        <translation>De operator heeft niet op tijd geantwoord: stuur een herinnering of een ingebrekestelling.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent on {0} ({1}); letter SHA-256 {2}</source>
        <translation>Verzonden op {0} ({1}); SHA-256 van de brief {2}</translation>
    </message>
</context>
<context>
    <name>ClaimsView</name>
    <message>
        <location filename="../claimdesk/ui/claims_view.py" line="+142"/>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No claim yet. Select outages in the journal and choose Claim ▸ New claim (Ctrl+L).</source>
        <translation>Nog geen claim. Selecteer storingen in het logboek en kies Claim ▸ Nieuwe claim (Ctrl+L).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as s&amp;ent…</source>
        <translation>Als &amp;verzonden markeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the day the letter left and its tracking number; ClaimDesk then keeps that exact letter.</source>
        <translation>Registreer de verzenddag en het zendingsnummer; ClaimDesk bewaart dan precies deze brief.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a rem&amp;inder</source>
        <translation>Herinnering schri&amp;jven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write a formal notice</source>
        <translation>I&amp;ngebrekestelling schrijven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Provider&apos;s answer…</source>
        <translation>Antwoor&amp;d registreren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a pa&amp;yment…</source>
        <translation>B&amp;etaling registreren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediator or co&amp;urt file…</source>
        <translation>Dossier voor o&amp;mbudsman of rechter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One PDF for the mediator or the court: parties, outages, amounts, the letters sent and the answers.</source>
        <translation>Eén pdf voor de ombudsman of de rechter: partijen, storingen, bedragen, verzonden brieven en antwoorden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Status of the selected claim:</source>
        <translation>St&amp;atus van de gekozen claim:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New status</source>
        <translation>Nieuwe status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reached o&amp;n</source>
        <translation>bereikt o&amp;p</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date the status was reached</source>
        <translation>Datum waarop de status werd bereikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply status</source>
        <translation>Status toepassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount &amp;received:</source>
        <translation>Ontvangen bedra&amp;g:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount received</source>
        <translation>Ontvangen bedrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the provider paid or credited for this claim; leave empty if nothing came yet.</source>
        <translation>Wat de operator voor deze claim heeft betaald of gecrediteerd; laat leeg als er nog niets is gekomen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recor&amp;d amount</source>
        <translation>Bedrag &amp;registreren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the &amp;letter as PDF…</source>
        <translation>Brief als pdf be&amp;waren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the dossier…</source>
        <translation>Dossier bewaren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One PDF: the letter, then every evidence file of its outages as a numbered exhibit.</source>
        <translation>Eén pdf: de brief, daarna elk bewijsstuk van de storingen als genummerd stuk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dele&amp;te this draft</source>
        <translation>Dit concept verw&amp;ijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a claim not yet sent can be deleted; Ctrl+Z brings it back.</source>
        <translation>Alleen een nog niet verzonden claim kan worden verwijderd; Ctrl+Z zet hem terug.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Please check</source>
        <translation>Controleer dit</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The letter is kept in the company file but could not be written to {0}: {1}</source>
        <translation>De brief is in het bedrijfsbestand bewaard maar kon niet naar {0} geschreven worden: {1}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The date cannot lie in the future.</source>
        <translation>De datum mag niet in de toekomst liggen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The letter is dated {0}; this status would be reached on {1}, before it. Record it anyway?</source>
        <translation>De brief is gedateerd {0}; deze status zou op {1} bereikt zijn, daarvoor. Toch vastleggen?</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Type an amount such as 120.00, or leave the field empty.</source>
        <translation>Typ een bedrag zoals 120.00, of laat het veld leeg.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} received is more than the {1} claimed. Record it anyway?</source>
        <translation>{0} ontvangen is meer dan de gevorderde {1}. Toch vastleggen?</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+18"/>
        <source>No letter stored</source>
        <translation>Geen brief bewaard</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+18"/>
        <source>This claim has no stored PDF letter.</source>
        <translation>Bij deze claim is geen pdf-brief bewaard.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Save the letter</source>
        <translation>Brief bewaren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the dossier</source>
        <translation>Dossier bewaren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The dossier could not be saved: {0}</source>
        <translation>Het dossier kon niet worden bewaard: {0}</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/due_panel.py" line="+13"/>
        <source>{kind} no. {id} to {provider}, dated {date}, is not marked sent yet.</source>
        <translation>{kind} nr. {id} aan {provider}, gedateerd {date}, is nog niet als verzonden gemarkeerd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>{kind} no. {id}: {provider} has not answered since {date}.</source>
        <translation>{kind} nr. {id}: {provider} heeft sinds {date} niet geantwoord.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} no. {id}: {provider} has not answered since {date}; the mediator or the court is next.</source>
        <translation>{kind} nr. {id}: {provider} heeft sinds {date} niet geantwoord; de volgende stap is de ombudsman of de rechter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as sent…</source>
        <translation>Als verzonden markeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a reminder</source>
        <translation>Herinnering schrijven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a formal notice</source>
        <translation>Ingebrekestelling schrijven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the mediator file…</source>
        <translation>Dossier voor de ombudsman maken…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>What is due</source>
        <translation>Te doen</translation>
    </message>
</context>
<context>
    <name>CompanyForms</name>
    <message>
        <location filename="../claimdesk/ui/company_forms.py" line="-367"/>
        <source>Monday</source>
        <translation>Maandag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation>Dinsdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Woensdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Donderdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Vrijdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Zaterdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Zondag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>France</source>
        <translation>Frankrijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belgium</source>
        <translation>België</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Zwitserland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada — Québec</source>
        <translation>Canada — Quebec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada — British Columbia</source>
        <translation>Canada — Brits-Columbia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada — Alberta</source>
        <translation>Canada — Alberta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada — Ontario</source>
        <translation>Canada — Ontario</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Standard turnover: what you usually sell on that day of the week, all channels together (look at the same weekdays in the months before the outage).</source>
        <translation>Standaardomzet: wat u op die weekdag gewoonlijk verkoopt, alle kanalen samen (kijk naar dezelfde weekdagen in de maanden vóór de storing).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How much your business has grown (or shrunk) since the months your usual turnover was taken from (the reference months), as a percentage. Growth of 4 % → type 4; a decline of 3 % → type -3.</source>
        <translation>Hoeveel uw zaak is gegroeid (of gekrompen) sinds de maanden waaruit uw gebruikelijke omzet komt (de referentiemaanden), in procent. Groei van 4 % → typ 4; daling van 3 % → typ -3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How customers buy from you, the share of your turnover each way brings, and the services it needs. A channel stops when one of its services is down. Shares add up to at most 100 %; the rest needs no telecom (cash at the counter, say: a card terminal needs the internet).</source>
        <translation>Hoe klanten bij u kopen, welk aandeel in de omzet elk kanaal oplevert en welke diensten het nodig heeft. Een kanaal valt stil als een van zijn diensten uitvalt. De aandelen komen samen op hoogstens 100 %; de rest heeft geen telecom nodig (bijvoorbeeld contant aan de toonbank: een betaalterminal heeft internet nodig).</translation>
    </message>
    <message>
        <location line="+335"/>
        <source>&amp;Growth since the reference months (%):</source>
        <translation>&amp;Groei sinds de referentiemaanden (%):</translation>
    </message>
    <message>
        <location line="-344"/>
        <source>What a typical customer order is worth. Used to say how many orders were lost.</source>
        <translation>De waarde van een doorsnee bestelling. Daarmee wordt aangegeven hoeveel bestellingen zijn gemist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate of gross profit: of each 100 you sell, what is left after paying for the goods and other costs that rise and fall with sales. A bakery that spends 38 on flour, butter and packaging for 100 of sales has a rate of 62 %.</source>
        <translation>Brutowinstmarge: wat er van 100 verkoop overblijft na betaling van de goederen en de andere kosten die met de verkoop stijgen en dalen. Een bakkerij die voor 100 verkoop 38 uitgeeft aan bloem, boter en verpakking, heeft een marge van 62 %.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recovery rate: the part of the lost sales that came back later, for example customers who ordered again once the line worked. 10 % if one order in ten was only delayed.</source>
        <translation>Inhaalpercentage: het deel van de gemiste verkoop dat later toch binnenkwam, bijvoorbeeld klanten die opnieuw bestelden zodra de lijn weer werkte. 10 % als één bestelling op tien alleen uitgesteld was.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What this contract costs you per month; part of it is refunded for the time it did not work.</source>
        <translation>Wat dit contract u per maand kost; een deel wordt terugbetaald voor de tijd dat het niet werkte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days you were closed anyway (holidays, leave): no loss is counted on them.</source>
        <translation>Dagen waarop u toch gesloten was (feestdagen, verlof): daarop wordt geen schade geteld.</translation>
    </message>
    <message>
        <location line="+329"/>
        <source>Average order &amp;value:</source>
        <translation>Gemi&amp;ddelde orderwaarde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate of gross &amp;profit (%):</source>
        <translation>Bruto&amp;winstmarge (%):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recovery rate (%):</source>
        <translation>In&amp;haalpercentage (%):</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Type a percentage from 0 to 100.</source>
        <translation>Typ een percentage van 0 tot 100.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a percentage above -100 and at most 1000.</source>
        <translation>Typ een percentage boven -100 en hoogstens 1000.</translation>
    </message>
</context>
<context>
    <name>CompanyWizard</name>
    <message>
        <location filename="../claimdesk/ui/company_wizard.py" line="+116"/>
        <source>Your business</source>
        <translation>Uw zaak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is claiming, and where.</source>
        <translation>Wie claimt, en waar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening hours and usual turnover</source>
        <translation>Openingsuren en gebruikelijke omzet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only time you are open counts as lost business.</source>
        <translation>Alleen de tijd dat u open bent, telt als gemiste omzet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How customers buy</source>
        <translation>Hoe klanten kopen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which sales stop when a line is down.</source>
        <translation>Welke verkoop stilvalt als een lijn uitvalt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your figures</source>
        <translation>Uw cijfers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask your accountant if unsure; you can change them later.</source>
        <translation>Vraag het bij twijfel aan uw boekhouder; u kunt ze later wijzigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your provider</source>
        <translation>Uw operator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contract you will claim under.</source>
        <translation>Het contract waaronder u zult claimen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New company — ClaimDesk</source>
        <translation>Nieuwe onderneming — ClaimDesk</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Something is missing</source>
        <translation>Er ontbreekt iets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please check the fields marked in red.</source>
        <translation>Controleer de velden die in het rood zijn gemarkeerd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the company file</source>
        <translation>Het bedrijfsbestand kan niet worden gemaakt</translation>
    </message>
</context>
<context>
    <name>ContractForm</name>
    <message>
        <location filename="../claimdesk/ui/company_forms.py" line="+46"/>
        <source>&amp;Provider:</source>
        <translation>Ope&amp;rator:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The company you pay for the line, as on your bill.</source>
        <translation>Het bedrijf dat u voor de lijn betaalt, zoals op uw factuur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider&apos;s &amp;address:</source>
        <translation>A&amp;dres van de operator:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where claims go: see your contract or bill.</source>
        <translation>Waar claims naartoe gaan: zie uw contract of factuur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Customer no.:</source>
        <translation>&amp;Klantnummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract &amp;reference:</source>
        <translation>Contract&amp;nummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Services:</source>
        <translation>Dien&amp;sten:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What this contract provides.</source>
        <translation>Wat dit contract levert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Diensten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Monthly fee:</source>
        <translation>&amp;Maandelijks abonnement:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract date:</source>
        <translation>Datum van het contract:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day the contract was concluded (YYYY-MM-DD): it decides which law the letters cite.</source>
        <translation>De dag waarop het contract werd gesloten (JJJJ-MM-DD): die bepaalt welk recht de brieven citeren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Type an amount such as 129.00.</source>
        <translation>Typ een bedrag, bijvoorbeeld 129.00.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a date such as 2014-09-15.</source>
        <translation>Typ een datum zoals 2014-09-15.</translation>
    </message>
</context>
<context>
    <name>ContractsTab</name>
    <message>
        <location filename="../claimdesk/ui/settings_dialog.py" line="+81"/>
        <source>Contracts</source>
        <translation>Contracten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New contract</source>
        <translation>Nieu&amp;w contract</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve contract</source>
        <translation>Contract bew&amp;aren</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source>Saved.</source>
        <translation>Bewaard.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../claimdesk/ui/crash.py" line="+62"/>
        <source>ClaimDesk ran into a problem</source>
        <translation>ClaimDesk heeft een probleem ondervonden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside ClaimDesk. Your saved data is safe; what you were doing may not have finished.</source>
        <translation>Er is iets misgegaan in ClaimDesk. Uw bewaarde gegevens zijn veilig; wat u aan het doen was, is misschien niet voltooid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no log file)</source>
        <translation>(geen logbestand)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The details below are also in the log file:
{0}
Please send that file to your support contact.</source>
        <translation>De details hieronder staan ook in het logbestand:
{0}
Stuur dat bestand naar uw contactpersoon voor ondersteuning.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error report</source>
        <translation>Foutrapport</translation>
    </message>
</context>
<context>
    <name>DueNotifier</name>
    <message>
        <location filename="../claimdesk/ui/due_notifier.py" line="+45"/>
        <source>Something is due on your claims ({0}): see the Claims tab.</source>
        <translation>Er is iets te doen voor uw claims ({0}): zie het tabblad Claims.</translation>
    </message>
</context>
<context>
    <name>EstimatePanel</name>
    <message>
        <location filename="../claimdesk/ui/estimate_view.py" line="+476"/>
        <source>What the selected outages cost you</source>
        <translation>Wat de gekozen storingen u kosten</translation>
    </message>
</context>
<context>
    <name>EstimateView</name>
    <message>
        <location line="-441"/>
        <source>Lost turnover (gross)</source>
        <translation>Omzetverlies (bruto)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lost orders</source>
        <translation>Gemiste bestellingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G ÷ {aov} per order</source>
        <translation>G ÷ {aov} per bestelling</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shortage in turnover</source>
        <translation>Omzettekort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>G − R</source>
        <translation>G − R</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loss of gross profit</source>
        <translation>Verlies aan brutowinst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S × {gp} rate of gross profit</source>
        <translation>S × {gp} brutowinstmarge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subscription refund</source>
        <translation>Terugbetaling van het abonnement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Increased cost of working</source>
        <translation>Bijkomende kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Savings</source>
        <translation>Bespaarde kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>costs you did not have</source>
        <translation>kosten die u niet hebt gehad</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Sales lost while down</source>
        <translation>Verkoop gemist tijdens de storing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you would have sold while the service was down, from your usual turnover for those days and hours.</source>
        <translation>Wat u tijdens de storing zou hebben verkocht, volgens uw gebruikelijke omzet op die dagen en uren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders lost</source>
        <translation>Gemiste bestellingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About how many sales that is, at your average order value.</source>
        <translation>Ongeveer zoveel verkopen, bij uw gemiddelde bestelwaarde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales made up later</source>
        <translation>Later ingehaalde verkoop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovered turnover</source>
        <translation>Ingehaalde omzet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>G × {recovery} made up later</source>
        <translation>G × {recovery} later ingehaald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part your customers bought later anyway: it is not claimed.</source>
        <translation>Het deel dat uw klanten later toch kochten: het wordt niet gevorderd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales not made up</source>
        <translation>Niet ingehaalde verkoop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sales lost for good: those lost, less those made up later.</source>
        <translation>De verkoop die definitief verloren is: de gemiste, min de later ingehaalde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your margin on those sales</source>
        <translation>Uw marge op die verkoop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the sales lost for good would have earned you once the goods are paid for.</source>
        <translation>Wat de definitief verloren verkoop u zou hebben opgebracht na aftrek van de inkoop.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund of the subscription</source>
        <translation>Terugbetaling van het abonnement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{fee} a month × {down} down ÷ the hours of that month</source>
        <translation>{fee} per maand × {down} storing ÷ de uren van die maand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part of your monthly subscription for the time the service did not work.</source>
        <translation>Het deel van uw maandabonnement voor de tijd dat de dienst niet werkte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit under your contract</source>
        <translation>Vergoeding volgens uw contract</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contractual service credit</source>
        <translation>Contractuele servicecredit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What your contract&apos;s service levels give back for the outage, without any proof of loss. The claim takes this credit or the refund, whichever is larger, never both.</source>
        <translation>Wat de serviceniveaus van uw contract voor de storing teruggeven, zonder bewijs van schade. De vordering neemt deze credit of de terugbetaling, het hoogste bedrag, nooit beide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra costs you paid</source>
        <translation>Betaalde bijkomende kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as typed under Costs and credits</source>
        <translation>zoals ingevuld onder Kosten en creditnota&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money you spent to keep going during the outage.</source>
        <translation>Geld dat u uitgaf om tijdens de storing door te werken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costs you saved</source>
        <translation>Bespaarde kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Costs you did not have because of the outage: they come off the claim.</source>
        <translation>Kosten die u door de storing niet had: ze worden afgetrokken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already paid by the provider</source>
        <translation>Al betaald door de provider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid or credited by the provider</source>
        <translation>betaald of gecrediteerd door de operator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credits received</source>
        <translation>Ontvangen creditnota&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the provider has already paid or credited: it comes off the claim.</source>
        <translation>Wat de provider al betaald of gecrediteerd heeft: het wordt afgetrokken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total to claim</source>
        <translation>Totaal te vorderen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total claimed</source>
        <translation>Gevorderd totaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F + P + C − V − K</source>
        <translation>F + P + C − V − K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What ClaimDesk asks the provider for: your margin lost, the refund and your extra costs, less savings and credits.</source>
        <translation>Wat ClaimDesk van de provider vordert: uw verloren marge, de terugbetaling en uw bijkomende kosten, min besparingen en creditnota&apos;s.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>These figures are too large to work out: check the usual turnover and the amounts in Company ▸ Company settings.</source>
        <translation>Deze bedragen zijn te groot om te berekenen: controleer de gebruikelijke omzet en de bedragen in Onderneming ▸ Instellingen van de onderneming.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Loss estimate</source>
        <translation>Raming van de schade</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0}
Accountants call it: {1}.</source>
        <translation>{0}
Boekhoudkundig: {1}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide the calculation</source>
        <translation>Berekening verbergen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the calculation</source>
        <translation>Berekening tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The accountant&apos;s figures: each line with its letter and formula, as in the letter&apos;s breakdown.</source>
        <translation>De cijfers voor de boekhouder: elke regel met zijn letter en formule, zoals in de uitsplitsing van de brief.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Select one or more outages in the journal to see what they cost you.</source>
        <translation>Selecteer een of meer storingen in het logboek om te zien wat ze u hebben gekost.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The service</source>
        <translation>De dienst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: down for {1}, all of it outside your opening hours.</source>
        <translation>{0}: {1} uitgevallen, helemaal buiten uw openingsuren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: down for {1}, all of it during your opening hours.</source>
        <translation>{0}: {1} uitgevallen, helemaal tijdens uw openingsuren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: down for {1} of your opening hours ({2} in all).</source>
        <translation>{0}: {1} van uw openingsuren uitgevallen ({2} in totaal).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No sales were lost: the outage fell outside your opening hours, or your sales channels do not need this service.</source>
        <translation>Geen verkoop gemist: de storing viel buiten uw openingsuren, of uw verkoopkanalen hebben deze dienst niet nodig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You lost less than one order.</source>
        <translation>U miste minder dan één bestelling.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>You lost about %n order(s).</source>
        <translation>
            <numerusform>U miste ongeveer %n bestelling.</numerusform>
            <numerusform>U miste ongeveer %n bestellingen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the margin on the sales you did not make up later ({0})</source>
        <translation>de marge op de verkoop die u niet later inhaalde ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the credit your contract&apos;s service levels give for the outage ({0})</source>
        <translation>de credit die de serviceniveaus van uw contract voor de storing geven ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a refund of the subscription for the time without service ({0})</source>
        <translation>een terugbetaling van het abonnement voor de tijd zonder dienst ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the extra costs you paid ({0})</source>
        <translation>de betaalde bijkomende kosten ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}, plus {1}</source>
        <translation>{0}, plus {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}, less what you saved and were already paid ({1})</source>
        <translation>{0}, min wat u bespaarde en al ontving ({1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClaimDesk claims {0}: {1}.</source>
        <translation>ClaimDesk vordert {0}: {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClaimDesk claims {0}.</source>
        <translation>ClaimDesk vordert {0}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>your contract states no service levels</source>
        <translation>uw contract legt geen serviceniveaus vast</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>added up over %n opening day(s)</source>
        <translation>
            <numerusform>opgeteld over %n openingsdag</numerusform>
            <numerusform>opgeteld over %n openingsdagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location line="-18"/>
        <source>%n outage(s) still running are not counted until the service is back.</source>
        <translation>
            <numerusform>%n lopende storing telt pas mee als de dienst weer werkt.</numerusform>
            <numerusform>%n lopende storingen tellen pas mee als de dienst weer werkt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Savings and credits already cover the loss: there is nothing more to claim.</source>
        <translation>Bespaarde kosten en creditnota&apos;s dekken de schade al: er valt niets meer te claimen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your contract makes its credit the only compensation: the letter claims the credit and reserves your other losses ({0}).</source>
        <translation>Uw contract maakt van zijn vergoeding de enige schadeloosstelling: de brief vordert de vergoeding en behoudt uw andere verliezen voor ({0}).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>your contract&apos;s service levels; claimed instead of the refund</source>
        <translation>serviceniveaus van uw contract; gevorderd in plaats van de terugbetaling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not claimed: the credit under your contract is larger</source>
        <translation>niet gevorderd: de vergoeding volgens uw contract is hoger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your contract&apos;s service levels; the refund is larger and is claimed instead</source>
        <translation>serviceniveaus van uw contract; de hogere terugbetaling wordt in de plaats gevorderd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max(F, Q) − K: your other losses are reserved</source>
        <translation>max(F, Q) − K: uw andere verliezen worden voorbehouden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max(F, Q) + P + C − V − K</source>
        <translation>max(F, Q) + P + C − V − K</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>⚠ Your contract wanted its credit claimed by {0}: that date has passed. The refund and your losses can still be claimed.</source>
        <translation>⚠ Uw contract vroeg de vergoeding uiterlijk op {0} te vorderen: die datum is voorbij. De terugbetaling en uw verliezen kunt u nog vorderen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Your contract wants its credit claimed by {0}: send the letter now.</source>
        <translation>⚠ Uw contract vraagt de vergoeding uiterlijk op {0} te vorderen: verstuur de brief nu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your contract wants its credit claimed by {0}.</source>
        <translation>Uw contract vraagt de vergoeding uiterlijk op {0} te vorderen.</translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message>
        <location filename="../claimdesk/ui/outage_dialogs.py" line="+248"/>
        <source>Evidence files</source>
        <translation>Bewijsstukken</translation>
    </message>
</context>
<context>
    <name>ExtrasForm</name>
    <message>
        <location filename="../claimdesk/ui/estimate_view.py" line="+4"/>
        <source>Money you spent to keep going during the outage (a temporary line, a courier, notices to customers).</source>
        <translation>Geld dat u hebt uitgegeven om tijdens de storing door te werken (een tijdelijke lijn, een koerier, berichten aan klanten).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Costs you did not have because of the outage (for example, staff sent home unpaid).</source>
        <translation>Kosten die u door de storing niet hebt gehad (bijvoorbeeld personeel dat onbetaald naar huis is gestuurd).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compensation the provider has already paid or credited to your bill.</source>
        <translation>Vergoeding die de operator al heeft betaald of op uw factuur heeft gecrediteerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extra costs:</source>
        <translation>Bijkomende kosten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Savings:</source>
        <translation>Bespaarde kosten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits received:</source>
        <translation>Ontvangen creditnota&apos;s:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Costs and credits</source>
        <translation>Kosten en creditnota&apos;s</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Type an amount such as 85.00 (not negative, at most 2 decimals).</source>
        <translation>Typ een bedrag zoals 85.00 (niet negatief, hoogstens 2 decimalen).</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../claimdesk/ui/forms.py" line="+61"/>
        <location line="+14"/>
        <source>Error message</source>
        <translation>Foutmelding</translation>
    </message>
</context>
<context>
    <name>HoursForm</name>
    <message>
        <location filename="../claimdesk/ui/company_forms.py" line="-261"/>
        <source>For each day: the hours you are open (empty = closed; two spans like “08:00-12:00, 14:00-18:00” for a lunch break) and your usual turnover that day.</source>
        <translation>Voor elke dag: uw openingsuren (leeg = gesloten; twee periodes zoals ‘08:00-12:00, 14:00-18:00’ voor een middagpauze) en uw gebruikelijke omzet die dag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Open&lt;/b&gt;</source>
        <translation>&lt;b&gt;Open&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Usual turnover&lt;/b&gt; (?)</source>
        <translation>&lt;b&gt;Gebruikelijke omzet&lt;/b&gt; (?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} opening hours</source>
        <translation>Openingsuren op {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} usual turnover</source>
        <translation>Gebruikelijke omzet op {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Closed dates:</source>
        <translation>&amp;Sluitingsdagen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed dates</source>
        <translation>Sluitingsdagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date to add</source>
        <translation>Toe te voegen datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add date</source>
        <translation>Datum toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Write the hours like 07:00-18:00 (or leave empty if closed).</source>
        <translation>Schrijf de uren zo: 07:00-18:00 (of laat leeg als u gesloten bent).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type an amount such as 1400.00.</source>
        <translation>Typ een bedrag, bijvoorbeeld 1400.00.</translation>
    </message>
</context>
<context>
    <name>InterfaceTab</name>
    <message>
        <location filename="../claimdesk/ui/settings_dialog.py" line="+23"/>
        <source>Lan&amp;guage of the interface:</source>
        <translation>&amp;Taal van de interface:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes ClaimDesk&apos;s menus, windows and the way dates and amounts are written, at once. Each claim letter keeps the language you choose for it.</source>
        <translation>Wijzigt meteen de menu&apos;s en vensters van ClaimDesk en de manier waarop datums en bedragen worden geschreven. Elke claimbrief behoudt de taal die u ervoor kiest.</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../claimdesk/ui/language.py" line="+30"/>
        <source>System default</source>
        <translation>Taal van het systeem</translation>
    </message>
</context>
<context>
    <name>LetterPage</name>
    <message>
        <location filename="../claimdesk/ui/claim_wizard.py" line="-307"/>
        <source>The letter</source>
        <translation>De brief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter&apos;s language can differ from ClaimDesk&apos;s: write in the language your provider uses.</source>
        <translation>De taal van de brief kan verschillen van die van ClaimDesk: schrijf in de taal van uw operator.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A first claim; a reminder if they did not answer; a formal notice as the last step before a mediator or court.</source>
        <translation>Een eerste verzoek; een herinnering als er geen antwoord kwam; een ingebrekestelling als laatste stap voor een ombudsdienst of rechtbank.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter &amp;language:</source>
        <translation>Taal van de &amp;brief:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sent by:</source>
        <translation>Ver&amp;zending:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A registered letter proves when the provider got it.</source>
        <translation>Een aangetekende brief bewijst wanneer de operator hem heeft ontvangen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>P&amp;laats:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The town written before the date.</source>
        <translation>De plaats die vóór de datum staat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Answer within:</source>
        <translation>&amp;Antwoord binnen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The deadline shown in the claims list.</source>
        <translation>De termijn die in de lijst van claims verschijnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Earlier letter:</source>
        <translation>Eerdere brief:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter this one follows up; it is cited with its date.</source>
        <translation>De brief waarop deze volgt; hij wordt met zijn datum vermeld.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent on:</source>
        <translation>Verstuurd op:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking no.:</source>
        <translation>Zendingsnummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registered-mail number on your receipt, if any.</source>
        <translation>Het nummer van de aangetekende zending op uw bewijs, als er een is.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider&apos;s acknowledgement:</source>
        <translation>Erkenning door de operator:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: where and when the provider confirmed the incident (status page, SMS, press).</source>
        <translation>Optioneel: waar en wanneer de operator het incident bevestigde (statuspagina, sms, pers).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contract date:</source>
        <translation>Datum van het contract:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day the contract was concluded (YYYY-MM-DD): it decides which law the letter cites. Kept with the contract.</source>
        <translation>De dag waarop het contract werd gesloten (JJJJ-MM-DD): die bepaalt welk recht de brief citeert. Wordt bij het contract bewaard.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Give the date of the earlier letter: this letter cites it.</source>
        <translation>Vul de datum van de vorige brief in: deze brief vermeldt die datum.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The earlier letter was sent before this one: check the date.</source>
        <translation>De vorige brief werd vóór deze verstuurd: controleer de datum.</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+9"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+24"/>
        <source>Type a date such as 2014-09-15.</source>
        <translation>Typ een datum zoals 2014-09-15.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The contract was concluded before its first outage: check the date.</source>
        <translation>Het contract werd vóór de eerste storing gesloten: controleer de datum.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../claimdesk/ui/main_layout.py" line="+41"/>
        <source>Outage &amp;started now…</source>
        <translation>&amp;Storing begint nu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note that a service has just stopped working</source>
        <translation>Noteren dat een dienst net is uitgevallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service is &amp;back</source>
        <translation>Dienst werkt &amp;weer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the outage that is running now</source>
        <translation>De lopende storing beëindigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a past outage…</source>
        <translation>Eerdere storing &amp;toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter an outage after the fact</source>
        <translation>Een storing achteraf invoeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit outage…</source>
        <translation>Storing &amp;bewerken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected outage or add evidence</source>
        <translation>De gekozen storing wijzigen of bewijsstukken toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete outage</source>
        <translation>Storing &amp;verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected outage</source>
        <translation>De gekozen storing verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring back the outage, evidence or draft claim deleted last</source>
        <translation>De laatst verwijderde storing, het bewijsstuk of de conceptclaim terugzetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New claim…</source>
        <translation>&amp;Nieuwe claim…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a claim letter for the selected outages</source>
        <translation>Een claimbrief schrijven voor de gekozen storingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open company file…</source>
        <translation>Bedrijfsbestand &amp;openen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to another company file</source>
        <translation>Naar een ander bedrijfsbestand overschakelen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New company…</source>
        <translation>&amp;Nieuwe onderneming…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create another company file</source>
        <translation>Een ander bedrijfsbestand maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import case file…</source>
        <translation>&amp;Dossier importeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a claim from a ClaimDesk case file (.json)</source>
        <translation>Een claim toevoegen uit een ClaimDesk-dossier (.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Company &amp;settings…</source>
        <translation>&amp;Instellingen van de onderneming…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile, contracts, opening hours, sales channels and baseline</source>
        <translation>Profiel, contracten, openingsuren, verkoopkanalen en berekeningsbasis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of ClaimDesk&apos;s windows</source>
        <translation>De taal van de vensters van ClaimDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outage &amp;journal</source>
        <translation>&amp;Logboek van storingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Claims</source>
        <translation>&amp;Claims</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/app.py" line="+93"/>
        <location filename="../claimdesk/ui/main_layout.py" line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/main_layout.py" line="+2"/>
        <source>Any time</source>
        <translation>Altijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Laatste 30 dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Laatste 90 dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>Laatste 12 maanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimed or not</source>
        <translation>Geclaimd of niet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet claimed</source>
        <translation>Nog niet geclaimd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already claimed</source>
        <translation>Al geclaimd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;rvice:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Provider:</source>
        <translation>O&amp;perator:</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/main_window.py" line="+185"/>
        <source>Co&amp;mpany</source>
        <translation>&amp;Onderneming</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/main_layout.py" line="+1"/>
        <source>Cl&amp;aimed:</source>
        <translation>Geclai&amp;md:</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>&amp;Undo the last delete</source>
        <translation>Laatste verwijdering ongedaan &amp;maken</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../claimdesk/ui/restore_dialog.py" line="+123"/>
        <source>Restore a &amp;backup…</source>
        <translation>Back-&amp;up terugzetten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a backup in place of this company file (it is kept aside)</source>
        <translation>Een back-up in de plaats van dit bedrijfsbestand zetten (het bestand wordt ernaast bewaard)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Letters for many companies…</source>
        <translation>Brieven voor &amp;meerdere ondernemingen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A network&apos;s claim: every member&apos;s letter in one run, and a collective letter</source>
        <translation>De vordering van een netwerk: de brief van elk lid in één keer, en een collectieve brief</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>P&amp;eriod:</source>
        <translation>Pe&amp;riode:</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/main_window.py" line="-8"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outage</source>
        <translation>&amp;Storing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Claim</source>
        <translation>&amp;Claim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sort the journal by</source>
        <translation>Logboek &amp;sorteren op</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main actions</source>
        <translation>Hoofdacties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open company</source>
        <translation>Geopende onderneming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch company…</source>
        <translation>Andere onderneming…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch company file</source>
        <translation>Ander bedrijfsbestand openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service is back</source>
        <translation>Dienst werkt weer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All services</source>
        <translation>Alle diensten</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+44"/>
        <source>All providers</source>
        <translation>Alle operators</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+4"/>
        <source>Outage journal</source>
        <translation>Logboek van storingen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No outages yet. When a service stops working, press “Outage started now” (Ctrl+D).</source>
        <translation>Nog geen storingen. Als een dienst uitvalt, klik dan op ‘Storing begint nu’ (Ctrl+D).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+13"/>
        <source>{0} — ClaimDesk</source>
        <translation>{0} — ClaimDesk</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n outage(s)</source>
        <translation>
            <numerusform>%n storing</numerusform>
            <numerusform>%n storingen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} down since {1}</source>
        <translation>{0} gestoord sinds {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Have you called your provider? Note the ticket number they give you.</source>
        <translation>Hebt u uw operator gebeld? Noteer het storingsnummer dat u krijgt.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>&lt;b&gt;%n&lt;/b&gt; outage(s) not yet claimed</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; storing nog niet geclaimd</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; storingen nog niet geclaimd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n claim(s) waiting for an answer</source>
        <translation>
            <numerusform>%n claim wacht op antwoord</numerusform>
            <numerusform>%n claims wachten op antwoord</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n answer(s) overdue</source>
        <translation>
            <numerusform>%n antwoord te laat</numerusform>
            <numerusform>%n antwoorden te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Select at most %n outages for an estimate.</source>
        <translation>
            <numerusform>Selecteer voor een raming hoogstens %n storing.</numerusform>
            <numerusform>Selecteer voor een raming hoogstens %n storingen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Working out the figures…</source>
        <translation>De cijfers worden berekend…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Outage noted. Press “Service is back” (Ctrl+B) when it works again.</source>
        <translation>Storing genoteerd. Klik op ‘Dienst werkt weer’ (Ctrl+B) zodra hij weer werkt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No outage is running.</source>
        <translation>Er loopt geen storing.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outage closed. Its loss is now in the estimate.</source>
        <translation>Storing afgesloten. De schade zit nu in de raming.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No contract yet</source>
        <translation>Nog geen contract</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add your provider&apos;s contract first (Company ▸ Company settings).</source>
        <translation>Voeg eerst het contract van uw operator toe (Onderneming ▸ Instellingen van de onderneming).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Outage in a claim</source>
        <translation>Storing in een claim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An outage that is part of a claim cannot be deleted.</source>
        <translation>Een storing die deel uitmaakt van een claim kan niet worden verwijderd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Delete outage</source>
        <translation>Storing verwijderen</translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>Delete %n outage(s)? Their evidence files stay in the file if another outage uses them.</source>
        <translation>
            <numerusform>%n storing verwijderen? De bewijsstukken blijven in het bestand als een andere storing ze gebruikt.</numerusform>
            <numerusform>%n storingen verwijderen? De bewijsstukken blijven in het bestand als een andere storing ze gebruikt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/app.py" line="-5"/>
        <source>Switch to that window, or open another company file here.</source>
        <translation>Ga naar dat venster, of open hier een ander ondernemingsbestand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;read-only</source>
        <translation>Alleen-&amp;lezen openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;another company file…</source>
        <translation>Ander &amp;ondernemingsbestand openen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../claimdesk/ui/main_window.py" line="+69"/>
        <source>Open a company file</source>
        <translation>Een bedrijfsbestand openen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../claimdesk/ui/main_window.py" line="+2"/>
        <source>ClaimDesk company files (*.claimdesk)</source>
        <translation>ClaimDesk-bedrijfsbestanden (*.claimdesk)</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+24"/>
        <location filename="../claimdesk/ui/case_import.py" line="+127"/>
        <location filename="../claimdesk/ui/main_window.py" line="+19"/>
        <location line="+26"/>
        <location filename="../claimdesk/ui/restore_dialog.py" line="-2"/>
        <source>Cannot open this company file</source>
        <translation>Dit bedrijfsbestand kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/case_import.py" line="-101"/>
        <source>Import a case file</source>
        <translation>Een dossier importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClaimDesk case files (*.json)</source>
        <translation>ClaimDesk-dossiers (*.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the case file…</source>
        <translation>Het dossier wordt gelezen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The case file was not imported</source>
        <translation>Het dossier is niet geïmporteerd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Already imported</source>
        <translation>Al geïmporteerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case was already imported as claim no. {0} on {1}. Import it again, as another claim?</source>
        <translation>Dit dossier is al op {1} geïmporteerd als claim nr. {0}. Opnieuw importeren, als een andere claim?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Another company</source>
        <translation>Een andere onderneming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case is for “{0}”, not “{1}”. Create a company file for “{0}” and import it there?</source>
        <translation>Dit dossier is voor ‘{0}’, niet voor ‘{1}’. Een bedrijfsbestand voor ‘{0}’ maken en het daar importeren?</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Adding the outages and the claim…</source>
        <translation>De storingen en de claim worden toegevoegd…</translation>
    </message>
    <message numerus="yes">
        <location filename="../claimdesk/ui/main_window.py" line="-100"/>
        <source>%n outage(s) deleted.</source>
        <translation>
            <numerusform>%n storing verwijderd.</numerusform>
            <numerusform>%n storingen verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n evidence file(s) removed.</source>
        <translation>
            <numerusform>%n bewijsstuk verwijderd.</numerusform>
            <numerusform>%n bewijsstukken verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft claim deleted.</source>
        <translation>Conceptclaim verwijderd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo: {0}</source>
        <translation>Ongedaan maken: {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot undo</source>
        <translation>Kan niet ongedaan maken</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restored.</source>
        <translation>Teruggezet.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Backup restored. The file it replaced was kept as {0}.</source>
        <translation>Back-up teruggezet. Het vervangen bestand is bewaard als {0}.</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/case_import.py" line="+37"/>
        <source>Case imported as a draft claim (no. {0}).</source>
        <translation>Dossier geïmporteerd als conceptclaim (nr. {0}).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>OutageDialogs</name>
    <message>
        <location filename="../claimdesk/ui/outage_dialogs.py" line="-200"/>
        <source>Call your provider&apos;s support line and write down the ticket number they give you: your claim letter quotes it as proof that you reported the outage.</source>
        <translation>Bel de klantendienst van uw operator en noteer het storingsnummer dat u krijgt: uw claimbrief vermeldt het als bewijs dat u de storing hebt gemeld.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>When you reported the fault. Service guarantees (GTR) often count from this moment: it is filled in when you type the ticket number; correct it if you called earlier.</source>
        <translation>Wanneer u de storing hebt gemeld. Hersteltijdgaranties tellen vaak vanaf dat moment: het wordt ingevuld wanneer u het ticketnummer typt; verbeter het als u eerder hebt gebeld.</translation>
    </message>
</context>
<context>
    <name>OutageEditor</name>
    <message>
        <location line="+253"/>
        <source>Edit outage</source>
        <translation>Storing bewerken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a past outage</source>
        <translation>Eerdere storing toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still down (no end yet)</source>
        <translation>Nog steeds storing (nog geen einde)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What stopped working, what customers noticed, what you did.</source>
        <translation>Wat niet meer werkte, wat klanten merkten, wat u hebt gedaan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Contract:</source>
        <translation>&amp;Contract:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;tarted:</source>
        <translation>&amp;Begin:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local time of the shop ({0}). Click the arrow for a calendar.</source>
        <translation>Lokale tijd van de zaak ({0}). Klik op de pijl voor een kalender.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ended:</source>
        <translation>&amp;Einde:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When the service worked again.</source>
        <translation>Wanneer de dienst weer werkte.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tic&amp;ket number:</source>
        <translation>Storings&amp;nummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket opened:</source>
        <translation>Ticket geopend:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line or access:</source>
        <translation>Lijn of aansluiting:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The line number, access ID or mailbox that was down, as the provider knows it.</source>
        <translation>Het lijnnummer, de aansluitings-ID of de mailbox die uitviel, zoals de operator die kent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Description:</source>
        <translation>&amp;Omschrijving:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;vidence (screenshots, e-mails from the provider, photos): drop files here or use Add file…</source>
        <translation>Be&amp;wijsstukken (schermafbeeldingen, e-mails van de operator, foto&apos;s): sleep bestanden hierheen of gebruik Bestand toevoegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add file…</source>
        <translation>Bestand &amp;toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>O&amp;penen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a copy of the selected file with its usual application.</source>
        <translation>Een kopie van het gekozen bestand openen met de gebruikelijke toepassing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy of the selected file in a folder.</source>
        <translation>Een kopie van het gekozen bestand in een map bewaren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected file from this outage when you save.</source>
        <translation>Het gekozen bestand bij het bewaren van deze storing verwijderen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+56"/>
        <source>{0}  (added when you save)</source>
        <translation>{0}  (toegevoegd bij het bewaren)</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+118"/>
        <source>{0}  (removed when you save)</source>
        <translation>{0}  (wordt verwijderd bij het bewaren)</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>{0}  ({1} bytes)</source>
        <translation>{0}  ({1} bytes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256: {0}</source>
        <translation>SHA-256: {0}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Add evidence</source>
        <translation>Bewijsstuk toevoegen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No application opens {0}.</source>
        <translation>Geen enkele toepassing opent {0}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the evidence file to</source>
        <translation>Bewijsstuk exporteren naar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exported to {0}</source>
        <translation>Geëxporteerd naar {0}</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Copying the evidence into the company file…</source>
        <translation>De bewijsstukken worden naar het bedrijfsbestand gekopieerd…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding evidence</source>
        <translation>Bewijsstukken toevoegen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Some files were not added</source>
        <translation>Sommige bestanden zijn niet toegevoegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outage is saved, but these files could not be added:</source>
        <translation>De storing is bewaard, maar deze bestanden konden niet worden toegevoegd:</translation>
    </message>
</context>
<context>
    <name>OutageModel</name>
    <message>
        <location filename="../claimdesk/ui/outage_model.py" line="+34"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provider</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ended</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ticket no.</source>
        <translation>Storingsnr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claimed</source>
        <translation>Geclaimd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Mobiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TV</source>
        <translation>Tv</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0} d {1} h</source>
        <translation>{0} d {1} u</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/estimate_view.py" line="-344"/>
        <location filename="../claimdesk/ui/outage_model.py" line="+1"/>
        <source>{0} h {1:02d} min</source>
        <translation>{0} u {1:02d} min</translation>
    </message>
</context>
<context>
    <name>OutageTableModel</name>
    <message>
        <location filename="../claimdesk/ui/outage_model.py" line="+208"/>
        <source>No ticket number yet: ask your provider for one and note it here.</source>
        <translation>Nog geen storingsnummer: vraag er een aan uw operator en noteer het hier.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>still down</source>
        <translation>nog gestoord</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>OutagesPage</name>
    <message>
        <location filename="../claimdesk/ui/claim_wizard.py" line="-233"/>
        <source>Which outages?</source>
        <translation>Welke storingen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A claim covers outages of one contract. Tick the ones to claim.</source>
        <translation>Een claim betreft de storingen van één contract. Vink de storingen aan die u wilt claimen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contract:</source>
        <translation>&amp;Contract:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outages to claim</source>
        <translation>Te claimen storingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outages still running are not listed: end them first (Service is back).</source>
        <translation>Lopende storingen staan hier niet: beëindig ze eerst (Dienst werkt weer).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}: {1} → {2} ({3})</source>
        <translation>{0}: {1} → {2} ({3})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(already in claim no. {0})</source>
        <translation>(al in claim nr. {0})</translation>
    </message>
</context>
<context>
    <name>OwnerMenus</name>
    <message>
        <location filename="../claimdesk/ui/owner_menus.py" line="+44"/>
        <source>Back &amp;up to…</source>
        <translation>Kopie opslaan &amp;in…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy of this company file where you choose: a USB stick, a shared drive</source>
        <translation>Een kopie van dit bedrijfsbestand opslaan waar u wilt: een USB-stick, een gedeelde schijf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport for the accountant…</source>
        <translation>E&amp;xporteren voor de boekhouder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outages and the claims as two tables (CSV) that Excel or LibreOffice open</source>
        <translation>De storingen en de claims als twee tabellen (CSV) die Excel of LibreOffice openen</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/main_window.py" line="-347"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/owner_menus.py" line="+2"/>
        <source>&amp;Getting started</source>
        <translation>&amp;Aan de slag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ClaimDesk</source>
        <translation>&amp;Over ClaimDesk</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back up to</source>
        <translation>Kopie opslaan in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company file (*{0})</source>
        <translation>Bedrijfsbestand (*{0})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The copy was not saved</source>
        <translation>De kopie is niet opgeslagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A copy of the company file is saved as {0}.</source>
        <translation>Een kopie van het bedrijfsbestand is opgeslagen als {0}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export for the accountant: choose a folder</source>
        <translation>Exporteren voor de boekhouder: kies een map</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The tables were not saved</source>
        <translation>De tabellen zijn niet opgeslagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {0} and {1}.</source>
        <translation>{0} en {1} opgeslagen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0} - outages.csv</source>
        <translation>{0} - storingen.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} - claims.csv</source>
        <translation>{0} - claims.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Provider</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Started</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ticket no.</source>
        <translation>Storingsnr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Letter date</source>
        <translation>Datum brief</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claimed</source>
        <translation>Geclaimd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Currency</source>
        <translation>Munt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer due</source>
        <translation>Antwoord verwacht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outages</source>
        <translation>Storingen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Getting started</source>
        <translation>Aan de slag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When a service stops working, press “Outage started now” (Ctrl+D). Note the ticket number the provider gives you.</source>
        <translation>Als een dienst niet meer werkt, klikt u op ‘Storing begint nu’ (Ctrl+D). Noteer het storingsnummer dat de operator u geeft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When it works again, press “Service is back” (Ctrl+B). An outage you noticed too late: “Add a past outage”.</source>
        <translation>Als hij weer werkt, klikt u op ‘Dienst werkt weer’ (Ctrl+B). Een storing die u te laat opmerkte: ‘Eerdere storing toevoegen’.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add evidence to the outage: screenshots, the provider&apos;s e-mails, a photo of the router.</source>
        <translation>Voeg bewijzen toe aan de storing: schermafbeeldingen, e-mails van de operator, een foto van de router.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the outages: the right-hand panel says what they cost you. Type any extra costs under Costs and credits.</source>
        <translation>Selecteer de storingen: het paneel rechts toont wat ze u kosten. Vul bijkomende kosten in onder Kosten en creditnota&apos;s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press “New claim” and follow the steps: ClaimDesk writes the letter. Send it by registered post or e-mail.</source>
        <translation>Klik op ‘Nieuwe claim’ en volg de stappen: ClaimDesk schrijft de brief. Verstuur hem aangetekend of per e-mail.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the Claims tab, mark the letter as sent, then note the answer. Without an answer by the date shown, send a reminder.</source>
        <translation>Markeer de brief in het tabblad Claims als verstuurd en noteer daarna het antwoord. Zonder antwoord op de getoonde datum stuurt u een herinnering.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About ClaimDesk</source>
        <translation>Over ClaimDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClaimDesk {0}

Records your telecom outages, works out what they cost your business and writes the claim letter to your provider.

Your company files stay on this computer.</source>
        <translation>ClaimDesk {0}

Houdt uw telecomstoringen bij, berekent wat ze uw onderneming kosten en schrijft de claimbrief aan uw operator.

Uw bedrijfsbestanden blijven op deze computer.</translation>
    </message>
</context>
<context>
    <name>PaymentChannelsBox</name>
    <message>
        <location filename="../claimdesk/ui/payment_channels.py" line="+17"/>
        <source>A card terminal (it needs the internet)</source>
        <translation>Een betaalterminal (die heeft internet nodig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card payments</source>
        <translation>Kaartbetalingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders by phone</source>
        <translation>Bestellingen per telefoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone orders</source>
        <translation>Telefonische bestellingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders by e-mail</source>
        <translation>Bestellingen per e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail orders</source>
        <translation>E-mailbestellingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An online shop or online booking</source>
        <translation>Een webwinkel of online reserveringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online shop and booking</source>
        <translation>Webwinkel en reserveringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-in customers paying cash</source>
        <translation>Klanten die binnenlopen en contant betalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash at the counter</source>
        <translation>Contant aan de toonbank</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>How do your customers pay and order?</source>
        <translation>Hoe betalen en bestellen uw klanten?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ClaimDesk fills in the table below from your answers. Change the shares to match your business: what part of your turnover comes each way.</source>
        <translation>ClaimDesk vult de tabel hieronder in volgens uw antwoorden. Pas de aandelen aan uw zaak aan: welk deel van uw omzet langs elke weg binnenkomt.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../claimdesk/ui/claim_dialogs.py" line="+37"/>
        <source>Amount received — ClaimDesk</source>
        <translation>Ontvangen bedrag — ClaimDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received o&amp;n:</source>
        <translation>Ontvangen o&amp;p:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Bedrag:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A credit on the bill counts too; several payments add up.</source>
        <translation>Een creditering op de factuur telt ook; meerdere betalingen worden opgeteld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No&amp;te:</source>
        <translation>&amp;Notitie:</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../claimdesk/ui/claim_wizard.py" line="+275"/>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the letter as it will be printed.</source>
        <translation>Zo wordt de brief afgedrukt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the letter…</source>
        <translation>De brief wordt voorbereid…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the letter</source>
        <translation>Brief voorbereiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter preview</source>
        <translation>Voorbeeld van de brief</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>The letter could not be prepared: {0}</source>
        <translation>De brief kon niet worden voorbereid: {0}</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../claimdesk/ui/company_forms.py" line="-202"/>
        <source>Street
Postcode and town
Country</source>
        <translation>Straat
Postcode en gemeente
Land</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Business na&amp;me:</source>
        <translation>&amp;Naam van de zaak:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As it should appear at the top of your letters.</source>
        <translation>Zoals het bovenaan uw brieven moet staan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Signed by:</source>
        <translation>Ondert&amp;ekend door:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The person who signs the claim letters.</source>
        <translation>De persoon die de claimbrieven ondertekent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their &amp;role:</source>
        <translation>&amp;Functie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Where you trade:</source>
        <translation>&amp;Gevestigd in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decides which consumer and contract law the letters quote.</source>
        <translation>Bepaalt welk consumenten- en contractenrecht de brieven aanhalen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Tijdzone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency:</source>
        <translation>M&amp;unt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gistration no.:</source>
        <translation>Onderneming&amp;snummer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account holder:</source>
        <translation>Rekeninghouder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IBAN or account no.:</source>
        <translation>IBAN of rekeningnummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIC:</source>
        <translation>BIC:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: the letters ask the provider to pay into this account.</source>
        <translation>Optioneel: de brieven vragen de operator op deze rekening te betalen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An IBAN, or in Canada the institution, transit and account numbers.</source>
        <translation>Een IBAN, of in Canada het instellings-, transit- en rekeningnummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With an IBAN only.</source>
        <translation>Alleen bij een IBAN.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Optional: SIRET, BN, UID, company number.</source>
        <translation>Optioneel: ondernemingsnummer, SIRET, BN, UID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Phone:</source>
        <translation>Te&amp;lefoon:</translation>
    </message>
</context>
<context>
    <name>ReferralActions</name>
    <message>
        <location filename="../claimdesk/ui/referral_actions.py" line="+30"/>
        <source>The file could not be written to {0}: {1}</source>
        <translation>Het bestand kon niet naar {0} geschreven worden: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mediator or court file</source>
        <translation>Dossier voor ombudsman of rechter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file for the mediator or the court was saved as {0}</source>
        <translation>Het dossier voor de ombudsman of de rechter is bewaard als {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in &amp;folder</source>
        <translation>In ma&amp;p tonen</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../claimdesk/ui/restore_dialog.py" line="-44"/>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the backup to put in place of {0}. The file it replaces is kept beside it, renamed “{0}.damaged-…”: nothing is deleted.</source>
        <translation>Kies de back-up die in de plaats van {0} komt. Het bestand dat wordt vervangen, blijft ernaast bewaard als ‘{0}.damaged-…’: er wordt niets gewist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved on</source>
        <translation>Opgeslagen op</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backup file</source>
        <translation>Back-upbestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No backups of this company file were found.</source>
        <translation>Er zijn geen back-ups van dit bedrijfsbestand gevonden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a &amp;file…</source>
        <translation>&amp;Bestand kiezen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a copy saved elsewhere, for example with File ▸ Back up to…</source>
        <translation>Een elders opgeslagen kopie terugzetten, bijvoorbeeld uit Bestand ▸ Kopie opslaan in…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restore a copy</source>
        <translation>Een kopie terugzetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company file (*{0})</source>
        <translation>Bedrijfsbestand (*{0})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup was not restored</source>
        <translation>De back-up is niet teruggezet</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../claimdesk/ui/claim_wizard.py" line="-285"/>
        <source>Check the figures</source>
        <translation>Controleer de cijfers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add what the outage cost you on top, what you saved, and any credit the provider already gave. The figures follow as you type.</source>
        <translation>Vul aan wat de storing u extra heeft gekost, wat u hebt bespaard en wat de operator al heeft gecrediteerd. De cijfers worden bijgewerkt terwijl u typt.</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <location line="+315"/>
        <source>Save the letter</source>
        <translation>Brief bewaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The claim is also kept in the company file, with the letter, so you can follow the answer.</source>
        <translation>De claim wordt samen met de brief ook in het bedrijfsbestand bewaard, zodat u het antwoord kunt opvolgen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File na&amp;me:</source>
        <translation>Bestands&amp;naam:</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also save the &amp;dossier next to the letter (the letter, then every evidence file as a numbered exhibit)</source>
        <translation>Ook het &amp;dossier naast de brief bewaren (de brief, daarna elk bewijsstuk als genummerd stuk)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a folder</source>
        <translation>Kies een map</translation>
    </message>
</context>
<context>
    <name>SavedLetterDialog</name>
    <message>
        <location filename="../claimdesk/ui/letter_actions.py" line="+107"/>
        <source>Letter saved</source>
        <translation>Brief opgeslagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter is saved as {0} in {1}.</source>
        <translation>De brief is opgeslagen als {0} in {1}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in &amp;folder</source>
        <translation>In &amp;map tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail the letter…</source>
        <translation>&amp;E-mailen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens your mail program with a new message, and the folder with the letter so you can attach it.</source>
        <translation>Opent uw e-mailprogramma met een nieuw bericht, en de map met de brief zodat u hem kunt bijvoegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your mail program opens a new message. An e-mail link cannot attach a file: drag {0} from the folder that opened into the message, or use your mail program&apos;s Attach button.</source>
        <translation>Uw e-mailprogramma opent een nieuw bericht. Een e-maillink kan geen bestand bijvoegen: sleep {0} uit de geopende map in het bericht, of gebruik de knop Bijvoegen van uw e-mailprogramma.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hello,

Please find attached my letter ({0}).

Kind regards</source>
        <translation>Goedendag,

In bijlage vindt u mijn brief ({0}).

Met vriendelijke groeten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The letter could not be printed: {0}</source>
        <translation>De brief kon niet worden afgedrukt: {0}</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../claimdesk/ui/claim_dialogs.py" line="-121"/>
        <source>The letter — ClaimDesk</source>
        <translation>De brief — ClaimDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} no. {1} was saved as {2}</source>
        <translation>{0} nr. {1} is bewaard als {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in &amp;folder</source>
        <translation>In ma&amp;p tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Have you sent it? Once marked sent, ClaimDesk keeps this exact letter, whatever changes later in the company&apos;s profile.</source>
        <translation>Hebt u hem verzonden? Zodra de verzending geregistreerd is, bewaart ClaimDesk precies deze brief, wat er later ook in het bedrijfsprofiel verandert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent o&amp;n:</source>
        <translation>Verzend&amp;datum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent &amp;by:</source>
        <translation>Verzonden &amp;via:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tracking number:</source>
        <translation>&amp;Zendingsnummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registered-mail number: the follow-up letters quote it.</source>
        <translation>Het nummer van de aangetekende zending: de vervolgbrieven vermelden het.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent yet? The claims list reminds you until it is.</source>
        <translation>Nog niet verzonden? De lijst met claims herinnert u eraan tot hij het is.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark as sent</source>
        <translation>Als verzonden &amp;markeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not &amp;yet</source>
        <translation>Nog &amp;niet</translation>
    </message>
</context>
<context>
    <name>ServiceBackDialog</name>
    <message>
        <location filename="../claimdesk/ui/outage_dialogs.py" line="-389"/>
        <source>Service is back</source>
        <translation>Dienst werkt weer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}, down since {1}</source>
        <translation>{0}, storing sinds {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Outage:</source>
        <translation>&amp;Storing:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the number your provider gave you</source>
        <translation>het nummer dat uw operator u gaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ticket number:</source>
        <translation>Storings&amp;nummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket opened:</source>
        <translation>Ticket geopend:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service is back now</source>
        <translation>De dienst werkt weer</translation>
    </message>
</context>
<context>
    <name>ServiceLevelsForm</name>
    <message>
        <location filename="../claimdesk/ui/sla_form.py" line="+151"/>
        <source>Your contract&apos;s service levels</source>
        <translation>Serviceniveaus van uw contract</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the page of your contract called “Garantie de temps de rétablissement”, “Service level”, “SLA” or “Service-Level” and copy its terms here. Your contract then owes the credit it promises without you having to prove any loss, and ClaimDesk adds it to the claim. Leave this box unticked if your contract has no such page.</source>
        <translation>Zoek de pagina van uw contract met de titel ‘Service level’, ‘SLA’, ‘Service-Level’ of ‘Garantie de temps de rétablissement’ en neem de voorwaarden hier over. Uw contract is dan de beloofde vergoeding verschuldigd zonder dat u een verlies moet bewijzen, en ClaimDesk voegt ze aan de vordering toe. Laat dit vak leeg als uw contract zo&apos;n pagina niet heeft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clause:</source>
        <translation>Bepaling:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where these terms are in your contract, e.g. “Conditions particulières, art. 6”. The letter quotes it.</source>
        <translation>Waar deze voorwaarden in uw contract staan, bv. ‘Bijzondere voorwaarden, art. 6’. De brief vermeldt ze.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contract guarantees a time to restore the service</source>
        <translation>Het contract garandeert een tijd om de dienst te herstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoration:</source>
        <translation>Herstel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored within (hours):</source>
        <translation>Hersteld binnen (uren):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guaranteed time, e.g. 4 for “GTR 4 h”.</source>
        <translation>De gegarandeerde tijd, bv. 4 voor ‘4 u’.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All hours, day and night</source>
        <translation>Alle uren, dag en nacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the hours covered (“heures ouvrées”, business hours)</source>
        <translation>Alleen de gedekte uren (kantooruren)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours counted:</source>
        <translation>Getelde uren:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours covered:</source>
        <translation>Gedekte uren:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days and hours the guarantee counts, e.g. “mon-fri 08:00-18:00, sat 08:00-12:00”.</source>
        <translation>Dagen en uren die de garantie telt, bv. ‘ma-vr 08:00-18:00, za 08:00-12:00’.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you report the fault (the ticket)</source>
        <translation>Wanneer u de storing meldt (het ticket)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the outage starts</source>
        <translation>Wanneer de storing begint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clock starts:</source>
        <translation>De termijn loopt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit if later:</source>
        <translation>Vergoeding bij vertraging:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per step of the contract: beyond the guaranteed time by more than so many hours (0 = any delay), the credit in percent of the monthly fee.</source>
        <translation>Eén rij per trap van het contract: meer dan zoveel uren boven de gegarandeerde tijd (0 = elke vertraging), de vergoeding in procent van het maandabonnement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late by over (h)</source>
        <translation>Vertraging &gt; (u)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>Credit (%)</source>
        <translation>Vergoeding (%)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The contract promises an availability per month</source>
        <translation>Het contract belooft een beschikbaarheid per maand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability:</source>
        <translation>Beschikbaarheid:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised (%):</source>
        <translation>Beloofd (%):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E.g. 99.9 for “99,9 % disponibilité”.</source>
        <translation>Bv. 99,9 voor ‘99,9 % beschikbaarheid’.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit if lower:</source>
        <translation>Vergoeding bij lagere beschikbaarheid:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per step: when the month&apos;s availability is below this percentage, the credit in percent of the monthly fee.</source>
        <translation>Eén rij per trap: wanneer de beschikbaarheid van de maand onder dit percentage ligt, de vergoeding in procent van het maandabonnement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below (%)</source>
        <translation>Onder (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a step</source>
        <translation>Trap toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit steps</source>
        <translation>Vergoedingstrappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit at most (% of the fee):</source>
        <translation>Vergoeding hoogstens (% van het abonnement):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contract&apos;s cap per month, often 100.</source>
        <translation>Het maandelijkse plafond van het contract, vaak 100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contract says this credit is the only compensation</source>
        <translation>Het contract noemt deze vergoeding de enige schadeloosstelling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only compensation:</source>
        <translation>Enige schadeloosstelling:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick it if the contract calls the credit “forfaitaire et libératoire”, “sole remedy” or “only remedy”. The letter then claims the credit and reserves your other losses.</source>
        <translation>Vink dit aan als het contract de vergoeding ‘forfaitair en bevrijdend’ of ‘enig rechtsmiddel’ noemt. De brief vordert dan de vergoeding en behoudt uw andere verliezen voor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no time limit</source>
        <translation>geen termijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim within:</source>
        <translation>Vorderen binnen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many contracts want the credit claimed within so many days. ClaimDesk warns you before that date.</source>
        <translation>Veel contracten vragen de vergoeding binnen een aantal dagen te vorderen. ClaimDesk waarschuwt u vóór die datum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after the end of the outage</source>
        <translation>na het einde van de storing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after the end of that month</source>
        <translation>na het einde van die maand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted:</source>
        <translation>Gerekend:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Type a number such as 4 or 99.9.</source>
        <translation>Typ een getal zoals 4 of 99,9.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write the hours like “mon-fri 08:00-18:00”.</source>
        <translation>Schrijf de uren zoals ‘ma-vr 08:00-18:00’.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../claimdesk/ui/settings_dialog.py" line="+41"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening &amp;hours</source>
        <translation>&amp;Openingsuren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pro&amp;file</source>
        <translation>&amp;Profiel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sa&amp;les channels</source>
        <translation>&amp;Verkoopkanalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Baseline</source>
        <translation>&amp;Berekeningsbasis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;ontracts</source>
        <translation>&amp;Contracten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Interface</source>
        <translation>&amp;Interface</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some entries need a look (marked in red).</source>
        <translation>Sommige gegevens moeten worden nagekeken (in het rood).</translation>
    </message>
</context>
<context>
    <name>StartOutageDialog</name>
    <message>
        <location filename="../claimdesk/ui/outage_dialogs.py" line="-65"/>
        <source>Outage started now</source>
        <translation>Storing begint nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket opened:</source>
        <translation>Ticket geopend:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which service is down? ClaimDesk notes the time now ({0}).</source>
        <translation>Welke dienst ligt plat? ClaimDesk noteert het huidige tijdstip ({0}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Service down:</source>
        <translation>&amp;Dienst met storing:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example TKT-2019-081734 (you can add it later)</source>
        <translation>bijvoorbeeld TKT-2019-081734 (u kunt het later toevoegen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ticket number:</source>
        <translation>&amp;Storingsnummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the clock</source>
        <translation>Tijd starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a contract with its services first (Company ▸ Settings).</source>
        <translation>Voeg eerst een contract met zijn diensten toe (Onderneming ▸ Instellingen).</translation>
    </message>
</context>
<context>
    <name>StorageMessages</name>
    <message>
        <location filename="../claimdesk/ui/storage_messages.py" line="+15"/>
        <source>There is not enough space on the disk to save {0}; nothing was changed. Free some space, then try again.</source>
        <translation>Er is niet genoeg ruimte op de schijf om {0} op te slaan; er is niets gewijzigd. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} was opened read-only: changes cannot be saved.</source>
        <translation>{0} is alleen-lezen geopend: wijzigingen kunnen niet worden opgeslagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is damaged and cannot be opened safely.</source>
        <translation>{0} is beschadigd en kan niet veilig worden geopend.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latest backup is from {0}: {1}.</source>
        <translation>De laatste back-up is van {0}: {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No backup of it was found.</source>
        <translation>Er is geen back-up van gevonden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened read-only: changes cannot be saved.</source>
        <translation>Alleen-lezen geopend: wijzigingen kunnen niet worden opgeslagen.</translation>
    </message>
</context>
<context>
    <name>TicketTimeEdit</name>
    <message>
        <location filename="../claimdesk/ui/outage_dialogs.py" line="-73"/>
        <source>Known</source>
        <translation>Bekend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket opened at</source>
        <translation>Ticket geopend op</translation>
    </message>
</context>
<context>
    <name>WatchdogController</name>
    <message>
        <location filename="../claimdesk/ui/watchdog_ui.py" line="+144"/>
        <source>&amp;Watchdog…</source>
        <translation>&amp;Bewaking…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let ClaimDesk check the internet connection and record outages by itself</source>
        <translation>ClaimDesk de internetverbinding laten controleren en storingen zelf laten vastleggen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import bounce messages…</source>
        <translation>Bounceberichten &amp;importeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn bounce e-mails into an e-mail outage with the messages as evidence</source>
        <translation>Van bounceberichten een e-mailstoring maken, met de berichten als bewijs</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import bounce messages</source>
        <translation>Bounceberichten importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail messages (*.eml *.mbox)</source>
        <translation>E-mailberichten (*.eml *.mbox)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>E-mail outage added from %n bounce message(s).</source>
        <translation>
            <numerusform>E-mailstoring toegevoegd op basis van %n bouncebericht.</numerusform>
            <numerusform>E-mailstoring toegevoegd op basis van %n bounceberichten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot import these messages</source>
        <translation>Deze berichten kunnen niet worden geïmporteerd</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Internet outage detected</source>
        <translation>Internetstoring vastgesteld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outage is in the journal, marked as detected by the watchdog. Confirm it and add the provider&apos;s ticket number.</source>
        <translation>De storing staat in het logboek, gemarkeerd als vastgesteld door de bewaking. Bevestig ze en voeg het ticketnummer van de provider toe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The watchdog stopped</source>
        <translation>De bewaking is gestopt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No bounce was found in these files: no delivery report and no SMTP status code such as 550 5.1.1.</source>
        <translation>In deze bestanden is geen bouncebericht gevonden: geen afleveringsrapport en geen SMTP-statuscode zoals 550 5.1.1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These bounces were imported before, as outage {0}.</source>
        <translation>Deze bounceberichten zijn al geïmporteerd, als storing {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No contract of this company covers this service; add one in the company settings.</source>
        <translation>Geen enkel contract van deze onderneming dekt deze dienst; voeg er een toe in de instellingen van de onderneming.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several contracts cover this service; the watchdog needs exactly one to record outages against.</source>
        <translation>Meerdere contracten dekken deze dienst; de bewaking heeft er precies één nodig om storingen aan te koppelen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ClaimDesk watchdog: the internet answers</source>
        <translation>ClaimDesk-bewaking: het internet antwoordt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClaimDesk watchdog: checking a failure</source>
        <translation>ClaimDesk-bewaking: een storing wordt gecontroleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClaimDesk watchdog: internet outage</source>
        <translation>ClaimDesk-bewaking: internetstoring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClaimDesk watchdog: your own network does not answer (not counted)</source>
        <translation>ClaimDesk-bewaking: uw eigen netwerk antwoordt niet (niet meegeteld)</translation>
    </message>
</context>
<context>
    <name>WatchdogDialog</name>
    <message>
        <location line="-185"/>
        <source>While it is on, ClaimDesk contacts these hosts from this computer about once a minute: {hosts}. They see your shop&apos;s internet address; nothing else leaves the computer. Every result is kept in the company file, chained so that any later change shows. It runs only while ClaimDesk is open.</source>
        <translation>Zolang ze aanstaat, neemt ClaimDesk vanaf deze computer ongeveer eens per minuut contact op met deze hosts: {hosts}. Zij zien het internetadres van uw zaak; verder verlaat niets de computer. Elk resultaat wordt in het bestand van de onderneming bewaard, aan elkaar geketend zodat elke latere wijziging zichtbaar is. Ze werkt alleen zolang ClaimDesk open is.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watchdog</source>
        <translation>Bewaking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Watch the internet connection while ClaimDesk is open</source>
        <translation>Internetverbinding &amp;bewaken zolang ClaimDesk open is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gateway (your box, HOST:PORT):</source>
        <translation>&amp;Gateway (uw modem, HOST:POORT):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Provider&apos;s DNS server:</source>
        <translation>&amp;DNS-server van de provider:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the one this computer uses</source>
        <translation>die van deze computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I &amp;agree that ClaimDesk contacts these hosts</source>
        <translation>Ik ga &amp;akkoord dat ClaimDesk contact opneemt met deze hosts</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gateway: write it as HOST:PORT, for example 192.168.1.1:80.</source>
        <translation>Gateway: schrijf deze als HOST:POORT, bijvoorbeeld 192.168.1.1:80.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick the agreement to turn the watchdog on.</source>
        <translation>Vink het akkoord aan om de bewaking in te schakelen.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../claimdesk/ui/company_wizard.py" line="-103"/>
        <source>Welcome to ClaimDesk</source>
        <translation>Welkom bij ClaimDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ClaimDesk keeps a journal of your telephone and internet outages, works out what they cost your business and writes the claim letter to your provider.</source>
        <translation>ClaimDesk houdt een logboek bij van uw telefoon- en internetstoringen, berekent wat ze uw zaak kosten en schrijft de claimbrief aan uw operator.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Set up my business (about five minutes)</source>
        <translation>Mijn &amp;zaak instellen (ongeveer vijf minuten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Try it with a demo bakery first</source>
        <translation>Eerst &amp;proberen met een demobakkerij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can create more company files later (File ▸ New company) and switch between them.</source>
        <translation>U kunt later meer bedrijfsbestanden maken (Bestand ▸ Nieuwe onderneming) en ertussen wisselen.</translation>
    </message>
</context>
</TS>
