<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../claimdesk/ui/claim_dialogs.py" line="+208"/>
        <source>The provider&apos;s answer — ClaimDesk</source>
        <translation>Die Antwort des Anbieters — ClaimDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered o&amp;n:</source>
        <translation>Beantwortet a&amp;m:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount &amp;offered:</source>
        <translation>&amp;Angebotener Betrag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty if they offer nothing.</source>
        <translation>Leer lassen, wenn nichts angeboten wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their &amp;reference:</source>
        <translation>Deren &amp;Referenz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their &amp;letter:</source>
        <translation>Deren &amp;Schreiben:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in the company file as evidence.</source>
        <translation>Wird in der Firmendatei als Beleg aufbewahrt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Their letter</source>
        <translation>Deren Schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;te:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider&apos;s letter</source>
        <translation>Das Schreiben des Anbieters</translation>
    </message>
</context>
<context>
    <name>BaselineForm</name>
    <message>
        <location filename="../claimdesk/ui/company_forms.py" line="+480"/>
        <source>Type a number.</source>
        <translation>Geben Sie eine Zahl ein.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../claimdesk/ui/batch_dialog.py" line="+57"/>
        <source>Letters for many companies</source>
        <translation>Schreiben für viele Unternehmen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case files and company files</source>
        <translation>Falldateien und Firmendateien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;case files…</source>
        <translation>Fall&amp;dateien hinzufügen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the company files of a &amp;folder…</source>
        <translation>Firmendateien eines Ord&amp;ners hinzufügen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Output folder:</source>
        <translation>&amp;Zielordner:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The letters, their figures and batch.csv are written here.</source>
        <translation>Die Schreiben, ihre Zahlen und batch.csv werden hier gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>Output folder</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Also write the ne&amp;twork&apos;s collective letter</source>
        <translation>Auch das Sa&amp;mmelschreiben des Netzwerks erstellen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Registered mail</source>
        <translation>Einschreiben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ordinary mail</source>
        <translation>Normale Post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Network &amp;name:</source>
        <translation>Name des Ne&amp;tzwerks:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head office &amp;address:</source>
        <translation>Adresse des &amp;Hauptsitzes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration number:</source>
        <translation>Registernummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Signed by:</source>
        <translation>&amp;Unterzeichnet von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory&apos;s title:</source>
        <translation>Funktion der unterzeichnenden Person:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Jurisdiction:</source>
        <translation>&amp;Rechtsordnung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter &amp;language:</source>
        <translation>S&amp;prache des Schreibens:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place of writing:</source>
        <translation>Ort der A&amp;bfassung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Days to answer:</source>
        <translation>Antwort&amp;frist (Tage):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deli&amp;very:</source>
        <translation>&amp;Versand:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Case files</source>
        <translation>Falldateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClaimDesk case files (*.json)</source>
        <translation>ClaimDesk-Falldateien (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A folder of company files</source>
        <translation>Ein Ordner mit Firmendateien</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add at least one case file or company file.</source>
        <translation>Fügen Sie mindestens eine Falldatei oder Firmendatei hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the output folder.</source>
        <translation>Wählen Sie den Zielordner.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Writing the letters…</source>
        <translation>Die Schreiben werden erstellt …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopping after the letters in hand…</source>
        <translation>Anhalten nach den laufenden Schreiben …</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The letters were not written</source>
        <translation>Die Schreiben wurden nicht erstellt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} of {1} letters written in {2}.</source>
        <translation>{0} von {1} Schreiben in {2} erstellt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped: the other companies were not started.</source>
        <translation>Angehalten: Die übrigen Unternehmen wurden nicht begonnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No collective letter: {0}</source>
        <translation>Kein Sammelschreiben: {0}</translation>
    </message>
</context>
<context>
    <name>ChannelsForm</name>
    <message>
        <location filename="../claimdesk/ui/company_forms.py" line="-73"/>
        <source>Sales channels</source>
        <translation>Verkaufskanäle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share %</source>
        <translation>Anteil %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add channel</source>
        <translation>Kanal &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove channel</source>
        <translation>Kanal en&amp;tfernen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Row {0}: type the share as a percentage, like 55.</source>
        <translation>Zeile {0}: Geben Sie den Anteil in Prozent ein, z. B. 55.</translation>
    </message>
</context>
<context>
    <name>ClaimWizard</name>
    <message>
        <location filename="../claimdesk/ui/claim_labels.py" line="+19"/>
        <source>Registered letter</source>
        <translation>Einschreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordinary post</source>
        <translation>A-Post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/claim_wizard.py" line="+513"/>
        <source>New claim — ClaimDesk</source>
        <translation>Neue Forderung — ClaimDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save and keep the claim</source>
        <translation>&amp;Speichern und Forderung ablegen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cannot write there: {0}</source>
        <translation>Speichern dort nicht möglich: {0}</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <location filename="../claimdesk/ui/claim_labels.py" line="-10"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settled</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>Weitergezogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim</source>
        <translation>Forderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation>Mahnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formal notice</source>
        <translation>Inverzugsetzung</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/claims_model.py" line="+15"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter date</source>
        <translation>Briefdatum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outages</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claimed</source>
        <translation>Gefordert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer due</source>
        <translation>Antwort fällig</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>{0} on {1}</source>
        <translation>{0} am {1}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{0} — overdue</source>
        <translation>{0} — überfällig</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The provider has not answered in time: send a reminder or a formal notice.</source>
        <translation>Der Anbieter hat nicht rechtzeitig geantwortet: Senden Sie eine Mahnung oder eine Inverzugsetzung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent on {0} ({1}); letter SHA-256 {2}</source>
        <translation>Versandt am {0} ({1}); SHA-256 des Briefs {2}</translation>
    </message>
</context>
<context>
    <name>ClaimsView</name>
    <message>
        <location filename="../claimdesk/ui/claims_view.py" line="+142"/>
        <source>Claims</source>
        <translation>Forderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No claim yet. Select outages in the journal and choose Claim ▸ New claim (Ctrl+L).</source>
        <translation>Noch keine Forderung. Wählen Sie Störungen im Journal aus und dann Forderung ▸ Neue Forderung (Ctrl+L).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as s&amp;ent…</source>
        <translation>Als versa&amp;ndt erfassen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the day the letter left and its tracking number; ClaimDesk then keeps that exact letter.</source>
        <translation>Erfassen Sie Versandtag und Sendungsnummer; ClaimDesk bewahrt dann genau diesen Brief auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a rem&amp;inder</source>
        <translation>Erinne&amp;rung schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write a formal notice</source>
        <translation>Mahnung s&amp;chreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Provider&apos;s answer…</source>
        <translation>Antw&amp;ort erfassen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a pa&amp;yment…</source>
        <translation>Zah&amp;lung erfassen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediator or co&amp;urt file…</source>
        <translation>Unterlagen für Schlichtung oder &amp;Gericht …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One PDF for the mediator or the court: parties, outages, amounts, the letters sent and the answers.</source>
        <translation>Ein PDF für Schlichtungsstelle oder Gericht: Parteien, Störungen, Beträge, versandte Briefe und Antworten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Status of the selected claim:</source>
        <translation>S&amp;tatus der gewählten Forderung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New status</source>
        <translation>Neuer Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reached o&amp;n</source>
        <translation>erreicht a&amp;m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date the status was reached</source>
        <translation>Datum, an dem der Status erreicht wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply status</source>
        <translation>Status übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount &amp;received:</source>
        <translation>Erhaltener &amp;Betrag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount received</source>
        <translation>Erhaltener Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the provider paid or credited for this claim; leave empty if nothing came yet.</source>
        <translation>Was der Anbieter für diese Forderung bezahlt oder gutgeschrieben hat; leer lassen, wenn noch nichts kam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recor&amp;d amount</source>
        <translation>Betrag &amp;erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the &amp;letter as PDF…</source>
        <translation>Brief als &amp;PDF speichern …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the dossier…</source>
        <translation>Dossier speichern …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One PDF: the letter, then every evidence file of its outages as a numbered exhibit.</source>
        <translation>Ein einziges PDF: der Brief, danach jeder Beleg seiner Störungen, nummeriert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dele&amp;te this draft</source>
        <translation>Diesen Ent&amp;wurf löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a claim not yet sent can be deleted; Ctrl+Z brings it back.</source>
        <translation>Nur eine noch nicht versandte Forderung kann gelöscht werden; Ctrl+Z holt sie zurück.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Please check</source>
        <translation>Bitte prüfen</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The letter is kept in the company file but could not be written to {0}: {1}</source>
        <translation>Der Brief ist in der Firmendatei gespeichert, konnte aber nicht nach {0} geschrieben werden: {1}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The date cannot lie in the future.</source>
        <translation>Das Datum darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The letter is dated {0}; this status would be reached on {1}, before it. Record it anyway?</source>
        <translation>Der Brief ist vom {0}; dieser Status wäre am {1} erreicht, also davor. Trotzdem speichern?</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Type an amount such as 120.00, or leave the field empty.</source>
        <translation>Geben Sie einen Betrag wie 120.00 ein oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} received is more than the {1} claimed. Record it anyway?</source>
        <translation>{0} erhalten ist mehr als die geforderten {1}. Trotzdem speichern?</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+18"/>
        <source>No letter stored</source>
        <translation>Kein Brief gespeichert</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+18"/>
        <source>This claim has no stored PDF letter.</source>
        <translation>Zu dieser Forderung ist kein PDF-Brief gespeichert.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Save the letter</source>
        <translation>Brief speichern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the dossier</source>
        <translation>Dossier speichern</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The dossier could not be saved: {0}</source>
        <translation>Das Dossier konnte nicht gespeichert werden: {0}</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/due_panel.py" line="+13"/>
        <source>{kind} no. {id} to {provider}, dated {date}, is not marked sent yet.</source>
        <translation>{kind} Nr. {id} an {provider} vom {date} ist noch nicht als versandt erfasst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>{kind} no. {id}: {provider} has not answered since {date}.</source>
        <translation>{kind} Nr. {id}: {provider} hat seit dem {date} nicht geantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} no. {id}: {provider} has not answered since {date}; the mediator or the court is next.</source>
        <translation>{kind} Nr. {id}: {provider} hat seit dem {date} nicht geantwortet; als Nächstes kommen Schlichtungsstelle oder Gericht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as sent…</source>
        <translation>Als versandt erfassen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a reminder</source>
        <translation>Erinnerung schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a formal notice</source>
        <translation>Mahnung schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the mediator file…</source>
        <translation>Unterlagen für die Schlichtung erstellen …</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>What is due</source>
        <translation>Fällig</translation>
    </message>
