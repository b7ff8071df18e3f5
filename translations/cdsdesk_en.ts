<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>DashboardPage</name>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campaign:</translation>
    </message>
    <message>
        <source>Every tile shows its change against this campaign: the one of the same province with the next lower year.</source>
        <translation>Every tile shows its change against this campaign: the one of the same province with the next lower year.</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <source>Restricts every figure to this district and the units below it.</source>
        <translation>Restricts every figure to this district and the units below it.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Counts only the trainings, events and media outputs dated within this period (both days included).</source>
        <translation>Counts only the trainings, events and media outputs dated within this period (both days included).</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from a CSV file</source>
        <translation>Import from a CSV file</translation>
    </message>
    <message>
        <source>1. The file</source>
        <translation>1. The file</translation>
    </message>
    <message>
        <source>&amp;What the file holds:</source>
        <translation>&amp;What the file holds:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>A CSV file saved from Excel or LibreOffice</source>
        <translation>A CSV file saved from Excel or LibreOffice</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Text encoding:</source>
        <translation>&amp;Text encoding:</translation>
    </message>
    <message>
        <source>2. Columns</source>
        <translation>2. Columns</translation>
    </message>
    <message>
        <source>* required. Each field reads the file column chosen beside it; “(none)” leaves the field empty.</source>
        <translation>* required. Each field reads the file column chosen beside it; “(none)” leaves the field empty.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CDS Desk</source>
        <translation>CDS Desk</translation>
    </message>
    <message>
        <source>Load the demo campaign (Quảng Ngãi 2022)</source>
        <translation>Load the demo campaign (Quảng Ngãi 2022)</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>Open another database…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Export report PDF…</source>
        <translation>&amp;Export report PDF…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About CDS Desk</source>
        <translation>&amp;About CDS Desk</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Whole page</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>Backup file:</translation>
    </message>
    <message>
        <source>Taken on:</source>
        <translation>Taken on:</translation>
    </message>
    <message>
        <source>The backup holds:</source>
        <translation>The backup holds:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Interface language:</translation>
    </message>
    <message>
        <source>The new language is used the next time CDS Desk starts. Figures and dates keep the Vietnamese format (1.141; 07/10/2022) in either language.</source>
        <translation>The new language is used the next time CDS Desk starts. Figures and dates keep the Vietnamese format (1.141; 07/10/2022) in either language.</translation>
    </message>
    <message>
        <source>Where the data lives</source>
        <translation>Where the data lives</translation>
    </message>
    <message>
        <source>Default database:</source>
        <translation>Default database:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Settings:</translation>
    </message>
</context>
<context>
    <name>TeamsPage</name>
    <message>
        <source>Search by team, unit or district (diacritics optional)…</source>
        <translation>Search by team, unit or district (diacritics optional)…</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Save the teams shown, as sorted, as an Excel workbook or a CSV file</source>
        <translation>Save the teams shown, as sorted, as an Excel workbook or a CSV file</translation>
    </message>
</context>
<context>
    <name>cds::Activities</name>
    <message>
        <source>News items</source>
        <translation>News items</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>TV reports</source>
        <translation>TV reports</translation>
    </message>
    <message>
        <source>Video clips</source>
        <translation>Video clips</translation>
    </message>
    <message>
        <source>Trailers</source>
        <translation>Trailers</translation>
    </message>
    <message>
        <source>Banners</source>
        <translation>Banners</translation>
    </message>
    <message>
        <source>Slogans</source>
        <translation>Slogans</translation>
    </message>
    <message>
        <source>LED screens</source>
        <translation>LED screens</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Seminar</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conference</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>Contest</translation>
    </message>
    <message>
        <source>Launch ceremony</source>
        <translation>Launch ceremony</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Training session</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>Livestream views</source>
        <translation>Livestream views</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>= unchanged from %1</source>
        <translation>= unchanged from %1</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 vs %2</translation>
    </message>
