<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../claimdesk/ui/claim_dialogs.py" line="+208"/>
        <source>The provider&apos;s answer — ClaimDesk</source>
        <translation>La risposta dell&apos;operatore — ClaimDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered o&amp;n:</source>
        <translation>Risposta i&amp;l:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount &amp;offered:</source>
        <translation>&amp;Importo offerto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty if they offer nothing.</source>
        <translation>Lasciate vuoto se non offrono nulla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their &amp;reference:</source>
        <translation>Loro &amp;riferimento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their &amp;letter:</source>
        <translation>Loro le&amp;ttera:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in the company file as evidence.</source>
        <translation>Conservata nel file dell&apos;azienda come prova.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Their letter</source>
        <translation>Loro lettera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bro&amp;wse…</source>
        <translation>Sf&amp;oglia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;te:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider&apos;s letter</source>
        <translation>La lettera dell&apos;operatore</translation>
    </message>
</context>
<context>
    <name>BaselineForm</name>
    <message>
        <location filename="../claimdesk/ui/company_forms.py" line="+480"/>
        <source>Type a number.</source>
        <translation>Digitate un numero.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../claimdesk/ui/batch_dialog.py" line="+57"/>
        <source>Letters for many companies</source>
        <translation>Lettere per più aziende</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Companies</source>
        <translation>Aziende</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case files and company files</source>
        <translation>Pratiche e file aziendali</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;case files…</source>
        <translation>Aggiungi &amp;pratiche…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the company files of a &amp;folder…</source>
        <translation>Aggiungi i file aziendali di una &amp;cartella…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Scegli…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Output folder:</source>
        <translation>Cartella di &amp;destinazione:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The letters, their figures and batch.csv are written here.</source>
        <translation>Le lettere, i loro importi e batch.csv vengono scritti qui.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>Output folder</source>
        <translation>Cartella di destinazione</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Also write the ne&amp;twork&apos;s collective letter</source>
        <translation>Scrivi anche la lettera collettiva della re&amp;te</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Registered mail</source>
        <translation>Raccomandata</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ordinary mail</source>
        <translation>Posta ordinaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Network &amp;name:</source>
        <translation>N&amp;ome della rete:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head office &amp;address:</source>
        <translation>Indirizzo della s&amp;ede:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration number:</source>
        <translation>Numero di registrazione:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>Telefono:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Signed by:</source>
        <translation>&amp;Firmato da:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory&apos;s title:</source>
        <translation>Funzione del firmatario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Jurisdiction:</source>
        <translation>G&amp;iurisdizione:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter &amp;language:</source>
        <translation>Li&amp;ngua della lettera:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place of writing:</source>
        <translation>&amp;Luogo di redazione:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Days to answer:</source>
        <translation>&amp;Giorni per rispondere:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deli&amp;very:</source>
        <translation>In&amp;vio:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Case files</source>
        <translation>Pratiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClaimDesk case files (*.json)</source>
        <translation>Pratiche ClaimDesk (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A folder of company files</source>
        <translation>Una cartella di file aziendali</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add at least one case file or company file.</source>
        <translation>Aggiungi almeno una pratica o un file aziendale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the output folder.</source>
        <translation>Scegli la cartella di destinazione.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Writing the letters…</source>
        <translation>Scrittura delle lettere…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopping after the letters in hand…</source>
        <translation>Arresto dopo le lettere in corso…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The letters were not written</source>
        <translation>Le lettere non sono state scritte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} of {1} letters written in {2}.</source>
        <translation>{0} lettere su {1} scritte in {2}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped: the other companies were not started.</source>
        <translation>Interrotto: le altre aziende non sono state avviate.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No collective letter: {0}</source>
        <translation>Nessuna lettera collettiva: {0}</translation>
    </message>
</context>
<context>
    <name>ChannelsForm</name>
    <message>
        <location filename="../claimdesk/ui/company_forms.py" line="-73"/>
        <source>Sales channels</source>
        <translation>Canali di vendita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share %</source>
        <translation>Quota %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add channel</source>
        <translation>A&amp;ggiungi canale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove channel</source>
        <translation>&amp;Rimuovi canale</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Row {0}: type the share as a percentage, like 55.</source>
        <translation>Riga {0}: digitate la quota in percentuale, per esempio 55.</translation>
    </message>
</context>
<context>
    <name>ClaimWizard</name>
    <message>
        <location filename="../claimdesk/ui/claim_labels.py" line="+19"/>
        <source>Registered letter</source>
        <translation>Raccomandata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordinary post</source>
        <translation>Posta ordinaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/claim_wizard.py" line="+513"/>
        <source>New claim — ClaimDesk</source>
        <translation>Nuova richiesta — ClaimDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save and keep the claim</source>
        <translation>&amp;Salva e conserva la richiesta</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cannot write there: {0}</source>
        <translation>Impossibile scrivere lì: {0}</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <location filename="../claimdesk/ui/claim_labels.py" line="-10"/>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>Inviata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Con risposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settled</source>
        <translation>Definita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Respinta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>Inoltrata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation>Sollecito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formal notice</source>
        <translation>Messa in mora</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/claims_model.py" line="+15"/>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provider</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter date</source>
        <translation>Data lettera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outages</source>
        <translation>Guasti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claimed</source>
        <translation>Richiesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Ricevuto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer due</source>
        <translation>Risposta entro</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>{0} on {1}</source>
        <translation>{0} il {1}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{0} — overdue</source>
        <translation>{0} — scaduta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The provider has not answered in time: send a reminder or a formal notice.</source>
        <translation>L&apos;operatore non ha risposto in tempo: inviate un sollecito o una messa in mora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent on {0} ({1}); letter SHA-256 {2}</source>
        <translation>Inviata il {0} ({1}); SHA-256 della lettera {2}</translation>
    </message>
</context>
<context>
    <name>ClaimsView</name>
    <message>
        <location filename="../claimdesk/ui/claims_view.py" line="+142"/>
        <source>Claims</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No claim yet. Select outages in the journal and choose Claim ▸ New claim (Ctrl+L).</source>
        <translation>Ancora nessuna richiesta. Selezionate dei guasti nel registro e scegliete Richiesta ▸ Nuova richiesta (Ctrl+L).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as s&amp;ent…</source>
        <translation>Segna come invia&amp;ta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the day the letter left and its tracking number; ClaimDesk then keeps that exact letter.</source>
        <translation>Registrate il giorno di invio e il numero di tracciamento; ClaimDesk conserva poi esattamente questa lettera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a rem&amp;inder</source>
        <translation>Scrivi un soll&amp;ecito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write a formal notice</source>
        <translation>Scrivi una &amp;diffida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Provider&apos;s answer…</source>
        <translation>A&amp;nnota la risposta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a pa&amp;yment…</source>
        <translation>Registra un paga&amp;mento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediator or co&amp;urt file…</source>
        <translation>Fas&amp;cicolo per mediatore o giudice…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One PDF for the mediator or the court: parties, outages, amounts, the letters sent and the answers.</source>
        <translation>Un PDF per il mediatore o il giudice: parti, interruzioni, importi, lettere inviate e risposte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Status of the selected claim:</source>
        <translation>&amp;Stato della richiesta scelta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New status</source>
        <translation>Nuovo stato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reached o&amp;n</source>
        <translation>raggiunto &amp;il</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date the status was reached</source>
        <translation>Data in cui è stato raggiunto lo stato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply</source>
        <translation>&amp;Applica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply status</source>
        <translation>Applica lo stato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount &amp;received:</source>
        <translation>Im&amp;porto ricevuto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount received</source>
        <translation>Importo ricevuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the provider paid or credited for this claim; leave empty if nothing came yet.</source>
        <translation>Quanto l&apos;operatore ha pagato o accreditato per questa richiesta; lasciate vuoto se non è ancora arrivato nulla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recor&amp;d amount</source>
        <translation>Registra l&apos;import&amp;o</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the &amp;letter as PDF…</source>
        <translation>Salva la &amp;lettera in PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the dossier…</source>
        <translation>Salva il fascicolo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One PDF: the letter, then every evidence file of its outages as a numbered exhibit.</source>
        <translation>Un solo PDF: la lettera, poi ogni prova dei suoi guasti come documento numerato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dele&amp;te this draft</source>
        <translation>Elimina questa &amp;bozza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a claim not yet sent can be deleted; Ctrl+Z brings it back.</source>
        <translation>Solo una richiesta non ancora inviata può essere eliminata; Ctrl+Z la ripristina.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Please check</source>
        <translation>Verificate</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The letter is kept in the company file but could not be written to {0}: {1}</source>
        <translation>La lettera è conservata nel file dell&apos;azienda ma non è stato possibile scriverla in {0}: {1}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The date cannot lie in the future.</source>
        <translation>La data non può essere nel futuro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The letter is dated {0}; this status would be reached on {1}, before it. Record it anyway?</source>
        <translation>La lettera è datata {0}; questo stato sarebbe raggiunto il {1}, prima di essa. Registrarlo comunque?</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Type an amount such as 120.00, or leave the field empty.</source>
        <translation>Digitate un importo come 120.00, oppure lasciate vuoto il campo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} received is more than the {1} claimed. Record it anyway?</source>
        <translation>{0} ricevuti sono più dei {1} richiesti. Registrarlo comunque?</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+18"/>
        <source>No letter stored</source>
        <translation>Nessuna lettera salvata</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+18"/>
        <source>This claim has no stored PDF letter.</source>
        <translation>Questa richiesta non ha una lettera PDF salvata.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Save the letter</source>
        <translation>Salvare la lettera</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the dossier</source>
        <translation>Salva il fascicolo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The dossier could not be saved: {0}</source>
        <translation>Non è stato possibile salvare il fascicolo: {0}</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/due_panel.py" line="+13"/>
        <source>{kind} no. {id} to {provider}, dated {date}, is not marked sent yet.</source>
        <translation>{kind} n. {id} a {provider}, datata {date}, non è ancora segnata come inviata.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>{kind} no. {id}: {provider} has not answered since {date}.</source>
        <translation>{kind} n. {id}: {provider} non ha risposto dal {date}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} no. {id}: {provider} has not answered since {date}; the mediator or the court is next.</source>
        <translation>{kind} n. {id}: {provider} non ha risposto dal {date}; il passo successivo è il mediatore o il giudice.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as sent…</source>
        <translation>Segna come inviata…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a reminder</source>
        <translation>Scrivi un sollecito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a formal notice</source>
        <translation>Scrivi una diffida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the mediator file…</source>
        <translation>Prepara il fascicolo per il mediatore…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>What is due</source>
        <translation>Da fare</translation>
    </message>
