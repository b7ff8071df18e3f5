<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>DashboardPage</name>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campaign:</translation>
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
</context>
<context>
    <name>cds::CoverageChart</name>
    <message>
        <source>Team coverage by level</source>
        <translation>Team coverage by level</translation>
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
        <source>%1 training session(s)</source>
        <translation>
            <numerusform>%1 training session</numerusform>
            <numerusform>%1 training sessions</numerusform>
        </translation>
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
        <source>Members per district</source>
        <translation>Members per district</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
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
        <source>&lt;h3&gt;CDS Desk %1&lt;/h3&gt;&lt;p&gt;Community digital technology teams, digital transformation campaigns and the official report.&lt;/p&gt;&lt;p&gt;Licence: MIT.&lt;/p&gt;&lt;p&gt;Administrative-unit data: General Statistics Office of Viet Nam (GSO).&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CDS Desk %1&lt;/h3&gt;&lt;p&gt;Community digital technology teams, digital transformation campaigns and the official report.&lt;/p&gt;&lt;p&gt;Licence: MIT.&lt;/p&gt;&lt;p&gt;Administrative-unit data: General Statistics Office of Viet Nam (GSO).&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>CDS Desk</source>
        <translation>CDS Desk</translation>
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
</context>
</TS>
