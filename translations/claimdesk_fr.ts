<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../claimdesk/ui/claim_dialogs.py" line="+208"/>
        <source>The provider&apos;s answer — ClaimDesk</source>
        <translation>La réponse de l&apos;opérateur — ClaimDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered o&amp;n:</source>
        <translation>Répondu l&amp;e :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount &amp;offered:</source>
        <translation>Montant pr&amp;oposé :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty if they offer nothing.</source>
        <translation>Laissez vide s&apos;ils ne proposent rien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their &amp;reference:</source>
        <translation>Leur ré&amp;férence :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their &amp;letter:</source>
        <translation>Leur &amp;lettre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in the company file as evidence.</source>
        <translation>Conservée dans le fichier de l&apos;entreprise comme pièce.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Their letter</source>
        <translation>Leur lettre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bro&amp;wse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;te:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider&apos;s letter</source>
        <translation>La lettre de l&apos;opérateur</translation>
    </message>
</context>
<context>
    <name>BaselineForm</name>
    <message>
        <location filename="../claimdesk/ui/company_forms.py" line="+480"/>
        <source>Type a number.</source>
        <translation>Saisissez un nombre.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../claimdesk/ui/batch_dialog.py" line="+57"/>
        <source>Letters for many companies</source>
        <translation>Lettres pour plusieurs entreprises</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case files and company files</source>
        <translation>Dossiers et fichiers d&apos;entreprise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;case files…</source>
        <translation>Ajouter des &amp;dossiers…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the company files of a &amp;folder…</source>
        <translation>Ajouter les fichiers d&apos;entreprise d&apos;un répert&amp;oire…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Output folder:</source>
        <translation>Répertoire de so&amp;rtie :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The letters, their figures and batch.csv are written here.</source>
        <translation>Les lettres, leurs chiffres et batch.csv sont écrits ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>Output folder</source>
        <translation>Répertoire de sortie</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Also write the ne&amp;twork&apos;s collective letter</source>
        <translation>Écrire aussi la lettre &amp;collective du réseau</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Registered mail</source>
        <translation>Lettre recommandée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ordinary mail</source>
        <translation>Courrier simple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Network &amp;name:</source>
        <translation>No&amp;m du réseau :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head office &amp;address:</source>
        <translation>Adresse du siè&amp;ge :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration number:</source>
        <translation>Numéro d&apos;immatriculation :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>Courriel :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Signed by:</source>
        <translation>&amp;Signé par :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory&apos;s title:</source>
        <translation>Fonction du signataire :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Jurisdiction:</source>
        <translation>&amp;Juridiction :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter &amp;language:</source>
        <translation>La&amp;ngue de la lettre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place of writing:</source>
        <translation>L&amp;ieu de rédaction :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Days to answer:</source>
        <translation>Délai de ré&amp;ponse (jours) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deli&amp;very:</source>
        <translation>&amp;Envoi :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Case files</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClaimDesk case files (*.json)</source>
        <translation>Dossiers ClaimDesk (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A folder of company files</source>
        <translation>Un répertoire de fichiers d&apos;entreprise</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add at least one case file or company file.</source>
        <translation>Ajoutez au moins un dossier ou un fichier d&apos;entreprise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the output folder.</source>
        <translation>Choisissez le répertoire de sortie.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Writing the letters…</source>
        <translation>Écriture des lettres…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopping after the letters in hand…</source>
        <translation>Arrêt après les lettres en cours…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The letters were not written</source>
        <translation>Les lettres n&apos;ont pas été écrites</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} of {1} letters written in {2}.</source>
        <translation>{0} lettres sur {1} écrites dans {2}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped: the other companies were not started.</source>
        <translation>Arrêté : les autres entreprises n&apos;ont pas été commencées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No collective letter: {0}</source>
        <translation>Pas de lettre collective : {0}</translation>
    </message>
</context>
<context>
    <name>ChannelsForm</name>
    <message>
        <location filename="../claimdesk/ui/company_forms.py" line="-73"/>
        <source>Sales channels</source>
        <translation>Canaux de vente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share %</source>
        <translation>Part %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add channel</source>
        <translation>&amp;Ajouter un canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove channel</source>
        <translation>&amp;Retirer le canal</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Row {0}: type the share as a percentage, like 55.</source>
        <translation>Ligne {0} : saisissez la part en pourcentage, par exemple 55.</translation>
    </message>
</context>
<context>
    <name>ClaimWizard</name>
    <message>
        <location filename="../claimdesk/ui/claim_labels.py" line="+19"/>
        <source>Registered letter</source>
        <translation>Lettre recommandée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordinary post</source>
        <translation>Courrier ordinaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/claim_wizard.py" line="+513"/>
        <source>New claim — ClaimDesk</source>
        <translation>Nouvelle réclamation — ClaimDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save and keep the claim</source>
        <translation>&amp;Enregistrer et garder la réclamation</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cannot write there: {0}</source>
        <translation>Impossible d&apos;écrire à cet endroit : {0}</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <location filename="../claimdesk/ui/claim_labels.py" line="-10"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Répondue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settled</source>
        <translation>Réglée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>Portée plus loin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation>Relance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formal notice</source>
        <translation>Mise en demeure</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/claims_model.py" line="+15"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provider</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter date</source>
        <translation>Date de la lettre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outages</source>
        <translation>Pannes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claimed</source>
        <translation>Réclamée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer due</source>
        <translation>Réponse attendue le</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>{0} on {1}</source>
        <translation>{0} le {1}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{0} — overdue</source>
        <translation>{0} — en retard</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The provider has not answered in time: send a reminder or a formal notice.</source>
        <translation>L&apos;opérateur n&apos;a pas répondu à temps : envoyez une relance ou une mise en demeure.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent on {0} ({1}); letter SHA-256 {2}</source>
        <translation>Envoyée le {0} ({1}) ; SHA-256 de la lettre {2}</translation>
    </message>
</context>
<context>
    <name>ClaimsView</name>
    <message>
        <location filename="../claimdesk/ui/claims_view.py" line="+142"/>
        <source>Claims</source>
        <translation>Réclamations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No claim yet. Select outages in the journal and choose Claim ▸ New claim (Ctrl+L).</source>
        <translation>Aucune réclamation pour l&apos;instant. Sélectionnez des pannes dans le journal puis Réclamation ▸ Nouvelle réclamation (Ctrl+L).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as s&amp;ent…</source>
        <translation>Indiquer l&apos;en&amp;voi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the day the letter left and its tracking number; ClaimDesk then keeps that exact letter.</source>
        <translation>Indiquez le jour d&apos;envoi et le numéro de suivi ; ClaimDesk conserve alors cette lettre telle quelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a rem&amp;inder</source>
        <translation>Écrire une relan&amp;ce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write a formal notice</source>
        <translation>Écrire une mise en &amp;demeure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Provider&apos;s answer…</source>
        <translation>Saisir la r&amp;éponse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a pa&amp;yment…</source>
        <translation>Saisir &amp;un paiement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediator or co&amp;urt file…</source>
        <translation>D&amp;ossier pour le médiateur ou le tribunal…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One PDF for the mediator or the court: parties, outages, amounts, the letters sent and the answers.</source>
        <translation>Un PDF pour le médiateur ou le tribunal : parties, interruptions, montants, lettres envoyées et réponses.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Status of the selected claim:</source>
        <translation>&amp;Statut de la réclamation choisie :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reached o&amp;n</source>
        <translation>attei&amp;nt le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date the status was reached</source>
        <translation>Date à laquelle le statut a été atteint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply</source>
        <translation>Appli&amp;quer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply status</source>
        <translation>Appliquer le statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount &amp;received:</source>
        <translation>Mon&amp;tant reçu :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount received</source>
        <translation>Montant reçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the provider paid or credited for this claim; leave empty if nothing came yet.</source>
        <translation>Ce que l&apos;opérateur a payé ou crédité pour cette réclamation ; laissez vide si rien n&apos;est encore arrivé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recor&amp;d amount</source>
        <translation>Enregistrer le &amp;montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the &amp;letter as PDF…</source>
        <translation>Enregistrer la &amp;lettre en PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the dossier…</source>
        <translation>Enregistrer le dossier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One PDF: the letter, then every evidence file of its outages as a numbered exhibit.</source>
        <translation>Un seul PDF : la lettre, puis chaque pièce justificative de ses interruptions, numérotée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dele&amp;te this draft</source>
        <translation>Supprimer ce &amp;brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a claim not yet sent can be deleted; Ctrl+Z brings it back.</source>
        <translation>Seule une réclamation pas encore envoyée peut être supprimée ; Ctrl+Z la rétablit.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Please check</source>
        <translation>Veuillez vérifier</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The letter is kept in the company file but could not be written to {0}: {1}</source>
        <translation>La lettre est conservée dans le fichier de l&apos;entreprise mais n&apos;a pas pu être écrite dans {0} : {1}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The date cannot lie in the future.</source>
        <translation>La date ne peut pas se situer dans le futur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The letter is dated {0}; this status would be reached on {1}, before it. Record it anyway?</source>
        <translation>La lettre est datée du {0} ; ce statut serait atteint le {1}, avant elle. L&apos;enregistrer quand même ?</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Type an amount such as 120.00, or leave the field empty.</source>
        <translation>Saisissez un montant comme 120.00, ou laissez le champ vide.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} received is more than the {1} claimed. Record it anyway?</source>
        <translation>{0} reçus, c&apos;est plus que les {1} réclamés. L&apos;enregistrer quand même ?</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+18"/>
        <source>No letter stored</source>
        <translation>Aucune lettre enregistrée</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+18"/>
        <source>This claim has no stored PDF letter.</source>
        <translation>Cette réclamation n&apos;a pas de lettre PDF enregistrée.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Save the letter</source>
        <translation>Enregistrer la lettre</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the dossier</source>
        <translation>Enregistrer le dossier</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The dossier could not be saved: {0}</source>
        <translation>Le dossier n&apos;a pas pu être enregistré : {0}</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/due_panel.py" line="+13"/>
        <source>{kind} no. {id} to {provider}, dated {date}, is not marked sent yet.</source>
        <translation>{kind} n° {id} à {provider}, datée du {date}, n&apos;est pas encore indiquée comme envoyée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>{kind} no. {id}: {provider} has not answered since {date}.</source>
        <translation>{kind} n° {id} : {provider} n&apos;a pas répondu depuis le {date}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} no. {id}: {provider} has not answered since {date}; the mediator or the court is next.</source>
        <translation>{kind} n° {id} : {provider} n&apos;a pas répondu depuis le {date} ; l&apos;étape suivante est le médiateur ou le tribunal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as sent…</source>
        <translation>Indiquer l&apos;envoi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a reminder</source>
        <translation>Écrire une relance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a formal notice</source>
        <translation>Écrire une mise en demeure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the mediator file…</source>
        <translation>Préparer le dossier du médiateur…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>What is due</source>
        <translation>À faire</translation>
    </message>