</context>
<context>
    <name>CompanyForms</name>
    <message>
        <location filename="../claimdesk/ui/company_forms.py" line="-367"/>
        <source>Monday</source>
        <translation>Lunedì</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation>Martedì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Mercoledì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Giovedì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Venerdì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Sabato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Domenica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belgium</source>
        <translation>Belgio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Svizzera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada — Québec</source>
        <translation>Canada — Québec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada — British Columbia</source>
        <translation>Canada — Columbia Britannica</translation>
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
        <translation>Fatturato di riferimento: quanto vendete di solito in quel giorno della settimana, tutti i canali insieme (guardate gli stessi giorni della settimana nei mesi prima del guasto).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How much your business has grown (or shrunk) since the months your usual turnover was taken from (the reference months), as a percentage. Growth of 4 % → type 4; a decline of 3 % → type -3.</source>
        <translation>Di quanto è cresciuta (o calata) la vostra attività rispetto ai mesi da cui viene il vostro fatturato abituale (i mesi di riferimento), in percentuale. Crescita del 4 % → digitate 4; calo del 3 % → digitate -3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How customers buy from you, the share of your turnover each way brings, and the services it needs. A channel stops when one of its services is down. Shares add up to at most 100 %; the rest needs no telecom (cash at the counter, say: a card terminal needs the internet).</source>
        <translation>Come comprano i vostri clienti, la quota di fatturato che porta ogni canale e i servizi di cui ha bisogno. Un canale si ferma quando uno dei suoi servizi è guasto. Le quote sommano al massimo al 100 %; il resto non dipende dalle telecomunicazioni (per esempio i contanti al banco: un terminale per carte ha bisogno di internet).</translation>
    </message>
    <message>
        <location line="+335"/>
        <source>&amp;Growth since the reference months (%):</source>
        <translation>Crescita &amp;dai mesi di riferimento (%):</translation>
    </message>
    <message>
        <location line="-344"/>
        <source>What a typical customer order is worth. Used to say how many orders were lost.</source>
        <translation>Il valore di un ordine tipico. Serve a indicare quanti ordini sono andati persi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate of gross profit: of each 100 you sell, what is left after paying for the goods and other costs that rise and fall with sales. A bakery that spends 38 on flour, butter and packaging for 100 of sales has a rate of 62 %.</source>
        <translation>Tasso di margine lordo: su 100 di vendite, quanto resta dopo aver pagato la merce e gli altri costi che variano con le vendite. Una panetteria che spende 38 in farina, burro e imballaggi per 100 di vendite ha un tasso del 62 %.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recovery rate: the part of the lost sales that came back later, for example customers who ordered again once the line worked. 10 % if one order in ten was only delayed.</source>
        <translation>Tasso di recupero: la parte delle vendite perse recuperata in seguito, per esempio clienti che hanno riordinato quando la linea funzionava di nuovo. 10 % se un ordine su dieci è stato solo rinviato.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What this contract costs you per month; part of it is refunded for the time it did not work.</source>
        <translation>Quanto vi costa questo contratto al mese; una parte viene rimborsata per il tempo in cui non ha funzionato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days you were closed anyway (holidays, leave): no loss is counted on them.</source>
        <translation>Giorni in cui eravate comunque chiusi (festivi, ferie): per questi giorni non si conta alcun danno.</translation>
    </message>
    <message>
        <location line="+329"/>
        <source>Average order &amp;value:</source>
        <translation>&amp;Valore medio dell&apos;ordine:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate of gross &amp;profit (%):</source>
        <translation>&amp;Tasso di margine lordo (%):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recovery rate (%):</source>
        <translation>Tasso di &amp;recupero (%):</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Type a percentage from 0 to 100.</source>
        <translation>Digitate una percentuale da 0 a 100.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a percentage above -100 and at most 1000.</source>
        <translation>Digitate una percentuale superiore a -100 e al massimo 1000.</translation>
    </message>
</context>
<context>
    <name>CompanyWizard</name>
    <message>
        <location filename="../claimdesk/ui/company_wizard.py" line="+116"/>
        <source>Your business</source>
        <translation>La vostra attività</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is claiming, and where.</source>
        <translation>Chi richiede, e dove.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening hours and usual turnover</source>
        <translation>Orari di apertura e fatturato abituale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only time you are open counts as lost business.</source>
        <translation>Conta come affari persi solo il tempo di apertura.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How customers buy</source>
        <translation>Come comprano i clienti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which sales stop when a line is down.</source>
        <translation>Quali vendite si fermano quando una linea è guasta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your figures</source>
        <translation>Le vostre cifre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask your accountant if unsure; you can change them later.</source>
        <translation>Nel dubbio chiedete al vostro fiduciario; potrete modificarle in seguito.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your provider</source>
        <translation>Il vostro operatore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contract you will claim under.</source>
        <translation>Il contratto in base al quale farete richiesta.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New company — ClaimDesk</source>
        <translation>Nuova azienda — ClaimDesk</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Something is missing</source>
        <translation>Manca qualcosa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please check the fields marked in red.</source>
        <translation>Verificate i campi segnati in rosso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the company file</source>
        <translation>Impossibile creare il file dell&apos;azienda</translation>
    </message>
</context>
<context>
    <name>ContractForm</name>
    <message>
        <location filename="../claimdesk/ui/company_forms.py" line="+46"/>
        <source>&amp;Provider:</source>
        <translation>Ope&amp;ratore:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The company you pay for the line, as on your bill.</source>
        <translation>La società a cui pagate la linea, come sulla fattura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider&apos;s &amp;address:</source>
        <translation>&amp;Indirizzo dell&apos;operatore:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where claims go: see your contract or bill.</source>
        <translation>Dove vanno le richieste: vedete il contratto o la fattura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Customer no.:</source>
        <translation>N. c&amp;liente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract &amp;reference:</source>
        <translation>Riferimen&amp;to contratto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Services:</source>
        <translation>&amp;Servizi:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What this contract provides.</source>
        <translation>Che cosa fornisce questo contratto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Servizi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Monthly fee:</source>
        <translation>Canone &amp;mensile:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract date:</source>
        <translation>Data del contratto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day the contract was concluded (YYYY-MM-DD): it decides which law the letters cite.</source>
        <translation>Il giorno in cui il contratto è stato concluso (AAAA-MM-GG): decide quale diritto citano le lettere.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-GG</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Type an amount such as 129.00.</source>
        <translation>Digitate un importo, per esempio 129.00.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a date such as 2014-09-15.</source>
        <translation>Digitate una data come 2014-09-15.</translation>
    </message>
</context>
<context>
    <name>ContractsTab</name>
    <message>
        <location filename="../claimdesk/ui/settings_dialog.py" line="+81"/>
        <source>Contracts</source>
        <translation>Contratti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New contract</source>
        <translation>&amp;Nuovo contratto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve contract</source>
        <translation>Sal&amp;va contratto</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../claimdesk/ui/crash.py" line="+62"/>
        <source>ClaimDesk ran into a problem</source>
        <translation>ClaimDesk ha riscontrato un problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside ClaimDesk. Your saved data is safe; what you were doing may not have finished.</source>
        <translation>Si è verificato un errore in ClaimDesk. I dati salvati sono al sicuro; l&apos;operazione in corso potrebbe non essere stata completata.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no log file)</source>
        <translation>(nessun file di log)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The details below are also in the log file:
{0}
Please send that file to your support contact.</source>
        <translation>I dettagli qui sotto si trovano anche nel file di log:
{0}
Inviate questo file al vostro contatto di assistenza.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error report</source>
        <translation>Rapporto di errore</translation>
    </message>
</context>
<context>
    <name>DueNotifier</name>
    <message>
        <location filename="../claimdesk/ui/due_notifier.py" line="+45"/>
        <source>Something is due on your claims ({0}): see the Claims tab.</source>
        <translation>C&apos;è qualcosa da fare sulle vostre richieste ({0}): vedete la scheda Richieste.</translation>
    </message>
</context>
<context>
    <name>EstimatePanel</name>
    <message>
        <location filename="../claimdesk/ui/estimate_view.py" line="+476"/>
        <source>What the selected outages cost you</source>
        <translation>Quanto vi costano i guasti scelti</translation>
    </message>