</context>
<context>
    <name>CompanyForms</name>
    <message>
        <location filename="../claimdesk/ui/company_forms.py" line="-367"/>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada — Québec</source>
        <translation>Kanada — Québec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada — British Columbia</source>
        <translation>Kanada — British Columbia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada — Alberta</source>
        <translation>Kanada — Alberta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada — Ontario</source>
        <translation>Kanada — Ontario</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Standard turnover: what you usually sell on that day of the week, all channels together (look at the same weekdays in the months before the outage).</source>
        <translation>Standardumsatz: was Sie an diesem Wochentag üblicherweise verkaufen, alle Kanäle zusammen (sehen Sie sich dieselben Wochentage in den Monaten vor der Störung an).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How much your business has grown (or shrunk) since the months your usual turnover was taken from (the reference months), as a percentage. Growth of 4 % → type 4; a decline of 3 % → type -3.</source>
        <translation>Wie stark Ihr Geschäft seit den Monaten, aus denen Ihr üblicher Umsatz stammt (den Referenzmonaten), gewachsen (oder geschrumpft) ist, in Prozent. Wachstum von 4 % → 4 eingeben; Rückgang von 3 % → -3 eingeben.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How customers buy from you, the share of your turnover each way brings, and the services it needs. A channel stops when one of its services is down. Shares add up to at most 100 %; the rest needs no telecom (cash at the counter, say: a card terminal needs the internet).</source>
        <translation>Wie Ihre Kundschaft bei Ihnen kauft, welchen Umsatzanteil jeder Weg bringt und welche Dienste er braucht. Ein Kanal fällt aus, wenn einer seiner Dienste gestört ist. Die Anteile ergeben zusammen höchstens 100 %; der Rest braucht keine Telekommunikation (etwa Barzahlung an der Theke: ein Kartenterminal braucht Internet).</translation>
    </message>
    <message>
        <location line="+335"/>
        <source>&amp;Growth since the reference months (%):</source>
        <translation>Wa&amp;chstum seit den Referenzmonaten (%):</translation>
    </message>
    <message>
        <location line="-344"/>
        <source>What a typical customer order is worth. Used to say how many orders were lost.</source>
        <translation>Der Wert einer typischen Bestellung. Damit wird angegeben, wie viele Bestellungen entgangen sind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate of gross profit: of each 100 you sell, what is left after paying for the goods and other costs that rise and fall with sales. A bakery that spends 38 on flour, butter and packaging for 100 of sales has a rate of 62 %.</source>
        <translation>Bruttogewinnsatz: was von 100 Umsatz bleibt, nachdem die Waren und die übrigen mit dem Umsatz schwankenden Kosten bezahlt sind. Eine Bäckerei, die für 100 Umsatz 38 für Mehl, Butter und Verpackung ausgibt, hat einen Satz von 62 %.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recovery rate: the part of the lost sales that came back later, for example customers who ordered again once the line worked. 10 % if one order in ten was only delayed.</source>
        <translation>Nachholquote: der Teil der entgangenen Verkäufe, der später nachgeholt wurde, zum Beispiel Kundschaft, die erneut bestellte, als die Leitung wieder funktionierte. 10 %, wenn eine von zehn Bestellungen nur verzögert war.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What this contract costs you per month; part of it is refunded for the time it did not work.</source>
        <translation>Was dieser Vertrag Sie pro Monat kostet; ein Teil davon wird für die Zeit ohne Dienst zurückerstattet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days you were closed anyway (holidays, leave): no loss is counted on them.</source>
        <translation>Tage, an denen Sie ohnehin geschlossen hatten (Feiertage, Ferien): An ihnen wird kein Schaden gezählt.</translation>
    </message>
    <message>
        <location line="+329"/>
        <source>Average order &amp;value:</source>
        <translation>&amp;Durchschnittlicher Bestellwert:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate of gross &amp;profit (%):</source>
        <translation>Brutto&amp;gewinnsatz (%):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recovery rate (%):</source>
        <translation>&amp;Nachholquote (%):</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Type a percentage from 0 to 100.</source>
        <translation>Geben Sie einen Prozentsatz von 0 bis 100 ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a percentage above -100 and at most 1000.</source>
        <translation>Geben Sie einen Prozentsatz über -100 und höchstens 1000 ein.</translation>
    </message>
</context>
<context>
    <name>CompanyWizard</name>
    <message>
        <location filename="../claimdesk/ui/company_wizard.py" line="+116"/>
        <source>Your business</source>
        <translation>Ihr Geschäft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is claiming, and where.</source>
        <translation>Wer fordert, und wo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening hours and usual turnover</source>
        <translation>Öffnungszeiten und üblicher Umsatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only time you are open counts as lost business.</source>
        <translation>Nur die Öffnungszeit zählt als entgangenes Geschäft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How customers buy</source>
        <translation>Wie Ihre Kundschaft kauft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which sales stop when a line is down.</source>
        <translation>Welche Verkäufe ausfallen, wenn eine Leitung gestört ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your figures</source>
        <translation>Ihre Zahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask your accountant if unsure; you can change them later.</source>
        <translation>Fragen Sie im Zweifel Ihre Treuhänderin oder Ihren Treuhänder; Sie können sie später ändern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your provider</source>
        <translation>Ihr Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contract you will claim under.</source>
        <translation>Der Vertrag, auf den sich Ihre Forderung stützt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New company — ClaimDesk</source>
        <translation>Neues Unternehmen — ClaimDesk</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Something is missing</source>
        <translation>Es fehlt etwas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please check the fields marked in red.</source>
        <translation>Bitte prüfen Sie die rot markierten Felder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the company file</source>
        <translation>Firmendatei kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>ContractForm</name>
    <message>
        <location filename="../claimdesk/ui/company_forms.py" line="+46"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The company you pay for the line, as on your bill.</source>
        <translation>Die Firma, der Sie den Anschluss bezahlen, wie auf Ihrer Rechnung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider&apos;s &amp;address:</source>
        <translation>A&amp;dresse des Anbieters:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where claims go: see your contract or bill.</source>
        <translation>Wohin Forderungen gehen: siehe Vertrag oder Rechnung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Customer no.:</source>
        <translation>&amp;Kundennummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract &amp;reference:</source>
        <translation>Ver&amp;tragsnummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Services:</source>
        <translation>D&amp;ienste:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What this contract provides.</source>
        <translation>Was dieser Vertrag umfasst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Monthly fee:</source>
        <translation>&amp;Monatsgebühr:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract date:</source>
        <translation>Vertragsdatum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day the contract was concluded (YYYY-MM-DD): it decides which law the letters cite.</source>
        <translation>Der Tag des Vertragsschlusses (JJJJ-MM-TT): Er bestimmt, welches Recht die Briefe zitieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Type an amount such as 129.00.</source>
        <translation>Geben Sie einen Betrag ein, z. B. 129.00.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a date such as 2014-09-15.</source>
        <translation>Geben Sie ein Datum wie 2014-09-15 ein.</translation>
    </message>
</context>
<context>
    <name>ContractsTab</name>
    <message>
        <location filename="../claimdesk/ui/settings_dialog.py" line="+81"/>
        <source>Contracts</source>
        <translation>Verträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New contract</source>
        <translation>&amp;Neuer Vertrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve contract</source>
        <translation>Vertrag &amp;speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../claimdesk/ui/crash.py" line="+62"/>
        <source>ClaimDesk ran into a problem</source>
        <translation>ClaimDesk ist auf ein Problem gestossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside ClaimDesk. Your saved data is safe; what you were doing may not have finished.</source>
        <translation>In ClaimDesk ist ein Fehler aufgetreten. Ihre gespeicherten Daten sind sicher; der laufende Vorgang wurde möglicherweise nicht abgeschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no log file)</source>
        <translation>(keine Protokolldatei)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The details below are also in the log file:
{0}
Please send that file to your support contact.</source>
        <translation>Die folgenden Details stehen auch in der Protokolldatei:
{0}
Bitte senden Sie diese Datei an Ihre Supportstelle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error report</source>
        <translation>Fehlerbericht</translation>
    </message>
</context>
<context>
    <name>DueNotifier</name>
    <message>
        <location filename="../claimdesk/ui/due_notifier.py" line="+45"/>
        <source>Something is due on your claims ({0}): see the Claims tab.</source>
        <translation>Bei Ihren Forderungen ist etwas fällig ({0}): siehe Register Forderungen.</translation>
    </message>
</context>
<context>
    <name>EstimatePanel</name>
    <message>
        <location filename="../claimdesk/ui/estimate_view.py" line="+476"/>
        <source>What the selected outages cost you</source>
        <translation>Was die gewählten Störungen Sie kosten</translation>
    </message>