</context>
<context>
    <name>CompanyForms</name>
    <message>
        <location filename="../claimdesk/ui/company_forms.py" line="-367"/>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada — Québec</source>
        <translation>Canada — Québec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada — British Columbia</source>
        <translation>Canada — Colombie-Britannique</translation>
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
        <translation>Chiffre d&apos;affaires de référence : ce que vous vendez habituellement ce jour de la semaine, tous canaux confondus (regardez les mêmes jours de la semaine dans les mois précédant la panne).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How much your business has grown (or shrunk) since the months your usual turnover was taken from (the reference months), as a percentage. Growth of 4 % → type 4; a decline of 3 % → type -3.</source>
        <translation>De combien votre activité a progressé (ou reculé) depuis les mois d&apos;où vient votre chiffre d&apos;affaires habituel (les mois de référence), en pourcentage. Hausse de 4 % → tapez 4 ; baisse de 3 % → tapez -3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How customers buy from you, the share of your turnover each way brings, and the services it needs. A channel stops when one of its services is down. Shares add up to at most 100 %; the rest needs no telecom (cash at the counter, say: a card terminal needs the internet).</source>
        <translation>Comment vos clients achètent, la part du chiffre d&apos;affaires que rapporte chaque canal et les services dont il a besoin. Un canal s&apos;arrête quand l&apos;un de ses services est en panne. Les parts totalisent au plus 100 % ; le reste ne dépend d&apos;aucun service de télécommunication (les espèces au comptoir, par exemple : un terminal de paiement par carte a besoin d&apos;internet).</translation>
    </message>
    <message>
        <location line="+335"/>
        <source>&amp;Growth since the reference months (%):</source>
        <translation>É&amp;volution depuis les mois de référence (%) :</translation>
    </message>
    <message>
        <location line="-344"/>
        <source>What a typical customer order is worth. Used to say how many orders were lost.</source>
        <translation>Le montant d&apos;une commande type (panier moyen). Sert à indiquer combien de commandes ont été perdues.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate of gross profit: of each 100 you sell, what is left after paying for the goods and other costs that rise and fall with sales. A bakery that spends 38 on flour, butter and packaging for 100 of sales has a rate of 62 %.</source>
        <translation>Taux de marge brute : sur 100 de ventes, ce qui reste après avoir payé les marchandises et les autres charges qui varient avec les ventes. Une boulangerie qui dépense 38 en farine, beurre et emballages pour 100 de ventes a un taux de 62 %.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recovery rate: the part of the lost sales that came back later, for example customers who ordered again once the line worked. 10 % if one order in ten was only delayed.</source>
        <translation>Taux de récupération : la part des ventes perdues rattrapée ensuite, par exemple des clients qui ont recommandé une fois la ligne rétablie. 10 % si une commande sur dix n&apos;a été que retardée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What this contract costs you per month; part of it is refunded for the time it did not work.</source>
        <translation>Ce que ce contrat vous coûte par mois ; une partie est remboursée pour le temps où il n&apos;a pas fonctionné.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days you were closed anyway (holidays, leave): no loss is counted on them.</source>
        <translation>Les jours où vous étiez fermé de toute façon (jours fériés, congés) : aucun préjudice n&apos;est compté ces jours-là.</translation>
    </message>
    <message>
        <location line="+329"/>
        <source>Average order &amp;value:</source>
        <translation>Panier &amp;moyen :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate of gross &amp;profit (%):</source>
        <translation>&amp;Taux de marge brute (%) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recovery rate (%):</source>
        <translation>Taux de &amp;récupération (%) :</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Type a percentage from 0 to 100.</source>
        <translation>Saisissez un pourcentage de 0 à 100.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a percentage above -100 and at most 1000.</source>
        <translation>Saisissez un pourcentage supérieur à -100 et au plus 1000.</translation>
    </message>
</context>
<context>
    <name>CompanyWizard</name>
    <message>
        <location filename="../claimdesk/ui/company_wizard.py" line="+116"/>
        <source>Your business</source>
        <translation>Votre entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is claiming, and where.</source>
        <translation>Qui réclame, et où.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening hours and usual turnover</source>
        <translation>Heures d&apos;ouverture et chiffre d&apos;affaires habituel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only time you are open counts as lost business.</source>
        <translation>Seul le temps d&apos;ouverture compte comme activité perdue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How customers buy</source>
        <translation>Comment vos clients achètent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which sales stop when a line is down.</source>
        <translation>Quelles ventes s&apos;arrêtent quand une ligne est en panne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your figures</source>
        <translation>Vos chiffres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask your accountant if unsure; you can change them later.</source>
        <translation>En cas de doute, demandez à votre comptable ; vous pourrez les modifier plus tard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your provider</source>
        <translation>Votre opérateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contract you will claim under.</source>
        <translation>Le contrat au titre duquel vous réclamerez.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New company — ClaimDesk</source>
        <translation>Nouvelle entreprise — ClaimDesk</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Something is missing</source>
        <translation>Il manque quelque chose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please check the fields marked in red.</source>
        <translation>Vérifiez les champs marqués en rouge.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the company file</source>
        <translation>Impossible de créer le fichier de l&apos;entreprise</translation>
    </message>
</context>
<context>
    <name>ContractForm</name>
    <message>
        <location filename="../claimdesk/ui/company_forms.py" line="+46"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Opérateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The company you pay for the line, as on your bill.</source>
        <translation>L&apos;entreprise que vous payez pour la ligne, comme sur votre facture.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider&apos;s &amp;address:</source>
        <translation>A&amp;dresse de l&apos;opérateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where claims go: see your contract or bill.</source>
        <translation>Où envoyer les réclamations : voir votre contrat ou votre facture.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Customer no.:</source>
        <translation>N° de c&amp;lient :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract &amp;reference:</source>
        <translation>&amp;Référence du contrat :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Services:</source>
        <translation>&amp;Services :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What this contract provides.</source>
        <translation>Ce que fournit ce contrat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Monthly fee:</source>
        <translation>Abonnement &amp;mensuel :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract date:</source>
        <translation>Date du contrat :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day the contract was concluded (YYYY-MM-DD): it decides which law the letters cite.</source>
        <translation>Le jour où le contrat a été conclu (AAAA-MM-JJ) : il détermine le droit que les lettres citent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Type an amount such as 129.00.</source>
        <translation>Saisissez un montant, par exemple 129.00.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a date such as 2014-09-15.</source>
        <translation>Tapez une date comme 2014-09-15.</translation>
    </message>