</context>
<context>
    <name>cds::AudienceChart</name>
    <message>
        <source>Event audience by channel</source>
        <translation>Event audience by channel</translation>
    </message>
    <message>
        <source>No audience recorded</source>
        <translation>No audience recorded</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>cds::Backup</name>
    <message>
        <source>integrity check: %1</source>
        <translation>integrity check: %1</translation>
    </message>
    <message>
        <source>the copy is not a CDS Desk database</source>
        <translation>the copy is not a CDS Desk database</translation>
    </message>
    <message>
        <source>“%1” does not exist or is not a file.</source>
        <translation>“%1” does not exist or is not a file.</translation>
    </message>
    <message>
        <source>“%1” is empty, not a CDS Desk backup.</source>
        <translation>“%1” is empty, not a CDS Desk backup.</translation>
    </message>
    <message>
        <source>Cannot copy “%1” to “%2”.</source>
        <translation>Cannot copy “%1” to “%2”.</translation>
    </message>
    <message>
        <source>“%1” is damaged (integrity check: %2).</source>
        <translation>“%1” is damaged (integrity check: %2).</translation>
    </message>
    <message>
        <source>The file “%1” already exists; a backup never overwrites a file.</source>
        <translation>The file “%1” already exists; a backup never overwrites a file.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Cannot create the folder “%1”.</translation>
    </message>
    <message>
        <source>The backup to “%1” failed: %2</source>
        <translation>The backup to “%1” failed: %2</translation>
    </message>
    <message>
        <source>The backup “%1” failed its check (%2) and was removed.</source>
        <translation>The backup “%1” failed its check (%2) and was removed.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Cannot create a temporary folder: %1</translation>
    </message>
    <message>
        <source>No database file is open to restore into.</source>
        <translation>No database file is open to restore into.</translation>
    </message>
    <message>
        <source>“%1” is the open database itself, not a backup.</source>
        <translation>“%1” is the open database itself, not a backup.</translation>
    </message>
    <message>
        <source>Nothing was restored: the safety copy of the current database failed. %1</source>
        <translation>Nothing was restored: the safety copy of the current database failed. %1</translation>
    </message>
    <message>
        <source>Nothing was restored: “%1” is still in use by another program. Close it and try again.</source>
        <translation>Nothing was restored: “%1” is still in use by another program. Close it and try again.</translation>
    </message>
    <message>
        <source>Nothing was restored: cannot replace “%1”: %2</source>
        <translation>Nothing was restored: cannot replace “%1”: %2</translation>
    </message>
    <message>
        <source>The restored database cannot be opened: %1 The database as it was before is in “%2”.</source>
        <translation>The restored database cannot be opened: %1 The database as it was before is in “%2”.</translation>
    </message>
    <message>
        <source>The restored database fails its integrity check (%1). The database as it was before is in “%2”.</source>
        <translation>The restored database fails its integrity check (%1). The database as it was before is in “%2”.</translation>
    </message>
    <message>
        <source>The database “%1” is on a network share (%2). SQLite databases are damaged by network file systems when their locking fails. Keep the database on this computer&apos;s own disk and share backups instead.</source>
        <translation>The database “%1” is on a network share (%2). SQLite databases are damaged by network file systems when their locking fails. Keep the database on this computer&apos;s own disk and share backups instead.</translation>
    </message>
</context>
<context>
    <name>cds::CampaignStatistics</name>
    <message>
        <source>The statistics query could not be prepared: %1</source>
        <translation>The statistics query could not be prepared: %1</translation>
    </message>
    <message>
        <source>The statistics query failed: %1</source>
        <translation>The statistics query failed: %1</translation>
    </message>
    <message>
        <source>Campaign %1 does not exist.</source>
        <translation>Campaign %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>cds::ChartPanel</name>
    <message>
        <source>Save this chart as a picture</source>
        <translation>Save this chart as a picture</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Save as SVG…</translation>
    </message>
    <message>
        <source>Cannot write the file %1: %2</source>
        <translation>Cannot write the file %1: %2</translation>
    </message>
    <message>
        <source>Cannot draw the chart into %1.</source>
        <translation>Cannot draw the chart into %1.</translation>
    </message>
    <message>
        <source>Cannot write the picture %1: %2</source>
        <translation>Cannot write the picture %1: %2</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG picture (*.png)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Save chart</translation>
    </message>
