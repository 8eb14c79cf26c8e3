<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>PaperSift::ArxivPage</name>
    <message>
        <location filename="../ui/settings/arxivpage.cpp" line="+32"/>
        <source>&amp;New submissions</source>
        <translation>&amp;Neue Einreichungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cross-lists from other categories</source>
        <translation>&amp;Cross-Listings aus anderen Kategorien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replacements (new versions)</source>
        <translation>&amp;Ersetzungen (neue Versionen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaced cross-&amp;lists</source>
        <translation>Erse&amp;tzte Cross-Listings</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Categories to fetch:</source>
        <translation>Abzurufende &amp;Kategorien:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find a category by code or name, e.g. cs.LG or learning</source>
        <translation>Kategorie nach Kürzel oder Name suchen, z. B. cs.LG oder learning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a category</source>
        <translation>Kategorie suchen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>arXiv categories</source>
        <translation>arXiv-Kategorien</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Announce types:</source>
        <translation>Ankündigungsarten:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Relevance at least</source>
        <translation>&amp;Relevanz mindestens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;novelty at least</source>
        <translation>Ne&amp;uheit mindestens</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Digest keeps:</source>
        <translation>Digest enthält:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scores go from 0 to 10. Papers below either cutoff stay in the table but not in the digest.</source>
        <translation>Bewertungen reichen von 0 bis 10. Artikel unter einem der beiden Schwellenwerte bleiben in der Tabelle, erscheinen aber nicht im Digest.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;arXiv</source>
        <translation>&amp;arXiv</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose at least one arXiv category.</source>
        <translation>Wählen Sie mindestens eine arXiv-Kategorie aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one announce type, e.g. new submissions.</source>
        <translation>Wählen Sie mindestens eine Ankündigungsart aus, z. B. neue Einreichungen.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>not in PaperSift&apos;s list of categories</source>
        <translation>nicht in der Kategorienliste von PaperSift</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No category chosen: choose at least one.</source>
        <translation>Keine Kategorie ausgewählt: Wählen Sie mindestens eine aus.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chosen: %1</source>
        <translation>Ausgewählt: %1</translation>
    </message>
</context>
<context>
    <name>PaperSift::AuthorsPage</name>
    <message>
        <location filename="../ui/settings/authorspage.cpp" line="+30"/>
        <source>&amp;Followed authors, one name a line:</source>
        <translation>&amp;Gefolgte Autoren, ein Name pro Zeile:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yoshua Bengio
Fei-Fei Li</source>
        <translation>Yoshua Bengio
Fei-Fei Li</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Papers by these authors are marked in the table and always listed in the paper pane. Names match as arXiv writes them, ignoring case.</source>
        <translation>Artikel dieser Autoren werden in der Tabelle hervorgehoben, und die Autoren werden im Artikelbereich immer aufgeführt. Namen werden so abgeglichen, wie arXiv sie schreibt; Groß- und Kleinschreibung spielt keine Rolle.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The system&apos;s language</source>
        <translation>Die Sprache des Systems</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The window&apos;s language, from the next start. The command line always speaks English.</source>
        <translation>Die Sprache des Fensters, ab dem nächsten Start. Die Befehlszeile spricht immer Englisch.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>D&amp;atabase:</source>
        <translation>Date&amp;nbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings and &amp;prompts:</source>
        <translation>Einstellungen und &amp;Prompts:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--db and --config on the command line use other files; criteria.md in the settings folder holds your criteria.</source>
        <translation>Mit --db und --config auf der Befehlszeile werden andere Dateien verwendet; criteria.md im Einstellungsordner enthält Ihre Kriterien.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the folder of %1</source>
        <translation>Ordner von %1 öffnen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No file manager opened %1. Open it yourself, or copy the path.</source>
        <translation>Kein Dateimanager hat %1 geöffnet. Öffnen Sie den Ordner selbst oder kopieren Sie den Pfad.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Authors &amp;&amp; &amp;data</source>
        <translation>Autoren &amp;&amp; &amp;Daten</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot write %1: check that the folder is writable.</source>
        <translation>%1 kann nicht geschrieben werden: Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>PaperSift::CalibrationChart</name>
    <message>
        <location filename="../ui/calibrationchart.cpp" line="+26"/>
        <source>%1: %2% of %3 liked</source>
        <translation>%1: %2 % von %3 gemocht</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>n=%1</source>
        <translation>n=%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>picked →</source>
        <translation>ausgewählt →</translation>
    </message>
</context>
<context>
    <name>PaperSift::CriteriaDock</name>
    <message>
        <location filename="../ui/criteriadock.cpp" line="+95"/>
        <source>%1k</source>
        <translation>%1k</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <location line="+119"/>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the criteria to criteria.md (Ctrl+S); the previous text stays in the version list</source>
        <translation>Die Kriterien in criteria.md speichern (Ctrl+S); der vorherige Text bleibt in der Versionsliste erhalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preview Prompt</source>
        <translation>&amp;Prompt-Vorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the prompt these criteria make, for three papers of the day shown</source>
        <translation>Den Prompt anzeigen, der aus diesen Kriterien entsteht – am Beispiel von drei Artikeln des angezeigten Tages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Re-score Day…</source>
        <translation>Tag &amp;neu bewerten …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score the day shown again with these criteria; shows the cost first</source>
        <translation>Den angezeigten Tag mit diesen Kriterien erneut bewerten; die Kosten werden vorher angezeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update &amp;Examples</source>
        <translation>&amp;Beispiele aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the titles of your newest ratings into the criteria as examples for the model; shows what using them costs, saves nothing</source>
        <translation>Schreibt die Titel Ihrer neuesten Bewertungen als Beispiele für das Modell in die Kriterien; zeigt, was ihre Verwendung kostet, speichert nichts</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Res&amp;tore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load this version into the editor (save to use it)</source>
        <translation>Diese Version in den Editor laden (zum Verwenden speichern)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back to Editor</source>
        <translation>&amp;Zurück zum Editor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved criteria version</source>
        <translation>Gespeicherte Kriterienversion</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Versions</source>
        <translation>&amp;Versionen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Criteria versions</source>
        <translation>Kriterienversionen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scored</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Criteria*</source>
        <translation>Kriterien*</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Score the papers of %1 again with these criteria; shows the cost first</source>
        <translation>Die Artikel vom %1 mit diesen Kriterien erneut bewerten; die Kosten werden vorher angezeigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a day with papers to re-score it</source>
        <translation>Wählen Sie einen Tag mit Artikeln, um ihn neu zu bewerten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rated examples are off: choose how many the criteria carry in Settings → Scoring.</source>
        <translation>Bewertete Beispiele sind aus: Wählen Sie unter Einstellungen → Bewertung, wie viele die Kriterien enthalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your ratings could not be read: %1</source>
        <translation>Ihre Bewertungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You have rated no paper yet: star papers or rate them 1–5, then update the examples.</source>
        <translation>Sie haben noch kein Paper bewertet: Markieren Sie Paper mit einem Stern oder bewerten Sie sie mit 1–5, dann aktualisieren Sie die Beispiele.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The examples already are your newest ratings.</source>
        <translation>Die Beispiele sind bereits Ihre neuesten Bewertungen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Examples from your newest ratings: %1 relevant, %2 irrelevant. Saving makes a new criteria version; the days scored before keep their scores, and nothing is scored again by itself.</source>
        <translation>Beispiele aus Ihren neuesten Bewertungen: %1 relevant, %2 irrelevant. Speichern erzeugt eine neue Kriterienversion; bereits bewertete Tage behalten ihre Bewertungen, und nichts wird von selbst neu bewertet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re-scoring %1 with them would cost about $%2.</source>
        <translation>%1 damit neu zu bewerten würde etwa $%2 kosten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The criteria are empty: write the topics you care about, or restore a version.</source>
        <translation>Die Kriterien sind leer: Beschreiben Sie die Themen, die Sie interessieren, oder stellen Sie eine Version wieder her.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot save %1: the disk is full (%2 free). Free some space and save again; your text stays here until then.</source>
        <translation>%1 kann nicht gespeichert werden: Der Datenträger ist voll (%2 frei). Geben Sie Speicherplatz frei und speichern Sie erneut; Ihr Text bleibt bis dahin hier erhalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The saved versions could not be read: %1</source>
        <translation>Die gespeicherten Versionen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 paper</source>
        <translation>1 Artikel</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n papers</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not used</source>
        <translation>nicht verwendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · in use</source>
        <translation>%1 · in Verwendung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in use</source>
        <translation>in Verwendung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The criteria in use</source>
        <translation>Die verwendeten Kriterien</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This version could not be read: %1</source>
        <translation>Diese Version konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1 · scored %2 — read-only</source>
        <translation>Gespeichert am %1 · bewertet: %2 – schreibgeschützt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Version restored into the editor: save to use it.</source>
        <translation>Die Version wurde in den Editor übernommen: Speichern Sie, um sie zu verwenden.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Prompt Preview</source>
        <translation>Prompt-Vorschau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;System message</source>
        <translation>&amp;Systemnachricht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;User message</source>
        <translation>&amp;Benutzernachricht</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>About %1 tokens before the papers. No papers of a day are shown, so %2 stands where they go.</source>
        <translation>Etwa %1 Token vor den Artikeln. Es werden keine Artikel eines Tages angezeigt, daher steht %2 an ihrer Stelle.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>About %1 tokens for %n papers of %2; every request repeats the first %3 tokens (system message, instructions, criteria).</source>
        <translation>
            <numerusform>Etwa %1 Token für %n Artikel vom %2; jede Anfrage wiederholt die ersten %3 Token (Systemnachricht, Anweisungen, Kriterien).</numerusform>
            <numerusform>Etwa %1 Token für %n Artikel vom %2; jede Anfrage wiederholt die ersten %3 Token (Systemnachricht, Anweisungen, Kriterien).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 has no papers to score.</source>
        <translation>Für %1 gibt es keine Artikel zum Bewerten.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a day with papers first.</source>
        <translation>Wählen Sie zuerst einen Tag mit Artikeln.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keyword scorer runs offline: it costs nothing.</source>
        <translation>Die Schlüsselwortbewertung läuft offline und kostet nichts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About %1 tokens with %2: about $%3 (an upper estimate; cached prompts cost less).</source>
        <translation>Etwa %1 Token mit %2: etwa %3 $ (eine obere Schätzung; zwischengespeicherte Prompts kosten weniger).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is over your budget of $%1 per run.</source>
        <translation>Das übersteigt Ihr Budget von %1 $ pro Durchlauf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About %1 tokens with %2, whose price is unknown: add it in Settings → Limits &amp; prices to see the cost.</source>
        <translation>Etwa %1 Token mit %2, dessen Preis unbekannt ist: Tragen Sie ihn unter Einstellungen → Limits &amp; Preise ein, um die Kosten zu sehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your edits are saved first.</source>
        <translation>Ihre Änderungen werden zuerst gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-score Day</source>
        <translation>Tag neu bewerten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-score the one paper of %1 with these criteria?</source>
        <translation>Den einen Artikel vom %1 mit diesen Kriterien neu bewerten?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Re-score the %n papers of %1 with these criteria?</source>
        <translation>
            <numerusform>Den %n Artikel vom %1 mit diesen Kriterien neu bewerten?</numerusform>
            <numerusform>Die %n Artikel vom %1 mit diesen Kriterien neu bewerten?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Re-score</source>
        <translation>&amp;Neu bewerten</translation>
    </message>
</context>
<context>
    <name>PaperSift::CriteriaTextEdit</name>
    <message>
        <location filename="../ui/criteriaeditor.cpp" line="+18"/>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
</context>
<context>
    <name>PaperSift::DailyRun</name>
    <message>
        <location filename="../app/pipeline/dailyrun.cpp" line="+114"/>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Interrupted before it finished; its scores were kept and a later run resumed it.</source>
        <translation>Vor dem Abschluss unterbrochen; die Bewertungen blieben erhalten und ein späterer Durchlauf hat ihn fortgesetzt.</translation>
    </message>
    <message>
        <location filename="../app/pipeline/dailyrunfeed.cpp" line="+63"/>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fetching %1 from arXiv</source>
        <translation>%1 wird von arXiv abgerufen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelled while fetching; nothing was changed.</source>
        <translation>Beim Abrufen abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The run reached its deadline of %n minute(s) while fetching from %1; nothing was changed. Try again later, or raise the deadline (--deadline, or the run/deadlineMin setting).</source>
        <translation>
            <numerusform>Der Durchlauf hat seine Frist von %n Minute beim Abrufen von %1 erreicht; nichts wurde geändert. Versuchen Sie es später erneut oder verlängern Sie die Frist (--deadline oder die Einstellung run/deadlineMin).</numerusform>
            <numerusform>Der Durchlauf hat seine Frist von %n Minuten beim Abrufen von %1 erreicht; nichts wurde geändert. Versuchen Sie es später erneut oder verlängern Sie die Frist (--deadline oder die Einstellung run/deadlineMin).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>arXiv&apos;s feed has not changed since %1.</source>
        <translation>Der Feed von arXiv hat sich seit %1 nicht geändert.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 has no daily feed to recover: arXiv&apos;s feeds are dated Monday to Friday, holidays aside.</source>
        <translation>%1 hat keinen täglichen Feed, der wiederhergestellt werden könnte: arXiv-Feeds sind von Montag bis Freitag datiert, Feiertage ausgenommen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovering %1 from the arXiv API</source>
        <translation>%1 wird über die arXiv-API wiederhergestellt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelled while recovering %1; the pages fetched are kept.</source>
        <translation>Beim Wiederherstellen von %1 abgebrochen; die abgerufenen Seiten bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The run reached its deadline while recovering %1; the pages fetched are kept. Recover it again to fetch the rest.</source>
        <translation>Der Durchlauf hat beim Wiederherstellen von %1 seine Frist erreicht; die abgerufenen Seiten bleiben erhalten. Stellen Sie den Tag erneut wieder her, um den Rest abzurufen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The arXiv API lists no papers submitted to %1 in the window that %2 announced: there is nothing to recover.</source>
        <translation>Die arXiv-API führt keine Artikel, die in dem Zeitraum, den der %2 ankündigte, bei %1 eingereicht wurden: Es gibt nichts wiederherzustellen.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n papers of %1 recovered from the arXiv API; cross-lists of older papers may be missing.</source>
        <translation>
            <numerusform>%n Artikel vom %1 über die arXiv-API wiederhergestellt; Cross-Listings älterer Artikel können fehlen.</numerusform>
            <numerusform>%n Artikel vom %1 über die arXiv-API wiederhergestellt; Cross-Listings älterer Artikel können fehlen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-194"/>
        <source>arXiv&apos;s feed for %1 is empty, though that day is neither a weekend nor one of arXiv&apos;s holidays: a day that should have papers has none. Check arXiv&apos;s status and run again later; &apos;papersift recover --date %2&apos; rebuilds the day from the arXiv API.</source>
        <translation>Der arXiv-Feed für %1 ist leer, obwohl der Tag weder auf ein Wochenende noch auf einen Feiertag von arXiv fällt: Ein Tag, der Artikel haben sollte, hat keine. Prüfen Sie den Status von arXiv und starten Sie den Lauf später erneut; „papersift recover --date %2“ stellt den Tag über die arXiv-API wieder her.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>arXiv announced nothing for %1: weekends and holidays have no announcements.</source>
        <translation>arXiv hat für %1 nichts angekündigt: An Wochenenden und Feiertagen gibt es keine Ankündigungen.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>arXiv should have announced %1 by now, but its feed still lists the same %n papers as %2: a day that should have papers has none yet. Run again later.</source>
        <translation>
            <numerusform>arXiv hätte %1 inzwischen bekanntgeben sollen, doch sein Feed listet noch denselben %n Artikel wie am %2: Ein Tag, der Artikel haben sollte, hat noch keine. Starten Sie den Lauf später erneut.</numerusform>
            <numerusform>arXiv hätte %1 inzwischen bekanntgeben sollen, doch sein Feed listet noch dieselben %n Artikel wie am %2: Ein Tag, der Artikel haben sollte, hat noch keine. Starten Sie den Lauf später erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>arXiv has not published today&apos;s announcements yet (the same %n papers as %1). Try again after 20:00 US Eastern.</source>
        <translation>
            <numerusform>arXiv hat die heutigen Ankündigungen noch nicht veröffentlicht (derselbe %n Artikel wie am %1). Versuchen Sie es nach 20:00 Uhr US-Ostküstenzeit erneut.</numerusform>
            <numerusform>arXiv hat die heutigen Ankündigungen noch nicht veröffentlicht (dieselben %n Artikel wie am %1). Versuchen Sie es nach 20:00 Uhr US-Ostküstenzeit erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Storing %n papers</source>
        <translation>
            <numerusform>%n Artikel wird gespeichert</numerusform>
            <numerusform>%n Artikel werden gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/pipeline/dailyrun.cpp" line="+17"/>
        <source>There is no feed day to score yet: fetch today&apos;s announcements, or import or backfill a day.</source>
        <translation>Es gibt noch keinen Feed-Tag zum Bewerten: Rufen Sie die heutigen Ankündigungen ab, importieren Sie einen Tag oder rufen Sie ihn nachträglich ab.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Selecting the papers of %1</source>
        <translation>Artikel vom %1 werden ausgewählt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No papers are stored for %1 in %2. Import that day&apos;s feeds (papersift import FILE…) or backfill it (papersift backfill --from %1 --to %1).</source>
        <translation>Für %1 sind in %2 keine Artikel gespeichert. Importieren Sie die Feeds dieses Tages (papersift import DATEI…) oder rufen Sie ihn nachträglich ab (papersift backfill --from %1 --to %1).</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Finishing</source>
        <translation>Wird abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>None of the %n scored paper(s) passed the cutoffs (relevance at least %1, novelty at least %2): check the cutoffs (Settings, or --relevance-cutoff) or your criteria.</source>
        <translation>
            <numerusform>Der %n bewertete Artikel hat die Schwellenwerte nicht erreicht (Relevanz mindestens %1, Neuheit mindestens %2): Prüfen Sie die Schwellenwerte (Einstellungen oder --relevance-cutoff) oder Ihre Kriterien.</numerusform>
            <numerusform>Keiner der %n bewerteten Artikel hat die Schwellenwerte erreicht (Relevanz mindestens %1, Neuheit mindestens %2): Prüfen Sie die Schwellenwerte (Einstellungen oder --relevance-cutoff) oder Ihre Kriterien.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperSift::DayListModel</name>
    <message>
        <location filename="../ui/sidebar.cpp" line="+88"/>
        <source>the endpoint failed; some papers are not scored</source>
        <translation>der Endpunkt ist ausgefallen; einige Artikel sind nicht bewertet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the run reached its deadline; some papers are not scored</source>
        <translation>der Lauf hat seine Frist erreicht; einige Artikel sind nicht bewertet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the run stopped at its budget</source>
        <translation>der Lauf hat bei seinem Budget angehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the run was cancelled</source>
        <translation>der Lauf wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the run failed</source>
        <translation>der Lauf ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the arXiv feed could not be fetched</source>
        <translation>der arXiv-Feed konnte nicht abgerufen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no paper passed the cutoffs: check them or the criteria</source>
        <translation>kein Artikel hat die Schwellenwerte erreicht: Prüfen Sie sie oder die Kriterien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>arXiv&apos;s feed had no papers, though it was neither a weekend nor a holiday</source>
        <translation>der arXiv-Feed hatte keine Artikel, obwohl weder Wochenende noch Feiertag war</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>All days</source>
        <translation>Alle Tage</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Every paper in the library, across %n days</source>
        <translation>
            <numerusform>Jeder Artikel der Bibliothek, aus %n Tag</numerusform>
            <numerusform>Jeder Artikel der Bibliothek, aus %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: counting the papers…</source>
        <translation>%1: Die Artikel werden gezählt …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not fetched. arXiv has a feed for this day, but the library does not have it; &apos;Recover This Day&apos; in the File menu (or &apos;papersift recover --date %2&apos;) rebuilds it from the arXiv API.</source>
        <translation>%1: nicht abgerufen. arXiv hat für diesen Tag einen Feed, die Bibliothek aber nicht; „Diesen Tag wiederherstellen“ im Menü Datei (oder „papersift recover --date %2“) baut ihn über die arXiv-API neu auf.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: %n papers</source>
        <translation>
            <numerusform>%1: %n Artikel</numerusform>
            <numerusform>%1: %n Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n relevant</source>
        <translation>
            <numerusform>%n relevant</numerusform>
            <numerusform>%n relevant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+54"/>
        <source>%n not scored</source>
        <translation>
            <numerusform>%n nicht bewertet</numerusform>
            <numerusform>%n nicht bewertet</numerusform>
        </translation>
    </message>
    <message>
        <location line="-52"/>
        <source>recovered from the arXiv API (cross-lists may be incomplete)</source>
        <translation>über die arXiv-API wiederhergestellt (Cross-Listings können unvollständig sein)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>not fetched</source>
        <translation>nicht abgerufen</translation>
    </message>
</context>
<context>
    <name>PaperSift::ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.cpp" line="+68"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BibTeX (*.bib)</source>
        <translation>BibTeX (*.bib)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Papers to export</source>
        <translation>Zu exportierende Artikel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown digest</source>
        <translation>Markdown-Digest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BibTeX</source>
        <translation>BibTeX</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Papers:</source>
        <translation>&amp;Artikel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rendered preview</source>
        <translation>Gerenderte Vorschau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Rendered</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source</source>
        <translation>&amp;Quelltext</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the export to the clipboard</source>
        <translation>Den Export in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Could not read the days in the database: %1</source>
        <translation>Die Tage in der Datenbank konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n relevant</source>
        <translation>
            <numerusform>%n relevant</numerusform>
            <numerusform>%n relevant</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The feeds listed %n papers this day.</source>
        <translation>
            <numerusform>Die Feeds listeten an diesem Tag %n Artikel.</numerusform>
            <numerusform>Die Feeds listeten an diesem Tag %n Artikel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The feeds listed %n papers this day as %1, the announce types kept in the settings.</source>
        <translation>
            <numerusform>Die Feeds listeten an diesem Tag %n Artikel als %1 – die in den Einstellungen gewählten Ankündigungsarten.</numerusform>
            <numerusform>Die Feeds listeten an diesem Tag %n Artikel als %1 – die in den Einstellungen gewählten Ankündigungsarten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The digest&apos;s “Total arXiv papers” counts every paper of the feeds, whatever its announce type.</source>
        <translation>Die Angabe „Total arXiv papers“ im Digest zählt alle Artikel der Feeds, unabhängig von ihrer Ankündigungsart.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Starred papers (%1)</source>
        <translation>Artikel mit Stern (%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The Markdown digest is made for one day</source>
        <translation>Der Markdown-Digest wird jeweils für einen Tag erstellt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is nothing to export yet. Fetch or import a day first.</source>
        <translation>Es gibt noch nichts zu exportieren. Rufen Sie zuerst einen Tag ab oder importieren Sie einen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not read the starred papers.</source>
        <translation>Die Artikel mit Stern konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 starred paper</source>
        <translation>1 Artikel mit Stern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 starred papers</source>
        <translation>%1 Artikel mit Stern</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 of %2 papers in the digest (relevance ≥ %3, novelty ≥ %4) · scores by %5</source>
        <translation>%1 von %2 Artikeln im Digest (Relevanz ≥ %3, Neuheit ≥ %4) · bewertet von %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No paper of %1 reaches the cutoffs with the current criteria and %2. Score the day, or lower the cutoffs in the settings.</source>
        <translation>Kein Artikel vom %1 erreicht mit den aktuellen Kriterien und %2 die Schwellenwerte. Bewerten Sie den Tag oder senken Sie die Schwellenwerte in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No starred papers yet. Star papers in the table (press s) to export them here.</source>
        <translation>Noch keine Artikel mit Stern. Markieren Sie Artikel in der Tabelle mit einem Stern (Taste s), um sie hier zu exportieren.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not write %1: %2. Choose a folder you can write to.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not save %1: the disk is full (%2 free). Free some space and try again; any older file there is unchanged.</source>
        <translation>%1 konnte nicht gespeichert werden: Der Datenträger ist voll (%2 frei). Geben Sie Speicherplatz frei und versuchen Sie es erneut; eine ältere Datei dort bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not save %1: %2. The disk may be full: free some space and try again.</source>
        <translation>%1 konnte nicht gespeichert werden: %2. Möglicherweise ist der Datenträger voll: Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to %1.</source>
        <translation>In %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save Export</source>
        <translation>Export speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>PaperSift::FilterBar</name>
    <message>
        <location filename="../ui/filterbar.cpp" line="+29"/>
        <source>Search titles, authors and abstracts (/)</source>
        <translation>Titel, Autoren und Abstracts durchsuchen (/)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Relevance ≥</source>
        <translation>Relevanz ≥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Novelty ≥</source>
        <translation>Neuheit ≥</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
</context>
<context>
    <name>PaperSift::KnowYouDialog</name>
    <message>
        <location filename="../ui/knowyoudialog.cpp" line="+43"/>
        <source>How Well Does the Model Know You?</source>
        <translation>Wie gut kennt Sie das Modell?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Scores of:</source>
        <translation>&amp;Bewertungen von:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The model&apos;s relevance · bars: the share of those papers you liked</source>
        <translation>Relevanz laut Modell · Balken: Anteil dieser Paper, die Sie mochten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your own ranking (Yours)</source>
        <translation>Ihr eigenes Ranking (Ihres)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yours, on papers it did not train on · bars: the share you liked</source>
        <translation>Ihres, auf Papern, mit denen es nicht trainiert wurde · Balken: Anteil, den Sie mochten</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your ratings could not be read: %1</source>
        <translation>Ihre Bewertungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is made of your ratings, and you have rated no paper yet: star papers, rate them 1–5 (keys 1–5) or mark them not interested (x), and come back.</source>
        <translation>Dies entsteht aus Ihren Bewertungen, und Sie haben noch kein Paper bewertet: Markieren Sie Paper mit einem Stern, bewerten Sie sie mit 1–5 (Tasten 1–5) oder als „Kein Interesse“ (x), und kommen Sie dann wieder.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Made of your ratings: %n papers, %1 of them liked (a star or 4–5), the rest disliked (1–2). A paper is picked when the digest would list it (relevance ≥ %2, novelty ≥ %3).</source>
        <translation>
            <numerusform>Aus Ihren Bewertungen: %n Paper, davon %1 gemocht (ein Stern oder 4–5), der Rest nicht (1–2). Ein Paper gilt als ausgewählt, wenn der Digest es aufführen würde (Relevanz ≥ %2, Neuheit ≥ %3).</numerusform>
            <numerusform>Aus Ihren Bewertungen: %n Paper, davon %1 gemocht (ein Stern oder 4–5), der Rest nicht (1–2). Ein Paper gilt als ausgewählt, wenn der Digest es aufführen würde (Relevanz ≥ %2, Neuheit ≥ %3).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>an older version</source>
        <translation>eine ältere Version</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 · %2 (the criteria in use) · %n rated</source>
        <translation>
            <numerusform>%1 · %2 (die aktuellen Kriterien) · %n bewertet</numerusform>
            <numerusform>%1 · %2 (die aktuellen Kriterien) · %n bewertet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 · %2 · %n rated</source>
        <translation>
            <numerusform>%1 · %2 · %n bewertet</numerusform>
            <numerusform>%1 · %2 · %n bewertet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Rate %n more papers to get your own ranking (it needs %1 liked and %1 disliked).</source>
        <translation>
            <numerusform>Bewerten Sie noch %n Paper, um Ihr eigenes Ranking zu erhalten (es braucht %1 gemochte und %1 nicht gemochte).</numerusform>
            <numerusform>Bewerten Sie noch %n Paper, um Ihr eigenes Ranking zu erhalten (es braucht %1 gemochte und %1 nicht gemochte).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Measuring it on papers it did not train on…</source>
        <translation>Wird auf Papern gemessen, mit denen es nicht trainiert wurde…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>None of the papers you rated has a score from %1.</source>
        <translation>Keines der von Ihnen bewerteten Paper hat eine Bewertung von %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Of the %n papers %1 picked that you rated, you liked %2 (precision).</source>
        <translation>
            <numerusform>Von dem %n Paper, das %1 auswählte und Sie bewerteten, mochten Sie %2 (Präzision).</numerusform>
            <numerusform>Von den %n Papern, die %1 auswählte und Sie bewerteten, mochten Sie %2 (Präzision).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 picked none of the papers you rated.</source>
        <translation>%1 wählte keines der von Ihnen bewerteten Paper aus.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Of the %n papers you liked, it picked %1 (recall).</source>
        <translation>
            <numerusform>Von dem %n Paper, das Sie mochten, wählte es %1 aus (Trefferquote).</numerusform>
            <numerusform>Von den %n Papern, die Sie mochten, wählte es %1 aus (Trefferquote).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No paper you rated has a score yet: score a day, then rate its papers.</source>
        <translation>Noch keines der von Ihnen bewerteten Paper ist bewertet: Bewerten Sie einen Tag und dann seine Paper.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Too few ratings to measure it on papers it did not train on yet (it needs %1 of each kind).</source>
        <translation>Noch zu wenige Bewertungen, um es auf ungesehenen Papern zu messen (es braucht %1 von jeder Art).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Yours</source>
        <translation>Ihres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision at k, cross-validated in %1 folds: %2 (chance %3).</source>
        <translation>Präzision bei k, kreuzvalidiert in %1 Teilen: %2 (Zufall %3).</translation>
    </message>
</context>
<context>
    <name>PaperSift::Library</name>
    <message>
        <location filename="../ui/library.cpp" line="+200"/>
        <source>an older version</source>
        <translation>einer älteren Version</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Paper %1 is not in the database.</source>
        <translation>Der Artikel %1 ist nicht in der Datenbank.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>PaperSift::LibraryPage</name>
    <message>
        <location filename="../ui/settings/librarypage.cpp" line="+26"/>
        <source>&amp;Shared library (PostgreSQL)</source>
        <translation>&amp;Gemeinsame Bibliothek (PostgreSQL)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A lab&apos;s library on its PostgreSQL server: papers and scores are paid for once for everyone, your read marks, stars and notes stay yours. Off: the file on this computer.</source>
        <translation>Die Bibliothek einer Arbeitsgruppe auf deren PostgreSQL-Server: Artikel und Bewertungen werden für alle nur einmal bezahlt, Ihre Gelesen-Markierungen, Sterne und Notizen bleiben Ihre eigenen. Aus: die Datei auf diesem Rechner.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No password here: it comes from ~/.pgpass, PGPASSWORD or the keychain. --db on the command line opens another library.</source>
        <translation>Hier kein Passwort: Es kommt aus ~/.pgpass, PGPASSWORD oder dem Schlüsselbund. --db auf der Befehlszeile öffnet eine andere Bibliothek.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only when ~/.pgpass and PGPASSWORD hold none: it goes to the system keychain, never to a file.</source>
        <translation>Nur wenn ~/.pgpass und PGPASSWORD keines enthalten: Es kommt in den Schlüsselbund des Systems, nie in eine Datei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Claims expire after:</source>
        <translation>&amp;Reservierungen verfallen nach:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long another machine waits for a paper this one is scoring, should this one stop without saying so.</source>
        <translation>Wie lange ein anderer Rechner auf einen Artikel wartet, den dieser gerade bewertet, falls dieser unangekündigt aufhört.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the lab&apos;s stars and &amp;notes</source>
        <translation>&amp;Sterne und Notizen der Arbeitsgruppe zeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The table counts who in the lab starred each paper (Lab ★), and the paper pane shows your colleagues&apos; notes under the abstract. Your stars and notes are always visible to them in the shared library.</source>
        <translation>Die Tabelle zählt, wer in der Arbeitsgruppe einen Artikel mit Stern markiert hat (AG ★), und der Artikelbereich zeigt die Notizen Ihrer Kolleginnen und Kollegen unter dem Abstract. Ihre Sterne und Notizen sind in der gemeinsamen Bibliothek für sie immer sichtbar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Li&amp;brary</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Write the shared library as postgresql://user@host:5432/dbname.</source>
        <translation>Geben Sie die gemeinsame Bibliothek als postgresql://user@host:5432/dbname an.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The password was not saved: no system keychain took it. Put it in ~/.pgpass instead (host:port:database:user:password).</source>
        <translation>Das Passwort wurde nicht gespeichert: Kein Schlüsselbund des Systems hat es angenommen. Tragen Sie es stattdessen in ~/.pgpass ein (host:port:database:user:password).</translation>
    </message>
</context>
<context>
    <name>PaperSift::LimitsPage</name>
    <message>
        <location filename="../ui/settings/limitspage.cpp" line="+49"/>
        <location line="+9"/>
        <source> papers</source>
        <translation> Artikel</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&amp;Grow with the day&apos;s size</source>
        <translation>Mit dem Tagesumfang &amp;wachsen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bigger batches on big days: fewer requests, a shared prompt sent less often</source>
        <translation>Größere Stapel an umfangreichen Tagen: weniger Anfragen, der gemeinsame Prompt wird seltener gesendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>up to </source>
        <translation>bis zu </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models lose papers in long lists; PaperSift asks again for the papers a reply left out</source>
        <translation>Modelle verlieren in langen Listen Artikel; PaperSift fragt nach den Artikeln, die eine Antwort ausgelassen hat, erneut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest batch</source>
        <translation>Größter Stapel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Batch size:</source>
        <translation>&amp;Stapelgröße:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> requests</source>
        <translation> Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Slow down when the endpoint asks</source>
        <translation>&amp;Langsamer werden, wenn der Endpunkt darum bittet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On “too many requests” (HTTP 429) send half as many at once and wait as long as the endpoint says; grow back as answers arrive</source>
        <translation>Bei „zu vielen Anfragen“ (HTTP 429) halb so viele gleichzeitig senden und so lange warten, wie der Endpunkt angibt; mit eintreffenden Antworten wieder steigern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;In flight at once:</source>
        <translation>&amp;Gleichzeitig ausstehend:</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>No limit</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <location line="-10"/>
        <source> per minute</source>
        <translation> pro Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Request rate:</source>
        <translation>Anfrage&amp;rate:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B&amp;udget per run:</source>
        <translation>B&amp;udget pro Durchlauf:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A run that would cost more than the budget stops before it starts.</source>
        <translation>Ein Durchlauf, der mehr als das Budget kosten würde, wird gar nicht erst gestartet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Prices in USD per million tokens:</source>
        <translation>&amp;Preise in USD pro Million Token:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model prices</source>
        <translation>Modellpreise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cached input</source>
        <translation>Zwischengespeicherte Eingabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A&amp;dd Model</source>
        <translation>Modell &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+195"/>
        <location line="+13"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>Prices you change are saved in prices.json in the settings folder; the others follow PaperSift&apos;s updates.</source>
        <translation>Von Ihnen geänderte Preise werden in prices.json im Einstellungsordner gespeichert; die übrigen folgen den Aktualisierungen von PaperSift.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Limits &amp;&amp; prices</source>
        <translation>&amp;Limits &amp;&amp; Preise</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Shipped with PaperSift: its prices can be changed, and reset</source>
        <translation>Von PaperSift mitgeliefert: Die Preise lassen sich ändern und wieder zurücksetzen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Row %1 of the price table has no model name: enter one, or remove the row.</source>
        <translation>Zeile %1 der Preistabelle hat keinen Modellnamen: Geben Sie einen ein oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is in the price table twice: remove one of them.</source>
        <translation>„%1“ steht zweimal in der Preistabelle: Entfernen Sie einen der beiden Einträge.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The price of “%1” is not a number of 0 or more.</source>
        <translation>Der Preis für „%1“ ist keine Zahl größer oder gleich 0.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 The shipped prices are shown; saving replaces that file.</source>
        <translation>%1 Es werden die mitgelieferten Preise angezeigt; beim Speichern wird diese Datei ersetzt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reset to Shipped Price</source>
        <translation>Auf mitgelieferten Preis zurücksetzen</translation>
    </message>
</context>
<context>
    <name>PaperSift::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+79"/>
        <source>PaperSift</source>
        <translation>PaperSift</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="+179"/>
        <source>&amp;Criteria</source>
        <translation>&amp;Kriterien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit your criteria, see their versions, preview the prompt (Ctrl+K)</source>
        <translation>Kriterien bearbeiten, ihre Versionen ansehen und den Prompt in der Vorschau anzeigen (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+36"/>
        <source>The database at %1 could not be opened: %2</source>
        <translation>Die Datenbank unter %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="-119"/>
        <source>Next paper</source>
        <translation>Nächster Artikel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous paper</source>
        <translation>Vorheriger Artikel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page through the abstract, then next paper</source>
        <translation>Im Abstract weiterblättern, danach zum nächsten Artikel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next day</source>
        <translation>Nächster Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark view as read</source>
        <translation>Ansicht als gelesen markieren</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Next unread paper</source>
        <translation>Nächster ungelesener Artikel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No unread paper below this one.</source>
        <translation>Unter diesem gibt es keinen ungelesenen Artikel.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter…</source>
        <translation>Filtern …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clear filter</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starred</source>
        <translation>Mit Stern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Followed authors</source>
        <translation>Gefolgte Autoren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unscored</source>
        <translation>Unbewertet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Muted by rules</source>
        <translation>Von Regeln ausgeblendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disagreements</source>
        <translation>Meinungsverschiedenheiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show %1</source>
        <translation>Ansicht: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fetch &amp;&amp; Score Today</source>
        <translation>Heute abrufen &amp;&amp; bewerten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch today&apos;s announcements from arXiv and score them (Ctrl+R)</source>
        <translation>Die heutigen Ankündigungen von arXiv abrufen und bewerten (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Score This &amp;Day</source>
        <translation>&amp;Diesen Tag bewerten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Recover This Day</source>
        <translation>Diesen Tag &amp;wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebuild this missed day&apos;s new submissions from the arXiv API, then score them</source>
        <translation>Die neuen Einreichungen dieses verpassten Tages über die arXiv-API neu aufbauen und dann bewerten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the run; everything scored so far is kept (Esc)</source>
        <translation>Den Durchlauf anhalten; alle bisherigen Bewertungen bleiben erhalten (Esc)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import Feed Files…</source>
        <translation>Feed-Dateien &amp;importieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Demo Day</source>
        <translation>Demo-&amp;Tag öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories, the scoring endpoint, limits and prices, followed authors</source>
        <translation>Kategorien, Endpunkt für die Bewertung, Limits und Preise, gefolgte Autoren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose Categories…</source>
        <translation>Kategorien auswählen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the day&apos;s digest as Markdown, JSON or BibTeX (Ctrl+E)</source>
        <translation>Den Digest des Tages als Markdown, JSON oder BibTeX exportieren (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard &amp;Shortcuts</source>
        <translation>&amp;Tastaturkurzbefehle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How Well Does the Model &amp;Know You?</source>
        <translation>Wie gut &amp;kennt Sie das Modell?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Paper</source>
        <translation>A&amp;rtikel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rate</source>
        <translation>&amp;Bewerten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paper Pane &amp;Below the Table</source>
        <translation>Artikelbereich &amp;unter der Tabelle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Colours</source>
        <translation>&amp;Farben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow the &amp;System</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About PaperSift</source>
        <translation>Ü&amp;ber PaperSift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About PaperSift</source>
        <translation>Über PaperSift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;PaperSift %1&lt;/h3&gt;&lt;p&gt;Your daily arXiv, scored against your own criteria.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PaperSift %1&lt;/h3&gt;&lt;p&gt;Ihr tägliches arXiv, bewertet nach Ihren eigenen Kriterien.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowrows.cpp" line="+42"/>
        <source>Could not read the days: %1</source>
        <translation>Die Tage konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Could not read the papers: %1</source>
        <translation>Die Artikel konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+43"/>
        <source>A change could not be saved: %1</source>
        <translation>Eine Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowrows.cpp" line="-56"/>
        <source>Could not count the papers of each day: %1</source>
        <translation>Die Artikel der Tage konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Reading every paper in the library…</source>
        <translation>Alle Artikel der Bibliothek werden gelesen …</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln papers</source>
        <translation>
            <numerusform>%Ln Artikel</numerusform>
            <numerusform>%Ln Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %Ln papers</source>
        <translation>
            <numerusform>%1 von %Ln Artikel</numerusform>
            <numerusform>%1 von %Ln Artikeln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every paper of this day is scored.</source>
        <translation>Alle Artikel dieses Tages sind bewertet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database could not be opened — see the message above.</source>
        <translation>Die Datenbank konnte nicht geöffnet werden – siehe die Meldung oben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You follow no one yet — add authors in Settings, or right-click a paper to follow one of its authors.</source>
        <translation>Sie folgen noch niemandem – fügen Sie in den Einstellungen Autoren hinzu oder klicken Sie mit der rechten Maustaste auf einen Artikel, um einem seiner Autoren zu folgen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No papers match — Esc clears the filter.</source>
        <translation>Keine passenden Artikel – Esc setzt den Filter zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have read every paper here. [ and ] go to the days before and after.</source>
        <translation>Sie haben hier jeden Artikel gelesen. [ und ] wechseln zum Tag davor und danach.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of the authors you follow has a paper here.</source>
        <translation>Keiner der Autoren, denen Sie folgen, hat hier einen Artikel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You and the model agree on every paper you rated here. Papers it picked that you rated 1–2, and papers it scored 4 or less that you starred or rated 4–5, would be listed.</source>
        <translation>Sie und das Modell sind sich bei jedem hier bewerteten Paper einig. Aufgeführt würden Paper, die es auswählte und Sie mit 1–2 bewerteten, und Paper, denen es 4 oder weniger gab und die Sie mit einem Stern oder 4–5 bewerteten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No paper here is hidden by a “never show” rule. Settings → Rules holds your rules.</source>
        <translation>Hier blendet keine „Nie zeigen“-Regel ein Paper aus. Ihre Regeln stehen unter Einstellungen → Regeln.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No papers in this view.</source>
        <translation>Keine Artikel in dieser Ansicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No starred papers yet — press S on a paper to star it.</source>
        <translation>Noch keine Artikel mit Stern – drücken Sie bei einem Artikel S, um ihn mit einem Stern zu markieren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No papers yet — choose your categories, open the demo day, or fetch today&apos;s papers.</source>
        <translation>Noch keine Artikel – wählen Sie Ihre Kategorien, öffnen Sie den Demo-Tag oder rufen Sie die heutigen Artikel ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This day was never fetched: PaperSift did not run that evening. Recover rebuilds its new submissions from the arXiv API and scores them; cross-lists of older papers may be missing.</source>
        <translation>Dieser Tag wurde nie abgerufen: PaperSift lief an jenem Abend nicht. „Wiederherstellen“ baut seine neuen Einreichungen über die arXiv-API neu auf und bewertet sie; Cross-Listings älterer Artikel können fehlen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>arXiv announced nothing in your categories that day. It announces Sunday to Thursday evenings, US Eastern.</source>
        <translation>arXiv hat an diesem Tag in Ihren Kategorien nichts angekündigt. Ankündigungen erscheinen sonntags bis donnerstags abends (US-Ostküstenzeit).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+229"/>
        <source>Marked %n papers as read (Ctrl+Z undoes).</source>
        <translation>
            <numerusform>%n Artikel als gelesen markiert (Ctrl+Z macht es rückgängig).</numerusform>
            <numerusform>%n Artikel als gelesen markiert (Ctrl+Z macht es rückgängig).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Import Feed Files</source>
        <translation>Feed-Dateien importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>arXiv feeds (*.xml *.rss *.atom);;All files (*)</source>
        <translation>arXiv-Feeds (*.xml *.rss *.atom);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>Re-score %n papers</source>
        <translation>
            <numerusform>%n Artikel neu bewerten</numerusform>
            <numerusform>%n Artikel neu bewerten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Re-score %n papers (free)</source>
        <translation>
            <numerusform>%n Artikel neu bewerten (kostenlos)</numerusform>
            <numerusform>%n Artikel neu bewerten (kostenlos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Re-score %n papers (≈ $%1)</source>
        <translation>
            <numerusform>%n Artikel neu bewerten (≈ %1 $)</numerusform>
            <numerusform>%n Artikel neu bewerten (≈ %1 $)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your criteria are saved. Scores made with the earlier version stay, greyed, until the papers are scored again.</source>
        <translation>Ihre Kriterien sind gespeichert. Bewertungen mit der früheren Version bleiben ausgegraut erhalten, bis die Artikel neu bewertet werden.</translation>
    </message>
</context>
<context>
    <name>PaperSift::MessageBar</name>
    <message>
        <location filename="../ui/messagebar.cpp" line="+26"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Details…</source>
        <translation>Details …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>PaperSift::PaperActions</name>
    <message>
        <location filename="../ui/paperactions.cpp" line="+48"/>
        <source>Star</source>
        <translation>Mit Stern markieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Toggle read</source>
        <translation>Gelesen umschalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as Read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as Unread</source>
        <translation>Als ungelesen markieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rate %1 of 5</source>
        <translation>Mit %1 von 5 bewerten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear the Rating</source>
        <translation>Bewertung entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not Interested</source>
        <translation>Kein Interesse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open abstract page</source>
        <translation>Abstract-Seite öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open PDF</source>
        <translation>PDF öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy Title</source>
        <translation>Titel kopieren</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Copied %n titles.</source>
        <translation>
            <numerusform>%n Titel kopiert.</numerusform>
            <numerusform>%n Titel kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Copied %n links.</source>
        <translation>
            <numerusform>%n Link kopiert.</numerusform>
            <numerusform>%n Links kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>Copied %n BibTeX entries.</source>
        <translation>
            <numerusform>%n BibTeX-Eintrag kopiert.</numerusform>
            <numerusform>%n BibTeX-Einträge kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Copy Link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy BibTeX</source>
        <translation>BibTeX kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the First Author</source>
        <translation>Dem Erstautor folgen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the Last Author</source>
        <translation>Dem Letztautor folgen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find This Author&apos;s Papers in All Days</source>
        <translation>Artikel dieses Autors an allen Tagen suchen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Rate</source>
        <translation>&amp;Bewerten</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+3"/>
        <source>Follow %1</source>
        <translation>%1 folgen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find %1&apos;s Papers in All Days</source>
        <translation>Artikel von %1 an allen Tagen suchen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>You follow %1 already.</source>
        <translation>Sie folgen %1 bereits.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could not be followed: %2 cannot be written.</source>
        <translation>%1 konnte nicht gefolgt werden: %2 lässt sich nicht schreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You follow %1 now: their papers are marked and always kept.</source>
        <translation>Sie folgen jetzt %1: die Artikel werden markiert und immer behalten.</translation>
    </message>
</context>
<context>
    <name>PaperSift::PaperTableModel</name>
    <message>
        <location filename="../ui/papertablemodel.cpp" line="+228"/>
        <source>Relevance %1 of 10</source>
        <translation>Relevanz %1 von 10</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Not scored</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Novelty %1 of 10</source>
        <translation>Neuheit %1 von 10</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+77"/>
        <source>Starred</source>
        <translation>Mit Stern</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Not starred</source>
        <translation>Ohne Stern</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+28"/>
        <source>Starred by %n in the lab</source>
        <translation>
            <numerusform>Von %n Person der Arbeitsgruppe mit Stern markiert</numerusform>
            <numerusform>Von %n Personen der Arbeitsgruppe mit Stern markiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Your ranking %1 of 10</source>
        <translation>Eigene Rangfolge: %1 von 10</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not ranked</source>
        <translation>Nicht eingestuft</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Always kept, by your rule “%1”</source>
        <translation>Immer behalten, durch Ihre Regel „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always kept: an author you follow wrote it</source>
        <translation>Immer behalten: von einem Autor, dem Sie folgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hidden by a “never show” rule, and not scored</source>
        <translation>Von einer „Nie zeigen“-Regel ausgeblendet und nicht bewertet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You rated it %1 of 5</source>
        <translation>Von Ihnen mit %1 von 5 bewertet</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Starred by %n in the lab, you among them</source>
        <translation>
            <numerusform>Von %n Person der Arbeitsgruppe mit Stern markiert, darunter Sie</numerusform>
            <numerusform>Von %n Personen der Arbeitsgruppe mit Stern markiert, darunter Sie</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yours: %1 of 10, how much it resembles the papers you liked (5 is undecided, 8 and more is clearly on their side).</source>
        <translation>Eigene: %1 von 10 – wie sehr der Artikel denen ähnelt, die Ihnen gefallen haben (5 ist unentschieden, ab 8 klar auf ihrer Seite).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The title filter found it irrelevant, so no scores were asked for.</source>
        <translation>Der Titelfilter hat ihn als irrelevant eingestuft, daher wurde keine Bewertung angefordert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scored with criteria %1, before your last edit of the criteria.</source>
        <translation>Bewertet mit den Kriterien %1, vor Ihrer letzten Änderung der Kriterien.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Relevance</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Novelty</source>
        <translation>Neuheit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starred by the lab</source>
        <translation>Sterne der Arbeitsgruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your own ranking, learned from your ratings</source>
        <translation>Ihre eigene Rangfolge, aus Ihren Bewertungen gelernt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rel.</source>
        <comment>relevance, as a short column heading</comment>
        <translation>Rel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nov.</source>
        <comment>novelty, as a short column heading</comment>
        <translation>Neu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cat.</source>
        <comment>category, as a short column heading</comment>
        <translation>Kat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lab ★</source>
        <comment>how many of the lab starred a paper, as a short column heading</comment>
        <translation>AG ★</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yours</source>
        <comment>the reader&apos;s own learned ranking, as a short column heading</comment>
        <translation>Eigene</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Announced</source>
        <translation>Angekündigt</translation>
    </message>
</context>
<context>
    <name>PaperSift::PaperTableView</name>
    <message>
        <location filename="../ui/papertableview.cpp" line="+38"/>
        <source>Papers</source>
        <translation>Artikel</translation>
    </message>
</context>
<context>
    <name>PaperSift::PaperView</name>
    <message>
        <location filename="../ui/paperview.cpp" line="+172"/>
        <location line="+12"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Star</source>
        <translation>Stern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Star this paper (S)</source>
        <translation>Diesen Artikel mit Stern markieren (S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as read or unread (M)</source>
        <translation>Als gelesen oder ungelesen markieren (M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abstract page</source>
        <translation>Abstract-Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the arXiv abstract page (O)</source>
        <translation>Die Abstract-Seite auf arXiv öffnen (O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the PDF (P)</source>
        <translation>Das PDF öffnen (P)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Show or hide your notes on this paper</source>
        <translation>Ihre Notizen zu diesem Artikel ein- oder ausblenden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your notes on this paper, saved as you type</source>
        <translation>Ihre Notizen zu diesem Artikel – werden beim Tippen gespeichert</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Follow %1</source>
        <translation>%1 folgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find %1&apos;s Papers in All Days</source>
        <translation>Artikel von %1 an allen Tagen suchen</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Select a paper to read its abstract.</source>
        <translation>Wählen Sie einen Artikel aus, um sein Abstract zu lesen.</translation>
    </message>
    <message numerus="yes">
        <location line="-218"/>
        <source>%n more…</source>
        <translation>
            <numerusform>%n weiterer …</numerusform>
            <numerusform>%n weitere …</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/scorecard.cpp" line="+68"/>
        <source>Not scored yet.</source>
        <translation>Noch nicht bewertet.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not scored</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Relevance &lt;b&gt;%1&lt;/b&gt;/10</source>
        <translation>Relevanz &lt;b&gt;%1&lt;/b&gt;/10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Novelty &lt;b&gt;%1&lt;/b&gt;/10</source>
        <translation>Neuheit &lt;b&gt;%1&lt;/b&gt;/10</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keyword matches:</source>
        <translation>Schlüsselwort-Treffer:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1&apos;s comment:</source>
        <translation>Kommentar von %1:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>keyword scorer</source>
        <translation>Schlüsselwortbewertung</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not relevant by its title (%1&apos;s title filter)</source>
        <translation>Laut Titel nicht relevant (Titelfilter von %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an older version</source>
        <translation>einer älteren Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a newer version</source>
        <translation>einer neueren Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of date: scored with criteria %1; the criteria in use are %2. Score the day again to update it.</source>
        <translation>Veraltet: bewertet mit den Kriterien %1; verwendet werden die Kriterien %2. Bewerten Sie den Tag erneut, um die Bewertung zu aktualisieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keyword scorer: relevance %1/10</source>
        <translation>Schlüsselwortbewertung: Relevanz %1/10</translation>
    </message>
    <message>
        <location filename="../ui/paperview.cpp" line="+359"/>
        <source>Comments: %1</source>
        <translation>Kommentare: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal: %1</source>
        <translation>Zeitschrift: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1&apos;s note · %2</source>
        <translation>Notiz von %1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show rendered math</source>
        <translation>Gerenderte Formeln anzeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show TeX source</source>
        <translation>TeX-Quelltext anzeigen</translation>
    </message>
</context>
<context>
    <name>PaperSift::RankingController</name>
    <message numerus="yes">
        <location filename="../ui/rankingcontroller.cpp" line="+61"/>
        <source>Rate %n more papers to get your own ranking (a star or 4–5 is liked, 1–2 or “Not interested” disliked; it needs %1 of each).</source>
        <translation>
            <numerusform>Bewerten Sie noch %n Artikel, um Ihre eigene Rangfolge zu erhalten (ein Stern oder 4–5 heißt gefällt, 1–2 oder „Nicht interessiert“ gefällt nicht; nötig sind je %1).</numerusform>
            <numerusform>Bewerten Sie noch %n Artikel, um Ihre eigene Rangfolge zu erhalten (ein Stern oder 4–5 heißt gefällt, 1–2 oder „Nicht interessiert“ gefällt nicht; nötig sind je %1).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trained on %1 liked and %2 disliked papers.</source>
        <translation>Trainiert mit %1 Artikeln, die Ihnen gefallen, und %2, die Ihnen nicht gefallen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too few ratings yet to measure how well it ranks.</source>
        <translation>Noch zu wenige Bewertungen, um zu messen, wie gut sie einstuft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Of its top picks among your own ratings (held out, %1 folds), %2 are papers you liked; chance is %3.</source>
        <translation>Von ihren besten Treffern unter Ihren eigenen Bewertungen (zurückgehalten, %1 Teilmengen) sind %2 Artikel, die Ihnen gefallen; der Zufall erreicht %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keyword scorer gets %1.</source>
        <translation>Die Schlüsselwortbewertung erreicht %1.</translation>
    </message>
</context>
<context>
    <name>PaperSift::ReadingController</name>
    <message numerus="yes">
        <location filename="../ui/readingcontroller.cpp" line="+89"/>
        <source>Mark %n as Read</source>
        <translation>
            <numerusform>%n als gelesen markieren</numerusform>
            <numerusform>%n als gelesen markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Mark %n as Unread</source>
        <translation>
            <numerusform>%n als ungelesen markieren</numerusform>
            <numerusform>%n als ungelesen markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Star %n</source>
        <translation>
            <numerusform>%n mit Stern markieren</numerusform>
            <numerusform>%n mit Stern markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Unstar %n</source>
        <translation>
            <numerusform>Stern von %n entfernen</numerusform>
            <numerusform>Stern von %n entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n papers are read again.</source>
        <translation>
            <numerusform>%n Artikel ist wieder gelesen.</numerusform>
            <numerusform>%n Artikel sind wieder gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n papers are unread again.</source>
        <translation>
            <numerusform>%n Artikel ist wieder ungelesen.</numerusform>
            <numerusform>%n Artikel sind wieder ungelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n papers are starred again.</source>
        <translation>
            <numerusform>%n Artikel hat wieder einen Stern.</numerusform>
            <numerusform>%n Artikel haben wieder einen Stern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n papers are no longer starred.</source>
        <translation>
            <numerusform>%n Artikel hat keinen Stern mehr.</numerusform>
            <numerusform>%n Artikel haben keinen Stern mehr.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperSift::RulesPage</name>
    <message>
        <location filename="../ui/settings/rulespage.cpp" line="+28"/>
        <source>Always keep</source>
        <translation>Immer behalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Never show</source>
        <translation>Nie zeigen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rules cost nothing: they act before any scoring. “Always keep” papers are marked in the table and listed first in the digest; “never show” papers are hidden (the view “Muted by rules” lists them), never scored and never paid for. When both match a paper, it is kept.</source>
        <translation>Regeln kosten nichts: Sie wirken vor jeder Bewertung. „Immer behalten“-Paper werden in der Tabelle markiert und im Digest zuerst aufgeführt; „Nie zeigen“-Paper werden ausgeblendet (die Ansicht „Von Regeln ausgeblendet“ listet sie), nie bewertet und nie bezahlt. Passen beide auf ein Paper, wird es behalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your rules</source>
        <translation>Ihre Regeln</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Papers matching</source>
        <translation>Passende Paper</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+100"/>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>What the new rule does</source>
        <translation>Was die neue Regel tut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The papers the new rule matches</source>
        <translation>Die Paper, auf die die neue Regel passt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>au:&quot;Yoshua Bengio&quot;, ti:diffusion, &quot;reward model&quot;, cat:cs.CV</source>
        <translation>au:&quot;Yoshua Bengio&quot;, ti:diffusion, &quot;reward model&quot;, cat:cs.CV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A rule speaks the search box&apos;s language: words (each the start of a word), &quot;quoted phrases&quot;, au:, ti:, abs:, and cat:cs.LG (or cat:cs for every cs category). Every part must match.</source>
        <translation>Eine Regel spricht die Sprache des Suchfelds: Wörter (jeweils ein Wortanfang), &quot;Phrasen in Anführungszeichen&quot;, au:, ti:, abs: und cat:cs.LG (oder cat:cs für jede cs-Kategorie). Jeder Teil muss passen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>R&amp;ules</source>
        <translation>Re&amp;geln</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your rules could not be read: %1</source>
        <translation>Ihre Regeln konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On %1</source>
        <translation>Am %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved on OK or Apply</source>
        <translation>Wird mit OK oder Anwenden gespeichert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type a rule to see how many papers of %1 it matches.</source>
        <translation>Geben Sie eine Regel ein, um zu sehen, auf wie viele Paper vom %1 sie passt.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Matches %n papers of %1.</source>
        <translation>
            <numerusform>Passt auf %n Paper vom %1.</numerusform>
            <numerusform>Passt auf %n Paper vom %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperSift::RunJudgement</name>
    <message>
        <location filename="../app/pipeline/runjudgement.cpp" line="+19"/>
        <source>%1 at %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 papers are scored and kept; once the endpoint works, run &apos;%3&apos; to finish.</source>
        <translation>%1 von %2 Artikeln sind bewertet und bleiben erhalten; sobald der Endpunkt wieder funktioniert, führen Sie „%3“ aus, um den Rest zu bewerten.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scoring stopped: %1 (%2). %3 %4</source>
        <translation>Bewertung angehalten: %1 (%2). %3 %4</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The run reached its deadline of %n minute(s) before %1 had answered for every paper. Raise the deadline (--deadline, or the run/deadlineMin setting) or check the endpoint. </source>
        <translation>
            <numerusform>Der Durchlauf hat seine Frist von %n Minute erreicht, bevor %1 für jeden Artikel geantwortet hat. Verlängern Sie die Frist (--deadline oder die Einstellung run/deadlineMin) oder prüfen Sie den Endpunkt. </numerusform>
            <numerusform>Der Durchlauf hat seine Frist von %n Minuten erreicht, bevor %1 für jeden Artikel geantwortet hat. Verlängern Sie die Frist (--deadline oder die Einstellung run/deadlineMin) oder prüfen Sie den Endpunkt. </numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopped at the budget of $%1 with %2 of %3 papers scored. Everything scored is kept; raise the budget (Settings, or &apos;papersift config set llm/budgetUsd N&apos;) and run again to go on.</source>
        <translation>Beim Budget von %1 $ angehalten; %2 von %3 Artikeln sind bewertet. Alle Bewertungen bleiben erhalten. Erhöhen Sie das Budget (in den Einstellungen oder mit „papersift config set llm/budgetUsd N“) und starten Sie einen neuen Durchlauf, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled with %1 of %2 papers scored; the next run goes on from there.</source>
        <translation>Abgebrochen; %1 von %2 Artikeln sind bewertet. Der nächste Durchlauf macht dort weiter.</translation>
    </message>
</context>
<context>
    <name>PaperSift::RunLauncher</name>
    <message>
        <location filename="../ui/runlauncher.cpp" line="+33"/>
        <source>A run is already going; Stop ends it.</source>
        <translation>Es läuft bereits ein Durchlauf; „Stopp“ beendet ihn.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fetching and scoring</source>
        <translation>Wird abgerufen und bewertet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scoring</source>
        <translation>Wird bewertet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recovering</source>
        <translation>Wird wiederhergestellt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Re-scoring with the edited criteria</source>
        <translation>Neubewertung mit den bearbeiteten Kriterien</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing</source>
        <translation>Wird importiert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opening the demo day</source>
        <translation>Demo-Tag wird geöffnet</translation>
    </message>
</context>
<context>
    <name>PaperSift::RunStatusPresenter</name>
    <message numerus="yes">
        <location filename="../ui/runstatuspresenter.cpp" line="+30"/>
        <source>%1 of %Ln papers</source>
        <translation>
            <numerusform>%1 von %Ln Artikel</numerusform>
            <numerusform>%1 von %Ln Artikeln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1: %2 papers, %3 scanned, %4 relevant</source>
        <translation>%1: %2 Artikel, %3 geprüft, %4 relevant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> · $%1</source>
        <translation> · %1 $</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>PaperSift</source>
        <translation>PaperSift</translation>
    </message>
</context>
<context>
    <name>PaperSift::ScoringEngine</name>
    <message>
        <location filename="../app/pipeline/modelrun.cpp" line="+140"/>
        <location filename="../app/pipeline/scoringengine.cpp" line="+209"/>
        <location line="+5"/>
        <source>Scoring</source>
        <translation>Wird bewertet</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Filtering titles</source>
        <translation>Titel werden gefiltert</translation>
    </message>
    <message>
        <location line="+283"/>
        <source>The model gave no score</source>
        <translation>Das Modell hat keine Bewertung geliefert</translation>
    </message>
</context>
<context>
    <name>PaperSift::ScoringPage</name>
    <message>
        <location filename="../ui/settings/scoringpage.cpp" line="+46"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language model</source>
        <translation>Sprachmodell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keywords (offline, free)</source>
        <translation>Schlüsselwörter (offline, kostenlos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own ranking (offline, learned from your ratings)</source>
        <translation>Eigene Rangfolge (offline, aus Ihren Bewertungen gelernt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sc&amp;orer:</source>
        <translation>Bewertungs&amp;verfahren:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matches the keywords of your criteria against title and abstract. No network, no cost, no comments.</source>
        <translation>Gleicht die Schlüsselwörter Ihrer Kriterien mit Titel und Abstract ab. Kein Netzwerk, keine Kosten, keine Kommentare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sends title and abstract to the endpoint below and asks for relevance, novelty and a one-line comment.</source>
        <translation>Sendet Titel und Abstract an den unten angegebenen Endpunkt und fragt nach Relevanz, Neuheit und einem einzeiligen Kommentar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ranks by what you rated: a model of the papers you starred or rated 4–5 against the ones you rated 1–2. No network, no cost.</source>
        <translation>Stuft nach Ihren Bewertungen ein: ein Modell der Artikel mit Stern oder 4–5 gegenüber denen mit 1–2. Kein Netzwerk, keine Kosten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language model when an endpoint is set up, otherwise your own ranking when it ranks your ratings better than the keywords do, otherwise the offline keyword scorer.</source>
        <translation>Das Sprachmodell, wenn ein Endpunkt eingerichtet ist; sonst Ihre eigene Rangfolge, wenn sie Ihre Bewertungen besser einstuft als die Schlüsselwörter; sonst die Offline-Schlüsselwortbewertung.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your ranking:</source>
        <translation>Eigene Rangfolge:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Base URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. gpt-4o-mini, llama3.1:8b</source>
        <translation>z. B. gpt-4o-mini, llama3.1:8b</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve Key</source>
        <translation>Schlüssel ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deletes this endpoint&apos;s key from the system keychain</source>
        <translation>Löscht den Schlüssel dieses Endpunkts aus dem Systemschlüsselbund</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name: value; Other-Name: value</source>
        <translation>Name: Wert; Anderer-Name: Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xtra headers:</source>
        <translation>&amp;Zusätzliche Header:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+335"/>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="-333"/>
        <source>Asks the endpoint for its models, with the values shown here</source>
        <translation>Fragt den Endpunkt mit den hier angezeigten Werten nach seinen Modellen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Drop clearly unrelated papers by their title first</source>
        <translation>&amp;Offensichtlich themenfremde Artikel vorab anhand des Titels aussortieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One cheap request with the titles only; saves most of the cost on a big day</source>
        <translation>Eine günstige Anfrage nur mit den Titeln; spart an umfangreichen Tagen den Großteil der Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for &amp;JSON replies (response_format)</source>
        <translation>&amp;JSON-Antworten anfordern (response_format)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for endpoints that support it; the reply parser copes without it</source>
        <translation>Nur für Endpunkte, die dies unterstützen; der Antwortparser kommt auch ohne aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> of each</source>
        <translation> je Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rated &amp;examples:</source>
        <translation>Bewertete &amp;Beispiele:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Titles of papers you liked and disliked, newest first, written into the criteria when you press Update Examples in the criteria editor. They make a new criteria version, like any edit.</source>
        <translation>Titel von Papern, die Sie mochten und nicht mochten, die neuesten zuerst, in die Kriterien geschrieben, wenn Sie im Kriterieneditor „Beispiele aktualisieren“ drücken. Sie erzeugen eine neue Kriterienversion, wie jede Änderung.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Scoring</source>
        <translation>&amp;Bewertung</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+98"/>
        <source>needs an API key</source>
        <translation>benötigt einen API-Schlüssel</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+98"/>
        <source>no API key needed</source>
        <translation>kein API-Schlüssel nötig</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Enter the base URL of your endpoint, e.g. http://localhost:8080/v1.</source>
        <translation>Geben Sie die Basis-URL Ihres Endpunkts ein, z. B. http://localhost:8080/v1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The base URL “%1” is not an http(s) URL: enter one like https://api.openai.com/v1.</source>
        <translation>Die Basis-URL „%1“ ist keine http(s)-URL: Geben Sie eine URL wie https://api.openai.com/v1 ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the model to score with (Test Connection lists them).</source>
        <translation>Geben Sie das Modell für die Bewertung ein („Verbindung testen“ listet die verfügbaren Modelle auf).</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>%1 needs a key.</source>
        <translation>%1 benötigt einen Schlüssel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not need one unless your server asks for it.</source>
        <translation>%1 benötigt keinen, es sei denn, Ihr Server verlangt einen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set by %1</source>
        <translation>Festgelegt durch %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Using the key in the environment variable %1; it takes precedence over the keychain.</source>
        <translation>Der Schlüssel aus der Umgebungsvariablen %1 wird verwendet; er hat Vorrang vor dem Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Used for Test Connection only</source>
        <translation>Nur für „Verbindung testen“ verwendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No system keychain is available, so this key is used for Test Connection only and is not saved. For scoring, set PAPERSIFT_API_KEY in the environment.</source>
        <translation>Es ist kein Systemschlüsselbund verfügbar, daher wird dieser Schlüssel nur für „Verbindung testen“ verwendet und nicht gespeichert. Setzen Sie für die Bewertung PAPERSIFT_API_KEY in der Umgebung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No system keychain is available (Secret Service or KWallet), so a key cannot be saved here: set PAPERSIFT_API_KEY in the environment instead. %1</source>
        <translation>Es ist kein Systemschlüsselbund verfügbar (Secret Service oder KWallet), daher kann hier kein Schlüssel gespeichert werden: Setzen Sie stattdessen PAPERSIFT_API_KEY in der Umgebung. %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The new key goes to the system keychain when you press OK or Apply.</source>
        <translation>Der neue Schlüssel wird im Systemschlüsselbund gespeichert, sobald Sie „OK“ oder „Anwenden“ drücken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking in the system keychain…</source>
        <translation>Systemschlüsselbund wird durchsucht …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stored in the keychain — type to replace it</source>
        <translation>Im Schlüsselbund gespeichert – zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A key for %1 is stored in the system keychain.</source>
        <translation>Für %1 ist ein Schlüssel im Systemschlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No key stored in the system keychain. %1</source>
        <translation>Im Systemschlüsselbund ist kein Schlüssel gespeichert. %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Test stopped.</source>
        <translation>Test abgebrochen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not an http(s) URL: enter the base URL, e.g. http://localhost:11434/v1.</source>
        <translation>„%1“ ist keine http(s)-URL: Geben Sie die Basis-URL ein, z. B. http://localhost:11434/v1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>S&amp;top Test</source>
        <translation>&amp;Test abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asking %1 for its models…</source>
        <translation>%1 wird nach seinen Modellen gefragt …</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connected to %1: it lists one model.</source>
        <translation>Verbunden mit %1: Es wird ein Modell aufgeführt.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Connected to %1: %n models listed.</source>
        <translation>
            <numerusform>Verbunden mit %1: %n Modell aufgeführt.</numerusform>
            <numerusform>Verbunden mit %1: %n Modelle aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not among them: choose one from the Model list.</source>
        <translation>„%1“ ist nicht darunter: Wählen Sie eines aus der Modellliste aus.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not trained yet: rate papers (1–5, a star, or x for “Not interested”) and it learns from them.</source>
        <translation>Noch nicht trainiert: Bewerten Sie Artikel (1–5, ein Stern oder x für „Nicht interessiert“), und sie lernt daraus.</translation>
    </message>
</context>
<context>
    <name>PaperSift::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+25"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Saving the key in the system keychain…</source>
        <translation>Schlüssel wird im Systemschlüsselbund gespeichert …</translation>
    </message>
</context>
<context>
    <name>PaperSift::SettingsPage</name>
    <message>
        <location filename="../ui/settings/settingspage.cpp" line="+45"/>
        <source>Cannot write %1: check that the folder is writable.</source>
        <translation>%1 kann nicht geschrieben werden: Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>PaperSift::ShortcutSheet</name>
    <message>
        <location filename="../ui/shortcutsheet.cpp" line="+119"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 or %2</source>
        <comment>two keys for one action</comment>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastaturkurzbefehle</translation>
    </message>
</context>
<context>
    <name>PaperSift::Sidebar</name>
    <message>
        <location filename="../ui/sidebar.cpp" line="+76"/>
        <location line="+2"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starred</source>
        <translation>Mit Stern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Followed authors</source>
        <translation>Gefolgte Autoren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unscored</source>
        <translation>Unbewertet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Muted by rules</source>
        <translation>Von Regeln ausgeblendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disagreements</source>
        <translation>Meinungsverschiedenheiten</translation>
    </message>
</context>
</TS>