</context>
<context>
    <name>ContractsTab</name>
    <message>
        <location filename="../claimdesk/ui/settings_dialog.py" line="+81"/>
        <source>Contracts</source>
        <translation>Contrats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New contract</source>
        <translation>&amp;Nouveau contrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve contract</source>
        <translation>Enre&amp;gistrer le contrat</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../claimdesk/ui/crash.py" line="+62"/>
        <source>ClaimDesk ran into a problem</source>
        <translation>ClaimDesk a rencontré un problème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside ClaimDesk. Your saved data is safe; what you were doing may not have finished.</source>
        <translation>Une erreur s&apos;est produite dans ClaimDesk. Vos données enregistrées sont intactes ; l&apos;opération en cours n&apos;a peut-être pas abouti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no log file)</source>
        <translation>(pas de fichier journal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The details below are also in the log file:
{0}
Please send that file to your support contact.</source>
        <translation>Les détails ci-dessous figurent aussi dans le fichier journal :
{0}
Veuillez envoyer ce fichier à votre contact d&apos;assistance.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error report</source>
        <translation>Rapport d&apos;erreur</translation>
    </message>
</context>
<context>
    <name>DueNotifier</name>
    <message>
        <location filename="../claimdesk/ui/due_notifier.py" line="+45"/>
        <source>Something is due on your claims ({0}): see the Claims tab.</source>
        <translation>Des réclamations attendent une action ({0}) : voir l&apos;onglet Réclamations.</translation>
    </message>
</context>
<context>
    <name>EstimatePanel</name>
    <message>
        <location filename="../claimdesk/ui/estimate_view.py" line="+476"/>
        <source>What the selected outages cost you</source>
        <translation>Ce que les pannes choisies vous coûtent</translation>
    </message>
</context>
<context>
    <name>EstimateView</name>
    <message>
        <location line="-441"/>
        <source>Lost turnover (gross)</source>
        <translation>Chiffre d&apos;affaires perdu (brut)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lost orders</source>
        <translation>Commandes perdues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G ÷ {aov} per order</source>
        <translation>G ÷ {aov} par commande</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shortage in turnover</source>
        <translation>Baisse du chiffre d&apos;affaires</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>G − R</source>
        <translation>G − R</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loss of gross profit</source>
        <translation>Perte de marge brute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S × {gp} rate of gross profit</source>
        <translation>S × {gp} de taux de marge brute</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subscription refund</source>
        <translation>Remboursement de l&apos;abonnement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Increased cost of working</source>
        <translation>Frais supplémentaires engagés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Savings</source>
        <translation>Charges économisées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>costs you did not have</source>
        <translation>charges que vous n&apos;avez pas eues</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Sales lost while down</source>
        <translation>Ventes perdues pendant la panne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you would have sold while the service was down, from your usual turnover for those days and hours.</source>
        <translation>Ce que vous auriez vendu pendant la panne, d&apos;après votre chiffre d&apos;affaires habituel de ces jours et de ces heures.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders lost</source>
        <translation>Commandes perdues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About how many sales that is, at your average order value.</source>
        <translation>Le nombre de ventes environ, à votre panier moyen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales made up later</source>
        <translation>Ventes rattrapées ensuite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovered turnover</source>
        <translation>Chiffre d&apos;affaires récupéré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>G × {recovery} made up later</source>
        <translation>G × {recovery} rattrapé ensuite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part your customers bought later anyway: it is not claimed.</source>
        <translation>La part que vos clients ont achetée plus tard malgré tout : elle n&apos;est pas réclamée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales not made up</source>
        <translation>Ventes non rattrapées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sales lost for good: those lost, less those made up later.</source>
        <translation>Les ventes perdues pour de bon : les ventes perdues, moins celles rattrapées ensuite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your margin on those sales</source>
        <translation>Votre marge sur ces ventes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the sales lost for good would have earned you once the goods are paid for.</source>
        <translation>Ce que les ventes perdues pour de bon vous auraient rapporté, marchandise payée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund of the subscription</source>
        <translation>Remboursement de l&apos;abonnement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{fee} a month × {down} down ÷ the hours of that month</source>
        <translation>{fee} par mois × {down} de panne ÷ les heures de ce mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part of your monthly subscription for the time the service did not work.</source>
        <translation>La part de votre abonnement mensuel pour le temps où le service n&apos;a pas fonctionné.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit under your contract</source>
        <translation>Pénalité prévue au contrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contractual service credit</source>
        <translation>Crédit contractuel de niveau de service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What your contract&apos;s service levels give back for the outage, without any proof of loss. The claim takes this credit or the refund, whichever is larger, never both.</source>
        <translation>Ce que les niveaux de service de votre contrat vous rendent pour la panne, sans preuve du préjudice. La réclamation retient ce crédit ou le remboursement, le plus élevé des deux, jamais les deux.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra costs you paid</source>
        <translation>Frais supplémentaires payés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as typed under Costs and credits</source>
        <translation>tels que saisis sous Frais et avoirs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money you spent to keep going during the outage.</source>
        <translation>L&apos;argent dépensé pour continuer à travailler pendant la panne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costs you saved</source>
        <translation>Charges économisées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Costs you did not have because of the outage: they come off the claim.</source>
        <translation>Les charges que vous n&apos;avez pas eues à cause de la panne : elles sont déduites.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already paid by the provider</source>
        <translation>Déjà versé par l&apos;opérateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid or credited by the provider</source>
        <translation>payés ou crédités par l&apos;opérateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credits received</source>
        <translation>Avoirs reçus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the provider has already paid or credited: it comes off the claim.</source>
        <translation>Ce que l&apos;opérateur a déjà versé ou crédité : c&apos;est déduit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total to claim</source>
        <translation>Total à réclamer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total claimed</source>
        <translation>Total réclamé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F + P + C − V − K</source>
        <translation>F + P + C − V − K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What ClaimDesk asks the provider for: your margin lost, the refund and your extra costs, less savings and credits.</source>
        <translation>Ce que ClaimDesk demande à l&apos;opérateur : votre marge perdue, le remboursement et vos frais supplémentaires, moins les économies et les avoirs.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>These figures are too large to work out: check the usual turnover and the amounts in Company ▸ Company settings.</source>
        <translation>Ces chiffres sont trop grands pour être calculés : vérifiez le chiffre d&apos;affaires habituel et les montants dans Entreprise ▸ Paramètres de l&apos;entreprise.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Loss estimate</source>
        <translation>Estimation du préjudice</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0}
Accountants call it: {1}.</source>
        <translation>{0}