</context>
<context>
    <name>EstimateView</name>
    <message>
        <location line="-441"/>
        <source>Lost turnover (gross)</source>
        <translation>Umsatzausfall (brutto)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lost orders</source>
        <translation>Entgangene Bestellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G ÷ {aov} per order</source>
        <translation>G ÷ {aov} pro Bestellung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shortage in turnover</source>
        <translation>Umsatzminderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>G − R</source>
        <translation>G − R</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loss of gross profit</source>
        <translation>Entgangener Bruttogewinn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S × {gp} rate of gross profit</source>
        <translation>S × {gp} Bruttogewinnsatz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subscription refund</source>
        <translation>Rückerstattung des Abonnements</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Increased cost of working</source>
        <translation>Mehrkosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Savings</source>
        <translation>Eingesparte Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>costs you did not have</source>
        <translation>Kosten, die Ihnen nicht entstanden sind</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Sales lost while down</source>
        <translation>Verkäufe während des Ausfalls verloren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you would have sold while the service was down, from your usual turnover for those days and hours.</source>
        <translation>Was Sie während des Ausfalls verkauft hätten, nach Ihrem üblichen Umsatz an diesen Tagen und zu diesen Stunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders lost</source>
        <translation>Verlorene Bestellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About how many sales that is, at your average order value.</source>
        <translation>Ungefähr so viele Verkäufe, bei Ihrem durchschnittlichen Bestellwert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales made up later</source>
        <translation>Später nachgeholte Verkäufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovered turnover</source>
        <translation>Nachgeholter Umsatz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>G × {recovery} made up later</source>
        <translation>G × {recovery} später nachgeholt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part your customers bought later anyway: it is not claimed.</source>
        <translation>Der Teil, den Ihre Kunden später trotzdem gekauft haben: Er wird nicht gefordert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales not made up</source>
        <translation>Nicht nachgeholte Verkäufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sales lost for good: those lost, less those made up later.</source>
        <translation>Die endgültig verlorenen Verkäufe: die verlorenen, abzüglich der nachgeholten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your margin on those sales</source>
        <translation>Ihre Marge auf diese Verkäufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the sales lost for good would have earned you once the goods are paid for.</source>
        <translation>Was Ihnen die endgültig verlorenen Verkäufe nach Abzug des Wareneinsatzes eingebracht hätten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund of the subscription</source>
        <translation>Rückerstattung des Abonnements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{fee} a month × {down} down ÷ the hours of that month</source>
        <translation>{fee} pro Monat × {down} Ausfall ÷ die Stunden dieses Monats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part of your monthly subscription for the time the service did not work.</source>
        <translation>Der Teil Ihres Monatsabonnements für die Zeit, in der der Dienst nicht funktionierte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit under your contract</source>
        <translation>Gutschrift nach Ihrem Vertrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contractual service credit</source>
        <translation>Vertragliche Servicegutschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What your contract&apos;s service levels give back for the outage, without any proof of loss. The claim takes this credit or the refund, whichever is larger, never both.</source>
        <translation>Was die Servicelevels Ihres Vertrags für die Störung zurückgeben, ohne Nachweis eines Schadens. Die Forderung nimmt diese Gutschrift oder die Rückerstattung, den höheren Betrag, nie beides.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra costs you paid</source>
        <translation>Bezahlte Mehrkosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as typed under Costs and credits</source>
        <translation>wie unter Kosten und Gutschriften eingegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money you spent to keep going during the outage.</source>
        <translation>Geld, das Sie ausgegeben haben, um während des Ausfalls weiterzuarbeiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costs you saved</source>
        <translation>Eingesparte Kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Costs you did not have because of the outage: they come off the claim.</source>
        <translation>Kosten, die Ihnen wegen des Ausfalls nicht entstanden sind: Sie werden abgezogen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already paid by the provider</source>
        <translation>Vom Anbieter bereits bezahlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid or credited by the provider</source>
        <translation>vom Anbieter bezahlt oder gutgeschrieben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credits received</source>
        <translation>Erhaltene Gutschriften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the provider has already paid or credited: it comes off the claim.</source>
        <translation>Was der Anbieter bereits bezahlt oder gutgeschrieben hat: Es wird abgezogen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total to claim</source>
        <translation>Gesamtforderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total claimed</source>
        <translation>Geforderter Gesamtbetrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F + P + C − V − K</source>
        <translation>F + P + C − V − K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What ClaimDesk asks the provider for: your margin lost, the refund and your extra costs, less savings and credits.</source>
        <translation>Was ClaimDesk vom Anbieter fordert: Ihre verlorene Marge, die Rückerstattung und Ihre Mehrkosten, abzüglich Einsparungen und Gutschriften.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>These figures are too large to work out: check the usual turnover and the amounts in Company ▸ Company settings.</source>
        <translation>Diese Zahlen sind zu gross, um sie zu berechnen: Prüfen Sie den üblichen Umsatz und die Beträge unter Unternehmen ▸ Unternehmenseinstellungen.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Loss estimate</source>
        <translation>Schadensschätzung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0}
Accountants call it: {1}.</source>
        <translation>{0}
