<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>DocumentFileController</name>
    <message>
        <source>Untitled resolution</source>
        <translation>Résolution sans titre</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer so&amp;us…</translation>
    </message>
    <message>
        <source>&amp;Export for Submission…</source>
        <translation>E&amp;xporter pour soumission…</translation>
    </message>
    <message>
        <source>Settin&amp;gs…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>File already open</source>
        <translation>Fichier déjà ouvert</translation>
    </message>
    <message>
        <source>{path} is open in another Drafter window (process {pid} on {host}).</source>
        <translation>{path} est ouvert dans une autre fenêtre de Drafter (processus {pid} sur {host}).</translation>
    </message>
    <message>
        <source>Checks failed</source>
        <translation>Échec des vérifications</translation>
    </message>
    <message>
        <source>Checks found: {found}.</source>
        <translation>Résultat des vérifications : {found}.</translation>
    </message>
    <message>
        <source>The checks found nothing to report.</source>
        <translation>Les vérifications n’ont rien relevé.</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>{name} ouvert</translation>
    </message>
    <message>
        <source>Save resolution as</source>
        <translation>Enregistrer la résolution sous</translation>
    </message>
    <message>
        <source>Cannot save the file</source>
        <translation>Impossible d’enregistrer le fichier</translation>
    </message>
    <message>
        <source>{path}: {reason}. The file on disk was not changed.</source>
        <translation>{path} : {reason}. Le fichier sur le disque n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} enregistré</translation>
    </message>
    <message>
        <source>Export for submission</source>
        <translation>Exporter pour soumission</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Exportation impossible</translation>
    </message>
    <message>
        <source>Choose another name: the export would replace the document itself.</source>
        <translation>Choisissez un autre nom : l’exportation remplacerait le document lui-même.</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>{path} exporté</translation>
    </message>
    <message>
        <source>{name} was not opened: the recovered work is shown instead.</source>
        <translation>{name} n’a pas été ouvert : le travail récupéré est affiché à la place.</translation>
    </message>
    <message>
        <source>Autosave failed</source>
        <translation>Échec de l’enregistrement automatique</translation>
    </message>
    <message>
        <source>The interface language changes when Drafter starts again.</source>
        <translation>La langue de l’interface changera au prochain démarrage de Drafter.</translation>
    </message>
    <message>
        <source>{preamble} and {operative}, {subparagraphs}, {footnotes}.</source>
        <translation>{preamble} et {operative}, {subparagraphs}, {footnotes}.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l’ordre du jour</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <source>Date of adoption</source>
        <translation>Date d’adoption</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Séance</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing it?</source>
        <translation>Enregistrer les modifications de « {name} » avant de le fermer ?</translation>
    </message>
    <message>
        <source>If you do not save, your changes will be lost.</source>
        <translation>Si vous n’enregistrez pas, vos modifications seront perdues.</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>Drafter was not closed properly. Unsaved work on “{name}” was kept (last saved automatically at {time}).</source>
        <translation>Drafter n’a pas été fermé correctement. Le travail non enregistré sur « {name} » a été conservé (dernier enregistrement automatique à {time}).</translation>
    </message>
    <message>
        <source>Recover it now?</source>
        <translation>Le récupérer maintenant ?</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <source>“{name}” was changed by another program since you opened it.</source>
        <translation>« {name} » a été modifié par un autre programme depuis que vous l’avez ouvert.</translation>
    </message>
    <message>
        <source>Overwriting it loses the other program's changes.</source>
        <translation>L’écraser ferait perdre les modifications de l’autre programme.</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>É&amp;craser</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Resolutions (*.docx *.txt *.xml);;Word documents (*.docx);;Text files (*.txt);;Akoma Ntoso XML (*.xml);;All files (*)</source>
        <translation>Résolutions (*.docx *.txt *.xml);;Documents Word (*.docx);;Fichiers texte (*.txt);;XML Akoma Ntoso (*.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open resolution</source>
        <translation>Ouvrir une résolution</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>Incomplete masthead</source>
        <translation>En-tête incomplet</translation>
    </message>
    <message>
        <source>The masthead lacks what the layout of this organ needs:</source>
        <translation>Il manque à l’en-tête ce que la présentation de cet organe exige :</translation>
    </message>
    <message>
        <source>Fill them in the Document panel, or export as it is.</source>
        <translation>Complétez-les dans le panneau Document, ou exportez tel quel.</translation>
    </message>
    <message>
        <source>&amp;Export anyway</source>
        <translation>&amp;Exporter quand même</translation>
    </message>
</context>
<context>
    <name>NewDocumentDialog</name>
    <message>
        <source>General Assembly (plenary)</source>
        <translation>Assemblée générale (plénière)</translation>
    </message>
    <message>
        <source>General Assembly Main Committee</source>
        <translation>Grande Commission de l’Assemblée générale</translation>
    </message>
    <message>
        <source>Security Council</source>
        <translation>Conseil de sécurité</translation>
    </message>
    <message>
        <source>Economic and Social Council</source>
        <translation>Conseil économique et social</translation>
    </message>
    <message>
        <source>Human Rights Council</source>
        <translation>Conseil des droits de l’homme</translation>
    </message>
    <message>
        <source>Draft resolution</source>
        <translation>Projet de résolution</translation>
    </message>
    <message>
        <source>Adopted resolution</source>
        <translation>Résolution adoptée</translation>
    </message>
    <message>
        <source>New resolution</source>
        <translation>Nouvelle résolution</translation>
    </message>
    <message>
        <source>Organ</source>
        <translation>Organe</translation>
    </message>
    <message>
        <source>Kind of text</source>
        <translation>Type de texte</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Organ:</source>
        <translation>&amp;Organe :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>Default document language</source>
        <translation>Langue des documents par défaut</translation>
    </message>
    <message>
        <source>Default organ</source>
        <translation>Organe par défaut</translation>
    </message>
    <message>
        <source>LanguageTool source</source>
        <translation>Source LanguageTool</translation>
    </message>
    <message>
        <source>None (spelling only, nothing leaves this computer)</source>
        <translation>Aucune (orthographe seulement, rien ne quitte cet ordinateur)</translation>
    </message>
    <message>
        <source>LanguageTool on this computer</source>
        <translation>LanguageTool sur cet ordinateur</translation>
    </message>
    <message>
        <source>LanguageTool server of my organization</source>
        <translation>Serveur LanguageTool de mon organisation</translation>
    </message>
    <message>
        <source>Public LanguageTool service (languagetool.org)</source>
        <translation>Service public LanguageTool (languagetool.org)</translation>
    </message>
    <message>
        <source>LanguageTool server address</source>
        <translation>Adresse du serveur LanguageTool</translation>
    </message>
    <message>
        <source>LanguageTool folder</source>
        <translation>Dossier de LanguageTool</translation>
    </message>
    <message>
        <source>Warning: with the public service, the text of the resolution is sent over the Internet to languagetool.org. Do not use it for confidential drafts.</source>
        <translation>Attention : avec le service public, le texte de la résolution est envoyé par Internet à languagetool.org. Ne l’utilisez pas pour des projets confidentiels.</translation>
    </message>
    <message>
        <source>Public service warning</source>
        <translation>Avertissement sur le service public</translation>
    </message>
    <message>
        <source>Disabled rules</source>
        <translation>Règles désactivées</translation>
    </message>
    <message>
        <source>One rule id per line, e.g. placeholder-unfilled</source>
        <translation>Un identifiant de règle par ligne, par exemple placeholder-unfilled</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Autosave interval in seconds</source>
        <translation>Intervalle d’enregistrement automatique en secondes</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Format de page</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Langue de l’&amp;interface :</translation>
    </message>
    <message>
        <source>Default document &amp;language:</source>
        <translation>&amp;Langue des documents :</translation>
    </message>
    <message>
        <source>Default &amp;organ:</source>
        <translation>&amp;Organe par défaut :</translation>
    </message>
    <message>
        <source>Language&amp;Tool:</source>
        <translation>Language&amp;Tool :</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresse du serveur :</translation>
    </message>
    <message>
        <source>Local &amp;folder:</source>
        <translation>&amp;Dossier local :</translation>
    </message>
    <message>
        <source>&amp;Disabled rules:</source>
        <translation>Règles dé&amp;sactivées :</translation>
    </message>
    <message>
        <source>A&amp;utosave every:</source>
        <translation>Enregistrement a&amp;utomatique toutes les :</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>Format de &amp;page :</translation>
    </message>
    <message>
        <source>Curly &amp;quotes (“…”, « … »)</source>
        <translation>&amp;Guillemets typographiques (« … », “…”)</translation>
    </message>
    <message>
        <source>French &amp;no-break spaces before ; : ! ? and inside « »</source>
        <translation>&amp;Espaces insécables avant ; : ! ? et dans « »</translation>
    </message>
    <message>
        <source>Double &amp;hyphen to dash (–)</source>
        <translation>Double trait d’union en ti&amp;ret (–)</translation>
    </message>
    <message>
        <source>Typography as you type and at export:</source>
        <translation>Typographie à la frappe et à l’export :</translation>
    </message>
    <message>
        <source>Settings problem</source>
        <translation>Problème dans les paramètres</translation>
    </message>
    <message>
        <source>Unknown rule ids: {ids} (see “drafter rules” for the list).</source>
        <translation>Identifiants de règle inconnus : {ids} (voir la liste avec « drafter rules »).</translation>
    </message>
    <message>
        <source>The server address must be a web address, e.g. https://languagetool.example.org/v2/</source>
        <translation>L’adresse du serveur doit être une adresse web, par exemple https://languagetool.example.org/v2/</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Save Pa&amp;rallel Version</source>
        <translation>Enregistrer la version pa&amp;rallèle</translation>
    </message>
    <message>
        <source>Save the parallel version to its own file, in its own format</source>
        <translation>Enregistrer la version parallèle dans son propre fichier, dans son propre format</translation>
    </message>
    <message>
        <source>Open &amp;Parallel Version…</source>
        <translation>Ouvrir une version &amp;parallèle…</translation>
    </message>
    <message>
        <source>Show another language version of this resolution beside it, aligned and checked</source>
        <translation>Afficher une autre version linguistique de la résolution à côté, alignée et vérifiée</translation>
    </message>
    <message>
        <source>Parallel version</source>
        <translation>Version parallèle</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation>&amp;Paragraphe</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertion</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérification</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Couper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Find and &amp;Replace…</source>
        <translation>Rechercher et &amp;remplacer…</translation>
    </message>
    <message>
        <source>Find and Replace…</source>
        <translation>Rechercher et remplacer…</translation>
    </message>
    <message>
        <source>Find and Replace</source>
        <translation>Rechercher et remplacer</translation>
    </message>
    <message>
        <source>Preambular paragraph</source>
        <translation>Alinéa du préambule</translation>
    </message>
    <message>
        <source>Make this a preambular paragraph</source>
        <translation>En faire un alinéa du préambule</translation>
    </message>
    <message>
        <source>Operative paragraph</source>
        <translation>Paragraphe du dispositif</translation>
    </message>
    <message>
        <source>Make this an operative paragraph</source>
        <translation>En faire un paragraphe du dispositif</translation>
    </message>
    <message>
        <source>Sub-paragraph</source>
        <translation>Alinéa</translation>
    </message>
    <message>
        <source>Make this a sub-paragraph</source>
        <translation>En faire un alinéa</translation>
    </message>
    <message>
        <source>Section heading</source>
        <translation>Titre de section</translation>
    </message>
    <message>
        <source>Make this a section heading</source>
        <translation>En faire un titre de section</translation>
    </message>
    <message>
        <source>Unnumbered clause</source>
        <translation>Clause non numérotée</translation>
    </message>
    <message>
        <source>Make this an unnumbered clause</source>
        <translation>En faire une clause non numérotée</translation>
    </message>
    <message>
        <source>Preambular item</source>
        <translation>Élément du préambule</translation>
    </message>
    <message>
        <source>Make this a preambular item</source>
        <translation>En faire un élément du préambule</translation>
    </message>
    <message>
        <source>Closing line</source>
        <translation>Ligne finale</translation>
    </message>
    <message>
        <source>Make this a closing line</source>
        <translation>En faire une ligne finale</translation>
    </message>
    <message>
        <source>Annex title</source>
        <translation>Titre d’annexe</translation>
    </message>
    <message>
        <source>Make this an annex title</source>
        <translation>En faire un titre d’annexe</translation>
    </message>
    <message>
        <source>Annex text</source>
        <translation>Texte d’annexe</translation>
    </message>
    <message>
        <source>Make this annex text</source>
        <translation>En faire un texte d’annexe</translation>
    </message>
    <message>
        <source>Deeper level (Tab)</source>
        <translation>Niveau inférieur (Tab)</translation>
    </message>
    <message>
        <source>Shallower level (Shift+Tab)</source>
        <translation>Niveau supérieur (Maj+Tab)</translation>
    </message>
    <message>
        <source>Move paragraph up</source>
        <translation>Monter le paragraphe</translation>
    </message>
    <message>
        <source>Move paragraph down</source>
        <translation>Descendre le paragraphe</translation>
    </message>
    <message>
        <source>&amp;Footnote</source>
        <translation>&amp;Note de bas de page</translation>
    </message>
    <message>
        <source>&amp;Part…</source>
        <translation>&amp;Partie…</translation>
    </message>
    <message>
        <source>Insert a part (A, B … or I, II …) with its title; numbering restarts in it</source>
        <translation>Insérer une partie (A, B … ou I, II …) avec son titre ; la numérotation y recommence</translation>
    </message>
    <message>
        <source>Insert a part</source>
        <translation>Insérer une partie</translation>
    </message>
    <message>
        <source>Title of the part:</source>
        <translation>Titre de la partie :</translation>
    </message>
    <message>
        <source>Insert a footnote</source>
        <translation>Insérer une note de bas de page</translation>
    </message>
    <message>
        <source>Footnote text:</source>
        <translation>Texte de la note :</translation>
    </message>
    <message>
        <source>Ctrl+Alt+P: insert a part (A, B … or I, II …) with its title; numbering restarts in it</source>
        <translation>Ctrl+Alt+P : insérer une partie (A, B … ou I, II …) avec son titre ; la numérotation y recommence</translation>
    </message>
    <message>
        <source>Part heading</source>
        <translation>Titre de partie</translation>
    </message>
    <message>
        <source>Make this a part heading</source>
        <translation>En faire un titre de partie</translation>
    </message>
    <message>
        <source>Formula of a nested draft</source>
        <translation>Formule d’un projet inclus</translation>
    </message>
    <message>
        <source>Make this a formula of a nested draft</source>
        <translation>En faire la formule d’un projet inclus</translation>
    </message>
    <message>
        <source>Footnote</source>
        <translation>Note de bas de page</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Footnotes</source>
        <translation>Notes de bas de page</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Paragraph &amp;kind</source>
        <translation>&amp;Type de paragraphe</translation>
    </message>
    <message>
        <source>Ignore once</source>
        <translation>Ignorer cette fois</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>&amp;Organ</source>
        <translation>&amp;Organe</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l’ordre du jour</translation>
    </message>
    <message>
        <source>Agenda item title</source>
        <translation>Intitulé du point</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>Number (adopted)</source>
        <translation>Numéro (texte adopté)</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Adoption date</source>
        <translation>Date d’adoption</translation>
    </message>
    <message>
        <source>Adoption basis</source>
        <translation>Base de l’adoption</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>Séparés par des virgules</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Adopted text</source>
        <translation>Texte adopté</translation>
    </message>
    <message>
        <source>General Assembly (plenary)</source>
        <translation>Assemblée générale (plénière)</translation>
    </message>
    <message>
        <source>General Assembly Main Committee</source>
        <translation>Grande Commission de l’Assemblée générale</translation>
    </message>
    <message>
        <source>Security Council</source>
        <translation>Conseil de sécurité</translation>
    </message>
    <message>
        <source>Economic and Social Council</source>
        <translation>Conseil économique et social</translation>
    </message>
    <message>
        <source>Human Rights Council</source>
        <translation>Conseil des droits de l’homme</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <source>Disable rule</source>
        <translation>Désactiver la règle</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Applied: {fix}</source>
        <translation>Appliqué : {fix}</translation>
    </message>
    <message>
        <source>Rule {rule} is off for this document</source>
        <translation>La règle {rule} est désactivée pour ce document</translation>
    </message>
    <message>
        <source>Fix: {fix}</source>
        <translation>Corriger : {fix}</translation>
    </message>
    <message>
        <source>Disable rule {rule}</source>
        <translation>Désactiver la règle {rule}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mparer</translation>
    </message>
    <message>
        <source>Compare with &amp;Base Text…</source>
        <translation>Comparer avec le texte de &amp;base…</translation>
    </message>
    <message>
        <source>Export for Submission with &amp;Track Changes…</source>
        <translation>Exporter pour soumission avec &amp;suivi des modifications…</translation>
    </message>
    <message>
        <source>Compare with Base Text</source>
        <translation>Comparer avec le texte de base</translation>
    </message>
    <message>
        <source>Export for Submission with Track Changes</source>
        <translation>Exporter pour soumission avec suivi des modifications</translation>
    </message>
    <message>
        <source>Show the changes from an earlier text, paragraph by paragraph</source>
        <translation>Afficher les modifications par rapport à un texte antérieur, paragraphe par paragraphe</translation>
    </message>
    <message>
        <source>Write the text as a Word file with every change from a base text tracked</source>
        <translation>Enregistrer le texte en fichier Word, chaque modification par rapport au texte de base étant suivie</translation>
    </message>
    <message>
        <source>Title of the agenda item</source>
        <translation>Intitulé du point de l’ordre du jour</translation>
    </message>
    <message>
        <source>Title of the resolution</source>
        <translation>Titre de la résolution</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informations</translation>
    </message>
    <message>
        <source>Enter: next paragraph of the same kind (on an empty (a): back one level)</source>
        <translation>Entrée : paragraphe suivant du même type (sur un a) vide : un niveau plus haut)</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab: operative paragraph ↔ (a) ↔ (i); preambular paragraph ↔ item</source>
        <translation>Tab / Maj+Tab : paragraphe du dispositif ↔ a) ↔ i) ; alinéa du préambule ↔ élément</translation>
    </message>
    <message>
        <source>Alt+Up / Alt+Down: move the paragraph with its sub-paragraphs</source>
        <translation>Alt+Haut / Alt+Bas : déplacer le paragraphe avec ses alinéas</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+5: preambular, operative, sub-paragraph, heading, unnumbered clause</source>
        <translation>Ctrl+1 … Ctrl+5 : alinéa du préambule, paragraphe du dispositif, alinéa, intertitre, clause non numérotée</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F: insert a footnote at the cursor</source>
        <translation>Ctrl+Alt+F : insérer une note de bas de page au curseur</translation>
    </message>
    <message>
        <source>Ctrl+Space: opening phrases for this paragraph</source>
        <translation>Ctrl+Espace : formules d’introduction pour ce paragraphe</translation>
    </message>
    <message>
        <source>Ctrl+F / Ctrl+H: find / find and replace</source>
        <translation>Ctrl+F / Ctrl+H : rechercher / rechercher et remplacer</translation>
    </message>
    <message>
        <source>F7: check now</source>
        <translation>F7 : vérifier maintenant</translation>
    </message>
    <message>
        <source>Typing “3. ” or “(a) ” at the start of a paragraph sets its kind: numbers are drawn.</source>
        <translation>Taper « 3. » ou « (a) » au début d’un paragraphe en fixe le type : les numéros sont dessinés par l’éditeur.</translation>
    </message>
    <message>
        <source>The heading lines cannot be deleted or merged with body text: select less.</source>
        <translation>Les lignes d’en-tête ne peuvent être supprimées ni fusionnées avec le texte : sélectionnez moins.</translation>
    </message>
    <message>
        <source>Numbers and labels are drawn by Drafter: the typed one was taken as structure.</source>
        <translation>Les numéros et les lettres sont dessinés par Drafter : celui qui a été tapé a été pris comme structure.</translation>
    </message>
    <message>
        <source>The heading lines cannot be replaced by a paste.</source>
        <translation>Les lignes d’en-tête ne peuvent être remplacées par un collage.</translation>
    </message>
    <message>
        <source>The heading lines keep their kind.</source>
        <translation>Les lignes d’en-tête gardent leur type.</translation>
    </message>
    <message>
        <source>This paragraph cannot move to that level here.</source>
        <translation>Ce paragraphe ne peut pas passer à ce niveau ici.</translation>
    </message>
    <message>
        <source>This paragraph cannot move further that way.</source>
        <translation>Ce paragraphe ne peut pas aller plus loin dans ce sens.</translation>
    </message>
    <message>
        <source>Footnotes go in preambular or operative paragraphs.</source>
        <translation>Les notes de bas de page se placent dans les alinéas du préambule ou les paragraphes du dispositif.</translation>
    </message>
    <message>
        <source>The heading lines cannot be cut with body text: select less.</source>
        <translation>Les lignes d’en-tête ne peuvent être coupées avec le texte : sélectionnez moins.</translation>
    </message>
    <message>
        <source>A preambular paragraph cannot follow an operative one.</source>
        <translation>Un alinéa du préambule ne peut pas suivre un paragraphe du dispositif.</translation>
    </message>
    <message>
        <source>A sub-paragraph must follow an operative paragraph.</source>
        <translation>Un alinéa doit suivre un paragraphe du dispositif.</translation>
    </message>
    <message>
        <source>That kind does not fit here.</source>
        <translation>Ce type ne convient pas ici.</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>Drafting &amp;rules…</source>
        <translation>&amp;Règles de rédaction…</translation>
    </message>
    <message>
        <source>Drafting rules</source>
        <translation>Règles de rédaction</translation>
    </message>
    <message>
        <source>&amp;About Drafter</source>
        <translation>À &amp;propos de Drafter</translation>
    </message>
    <message>
        <source>About Drafter</source>
        <translation>À propos de Drafter</translation>
    </message>
    <message>
        <source>Ne&amp;gotiation</source>
        <translation>&amp;Négociation</translation>
    </message>
    <message>
        <source>Negotiation &amp;mode</source>
        <translation>&amp;Mode négociation</translation>
    </message>
    <message>
        <source>Negotiation mode</source>
        <translation>Mode négociation</translation>
    </message>
    <message>
        <source>&amp;Accept alternative</source>
        <translation>&amp;Accepter la variante</translation>
    </message>
    <message>
        <source>Accept alternative</source>
        <translation>Accepter la variante</translation>
    </message>
    <message>
        <source>&amp;Remove brackets</source>
        <translation>&amp;Supprimer les crochets</translation>
    </message>
    <message>
        <source>Remove brackets</source>
        <translation>Supprimer les crochets</translation>
    </message>
    <message>
        <source>Mark agreed a&amp;d ref</source>
        <translation>Marquer convenu ad &amp;ref</translation>
    </message>
    <message>
        <source>Mark agreed ad ref</source>
        <translation>Marquer convenu ad ref</translation>
    </message>
    <message>
        <source>Mark a&amp;greed</source>
        <translation>Marquer con&amp;venu</translation>
    </message>
    <message>
        <source>Mark agreed</source>
        <translation>Marquer convenu</translation>
    </message>
    <message>
        <source>Insert &amp;bis paragraph</source>
        <translation>Insérer un paragraphe &amp;bis</translation>
    </message>
    <message>
        <source>Insert bis paragraph</source>
        <translation>Insérer un paragraphe bis</translation>
    </message>
    <message>
        <source>A&amp;ttribute to delegations…</source>
        <translation>A&amp;ttribuer à des délégations…</translation>
    </message>
    <message>
        <source>Attribute to delegations…</source>
        <translation>Attribuer à des délégations…</translation>
    </message>
    <message>
        <source>&amp;Issue Rev.1</source>
        <translation>&amp;Publier la Rev.1</translation>
    </message>
    <message>
        <source>Issue Rev.1</source>
        <translation>Publier la Rev.1</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Négociation</translation>
    </message>
    <message>
        <source>&amp;Preambular paragraph</source>
        <translation>Alinéa du &amp;préambule</translation>
    </message>
    <message>
        <source>&amp;Operative paragraph</source>
        <translation>Paragraphe du &amp;dispositif</translation>
    </message>
    <message>
        <source>&amp;Sub-paragraph</source>
        <translation>&amp;Alinéa</translation>
    </message>
    <message>
        <source>Section &amp;heading</source>
        <translation>&amp;Titre de section</translation>
    </message>
    <message>
        <source>&amp;Unnumbered clause</source>
        <translation>&amp;Clause non numérotée</translation>
    </message>
    <message>
        <source>Preambular &amp;item</source>
        <translation>&amp;Élément du préambule</translation>
    </message>
    <message>
        <source>C&amp;losing line</source>
        <translation>&amp;Ligne finale</translation>
    </message>
    <message>
        <source>&amp;Annex title</source>
        <translation>Titre d’a&amp;nnexe</translation>
    </message>
    <message>
        <source>Anne&amp;x text</source>
        <translation>Te&amp;xte d’annexe</translation>
    </message>
    <message>
        <source>&amp;Deeper level (Tab)</source>
        <translation>Niveau &amp;inférieur (Tab)</translation>
    </message>
    <message>
        <source>Shallo&amp;wer level (Shift+Tab)</source>
        <translation>Niveau &amp;supérieur (Maj+Tab)</translation>
    </message>
    <message>
        <source>&amp;Move paragraph up</source>
        <translation>&amp;Monter le paragraphe</translation>
    </message>
    <message>
        <source>Move paragraph dow&amp;n</source>
        <translation>D&amp;escendre le paragraphe</translation>
    </message>
    <message>
        <source>Find and R&amp;eplace…</source>
        <translation>Rechercher et r&amp;emplacer…</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Issues</source>
        <translation>P&amp;roblèmes</translation>
    </message>
    <message>
        <source>&amp;Footnotes</source>
        <translation>&amp;Notes de bas de page</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>&amp;Next pane</source>
        <translation>Volet &amp;suivant</translation>
    </message>
    <message>
        <source>Pre&amp;vious pane</source>
        <translation>Volet pr&amp;écédent</translation>
    </message>
    <message>
        <source>“{typed}” opens an operative paragraph: the paragraph is now one.</source>
        <translation>« {typed} » ouvre un paragraphe du dispositif : le paragraphe en est désormais un.</translation>
    </message>
    <message>
        <source>“{typed}” opens a preambular paragraph: the paragraph is now one.</source>
        <translation>« {typed} » ouvre un alinéa du préambule : le paragraphe en est désormais un.</translation>
    </message>
    <message>
        <source>&amp;Zoom in</source>
        <translation>&amp;Zoom avant</translation>
    </message>
    <message>
        <source>Zoom o&amp;ut</source>
        <translation>Zoom arrièr&amp;e</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Zoom: {percent} %</source>
        <translation>Zoom : {percent} %</translation>
    </message>
    <message>
        <source>Grammar checks are off: {error}</source>
        <translation>Vérifications grammaticales désactivées : {error}</translation>
    </message>
    <message>
        <source>Add “{word}” to the dictionary</source>
        <translation>Ajouter « {word} » au dictionnaire</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Aller à</translation>
    </message>
    <message>
        <source>Current paragraph</source>
        <translation>Paragraphe en cours</translation>
    </message>
    <message>
        <source>Opening phrases</source>
        <translation>Formules d’ouverture</translation>
    </message>
    <message>
        <source>Structure toolbar</source>
        <translation>Barre d’outils de structure</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Footnote texts</source>
        <translation>Textes des notes</translation>
    </message>
    <message>
        <source>Document metadata</source>
        <translation>Métadonnées du document</translation>
    </message>
    <message>
        <source>Diagnostics grouped by severity</source>
        <translation>Problèmes par gravité</translation>
    </message>
    <message>
        <source>Organ</source>
        <translation>Organe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Draft or adopted</source>
        <translation>Projet ou texte adopté</translation>
    </message>
    <message>
        <source>Resolution text</source>
        <translation>Texte de la résolution</translation>
    </message>
    <message>
        <source>Selected issue</source>
        <translation>Problème sélectionné</translation>
    </message>
    <message>
        <source>Apply quick fix</source>
        <translation>Appliquer la correction</translation>
    </message>
    <message>
        <source>Paragraphs in order</source>
        <translation>Paragraphes dans l’ordre</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Inserted</source>
        <translation>Insérée</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacée</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Footnote inserted</source>
        <translation>Note insérée</translation>
    </message>
    <message>
        <source>Footnote deleted</source>
        <translation>Note supprimée</translation>
    </message>
    <message>
        <source>Footnote changed</source>
        <translation>Note modifiée</translation>
    </message>
    <message>
        <source>Title changed</source>
        <translation>Titre modifié</translation>
    </message>
    <message>
        <source>Formula changed</source>
        <translation>Formule modifiée</translation>
    </message>
    <message>
        <source>Annex inserted</source>
        <translation>Annexe insérée</translation>
    </message>
    <message>
        <source>Annex deleted</source>
        <translation>Annexe supprimée</translation>
    </message>
    <message>
        <source>Annex changed</source>
        <translation>Annexe modifiée</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Toutes les modifications</translation>
    </message>
    <message>
        <source>Changed paragraphs</source>
        <translation>Paragraphes modifiés</translation>
    </message>
    <message>
        <source>Inserted paragraphs</source>
        <translation>Paragraphes insérés</translation>
    </message>
    <message>
        <source>Deleted paragraphs</source>
        <translation>Paragraphes supprimés</translation>
    </message>
    <message>
        <source>Moved paragraphs</source>
        <translation>Paragraphes déplacés</translation>
    </message>
    <message>
        <source>Footnotes</source>
        <translation>Notes de bas de page</translation>
    </message>
    <message>
        <source>Title and formula</source>
        <translation>Titre et formule</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Annexes</translation>
    </message>
    <message>
        <source>Changes from the base text</source>
        <translation>Modifications par rapport au texte de base</translation>
    </message>
    <message>
        <source>The text has changed since this comparison.</source>
        <translation>Le texte a changé depuis cette comparaison.</translation>
    </message>
    <message>
        <source>Compare &amp;Again</source>
        <translation>&amp;Comparer à nouveau</translation>
    </message>
    <message>
        <source>Compare again with the same base text</source>
        <translation>Comparer à nouveau avec le même texte de base</translation>
    </message>
    <message>
        <source>Show changes of kind</source>
        <translation>Afficher les modifications de type</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>List of changes</source>
        <translation>Liste des modifications</translation>
    </message>
    <message>
        <source>&amp;Copy List</source>
        <translation>&amp;Copier la liste</translation>
    </message>
    <message>
        <source>Copy the list of changes</source>
        <translation>Copier la liste des modifications</translation>
    </message>
    <message>
        <source>Save &amp;Redline…</source>
        <translation>Enregistrer la version &amp;révisée…</translation>
    </message>
    <message>
        <source>Save the text with Track Changes against the base</source>
        <translation>Enregistrer le texte avec le suivi des modifications par rapport au texte de base</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>No differences: the text is the same as “{base}”.</source>
        <translation>Aucune différence : le texte est identique à « {base} ».</translation>
    </message>
    <message>
        <source>{changes} from “{base}” to “{document}”.</source>
        <translation>{changes} de « {base} » à « {document} ».</translation>
    </message>
    <message>
        <source>The base text is in another language ({base}, the page is in {page}): every paragraph differs.</source>
        <translation>Le texte de base est dans une autre langue ({base}, la page est en {page}) : tous les paragraphes diffèrent.</translation>
    </message>