Le terme comptable : {1}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide the calculation</source>
        <translation>Masquer le calcul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the calculation</source>
        <translation>Afficher le calcul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The accountant&apos;s figures: each line with its letter and formula, as in the letter&apos;s breakdown.</source>
        <translation>Les chiffres du comptable : chaque ligne avec sa lettre et sa formule, comme dans le détail de la lettre.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Select one or more outages in the journal to see what they cost you.</source>
        <translation>Sélectionnez une ou plusieurs pannes dans le journal pour voir ce qu&apos;elles vous ont coûté.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The service</source>
        <translation>Le service</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: down for {1}, all of it outside your opening hours.</source>
        <translation>{0} : en panne pendant {1}, entièrement en dehors de vos heures d&apos;ouverture.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: down for {1}, all of it during your opening hours.</source>
        <translation>{0} : en panne pendant {1}, entièrement pendant vos heures d&apos;ouverture.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: down for {1} of your opening hours ({2} in all).</source>
        <translation>{0} : en panne pendant {1} de vos heures d&apos;ouverture ({2} au total).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No sales were lost: the outage fell outside your opening hours, or your sales channels do not need this service.</source>
        <translation>Aucune vente perdue : la panne était en dehors de vos heures d&apos;ouverture, ou vos canaux de vente n&apos;ont pas besoin de ce service.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You lost less than one order.</source>
        <translation>Vous avez perdu moins d&apos;une commande.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>You lost about %n order(s).</source>
        <translation>
            <numerusform>Vous avez perdu environ %n commande.</numerusform>
            <numerusform>Vous avez perdu environ %n commandes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the margin on the sales you did not make up later ({0})</source>
        <translation>la marge sur les ventes que vous n&apos;avez pas rattrapées ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the credit your contract&apos;s service levels give for the outage ({0})</source>
        <translation>le crédit que les niveaux de service de votre contrat prévoient pour la panne ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a refund of the subscription for the time without service ({0})</source>
        <translation>un remboursement de l&apos;abonnement pour le temps sans service ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the extra costs you paid ({0})</source>
        <translation>les frais supplémentaires payés ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}, plus {1}</source>
        <translation>{0}, plus {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}, less what you saved and were already paid ({1})</source>
        <translation>{0}, moins vos économies et ce qui vous a déjà été versé ({1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClaimDesk claims {0}: {1}.</source>
        <translation>ClaimDesk réclame {0} : {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClaimDesk claims {0}.</source>
        <translation>ClaimDesk réclame {0}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>your contract states no service levels</source>
        <translation>votre contrat ne fixe pas de niveaux de service</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>added up over %n opening day(s)</source>
        <translation>
            <numerusform>somme de %n jour d&apos;ouverture</numerusform>
            <numerusform>somme de %n jours d&apos;ouverture</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message numerus="yes">
        <location line="-18"/>
        <source>%n outage(s) still running are not counted until the service is back.</source>
        <translation>
            <numerusform>%n panne encore en cours n&apos;est pas comptée tant que le service n&apos;est pas rétabli.</numerusform>
            <numerusform>%n pannes encore en cours ne sont pas comptées tant que le service n&apos;est pas rétabli.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Savings and credits already cover the loss: there is nothing more to claim.</source>
        <translation>Les charges économisées et les avoirs couvrent déjà le préjudice : il n&apos;y a rien de plus à réclamer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your contract makes its credit the only compensation: the letter claims the credit and reserves your other losses ({0}).</source>
        <translation>Votre contrat fait de sa pénalité la seule indemnisation : la lettre réclame la pénalité et réserve vos autres pertes ({0}).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>your contract&apos;s service levels; claimed instead of the refund</source>
        <translation>niveaux de service de votre contrat ; réclamée au lieu du remboursement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not claimed: the credit under your contract is larger</source>
        <translation>non réclamé : la pénalité prévue au contrat est plus élevée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your contract&apos;s service levels; the refund is larger and is claimed instead</source>
        <translation>niveaux de service de votre contrat ; le remboursement, plus élevé, est réclamé à sa place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max(F, Q) − K: your other losses are reserved</source>
        <translation>max(F, Q) − K : vos autres pertes sont réservées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max(F, Q) + P + C − V − K</source>
        <translation>max(F, Q) + P + C − V − K</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>⚠ Your contract wanted its credit claimed by {0}: that date has passed. The refund and your losses can still be claimed.</source>
        <translation>⚠ Votre contrat demandait de réclamer sa pénalité au plus tard le {0} : cette date est passée. Le remboursement et vos pertes restent réclamables.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Your contract wants its credit claimed by {0}: send the letter now.</source>
        <translation>⚠ Votre contrat demande de réclamer sa pénalité au plus tard le {0} : envoyez la lettre maintenant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your contract wants its credit claimed by {0}.</source>
        <translation>Votre contrat demande de réclamer sa pénalité au plus tard le {0}.</translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message>
        <location filename="../claimdesk/ui/outage_dialogs.py" line="+248"/>
        <source>Evidence files</source>
        <translation>Pièces justificatives</translation>
    </message>
</context>
<context>
    <name>ExtrasForm</name>
    <message>
        <location filename="../claimdesk/ui/estimate_view.py" line="+4"/>
        <source>Money you spent to keep going during the outage (a temporary line, a courier, notices to customers).</source>
        <translation>L&apos;argent dépensé pour continuer à travailler pendant la panne (ligne provisoire, coursier, avis aux clients).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Costs you did not have because of the outage (for example, staff sent home unpaid).</source>
        <translation>Les charges que vous n&apos;avez pas eues à cause de la panne (par exemple du personnel renvoyé chez lui sans salaire).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compensation the provider has already paid or credited to your bill.</source>
        <translation>L&apos;indemnité que l&apos;opérateur a déjà versée ou créditée sur votre facture.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extra costs:</source>
        <translation>Frais supplémentaires :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Savings:</source>
        <translation>Charges économisées :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits received:</source>
        <translation>Avoirs reçus :</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Costs and credits</source>
        <translation>Frais et avoirs</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Type an amount such as 85.00 (not negative, at most 2 decimals).</source>
        <translation>Saisissez un montant comme 85.00 (positif, au plus 2 décimales).</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../claimdesk/ui/forms.py" line="+61"/>
        <location line="+14"/>
        <source>Error message</source>
        <translation>Message d&apos;erreur</translation>
    </message>
</context>
<context>
    <name>HoursForm</name>
    <message>
        <location filename="../claimdesk/ui/company_forms.py" line="-261"/>
        <source>For each day: the hours you are open (empty = closed; two spans like “08:00-12:00, 14:00-18:00” for a lunch break) and your usual turnover that day.</source>
        <translation>Pour chaque jour : vos heures d&apos;ouverture (vide = fermé ; deux plages comme « 08:00-12:00, 14:00-18:00 » pour une pause de midi) et votre chiffre d&apos;affaires habituel ce jour-là.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Open&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ouvert&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Usual turnover&lt;/b&gt; (?)</source>
        <translation>&lt;b&gt;CA habituel&lt;/b&gt; (?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} opening hours</source>
        <translation>Heures d&apos;ouverture du {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} usual turnover</source>
        <translation>Chiffre d&apos;affaires habituel du {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Closed dates:</source>
        <translation>&amp;Jours de fermeture :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed dates</source>
        <translation>Jours de fermeture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date to add</source>
        <translation>Date à ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add date</source>
        <translation>Ajouter la date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Write the hours like 07:00-18:00 (or leave empty if closed).</source>
        <translation>Écrivez les heures ainsi : 07:00-18:00 (ou laissez vide si fermé).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type an amount such as 1400.00.</source>
        <translation>Saisissez un montant, par exemple 1400.00.</translation>
    </message>
</context>
<context>
    <name>InterfaceTab</name>
    <message>
        <location filename="../claimdesk/ui/settings_dialog.py" line="+23"/>
        <source>Lan&amp;guage of the interface:</source>
        <translation>&amp;Langue de l&apos;interface :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes ClaimDesk&apos;s menus, windows and the way dates and amounts are written, at once. Each claim letter keeps the language you choose for it.</source>
        <translation>Change immédiatement les menus et fenêtres de ClaimDesk ainsi que l&apos;écriture des dates et des montants. Chaque lettre de réclamation garde la langue choisie pour elle.</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../claimdesk/ui/language.py" line="+30"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>LetterPage</name>
    <message>
        <location filename="../claimdesk/ui/claim_wizard.py" line="-307"/>
        <source>The letter</source>
        <translation>La lettre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter&apos;s language can differ from ClaimDesk&apos;s: write in the language your provider uses.</source>
        <translation>La langue de la lettre peut différer de celle de ClaimDesk : écrivez dans la langue de votre opérateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A first claim; a reminder if they did not answer; a formal notice as the last step before a mediator or court.</source>
        <translation>Une première demande ; une relance sans réponse ; une mise en demeure en dernière étape avant un médiateur ou un tribunal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter &amp;language:</source>
        <translation>&amp;Langue de la lettre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sent by:</source>
        <translation>&amp;Envoi :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A registered letter proves when the provider got it.</source>
        <translation>Une lettre recommandée prouve la date de réception par l&apos;opérateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>L&amp;ieu :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The town written before the date.</source>
        <translation>La localité écrite avant la date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Answer within:</source>
        <translation>&amp;Réponse sous :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The deadline shown in the claims list.</source>
        <translation>L&apos;échéance affichée dans la liste des réclamations.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Earlier letter:</source>
        <translation>Courrier précédent :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter this one follows up; it is cited with its date.</source>
        <translation>Le courrier auquel celui-ci fait suite ; il est cité avec sa date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent on:</source>
        <translation>Envoyé le :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking no.:</source>
        <translation>N° de suivi :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registered-mail number on your receipt, if any.</source>
        <translation>Le numéro du recommandé figurant sur votre preuve de dépôt, s&apos;il y en a un.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider&apos;s acknowledgement:</source>
        <translation>Reconnaissance de l&apos;opérateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: where and when the provider confirmed the incident (status page, SMS, press).</source>
        <translation>Facultatif : où et quand l&apos;opérateur a confirmé l&apos;incident (page d&apos;état, SMS, presse).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contract date:</source>
        <translation>Date du contrat :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day the contract was concluded (YYYY-MM-DD): it decides which law the letter cites. Kept with the contract.</source>
        <translation>Le jour où le contrat a été conclu (AAAA-MM-JJ) : il détermine le droit que la lettre cite. Conservé avec le contrat.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Give the date of the earlier letter: this letter cites it.</source>
        <translation>Indiquez la date du courrier précédent : cette lettre la cite.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The earlier letter was sent before this one: check the date.</source>
        <translation>Le courrier précédent a été envoyé avant celui-ci : vérifiez la date.</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+9"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+24"/>
        <source>Type a date such as 2014-09-15.</source>
        <translation>Tapez une date comme 2014-09-15.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The contract was concluded before its first outage: check the date.</source>
        <translation>Le contrat a été conclu avant sa première panne : vérifiez la date.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../claimdesk/ui/main_layout.py" line="+41"/>
        <source>Outage &amp;started now…</source>
        <translation>&amp;Panne commencée maintenant…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note that a service has just stopped working</source>
        <translation>Noter qu&apos;un service vient de cesser de fonctionner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service is &amp;back</source>
        <translation>Service &amp;rétabli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the outage that is running now</source>
        <translation>Terminer la panne en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a past outage…</source>
        <translation>&amp;Ajouter une panne passée…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter an outage after the fact</source>
        <translation>Saisir une panne après coup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit outage…</source>
        <translation>&amp;Modifier la panne…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected outage or add evidence</source>
        <translation>Modifier la panne choisie ou ajouter des pièces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete outage</source>
        <translation>&amp;Supprimer la panne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected outage</source>
        <translation>Supprimer la panne choisie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring back the outage, evidence or draft claim deleted last</source>
        <translation>Rétablir la panne, la pièce justificative ou le brouillon de réclamation supprimé en dernier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New claim…</source>
        <translation>&amp;Nouvelle réclamation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a claim letter for the selected outages</source>
        <translation>Rédiger une lettre de réclamation pour les pannes choisies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open company file…</source>
        <translation>&amp;Ouvrir un fichier d&apos;entreprise…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to another company file</source>
        <translation>Passer à un autre fichier d&apos;entreprise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New company…</source>
        <translation>&amp;Nouvelle entreprise…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create another company file</source>
        <translation>Créer un autre fichier d&apos;entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import case file…</source>
        <translation>&amp;Importer un dossier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a claim from a ClaimDesk case file (.json)</source>
        <translation>Ajouter une réclamation depuis un dossier ClaimDesk (.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Company &amp;settings…</source>
        <translation>&amp;Paramètres de l&apos;entreprise…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile, contracts, opening hours, sales channels and baseline</source>
        <translation>Profil, contrats, heures d&apos;ouverture, canaux de vente et base de calcul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of ClaimDesk&apos;s windows</source>
        <translation>La langue des fenêtres de ClaimDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outage &amp;journal</source>
        <translation>&amp;Journal des pannes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Claims</source>
        <translation>&amp;Réclamations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/app.py" line="+93"/>
        <location filename="../claimdesk/ui/main_layout.py" line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/main_layout.py" line="+2"/>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimed or not</source>
        <translation>Réclamées ou non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet claimed</source>
        <translation>Pas encore réclamées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already claimed</source>
        <translation>Déjà réclamées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;rvice:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Opérateur :</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/main_window.py" line="+185"/>
        <source>Co&amp;mpany</source>
        <translation>&amp;Entreprise</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/main_layout.py" line="+1"/>
        <source>Cl&amp;aimed:</source>
        <translation>Récla&amp;mées :</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>&amp;Undo the last delete</source>
        <translation>A&amp;nnuler la dernière suppression</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../claimdesk/ui/restore_dialog.py" line="+123"/>
        <source>Restore a &amp;backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a backup in place of this company file (it is kept aside)</source>
        <translation>Remettre une sauvegarde à la place de ce fichier d&apos;entreprise (celui-ci est conservé à côté)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Letters for many companies…</source>
        <translation>&amp;Lettres pour plusieurs entreprises…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A network&apos;s claim: every member&apos;s letter in one run, and a collective letter</source>
        <translation>La réclamation d&apos;un réseau : la lettre de chaque adhérent en une fois, et une lettre collective</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>P&amp;eriod:</source>
        <translation>Pério&amp;de :</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/main_window.py" line="-8"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outage</source>
        <translation>&amp;Panne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Claim</source>
        <translation>&amp;Réclamation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sort the journal by</source>
        <translation>&amp;Trier le journal par</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main actions</source>
        <translation>Actions principales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open company</source>
        <translation>Entreprise ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch company…</source>
        <translation>Changer d&apos;entreprise…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch company file</source>
        <translation>Changer de fichier d&apos;entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service is back</source>
        <translation>Service rétabli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+44"/>
        <source>All providers</source>
        <translation>Tous les opérateurs</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+4"/>
        <source>Outage journal</source>
        <translation>Journal des pannes</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No outages yet. When a service stops working, press “Outage started now” (Ctrl+D).</source>
        <translation>Aucune panne pour l&apos;instant. Quand un service cesse de fonctionner, cliquez sur « Panne commencée maintenant » (Ctrl+D).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claims</source>
        <translation>Réclamations</translation>
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
            <numerusform>%n panne</numerusform>
            <numerusform>%n pannes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} down since {1}</source>
        <translation>{0} en panne depuis {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Have you called your provider? Note the ticket number they give you.</source>
        <translation>Avez-vous appelé votre opérateur ? Notez le numéro d&apos;incident qu&apos;il vous donne.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>&lt;b&gt;%n&lt;/b&gt; outage(s) not yet claimed</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; panne pas encore réclamée</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; pannes pas encore réclamées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n claim(s) waiting for an answer</source>
        <translation>
            <numerusform>%n réclamation en attente de réponse</numerusform>
            <numerusform>%n réclamations en attente de réponse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n answer(s) overdue</source>
        <translation>
            <numerusform>%n réponse en retard</numerusform>
            <numerusform>%n réponses en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Select at most %n outages for an estimate.</source>
        <translation>
            <numerusform>Sélectionnez au plus %n panne pour une estimation.</numerusform>
            <numerusform>Sélectionnez au plus %n pannes pour une estimation.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Working out the figures…</source>
        <translation>Calcul des chiffres…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Outage noted. Press “Service is back” (Ctrl+B) when it works again.</source>
        <translation>Panne notée. Cliquez sur « Service rétabli » (Ctrl+B) quand il fonctionne à nouveau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No outage is running.</source>
        <translation>Aucune panne en cours.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outage closed. Its loss is now in the estimate.</source>
        <translation>Panne terminée. Son préjudice figure maintenant dans l&apos;estimation.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No contract yet</source>
        <translation>Pas encore de contrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add your provider&apos;s contract first (Company ▸ Company settings).</source>
        <translation>Ajoutez d&apos;abord le contrat de votre opérateur (Entreprise ▸ Paramètres de l&apos;entreprise).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Outage in a claim</source>
        <translation>Panne comprise dans une réclamation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An outage that is part of a claim cannot be deleted.</source>
        <translation>Une panne qui fait partie d&apos;une réclamation ne peut pas être supprimée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Delete outage</source>
        <translation>Supprimer la panne</translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>Delete %n outage(s)? Their evidence files stay in the file if another outage uses them.</source>
        <translation>
            <numerusform>Supprimer %n panne ? Ses pièces justificatives restent dans le fichier si une autre panne les utilise.</numerusform>
            <numerusform>Supprimer %n pannes ? Leurs pièces justificatives restent dans le fichier si une autre panne les utilise.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/app.py" line="-5"/>
        <source>Switch to that window, or open another company file here.</source>
        <translation>Passez à cette fenêtre, ou ouvrez ici un autre fichier d&apos;entreprise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;read-only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;another company file…</source>
        <translation>Ouvrir un &amp;autre fichier d&apos;entreprise…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../claimdesk/ui/main_window.py" line="+69"/>
        <source>Open a company file</source>
        <translation>Ouvrir un fichier d&apos;entreprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../claimdesk/ui/main_window.py" line="+2"/>
        <source>ClaimDesk company files (*.claimdesk)</source>
        <translation>Fichiers d&apos;entreprise ClaimDesk (*.claimdesk)</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+24"/>
        <location filename="../claimdesk/ui/case_import.py" line="+127"/>
        <location filename="../claimdesk/ui/main_window.py" line="+19"/>
        <location line="+26"/>
        <location filename="../claimdesk/ui/restore_dialog.py" line="-2"/>
        <source>Cannot open this company file</source>
        <translation>Impossible d&apos;ouvrir ce fichier d&apos;entreprise</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/case_import.py" line="-101"/>
        <source>Import a case file</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClaimDesk case files (*.json)</source>
        <translation>Dossiers ClaimDesk (*.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the case file…</source>
        <translation>Lecture du dossier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The case file was not imported</source>
        <translation>Le dossier n&apos;a pas été importé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Already imported</source>
        <translation>Déjà importé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case was already imported as claim no. {0} on {1}. Import it again, as another claim?</source>
        <translation>Ce dossier a déjà été importé comme réclamation n° {0} le {1}. L&apos;importer à nouveau, comme une autre réclamation ?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Another company</source>
        <translation>Une autre entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case is for “{0}”, not “{1}”. Create a company file for “{0}” and import it there?</source>
        <translation>Ce dossier concerne « {0} », pas « {1} ». Créer un fichier d&apos;entreprise pour « {0} » et l&apos;y importer ?</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Adding the outages and the claim…</source>
        <translation>Ajout des pannes et de la réclamation…</translation>
    </message>
    <message numerus="yes">
        <location filename="../claimdesk/ui/main_window.py" line="-100"/>
        <source>%n outage(s) deleted.</source>
        <translation>
            <numerusform>%n panne supprimée.</numerusform>
            <numerusform>%n pannes supprimées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n evidence file(s) removed.</source>
        <translation>
            <numerusform>%n pièce justificative retirée.</numerusform>
            <numerusform>%n pièces justificatives retirées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft claim deleted.</source>
        <translation>Brouillon de réclamation supprimé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo: {0}</source>
        <translation>Annuler : {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot undo</source>
        <translation>Impossible d&apos;annuler</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restored.</source>
        <translation>Rétabli.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Backup restored. The file it replaced was kept as {0}.</source>
        <translation>Sauvegarde restaurée. Le fichier remplacé a été conservé sous le nom {0}.</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/case_import.py" line="+37"/>
        <source>Case imported as a draft claim (no. {0}).</source>
        <translation>Dossier importé comme réclamation en brouillon (n° {0}).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>OutageDialogs</name>
    <message>
        <location filename="../claimdesk/ui/outage_dialogs.py" line="-200"/>
        <source>Call your provider&apos;s support line and write down the ticket number they give you: your claim letter quotes it as proof that you reported the outage.</source>
        <translation>Appelez le service d&apos;assistance de votre opérateur et notez le numéro d&apos;incident qu&apos;il vous donne : votre lettre de réclamation le cite comme preuve que vous avez signalé la panne.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>When you reported the fault. Service guarantees (GTR) often count from this moment: it is filled in when you type the ticket number; correct it if you called earlier.</source>
        <translation>Quand vous avez signalé la panne. Les garanties de rétablissement (GTR) courent souvent de ce moment : il est noté quand vous tapez le numéro d&apos;incident ; corrigez-le si vous avez appelé plus tôt.</translation>
    </message>
</context>
<context>
    <name>OutageEditor</name>
    <message>
        <location line="+253"/>
        <source>Edit outage</source>
        <translation>Modifier la panne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a past outage</source>
        <translation>Ajouter une panne passée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still down (no end yet)</source>
        <translation>Toujours en panne (pas encore de fin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What stopped working, what customers noticed, what you did.</source>
        <translation>Ce qui a cessé de fonctionner, ce que vos clients ont remarqué, ce que vous avez fait.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Contract:</source>
        <translation>&amp;Contrat :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Service:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;tarted:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local time of the shop ({0}). Click the arrow for a calendar.</source>
        <translation>Heure locale du commerce ({0}). Cliquez sur la flèche pour un calendrier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ended:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When the service worked again.</source>
        <translation>Quand le service a refonctionné.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tic&amp;ket number:</source>
        <translation>N° d&apos;&amp;incident :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket opened:</source>
        <translation>Incident ouvert :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line or access:</source>
        <translation>Ligne ou accès :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The line number, access ID or mailbox that was down, as the provider knows it.</source>
        <translation>Le numéro de ligne, l&apos;identifiant d&apos;accès ou la boîte aux lettres en panne, tel que l&apos;opérateur le connaît.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Description:</source>
        <translation>Descri&amp;ption :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;vidence (screenshots, e-mails from the provider, photos): drop files here or use Add file…</source>
        <translation>Pièces &amp;justificatives (captures d&apos;écran, courriels de l&apos;opérateur, photos) : déposez les fichiers ici ou utilisez Ajouter un fichier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add file…</source>
        <translation>&amp;Ajouter un fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a copy of the selected file with its usual application.</source>
        <translation>Ouvrir une copie du fichier choisi avec son application habituelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy of the selected file in a folder.</source>
        <translation>Enregistrer une copie du fichier choisi dans un dossier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected file from this outage when you save.</source>
        <translation>Retirer le fichier choisi de cette interruption à l&apos;enregistrement.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+56"/>
        <source>{0}  (added when you save)</source>
        <translation>{0}  (ajouté à l&apos;enregistrement)</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+118"/>
        <source>{0}  (removed when you save)</source>
        <translation>{0}  (retiré à l&apos;enregistrement)</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>{0}  ({1} bytes)</source>
        <translation>{0}  ({1} octets)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256: {0}</source>
        <translation>SHA-256 : {0}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Add evidence</source>
        <translation>Ajouter une pièce</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No application opens {0}.</source>
        <translation>Aucune application n&apos;ouvre {0}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the evidence file to</source>
        <translation>Exporter la pièce justificative vers</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exported to {0}</source>
        <translation>Exportée vers {0}</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Copying the evidence into the company file…</source>
        <translation>Copie des pièces dans le fichier de l&apos;entreprise…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding evidence</source>
        <translation>Ajout des pièces</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Some files were not added</source>
        <translation>Certains fichiers n&apos;ont pas été ajoutés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outage is saved, but these files could not be added:</source>
        <translation>La panne est enregistrée, mais ces fichiers n&apos;ont pas pu être ajoutés :</translation>
    </message>
</context>
<context>
    <name>OutageModel</name>
    <message>
        <location filename="../claimdesk/ui/outage_model.py" line="+34"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provider</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ticket no.</source>
        <translation>N° d&apos;incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claimed</source>
        <translation>Réclamée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TV</source>
        <translation>Télévision</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0} d {1} h</source>
        <translation>{0} j {1} h</translation>
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
        <translation>Pas encore de numéro d&apos;incident : demandez-en un à votre opérateur et notez-le ici.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>still down</source>
        <translation>toujours en panne</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>OutagesPage</name>
    <message>
        <location filename="../claimdesk/ui/claim_wizard.py" line="-233"/>
        <source>Which outages?</source>
        <translation>Quelles pannes ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A claim covers outages of one contract. Tick the ones to claim.</source>
        <translation>Une réclamation porte sur les pannes d&apos;un seul contrat. Cochez celles à réclamer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contract:</source>
        <translation>&amp;Contrat :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outages to claim</source>
        <translation>Pannes à réclamer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outages still running are not listed: end them first (Service is back).</source>
        <translation>Les pannes en cours ne figurent pas ici : terminez-les d&apos;abord (Service rétabli).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}: {1} → {2} ({3})</source>
        <translation>{0} : {1} → {2} ({3})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(already in claim no. {0})</source>
        <translation>(déjà dans la réclamation n° {0})</translation>
    </message>
</context>
<context>
    <name>OwnerMenus</name>
    <message>
        <location filename="../claimdesk/ui/owner_menus.py" line="+44"/>
        <source>Back &amp;up to…</source>
        <translation>Sauvegarder &amp;vers…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy of this company file where you choose: a USB stick, a shared drive</source>
        <translation>Enregistrer une copie de ce fichier d&apos;entreprise où vous voulez : une clé USB, un disque partagé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport for the accountant…</source>
        <translation>E&amp;xporter pour le comptable…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outages and the claims as two tables (CSV) that Excel or LibreOffice open</source>
        <translation>Les pannes et les réclamations en deux tableaux (CSV) qu&apos;Excel ou LibreOffice ouvrent</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/main_window.py" line="-347"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../claimdesk/ui/owner_menus.py" line="+2"/>
        <source>&amp;Getting started</source>
        <translation>&amp;Premiers pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ClaimDesk</source>
        <translation>À propos de &amp;ClaimDesk</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back up to</source>
        <translation>Sauvegarder vers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company file (*{0})</source>
        <translation>Fichier d&apos;entreprise (*{0})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The copy was not saved</source>
        <translation>La copie n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A copy of the company file is saved as {0}.</source>
        <translation>Une copie du fichier d&apos;entreprise est enregistrée sous {0}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export for the accountant: choose a folder</source>
        <translation>Exporter pour le comptable : choisissez un dossier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The tables were not saved</source>
        <translation>Les tableaux n&apos;ont pas été enregistrés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {0} and {1}.</source>
        <translation>{0} et {1} enregistrés.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0} - outages.csv</source>
        <translation>{0} - pannes.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} - claims.csv</source>
        <translation>{0} - réclamations.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Provider</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ticket no.</source>
        <translation>N° d&apos;incident</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claims</source>
        <translation>Réclamations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Letter date</source>
        <translation>Date de la lettre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claimed</source>
        <translation>Réclamé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer due</source>
        <translation>Réponse attendue le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outages</source>
        <translation>Pannes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When a service stops working, press “Outage started now” (Ctrl+D). Note the ticket number the provider gives you.</source>
        <translation>Quand un service cesse de fonctionner, cliquez sur « Panne commencée maintenant » (Ctrl+D). Notez le numéro d&apos;incident que l&apos;opérateur vous donne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When it works again, press “Service is back” (Ctrl+B). An outage you noticed too late: “Add a past outage”.</source>
        <translation>Quand il fonctionne à nouveau, cliquez sur « Service rétabli » (Ctrl+B). Une panne remarquée trop tard : « Ajouter une panne passée ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add evidence to the outage: screenshots, the provider&apos;s e-mails, a photo of the router.</source>
        <translation>Ajoutez des preuves à la panne : captures d&apos;écran, e-mails de l&apos;opérateur, photo du routeur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the outages: the right-hand panel says what they cost you. Type any extra costs under Costs and credits.</source>
        <translation>Sélectionnez les pannes : le panneau de droite indique ce qu&apos;elles vous coûtent. Saisissez vos frais supplémentaires sous Frais et avoirs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press “New claim” and follow the steps: ClaimDesk writes the letter. Send it by registered post or e-mail.</source>
        <translation>Cliquez sur « Nouvelle réclamation » et suivez les étapes : ClaimDesk rédige la lettre. Envoyez-la en recommandé ou par e-mail.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the Claims tab, mark the letter as sent, then note the answer. Without an answer by the date shown, send a reminder.</source>
        <translation>Dans l&apos;onglet Réclamations, marquez la lettre comme envoyée, puis notez la réponse. Sans réponse à la date indiquée, envoyez une relance.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About ClaimDesk</source>
        <translation>À propos de ClaimDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClaimDesk {0}

Records your telecom outages, works out what they cost your business and writes the claim letter to your provider.

Your company files stay on this computer.</source>
        <translation>ClaimDesk {0}

Enregistre vos pannes de télécommunications, calcule ce qu&apos;elles coûtent à votre entreprise et rédige la lettre de réclamation à votre opérateur.

Vos fichiers d&apos;entreprise restent sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>PaymentChannelsBox</name>
    <message>
        <location filename="../claimdesk/ui/payment_channels.py" line="+17"/>
        <source>A card terminal (it needs the internet)</source>
        <translation>Un terminal de paiement par carte (il a besoin d&apos;internet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card payments</source>
        <translation>Paiements par carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders by phone</source>
        <translation>Commandes par téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone orders</source>
        <translation>Commandes par téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders by e-mail</source>
        <translation>Commandes par e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail orders</source>
        <translation>Commandes par e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An online shop or online booking</source>
        <translation>Une boutique ou des réservations en ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online shop and booking</source>
        <translation>Boutique et réservations en ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-in customers paying cash</source>
        <translation>Des clients de passage qui paient en espèces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash at the counter</source>
        <translation>Espèces au comptoir</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>How do your customers pay and order?</source>
        <translation>Comment vos clients paient-ils et commandent-ils ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ClaimDesk fills in the table below from your answers. Change the shares to match your business: what part of your turnover comes each way.</source>
        <translation>ClaimDesk remplit le tableau ci-dessous d&apos;après vos réponses. Adaptez les parts à votre commerce : quelle part de votre chiffre d&apos;affaires vient de chaque canal.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../claimdesk/ui/claim_dialogs.py" line="+37"/>
        <source>Amount received — ClaimDesk</source>
        <translation>Montant reçu — ClaimDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received o&amp;n:</source>
        <translation>Reçu l&amp;e :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A credit on the bill counts too; several payments add up.</source>
        <translation>Un avoir sur la facture compte aussi ; plusieurs paiements s&apos;additionnent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No&amp;te:</source>
        <translation>&amp;Note :</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../claimdesk/ui/claim_wizard.py" line="+275"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the letter as it will be printed.</source>
        <translation>Voici la lettre telle qu&apos;elle sera imprimée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the letter…</source>
        <translation>Préparation de la lettre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the letter</source>
        <translation>Préparation de la lettre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter preview</source>
        <translation>Aperçu de la lettre</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>The letter could not be prepared: {0}</source>
        <translation>La lettre n&apos;a pas pu être préparée : {0}</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../claimdesk/ui/company_forms.py" line="-202"/>
        <source>Street
Postcode and town
Country</source>
        <translation>Rue
Code postal et localité
Pays</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Business na&amp;me:</source>
        <translation>&amp;Nom de l&apos;entreprise :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As it should appear at the top of your letters.</source>
        <translation>Telle qu&apos;elle doit figurer en tête de vos lettres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Signed by:</source>
        <translation>Si&amp;gné par :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The person who signs the claim letters.</source>
        <translation>La personne qui signe les lettres de réclamation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their &amp;role:</source>
        <translation>Sa &amp;fonction :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Where you trade:</source>
        <translation>&amp;Lieu d&apos;activité :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decides which consumer and contract law the letters quote.</source>
        <translation>Détermine le droit de la consommation et des contrats cité dans les lettres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time zone:</source>
        <translation>F&amp;useau horaire :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency:</source>
        <translation>&amp;Monnaie :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gistration no.:</source>
        <translation>N° d&apos;&amp;entreprise :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;E-mail:</source>
        <translation>Cou&amp;rriel :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account holder:</source>
        <translation>Titulaire du compte :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IBAN or account no.:</source>
        <translation>IBAN ou n° de compte :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIC:</source>
        <translation>BIC :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: the letters ask the provider to pay into this account.</source>
        <translation>Facultatif : les lettres demandent à l&apos;opérateur de payer sur ce compte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An IBAN, or in Canada the institution, transit and account numbers.</source>
        <translation>Un IBAN ou, au Canada, les numéros d&apos;institution, de transit et de compte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With an IBAN only.</source>
        <translation>Avec un IBAN seulement.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Optional: SIRET, BN, UID, company number.</source>
        <translation>Facultatif : SIRET, BN, IDE, numéro d&apos;entreprise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
</context>
<context>
    <name>ReferralActions</name>
    <message>
        <location filename="../claimdesk/ui/referral_actions.py" line="+30"/>
        <source>The file could not be written to {0}: {1}</source>
        <translation>Le fichier n&apos;a pas pu être écrit dans {0} : {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mediator or court file</source>
        <translation>Dossier pour le médiateur ou le tribunal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file for the mediator or the court was saved as {0}</source>
        <translation>Le dossier pour le médiateur ou le tribunal a été enregistré sous {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../claimdesk/ui/restore_dialog.py" line="-44"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the backup to put in place of {0}. The file it replaces is kept beside it, renamed “{0}.damaged-…”: nothing is deleted.</source>
        <translation>Choisissez la sauvegarde à remettre à la place de {0}. Le fichier qu&apos;elle remplace est conservé à côté, renommé « {0}.damaged-… » : rien n&apos;est supprimé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved on</source>
        <translation>Enregistrée le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No backups of this company file were found.</source>
        <translation>Aucune sauvegarde de ce fichier d&apos;entreprise n&apos;a été trouvée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a &amp;file…</source>
        <translation>Choisir un &amp;fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a copy saved elsewhere, for example with File ▸ Back up to…</source>
        <translation>Restaurer une copie enregistrée ailleurs, par exemple avec Fichier ▸ Sauvegarder vers…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restore a copy</source>
        <translation>Restaurer une copie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company file (*{0})</source>
        <translation>Fichier d&apos;entreprise (*{0})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup was not restored</source>
        <translation>La sauvegarde n&apos;a pas été restaurée</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../claimdesk/ui/claim_wizard.py" line="-285"/>
        <source>Check the figures</source>
        <translation>Vérifiez les chiffres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add what the outage cost you on top, what you saved, and any credit the provider already gave. The figures follow as you type.</source>
        <translation>Ajoutez ce que la panne vous a coûté en plus, ce que vous avez économisé et tout avoir déjà accordé par l&apos;opérateur. Les chiffres se mettent à jour pendant la saisie.</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <location line="+315"/>
        <source>Save the letter</source>
        <translation>Enregistrer la lettre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The claim is also kept in the company file, with the letter, so you can follow the answer.</source>
        <translation>La réclamation est aussi conservée dans le fichier de l&apos;entreprise, avec la lettre, pour suivre la réponse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bro&amp;wse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File na&amp;me:</source>
        <translation>&amp;Nom du fichier :</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also save the &amp;dossier next to the letter (the letter, then every evidence file as a numbered exhibit)</source>
        <translation>Enregistrer aussi le d&amp;ossier à côté de la lettre (la lettre, puis chaque pièce justificative numérotée)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a folder</source>
        <translation>Choisir un dossier</translation>
    </message>
</context>
<context>
    <name>SavedLetterDialog</name>
    <message>
        <location filename="../claimdesk/ui/letter_actions.py" line="+107"/>
        <source>Letter saved</source>
        <translation>Lettre enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter is saved as {0} in {1}.</source>
        <translation>La lettre est enregistrée sous {0} dans {1}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail the letter…</source>
        <translation>Envoyer par &amp;e-mail…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens your mail program with a new message, and the folder with the letter so you can attach it.</source>
        <translation>Ouvre votre messagerie avec un nouveau message, et le dossier de la lettre pour que vous la joigniez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your mail program opens a new message. An e-mail link cannot attach a file: drag {0} from the folder that opened into the message, or use your mail program&apos;s Attach button.</source>
        <translation>Votre messagerie ouvre un nouveau message. Un lien e-mail ne peut pas joindre de fichier : faites glisser {0} du dossier ouvert dans le message, ou utilisez le bouton Joindre de votre messagerie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hello,

Please find attached my letter ({0}).

Kind regards</source>
        <translation>Bonjour,

Veuillez trouver ci-joint ma lettre ({0}).

Meilleures salutations</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The letter could not be printed: {0}</source>
        <translation>La lettre n&apos;a pas pu être imprimée : {0}</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../claimdesk/ui/claim_dialogs.py" line="-121"/>
        <source>The letter — ClaimDesk</source>
        <translation>La lettre — ClaimDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} no. {1} was saved as {2}</source>
        <translation>{0} n° {1} enregistrée sous {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Have you sent it? Once marked sent, ClaimDesk keeps this exact letter, whatever changes later in the company&apos;s profile.</source>
        <translation>L&apos;avez-vous envoyée ? Une fois l&apos;envoi indiqué, ClaimDesk conserve cette lettre telle quelle, quoi qu&apos;il change ensuite dans le profil de l&apos;entreprise.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent o&amp;n:</source>
        <translation>Date d&apos;e&amp;nvoi :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent &amp;by:</source>
        <translation>Envoyée &amp;par :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tracking number:</source>
        <translation>Numéro de &amp;suivi :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registered-mail number: the follow-up letters quote it.</source>
        <translation>Le numéro du recommandé : les lettres de relance le citent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent yet? The claims list reminds you until it is.</source>
        <translation>Pas encore envoyée ? La liste des réclamations vous le rappelle jusqu&apos;à l&apos;envoi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark as sent</source>
        <translation>&amp;Marquer comme envoyée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not &amp;yet</source>
        <translation>Pas en&amp;core</translation>
    </message>
</context>
<context>
    <name>ServiceBackDialog</name>
    <message>
        <location filename="../claimdesk/ui/outage_dialogs.py" line="-389"/>
        <source>Service is back</source>
        <translation>Service rétabli</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}, down since {1}</source>
        <translation>{0}, en panne depuis {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Outage:</source>
        <translation>&amp;Panne :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the number your provider gave you</source>
        <translation>le numéro donné par votre opérateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ticket number:</source>
        <translation>N° d&apos;&amp;incident :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket opened:</source>
        <translation>Incident ouvert :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service is back now</source>
        <translation>Le service est rétabli</translation>
    </message>
</context>
<context>
    <name>ServiceLevelsForm</name>
    <message>
        <location filename="../claimdesk/ui/sla_form.py" line="+151"/>
        <source>Your contract&apos;s service levels</source>
        <translation>Niveaux de service de votre contrat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the page of your contract called “Garantie de temps de rétablissement”, “Service level”, “SLA” or “Service-Level” and copy its terms here. Your contract then owes the credit it promises without you having to prove any loss, and ClaimDesk adds it to the claim. Leave this box unticked if your contract has no such page.</source>
        <translation>Cherchez la page de votre contrat intitulée « Garantie de temps de rétablissement », « Service level », « SLA » ou « Service-Level » et recopiez-en les conditions ici. Votre contrat doit alors la pénalité promise sans que vous ayez à prouver une perte, et ClaimDesk l&apos;ajoute à la réclamation. Laissez cette case décochée si votre contrat n&apos;a pas de telle page.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clause:</source>
        <translation>Clause :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where these terms are in your contract, e.g. “Conditions particulières, art. 6”. The letter quotes it.</source>
        <translation>Où figurent ces conditions dans votre contrat, p. ex. « Conditions particulières, art. 6 ». La lettre la cite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contract guarantees a time to restore the service</source>
        <translation>Le contrat garantit un délai de rétablissement du service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoration:</source>
        <translation>Rétablissement :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored within (hours):</source>
        <translation>Rétabli en (heures) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guaranteed time, e.g. 4 for “GTR 4 h”.</source>
        <translation>Le délai garanti, p. ex. 4 pour « GTR 4 h ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All hours, day and night</source>
        <translation>Toutes les heures, jour et nuit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the hours covered (“heures ouvrées”, business hours)</source>
        <translation>Seulement les heures couvertes (« heures ouvrées »)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours counted:</source>
        <translation>Heures comptées :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours covered:</source>
        <translation>Heures couvertes :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days and hours the guarantee counts, e.g. “mon-fri 08:00-18:00, sat 08:00-12:00”.</source>
        <translation>Jours et heures que compte la garantie, p. ex. « lun-ven 08:00-18:00, sam 08:00-12:00 ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you report the fault (the ticket)</source>
        <translation>Quand vous signalez la panne (le ticket)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the outage starts</source>
        <translation>Quand la panne commence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clock starts:</source>
        <translation>Le délai court :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit if later:</source>
        <translation>Pénalité en cas de retard :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per step of the contract: beyond the guaranteed time by more than so many hours (0 = any delay), the credit in percent of the monthly fee.</source>
        <translation>Une ligne par palier du contrat : au-delà du délai garanti de plus de tant d&apos;heures (0 = tout retard), la pénalité en pourcentage de l&apos;abonnement mensuel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late by over (h)</source>
        <translation>Retard &gt; (h)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>Credit (%)</source>
        <translation>Pénalité (%)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The contract promises an availability per month</source>
        <translation>Le contrat promet une disponibilité par mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability:</source>
        <translation>Disponibilité :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised (%):</source>
        <translation>Promise (%) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E.g. 99.9 for “99,9 % disponibilité”.</source>
        <translation>P. ex. 99,9 pour « 99,9 % de disponibilité ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit if lower:</source>
        <translation>Pénalité si elle est inférieure :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per step: when the month&apos;s availability is below this percentage, the credit in percent of the monthly fee.</source>
        <translation>Une ligne par palier : quand la disponibilité du mois est inférieure à ce pourcentage, la pénalité en pourcentage de l&apos;abonnement mensuel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below (%)</source>
        <translation>Sous (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a step</source>
        <translation>Ajouter un palier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit steps</source>
        <translation>Paliers de pénalité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit at most (% of the fee):</source>
        <translation>Pénalité au plus (% de l&apos;abonnement) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contract&apos;s cap per month, often 100.</source>
        <translation>Le plafond mensuel du contrat, souvent 100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contract says this credit is the only compensation</source>
        <translation>Le contrat en fait la seule indemnisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only compensation:</source>
        <translation>Seule indemnisation :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick it if the contract calls the credit “forfaitaire et libératoire”, “sole remedy” or “only remedy”. The letter then claims the credit and reserves your other losses.</source>
        <translation>Cochez-la si le contrat qualifie la pénalité de « forfaitaire et libératoire » ou de « seule indemnisation ». La lettre réclame alors la pénalité et réserve vos autres pertes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no time limit</source>
        <translation>sans délai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim within:</source>
        <translation>Réclamer dans les :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many contracts want the credit claimed within so many days. ClaimDesk warns you before that date.</source>
        <translation>Beaucoup de contrats exigent de réclamer la pénalité dans un délai de quelques jours. ClaimDesk vous prévient avant cette date.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after the end of the outage</source>
        <translation>après la fin de la panne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after the end of that month</source>
        <translation>après la fin de ce mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted:</source>
        <translation>Compté :</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Type a number such as 4 or 99.9.</source>
        <translation>Tapez un nombre comme 4 ou 99,9.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write the hours like “mon-fri 08:00-18:00”.</source>
        <translation>Écrivez les heures comme « lun-ven 08:00-18:00 ».</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../claimdesk/ui/settings_dialog.py" line="+41"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening &amp;hours</source>
        <translation>&amp;Heures d&apos;ouverture</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pro&amp;file</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sa&amp;les channels</source>
        <translation>Canau&amp;x de vente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Baseline</source>
        <translation>&amp;Base de calcul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;ontracts</source>
        <translation>&amp;Contrats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Interface</source>
        <translation>&amp;Interface</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some entries need a look (marked in red).</source>
        <translation>Certaines saisies sont à revoir (en rouge).</translation>
    </message>
</context>
<context>
    <name>StartOutageDialog</name>
    <message>
        <location filename="../claimdesk/ui/outage_dialogs.py" line="-65"/>
        <source>Outage started now</source>
        <translation>Panne commencée maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket opened:</source>
        <translation>Incident ouvert :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which service is down? ClaimDesk notes the time now ({0}).</source>
        <translation>Quel service est en panne ? ClaimDesk note l&apos;heure actuelle ({0}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Service down:</source>
        <translation>&amp;Service en panne :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example TKT-2019-081734 (you can add it later)</source>
        <translation>par exemple TKT-2019-081734 (vous pourrez l&apos;ajouter plus tard)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ticket number:</source>
        <translation>N° d&apos;&amp;incident :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the clock</source>
        <translation>Lancer le chrono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a contract with its services first (Company ▸ Settings).</source>
        <translation>Ajoutez d&apos;abord un contrat et ses services (Entreprise ▸ Paramètres).</translation>
    </message>
</context>
<context>
    <name>StorageMessages</name>
    <message>
        <location filename="../claimdesk/ui/storage_messages.py" line="+15"/>
        <source>There is not enough space on the disk to save {0}; nothing was changed. Free some space, then try again.</source>
        <translation>Il n&apos;y a pas assez d&apos;espace sur le disque pour enregistrer {0} ; rien n&apos;a été modifié. Libérez de l&apos;espace, puis réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} was opened read-only: changes cannot be saved.</source>
        <translation>{0} a été ouvert en lecture seule : les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is damaged and cannot be opened safely.</source>
        <translation>{0} est endommagé et ne peut pas être ouvert sans risque.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latest backup is from {0}: {1}.</source>
        <translation>La dernière sauvegarde date du {0} : {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No backup of it was found.</source>
        <translation>Aucune sauvegarde de ce fichier n&apos;a été trouvée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened read-only: changes cannot be saved.</source>
        <translation>Ouvert en lecture seule : les modifications ne peuvent pas être enregistrées.</translation>
    </message>
</context>
<context>
    <name>TicketTimeEdit</name>
    <message>
        <location filename="../claimdesk/ui/outage_dialogs.py" line="-73"/>
        <source>Known</source>
        <translation>Connu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket opened at</source>
        <translation>Incident ouvert le</translation>
    </message>
</context>
<context>
    <name>WatchdogController</name>
    <message>
        <location filename="../claimdesk/ui/watchdog_ui.py" line="+144"/>
        <source>&amp;Watchdog…</source>
        <translation>&amp;Surveillance automatique…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let ClaimDesk check the internet connection and record outages by itself</source>
        <translation>Laisser ClaimDesk vérifier la connexion internet et noter lui-même les pannes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import bounce messages…</source>
        <translation>&amp;Importer des messages de non-remise…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn bounce e-mails into an e-mail outage with the messages as evidence</source>
        <translation>Faire des messages de non-remise une panne de messagerie, avec les messages comme pièces</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import bounce messages</source>
        <translation>Importer des messages de non-remise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail messages (*.eml *.mbox)</source>
        <translation>Messages électroniques (*.eml *.mbox)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>E-mail outage added from %n bounce message(s).</source>
        <translation>
            <numerusform>Panne de messagerie ajoutée à partir de %n message de non-remise.</numerusform>
            <numerusform>Panne de messagerie ajoutée à partir de %n messages de non-remise.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot import these messages</source>
        <translation>Impossible d&apos;importer ces messages</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Internet outage detected</source>
        <translation>Panne internet détectée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outage is in the journal, marked as detected by the watchdog. Confirm it and add the provider&apos;s ticket number.</source>
        <translation>La panne figure dans le journal, marquée comme détectée par la surveillance automatique. Confirmez-la et ajoutez le numéro de ticket du fournisseur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The watchdog stopped</source>
        <translation>La surveillance automatique s&apos;est arrêtée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No bounce was found in these files: no delivery report and no SMTP status code such as 550 5.1.1.</source>
        <translation>Aucun message de non-remise dans ces fichiers : ni rapport de remise, ni code d&apos;état SMTP tel que 550 5.1.1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These bounces were imported before, as outage {0}.</source>
        <translation>Ces messages de non-remise ont déjà été importés, comme panne {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No contract of this company covers this service; add one in the company settings.</source>
        <translation>Aucun contrat de cette entreprise ne couvre ce service ; ajoutez-en un dans les paramètres de l&apos;entreprise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several contracts cover this service; the watchdog needs exactly one to record outages against.</source>
        <translation>Plusieurs contrats couvrent ce service ; la surveillance automatique a besoin d&apos;un seul contrat auquel rattacher les pannes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ClaimDesk watchdog: the internet answers</source>
        <translation>Surveillance ClaimDesk : internet répond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClaimDesk watchdog: checking a failure</source>
        <translation>Surveillance ClaimDesk : vérification d&apos;une défaillance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClaimDesk watchdog: internet outage</source>
        <translation>Surveillance ClaimDesk : panne internet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClaimDesk watchdog: your own network does not answer (not counted)</source>
        <translation>Surveillance ClaimDesk : votre propre réseau ne répond pas (non compté)</translation>
    </message>
</context>
<context>
    <name>WatchdogDialog</name>
    <message>
        <location line="-185"/>
        <source>While it is on, ClaimDesk contacts these hosts from this computer about once a minute: {hosts}. They see your shop&apos;s internet address; nothing else leaves the computer. Every result is kept in the company file, chained so that any later change shows. It runs only while ClaimDesk is open.</source>
        <translation>Tant qu&apos;elle est active, ClaimDesk contacte ces hôtes depuis cet ordinateur environ une fois par minute : {hosts}. Ils voient l&apos;adresse internet de votre commerce ; rien d&apos;autre ne quitte l&apos;ordinateur. Chaque résultat est conservé dans le fichier de l&apos;entreprise, chaîné de sorte que toute modification ultérieure se voie. Elle ne fonctionne que lorsque ClaimDesk est ouvert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watchdog</source>
        <translation>Surveillance automatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Watch the internet connection while ClaimDesk is open</source>
        <translation>&amp;Surveiller la connexion internet lorsque ClaimDesk est ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gateway (your box, HOST:PORT):</source>
        <translation>&amp;Passerelle (votre box, HÔTE:PORT) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Provider&apos;s DNS server:</source>
        <translation>Serveur &amp;DNS du fournisseur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the one this computer uses</source>
        <translation>celui qu&apos;utilise cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I &amp;agree that ClaimDesk contacts these hosts</source>
        <translation>J&apos;&amp;accepte que ClaimDesk contacte ces hôtes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gateway: write it as HOST:PORT, for example 192.168.1.1:80.</source>
        <translation>Passerelle : écrivez-la sous la forme HÔTE:PORT, par exemple 192.168.1.1:80.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick the agreement to turn the watchdog on.</source>
        <translation>Cochez l&apos;accord pour activer la surveillance automatique.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../claimdesk/ui/company_wizard.py" line="-103"/>
        <source>Welcome to ClaimDesk</source>
        <translation>Bienvenue dans ClaimDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ClaimDesk keeps a journal of your telephone and internet outages, works out what they cost your business and writes the claim letter to your provider.</source>
        <translation>ClaimDesk tient le journal de vos pannes de téléphone et d&apos;Internet, calcule ce qu&apos;elles coûtent à votre entreprise et rédige la lettre de réclamation à votre opérateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Set up my business (about five minutes)</source>
        <translation>&amp;Configurer mon entreprise (environ cinq minutes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Try it with a demo bakery first</source>
        <translation>&amp;Essayer d&apos;abord avec une boulangerie de démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can create more company files later (File ▸ New company) and switch between them.</source>
        <translation>Vous pourrez créer d&apos;autres fichiers d&apos;entreprise plus tard (Fichier ▸ Nouvelle entreprise) et passer de l&apos;un à l&apos;autre.</translation>
    </message>
</context>
</TS>