</context>
<context>
    <name>cds::CommandLine</name>
    <message>
        <source>CDS Desk: community digital technology teams, digital transformation campaigns and the official report.</source>
        <translation>CDS Desk: community digital technology teams, digital transformation campaigns and the official report.</translation>
    </message>
    <message>
        <source>Use the database FILE (created if missing). Default: %1</source>
        <translation>Use the database FILE (created if missing). Default: %1</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Load the 2022 Quảng Ngãi demo campaign when the database has no campaign.</source>
        <translation>Load the 2022 Quảng Ngãi demo campaign when the database has no campaign.</translation>
    </message>
    <message>
        <source>Show or export the campaign with this id (default: the latest).</source>
        <translation>Show or export the campaign with this id (default: the latest).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Write the official report as PDF to FILE and exit.</source>
        <translation>Write the official report as PDF to FILE and exit.</translation>
    </message>
    <message>
        <source>Write the dashboard as PNG or PDF (by extension) to FILE and exit.</source>
        <translation>Write the dashboard as PNG or PDF (by extension) to FILE and exit.</translation>
    </message>
    <message>
        <source>Interface language: vi or en.</source>
        <translation>Interface language: vi or en.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use vi or en.</source>
        <translation>Unknown language &quot;%1&quot;; use vi or en.</translation>
    </message>
    <message>
        <source>The campaign id must be a positive number, not &quot;%1&quot;.</source>
        <translation>The campaign id must be a positive number, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>The database has no campaign with id %1; showing the latest one.</source>
        <translation>The database has no campaign with id %1; showing the latest one.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>The demo campaign was not loaded: %1</source>
        <translation>The demo campaign was not loaded: %1</translation>
    </message>
    <message>
        <source>The database %1 holds no campaign (add --demo to load the demo campaign).</source>
        <translation>The database %1 holds no campaign (add --demo to load the demo campaign).</translation>
    </message>
    <message>
        <source>The report cannot be built: %1</source>
        <translation>The report cannot be built: %1</translation>
    </message>
    <message>
        <source>The report was not written to %1: %2</source>
        <translation>The report was not written to %1: %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Report written to %1</translation>
    </message>
    <message>
        <source>The dashboard was not written to %1: %2</source>
        <translation>The dashboard was not written to %1: %2</translation>
    </message>
    <message>
        <source>Dashboard written to %1</source>
        <translation>Dashboard written to %1</translation>
    </message>
    <message>
        <source>Import the CSV file INPUT holding KIND (%1) and exit; nothing is imported if any row is wrong.</source>
        <translation>Import the CSV file INPUT holding KIND (%1) and exit; nothing is imported if any row is wrong.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Text encoding of the imported file: auto (default), utf-8, utf-16, windows-1258, tcvn3 or vni.</source>
        <translation>Text encoding of the imported file: auto (default), utf-8, utf-16, windows-1258, tcvn3 or vni.</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>ENCODING</translation>
    </message>
    <message>
        <source>Write a checked backup of the database to FILE (never overwritten) and exit.</source>
        <translation>Write a checked backup of the database to FILE (never overwritten) and exit.</translation>
    </message>
    <message>
        <source>Show what the backup FILE holds; with --yes, replace the database by it (a safety copy of the database is kept in its backups folder) and exit.</source>
        <translation>Show what the backup FILE holds; with --yes, replace the database by it (a safety copy of the database is kept in its backups folder) and exit.</translation>
    </message>
    <message>
        <source>Confirm --restore without asking.</source>
        <translation>Confirm --restore without asking.</translation>
    </message>
    <message>
        <source>The file to import (with --import).</source>
        <translation>The file to import (with --import).</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use one of %2.</source>
        <translation>Unknown kind &quot;%1&quot;; use one of %2.</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;.</source>
        <translation>Unknown encoding &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--import needs exactly one INPUT file.</source>
        <translation>--import needs exactly one INPUT file.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:</source>
        <translation>Nothing was imported from %1:</translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>Backup written and checked: %1</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Nothing was restored: %1</translation>
    </message>
    <message>
        <source>Backup %1, taken %2, holds:</source>
        <translation>Backup %1, taken %2, holds:</translation>
    </message>
    <message>
        <source>campaign %1: %2</source>
        <translation>campaign %1: %2</translation>
    </message>
    <message>
        <source>%1 teams, %2 members on member lists, %3 training sessions, %4 events, %5 media outputs</source>
        <translation>%1 teams, %2 members on member lists, %3 training sessions, %4 events, %5 media outputs</translation>
    </message>
    <message>
        <source>Nothing was restored; add --yes to replace %1 by this backup.</source>
        <translation>Nothing was restored; add --yes to replace %1 by this backup.</translation>
    </message>
    <message>
        <source>Restored %1 from %2; the database as it was before is kept in %3</source>
        <translation>Restored %1 from %2; the database as it was before is kept in %3</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; (a file to import goes with --import KIND).</source>
        <translation>Unexpected argument "%1" (a file to import goes with --import KIND).</translation>
    </message>
    <message>
        <source>There is no display to open the window on. Without one, use --export-report, --export-dashboard, --import or --backup (see --help).</source>
        <translation>There is no display to open the window on. Without one, use --export-report, --export-dashboard, --import or --backup (see --help).</translation>
    </message>
    <message>
        <source>The report is written as PDF: name the file *.pdf, not %1.</source>
        <translation>The report is written as PDF: name the file *.pdf, not %1.</translation>
    </message>
    <message>
        <source>The dashboard is written as PNG or PDF: name the file *.png or *.pdf, not %1.</source>
        <translation>The dashboard is written as PNG or PDF: name the file *.png or *.pdf, not %1.</translation>
    </message>
</context>
<context>
    <name>cds::CoverageChart</name>
    <message>
        <source>Team coverage by level</source>
        <translation>Team coverage by level</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>%1: %2 units with a team (%3)</source>
        <translation>%1: %2 units with a team (%3)</translation>
    </message>
</context>
<context>
    <name>cds::DashboardExport</name>
    <message>
        <source>There is no campaign with id %1.</source>
        <translation>There is no campaign with id %1.</translation>
    </message>
    <message>
        <source>Cannot write the file %1: %2</source>
        <translation>Cannot write the file %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the PDF file %1.</source>
        <translation>Cannot create the PDF file %1.</translation>
    </message>
    <message>
        <source>Cannot write the picture %1: %2</source>
        <translation>Cannot write the picture %1: %2</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
