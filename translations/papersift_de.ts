<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>PaperSift::CriteriaDock</name>
    <message>
        <location filename="../ui/criteriadock.cpp" line="102"/>
        <source>%1k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="114"/>
        <location filename="../ui/criteriadock.cpp" line="115"/>
        <location filename="../ui/criteriadock.cpp" line="229"/>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="125"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="127"/>
        <source>Save the criteria to criteria.md (Ctrl+S); the previous text stays in the version list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="130"/>
        <source>&amp;Preview Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="131"/>
        <source>Show the prompt these criteria make, for three papers of the day shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="132"/>
        <source>&amp;Re-score Day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="133"/>
        <source>Score the day shown again with these criteria; shows the cost first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="156"/>
        <source>Res&amp;tore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="158"/>
        <source>Load this version into the editor (save to use it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="159"/>
        <source>&amp;Back to Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="166"/>
        <source>Saved criteria version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="176"/>
        <source>&amp;Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="181"/>
        <source>Criteria versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="186"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="186"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="186"/>
        <source>Scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="229"/>
        <source>Criteria*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="237"/>
        <source>Score the papers of %1 again with these criteria; shows the cost first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="239"/>
        <source>Choose a day with papers to re-score it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="258"/>
        <source>The criteria are empty: write the topics you care about, or restore a version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="269"/>
        <source>The criteria were not saved: the database did not take them (%1). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="281"/>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="305"/>
        <source>The saved versions could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="321"/>
        <source>1 paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/criteriadock.cpp" line="321"/>
        <source>%n papers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="322"/>
        <source>not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="324"/>
        <source>%1 · in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="324"/>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="329"/>
        <source>The criteria in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="346"/>
        <source>This version could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="350"/>
        <source>Saved %1 · scored %2 — read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="365"/>
        <source>Version restored into the editor: save to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="413"/>
        <source>Prompt Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="421"/>
        <source>&amp;System message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="421"/>
        <source>&amp;User message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="443"/>
        <source>About %1 tokens before the papers. No papers of a day are shown, so %2 stands where they go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/criteriadock.cpp" line="447"/>
        <source>About %1 tokens for %n papers of %2; every request repeats the first %3 tokens (system message, instructions, criteria).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="499"/>
        <source>%1 has no papers to score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="499"/>
        <source>Choose a day with papers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="504"/>
        <source>The keyword scorer runs offline: it costs nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="506"/>
        <source>About %1 tokens with %2: about $%3 (an upper estimate; cached prompts cost less).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="510"/>
        <source>That is over your budget of $%1 per run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="512"/>
        <source>About %1 tokens with %2, whose price is unknown: add it in Settings → Limits &amp; prices to see the cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="517"/>
        <source>Your edits are saved first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="519"/>
        <source>Re-score Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="520"/>
        <source>Re-score the one paper of %1 with these criteria?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/criteriadock.cpp" line="521"/>
        <source>Re-score the %n papers of %1 with these criteria?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/criteriadock.cpp" line="526"/>
        <source>&amp;Re-score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperSift::CriteriaTextEdit</name>
    <message>
        <location filename="../ui/criteriaeditor.cpp" line="18"/>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperSift::DailyRun</name>
    <message>
        <location filename="../app/pipeline/dailyrun.cpp" line="124"/>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pipeline/dailyrun.cpp" line="139"/>
        <source>Interrupted before it finished; its scores were kept and a later run resumed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pipeline/dailyrun.cpp" line="147"/>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pipeline/dailyrun.cpp" line="150"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pipeline/dailyrun.cpp" line="160"/>
        <source>Fetching %1 from arXiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pipeline/dailyrun.cpp" line="175"/>
        <source>Cancelled while fetching; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pipeline/dailyrun.cpp" line="183"/>
        <source>arXiv&apos;s feed has not changed since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pipeline/dailyrun.cpp" line="193"/>
        <source>arXiv announced nothing for %1: weekends and holidays have no announcements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pipeline/dailyrun.cpp" line="197"/>
        <source>arXiv has not published today&apos;s announcements yet (the same %n papers as %1). Try again after 20:00 US Eastern.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pipeline/dailyrun.cpp" line="209"/>
        <source>Storing %n papers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/pipeline/dailyrun.cpp" line="233"/>
        <source>There is no feed day to score yet: fetch today&apos;s announcements, or import or backfill a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pipeline/dailyrun.cpp" line="237"/>
        <source>Selecting the papers of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pipeline/dailyrun.cpp" line="252"/>
        <source>No papers are stored for %1 in %2. Import that day&apos;s feeds (papersift import FILE…) or backfill it (papersift backfill --from %1 --to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pipeline/dailyrun.cpp" line="341"/>
        <source>Finishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pipeline/dailyrun.cpp" line="366"/>
        <source>Stopped at the budget of $%1 with %2 of %3 papers scored. Everything scored is kept; raise the budget (Settings, or &apos;papersift config set llm/budgetUsd N&apos;) and run again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pipeline/dailyrun.cpp" line="373"/>
        <source>Cancelled with %1 of %2 papers scored; the next run goes on from there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperSift::DayListModel</name>
    <message numerus="yes">
        <location filename="../ui/sidebar.cpp" line="46"/>
        <source>%1: %n papers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sidebar.cpp" line="47"/>
        <source>%n relevant</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sidebar.cpp" line="48"/>
        <source>%n not scored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperSift::ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.cpp" line="67"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="69"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="71"/>
        <source>BibTeX (*.bib)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="99"/>
        <source>1 paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="99"/>
        <source>%1 papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="134"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="137"/>
        <source>Papers to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="140"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="141"/>
        <source>Markdown digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="142"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="143"/>
        <source>BibTeX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="145"/>
        <source>&amp;Papers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="147"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="158"/>
        <source>Rendered preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="163"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="173"/>
        <source>&amp;Rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="174"/>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="180"/>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="181"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="183"/>
        <source>Copy the export to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="269"/>
        <source>Could not read the days in the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="274"/>
        <source>%1 %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="286"/>
        <source>Starred papers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="300"/>
        <source>The Markdown digest is made for one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="319"/>
        <source>There is nothing to export yet. Fetch or import a day first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="324"/>
        <source>Could not read the starred papers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="330"/>
        <source>1 starred paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="330"/>
        <source>%1 starred papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="346"/>
        <source>%1 of %2 papers in the digest (relevance ≥ %3, novelty ≥ %4) · scores by %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="354"/>
        <source>No paper of %1 reaches the cutoffs with the current criteria and %2. Score the day, or lower the cutoffs in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="379"/>
        <source>No starred papers yet. Star papers in the table (press s) to export them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="387"/>
        <source>Could not write %1: %2. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="391"/>
        <source>Could not save %1: %2. The disk may be full: free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="395"/>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="412"/>
        <source>Save Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="412"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="424"/>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperSift::Library</name>
    <message>
        <location filename="../ui/library.cpp" line="179"/>
        <source>Paper %1 is not in the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperSift::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="90"/>
        <location filename="../ui/mainwindow.cpp" line="935"/>
        <source>PaperSift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="98"/>
        <source>Papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="125"/>
        <source>Relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>Novelty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="168"/>
        <location filename="../ui/mainwindow.cpp" line="729"/>
        <source>%1 of %n papers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="187"/>
        <source>&amp;Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="191"/>
        <source>Edit your criteria, see their versions, preview the prompt (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="202"/>
        <source>Re-scoring with the edited criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="243"/>
        <source>Your note could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="284"/>
        <source>The database at %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="340"/>
        <source>Next paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="341"/>
        <source>Previous paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="343"/>
        <source>Page through the abstract, then next paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="348"/>
        <source>Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="350"/>
        <source>Toggle read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="352"/>
        <source>Open abstract page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="357"/>
        <source>Open PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="362"/>
        <source>Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="364"/>
        <source>Next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="366"/>
        <source>Mark view as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="368"/>
        <source>Undo mark as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="381"/>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="385"/>
        <source>Clear filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="398"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="398"/>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="398"/>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="398"/>
        <source>Followed authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="398"/>
        <source>Unscored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="400"/>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="404"/>
        <source>Fetch &amp;&amp; Score Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="405"/>
        <source>Fetch today&apos;s announcements from arXiv and score them (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="410"/>
        <source>Fetching and scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="412"/>
        <source>Score This &amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="417"/>
        <source>Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="419"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="422"/>
        <source>Stop the run; everything scored so far is kept (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="425"/>
        <source>&amp;Import Feed Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="427"/>
        <source>Open &amp;Demo Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="428"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="429"/>
        <source>Categories, the scoring endpoint, limits and prices, followed authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="438"/>
        <source>Choose Categories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="445"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="448"/>
        <source>Export the day&apos;s digest as Markdown, JSON or BibTeX (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="455"/>
        <source>Keyboard &amp;Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="461"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="467"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="475"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="482"/>
        <source>&amp;Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="486"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="490"/>
        <source>Paper Pane &amp;Below the Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="497"/>
        <source>&amp;Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="500"/>
        <source>Follow the &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="501"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="501"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="515"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="521"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="523"/>
        <source>&amp;About PaperSift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="524"/>
        <source>About PaperSift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="525"/>
        <source>&lt;h3&gt;PaperSift %1&lt;/h3&gt;&lt;p&gt;Your daily arXiv, scored against your own criteria.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="533"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="554"/>
        <source>Search titles, authors and abstracts (/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="556"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="569"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="575"/>
        <source>Relevance ≥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="576"/>
        <source>Novelty ≥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="582"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="583"/>
        <location filename="../ui/mainwindow.cpp" line="704"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="645"/>
        <source>Could not read the days: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="690"/>
        <source>Could not read the papers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="728"/>
        <source>%n papers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="735"/>
        <source>Every paper of this day is scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="739"/>
        <source>The database could not be opened — see the message above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="743"/>
        <source>No papers match — Esc clears the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="744"/>
        <source>No papers in this view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="749"/>
        <source>No starred papers yet — press S on a paper to star it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="758"/>
        <source>No papers yet — choose your categories, open the demo day, or fetch today&apos;s papers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="762"/>
        <source>arXiv announced nothing in your categories that day. It announces Sunday to Thursday evenings, US Eastern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="799"/>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="860"/>
        <source>Marked %n papers as read (Ctrl+Z undoes).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="866"/>
        <source>A run is already going; Stop ends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="909"/>
        <source>%1: %2 papers, %3 scanned, %4 relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="913"/>
        <source> · $%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="943"/>
        <source>Import Feed Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="944"/>
        <source>arXiv feeds (*.xml *.rss *.atom);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="951"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="962"/>
        <source>Opening the demo day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperSift::MessageBar</name>
    <message>
        <location filename="../ui/messagebar.cpp" line="26"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagebar.cpp" line="39"/>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagebar.cpp" line="44"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagebar.cpp" line="45"/>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagebar.cpp" line="49"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperSift::PaperTableModel</name>
    <message>
        <location filename="../ui/papertablemodel.cpp" line="154"/>
        <source>Relevance %1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/papertablemodel.cpp" line="154"/>
        <location filename="../ui/papertablemodel.cpp" line="156"/>
        <source>Not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/papertablemodel.cpp" line="156"/>
        <source>Novelty %1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/papertablemodel.cpp" line="158"/>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/papertablemodel.cpp" line="158"/>
        <source>Not starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/papertablemodel.cpp" line="193"/>
        <source>Relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/papertablemodel.cpp" line="195"/>
        <source>Novelty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/papertablemodel.cpp" line="197"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/papertablemodel.cpp" line="199"/>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/papertablemodel.cpp" line="201"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/papertablemodel.cpp" line="203"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/papertablemodel.cpp" line="205"/>
        <source>Announced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperSift::PaperView</name>
    <message>
        <location filename="../ui/paperview.cpp" line="61"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/paperview.cpp" line="73"/>
        <source>Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/paperview.cpp" line="74"/>
        <source>Star this paper (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/paperview.cpp" line="77"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/paperview.cpp" line="78"/>
        <source>Mark as read or unread (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/paperview.cpp" line="80"/>
        <source>Abstract page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/paperview.cpp" line="81"/>
        <source>Open the arXiv abstract page (O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/paperview.cpp" line="83"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/paperview.cpp" line="84"/>
        <source>Open the PDF (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/paperview.cpp" line="106"/>
        <source>Your notes on this paper, saved as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/paperview.cpp" line="191"/>
        <source>Select a paper to read its abstract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/paperview.cpp" line="267"/>
        <source>%n more…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/paperview.cpp" line="283"/>
        <source>Not scored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/paperview.cpp" line="288"/>
        <source>criteria %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/paperview.cpp" line="288"/>
        <source> (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/paperview.cpp" line="290"/>
        <source>Not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/paperview.cpp" line="294"/>
        <source>Relevance &lt;b&gt;%1&lt;/b&gt;/10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/paperview.cpp" line="296"/>
        <source>Novelty &lt;b&gt;%1&lt;/b&gt;/10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/paperview.cpp" line="301"/>
        <source>Model&apos;s comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/paperview.cpp" line="310"/>
        <source>Comments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/paperview.cpp" line="312"/>
        <source>Journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/paperview.cpp" line="318"/>
        <source>Show rendered math</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/paperview.cpp" line="318"/>
        <source>Show TeX source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperSift::ScoringEngine</name>
    <message>
        <location filename="../app/pipeline/scoringengine.cpp" line="182"/>
        <location filename="../app/pipeline/scoringengine.cpp" line="187"/>
        <location filename="../app/pipeline/scoringengine.cpp" line="310"/>
        <location filename="../app/pipeline/scoringengine.cpp" line="426"/>
        <source>Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pipeline/scoringengine.cpp" line="218"/>
        <source>Filtering titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pipeline/scoringengine.cpp" line="417"/>
        <source>The model gave no score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperSift::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="160"/>
        <source>&amp;New submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="161"/>
        <source>&amp;Cross-lists from other categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="162"/>
        <source>&amp;Replacements (new versions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="163"/>
        <source>Replaced cross-&amp;lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="190"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="199"/>
        <source>&amp;arXiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="200"/>
        <source>&amp;Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="201"/>
        <source>&amp;Limits &amp;&amp; prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="202"/>
        <source>Authors &amp;&amp; &amp;data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="229"/>
        <source>&amp;Categories to fetch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="233"/>
        <source>Find a category by code or name, e.g. cs.LG or learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="235"/>
        <source>Find a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="240"/>
        <source>arXiv categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="264"/>
        <source>Announce types:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="276"/>
        <source>&amp;Relevance at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="278"/>
        <source>&amp;novelty at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="286"/>
        <source>Digest keeps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="288"/>
        <source>Scores go from 0 to 10. Papers below either cutoff stay in the table but not in the digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="302"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="303"/>
        <source>Language model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="304"/>
        <source>Keywords (offline, free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="307"/>
        <source>Sc&amp;orer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="312"/>
        <source>Matches the keywords of your criteria against title and abstract. No network, no cost, no comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="314"/>
        <source>Sends title and abstract to the endpoint below and asks for relevance, novelty and a one-line comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="316"/>
        <source>The language model when an endpoint is set up, otherwise the offline keyword scorer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="332"/>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="340"/>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="349"/>
        <source>e.g. gpt-4o-mini, llama3.1:8b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="350"/>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="356"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="357"/>
        <source>Remo&amp;ve Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="358"/>
        <source>Deletes this endpoint&apos;s key from the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="363"/>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="381"/>
        <source>Name: value; Other-Name: value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="382"/>
        <source>E&amp;xtra headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="386"/>
        <location filename="../ui/settingsdialog.cpp" line="973"/>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="388"/>
        <source>Asks the endpoint for its models, with the values shown here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="400"/>
        <source>&amp;Drop clearly unrelated papers by their title first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="401"/>
        <source>One cheap request with the titles only; saves most of the cost on a big day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="402"/>
        <source>Ask for &amp;JSON replies (response_format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="403"/>
        <source>Only for endpoints that support it; the reply parser copes without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="404"/>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="420"/>
        <source> papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="421"/>
        <source>&amp;Grow with the day&apos;s size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="422"/>
        <source>Bigger batches on big days: fewer requests, a shared prompt sent less often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="428"/>
        <source>&amp;Batch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="435"/>
        <source> requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="436"/>
        <source>&amp;In flight at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="441"/>
        <location filename="../ui/settingsdialog.cpp" line="451"/>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="442"/>
        <source> per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="443"/>
        <source>&amp;Request rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="450"/>
        <source>$</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="452"/>
        <source>B&amp;udget per run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="455"/>
        <source>A run that would cost more than the budget stops before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="458"/>
        <source>&amp;Prices in USD per million tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="463"/>
        <source>Model prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="464"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="464"/>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="464"/>
        <source>Cached input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="464"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="493"/>
        <source>A&amp;dd Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="494"/>
        <location filename="../ui/settingsdialog.cpp" line="771"/>
        <location filename="../ui/settingsdialog.cpp" line="784"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="497"/>
        <source>Prices you change are saved in prices.json in the settings folder; the others follow PaperSift&apos;s updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="537"/>
        <source>&amp;Followed authors, one name a line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="542"/>
        <source>Yoshua Bengio
Fei-Fei Li</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="545"/>
        <source>Papers by these authors are marked in the table and always listed in the paper pane. Names match as arXiv writes them, ignoring case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="554"/>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="555"/>
        <source>Open the folder of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="567"/>
        <source>No file manager opened %1. Open it yourself, or copy the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="570"/>
        <source>D&amp;atabase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="571"/>
        <source>Settings and &amp;prompts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="574"/>
        <source>--db and --config on the command line use other files; criteria.md in the settings folder holds your criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="604"/>
        <location filename="../ui/settingsdialog.cpp" line="800"/>
        <source>needs an API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="604"/>
        <location filename="../ui/settingsdialog.cpp" line="800"/>
        <source>no API key needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="658"/>
        <source>not in PaperSift&apos;s list of categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="691"/>
        <source>No category chosen: choose at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="691"/>
        <source>Chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="719"/>
        <source>Shipped with PaperSift: its prices can be changed, and reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="738"/>
        <source>Row %1 of the price table has no model name: enter one, or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="740"/>
        <source>“%1” is in the price table twice: remove one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="746"/>
        <source>The price of “%1” is not a number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="761"/>
        <source>%1 The shipped prices are shown; saving replaces that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="781"/>
        <source>Reset to Shipped Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="838"/>
        <source>%1 needs a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="839"/>
        <source>%1 does not need one unless your server asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="849"/>
        <source>Set by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="850"/>
        <source>Using the key in the environment variable %1; it takes precedence over the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="854"/>
        <source>Used for Test Connection only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="856"/>
        <source>No system keychain is available, so this key is used for Test Connection only and is not saved. For scoring, set PAPERSIFT_API_KEY in the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="858"/>
        <source>No system keychain is available (Secret Service or KWallet), so a key cannot be saved here: set PAPERSIFT_API_KEY in the environment instead. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="864"/>
        <source>The new key goes to the system keychain when you press OK or Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="867"/>
        <source>Looking in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="874"/>
        <source>Stored in the keychain — type to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="875"/>
        <source>A key for %1 is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="877"/>
        <source>No key stored in the system keychain. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="897"/>
        <source>Test stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="904"/>
        <source>“%1” is not an http(s) URL: enter the base URL, e.g. http://localhost:11434/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="928"/>
        <source>S&amp;top Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="930"/>
        <source>Asking %1 for its models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="983"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="996"/>
        <source>Connected to %1: it lists one model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settingsdialog.cpp" line="997"/>
        <source>Connected to %1: %n models listed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="999"/>
        <source>“%1” is not among them: choose one from the Model list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="1043"/>
        <location filename="../ui/settingsdialog.cpp" line="1056"/>
        <source>Cannot write %1: check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="1099"/>
        <source>Saving the key in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="1128"/>
        <source>Choose at least one arXiv category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="1136"/>
        <source>Choose at least one announce type, e.g. new submissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="1143"/>
        <source>Enter the base URL of your endpoint, e.g. http://localhost:8080/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="1148"/>
        <source>The base URL “%1” is not an http(s) URL: enter one like https://api.openai.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="1155"/>
        <source>Enter the model to score with (Test Connection lists them).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperSift::ShortcutSheet</name>
    <message>
        <location filename="../ui/shortcutsheet.cpp" line="34"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shortcutsheet.cpp" line="39"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shortcutsheet.cpp" line="39"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperSift::Sidebar</name>
    <message>
        <location filename="../ui/sidebar.cpp" line="121"/>
        <location filename="../ui/sidebar.cpp" line="123"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar.cpp" line="131"/>
        <location filename="../ui/sidebar.cpp" line="133"/>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar.cpp" line="135"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar.cpp" line="135"/>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar.cpp" line="135"/>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar.cpp" line="135"/>
        <source>Followed authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar.cpp" line="135"/>
        <source>Unscored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