</context>
<context>
    <name>EstimateView</name>
    <message>
        <location line="-441"/>
        <source>Lost turnover (gross)</source>
        <translation>Fatturato perso (lordo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lost orders</source>
        <translation>Ordini persi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G ÷ {aov} per order</source>
        <translation>G ÷ {aov} per ordine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shortage in turnover</source>
        <translation>Calo del fatturato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>G − R</source>
        <translation>G − R</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loss of gross profit</source>
        <translation>Perdita di margine lordo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S × {gp} rate of gross profit</source>
        <translation>S × {gp} tasso di margine lordo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subscription refund</source>
        <translation>Rimborso dell&apos;abbonamento</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Increased cost of working</source>
        <translation>Costi aggiuntivi sostenuti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Savings</source>
        <translation>Costi risparmiati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>costs you did not have</source>
        <translation>costi che non avete sostenuto</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Sales lost while down</source>
        <translation>Vendite perse durante il guasto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you would have sold while the service was down, from your usual turnover for those days and hours.</source>
        <translation>Quello che avreste venduto durante il guasto, secondo il vostro fatturato abituale di quei giorni e di quelle ore.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders lost</source>
        <translation>Ordini persi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About how many sales that is, at your average order value.</source>
        <translation>All&apos;incirca quante vendite, al vostro valore medio per ordine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales made up later</source>
        <translation>Vendite recuperate in seguito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovered turnover</source>
        <translation>Fatturato recuperato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>G × {recovery} made up later</source>
        <translation>G × {recovery} recuperato in seguito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part your customers bought later anyway: it is not claimed.</source>
        <translation>La parte che i clienti hanno comunque acquistato più tardi: non viene richiesta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales not made up</source>
        <translation>Vendite non recuperate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sales lost for good: those lost, less those made up later.</source>
        <translation>Le vendite perse definitivamente: quelle perse, meno quelle recuperate in seguito.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your margin on those sales</source>
        <translation>Il vostro margine su queste vendite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the sales lost for good would have earned you once the goods are paid for.</source>
        <translation>Quello che le vendite perse definitivamente vi avrebbero reso, pagata la merce.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund of the subscription</source>
        <translation>Rimborso dell&apos;abbonamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{fee} a month × {down} down ÷ the hours of that month</source>
        <translation>{fee} al mese × {down} di guasto ÷ le ore di quel mese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part of your monthly subscription for the time the service did not work.</source>
        <translation>La parte del vostro abbonamento mensile per il tempo in cui il servizio non ha funzionato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit under your contract</source>
        <translation>Accredito previsto dal contratto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contractual service credit</source>
        <translation>Credito contrattuale per livelli di servizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What your contract&apos;s service levels give back for the outage, without any proof of loss. The claim takes this credit or the refund, whichever is larger, never both.</source>
        <translation>Ciò che i livelli di servizio del vostro contratto restituiscono per il guasto, senza prova del danno. La richiesta prende questo credito o il rimborso, il maggiore dei due, mai entrambi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra costs you paid</source>
        <translation>Costi aggiuntivi pagati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as typed under Costs and credits</source>
        <translation>come inseriti in Costi e accrediti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money you spent to keep going during the outage.</source>
        <translation>Il denaro speso per continuare a lavorare durante il guasto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costs you saved</source>
        <translation>Costi risparmiati</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Costs you did not have because of the outage: they come off the claim.</source>
        <translation>I costi che non avete avuto a causa del guasto: vengono detratti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already paid by the provider</source>
        <translation>Già pagato dal fornitore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid or credited by the provider</source>
        <translation>pagati o accreditati dall&apos;operatore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credits received</source>
        <translation>Accrediti ricevuti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the provider has already paid or credited: it comes off the claim.</source>
        <translation>Quanto il fornitore ha già pagato o accreditato: viene detratto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total to claim</source>
        <translation>Totale da richiedere</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total claimed</source>
        <translation>Totale richiesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F + P + C − V − K</source>
        <translation>F + P + C − V − K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What ClaimDesk asks the provider for: your margin lost, the refund and your extra costs, less savings and credits.</source>
        <translation>Quanto ClaimDesk chiede al fornitore: il margine perso, il rimborso e i costi aggiuntivi, meno risparmi e accrediti.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>These figures are too large to work out: check the usual turnover and the amounts in Company ▸ Company settings.</source>
        <translation>Queste cifre sono troppo grandi per essere calcolate: controllate il fatturato abituale e gli importi in Azienda ▸ Impostazioni dell&apos;azienda.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Loss estimate</source>
        <translation>Stima del danno</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0}
Accountants call it: {1}.</source>
        <translation>{0}