</context>
<context>
    <name>cds::DashboardPage</name>
    <message>
        <source>Community digital technology teams</source>
        <translation>Community digital technology teams</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Members trained</source>
        <translation>Members trained</translation>
    </message>
    <message>
        <source>Media outputs</source>
        <translation>Media outputs</translation>
    </message>
    <message>
        <source>Coverage, %1</source>
        <translation>Coverage, %1</translation>
    </message>
    <message>
        <source>The campaign %1 is not in this database.</source>
        <translation>The campaign %1 is not in this database.</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>more than</translation>
    </message>
    <message>
        <source>nearly</source>
        <translation>nearly</translation>
    </message>
    <message>
        <source>about</source>
        <translation>about</translation>
    </message>
    <message>
        <source>over</source>
        <translation>over</translation>
    </message>
    <message>
        <source>at all levels</source>
        <translation>at all levels</translation>
    </message>
    <message>
        <source>in all teams</source>
        <translation>in all teams</translation>
    </message>
    <message numerus="yes">
        <source>%1 outlet(s)</source>
        <translation>
            <numerusform>%1 outlet</numerusform>
            <numerusform>%1 outlets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of units · %2 team(s)</source>
        <translation>
            <numerusform>%1 of units · %2 team</numerusform>
            <numerusform>%1 of units · %2 teams</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard as PNG picture…</source>
        <translation>Dashboard as PNG picture…</translation>
    </message>
    <message>
        <source>Dashboard as PDF (A4 landscape)…</source>
        <translation>Dashboard as PDF (A4 landscape)…</translation>
    </message>
    <message>
        <source>Print dashboard…</source>
        <translation>Print dashboard…</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>Training sessions</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Click to see the list behind this figure.</source>
        <translation>Click to see the list behind this figure.</translation>
    </message>
    <message>
        <source>Where it lags: units without a team</source>
        <translation>Where it lags: units without a team</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>&amp;Print the list…</source>
        <translation>&amp;Print the list…</translation>
    </message>
    <message>
        <source>Media outputs by kind</source>
        <translation>Media outputs by kind</translation>
    </message>
    <message>
        <source>Media outputs by outlet</source>
        <translation>Media outputs by outlet</translation>
    </message>
    <message>
        <source>The district %1 is not in this campaign.</source>
        <translation>The district %1 is not in this campaign.</translation>
    </message>
    <message>
        <source>Whole province</source>
        <translation>Whole province</translation>
    </message>
    <message numerus="yes">
        <source>%n training(s), event(s) or media output(s) without a date are not counted in this period.</source>
        <translation>
            <numerusform>%n training, event or media output without a date is not counted in this period.</numerusform>
            <numerusform>%n trainings, events or media outputs without a date are not counted in this period.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compared with: %1</source>
        <translation>Compared with: %1</translation>
    </message>
    <message>
        <source>No earlier campaign to compare with</source>
        <translation>No earlier campaign to compare with</translation>
    </message>
    <message>
        <source>listed, or declared by the organisers</source>
        <translation>listed, or declared by the organisers</translation>
    </message>
    <message>
        <source>training sessions held</source>
        <translation>training sessions held</translation>
    </message>
    <message>
        <source>%1 in person · %2 online · %3 livestream views</source>
        <translation>%1 in person · %2 online · %3 livestream views</translation>
    </message>
    <message>
        <source>%1: %2 of %3 without a team</source>
        <translation>%1: %2 of %3 without a team</translation>
    </message>
    <message>
        <source>Every unit has a team.</source>
        <translation>Every unit has a team.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(no team)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>%1: units and their teams</source>
        <translation>%1: units and their teams</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 unit(s), %3 with a team</source>
        <translation>
            <numerusform>%1 — %2 unit, %3 with a team</numerusform>
            <numerusform>%1 — %2 units, %3 with a team</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: units without a team</source>
        <translation>%1: units without a team</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 of %3 unit(s) without a team</source>
        <translation>
            <numerusform>%1 — %2 of %3 unit without a team</numerusform>
            <numerusform>%1 — %2 of %3 units without a team</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 team(s), %3 member(s)</source>
        <translation>
            <numerusform>%1 — %2 team, %3 member(s)</numerusform>
            <numerusform>%1 — %2 teams, %3 member(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Teams of %1</source>
        <translation>Teams of %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Training session</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Participants (declared)</source>
        <translation>Participants (declared)</translation>
    </message>
    <message>
        <source>Attendees listed</source>
        <translation>Attendees listed</translation>
    </message>
    <message>
        <source>Training sessions of %1</source>
        <translation>Training sessions of %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 session(s)</source>
        <translation>
            <numerusform>%1 — %2 session</numerusform>
            <numerusform>%1 — %2 sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Events with an audience: %1</source>
        <translation>Events with an audience: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 event(s)</source>
        <translation>
            <numerusform>%1 — %2 event</numerusform>
            <numerusform>%1 — %2 events</numerusform>
        </translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Commissioned</source>
        <translation>Commissioned</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Media outputs: %1</source>
        <translation>Media outputs: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 record(s), %3 item(s)</source>
        <translation>
            <numerusform>%1 — %2 record, %3 item(s)</numerusform>
            <numerusform>%1 — %2 records, %3 item(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Units without a team</source>
        <translation>Units without a team</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>Export the dashboard</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG picture (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Print dashboard</source>
        <translation>Print dashboard</translation>
    </message>
</context>
<context>
    <name>cds::Database</name>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>“%1” is a folder, not a database file.</translation>
    </message>
    <message>
        <source>“%1” is not a CDS Desk database (it is not an SQLite file). The file was left unchanged.</source>
        <translation>“%1” is not a CDS Desk database (it is not an SQLite file). The file was left unchanged.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Cannot create the folder “%1”.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Cannot open “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a database: %2. The file was left unchanged.</source>
        <translation>“%1” cannot be read as a database: %2. The file was left unchanged.</translation>
    </message>
    <message>
        <source>“%1” is damaged or not a database: %2. The file was left unchanged.</source>
        <translation>“%1” is damaged or not a database: %2. The file was left unchanged.</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2. The file was left unchanged.</source>
        <translation>“%1” is damaged: %2. The file was left unchanged.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a CDS Desk database. The file was left unchanged.</source>
        <translation>“%1” is an SQLite database of another program, not a CDS Desk database. The file was left unchanged.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of CDS Desk (database version %2; this version reads up to %3). Please update CDS Desk. The file was left unchanged.</source>
        <translation>“%1” was written by a newer version of CDS Desk (database version %2; this version reads up to %3). Please update CDS Desk. The file was left unchanged.</translation>
    </message>
    <message>
        <source>“%1” is damaged (integrity check: %2). The file was left unchanged; restore it from a backup.</source>
        <translation>“%1” is damaged (integrity check: %2). The file was left unchanged; restore it from a backup.</translation>
    </message>
    <message>
        <source>Cannot configure “%1”: %2</source>
        <translation>Cannot configure “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot back up “%1” before upgrading it: %2. The file was left unchanged.</source>
        <translation>Cannot back up “%1” before upgrading it: %2. The file was left unchanged.</translation>
    </message>
    <message>
        <source>Missing migration %1.</source>
        <translation>Missing migration %1.</translation>
    </message>
    <message>
        <source>Cannot start the upgrade: %1</source>
        <translation>Cannot start the upgrade: %1</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2. Nothing was changed.</source>
        <translation>Upgrading the database to version %1 failed: %2. Nothing was changed.</translation>
    </message>
    <message>
        <source>“%1” or its folder is read-only. CDS Desk writes its journal beside the database: copy the file to a folder you can write to. The file was left unchanged.</source>
        <translation>“%1” or its folder is read-only. CDS Desk writes its journal beside the database: copy the file to a folder you can write to. The file was left unchanged.</translation>
    </message>
</context>
<context>
    <name>cds::DemoCampaign</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Missing resource %1.</source>
        <translation>Missing resource %1.</translation>
    </message>
    <message>
        <source>Query failed: %1</source>
        <translation>Query failed: %1</translation>
    </message>
    <message>
        <source>Malformed district row: %1</source>
        <translation>Malformed district row: %1</translation>
    </message>
    <message>
        <source>Malformed commune row: %1</source>
        <translation>Malformed commune row: %1</translation>
    </message>
    <message>
        <source>The demo data is missing from this build.</source>
        <translation>The demo data is missing from this build.</translation>
    </message>
    <message>
        <source>The demo data is damaged: %1</source>
        <translation>The demo data is damaged: %1</translation>
    </message>
    <message>
        <source>The demo campaign could not be created: %1</source>
        <translation>The demo campaign could not be created: %1</translation>
    </message>
</context>
<context>
    <name>cds::DistrictMembersChart</name>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Members and teams per district</source>
        <translation>Members and teams per district</translation>
    </message>
    <message>
        <source>No districts in this scope</source>
        <translation>No districts in this scope</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>%1: %2 members, %3 teams</source>
        <translation>%1: %2 members, %3 teams</translation>
    </message>
</context>
<context>
    <name>cds::DrillDownDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
</context>
<context>
    <name>cds::ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Villages and residential groups (thôn, tổ dân phố)</source>
        <translation>Villages and residential groups (thôn, tổ dân phố)</translation>
    </message>
    <message>
        <source>Agencies and organisations</source>
        <translation>Agencies and organisations</translation>
    </message>
    <message>
        <source>Community digital technology teams</source>
        <translation>Community digital technology teams</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Team members</translation>
    </message>
    <message>
        <source>Training attendance</source>
        <translation>Training attendance</translation>
    </message>
    <message>
        <source>Media outputs</source>
        <translation>Media outputs</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 (Unicode)</source>
        <translation>UTF-16 (Unicode)</translation>
    </message>
    <message>
        <source>Windows-1258</source>
        <translation>Windows-1258</translation>
    </message>
    <message>
        <source>TCVN3 (ABC, .VnTime)</source>
        <translation>TCVN3 (ABC, .VnTime)</translation>
    </message>
    <message>
        <source>VNI (VNI-Times)</source>
        <translation>VNI (VNI-Times)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV files (*.csv *.txt *.tsv);;All files (*)</translation>
    </message>
    <message>
        <source>Choose a CSV file.</source>
        <translation>Choose a CSV file.</translation>
    </message>
    <message>
        <source>No file can be read at this path.</source>
        <translation>No file can be read at this path.</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>semicolons</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabs</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>commas</translation>
    </message>
    <message>
        <source>Read as %1; columns separated by %2.</source>
        <translation>Read as %1; columns separated by %2.</translation>
    </message>
    <message>
        <source>Line %1 does not read as Vietnamese text in this encoding: choose the file&apos;s encoding above.</source>
        <translation>Line %1 does not read as Vietnamese text in this encoding: choose the file&apos;s encoding above.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Column %1: %2</translation>
    </message>
    <message>
        <source>Choose the file to import first.</source>
        <translation>Choose the file to import first.</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Writing to the database…</source>
        <translation>Writing to the database…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>The import was cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: correct the problems below and import it again.</source>
        <translation>Nothing was imported from %1: correct the problems below and import it again.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>cds::Importer</name>
    <message>
        <source>A value is required here.</source>
        <translation>A value is required here.</translation>
    </message>
    <message>
        <source>The database could not be read: %1</source>
        <translation>The database could not be read: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Expected a date written dd/mm/yyyy (such as 07/10/2022), found %1.</source>
        <translation>Expected a date written dd/mm/yyyy (such as 07/10/2022), found %1.</translation>
    </message>
    <message>
        <source>Expected a whole number written as 1.141, found %1.</source>
        <translation>Expected a whole number written as 1.141, found %1.</translation>
    </message>
    <message>
        <source>Expected a year between 1900 and 2100, found %1.</source>
        <translation>Expected a year between 1900 and 2100, found %1.</translation>
    </message>
    <message>
        <source>No administrative unit is named %1.</source>
        <translation>No administrative unit is named %1.</translation>
    </message>
    <message>
        <source>No administrative unit named %1 lies in %2.</source>
        <translation>No administrative unit named %1 lies in %2.</translation>
    </message>
    <message>
        <source>%1 is the name of %2 administrative units (%3); add a Commune column to say which one.</source>
        <translation>%1 is the name of %2 administrative units (%3); add a Commune column to say which one.</translation>
    </message>
    <message>
        <source>%1 is the name of %2 administrative units (%3); add a District column to say which one.</source>
        <translation>%1 is the name of %2 administrative units (%3); add a District column to say which one.</translation>
    </message>
    <message>
        <source>%1 has no team in this campaign; import the teams first.</source>
        <translation>%1 has no team in this campaign; import the teams first.</translation>
    </message>
    <message>
        <source>The column %1 chosen for “%2” is not in the file.</source>
        <translation>The column %1 chosen for “%2” is not in the file.</translation>
    </message>
    <message>
        <source>The required column %1 (%2) is missing.</source>
        <translation>The required column %1 (%2) is missing.</translation>
    </message>
    <message>
        <source>This column repeats column %1 (%2).</source>
        <translation>This column repeats column %1 (%2).</translation>
    </message>
    <message>
        <source>The column “Xã, phường, thị trấn” (Commune) is missing; a village directly under a district needs the column “Huyện, thị xã, thành phố” (District).</source>
        <translation>The column “Xã, phường, thị trấn” (Commune) is missing; a village directly under a district needs the column “Huyện, thị xã, thành phố” (District).</translation>
    </message>
    <message>
        <source>The database holds no campaign; teams, members, attendance and media belong to a campaign.</source>
        <translation>The database holds no campaign; teams, members, attendance and media belong to a campaign.</translation>
    </message>
    <message>
        <source>The database has no campaign with id %1.</source>
        <translation>The database has no campaign with id %1.</translation>
    </message>
    <message>
        <source>Expected the commune, or for a district without communes the district.</source>
        <translation>Expected the commune, or for a district without communes the district.</translation>
    </message>
    <message>
        <source>%1 in %2 is already on line %3.</source>
        <translation>%1 in %2 is already on line %3.</translation>
    </message>
    <message>
        <source>%1 already exists in %2.</source>
        <translation>%1 already exists in %2.</translation>
    </message>
    <message>
        <source>%1 is already on line %2.</source>
        <translation>%1 is already on line %2.</translation>
    </message>
    <message>
        <source>%1 is already in the database.</source>
        <translation>%1 is already in the database.</translation>
    </message>
    <message>
        <source>The team of %1 is already on line %2.</source>
        <translation>The team of %1 is already on line %2.</translation>
    </message>
    <message>
        <source>%1 already has a team in this campaign.</source>
        <translation>%1 already has a team in this campaign.</translation>
    </message>
    <message>
        <source>Expected “Tổ trưởng”, “Tổ phó” or “Thành viên”, found %1.</source>
        <translation>Expected “Tổ trưởng”, “Tổ phó” or “Thành viên”, found %1.</translation>
    </message>
    <message>
        <source>Expected “Nam”, “Nữ” or “Khác”, found %1.</source>
        <translation>Expected “Nam”, “Nữ” or “Khác”, found %1.</translation>
    </message>
    <message>
        <source>%1 is already on line %2 for the same team.</source>
        <translation>%1 is already on line %2 for the same team.</translation>
    </message>
    <message>
        <source>%1 is already a member of this team.</source>
        <translation>%1 is already a member of this team.</translation>
    </message>
    <message>
        <source>No training session of this campaign is called %1.</source>
        <translation>No training session of this campaign is called %1.</translation>
    </message>
    <message>
        <source>%1 names %2 training sessions; add a Training date column to say which one.</source>
        <translation>%1 names %2 training sessions; add a Training date column to say which one.</translation>
    </message>
    <message>
        <source>No member of a team of this campaign is called %1.</source>
        <translation>No member of a team of this campaign is called %1.</translation>
    </message>
    <message>
        <source>%1 matches %2 members; add the Birth year or Phone column to say which one.</source>
        <translation>%1 matches %2 members; add the Birth year or Phone column to say which one.</translation>
    </message>
    <message>
        <source>%1 is already on line %2 for the same training session.</source>
        <translation>%1 is already on line %2 for the same training session.</translation>
    </message>
    <message>
        <source>%1 is already recorded at this training session.</source>
        <translation>%1 is already recorded at this training session.</translation>
    </message>
    <message>
        <source>Expected a kind of media output (Tin, Bài viết, Phóng sự, Video clip, Trailer, Băng-rôn, Khẩu hiệu, Màn hình LED or Khác), found %1.</source>
        <translation>Expected a kind of media output (Tin, Bài viết, Phóng sự, Video clip, Trailer, Băng-rôn, Khẩu hiệu, Màn hình LED or Khác), found %1.</translation>
    </message>
    <message>
        <source>Expected “Có” or “Không”, found %1.</source>
        <translation>Expected “Có” or “Không”, found %1.</translation>
    </message>
    <message>
        <source>The same media output is already on line %1.</source>
        <translation>The same media output is already on line %1.</translation>
    </message>
    <message>
        <source>The file starts with a UTF-8 byte order mark, but this line is not UTF-8. Save the file again as “CSV UTF-8”.</source>
        <translation>The file starts with a UTF-8 byte order mark, but this line is not UTF-8. Save the file again as “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>This line is not UTF-8. Choose the file&apos;s encoding or save it again as “CSV UTF-8”.</source>
        <translation>This line is not UTF-8. Choose the file&apos;s encoding or save it again as “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>This line is not UTF-16. Save the file again as “CSV UTF-8”.</source>
        <translation>This line is not UTF-16. Save the file again as “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>The text encoding was not recognised: this line is not Vietnamese in UTF-8, UTF-16, Windows-1258, TCVN3 or VNI. Choose the file&apos;s encoding or save it again as “CSV UTF-8”.</source>
        <translation>The text encoding was not recognised: this line is not Vietnamese in UTF-8, UTF-16, Windows-1258, TCVN3 or VNI. Choose the file&apos;s encoding or save it again as “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>A double quote is not closed, or stands inside a value that does not start with one.</source>
        <translation>A double quote is not closed, or stands inside a value that does not start with one.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The database could not start a transaction: %1</source>
        <translation>The database could not start a transaction: %1</translation>
    </message>
    <message>
        <source>Expected %1 values as on the header line, found %2; a value that holds “%3” must be in double quotes.</source>
        <translation>Expected %1 values as on the header line, found %2; a value that holds “%3” must be in double quotes.</translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>The import could not be saved: %1</translation>
    </message>
    <message>
        <source>Line %1, column %2 (%3): %4</source>
        <translation>Line %1, column %2 (%3): %4</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Imported %1 villages and residential groups from %2</source>
        <translation>Imported %1 villages and residential groups from %2</translation>
    </message>
    <message>
        <source>Imported %1 organisations from %2</source>
        <translation>Imported %1 organisations from %2</translation>
    </message>
    <message>
        <source>Imported %1 community digital technology teams from %2</source>
        <translation>Imported %1 community digital technology teams from %2</translation>
    </message>
    <message>
        <source>Imported %1 team members from %2</source>
        <translation>Imported %1 team members from %2</translation>
    </message>
    <message>
        <source>Imported %1 training attendances from %2</source>
        <translation>Imported %1 training attendances from %2</translation>
    </message>
    <message>
        <source>Imported %1 media outputs from %2</source>
        <translation>Imported %1 media outputs from %2</translation>
    </message>
    <message>
        <source>%1 is not a date of the calendar (check the day and the month).</source>
        <translation>%1 is not a date of the calendar (check the day and the month).</translation>
    </message>
    <message>
        <source>Expected a date in %1, the year of the campaign, found %2.</source>
        <translation>Expected a date in %1, the year of the campaign, found %2.</translation>
    </message>
</context>
<context>
    <name>cds::Levels</name>
    <message>
        <source>Province level</source>
        <translation>Province level</translation>
    </message>
    <message>
        <source>District level</source>
        <translation>District level</translation>
    </message>
    <message>
        <source>Commune level</source>
        <translation>Commune level</translation>
    </message>
    <message>
        <source>Village level</source>
        <translation>Village level</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
</context>
<context>
    <name>cds::ListExport</name>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Export the list</translation>
    </message>
    <message>
        <source>The list was not exported.

%1</source>
        <translation>The list was not exported.

%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>%n row written to %1</numerusform>
            <numerusform>%n rows written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cds::MainWindow</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>The file %1 was not opened and has not been changed.

%2</source>
        <translation>The file %1 was not opened and has not been changed.

%2</translation>
    </message>
    <message>
        <source>Created a new database: %1</source>
        <translation>Created a new database: %1</translation>
    </message>
    <message>
        <source>Demo campaign</source>
        <translation>Demo campaign</translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation>Open a database first.</translation>
    </message>
    <message>
        <source>The demo campaign was not loaded.

%1</source>
        <translation>The demo campaign was not loaded.

%1</translation>
    </message>
    <message>
        <source>The database %1 holds no campaign yet.
Load the demo campaign to try CDS Desk, or open another database.</source>
        <translation>The database %1 holds no campaign yet.
Load the demo campaign to try CDS Desk, or open another database.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>CDS Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation>CDS Desk databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The new language will be used the next time CDS Desk starts.</source>
        <translation>The new language will be used the next time CDS Desk starts.</translation>
    </message>
    <message>
        <source>About CDS Desk</source>
        <translation>About CDS Desk</translation>
    </message>
    <message>
        <source>CDS Desk</source>
        <translation>CDS Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CDS Desk %1&lt;/h3&gt;&lt;p&gt;Community digital technology teams, digital transformation campaigns and the official report.&lt;/p&gt;&lt;p&gt;Licence: MIT. Copyright CDS Desk contributors.&lt;/p&gt;&lt;p&gt;Administrative-unit data: General Statistics Office of Viet Nam (GSO), via the public dvhcvn dataset; data date 01/10/2022.&lt;/p&gt;&lt;p&gt;Built with Qt %2; running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CDS Desk %1&lt;/h3&gt;&lt;p&gt;Community digital technology teams, digital transformation campaigns and the official report.&lt;/p&gt;&lt;p&gt;Licence: MIT. Copyright CDS Desk contributors.&lt;/p&gt;&lt;p&gt;Administrative-unit data: General Statistics Office of Viet Nam (GSO), via the public dvhcvn dataset; data date 01/10/2022.&lt;/p&gt;&lt;p&gt;Built with Qt %2; running on Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>The file %1 cannot be replaced.</source>
        <translation>The file %1 cannot be replaced.</translation>
    </message>
    <message>
        <source>The backup was not made.

%1</source>
        <translation>The backup was not made.

%1</translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>Backup written and checked: %1</translation>
    </message>
    <message>
        <source>The backup was written and checked:
%1</source>
        <translation>The backup was written and checked:
%1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>This file cannot be restored; nothing was changed.

%1</source>
        <translation>This file cannot be restored; nothing was changed.

%1</translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation>Restored from %1</translation>
    </message>
    <message>
        <source>The database was restored from %1 and checked.

The database as it was before is kept in %2.</source>
        <translation>The database was restored from %1 and checked.

The database as it was before is kept in %2.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>The automatic backup failed: %1</translation>
    </message>
    <message>
        <source>Database on a network share</source>
        <translation>Database on a network share</translation>
    </message>
</context>
<context>
    <name>cds::RankedBarChart</name>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
</context>
<context>
    <name>cds::ReportBuilder</name>
    <message>
        <source>The report query could not be prepared: %1</source>
        <translation>The report query could not be prepared: %1</translation>
    </message>
    <message>
        <source>The report query failed: %1</source>
        <translation>The report query failed: %1</translation>
    </message>
    <message>
        <source>Campaign %1 does not exist.</source>
        <translation>Campaign %1 does not exist.</translation>
    </message>
    <message>
        <source>The campaign “%1” has no report record with a letterhead yet.</source>
        <translation>The campaign “%1” has no report record with a letterhead yet.</translation>
    </message>
</context>
<context>
    <name>cds::ReportPage</name>
    <message>
        <source>The report cannot be built: %1</source>
        <translation>The report cannot be built: %1</translation>
    </message>
    <message>
        <source>report-%1.pdf</source>
        <translation>report-%1.pdf</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>Export report as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>The PDF was not written.
%1</source>
        <translation>The PDF was not written.
%1</translation>
    </message>
    <message>
        <source>The report was written to:
%1</source>
        <translation>The report was written to:
%1</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Print report</translation>
    </message>
</context>
<context>
    <name>cds::ReportRenderer</name>
    <message>
        <source>Cannot create the PDF file “%1”: %2</source>
        <translation>Cannot create the PDF file “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot draw the report into the PDF file “%1”.</source>
        <translation>Cannot draw the report into the PDF file “%1”.</translation>
    </message>
    <message>
        <source>Cannot write the PDF file “%1”: %2</source>
        <translation>Cannot write the PDF file “%1”: %2</translation>
    </message>
</context>
<context>
    <name>cds::RestoreDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Campaign %1</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>Training sessions</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Media outputs</source>
        <translation>Media outputs</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>In the backup</source>
        <translation>In the backup</translation>
    </message>
    <message>
        <source>Restoring replaces everything in the open database with the backup. A safety copy of the database as it is now is saved first in %1.</source>
        <translation>Restoring replaces everything in the open database with the backup. A safety copy of the database as it is now is saved first in %1.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
</context>
<context>
    <name>cds::TableExport</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
    <message>
        <source>the file cannot be created</source>
        <translation>the file cannot be created</translation>
    </message>
    <message>
        <source>the sheet cannot be added</source>
        <translation>the sheet cannot be added</translation>
    </message>
    <message>
        <source>This build of CDS Desk cannot write Excel files (it was built without libxlsxwriter); export as CSV instead. “%1” was not written.</source>
        <translation>This build of CDS Desk cannot write Excel files (it was built without libxlsxwriter); export as CSV instead. “%1” was not written.</translation>
    </message>
</context>
<context>
    <name>cds::TeamsModel</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Administrative unit</source>
        <translation>Administrative unit</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Declared members</source>
        <translation>Declared members</translation>
    </message>
    <message>
        <source>Counted from the member list</source>
        <translation>Counted from the member list</translation>
    </message>
    <message>
        <source>As declared (no member list yet)</source>
        <translation>As declared (no member list yet)</translation>
    </message>
</context>
<context>
    <name>cds::TeamsPage</name>
    <message>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>All districts</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %2 team(s)</source>
        <translation>
            <numerusform>Showing %1 of %2 team</numerusform>
            <numerusform>Showing %1 of %2 teams</numerusform>
        </translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>teams-%1</source>
        <translation>teams-%1</translation>
    </message>
</context>
<context>
    <name>cds::TrainingTimelineChart</name>
    <message>
        <source>Trainings and trainees per month</source>
        <translation>Trainings and trainees per month</translation>
    </message>
    <message>
        <source>No dated trainings</source>
        <translation>No dated trainings</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>Training sessions</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Trainees</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 session(s), %3 trainee(s)</source>
        <translation>
            <numerusform>%1: %2 session, %3 trainee(s)</numerusform>
            <numerusform>%1: %2 sessions, %3 trainee(s)</numerusform>
        </translation>
    </message>
</context>
</TS>