</context>
<context>
    <name>CompareActions</name>
    <message>
        <source>Cannot compare</source>
        <translation>Impossible de comparer</translation>
    </message>
    <message>
        <source>Resolutions (*.docx *.txt *.xml);;Word documents (*.docx);;Text files (*.txt);;Akoma Ntoso XML (*.xml);;All files (*)</source>
        <translation>Résolutions (*.docx *.txt *.xml);;Documents Word (*.docx);;Fichiers texte (*.txt);;XML Akoma Ntoso (*.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot export with Track Changes</source>
        <translation>Impossible d’exporter avec suivi des modifications</translation>
    </message>
    <message>
        <source>Choose the base text</source>
        <translation>Choisir le texte de base</translation>
    </message>
    <message>
        <source>Export with Track Changes</source>
        <translation>Exporter avec suivi des modifications</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>the text on the page</source>
        <translation>le texte de la page</translation>
    </message>
    <message>
        <source>This change has no paragraph on the page to show.</source>
        <translation>Cette modification n’a pas de paragraphe à montrer dans la page.</translation>
    </message>
    <message>
        <source>Cannot read the base text</source>
        <translation>Impossible de lire le texte de base</translation>
    </message>
    <message>
        <source>{path}: choose another name: this file is the base text or the document itself.</source>
        <translation>{path} : choisissez un autre nom : ce fichier est le texte de base ou le document lui-même.</translation>
    </message>
    <message>
        <source>Exported {path}: {changes}, {marks} in the file (author: {author})</source>
        <translation>{path} exporté : {changes}, {marks} dans le fichier (auteur : {author})</translation>
    </message>
    <message>
        <source>Renumbered paragraphs</source>
        <translation>Paragraphes renumérotés</translation>
    </message>
    <message>
        <source>Tracked, every new number is a change of its own in Word. Untracked, the file shows only your changes; but if someone rejects all changes in Word, the paragraphs keep their new numbers, which then no longer follow on.</source>
        <translation>Suivis, chaque nouveau numéro est une modification à part dans Word. Non suivis, le fichier ne montre que vos modifications ; mais si quelqu’un refuse toutes les modifications dans Word, les paragraphes gardent leurs nouveaux numéros, qui ne se suivent alors plus.</translation>
    </message>
    <message>
        <source>&amp;Track the numbers</source>
        <translation>&amp;Suivre les numéros</translation>
    </message>
    <message>
        <source>Leave them &amp;untracked</source>
        <translation>&amp;Ne pas les suivre</translation>
    </message>
</context>
<context>
    <name>ParallelDock</name>
    <message>
        <source>Parallel version</source>
        <translation>Version parallèle</translation>
    </message>
    <message>
        <source>Aligned paragraphs</source>
        <translation>Paragraphes alignés</translation>
    </message>
    <message>
        <source>Differences between the versions</source>
        <translation>Différences entre les versions</translation>
    </message>
    <message>
        <source>{name} ({languages}): {aligned}, {differences}</source>
        <translation>{name} ({languages}) : {aligned}, {differences}</translation>
    </message>
    <message>
        <source>This version</source>
        <translation>Cette version</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Autre version</translation>
    </message>
    <message>
        <source>Open &amp;Parallel Version…</source>
        <translation>Ouvrir une version &amp;parallèle…</translation>
    </message>
    <message>
        <source>Show another language version of this resolution beside it, aligned and checked</source>
        <translation>Afficher une autre version linguistique de la résolution à côté, alignée et vérifiée</translation>
    </message>
    <message>
        <source>Open parallel version</source>
        <translation>Ouvrir une version parallèle</translation>
    </message>
    <message>
        <source>Resolutions (*.docx *.txt *.xml);;All files (*)</source>
        <translation>Résolutions (*.docx *.txt *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save Pa&amp;rallel Version</source>
        <translation>Enregistrer la version pa&amp;rallèle</translation>
    </message>
    <message>
        <source>Save the parallel version to its own file, in its own format</source>
        <translation>Enregistrer la version parallèle dans son propre fichier, dans son propre format</translation>
    </message>
    <message>
        <source>&amp;Save this version</source>
        <translation>&amp;Enregistrer cette version</translation>
    </message>
    <message>
        <source>Save the parallel version to its own file (Ctrl+S in its page)</source>
        <translation>Enregistrer la version parallèle dans son propre fichier (Ctrl+S dans sa page)</translation>
    </message>
    <message>
        <source>Parallel version text</source>
        <translation>Texte de la version parallèle</translation>
    </message>
    <message>
        <source>Autosave failed</source>
        <translation>Échec de l’enregistrement automatique</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} enregistré</translation>
    </message>
    <message>
        <source>Save parallel version as</source>
        <translation>Enregistrer la version parallèle sous</translation>
    </message>
    <message>
        <source>Cannot save the parallel version</source>
        <translation>Impossible d’enregistrer la version parallèle</translation>
    </message>
    <message>
        <source>{path}: {reason}. The file on disk was not changed.</source>
        <translation>{path} : {reason}. Le fichier sur le disque n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Untitled resolution</source>
        <translation>Résolution sans titre</translation>
    </message>
    <message>
        <source>It is the parallel version of “{main}”: it goes back beside it.</source>
        <translation>Il s’agit de la version parallèle de « {main} » : elle est rouverte à côté.</translation>
    </message>
    <message>
        <source>It is the parallel version of “{main}”, which is not open: recovering opens “{main}” with this version beside it.</source>
        <translation>Il s’agit de la version parallèle de « {main} », qui n’est pas ouvert : la récupération ouvre « {main} » avec cette version à côté.</translation>
    </message>
    <message>
        <source>It is the parallel version of “{main}”, which is not open and cannot be opened: recovering shows this version as a document of its own.</source>
        <translation>Il s’agit de la version parallèle de « {main} », qui n’est pas ouvert et ne peut pas l’être : la récupération affiche cette version comme un document distinct.</translation>
    </message>
</context>
<context>
    <name>Parts</name>
    <message>
        <source>Put the cursor in a paragraph of the body to insert a part after it.</source>
        <translation>Placez le curseur dans un paragraphe du dispositif ou du préambule pour insérer une partie après lui.</translation>
    </message>
</context>
<context>
    <name>AknExport</name>
    <message>
        <source>Export as A&amp;koma Ntoso…</source>
        <translation>Exporter en &amp;Akoma Ntoso…</translation>
    </message>
    <message>
        <source>Write the text as Akoma Ntoso XML (AKN4UN), the UN's own markup</source>
        <translation>Écrire le texte en XML Akoma Ntoso (AKN4UN), le balisage de l’ONU</translation>
    </message>
    <message>
        <source>Untitled resolution</source>
        <translation>Résolution sans titre</translation>
    </message>
    <message>
        <source>Export as Akoma Ntoso</source>
        <translation>Exporter en Akoma Ntoso</translation>
    </message>
    <message>
        <source>Akoma Ntoso XML (*.xml)</source>
        <translation>XML Akoma Ntoso (*.xml)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Exportation impossible</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>{path} exporté</translation>
    </message>
</context>
<context>
    <name>ReferencesDock</name>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Organ</source>
        <translation>Organe</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptée le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>conflicting</source>
        <translation>en conflit</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Importer un dossier…</translation>
    </message>
    <message>
        <source>Read a folder of .docx/.txt resolutions into your citation index</source>
        <translation>Lire un dossier de résolutions .docx/.txt dans votre index des citations</translation>
    </message>
    <message>
        <source>Add entry…</source>
        <translation>Ajouter une entrée…</translation>
    </message>
    <message>
        <source>Import resolutions into the citation index</source>
        <translation>Importer des résolutions dans l’index des citations</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Ajouter une entrée</translation>
    </message>
    <message>
        <source>Add a citation index entry</source>
        <translation>Ajouter une entrée à l’index des citations</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Adoptée le</translation>
    </message>
    <message>
        <source>Title ({language})</source>
        <translation>Titre ({language})</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welcome to Drafter</source>
        <translation>Bienvenue dans Drafter</translation>
    </message>
    <message>
        <source>Draft, check and export United Nations resolutions. What would you like to do?</source>
        <translation>Rédigez, vérifiez et exportez des résolutions des Nations Unies. Que voulez-vous faire ?</translation>
    </message>
    <message>
        <source>English draft resolution (oceans)</source>
        <translation>Projet de résolution en anglais (océans)</translation>
    </message>
    <message>
        <source>French adopted resolution (General Assembly)</source>
        <translation>Résolution adoptée en français (Assemblée générale)</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Page d’accueil</translation>
    </message>
    <message>
        <source>New resolution from a template</source>
        <translation>Nouvelle résolution à partir d’un modèle</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Open a file</source>
        <translation>Ouvrir un fichier</translation>
    </message>
    <message>
        <source>&amp;Open a .docx or .txt file…</source>
        <translation>&amp;Ouvrir un fichier .docx ou .txt…</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <source>Recent files:</source>
        <translation>Fichiers récents :</translation>
    </message>
    <message>
        <source>Try an example</source>
        <translation>Essayer un exemple</translation>
    </message>
    <message>
        <source>Examples open as untitled copies: save them where you like.</source>
        <translation>Les exemples s’ouvrent comme copies sans titre : enregistrez-les où vous voulez.</translation>
    </message>
    <message>
        <source>The Guide pane on the right explains the ten things a drafter needs. Help ▸ Drafting rules explains every check.</source>
        <translation>Le volet Guide, à droite, explique les dix choses à savoir pour rédiger. Aide ▸ Règles de rédaction explique chaque vérification.</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
</context>
<context>
    <name>RulesBrowser</name>
    <message>
        <source>Wrong</source>
        <translation>Incorrect</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Drafting rules</source>
        <translation>Règles de rédaction</translation>
    </message>
    <message>
        <source>Search the rules (word, rule id, example)…</source>
        <translation>Chercher dans les règles (mot, identifiant, exemple)…</translation>
    </message>
    <message>
        <source>Search the rules</source>
        <translation>Chercher dans les règles</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Rule explanation</source>
        <translation>Explication de la règle</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <source>Rules shown: {shown} of {total}</source>
        <translation>Règles affichées : {shown} sur {total}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>No rule matches.</source>
        <translation>Aucune règle ne correspond.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License v3 as shared libraries: you may replace them with a compatible version of your own. The licence texts are in the licences folder of the app.</source>
        <translation>Qt et PySide6 sont utilisés sous la licence publique générale limitée GNU v3 (LGPL), sous forme de bibliothèques partagées : vous pouvez les remplacer par une version compatible de votre choix. Les textes des licences se trouvent dans le dossier licences de l’application.</translation>
    </message>
    <message>
        <source>About Drafter</source>
        <translation>À propos de Drafter</translation>
    </message>
    <message>
        <source>A drafting assistant for United Nations resolutions.</source>
        <translation>Un assistant de rédaction pour les résolutions des Nations Unies.</translation>
    </message>
    <message>
        <source>Bundled components and their licences</source>
        <translation>Composants inclus et leurs licences</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>About it</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>NegotiationDock</name>
    <message>
        <source>Negotiation</source>
        <translation>Négociation</translation>
    </message>
    <message>
        <source>Accept alternative</source>
        <translation>Accepter la variante</translation>
    </message>
    <message>
        <source>Remove brackets</source>
        <translation>Supprimer les crochets</translation>
    </message>
    <message>
        <source>Agreed ad ref</source>
        <translation>Convenu ad ref</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Convenu</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Insert bis paragraph</source>
        <translation>Insérer un paragraphe bis</translation>
    </message>
    <message>
        <source>Attribute…</source>
        <translation>Attribuer…</translation>
    </message>
    <message>
        <source>Issue Rev.1</source>
        <translation>Publier la Rev.1</translation>
    </message>
    <message>
        <source>Outline filter</source>
        <translation>Filtre du plan</translation>
    </message>
    <message>
        <source>All paragraphs</source>
        <translation>Tous les paragraphes</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Non convenus seulement</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Any delegation</source>
        <translation>Toutes les délégations</translation>
    </message>
    <message>
        <source>Open brackets per paragraph</source>
        <translation>Crochets ouverts par paragraphe</translation>
    </message>
    <message>
        <source>Open brackets per delegation</source>
        <translation>Crochets ouverts par délégation</translation>
    </message>
    <message>
        <source>Rev.1: old and new addresses</source>
        <translation>Rev.1 : anciennes et nouvelles adresses</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Rev.1</source>
        <translation>Rev.1</translation>
    </message>
    <message>
        <source>Renumbering table</source>
        <translation>Table de renumérotation</translation>
    </message>
    <message>
        <source>Attribute to delegations</source>
        <translation>Attribuer à des délégations</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Délégations</translation>
    </message>
    <message>
        <source>Proposed action</source>
        <translation>Action proposée</translation>
    </message>
    <message>
        <source>add</source>
        <translation>ajouter</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <source>retain</source>
        <translation>maintenir</translation>
    </message>
</context>
<context>
    <name>Negotiation</name>
    <message>
        <source>Put the cursor in bracketed text to accept it.</source>
        <translation>Placez le curseur dans un texte entre crochets pour l’accepter.</translation>
    </message>
    <message>
        <source>This paragraph has no brackets to remove.</source>
        <translation>Ce paragraphe n’a pas de crochets à supprimer.</translation>
    </message>
    <message>
        <source>Put the cursor in a preambular or operative paragraph.</source>
        <translation>Placez le curseur dans un paragraphe du préambule ou du dispositif.</translation>
    </message>
    <message>
        <source>No further ordinal after “{label}”.</source>
        <translation>Pas d’ordinal après « {label} ».</translation>
    </message>
    <message>
        <source>Select the proposed text, then choose the delegations.</source>
        <translation>Sélectionnez le texte proposé, puis choisissez les délégations.</translation>
    </message>
    <message>
        <source>Select text inside one paragraph.</source>
        <translation>Sélectionnez du texte dans un seul paragraphe.</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n preambular paragraph(s)</source>
        <translation>
            <numerusform>%n alinéa du préambule</numerusform>
            <numerusform>%n alinéas du préambule</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operative paragraph(s)</source>
        <translation>
            <numerusform>%n paragraphe du dispositif</numerusform>
            <numerusform>%n paragraphes du dispositif</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-paragraph(s)</source>
        <translation>
            <numerusform>%n alinéa</numerusform>
            <numerusform>%n alinéas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n footnote(s)</source>
        <translation>
            <numerusform>%n note de bas de page</numerusform>
            <numerusform>%n notes de bas de page</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n remarque</numerusform>
            <numerusform>%n remarques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revision mark(s)</source>
        <translation>
            <numerusform>%n marque de révision</numerusform>
            <numerusform>%n marques de révision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n remplacement</numerusform>
            <numerusform>%n remplacements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) only changed number.</source>
        <translation>
            <numerusform>%n paragraphe n’a changé que de numéro.</numerusform>
            <numerusform>%n paragraphes n’ont changé que de numéro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) aligned</source>
        <translation>
            <numerusform>%n paragraphe aligné</numerusform>
            <numerusform>%n paragraphes alignés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n différence</numerusform>
            <numerusform>%n différences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) read into the citation index.</source>
        <translation>
            <numerusform>%n texte lu dans l’index des citations.</numerusform>
            <numerusform>%n textes lus dans l’index des citations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and Replace</source>
        <translation>Rechercher et remplacer</translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation>Rechercher et remplacer</translation>
    </message>
    <message>
        <source>Find what</source>
        <translation>Texte à rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>&amp;Mots entiers</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Re&amp;place:</source>
        <translation>Rem&amp;placer par :</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>R&amp;emplacer</translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation>Remplacer &amp;tout</translation>
    </message>
    <message>
        <source>“{text}” not found</source>
        <translation>« {text} » introuvable</translation>
    </message>
    <message>
        <source>Found in footnote {number}</source>
        <translation>Trouvé dans la note {number}</translation>
    </message>
</context>
</TS>