In contabilità: {1}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide the calculation</source>
        <translation>Nascondi il calcolo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the calculation</source>
        <translation>Mostra il calcolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The accountant&apos;s figures: each line with its letter and formula, as in the letter&apos;s breakdown.</source>
        <translation>Le cifre per il contabile: ogni riga con la sua lettera e la sua formula, come nel dettaglio della lettera.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Select one or more outages in the journal to see what they cost you.</source>
        <translation>Selezionate uno o più guasti nel registro per vedere quanto vi sono costati.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The service</source>
        <translation>Il servizio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: down for {1}, all of it outside your opening hours.</source>
        <translation>{0}: fuori servizio per {1}, tutto fuori dal vostro orario di apertura.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: down for {1}, all of it during your opening hours.</source>
        <translation>{0}: fuori servizio per {1}, tutto durante il vostro orario di apertura.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: down for {1} of your opening hours ({2} in all).</source>
        <translation>{0}: fuori servizio per {1} del vostro orario di apertura ({2} in tutto).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No sales were lost: the outage fell outside your opening hours, or your sales channels do not need this service.</source>
        <translation>Nessuna vendita persa: il guasto è avvenuto fuori dal vostro orario di apertura, oppure i vostri canali di vendita non hanno bisogno di questo servizio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You lost less than one order.</source>
        <translation>Avete perso meno di un ordine.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>You lost about %n order(s).</source>
        <translation>
            <numerusform>Avete perso circa %n ordine.</numerusform>
            <numerusform>Avete perso circa %n ordini.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the margin on the sales you did not make up later ({0})</source>
        <translation>il margine sulle vendite che non avete recuperato ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the credit your contract&apos;s service levels give for the outage ({0})</source>
        <translation>il credito che i livelli di servizio del vostro contratto prevedono per il guasto ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a refund of the subscription for the time without service ({0})</source>
        <translation>un rimborso dell&apos;abbonamento per il tempo senza servizio ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the extra costs you paid ({0})</source>
        <translation>i costi aggiuntivi pagati ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}, plus {1}</source>
        <translation>{0}, più {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}, less what you saved and were already paid ({1})</source>
        <translation>{0}, meno quanto avete risparmiato e già ricevuto ({1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClaimDesk claims {0}: {1}.</source>
        <translation>ClaimDesk richiede {0}: {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClaimDesk claims {0}.</source>
        <translation>ClaimDesk richiede {0}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>your contract states no service levels</source>
        <translation>il contratto non fissa livelli di servizio</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>added up over %n opening day(s)</source>
        <translation>
            <numerusform>somma su %n giorno di apertura</numerusform>
            <numerusform>somma su %n giorni di apertura</numerusform>
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
            <numerusform>%n guasto ancora in corso non è conteggiato finché il servizio non è ripristinato.</numerusform>
            <numerusform>%n guasti ancora in corso non sono conteggiati finché il servizio non è ripristinato.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Savings and credits already cover the loss: there is nothing more to claim.</source>
        <translation>Costi risparmiati e accrediti coprono già il danno: non c&apos;è altro da richiedere.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your contract makes its credit the only compensation: the letter claims the credit and reserves your other losses ({0}).</source>
        <translation>Il contratto fa del suo accredito l&apos;unico indennizzo: la lettera chiede l&apos;accredito e riserva le altre perdite ({0}).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>your contract&apos;s service levels; claimed instead of the refund</source>
        <translation>livelli di servizio del contratto; chiesto al posto del rimborso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not claimed: the credit under your contract is larger</source>
        <translation>non chiesto: l&apos;accredito previsto dal contratto è più alto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your contract&apos;s service levels; the refund is larger and is claimed instead</source>
        <translation>livelli di servizio del contratto; il rimborso, più alto, è chiesto al suo posto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max(F, Q) − K: your other losses are reserved</source>
        <translation>max(F, Q) − K: le altre perdite sono riservate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max(F, Q) + P + C − V − K</source>
        <translation>max(F, Q) + P + C − V − K</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>⚠ Your contract wanted its credit claimed by {0}: that date has passed. The refund and your losses can still be claimed.</source>
        <translation>⚠ Il contratto chiedeva di richiedere l&apos;accredito entro il {0}: la data è passata. Il rimborso e le perdite si possono ancora chiedere.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Your contract wants its credit claimed by {0}: send the letter now.</source>
        <translation>⚠ Il contratto chiede di richiedere l&apos;accredito entro il {0}: inviate la lettera ora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your contract wants its credit claimed by {0}.</source>
        <translation>Il contratto chiede di richiedere l&apos;accredito entro il {0}.</translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message>
        <location filename="../claimdesk/ui/outage_dialogs.py" line="+248"/>
        <source>Evidence files</source>
        <translation>Documenti probatori</translation>
    </message>
</context>
<context>
    <name>ExtrasForm</name>
    <message>
        <location filename="../claimdesk/ui/estimate_view.py" line="+4"/>
        <source>Money you spent to keep going during the outage (a temporary line, a courier, notices to customers).</source>
        <translation>Il denaro speso per continuare a lavorare durante il guasto (linea provvisoria, corriere, avvisi ai clienti).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Costs you did not have because of the outage (for example, staff sent home unpaid).</source>
        <translation>Costi che non avete sostenuto a causa del guasto (per esempio personale mandato a casa senza retribuzione).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compensation the provider has already paid or credited to your bill.</source>
        <translation>L&apos;indennizzo che l&apos;operatore ha già pagato o accreditato sulla fattura.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extra costs:</source>
        <translation>Costi aggiuntivi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Savings:</source>
        <translation>Costi risparmiati:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits received:</source>
        <translation>Accrediti ricevuti:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Costs and credits</source>
        <translation>Costi e accrediti</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Type an amount such as 85.00 (not negative, at most 2 decimals).</source>
        <translation>Digitate un importo come 85.00 (non negativo, al massimo 2 decimali).</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../claimdesk/ui/forms.py" line="+61"/>
        <location line="+14"/>
        <source>Error message</source>
        <translation>Messaggio di errore</translation>
    </message>
</context>
<context>
    <name>HoursForm</name>
    <message>
        <location filename="../claimdesk/ui/company_forms.py" line="-261"/>
        <source>For each day: the hours you are open (empty = closed; two spans like “08:00-12:00, 14:00-18:00” for a lunch break) and your usual turnover that day.</source>
        <translation>Per ogni giorno: gli orari di apertura (vuoto = chiuso; due fasce come «08:00-12:00, 14:00-18:00» per la pausa di mezzogiorno) e il fatturato abituale di quel giorno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Open&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aperto&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Usual turnover&lt;/b&gt; (?)</source>
        <translation>&lt;b&gt;Fatturato abituale&lt;/b&gt; (?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>closed</source>
        <translation>chiuso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} opening hours</source>
        <translation>Orari di apertura del {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} usual turnover</source>
        <translation>Fatturato abituale del {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Closed dates:</source>
        <translation>&amp;Giorni di chiusura:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed dates</source>
        <translation>Giorni di chiusura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date to add</source>
        <translation>Data da aggiungere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add date</source>
        <translation>Aggiungi data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Write the hours like 07:00-18:00 (or leave empty if closed).</source>
        <translation>Scrivete gli orari così: 07:00-18:00 (o lasciate vuoto se chiuso).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type an amount such as 1400.00.</source>
        <translation>Digitate un importo, per esempio 1400.00.</translation>
    </message>
</context>
<context>
    <name>InterfaceTab</name>
    <message>
        <location filename="../claimdesk/ui/settings_dialog.py" line="+23"/>
        <source>Lan&amp;guage of the interface:</source>
        <translation>&amp;Lingua dell&apos;interfaccia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes ClaimDesk&apos;s menus, windows and the way dates and amounts are written, at once. Each claim letter keeps the language you choose for it.</source>
        <translation>Cambia subito i menu e le finestre di ClaimDesk e il modo in cui sono scritti date e importi. Ogni lettera di richiesta mantiene la lingua scelta per essa.</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../claimdesk/ui/language.py" line="+30"/>
        <source>System default</source>
        <translation>Lingua del sistema</translation>
    </message>
</context>
<context>
    <name>LetterPage</name>
    <message>
        <location filename="../claimdesk/ui/claim_wizard.py" line="-307"/>
        <source>The letter</source>
        <translation>La lettera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter&apos;s language can differ from ClaimDesk&apos;s: write in the language your provider uses.</source>
        <translation>La lingua della lettera può essere diversa da quella di ClaimDesk: scrivete nella lingua del vostro operatore.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A first claim; a reminder if they did not answer; a formal notice as the last step before a mediator or court.</source>
        <translation>Una prima richiesta; un sollecito se non hanno risposto; una messa in mora come ultimo passo prima di un mediatore o di un tribunale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter &amp;language:</source>
        <translation>&amp;Lingua della lettera:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sent by:</source>
        <translation>&amp;Invio:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A registered letter proves when the provider got it.</source>
        <translation>Una raccomandata prova quando l&apos;operatore l&apos;ha ricevuta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>Lu&amp;ogo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The town written before the date.</source>
        <translation>La località scritta prima della data.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Answer within:</source>
        <translation>&amp;Risposta entro:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The deadline shown in the claims list.</source>
        <translation>La scadenza mostrata nell&apos;elenco delle richieste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Earlier letter:</source>
        <translation>Lettera precedente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter this one follows up; it is cited with its date.</source>
        <translation>La lettera a cui questa fa seguito; viene citata con la sua data.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent on:</source>
        <translation>Inviata il:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking no.:</source>
        <translation>N. di tracciamento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registered-mail number on your receipt, if any.</source>
        <translation>Il numero della raccomandata sulla ricevuta, se c&apos;è.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider&apos;s acknowledgement:</source>
        <translation>Riconoscimento dell&apos;operatore:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: where and when the provider confirmed the incident (status page, SMS, press).</source>
        <translation>Facoltativo: dove e quando l&apos;operatore ha confermato l&apos;incidente (pagina di stato, SMS, stampa).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contract date:</source>
        <translation>Data del contratto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day the contract was concluded (YYYY-MM-DD): it decides which law the letter cites. Kept with the contract.</source>
        <translation>Il giorno in cui il contratto è stato concluso (AAAA-MM-GG): decide quale diritto cita la lettera. Conservato con il contratto.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Give the date of the earlier letter: this letter cites it.</source>
        <translation>Indicate la data della lettera precedente: questa lettera la cita.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The earlier letter was sent before this one: check the date.</source>
        <translation>La lettera precedente è stata inviata prima di questa: controllate la data.</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+9"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-GG</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+24"/>
        <source>Type a date such as 2014-09-15.</source>
        <translation>Digitate una data come 2014-09-15.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The contract was concluded before its first outage: check the date.</source>
        <translation>Il contratto è stato concluso prima del suo primo guasto: verificate la data.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../claimdesk/ui/main_layout.py" line="+41"/>
        <source>Outage &amp;started now…</source>
        <translation>&amp;Guasto iniziato ora…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note that a service has just stopped working</source>
        <translation>Annotare che un servizio ha appena smesso di funzionare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service is &amp;back</source>
        <translation>Servizio &amp;ripristinato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the outage that is running now</source>
        <translation>Chiudere il guasto in corso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a past outage…</source>
        <translation>&amp;Aggiungi un guasto passato…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter an outage after the fact</source>
        <translation>Inserire un guasto a posteriori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit outage…</source>
        <translation>&amp;Modifica guasto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected outage or add evidence</source>
        <translation>Modificare il guasto scelto o aggiungere prove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete outage</source>
        <translation>&amp;Elimina guasto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected outage</source>
        <translation>Eliminare il guasto scelto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring back the outage, evidence or draft claim deleted last</source>
        <translation>Ripristina il guasto, il documento probatorio o la bozza di richiesta eliminati per ultimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New claim…</source>
        <translation>&amp;Nuova richiesta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a claim letter for the selected outages</source>
        <translation>Scrivere una lettera di richiesta per i guasti scelti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open company file…</source>
        <translation>&amp;Apri file aziendale…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to another company file</source>
        <translation>Passare a un altro file aziendale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New company…</source>
        <translation>&amp;Nuova azienda…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create another company file</source>
        <translation>Creare un altro file aziendale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import case file…</source>
        <translation>&amp;Importa pratica…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a claim from a ClaimDesk case file (.json)</source>
        <translation>Aggiungere una richiesta da una pratica ClaimDesk (.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Company &amp;settings…</source>
        <translation>&amp;Impostazioni dell&apos;azienda…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile, contracts, opening hours, sales channels and baseline</source>
        <translation>Profilo, contratti, orari di apertura, canali di vendita e base di calcolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>Pre&amp;ferenze…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of ClaimDesk&apos;s windows</source>
        <translation>La lingua delle finestre di ClaimDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outage &amp;journal</source>
        <translation>Registro dei g&amp;uasti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Claims</source>
        <translation>&amp;Richieste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/app.py" line="+93"/>
        <location filename="../claimdesk/ui/main_layout.py" line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/main_layout.py" line="+2"/>
        <source>Any time</source>
        <translation>Sempre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Ultimi 30 giorni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Ultimi 90 giorni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>Ultimi 12 mesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimed or not</source>
        <translation>Richiesti o no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet claimed</source>
        <translation>Non ancora richiesti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already claimed</source>
        <translation>Già richiesti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;rvice:</source>
        <translation>&amp;Servizio:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Operatore:</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/main_window.py" line="+185"/>
        <source>Co&amp;mpany</source>
        <translation>A&amp;zienda</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/main_layout.py" line="+1"/>
        <source>Cl&amp;aimed:</source>
        <translation>Ric&amp;hiesti:</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>&amp;Undo the last delete</source>
        <translation>Ann&amp;ulla l&apos;ultima eliminazione</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../claimdesk/ui/restore_dialog.py" line="+123"/>
        <source>Restore a &amp;backup…</source>
        <translation>Ripristina un &amp;backup…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a backup in place of this company file (it is kept aside)</source>
        <translation>Rimettere un backup al posto di questo file aziendale (che viene conservato accanto)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Letters for many companies…</source>
        <translation>&amp;Lettere per più aziende…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A network&apos;s claim: every member&apos;s letter in one run, and a collective letter</source>
        <translation>Il reclamo di una rete: la lettera di ogni aderente in una sola volta e una lettera collettiva</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>P&amp;eriod:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/main_window.py" line="-8"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outage</source>
        <translation>&amp;Guasto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Claim</source>
        <translation>&amp;Richiesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sort the journal by</source>
        <translation>&amp;Ordina il registro per</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main actions</source>
        <translation>Azioni principali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open company</source>
        <translation>Azienda aperta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch company…</source>
        <translation>Cambia azienda…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch company file</source>
        <translation>Cambia file aziendale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service is back</source>
        <translation>Servizio ripristinato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All services</source>
        <translation>Tutti i servizi</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+44"/>
        <source>All providers</source>
        <translation>Tutti gli operatori</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+4"/>
        <source>Outage journal</source>
        <translation>Registro dei guasti</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No outages yet. When a service stops working, press “Outage started now” (Ctrl+D).</source>
        <translation>Ancora nessun guasto. Quando un servizio smette di funzionare, premete «Guasto iniziato ora» (Ctrl+D).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claims</source>
        <translation>Richieste</translation>
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
            <numerusform>%n guasto</numerusform>
            <numerusform>%n guasti</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} down since {1}</source>
        <translation>{0} guasto dal {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Have you called your provider? Note the ticket number they give you.</source>
        <translation>Avete chiamato il vostro operatore? Annotate il numero di guasto che vi comunica.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>&lt;b&gt;%n&lt;/b&gt; outage(s) not yet claimed</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; guasto non ancora richiesto</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; guasti non ancora richiesti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n claim(s) waiting for an answer</source>
        <translation>
            <numerusform>%n richiesta in attesa di risposta</numerusform>
            <numerusform>%n richieste in attesa di risposta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n answer(s) overdue</source>
        <translation>
            <numerusform>%n risposta scaduta</numerusform>
            <numerusform>%n risposte scadute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Select at most %n outages for an estimate.</source>
        <translation>
            <numerusform>Selezionate al massimo %n guasto per una stima.</numerusform>
            <numerusform>Selezionate al massimo %n guasti per una stima.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Working out the figures…</source>
        <translation>Calcolo delle cifre…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Outage noted. Press “Service is back” (Ctrl+B) when it works again.</source>
        <translation>Guasto annotato. Premete «Servizio ripristinato» (Ctrl+B) quando funziona di nuovo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No outage is running.</source>
        <translation>Nessun guasto in corso.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outage closed. Its loss is now in the estimate.</source>
        <translation>Guasto chiuso. Il danno è ora incluso nella stima.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No contract yet</source>
        <translation>Ancora nessun contratto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add your provider&apos;s contract first (Company ▸ Company settings).</source>
        <translation>Aggiungete prima il contratto del vostro operatore (Azienda ▸ Impostazioni dell&apos;azienda).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Outage in a claim</source>
        <translation>Guasto incluso in una richiesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An outage that is part of a claim cannot be deleted.</source>
        <translation>Un guasto che fa parte di una richiesta non può essere eliminato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Delete outage</source>
        <translation>Elimina guasto</translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>Delete %n outage(s)? Their evidence files stay in the file if another outage uses them.</source>
        <translation>
            <numerusform>Eliminare %n guasto? Le sue prove restano nel file se un altro guasto le usa.</numerusform>
            <numerusform>Eliminare %n guasti? Le loro prove restano nel file se un altro guasto le usa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/app.py" line="-5"/>
        <source>Switch to that window, or open another company file here.</source>
        <translation>Passate a quella finestra, oppure aprite qui un altro file aziendale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;read-only</source>
        <translation>Apri in sola &amp;lettura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;another company file…</source>
        <translation>Apri un &amp;altro file aziendale…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../claimdesk/ui/main_window.py" line="+69"/>
        <source>Open a company file</source>
        <translation>Apri un file aziendale</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../claimdesk/ui/main_window.py" line="+2"/>
        <source>ClaimDesk company files (*.claimdesk)</source>
        <translation>File aziendali ClaimDesk (*.claimdesk)</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+24"/>
        <location filename="../claimdesk/ui/case_import.py" line="+127"/>
        <location filename="../claimdesk/ui/main_window.py" line="+19"/>
        <location line="+26"/>
        <location filename="../claimdesk/ui/restore_dialog.py" line="-2"/>
        <source>Cannot open this company file</source>
        <translation>Impossibile aprire questo file aziendale</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/case_import.py" line="-101"/>
        <source>Import a case file</source>
        <translation>Importa una pratica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClaimDesk case files (*.json)</source>
        <translation>Pratiche ClaimDesk (*.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the case file…</source>
        <translation>Lettura della pratica…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing</source>
        <translation>Importazione</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The case file was not imported</source>
        <translation>La pratica non è stata importata</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Already imported</source>
        <translation>Già importata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case was already imported as claim no. {0} on {1}. Import it again, as another claim?</source>
        <translation>Questa pratica è già stata importata come richiesta n. {0} il {1}. Importarla di nuovo, come un&apos;altra richiesta?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Another company</source>
        <translation>Un&apos;altra azienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case is for “{0}”, not “{1}”. Create a company file for “{0}” and import it there?</source>
        <translation>Questa pratica riguarda «{0}», non «{1}». Creare un file aziendale per «{0}» e importarla lì?</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Adding the outages and the claim…</source>
        <translation>Aggiunta dei guasti e della richiesta…</translation>
    </message>
    <message numerus="yes">
        <location filename="../claimdesk/ui/main_window.py" line="-100"/>
        <source>%n outage(s) deleted.</source>
        <translation>
            <numerusform>%n guasto eliminato.</numerusform>
            <numerusform>%n guasti eliminati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n evidence file(s) removed.</source>
        <translation>
            <numerusform>%n documento probatorio rimosso.</numerusform>
            <numerusform>%n documenti probatori rimossi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft claim deleted.</source>
        <translation>Bozza di richiesta eliminata.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo: {0}</source>
        <translation>Annulla: {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot undo</source>
        <translation>Impossibile annullare</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restored.</source>
        <translation>Ripristinato.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Backup restored. The file it replaced was kept as {0}.</source>
        <translation>Backup ripristinato. Il file sostituito è stato conservato come {0}.</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/case_import.py" line="+37"/>
        <source>Case imported as a draft claim (no. {0}).</source>
        <translation>Pratica importata come bozza di richiesta (n. {0}).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
</context>
<context>
    <name>OutageDialogs</name>
    <message>
        <location filename="../claimdesk/ui/outage_dialogs.py" line="-200"/>
        <source>Call your provider&apos;s support line and write down the ticket number they give you: your claim letter quotes it as proof that you reported the outage.</source>
        <translation>Chiamate l&apos;assistenza del vostro operatore e annotate il numero di guasto che vi comunica: la lettera di richiesta lo cita come prova che avete segnalato il guasto.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>When you reported the fault. Service guarantees (GTR) often count from this moment: it is filled in when you type the ticket number; correct it if you called earlier.</source>
        <translation>Quando avete segnalato il guasto. Le garanzie di ripristino contano spesso da quel momento: viene compilato quando digitate il numero del ticket; correggetelo se avete chiamato prima.</translation>
    </message>
</context>
<context>
    <name>OutageEditor</name>
    <message>
        <location line="+253"/>
        <source>Edit outage</source>
        <translation>Modifica guasto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a past outage</source>
        <translation>Aggiungi un guasto passato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still down (no end yet)</source>
        <translation>Ancora guasto (nessuna fine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What stopped working, what customers noticed, what you did.</source>
        <translation>Che cosa ha smesso di funzionare, che cosa hanno notato i clienti, che cosa avete fatto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Contract:</source>
        <translation>&amp;Contratto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Service:</source>
        <translation>&amp;Servizio:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;tarted:</source>
        <translation>&amp;Inizio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local time of the shop ({0}). Click the arrow for a calendar.</source>
        <translation>Ora locale del negozio ({0}). Fate clic sulla freccia per un calendario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ended:</source>
        <translation>&amp;Fine:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When the service worked again.</source>
        <translation>Quando il servizio ha ripreso a funzionare.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tic&amp;ket number:</source>
        <translation>&amp;Numero di guasto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket opened:</source>
        <translation>Ticket aperto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line or access:</source>
        <translation>Linea o accesso:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The line number, access ID or mailbox that was down, as the provider knows it.</source>
        <translation>Il numero di linea, l&apos;ID di accesso o la casella di posta in panne, come lo conosce l&apos;operatore.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Description:</source>
        <translation>Descri&amp;zione:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;vidence (screenshots, e-mails from the provider, photos): drop files here or use Add file…</source>
        <translation>&amp;Prove (schermate, e-mail dell&apos;operatore, foto): trascinate qui i file o usate Aggiungi file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add file…</source>
        <translation>&amp;Aggiungi file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>Ap&amp;ri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a copy of the selected file with its usual application.</source>
        <translation>Apri una copia del file scelto con la sua applicazione abituale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>Esp&amp;orta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy of the selected file in a folder.</source>
        <translation>Salva una copia del file scelto in una cartella.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>Ri&amp;muovi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected file from this outage when you save.</source>
        <translation>Rimuovi il file scelto da questo guasto al salvataggio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+56"/>
        <source>{0}  (added when you save)</source>
        <translation>{0}  (aggiunto al salvataggio)</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+118"/>
        <source>{0}  (removed when you save)</source>
        <translation>{0}  (rimosso al salvataggio)</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>{0}  ({1} bytes)</source>
        <translation>{0}  ({1} byte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256: {0}</source>
        <translation>SHA-256: {0}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Add evidence</source>
        <translation>Aggiungi prova</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No application opens {0}.</source>
        <translation>Nessuna applicazione apre {0}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the evidence file to</source>
        <translation>Esporta la prova in</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exported to {0}</source>
        <translation>Esportata in {0}</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Copying the evidence into the company file…</source>
        <translation>Copia delle prove nel file aziendale…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding evidence</source>
        <translation>Aggiunta delle prove</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Some files were not added</source>
        <translation>Alcuni file non sono stati aggiunti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outage is saved, but these files could not be added:</source>
        <translation>Il guasto è salvato, ma questi file non hanno potuto essere aggiunti:</translation>
    </message>
</context>
<context>
    <name>OutageModel</name>
    <message>
        <location filename="../claimdesk/ui/outage_model.py" line="+34"/>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provider</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ended</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ticket no.</source>
        <translation>N. guasto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Prove</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claimed</source>
        <translation>Richiesto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefono</translation>
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
        <translation>Cellulare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TV</source>
        <translation>TV</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0} d {1} h</source>
        <translation>{0} g {1} h</translation>
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
        <translation>Ancora nessun numero di guasto: chiedetene uno all&apos;operatore e annotatelo qui.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>still down</source>
        <translation>ancora guasto</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>OutagesPage</name>
    <message>
        <location filename="../claimdesk/ui/claim_wizard.py" line="-233"/>
        <source>Which outages?</source>
        <translation>Quali guasti?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A claim covers outages of one contract. Tick the ones to claim.</source>
        <translation>Una richiesta riguarda i guasti di un solo contratto. Spuntate quelli da richiedere.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contract:</source>
        <translation>&amp;Contratto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outages to claim</source>
        <translation>Guasti da richiedere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outages still running are not listed: end them first (Service is back).</source>
        <translation>I guasti in corso non sono elencati: chiudeteli prima (Servizio ripristinato).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}: {1} → {2} ({3})</source>
        <translation>{0}: {1} → {2} ({3})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(already in claim no. {0})</source>
        <translation>(già nella richiesta n. {0})</translation>
    </message>
</context>
<context>
    <name>OwnerMenus</name>
    <message>
        <location filename="../claimdesk/ui/owner_menus.py" line="+44"/>
        <source>Back &amp;up to…</source>
        <translation>&amp;Salva una copia in…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy of this company file where you choose: a USB stick, a shared drive</source>
        <translation>Salvare una copia di questo file aziendale dove volete: una chiavetta USB, un disco condiviso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport for the accountant…</source>
        <translation>Esporta per il &amp;commercialista…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outages and the claims as two tables (CSV) that Excel or LibreOffice open</source>
        <translation>I guasti e le richieste in due tabelle (CSV) che Excel o LibreOffice aprono</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/main_window.py" line="-347"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;uto</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/owner_menus.py" line="+2"/>
        <source>&amp;Getting started</source>
        <translation>&amp;Primi passi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ClaimDesk</source>
        <translation>&amp;Informazioni su ClaimDesk</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back up to</source>
        <translation>Salva una copia in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company file (*{0})</source>
        <translation>File aziendale (*{0})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The copy was not saved</source>
        <translation>La copia non è stata salvata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A copy of the company file is saved as {0}.</source>
        <translation>Una copia del file aziendale è salvata come {0}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export for the accountant: choose a folder</source>
        <translation>Esporta per il commercialista: scegliete una cartella</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The tables were not saved</source>
        <translation>Le tabelle non sono state salvate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {0} and {1}.</source>
        <translation>{0} e {1} salvati.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0} - outages.csv</source>
        <translation>{0} - guasti.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} - claims.csv</source>
        <translation>{0} - richieste.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Provider</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Started</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ticket no.</source>
        <translation>N. guasto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claims</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Letter date</source>
        <translation>Data lettera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claimed</source>
        <translation>Richiesto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Ricevuto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer due</source>
        <translation>Risposta entro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outages</source>
        <translation>Guasti</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Getting started</source>
        <translation>Primi passi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When a service stops working, press “Outage started now” (Ctrl+D). Note the ticket number the provider gives you.</source>
        <translation>Quando un servizio smette di funzionare, premete «Guasto iniziato ora» (Ctrl+D). Annotate il numero di guasto che vi dà l&apos;operatore.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When it works again, press “Service is back” (Ctrl+B). An outage you noticed too late: “Add a past outage”.</source>
        <translation>Quando funziona di nuovo, premete «Servizio ripristinato» (Ctrl+B). Un guasto notato troppo tardi: «Aggiungi un guasto passato».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add evidence to the outage: screenshots, the provider&apos;s e-mails, a photo of the router.</source>
        <translation>Aggiungete le prove al guasto: schermate, e-mail dell&apos;operatore, una foto del router.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the outages: the right-hand panel says what they cost you. Type any extra costs under Costs and credits.</source>
        <translation>Selezionate i guasti: il pannello a destra mostra quanto vi costano. Inserite i costi aggiuntivi in Costi e accrediti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press “New claim” and follow the steps: ClaimDesk writes the letter. Send it by registered post or e-mail.</source>
        <translation>Premete «Nuova richiesta» e seguite i passi: ClaimDesk scrive la lettera. Inviatela per raccomandata o per e-mail.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the Claims tab, mark the letter as sent, then note the answer. Without an answer by the date shown, send a reminder.</source>
        <translation>Nella scheda Richieste, segnate la lettera come inviata, poi annotate la risposta. Senza risposta entro la data indicata, inviate un sollecito.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About ClaimDesk</source>
        <translation>Informazioni su ClaimDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClaimDesk {0}

Records your telecom outages, works out what they cost your business and writes the claim letter to your provider.

Your company files stay on this computer.</source>
        <translation>ClaimDesk {0}

Registra i vostri guasti di telecomunicazione, calcola quanto costano alla vostra azienda e scrive la lettera di richiesta al vostro operatore.

I vostri file aziendali restano su questo computer.</translation>
    </message>
</context>
<context>
    <name>PaymentChannelsBox</name>
    <message>
        <location filename="../claimdesk/ui/payment_channels.py" line="+17"/>
        <source>A card terminal (it needs the internet)</source>
        <translation>Un terminale per carte (ha bisogno di internet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card payments</source>
        <translation>Pagamenti con carta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders by phone</source>
        <translation>Ordini per telefono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone orders</source>
        <translation>Ordini telefonici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders by e-mail</source>
        <translation>Ordini per e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail orders</source>
        <translation>Ordini via e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An online shop or online booking</source>
        <translation>Un negozio o prenotazioni online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online shop and booking</source>
        <translation>Negozio e prenotazioni online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-in customers paying cash</source>
        <translation>Clienti di passaggio che pagano in contanti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash at the counter</source>
        <translation>Contanti al banco</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>How do your customers pay and order?</source>
        <translation>Come pagano e ordinano i vostri clienti?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ClaimDesk fills in the table below from your answers. Change the shares to match your business: what part of your turnover comes each way.</source>
        <translation>ClaimDesk compila la tabella qui sotto secondo le vostre risposte. Adattate le quote alla vostra attività: quale parte del fatturato arriva da ciascun canale.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../claimdesk/ui/claim_dialogs.py" line="+37"/>
        <source>Amount received — ClaimDesk</source>
        <translation>Importo ricevuto — ClaimDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received o&amp;n:</source>
        <translation>Ricevuto i&amp;l:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Importo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A credit on the bill counts too; several payments add up.</source>
        <translation>Conta anche un accredito in fattura; più pagamenti si sommano.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No&amp;te:</source>
        <translation>&amp;Nota:</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../claimdesk/ui/claim_wizard.py" line="+275"/>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the letter as it will be printed.</source>
        <translation>Ecco la lettera come verrà stampata.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the letter…</source>
        <translation>Preparazione della lettera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the letter</source>
        <translation>Preparazione della lettera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter preview</source>
        <translation>Anteprima della lettera</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>The letter could not be prepared: {0}</source>
        <translation>Non è stato possibile preparare la lettera: {0}</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../claimdesk/ui/company_forms.py" line="-202"/>
        <source>Street
Postcode and town
Country</source>
        <translation>Via
NPA e località
Paese</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Business na&amp;me:</source>
        <translation>&amp;Nome dell&apos;azienda:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As it should appear at the top of your letters.</source>
        <translation>Come deve comparire in testa alle vostre lettere.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Signed by:</source>
        <translation>&amp;Firmato da:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The person who signs the claim letters.</source>
        <translation>La persona che firma le lettere di richiesta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their &amp;role:</source>
        <translation>&amp;Ruolo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Where you trade:</source>
        <translation>&amp;Dove operate:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decides which consumer and contract law the letters quote.</source>
        <translation>Determina il diritto dei consumatori e dei contratti citato nelle lettere.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time zone:</source>
        <translation>F&amp;uso orario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gistration no.:</source>
        <translation>N. di re&amp;gistro:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account holder:</source>
        <translation>Intestatario del conto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IBAN or account no.:</source>
        <translation>IBAN o n. di conto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIC:</source>
        <translation>BIC:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: the letters ask the provider to pay into this account.</source>
        <translation>Facoltativo: le lettere chiedono all&apos;operatore di pagare su questo conto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An IBAN, or in Canada the institution, transit and account numbers.</source>
        <translation>Un IBAN o, in Canada, i numeri di istituto, transito e conto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With an IBAN only.</source>
        <translation>Solo con un IBAN.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Optional: SIRET, BN, UID, company number.</source>
        <translation>Facoltativo: IDI, SIRET, BN, numero d&apos;impresa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefono:</translation>
    </message>
</context>
<context>
    <name>ReferralActions</name>
    <message>
        <location filename="../claimdesk/ui/referral_actions.py" line="+30"/>
        <source>The file could not be written to {0}: {1}</source>
        <translation>Non è stato possibile scrivere il file in {0}: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mediator or court file</source>
        <translation>Fascicolo per mediatore o giudice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file for the mediator or the court was saved as {0}</source>
        <translation>Il fascicolo per il mediatore o il giudice è stato salvato come {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in &amp;folder</source>
        <translation>Mostra nella &amp;cartella</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../claimdesk/ui/restore_dialog.py" line="-44"/>
        <source>Restore a backup</source>
        <translation>Ripristina un backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the backup to put in place of {0}. The file it replaces is kept beside it, renamed “{0}.damaged-…”: nothing is deleted.</source>
        <translation>Scegliete il backup da rimettere al posto di {0}. Il file sostituito viene conservato accanto, rinominato «{0}.damaged-…»: non si cancella nulla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved on</source>
        <translation>Salvato il</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backup file</source>
        <translation>File di backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No backups of this company file were found.</source>
        <translation>Non è stato trovato alcun backup di questo file aziendale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a &amp;file…</source>
        <translation>Scegli un &amp;file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a copy saved elsewhere, for example with File ▸ Back up to…</source>
        <translation>Ripristinare una copia salvata altrove, per esempio con File ▸ Salva una copia in…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restore a copy</source>
        <translation>Ripristina una copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company file (*{0})</source>
        <translation>File aziendale (*{0})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup was not restored</source>
        <translation>Il backup non è stato ripristinato</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../claimdesk/ui/claim_wizard.py" line="-285"/>
        <source>Check the figures</source>
        <translation>Verificate le cifre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add what the outage cost you on top, what you saved, and any credit the provider already gave. The figures follow as you type.</source>
        <translation>Aggiungete i costi supplementari causati dal guasto, quanto avete risparmiato e gli accrediti già concessi dall&apos;operatore. Le cifre si aggiornano mentre scrivete.</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <location line="+315"/>
        <source>Save the letter</source>
        <translation>Salvare la lettera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The claim is also kept in the company file, with the letter, so you can follow the answer.</source>
        <translation>La richiesta viene conservata anche nel file dell&apos;azienda, con la lettera, per seguire la risposta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bro&amp;wse…</source>
        <translation>Sf&amp;oglia…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File na&amp;me:</source>
        <translation>&amp;Nome del file:</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Cartella:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also save the &amp;dossier next to the letter (the letter, then every evidence file as a numbered exhibit)</source>
        <translation>Salva anche il &amp;fascicolo accanto alla lettera (la lettera, poi ogni prova come documento numerato)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a folder</source>
        <translation>Scegliete una cartella</translation>
    </message>
</context>
<context>
    <name>SavedLetterDialog</name>
    <message>
        <location filename="../claimdesk/ui/letter_actions.py" line="+107"/>
        <source>Letter saved</source>
        <translation>Lettera salvata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter is saved as {0} in {1}.</source>
        <translation>La lettera è salvata come {0} in {1}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in &amp;folder</source>
        <translation>Mostra nella car&amp;tella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail the letter…</source>
        <translation>Invia per &amp;e-mail…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens your mail program with a new message, and the folder with the letter so you can attach it.</source>
        <translation>Apre il vostro programma di posta con un nuovo messaggio, e la cartella con la lettera per allegarla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your mail program opens a new message. An e-mail link cannot attach a file: drag {0} from the folder that opened into the message, or use your mail program&apos;s Attach button.</source>
        <translation>Il vostro programma di posta apre un nuovo messaggio. Un link e-mail non può allegare un file: trascinate {0} dalla cartella aperta nel messaggio, oppure usate il pulsante Allega del vostro programma di posta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hello,

Please find attached my letter ({0}).

Kind regards</source>
        <translation>Buongiorno,

In allegato trovate la mia lettera ({0}).

Cordiali saluti</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The letter could not be printed: {0}</source>
        <translation>Non è stato possibile stampare la lettera: {0}</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../claimdesk/ui/claim_dialogs.py" line="-121"/>
        <source>The letter — ClaimDesk</source>
        <translation>La lettera — ClaimDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} no. {1} was saved as {2}</source>
        <translation>{0} n. {1} salvata come {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in &amp;folder</source>
        <translation>Mostra nella &amp;cartella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Have you sent it? Once marked sent, ClaimDesk keeps this exact letter, whatever changes later in the company&apos;s profile.</source>
        <translation>L&apos;avete inviata? Una volta segnato l&apos;invio, ClaimDesk conserva esattamente questa lettera, qualunque cosa cambi poi nel profilo dell&apos;azienda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent o&amp;n:</source>
        <translation>Inviata i&amp;l:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent &amp;by:</source>
        <translation>Inviata &amp;per:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tracking number:</source>
        <translation>Numero di &amp;tracciamento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registered-mail number: the follow-up letters quote it.</source>
        <translation>Il numero della raccomandata: le lettere successive lo citano.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent yet? The claims list reminds you until it is.</source>
        <translation>Non ancora inviata? L&apos;elenco delle richieste ve lo ricorda finché non lo è.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark as sent</source>
        <translation>Segna come &amp;inviata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not &amp;yet</source>
        <translation>&amp;Non ancora</translation>
    </message>
</context>
<context>
    <name>ServiceBackDialog</name>
    <message>
        <location filename="../claimdesk/ui/outage_dialogs.py" line="-389"/>
        <source>Service is back</source>
        <translation>Servizio ripristinato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}, down since {1}</source>
        <translation>{0}, guasto dal {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Outage:</source>
        <translation>&amp;Guasto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the number your provider gave you</source>
        <translation>il numero fornito dal vostro operatore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ticket number:</source>
        <translation>&amp;Numero di guasto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket opened:</source>
        <translation>Ticket aperto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service is back now</source>
        <translation>Il servizio è ripristinato</translation>
    </message>
</context>
<context>
    <name>ServiceLevelsForm</name>
    <message>
        <location filename="../claimdesk/ui/sla_form.py" line="+151"/>
        <source>Your contract&apos;s service levels</source>
        <translation>Livelli di servizio del contratto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the page of your contract called “Garantie de temps de rétablissement”, “Service level”, “SLA” or “Service-Level” and copy its terms here. Your contract then owes the credit it promises without you having to prove any loss, and ClaimDesk adds it to the claim. Leave this box unticked if your contract has no such page.</source>
        <translation>Cercate la pagina del contratto intitolata «Livelli di servizio», «SLA», «Service level» o «Garantie de temps de rétablissement» e ricopiatene qui le condizioni. Il contratto deve allora l&apos;accredito promesso senza che dobbiate provare una perdita, e ClaimDesk lo aggiunge alla richiesta. Lasciate questa casella vuota se il contratto non ha una tale pagina.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clause:</source>
        <translation>Clausola:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where these terms are in your contract, e.g. “Conditions particulières, art. 6”. The letter quotes it.</source>
        <translation>Dove si trovano queste condizioni nel contratto, p. es. «Condizioni particolari, art. 6». La lettera la cita.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contract guarantees a time to restore the service</source>
        <translation>Il contratto garantisce un tempo di ripristino del servizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoration:</source>
        <translation>Ripristino:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored within (hours):</source>
        <translation>Ripristinato entro (ore):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guaranteed time, e.g. 4 for “GTR 4 h”.</source>
        <translation>Il tempo garantito, p. es. 4 per «4 h».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All hours, day and night</source>
        <translation>Tutte le ore, giorno e notte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the hours covered (“heures ouvrées”, business hours)</source>
        <translation>Solo gli orari coperti (orario lavorativo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours counted:</source>
        <translation>Ore contate:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours covered:</source>
        <translation>Orari coperti:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days and hours the guarantee counts, e.g. “mon-fri 08:00-18:00, sat 08:00-12:00”.</source>
        <translation>Giorni e orari che la garanzia conta, p. es. «lun-ven 08:00-18:00, sab 08:00-12:00».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you report the fault (the ticket)</source>
        <translation>Quando segnalate il guasto (il ticket)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the outage starts</source>
        <translation>Quando inizia il guasto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clock starts:</source>
        <translation>Il termine decorre:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit if later:</source>
        <translation>Accredito in caso di ritardo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per step of the contract: beyond the guaranteed time by more than so many hours (0 = any delay), the credit in percent of the monthly fee.</source>
        <translation>Una riga per scaglione del contratto: oltre il tempo garantito di più di tante ore (0 = qualsiasi ritardo), l&apos;accredito in percentuale del canone mensile.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late by over (h)</source>
        <translation>Ritardo &gt; (h)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>Credit (%)</source>
        <translation>Accredito (%)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The contract promises an availability per month</source>
        <translation>Il contratto promette una disponibilità mensile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability:</source>
        <translation>Disponibilità:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised (%):</source>
        <translation>Promessa (%):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E.g. 99.9 for “99,9 % disponibilité”.</source>
        <translation>P. es. 99,9 per «99,9 % di disponibilità».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit if lower:</source>
        <translation>Accredito se inferiore:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per step: when the month&apos;s availability is below this percentage, the credit in percent of the monthly fee.</source>
        <translation>Una riga per scaglione: quando la disponibilità del mese è inferiore a questa percentuale, l&apos;accredito in percentuale del canone mensile.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below (%)</source>
        <translation>Sotto (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a step</source>
        <translation>Aggiungi scaglione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit steps</source>
        <translation>Scaglioni di accredito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit at most (% of the fee):</source>
        <translation>Accredito al massimo (% del canone):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contract&apos;s cap per month, often 100.</source>
        <translation>Il tetto mensile del contratto, spesso 100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contract says this credit is the only compensation</source>
        <translation>Il contratto ne fa l&apos;unico indennizzo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only compensation:</source>
        <translation>Unico indennizzo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick it if the contract calls the credit “forfaitaire et libératoire”, “sole remedy” or “only remedy”. The letter then claims the credit and reserves your other losses.</source>
        <translation>Spuntatela se il contratto definisce l&apos;accredito «forfettario e liberatorio» o «unico rimedio». La lettera chiede allora l&apos;accredito e riserva le altre perdite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no time limit</source>
        <translation>nessun termine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim within:</source>
        <translation>Chiedere entro:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many contracts want the credit claimed within so many days. ClaimDesk warns you before that date.</source>
        <translation>Molti contratti chiedono di richiedere l&apos;accredito entro alcuni giorni. ClaimDesk vi avvisa prima di quella data.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after the end of the outage</source>
        <translation>dopo la fine del guasto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after the end of that month</source>
        <translation>dopo la fine di quel mese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted:</source>
        <translation>Contati:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Type a number such as 4 or 99.9.</source>
        <translation>Digitate un numero come 4 o 99,9.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write the hours like “mon-fri 08:00-18:00”.</source>
        <translation>Scrivete gli orari come «lun-ven 08:00-18:00».</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../claimdesk/ui/settings_dialog.py" line="+41"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening &amp;hours</source>
        <translation>&amp;Orari di apertura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pro&amp;file</source>
        <translation>&amp;Profilo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sa&amp;les channels</source>
        <translation>Canali di v&amp;endita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Baseline</source>
        <translation>&amp;Base di calcolo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;ontracts</source>
        <translation>&amp;Contratti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Interface</source>
        <translation>Interfacci&amp;a</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some entries need a look (marked in red).</source>
        <translation>Alcuni dati vanno ricontrollati (segnati in rosso).</translation>
    </message>
</context>
<context>
    <name>StartOutageDialog</name>
    <message>
        <location filename="../claimdesk/ui/outage_dialogs.py" line="-65"/>
        <source>Outage started now</source>
        <translation>Guasto iniziato ora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket opened:</source>
        <translation>Ticket aperto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which service is down? ClaimDesk notes the time now ({0}).</source>
        <translation>Quale servizio è guasto? ClaimDesk annota l&apos;ora attuale ({0}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Service down:</source>
        <translation>&amp;Servizio guasto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example TKT-2019-081734 (you can add it later)</source>
        <translation>per esempio TKT-2019-081734 (potete aggiungerlo in seguito)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ticket number:</source>
        <translation>&amp;Numero di guasto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the clock</source>
        <translation>Avvia il cronometro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a contract with its services first (Company ▸ Settings).</source>
        <translation>Aggiungete prima un contratto con i suoi servizi (Azienda ▸ Impostazioni).</translation>
    </message>
</context>
<context>
    <name>StorageMessages</name>
    <message>
        <location filename="../claimdesk/ui/storage_messages.py" line="+15"/>
        <source>There is not enough space on the disk to save {0}; nothing was changed. Free some space, then try again.</source>
        <translation>Non c&apos;è abbastanza spazio sul disco per salvare {0}; non è stato modificato nulla. Liberate dello spazio, poi riprovate.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} was opened read-only: changes cannot be saved.</source>
        <translation>{0} è stato aperto in sola lettura: le modifiche non possono essere salvate.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is damaged and cannot be opened safely.</source>
        <translation>{0} è danneggiato e non può essere aperto in sicurezza.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latest backup is from {0}: {1}.</source>
        <translation>L&apos;ultimo backup è del {0}: {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No backup of it was found.</source>
        <translation>Non ne è stato trovato alcun backup.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened read-only: changes cannot be saved.</source>
        <translation>Aperto in sola lettura: le modifiche non possono essere salvate.</translation>
    </message>
</context>
<context>
    <name>TicketTimeEdit</name>
    <message>
        <location filename="../claimdesk/ui/outage_dialogs.py" line="-73"/>
        <source>Known</source>
        <translation>Noto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket opened at</source>
        <translation>Ticket aperto il</translation>
    </message>
</context>
<context>
    <name>WatchdogController</name>
    <message>
        <location filename="../claimdesk/ui/watchdog_ui.py" line="+144"/>
        <source>&amp;Watchdog…</source>
        <translation>&amp;Sorveglianza…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let ClaimDesk check the internet connection and record outages by itself</source>
        <translation>Lasciare che ClaimDesk controlli la connessione internet e registri da sé i guasti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import bounce messages…</source>
        <translation>&amp;Importa messaggi di mancato recapito…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn bounce e-mails into an e-mail outage with the messages as evidence</source>
        <translation>Trasformare i messaggi di mancato recapito in un guasto della posta, con i messaggi come prova</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import bounce messages</source>
        <translation>Importa messaggi di mancato recapito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail messages (*.eml *.mbox)</source>
        <translation>Messaggi e-mail (*.eml *.mbox)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>E-mail outage added from %n bounce message(s).</source>
        <translation>
            <numerusform>Guasto della posta aggiunto da %n messaggio di mancato recapito.</numerusform>
            <numerusform>Guasto della posta aggiunto da %n messaggi di mancato recapito.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot import these messages</source>
        <translation>Impossibile importare questi messaggi</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Internet outage detected</source>
        <translation>Guasto internet rilevato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outage is in the journal, marked as detected by the watchdog. Confirm it and add the provider&apos;s ticket number.</source>
        <translation>Il guasto è nel registro, contrassegnato come rilevato dalla sorveglianza. Confermatelo e aggiungete il numero di ticket del fornitore.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The watchdog stopped</source>
        <translation>La sorveglianza si è fermata</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No bounce was found in these files: no delivery report and no SMTP status code such as 550 5.1.1.</source>
        <translation>Nessun messaggio di mancato recapito in questi file: né rapporto di consegna né codice di stato SMTP come 550 5.1.1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These bounces were imported before, as outage {0}.</source>
        <translation>Questi messaggi di mancato recapito sono già stati importati, come guasto {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No contract of this company covers this service; add one in the company settings.</source>
        <translation>Nessun contratto di questa azienda copre questo servizio; aggiungetene uno nelle impostazioni dell&apos;azienda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several contracts cover this service; the watchdog needs exactly one to record outages against.</source>
        <translation>Più contratti coprono questo servizio; la sorveglianza ne richiede esattamente uno a cui attribuire i guasti.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ClaimDesk watchdog: the internet answers</source>
        <translation>Sorveglianza ClaimDesk: internet risponde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClaimDesk watchdog: checking a failure</source>
        <translation>Sorveglianza ClaimDesk: verifica di un guasto in corso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClaimDesk watchdog: internet outage</source>
        <translation>Sorveglianza ClaimDesk: guasto internet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClaimDesk watchdog: your own network does not answer (not counted)</source>
        <translation>Sorveglianza ClaimDesk: la vostra rete non risponde (non conteggiato)</translation>
    </message>
</context>
<context>
    <name>WatchdogDialog</name>
    <message>
        <location line="-185"/>
        <source>While it is on, ClaimDesk contacts these hosts from this computer about once a minute: {hosts}. They see your shop&apos;s internet address; nothing else leaves the computer. Every result is kept in the company file, chained so that any later change shows. It runs only while ClaimDesk is open.</source>
        <translation>Finché è attiva, ClaimDesk contatta questi host da questo computer circa una volta al minuto: {hosts}. Vedono l&apos;indirizzo internet del vostro negozio; nient&apos;altro lascia il computer. Ogni risultato è conservato nel file dell&apos;azienda, concatenato in modo che ogni modifica successiva si veda. Funziona solo mentre ClaimDesk è aperto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watchdog</source>
        <translation>Sorveglianza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Watch the internet connection while ClaimDesk is open</source>
        <translation>&amp;Sorvegliare la connessione internet mentre ClaimDesk è aperto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gateway (your box, HOST:PORT):</source>
        <translation>&amp;Gateway (il vostro modem, HOST:PORTA):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Provider&apos;s DNS server:</source>
        <translation>Server &amp;DNS del fornitore:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the one this computer uses</source>
        <translation>quello usato da questo computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I &amp;agree that ClaimDesk contacts these hosts</source>
        <translation>&amp;Accetto che ClaimDesk contatti questi host</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gateway: write it as HOST:PORT, for example 192.168.1.1:80.</source>
        <translation>Gateway: scrivetelo come HOST:PORTA, per esempio 192.168.1.1:80.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick the agreement to turn the watchdog on.</source>
        <translation>Spuntate l&apos;accordo per attivare la sorveglianza.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../claimdesk/ui/company_wizard.py" line="-103"/>
        <source>Welcome to ClaimDesk</source>
        <translation>Benvenuti in ClaimDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ClaimDesk keeps a journal of your telephone and internet outages, works out what they cost your business and writes the claim letter to your provider.</source>
        <translation>ClaimDesk tiene un registro dei guasti di telefono e Internet, calcola quanto costano alla vostra attività e scrive la lettera di richiesta al vostro operatore.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Set up my business (about five minutes)</source>
        <translation>&amp;Configura la mia attività (circa cinque minuti)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Try it with a demo bakery first</source>
        <translation>&amp;Provate prima con una panetteria dimostrativa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can create more company files later (File ▸ New company) and switch between them.</source>
        <translation>Potrete creare altri file aziendali in seguito (File ▸ Nuova azienda) e passare dall&apos;uno all&apos;altro.</translation>
    </message>
</context>
</TS>