In der Buchhaltung: {1}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide the calculation</source>
        <translation>Berechnung ausblenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the calculation</source>
        <translation>Berechnung anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The accountant&apos;s figures: each line with its letter and formula, as in the letter&apos;s breakdown.</source>
        <translation>Die Zahlen für die Buchhaltung: jede Zeile mit ihrem Buchstaben und ihrer Formel, wie in der Aufstellung des Briefs.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Select one or more outages in the journal to see what they cost you.</source>
        <translation>Wählen Sie eine oder mehrere Störungen im Journal aus, um zu sehen, was sie Sie gekostet haben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The service</source>
        <translation>Der Dienst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: down for {1}, all of it outside your opening hours.</source>
        <translation>{0}: ausgefallen während {1}, ganz ausserhalb Ihrer Öffnungszeiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: down for {1}, all of it during your opening hours.</source>
        <translation>{0}: ausgefallen während {1}, ganz während Ihrer Öffnungszeiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: down for {1} of your opening hours ({2} in all).</source>
        <translation>{0}: ausgefallen während {1} Ihrer Öffnungszeiten ({2} insgesamt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No sales were lost: the outage fell outside your opening hours, or your sales channels do not need this service.</source>
        <translation>Keine Verkäufe verloren: Der Ausfall lag ausserhalb Ihrer Öffnungszeiten, oder Ihre Verkaufskanäle brauchen diesen Dienst nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You lost less than one order.</source>
        <translation>Sie haben weniger als eine Bestellung verloren.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>You lost about %n order(s).</source>
        <translation>
            <numerusform>Sie haben etwa %n Bestellung verloren.</numerusform>
            <numerusform>Sie haben etwa %n Bestellungen verloren.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the margin on the sales you did not make up later ({0})</source>
        <translation>die Marge auf die nicht nachgeholten Verkäufe ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the credit your contract&apos;s service levels give for the outage ({0})</source>
        <translation>die Gutschrift, die die Servicelevels Ihres Vertrags für die Störung vorsehen ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a refund of the subscription for the time without service ({0})</source>
        <translation>eine Rückerstattung des Abonnements für die Zeit ohne Dienst ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the extra costs you paid ({0})</source>
        <translation>die bezahlten Mehrkosten ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}, plus {1}</source>
        <translation>{0}, dazu {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}, less what you saved and were already paid ({1})</source>
        <translation>{0}, abzüglich Ihrer Einsparungen und der bereits erhaltenen Zahlungen ({1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClaimDesk claims {0}: {1}.</source>
        <translation>ClaimDesk fordert {0}: {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClaimDesk claims {0}.</source>
        <translation>ClaimDesk fordert {0}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>your contract states no service levels</source>
        <translation>Ihr Vertrag nennt keine Service-Levels</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>added up over %n opening day(s)</source>
        <translation>
            <numerusform>Summe über %n Öffnungstag</numerusform>
            <numerusform>Summe über %n Öffnungstage</numerusform>
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
            <numerusform>%n laufende Störung zählt erst, wenn der Dienst wieder funktioniert.</numerusform>
            <numerusform>%n laufende Störungen zählen erst, wenn der Dienst wieder funktioniert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Savings and credits already cover the loss: there is nothing more to claim.</source>
        <translation>Eingesparte Kosten und Gutschriften decken den Schaden bereits: Es gibt nichts weiter zu fordern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your contract makes its credit the only compensation: the letter claims the credit and reserves your other losses ({0}).</source>
        <translation>Ihr Vertrag macht seine Gutschrift zur einzigen Entschädigung: Der Brief fordert die Gutschrift und behält Ihre übrigen Verluste vor ({0}).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>your contract&apos;s service levels; claimed instead of the refund</source>
        <translation>Service-Levels Ihres Vertrags; anstelle der Rückerstattung gefordert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not claimed: the credit under your contract is larger</source>
        <translation>nicht gefordert: Die Gutschrift nach Ihrem Vertrag ist höher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your contract&apos;s service levels; the refund is larger and is claimed instead</source>
        <translation>Service-Levels Ihres Vertrags; die höhere Rückerstattung wird stattdessen gefordert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max(F, Q) − K: your other losses are reserved</source>
        <translation>max(F, Q) − K: Ihre übrigen Verluste bleiben vorbehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max(F, Q) + P + C − V − K</source>
        <translation>max(F, Q) + P + C − V − K</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>⚠ Your contract wanted its credit claimed by {0}: that date has passed. The refund and your losses can still be claimed.</source>
        <translation>⚠ Ihr Vertrag verlangte, die Gutschrift bis zum {0} geltend zu machen: Dieses Datum ist vorbei. Rückerstattung und Verluste können weiterhin gefordert werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Your contract wants its credit claimed by {0}: send the letter now.</source>
        <translation>⚠ Ihr Vertrag verlangt, die Gutschrift bis zum {0} geltend zu machen: Senden Sie den Brief jetzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your contract wants its credit claimed by {0}.</source>
        <translation>Ihr Vertrag verlangt, die Gutschrift bis zum {0} geltend zu machen.</translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message>
        <location filename="../claimdesk/ui/outage_dialogs.py" line="+248"/>
        <source>Evidence files</source>
        <translation>Belegdateien</translation>
    </message>
</context>
<context>
    <name>ExtrasForm</name>
    <message>
        <location filename="../claimdesk/ui/estimate_view.py" line="+4"/>
        <source>Money you spent to keep going during the outage (a temporary line, a courier, notices to customers).</source>
        <translation>Geld, das Sie ausgegeben haben, um während der Störung weiterzuarbeiten (provisorische Leitung, Kurier, Mitteilungen an die Kundschaft).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Costs you did not have because of the outage (for example, staff sent home unpaid).</source>
        <translation>Kosten, die wegen der Störung nicht angefallen sind (zum Beispiel Personal, das unbezahlt nach Hause ging).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compensation the provider has already paid or credited to your bill.</source>
        <translation>Entschädigung, die der Anbieter bereits bezahlt oder Ihrer Rechnung gutgeschrieben hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extra costs:</source>
        <translation>Mehrkosten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Savings:</source>
        <translation>Eingesparte Kosten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits received:</source>
        <translation>Erhaltene Gutschriften:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Costs and credits</source>
        <translation>Kosten und Gutschriften</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Type an amount such as 85.00 (not negative, at most 2 decimals).</source>
        <translation>Geben Sie einen Betrag wie 85.00 ein (nicht negativ, höchstens 2 Dezimalstellen).</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../claimdesk/ui/forms.py" line="+61"/>
        <location line="+14"/>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
</context>
<context>
    <name>HoursForm</name>
    <message>
        <location filename="../claimdesk/ui/company_forms.py" line="-261"/>
        <source>For each day: the hours you are open (empty = closed; two spans like “08:00-12:00, 14:00-18:00” for a lunch break) and your usual turnover that day.</source>
        <translation>Für jeden Tag: Ihre Öffnungszeiten (leer = geschlossen; zwei Zeiträume wie «08:00-12:00, 14:00-18:00» für eine Mittagspause) und Ihr üblicher Umsatz an diesem Tag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Open&lt;/b&gt;</source>
        <translation>&lt;b&gt;Geöffnet&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Usual turnover&lt;/b&gt; (?)</source>
        <translation>&lt;b&gt;Üblicher Umsatz&lt;/b&gt; (?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} opening hours</source>
        <translation>Öffnungszeiten am {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} usual turnover</source>
        <translation>Üblicher Umsatz am {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Closed dates:</source>
        <translation>&amp;Schliesstage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed dates</source>
        <translation>Schliesstage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date to add</source>
        <translation>Hinzuzufügendes Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add date</source>
        <translation>Datum hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Write the hours like 07:00-18:00 (or leave empty if closed).</source>
        <translation>Schreiben Sie die Zeiten so: 07:00-18:00 (oder leer lassen, wenn geschlossen).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type an amount such as 1400.00.</source>
        <translation>Geben Sie einen Betrag ein, z. B. 1400.00.</translation>
    </message>
</context>
<context>
    <name>InterfaceTab</name>
    <message>
        <location filename="../claimdesk/ui/settings_dialog.py" line="+23"/>
        <source>Lan&amp;guage of the interface:</source>
        <translation>&amp;Sprache der Benutzeroberfläche:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes ClaimDesk&apos;s menus, windows and the way dates and amounts are written, at once. Each claim letter keeps the language you choose for it.</source>
        <translation>Ändert sofort die Menüs und Fenster von ClaimDesk sowie die Schreibweise von Daten und Beträgen. Jeder Forderungsbrief behält die Sprache, die Sie für ihn wählen.</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../claimdesk/ui/language.py" line="+30"/>
        <source>System default</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>LetterPage</name>
    <message>
        <location filename="../claimdesk/ui/claim_wizard.py" line="-307"/>
        <source>The letter</source>
        <translation>Der Brief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter&apos;s language can differ from ClaimDesk&apos;s: write in the language your provider uses.</source>
        <translation>Die Sprache des Briefs kann von jener von ClaimDesk abweichen: Schreiben Sie in der Sprache Ihres Anbieters.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A first claim; a reminder if they did not answer; a formal notice as the last step before a mediator or court.</source>
        <translation>Eine erste Forderung; eine Mahnung, wenn keine Antwort kam; eine Inverzugsetzung als letzter Schritt vor Ombudsstelle oder Gericht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter &amp;language:</source>
        <translation>&amp;Sprache des Briefs:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sent by:</source>
        <translation>Versa&amp;nd:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A registered letter proves when the provider got it.</source>
        <translation>Ein Einschreiben beweist, wann der Anbieter den Brief erhalten hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The town written before the date.</source>
        <translation>Der Ort vor dem Datum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Answer within:</source>
        <translation>Antwort &amp;innerhalb:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The deadline shown in the claims list.</source>
        <translation>Die Frist, die in der Liste der Forderungen erscheint.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Earlier letter:</source>
        <translation>Früheres Schreiben:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter this one follows up; it is cited with its date.</source>
        <translation>Das Schreiben, an das dieses anschliesst; es wird mit seinem Datum genannt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent on:</source>
        <translation>Versandt am:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking no.:</source>
        <translation>Sendungsnummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registered-mail number on your receipt, if any.</source>
        <translation>Die Nummer des Einschreibens auf Ihrem Beleg, falls vorhanden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider&apos;s acknowledgement:</source>
        <translation>Bestätigung des Anbieters:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: where and when the provider confirmed the incident (status page, SMS, press).</source>
        <translation>Optional: wo und wann der Anbieter die Störung bestätigt hat (Statusseite, SMS, Presse).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contract date:</source>
        <translation>Vertragsdatum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day the contract was concluded (YYYY-MM-DD): it decides which law the letter cites. Kept with the contract.</source>
        <translation>Der Tag des Vertragsschlusses (JJJJ-MM-TT): Er bestimmt, welches Recht der Brief zitiert. Wird beim Vertrag gespeichert.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Give the date of the earlier letter: this letter cites it.</source>
        <translation>Geben Sie das Datum des früheren Schreibens an: Dieses Schreiben nennt es.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The earlier letter was sent before this one: check the date.</source>
        <translation>Das frühere Schreiben wurde vor diesem versandt: Prüfen Sie das Datum.</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+9"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+24"/>
        <source>Type a date such as 2014-09-15.</source>
        <translation>Geben Sie ein Datum wie 2014-09-15 ein.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The contract was concluded before its first outage: check the date.</source>
        <translation>Der Vertrag wurde vor seiner ersten Störung geschlossen: Prüfen Sie das Datum.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../claimdesk/ui/main_layout.py" line="+41"/>
        <source>Outage &amp;started now…</source>
        <translation>&amp;Störung beginnt jetzt …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note that a service has just stopped working</source>
        <translation>Festhalten, dass ein Dienst soeben ausgefallen ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service is &amp;back</source>
        <translation>Dienst wieder &amp;da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the outage that is running now</source>
        <translation>Die laufende Störung beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a past outage…</source>
        <translation>Frühere Störung &amp;erfassen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter an outage after the fact</source>
        <translation>Eine Störung nachträglich erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit outage…</source>
        <translation>Störung &amp;bearbeiten …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected outage or add evidence</source>
        <translation>Die gewählte Störung ändern oder Belege hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete outage</source>
        <translation>Störung &amp;löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected outage</source>
        <translation>Die gewählte Störung löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring back the outage, evidence or draft claim deleted last</source>
        <translation>Die zuletzt gelöschte Störung, den Beleg oder den Forderungsentwurf zurückholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New claim…</source>
        <translation>&amp;Neue Forderung …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a claim letter for the selected outages</source>
        <translation>Einen Forderungsbrief für die gewählten Störungen schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open company file…</source>
        <translation>Firmendatei ö&amp;ffnen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to another company file</source>
        <translation>Zu einer anderen Firmendatei wechseln</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New company…</source>
        <translation>&amp;Neues Unternehmen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create another company file</source>
        <translation>Eine weitere Firmendatei anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import case file…</source>
        <translation>Fall&amp;datei importieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a claim from a ClaimDesk case file (.json)</source>
        <translation>Eine Forderung aus einer ClaimDesk-Falldatei (.json) hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Company &amp;settings…</source>
        <translation>Unternehmens&amp;einstellungen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile, contracts, opening hours, sales channels and baseline</source>
        <translation>Profil, Verträge, Öffnungszeiten, Verkaufskanäle und Berechnungsgrundlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voreinstellungen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of ClaimDesk&apos;s windows</source>
        <translation>Die Sprache der Fenster von ClaimDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outage &amp;journal</source>
        <translation>Störungs&amp;journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Claims</source>
        <translation>&amp;Forderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/app.py" line="+93"/>
        <location filename="../claimdesk/ui/main_layout.py" line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/main_layout.py" line="+2"/>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimed or not</source>
        <translation>Gefordert oder nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet claimed</source>
        <translation>Noch nicht gefordert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already claimed</source>
        <translation>Bereits gefordert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;rvice:</source>
        <translation>D&amp;ienst:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Provider:</source>
        <translation>Anbiete&amp;r:</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/main_window.py" line="+185"/>
        <source>Co&amp;mpany</source>
        <translation>&amp;Unternehmen</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/main_layout.py" line="+1"/>
        <source>Cl&amp;aimed:</source>
        <translation>Gef&amp;ordert:</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>&amp;Undo the last delete</source>
        <translation>Letztes Löschen &amp;rückgängig machen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../claimdesk/ui/restore_dialog.py" line="+123"/>
        <source>Restore a &amp;backup…</source>
        <translation>&amp;Sicherung wiederherstellen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a backup in place of this company file (it is kept aside)</source>
        <translation>Eine Sicherung anstelle dieser Firmendatei einsetzen (diese wird daneben aufbewahrt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Letters for many companies…</source>
        <translation>Schreiben für viele &amp;Unternehmen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A network&apos;s claim: every member&apos;s letter in one run, and a collective letter</source>
        <translation>Die Forderung eines Netzwerks: das Schreiben jedes Mitglieds in einem Durchgang und ein Sammelschreiben</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>P&amp;eriod:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/main_window.py" line="-8"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outage</source>
        <translation>&amp;Störung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Claim</source>
        <translation>&amp;Forderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sort the journal by</source>
        <translation>Journal &amp;sortieren nach</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main actions</source>
        <translation>Hauptaktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open company</source>
        <translation>Geöffnetes Unternehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch company…</source>
        <translation>Unternehmen wechseln …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch company file</source>
        <translation>Firmendatei wechseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service is back</source>
        <translation>Dienst wieder da</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+44"/>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+4"/>
        <source>Outage journal</source>
        <translation>Störungsjournal</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No outages yet. When a service stops working, press “Outage started now” (Ctrl+D).</source>
        <translation>Noch keine Störungen. Wenn ein Dienst ausfällt, klicken Sie auf «Störung beginnt jetzt» (Ctrl+D).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claims</source>
        <translation>Forderungen</translation>
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
            <numerusform>%n Störung</numerusform>
            <numerusform>%n Störungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} down since {1}</source>
        <translation>{0} gestört seit {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Have you called your provider? Note the ticket number they give you.</source>
        <translation>Haben Sie Ihren Anbieter angerufen? Notieren Sie die Störungsnummer, die er Ihnen gibt.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>&lt;b&gt;%n&lt;/b&gt; outage(s) not yet claimed</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; Störung noch nicht gefordert</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; Störungen noch nicht gefordert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n claim(s) waiting for an answer</source>
        <translation>
            <numerusform>%n Forderung wartet auf Antwort</numerusform>
            <numerusform>%n Forderungen warten auf Antwort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n answer(s) overdue</source>
        <translation>
            <numerusform>%n Antwort überfällig</numerusform>
            <numerusform>%n Antworten überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Select at most %n outages for an estimate.</source>
        <translation>
            <numerusform>Wählen Sie für eine Schätzung höchstens %n Störung.</numerusform>
            <numerusform>Wählen Sie für eine Schätzung höchstens %n Störungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Working out the figures…</source>
        <translation>Die Zahlen werden berechnet …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Outage noted. Press “Service is back” (Ctrl+B) when it works again.</source>
        <translation>Störung notiert. Klicken Sie auf «Dienst wieder da» (Ctrl+B), sobald er wieder funktioniert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No outage is running.</source>
        <translation>Keine Störung läuft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outage closed. Its loss is now in the estimate.</source>
        <translation>Störung beendet. Ihr Schaden ist jetzt in der Schätzung enthalten.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No contract yet</source>
        <translation>Noch kein Vertrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add your provider&apos;s contract first (Company ▸ Company settings).</source>
        <translation>Erfassen Sie zuerst den Vertrag Ihres Anbieters (Unternehmen ▸ Unternehmenseinstellungen).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Outage in a claim</source>
        <translation>Störung in einer Forderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An outage that is part of a claim cannot be deleted.</source>
        <translation>Eine Störung, die Teil einer Forderung ist, kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Delete outage</source>
        <translation>Störung löschen</translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>Delete %n outage(s)? Their evidence files stay in the file if another outage uses them.</source>
        <translation>
            <numerusform>%n Störung löschen? Ihre Belege bleiben in der Datei, wenn eine andere Störung sie verwendet.</numerusform>
            <numerusform>%n Störungen löschen? Ihre Belege bleiben in der Datei, wenn eine andere Störung sie verwendet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/app.py" line="-5"/>
        <source>Switch to that window, or open another company file here.</source>
        <translation>Wechseln Sie zu jenem Fenster, oder öffnen Sie hier eine andere Unternehmensdatei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;read-only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;another company file…</source>
        <translation>&amp;Andere Unternehmensdatei öffnen …</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../claimdesk/ui/main_window.py" line="+69"/>
        <source>Open a company file</source>
        <translation>Firmendatei öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../claimdesk/ui/main_window.py" line="+2"/>
        <source>ClaimDesk company files (*.claimdesk)</source>
        <translation>ClaimDesk-Firmendateien (*.claimdesk)</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+24"/>
        <location filename="../claimdesk/ui/case_import.py" line="+127"/>
        <location filename="../claimdesk/ui/main_window.py" line="+19"/>
        <location line="+26"/>
        <location filename="../claimdesk/ui/restore_dialog.py" line="-2"/>
        <source>Cannot open this company file</source>
        <translation>Diese Firmendatei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/case_import.py" line="-101"/>
        <source>Import a case file</source>
        <translation>Falldatei importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClaimDesk case files (*.json)</source>
        <translation>ClaimDesk-Falldateien (*.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the case file…</source>
        <translation>Die Falldatei wird gelesen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The case file was not imported</source>
        <translation>Die Falldatei wurde nicht importiert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Already imported</source>
        <translation>Bereits importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case was already imported as claim no. {0} on {1}. Import it again, as another claim?</source>
        <translation>Dieser Fall wurde bereits am {1} als Forderung Nr. {0} importiert. Nochmals importieren, als weitere Forderung?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Another company</source>
        <translation>Ein anderes Unternehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case is for “{0}”, not “{1}”. Create a company file for “{0}” and import it there?</source>
        <translation>Dieser Fall betrifft «{0}», nicht «{1}». Eine Firmendatei für «{0}» anlegen und ihn dort importieren?</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Adding the outages and the claim…</source>
        <translation>Störungen und Forderung werden hinzugefügt …</translation>
    </message>
    <message numerus="yes">
        <location filename="../claimdesk/ui/main_window.py" line="-100"/>
        <source>%n outage(s) deleted.</source>
        <translation>
            <numerusform>%n Störung gelöscht.</numerusform>
            <numerusform>%n Störungen gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n evidence file(s) removed.</source>
        <translation>
            <numerusform>%n Beleg entfernt.</numerusform>
            <numerusform>%n Belege entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft claim deleted.</source>
        <translation>Forderungsentwurf gelöscht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo: {0}</source>
        <translation>Rückgängig: {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot undo</source>
        <translation>Rückgängig machen nicht möglich</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restored.</source>
        <translation>Wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Backup restored. The file it replaced was kept as {0}.</source>
        <translation>Sicherung wiederhergestellt. Die ersetzte Datei wurde als {0} aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/case_import.py" line="+37"/>
        <source>Case imported as a draft claim (no. {0}).</source>
        <translation>Fall als Forderungsentwurf importiert (Nr. {0}).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>OutageDialogs</name>
    <message>
        <location filename="../claimdesk/ui/outage_dialogs.py" line="-200"/>
        <source>Call your provider&apos;s support line and write down the ticket number they give you: your claim letter quotes it as proof that you reported the outage.</source>
        <translation>Rufen Sie die Störungsstelle Ihres Anbieters an und notieren Sie die Störungsnummer, die man Ihnen gibt: Ihr Forderungsbrief nennt sie als Beweis, dass Sie die Störung gemeldet haben.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>When you reported the fault. Service guarantees (GTR) often count from this moment: it is filled in when you type the ticket number; correct it if you called earlier.</source>
        <translation>Wann Sie die Störung gemeldet haben. Wiederherstellungsgarantien zählen oft ab diesem Moment: Er wird eingetragen, wenn Sie die Ticketnummer eingeben; korrigieren Sie ihn, wenn Sie früher angerufen haben.</translation>
    </message>
</context>
<context>
    <name>OutageEditor</name>
    <message>
        <location line="+253"/>
        <source>Edit outage</source>
        <translation>Störung bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a past outage</source>
        <translation>Frühere Störung erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still down (no end yet)</source>
        <translation>Noch gestört (noch kein Ende)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What stopped working, what customers noticed, what you did.</source>
        <translation>Was nicht mehr funktionierte, was die Kundschaft bemerkte, was Sie unternommen haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Contract:</source>
        <translation>&amp;Vertrag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;tarted:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local time of the shop ({0}). Click the arrow for a calendar.</source>
        <translation>Ortszeit des Geschäfts ({0}). Klicken Sie auf den Pfeil für einen Kalender.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ended:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When the service worked again.</source>
        <translation>Wann der Dienst wieder funktionierte.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tic&amp;ket number:</source>
        <translation>Störungs&amp;nummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket opened:</source>
        <translation>Ticket eröffnet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line or access:</source>
        <translation>Leitung oder Zugang:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The line number, access ID or mailbox that was down, as the provider knows it.</source>
        <translation>Die Rufnummer, Zugangskennung oder Mailbox, die ausgefallen war, wie der Anbieter sie kennt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Description:</source>
        <translation>Besc&amp;hreibung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;vidence (screenshots, e-mails from the provider, photos): drop files here or use Add file…</source>
        <translation>Be&amp;lege (Bildschirmfotos, E-Mails des Anbieters, Fotos): Dateien hierher ziehen oder Datei hinzufügen … verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add file…</source>
        <translation>Datei hin&amp;zufügen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a copy of the selected file with its usual application.</source>
        <translation>Eine Kopie der gewählten Datei mit ihrer üblichen Anwendung öffnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy of the selected file in a folder.</source>
        <translation>Eine Kopie der gewählten Datei in einem Ordner speichern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected file from this outage when you save.</source>
        <translation>Die gewählte Datei beim Speichern von dieser Störung entfernen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+56"/>
        <source>{0}  (added when you save)</source>
        <translation>{0}  (wird beim Speichern hinzugefügt)</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+118"/>
        <source>{0}  (removed when you save)</source>
        <translation>{0}  (wird beim Speichern entfernt)</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>{0}  ({1} bytes)</source>
        <translation>{0}  ({1} Bytes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256: {0}</source>
        <translation>SHA-256: {0}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Add evidence</source>
        <translation>Beleg hinzufügen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No application opens {0}.</source>
        <translation>Keine Anwendung öffnet {0}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the evidence file to</source>
        <translation>Beleg exportieren nach</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exported to {0}</source>
        <translation>Exportiert nach {0}</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Copying the evidence into the company file…</source>
        <translation>Die Belege werden in die Firmendatei kopiert …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding evidence</source>
        <translation>Belege werden hinzugefügt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Some files were not added</source>
        <translation>Einige Dateien wurden nicht hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outage is saved, but these files could not be added:</source>
        <translation>Die Störung ist gespeichert, aber diese Dateien konnten nicht hinzugefügt werden:</translation>
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
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ended</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ticket no.</source>
        <translation>Störungsnr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claimed</source>
        <translation>Gefordert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Mobilfunk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TV</source>
        <translation>TV</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0} d {1} h</source>
        <translation>{0} T. {1} h</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/estimate_view.py" line="-344"/>
        <location filename="../claimdesk/ui/outage_model.py" line="+1"/>
        <source>{0} h {1:02d} min</source>
        <translation>{0} h {1:02d} min</translation>
    </message>
</context>
<context>
    <name>OutageTableModel</name>
    <message>
        <location filename="../claimdesk/ui/outage_model.py" line="+208"/>
        <source>No ticket number yet: ask your provider for one and note it here.</source>
        <translation>Noch keine Störungsnummer: Verlangen Sie eine bei Ihrem Anbieter und notieren Sie sie hier.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>still down</source>
        <translation>noch gestört</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>OutagesPage</name>
    <message>
        <location filename="../claimdesk/ui/claim_wizard.py" line="-233"/>
        <source>Which outages?</source>
        <translation>Welche Störungen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A claim covers outages of one contract. Tick the ones to claim.</source>
        <translation>Eine Forderung betrifft die Störungen eines einzigen Vertrags. Kreuzen Sie die zu fordernden an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contract:</source>
        <translation>&amp;Vertrag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outages to claim</source>
        <translation>Zu fordernde Störungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outages still running are not listed: end them first (Service is back).</source>
        <translation>Laufende Störungen erscheinen hier nicht: Beenden Sie sie zuerst (Dienst wieder da).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}: {1} → {2} ({3})</source>
        <translation>{0}: {1} → {2} ({3})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(already in claim no. {0})</source>
        <translation>(bereits in Forderung Nr. {0})</translation>
    </message>
</context>
<context>
    <name>OwnerMenus</name>
    <message>
        <location filename="../claimdesk/ui/owner_menus.py" line="+44"/>
        <source>Back &amp;up to…</source>
        <translation>Kopie s&amp;peichern unter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy of this company file where you choose: a USB stick, a shared drive</source>
        <translation>Eine Kopie dieser Firmendatei speichern, wo Sie wollen: auf einem USB-Stick, einem gemeinsamen Laufwerk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport for the accountant…</source>
        <translation>Für die Buchhaltung e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outages and the claims as two tables (CSV) that Excel or LibreOffice open</source>
        <translation>Die Störungen und die Forderungen als zwei Tabellen (CSV), die Excel oder LibreOffice öffnen</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/main_window.py" line="-347"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/owner_menus.py" line="+2"/>
        <source>&amp;Getting started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ClaimDesk</source>
        <translation>&amp;Über ClaimDesk</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back up to</source>
        <translation>Kopie speichern unter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company file (*{0})</source>
        <translation>Firmendatei (*{0})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The copy was not saved</source>
        <translation>Die Kopie wurde nicht gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A copy of the company file is saved as {0}.</source>
        <translation>Eine Kopie der Firmendatei ist gespeichert als {0}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export for the accountant: choose a folder</source>
        <translation>Für die Buchhaltung exportieren: Ordner wählen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The tables were not saved</source>
        <translation>Die Tabellen wurden nicht gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {0} and {1}.</source>
        <translation>{0} und {1} gespeichert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0} - outages.csv</source>
        <translation>{0} - Störungen.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} - claims.csv</source>
        <translation>{0} - Forderungen.csv</translation>
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
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ticket no.</source>
        <translation>Störungsnr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claims</source>
        <translation>Forderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Letter date</source>
        <translation>Briefdatum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claimed</source>
        <translation>Gefordert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer due</source>
        <translation>Antwort fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outages</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When a service stops working, press “Outage started now” (Ctrl+D). Note the ticket number the provider gives you.</source>
        <translation>Wenn ein Dienst nicht mehr funktioniert, klicken Sie auf «Störung beginnt jetzt» (Ctrl+D). Notieren Sie die Störungsnummer des Anbieters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When it works again, press “Service is back” (Ctrl+B). An outage you noticed too late: “Add a past outage”.</source>
        <translation>Wenn er wieder funktioniert, klicken Sie auf «Dienst wieder da» (Ctrl+B). Eine Störung, die Sie zu spät bemerkt haben: «Frühere Störung erfassen».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add evidence to the outage: screenshots, the provider&apos;s e-mails, a photo of the router.</source>
        <translation>Fügen Sie der Störung Belege hinzu: Bildschirmfotos, E-Mails des Anbieters, ein Foto des Routers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the outages: the right-hand panel says what they cost you. Type any extra costs under Costs and credits.</source>
        <translation>Wählen Sie die Störungen: Die rechte Spalte zeigt, was sie Sie kosten. Mehrkosten tragen Sie unter Kosten und Gutschriften ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press “New claim” and follow the steps: ClaimDesk writes the letter. Send it by registered post or e-mail.</source>
        <translation>Klicken Sie auf «Neue Forderung» und folgen Sie den Schritten: ClaimDesk schreibt den Brief. Senden Sie ihn eingeschrieben oder per E-Mail.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the Claims tab, mark the letter as sent, then note the answer. Without an answer by the date shown, send a reminder.</source>
        <translation>Markieren Sie den Brief im Register Forderungen als gesendet und notieren Sie dann die Antwort. Ohne Antwort bis zum angezeigten Datum senden Sie eine Mahnung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About ClaimDesk</source>
        <translation>Über ClaimDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClaimDesk {0}

Records your telecom outages, works out what they cost your business and writes the claim letter to your provider.

Your company files stay on this computer.</source>
        <translation>ClaimDesk {0}

Erfasst Ihre Telekom-Störungen, berechnet, was sie Ihr Unternehmen kosten, und schreibt den Forderungsbrief an Ihren Anbieter.

Ihre Firmendateien bleiben auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>PaymentChannelsBox</name>
    <message>
        <location filename="../claimdesk/ui/payment_channels.py" line="+17"/>
        <source>A card terminal (it needs the internet)</source>
        <translation>Ein Kartenterminal (es braucht Internet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card payments</source>
        <translation>Kartenzahlungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders by phone</source>
        <translation>Bestellungen per Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone orders</source>
        <translation>Telefonbestellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders by e-mail</source>
        <translation>Bestellungen per E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail orders</source>
        <translation>E-Mail-Bestellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An online shop or online booking</source>
        <translation>Ein Onlineshop oder Online-Buchungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online shop and booking</source>
        <translation>Onlineshop und Buchungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-in customers paying cash</source>
        <translation>Laufkundschaft, die bar bezahlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash at the counter</source>
        <translation>Barzahlung an der Theke</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>How do your customers pay and order?</source>
        <translation>Wie bezahlen und bestellen Ihre Kunden?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ClaimDesk fills in the table below from your answers. Change the shares to match your business: what part of your turnover comes each way.</source>
        <translation>ClaimDesk füllt die Tabelle unten nach Ihren Antworten aus. Passen Sie die Anteile an Ihr Geschäft an: welcher Teil Ihres Umsatzes auf welchem Weg kommt.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../claimdesk/ui/claim_dialogs.py" line="+37"/>
        <source>Amount received — ClaimDesk</source>
        <translation>Erhaltener Betrag — ClaimDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received o&amp;n:</source>
        <translation>Erhalten a&amp;m:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A credit on the bill counts too; several payments add up.</source>
        <translation>Eine Gutschrift auf der Rechnung zählt auch; mehrere Zahlungen werden addiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No&amp;te:</source>
        <translation>&amp;Notiz:</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../claimdesk/ui/claim_wizard.py" line="+275"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the letter as it will be printed.</source>
        <translation>So wird der Brief gedruckt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the letter…</source>
        <translation>Der Brief wird vorbereitet …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the letter</source>
        <translation>Brief wird vorbereitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter preview</source>
        <translation>Vorschau des Briefs</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>The letter could not be prepared: {0}</source>
        <translation>Der Brief konnte nicht vorbereitet werden: {0}</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../claimdesk/ui/company_forms.py" line="-202"/>
        <source>Street
Postcode and town
Country</source>
        <translation>Strasse
PLZ und Ort
Land</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Business na&amp;me:</source>
        <translation>&amp;Name des Unternehmens:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As it should appear at the top of your letters.</source>
        <translation>So, wie sie oben auf Ihren Briefen stehen soll.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Signed by:</source>
        <translation>&amp;Unterzeichnet von:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The person who signs the claim letters.</source>
        <translation>Die Person, welche die Forderungsbriefe unterzeichnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their &amp;role:</source>
        <translation>Funkt&amp;ion:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Where you trade:</source>
        <translation>&amp;Tätig in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decides which consumer and contract law the letters quote.</source>
        <translation>Bestimmt, welches Konsumenten- und Vertragsrecht die Briefe zitieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency:</source>
        <translation>Wä&amp;hrung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gistration no.:</source>
        <translation>&amp;Registernummer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account holder:</source>
        <translation>Kontoinhaber:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IBAN or account no.:</source>
        <translation>IBAN oder Kontonummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIC:</source>
        <translation>BIC:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: the letters ask the provider to pay into this account.</source>
        <translation>Optional: Die Briefe bitten den Anbieter, auf dieses Konto zu zahlen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An IBAN, or in Canada the institution, transit and account numbers.</source>
        <translation>Eine IBAN oder in Kanada die Instituts-, Transit- und Kontonummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With an IBAN only.</source>
        <translation>Nur mit einer IBAN.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Optional: SIRET, BN, UID, company number.</source>
        <translation>Freiwillig: UID, SIRET, BN, Unternehmensnummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Phone:</source>
        <translation>Te&amp;lefon:</translation>
    </message>
</context>
<context>
    <name>ReferralActions</name>
    <message>
        <location filename="../claimdesk/ui/referral_actions.py" line="+30"/>
        <source>The file could not be written to {0}: {1}</source>
        <translation>Die Datei konnte nicht nach {0} geschrieben werden: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mediator or court file</source>
        <translation>Unterlagen für Schlichtung oder Gericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file for the mediator or the court was saved as {0}</source>
        <translation>Die Unterlagen für Schlichtung oder Gericht wurden gespeichert als {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../claimdesk/ui/restore_dialog.py" line="-44"/>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the backup to put in place of {0}. The file it replaces is kept beside it, renamed “{0}.damaged-…”: nothing is deleted.</source>
        <translation>Wählen Sie die Sicherung, die anstelle von {0} eingesetzt werden soll. Die ersetzte Datei wird daneben als «{0}.damaged-…» aufbewahrt: Nichts wird gelöscht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved on</source>
        <translation>Gespeichert am</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Grösse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backup file</source>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No backups of this company file were found.</source>
        <translation>Es wurden keine Sicherungen dieser Firmendatei gefunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a &amp;file…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a copy saved elsewhere, for example with File ▸ Back up to…</source>
        <translation>Eine anderswo gespeicherte Kopie wiederherstellen, zum Beispiel aus Datei ▸ Kopie speichern unter…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restore a copy</source>
        <translation>Kopie wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company file (*{0})</source>
        <translation>Firmendatei (*{0})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup was not restored</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../claimdesk/ui/claim_wizard.py" line="-285"/>
        <source>Check the figures</source>
        <translation>Zahlen prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add what the outage cost you on top, what you saved, and any credit the provider already gave. The figures follow as you type.</source>
        <translation>Ergänzen Sie Mehrkosten durch die Störung, eingesparte Kosten und bereits erhaltene Gutschriften des Anbieters. Die Zahlen passen sich bei der Eingabe an.</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <location line="+315"/>
        <source>Save the letter</source>
        <translation>Brief speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The claim is also kept in the company file, with the letter, so you can follow the answer.</source>
        <translation>Die Forderung wird mit dem Brief auch in der Firmendatei abgelegt, damit Sie die Antwort verfolgen können.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File na&amp;me:</source>
        <translation>Datei&amp;name:</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also save the &amp;dossier next to the letter (the letter, then every evidence file as a numbered exhibit)</source>
        <translation>Auch das Dossi&amp;er neben dem Brief speichern (der Brief, danach jeder Beleg, nummeriert)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a folder</source>
        <translation>Ordner wählen</translation>
    </message>
</context>
<context>
    <name>SavedLetterDialog</name>
    <message>
        <location filename="../claimdesk/ui/letter_actions.py" line="+107"/>
        <source>Letter saved</source>
        <translation>Brief gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter is saved as {0} in {1}.</source>
        <translation>Der Brief ist als {0} in {1} gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail the letter…</source>
        <translation>Per &amp;E-Mail senden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens your mail program with a new message, and the folder with the letter so you can attach it.</source>
        <translation>Öffnet Ihr E-Mail-Programm mit einer neuen Nachricht und den Ordner mit dem Brief, damit Sie ihn anhängen können.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your mail program opens a new message. An e-mail link cannot attach a file: drag {0} from the folder that opened into the message, or use your mail program&apos;s Attach button.</source>
        <translation>Ihr E-Mail-Programm öffnet eine neue Nachricht. Ein E-Mail-Link kann keine Datei anhängen: Ziehen Sie {0} aus dem geöffneten Ordner in die Nachricht, oder verwenden Sie die Schaltfläche Anhängen Ihres E-Mail-Programms.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hello,

Please find attached my letter ({0}).

Kind regards</source>
        <translation>Guten Tag

Im Anhang finden Sie meinen Brief ({0}).

Freundliche Grüsse</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The letter could not be printed: {0}</source>
        <translation>Der Brief konnte nicht gedruckt werden: {0}</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../claimdesk/ui/claim_dialogs.py" line="-121"/>
        <source>The letter — ClaimDesk</source>
        <translation>Der Brief — ClaimDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} no. {1} was saved as {2}</source>
        <translation>{0} Nr. {1} wurde gespeichert als {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Have you sent it? Once marked sent, ClaimDesk keeps this exact letter, whatever changes later in the company&apos;s profile.</source>
        <translation>Haben Sie ihn versandt? Sobald der Versand erfasst ist, bewahrt ClaimDesk genau diesen Brief auf, was sich später im Firmenprofil auch ändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent o&amp;n:</source>
        <translation>Versa&amp;ndt am:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent &amp;by:</source>
        <translation>Versandt &amp;per:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tracking number:</source>
        <translation>&amp;Sendungsnummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registered-mail number: the follow-up letters quote it.</source>
        <translation>Die Nummer des Einschreibens: Die Folgebriefe nennen sie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent yet? The claims list reminds you until it is.</source>
        <translation>Noch nicht versandt? Die Forderungsliste erinnert Sie daran, bis er es ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark as sent</source>
        <translation>Als versandt &amp;markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not &amp;yet</source>
        <translation>Noch ni&amp;cht</translation>
    </message>
</context>
<context>
    <name>ServiceBackDialog</name>
    <message>
        <location filename="../claimdesk/ui/outage_dialogs.py" line="-389"/>
        <source>Service is back</source>
        <translation>Dienst wieder da</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}, down since {1}</source>
        <translation>{0}, gestört seit {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Outage:</source>
        <translation>&amp;Störung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the number your provider gave you</source>
        <translation>die Nummer, die Ihr Anbieter Ihnen gab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ticket number:</source>
        <translation>Störungs&amp;nummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket opened:</source>
        <translation>Ticket eröffnet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service is back now</source>
        <translation>Der Dienst funktioniert wieder</translation>
    </message>
</context>
<context>
    <name>ServiceLevelsForm</name>
    <message>
        <location filename="../claimdesk/ui/sla_form.py" line="+151"/>
        <source>Your contract&apos;s service levels</source>
        <translation>Service-Levels Ihres Vertrags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the page of your contract called “Garantie de temps de rétablissement”, “Service level”, “SLA” or “Service-Level” and copy its terms here. Your contract then owes the credit it promises without you having to prove any loss, and ClaimDesk adds it to the claim. Leave this box unticked if your contract has no such page.</source>
        <translation>Suchen Sie die Seite Ihres Vertrags mit dem Titel «Service-Level», «SLA», «Service level» oder «Garantie de temps de rétablissement» und übertragen Sie deren Bedingungen hierher. Ihr Vertrag schuldet dann die versprochene Gutschrift, ohne dass Sie einen Verlust beweisen müssen, und ClaimDesk fügt sie der Forderung hinzu. Lassen Sie dieses Feld leer, wenn Ihr Vertrag keine solche Seite hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clause:</source>
        <translation>Klausel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where these terms are in your contract, e.g. “Conditions particulières, art. 6”. The letter quotes it.</source>
        <translation>Wo diese Bedingungen in Ihrem Vertrag stehen, z. B. «Besondere Bedingungen, Ziff. 6». Der Brief zitiert sie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contract guarantees a time to restore the service</source>
        <translation>Der Vertrag garantiert eine Zeit zur Wiederherstellung des Dienstes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoration:</source>
        <translation>Wiederherstellung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored within (hours):</source>
        <translation>Wiederhergestellt innerhalb von (Stunden):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guaranteed time, e.g. 4 for “GTR 4 h”.</source>
        <translation>Die garantierte Zeit, z. B. 4 für «4 h».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All hours, day and night</source>
        <translation>Alle Stunden, Tag und Nacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the hours covered (“heures ouvrées”, business hours)</source>
        <translation>Nur die abgedeckten Zeiten (Geschäftszeiten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours counted:</source>
        <translation>Gezählte Stunden:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours covered:</source>
        <translation>Abgedeckte Zeiten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days and hours the guarantee counts, e.g. “mon-fri 08:00-18:00, sat 08:00-12:00”.</source>
        <translation>Tage und Zeiten, die die Garantie zählt, z. B. «Mo-Fr 08:00-18:00, Sa 08:00-12:00».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you report the fault (the ticket)</source>
        <translation>Wenn Sie die Störung melden (das Ticket)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the outage starts</source>
        <translation>Wenn die Störung beginnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clock starts:</source>
        <translation>Die Frist beginnt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit if later:</source>
        <translation>Gutschrift bei Verspätung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per step of the contract: beyond the guaranteed time by more than so many hours (0 = any delay), the credit in percent of the monthly fee.</source>
        <translation>Eine Zeile je Stufe des Vertrags: mehr als so viele Stunden über der garantierten Zeit (0 = jede Verspätung), die Gutschrift in Prozent der Monatsgebühr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late by over (h)</source>
        <translation>Verspätung &gt; (h)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>Credit (%)</source>
        <translation>Gutschrift (%)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The contract promises an availability per month</source>
        <translation>Der Vertrag sagt eine Verfügbarkeit je Monat zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability:</source>
        <translation>Verfügbarkeit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised (%):</source>
        <translation>Zugesagt (%):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E.g. 99.9 for “99,9 % disponibilité”.</source>
        <translation>Z. B. 99,9 für «99,9 % Verfügbarkeit».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit if lower:</source>
        <translation>Gutschrift bei tieferer Verfügbarkeit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per step: when the month&apos;s availability is below this percentage, the credit in percent of the monthly fee.</source>
        <translation>Eine Zeile je Stufe: Liegt die Verfügbarkeit des Monats unter diesem Prozentsatz, die Gutschrift in Prozent der Monatsgebühr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below (%)</source>
        <translation>Unter (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a step</source>
        <translation>Stufe hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit steps</source>
        <translation>Gutschriftstufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit at most (% of the fee):</source>
        <translation>Gutschrift höchstens (% der Gebühr):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contract&apos;s cap per month, often 100.</source>
        <translation>Die Obergrenze je Monat laut Vertrag, oft 100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contract says this credit is the only compensation</source>
        <translation>Der Vertrag nennt diese Gutschrift die einzige Entschädigung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only compensation:</source>
        <translation>Einzige Entschädigung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick it if the contract calls the credit “forfaitaire et libératoire”, “sole remedy” or “only remedy”. The letter then claims the credit and reserves your other losses.</source>
        <translation>Kreuzen Sie es an, wenn der Vertrag die Gutschrift «pauschal und abschliessend» oder «einziges Rechtsmittel» nennt. Der Brief fordert dann die Gutschrift und behält Ihre übrigen Verluste vor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no time limit</source>
        <translation>keine Frist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim within:</source>
        <translation>Geltend machen innerhalb von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many contracts want the credit claimed within so many days. ClaimDesk warns you before that date.</source>
        <translation>Viele Verträge verlangen, die Gutschrift innerhalb einiger Tage geltend zu machen. ClaimDesk warnt Sie vor diesem Datum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after the end of the outage</source>
        <translation>nach dem Ende der Störung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after the end of that month</source>
        <translation>nach dem Ende dieses Monats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted:</source>
        <translation>Gerechnet:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Type a number such as 4 or 99.9.</source>
        <translation>Geben Sie eine Zahl wie 4 oder 99,9 ein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write the hours like “mon-fri 08:00-18:00”.</source>
        <translation>Schreiben Sie die Zeiten wie «Mo-Fr 08:00-18:00».</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../claimdesk/ui/settings_dialog.py" line="+41"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening &amp;hours</source>
        <translation>Ö&amp;ffnungszeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pro&amp;file</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sa&amp;les channels</source>
        <translation>&amp;Verkaufskanäle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Baseline</source>
        <translation>&amp;Berechnungsgrundlage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;ontracts</source>
        <translation>V&amp;erträge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Interface</source>
        <translation>Benutzer&amp;oberfläche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some entries need a look (marked in red).</source>
        <translation>Einige Angaben müssen geprüft werden (rot markiert).</translation>
    </message>
</context>
<context>
    <name>StartOutageDialog</name>
    <message>
        <location filename="../claimdesk/ui/outage_dialogs.py" line="-65"/>
        <source>Outage started now</source>
        <translation>Störung beginnt jetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket opened:</source>
        <translation>Ticket eröffnet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which service is down? ClaimDesk notes the time now ({0}).</source>
        <translation>Welcher Dienst ist gestört? ClaimDesk notiert die aktuelle Zeit ({0}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Service down:</source>
        <translation>&amp;Gestörter Dienst:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example TKT-2019-081734 (you can add it later)</source>
        <translation>z. B. TKT-2019-081734 (kann später ergänzt werden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ticket number:</source>
        <translation>Störungs&amp;nummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the clock</source>
        <translation>Zeitmessung starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a contract with its services first (Company ▸ Settings).</source>
        <translation>Erfassen Sie zuerst einen Vertrag mit seinen Diensten (Unternehmen ▸ Einstellungen).</translation>
    </message>
</context>
<context>
    <name>StorageMessages</name>
    <message>
        <location filename="../claimdesk/ui/storage_messages.py" line="+15"/>
        <source>There is not enough space on the disk to save {0}; nothing was changed. Free some space, then try again.</source>
        <translation>Auf dem Datenträger ist nicht genug Platz, um {0} zu speichern; nichts wurde geändert. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} was opened read-only: changes cannot be saved.</source>
        <translation>{0} wurde schreibgeschützt geöffnet: Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is damaged and cannot be opened safely.</source>
        <translation>{0} ist beschädigt und kann nicht sicher geöffnet werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latest backup is from {0}: {1}.</source>
        <translation>Die letzte Sicherung stammt vom {0}: {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No backup of it was found.</source>
        <translation>Es wurde keine Sicherung davon gefunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened read-only: changes cannot be saved.</source>
        <translation>Schreibgeschützt geöffnet: Änderungen können nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>TicketTimeEdit</name>
    <message>
        <location filename="../claimdesk/ui/outage_dialogs.py" line="-73"/>
        <source>Known</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket opened at</source>
        <translation>Ticket eröffnet am</translation>
    </message>
</context>
<context>
    <name>WatchdogController</name>
    <message>
        <location filename="../claimdesk/ui/watchdog_ui.py" line="+144"/>
        <source>&amp;Watchdog…</source>
        <translation>&amp;Überwachung …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let ClaimDesk check the internet connection and record outages by itself</source>
        <translation>ClaimDesk die Internetverbindung prüfen und Störungen selbst erfassen lassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import bounce messages…</source>
        <translation>Unzustellbarkeitsmeldungen &amp;importieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn bounce e-mails into an e-mail outage with the messages as evidence</source>
        <translation>Aus Unzustellbarkeitsmeldungen eine E-Mail-Störung machen, mit den Meldungen als Belegen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import bounce messages</source>
        <translation>Unzustellbarkeitsmeldungen importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail messages (*.eml *.mbox)</source>
        <translation>E-Mail-Nachrichten (*.eml *.mbox)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>E-mail outage added from %n bounce message(s).</source>
        <translation>
            <numerusform>E-Mail-Störung aus %n Unzustellbarkeitsmeldung erfasst.</numerusform>
            <numerusform>E-Mail-Störung aus %n Unzustellbarkeitsmeldungen erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot import these messages</source>
        <translation>Diese Nachrichten können nicht importiert werden</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Internet outage detected</source>
        <translation>Internetstörung erkannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outage is in the journal, marked as detected by the watchdog. Confirm it and add the provider&apos;s ticket number.</source>
        <translation>Die Störung steht im Journal, als von der Überwachung erkannt markiert. Bestätigen Sie sie und ergänzen Sie die Ticketnummer des Anbieters.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The watchdog stopped</source>
        <translation>Die Überwachung wurde beendet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No bounce was found in these files: no delivery report and no SMTP status code such as 550 5.1.1.</source>
        <translation>In diesen Dateien wurde keine Unzustellbarkeitsmeldung gefunden: kein Zustellbericht und kein SMTP-Statuscode wie 550 5.1.1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These bounces were imported before, as outage {0}.</source>
        <translation>Diese Unzustellbarkeitsmeldungen wurden schon importiert, als Störung {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No contract of this company covers this service; add one in the company settings.</source>
        <translation>Kein Vertrag dieses Unternehmens deckt diesen Dienst ab; erfassen Sie einen in den Unternehmenseinstellungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several contracts cover this service; the watchdog needs exactly one to record outages against.</source>
        <translation>Mehrere Verträge decken diesen Dienst ab; die Überwachung braucht genau einen, dem sie Störungen zuordnen kann.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ClaimDesk watchdog: the internet answers</source>
        <translation>ClaimDesk-Überwachung: Das Internet antwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClaimDesk watchdog: checking a failure</source>
        <translation>ClaimDesk-Überwachung: Ein Ausfall wird geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClaimDesk watchdog: internet outage</source>
        <translation>ClaimDesk-Überwachung: Internetstörung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClaimDesk watchdog: your own network does not answer (not counted)</source>
        <translation>ClaimDesk-Überwachung: Ihr eigenes Netz antwortet nicht (nicht gezählt)</translation>
    </message>
</context>
<context>
    <name>WatchdogDialog</name>
    <message>
        <location line="-185"/>
        <source>While it is on, ClaimDesk contacts these hosts from this computer about once a minute: {hosts}. They see your shop&apos;s internet address; nothing else leaves the computer. Every result is kept in the company file, chained so that any later change shows. It runs only while ClaimDesk is open.</source>
        <translation>Solange sie eingeschaltet ist, kontaktiert ClaimDesk von diesem Computer aus etwa einmal pro Minute diese Hosts: {hosts}. Sie sehen die Internetadresse Ihres Geschäfts; sonst verlässt nichts den Computer. Jedes Ergebnis wird in der Unternehmensdatei verkettet gespeichert, sodass jede spätere Änderung sichtbar wird. Sie läuft nur, solange ClaimDesk geöffnet ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watchdog</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Watch the internet connection while ClaimDesk is open</source>
        <translation>Internetverbindung &amp;überwachen, solange ClaimDesk geöffnet ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gateway (your box, HOST:PORT):</source>
        <translation>&amp;Gateway (Ihre Box, HOST:PORT):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Provider&apos;s DNS server:</source>
        <translation>&amp;DNS-Server des Anbieters:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the one this computer uses</source>
        <translation>der, den dieser Computer verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I &amp;agree that ClaimDesk contacts these hosts</source>
        <translation>Ich bin &amp;einverstanden, dass ClaimDesk diese Hosts kontaktiert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gateway: write it as HOST:PORT, for example 192.168.1.1:80.</source>
        <translation>Gateway: Schreiben Sie es als HOST:PORT, zum Beispiel 192.168.1.1:80.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick the agreement to turn the watchdog on.</source>
        <translation>Kreuzen Sie das Einverständnis an, um die Überwachung einzuschalten.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../claimdesk/ui/company_wizard.py" line="-103"/>
        <source>Welcome to ClaimDesk</source>
        <translation>Willkommen bei ClaimDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ClaimDesk keeps a journal of your telephone and internet outages, works out what they cost your business and writes the claim letter to your provider.</source>
        <translation>ClaimDesk führt ein Journal Ihrer Telefon- und Internetstörungen, berechnet, was sie Ihr Geschäft kosten, und schreibt den Forderungsbrief an Ihren Anbieter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Set up my business (about five minutes)</source>
        <translation>Mein &amp;Geschäft einrichten (etwa fünf Minuten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Try it with a demo bakery first</source>
        <translation>Zuerst mit einer &amp;Demo-Bäckerei ausprobieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can create more company files later (File ▸ New company) and switch between them.</source>
        <translation>Sie können später weitere Firmendateien anlegen (Datei ▸ Neues Unternehmen) und zwischen ihnen wechseln.</translation>
    </message>
</context>
</TS>
