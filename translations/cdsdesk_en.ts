<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ActivityText</name>
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
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>News item</source>
        <translation>News item</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>TV report</source>
        <translation>TV report</translation>
    </message>
    <message>
        <source>Video clip</source>
        <translation>Video clip</translation>
    </message>
    <message>
        <source>Trailer</source>
        <translation>Trailer</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>Slogan</source>
        <translation>Slogan</translation>
    </message>
    <message>
        <source>LED screen</source>
        <translation>LED screen</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>morning</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>afternoon</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>evening</translation>
    </message>
</context>
<context>
    <name>CampaignFigureForm</name>
    <message>
        <source>Campaign figure</source>
        <translation>Campaign figure</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>e.g. Lượt quét mã QR</source>
        <translation>e.g. Lượt quét mã QR</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Qualifier</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>e.g. lượt</source>
        <translation>e.g. lượt</translation>
    </message>
    <message>
        <source>Report sentence</source>
        <translation>Report sentence</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
</context>
<context>
    <name>CampaignForm</name>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. Ngày Chuyển đổi số quốc gia 2022</source>
        <translation>e.g. Ngày Chuyển đổi số quốc gia 2022</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>e.g. Kế hoạch số 148/KH-UBND ngày 15/9/2022 của UBND tỉnh</source>
        <translation>e.g. Kế hoạch số 148/KH-UBND ngày 15/9/2022 của UBND tỉnh</translation>
    </message>
    <message>
        <source>Plan subject</source>
        <translation>Plan subject</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <source>e.g. Hướng dẫn số 1384/HD-STTTT ngày 28/9/2022</source>
        <translation>e.g. Hướng dẫn số 1384/HD-STTTT ngày 28/9/2022</translation>
    </message>
    <message>
        <source>Guidance subject</source>
        <translation>Guidance subject</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Levels with teams</source>
        <translation>Levels with teams</translation>
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
    <message>
        <source>Minimum team size</source>
        <translation>Minimum team size</translation>
    </message>
</context>
<context>
    <name>CloseUnitForm</name>
    <message>
        <source>Close administrative unit</source>
        <translation>Close administrative unit</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
</context>
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
    <name>EventForm</name>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Main event of the campaign</source>
        <translation>Main event of the campaign</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Chaired by</source>
        <translation>Chaired by</translation>
    </message>
    <message>
        <source>Chair’s position</source>
        <translation>Chair’s position</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Organisers (as written)</source>
        <translation>Organisers (as written)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>In-person attendance</source>
        <translation>In-person attendance</translation>
    </message>
    <message>
        <source>Who attended in person</source>
        <translation>Who attended in person</translation>
    </message>
    <message>
        <source>Connected sites</source>
        <translation>Connected sites</translation>
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
    <message>
        <source>Online attendance</source>
        <translation>Online attendance</translation>
    </message>
    <message>
        <source>Who attended online</source>
        <translation>Who attended online</translation>
    </message>
    <message>
        <source>Livestream platform</source>
        <translation>Livestream platform</translation>
    </message>
    <message>
        <source>Livestream views</source>
        <translation>Livestream views</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Presentations</source>
        <translation>Presentations</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Attendance per organisation</source>
        <translation>Attendance per organisation</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>Report text</translation>
    </message>
    <message>
        <source>Report sentence</source>
        <translation>Report sentence</translation>
    </message>
    <message>
        <source>Outcomes (one per line)</source>
        <translation>Outcomes (one per line)</translation>
    </message>
    <message>
        <source>Report group</source>
        <translation>Report group</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
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
    <message>
        <source>Import from a CSV file or an Excel workbook</source>
        <translation>Import from a CSV file or an Excel workbook</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook (.xlsx)</source>
        <translation>A CSV file or an Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Sheet:</translation>
    </message>
</context>
<context>
    <name>LetterheadForm</name>
    <message>
        <source>Letterhead</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <source>Letterhead and page</source>
        <translation>Letterhead and page</translation>
    </message>
    <message>
        <source>Parent body (upper case)</source>
        <translation>Parent body (upper case)</translation>
    </message>
    <message>
        <source>Issuing body (upper case)</source>
        <translation>Issuing body (upper case)</translation>
    </message>
    <message>
        <source>Issuing body in running text</source>
        <translation>Issuing body in running text</translation>
    </message>
    <message>
        <source>Abbreviation (in the symbol)</source>
        <translation>Abbreviation (in the symbol)</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Place name</translation>
    </message>
    <message>
        <source>Address line</source>
        <translation>Address line</translation>
    </message>
    <message>
        <source>Drafting unit (in “Lưu: VT, …”)</source>
        <translation>Drafting unit (in “Lưu: VT, …”)</translation>
    </message>
    <message>
        <source>Top margin (mm)</source>
        <translation>Top margin (mm)</translation>
    </message>
    <message>
        <source>Bottom margin (mm)</source>
        <translation>Bottom margin (mm)</translation>
    </message>
    <message>
        <source>Left margin (mm)</source>
        <translation>Left margin (mm)</translation>
    </message>
    <message>
        <source>Right margin (mm)</source>
        <translation>Right margin (mm)</translation>
    </message>
    <message>
        <source>Body font size (pt)</source>
        <translation>Body font size (pt)</translation>
    </message>
    <message>
        <source>Decree 30/2020/NĐ-CP, Appendix I: A4; margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm; body 13 or 14 pt.</source>
        <translation>Decree 30/2020/NĐ-CP, Appendix I: A4; margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm; body 13 or 14 pt.</translation>
    </message>
    <message>
        <source>Signers</source>
        <translation>Signers</translation>
    </message>
    <message>
        <source>Add signer</source>
        <translation>Add signer</translation>
    </message>
    <message>
        <source>Remove signer</source>
        <translation>Remove signer</translation>
    </message>
    <message>
        <source>In use from</source>
        <translation>In use from</translation>
    </message>
    <message>
        <source>In use until</source>
        <translation>In use until</translation>
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
    <message>
        <source>New campaign…</source>
        <translation>New campaign…</translation>
    </message>
    <message>
        <source>Export &amp;intake workbooks…</source>
        <translation>Export &amp;intake workbooks…</translation>
    </message>
    <message>
        <source>Write one Excel workbook per district (or commune) for the units to fill in and send back</source>
        <translation>Write one Excel workbook per district (or commune) for the units to fill in and send back</translation>
    </message>
    <message>
        <source>Set up a province from the national list…</source>
        <translation>Set up a province from the national list…</translation>
    </message>
    <message>
        <source>Creates the province (or centrally-run city) and its communes with their official codes, then the campaign.</source>
        <translation>Creates the province (or centrally-run city) and its communes with their official codes, then the campaign.</translation>
    </message>
    <message>
        <source>I&amp;mport intake workbook…</source>
        <translation>I&amp;mport intake workbook…</translation>
    </message>
    <message>
        <source>Check a filled intake workbook, see what it adds and changes, then import all of it at once</source>
        <translation>Check a filled intake workbook, see what it adds and changes, then import all of it at once</translation>
    </message>
</context>
<context>
    <name>MediaOutputForm</name>
    <message>
        <source>Media output</source>
        <translation>Media output</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
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
        <source>Published on</source>
        <translation>Published on</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Commissioned</source>
        <translation>Commissioned</translation>
    </message>
    <message>
        <source>Ordered and paid by the campaign</source>
        <translation>Ordered and paid by the campaign</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Producer</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Order in the report</source>
        <translation>Order in the report</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Works at</source>
        <translation>Works at</translation>
    </message>
    <message>
        <source>e.g. Đoàn Thanh niên xã, Hội Phụ nữ, Công an xã</source>
        <translation>e.g. Đoàn Thanh niên xã, Hội Phụ nữ, Công an xã</translation>
    </message>
    <message>
        <source>Lives in (unit)</source>
        <translation>Lives in (unit)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Role in the team</source>
        <translation>Role in the team</translation>
    </message>
    <message>
        <source>Joined the team on</source>
        <translation>Joined the team on</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Administrative unit</source>
        <translation>Administrative unit</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
</context>
<context>
    <name>RecommendationForm</name>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Search (Ctrl+F), diacritics optional…</source>
        <translation>Search (Ctrl+F), diacritics optional…</translation>
    </message>
    <message>
        <source>Add… (Insert)</source>
        <translation>Add… (Insert)</translation>
    </message>
    <message>
        <source>Open… (Enter)</source>
        <translation>Open… (Enter)</translation>
    </message>
    <message>
        <source>Remove… (Delete)</source>
        <translation>Remove… (Delete)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <source>Save as &amp;template…</source>
        <translation>Save as &amp;template…</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>&amp;Issue…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Withdraw…</translation>
    </message>
    <message>
        <source>&amp;Reprint issued PDF…</source>
        <translation>&amp;Reprint issued PDF…</translation>
    </message>
    <message>
        <source>QLabel { background: #fff4ce; padding: 4px; }</source>
        <translation>QLabel { background: #fff4ce; padding: 4px; }</translation>
    </message>
    <message>
        <source>&amp;Heading</source>
        <translation>&amp;Heading</translation>
    </message>
    <message>
        <source>Document &amp;type:</source>
        <translation>Document &amp;type:</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>S&amp;ymbol:</translation>
    </message>
    <message>
        <source>BC-STTTT</source>
        <translation>BC-STTTT</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>S&amp;ubject:</translation>
    </message>
    <message>
        <source>&amp;Addressed to:</source>
        <translation>&amp;Addressed to:</translation>
    </message>
    <message>
        <source>One addressee per line; empty: no “Kính gửi”</source>
        <translation>One addressee per line; empty: no “Kính gửi”</translation>
    </message>
    <message>
        <source>&amp;Month on the draft:</source>
        <translation>&amp;Month on the draft:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Attach the a&amp;ppendix: teams per unit with their members</source>
        <translation>Attach the a&amp;ppendix: teams per unit with their members</translation>
    </message>
    <message>
        <source>Records office register</source>
        <translation>Records office register</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>N&amp;umber:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>&amp;Give this number</source>
        <translation>&amp;Give this number</translation>
    </message>
    <message>
        <source>Take the number &amp;back</source>
        <translation>Take the number &amp;back</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Body</translation>
    </message>
    <message>
        <source>I.</source>
        <translation>I.</translation>
    </message>
    <message>
        <source>1.</source>
        <translation>1.</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Insert &amp;field</source>
        <translation>Insert &amp;field</translation>
    </message>
    <message>
        <source>Default w&amp;ording…</source>
        <translation>Default w&amp;ording…</translation>
    </message>
    <message>
        <source>&amp;Signature and distribution</source>
        <translation>&amp;Signature and distribution</translation>
    </message>
    <message>
        <source>Signing &amp;authority:</source>
        <translation>Signing &amp;authority:</translation>
    </message>
    <message>
        <source>Title of the &amp;head:</source>
        <translation>Title of the &amp;head:</translation>
    </message>
    <message>
        <source>GIÁM ĐỐC</source>
        <translation>GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;position:</source>
        <translation>Signer&apos;s &amp;position:</translation>
    </message>
    <message>
        <source>PHÓ GIÁM ĐỐC</source>
        <translation>PHÓ GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;name:</source>
        <translation>Signer&apos;s &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Known signers:</source>
        <translation>&amp;Known signers:</translation>
    </message>
    <message>
        <source>&amp;Closing line:</source>
        <translation>&amp;Closing line:</translation>
    </message>
    <message>
        <source>&amp;Distribution list:</source>
        <translation>&amp;Distribution list:</translation>
    </message>
    <message>
        <source>One recipient per line; the last: Lưu: VT, …</source>
        <translation>One recipient per line; the last: Lưu: VT, …</translation>
    </message>
    <message>
        <source>Figur&amp;es</source>
        <translation>Figur&amp;es</translation>
    </message>
    <message>
        <source>The figures the report prints. Double-click one (or press Enter) to see the records behind it.</source>
        <translation>The figures the report prints. Double-click one (or press Enter) to see the records behind it.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value now</source>
        <translation>Value now</translation>
    </message>
    <message>
        <source>Issued value</source>
        <translation>Issued value</translation>
    </message>
    <message>
        <source>Section heading (I., II., …)</source>
        <translation>Section heading (I., II., …)</translation>
    </message>
    <message>
        <source>Clause heading (1., 2., …)</source>
        <translation>Clause heading (1., 2., …)</translation>
    </message>
    <message>
        <source>Bullet: the line starts with “- ”</source>
        <translation>Bullet: the line starts with “- ”</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Italic (Ctrl+I)</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Bold (Ctrl+B)</translation>
    </message>
    <message>
        <source>The body reads as it prints. Blue boxes are fields filled from the data (they show today’s figures while the report is a draft; double-click one to see the records behind it); brown boxes start ▸ and end ◂ a part printed only when the data has it. Ctrl+B bold, Ctrl+I italic.</source>
        <translation>The body reads as it prints. Blue boxes are fields filled from the data (they show today’s figures while the report is a draft; double-click one to see the records behind it); brown boxes start ▸ and end ◂ a part printed only when the data has it. Ctrl+B bold, Ctrl+I italic.</translation>
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
    <message>
        <source>&amp;Reports (drafts, issued, withdrawn)</source>
        <translation>&amp;Reports (drafts, issued, withdrawn)</translation>
    </message>
    <message>
        <source>Search number, subject, campaign…</source>
        <translation>Search number, subject, campaign…</translation>
    </message>
    <message>
        <source>&amp;New report</source>
        <translation>&amp;New report</translation>
    </message>
    <message>
        <source>&amp;Delete draft…</source>
        <translation>&amp;Delete draft…</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>Export &amp;ODT…</source>
        <translation>Export &amp;ODT…</translation>
    </message>
    <message>
        <source>Drafting and re&amp;gister</source>
        <translation>Drafting and re&amp;gister</translation>
    </message>
    <message>
        <source>Export &amp;Word (DOCX)…</source>
        <translation>Export &amp;Word (DOCX)…</translation>
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
    <name>TeamForm</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Administrative unit</source>
        <translation>Administrative unit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Team name</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Host organisation</translation>
    </message>
    <message>
        <source>Established on</source>
        <translation>Established on</translation>
    </message>
    <message>
        <source>Decision (number, date)</source>
        <translation>Decision (number, date)</translation>
    </message>
    <message>
        <source>e.g. 123/QĐ-UBND ngày 15/03/2022</source>
        <translation>e.g. 123/QĐ-UBND ngày 15/03/2022</translation>
    </message>
    <message>
        <source>Declared members</source>
        <translation>Declared members</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <source>Enter a new member of this team</source>
        <translation>Enter a new member of this team</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove from team</source>
        <translation>Remove from team</translation>
    </message>
    <message>
        <source>Close the membership with today’s date; the person stays in the members list</source>
        <translation>Close the membership with today’s date; the person stays in the members list</translation>
    </message>
    <message>
        <source>How the declared count was written: “hơn 15” is more than 15</source>
        <translation>How the declared count was written: “hơn 15” is more than 15</translation>
    </message>
    <message>
        <source>empty: not reported yet (0 is a count)</source>
        <translation>empty: not reported yet (0 is a count)</translation>
    </message>
    <message>
        <source>Add several…</source>
        <translation>Add several…</translation>
    </message>
    <message>
        <source>Type or paste from Excel many members of this team at once</source>
        <translation>Type or paste from Excel many members of this team at once</translation>
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
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Enter a new team (Insert)</source>
        <translation>Enter a new team (Insert)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open the selected team with its members (Enter)</source>
        <translation>Open the selected team with its members (Enter)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>Remove the selected team (Delete)</source>
        <translation>Remove the selected team (Delete)</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <source>Training session</source>
        <translation>Training session</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
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
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Declared participants</source>
        <translation>Declared participants</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Who took part</translation>
    </message>
    <message>
        <source>Report sentence</source>
        <translation>Report sentence</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Find members</source>
        <translation>Find members</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Administrative unit</source>
        <translation>Administrative unit</translation>
    </message>
    <message>
        <source>Tick all shown</source>
        <translation>Tick all shown</translation>
    </message>
    <message>
        <source>Untick all shown</source>
        <translation>Untick all shown</translation>
    </message>
    <message>
        <source>Remove selected attendees</source>
        <translation>Remove selected attendees</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <source>Administrative unit</source>
        <translation>Administrative unit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. Thôn An Định</source>
        <translation>e.g. Thôn An Định</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <source>GSO code</source>
        <translation>GSO code</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
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
    <message>
        <source>Cannot create the folder “%1”: a folder above it is read-only, or you may not write there. Choose another folder for the backup.</source>
        <translation>Cannot create the folder “%1”: a folder above it is read-only, or you may not write there. Choose another folder for the backup.</translation>
    </message>
    <message>
        <source>The backup was not written: the folder “%1” is read-only. Choose another folder, or ask whoever manages this computer for write access.</source>
        <translation>The backup was not written: the folder “%1” is read-only. Choose another folder, or ask whoever manages this computer for write access.</translation>
    </message>
    <message>
        <source>The backup was not written: the disk holding “%1” has %2 MB free and the backup needs about %3 MB. Free some space there or choose another drive.</source>
        <translation>The backup was not written: the disk holding “%1” has %2 MB free and the backup needs about %3 MB. Free some space there or choose another drive.</translation>
    </message>
    <message>
        <source>Nothing was restored: “%1” is open in another program or another CDS Desk window, which would go on writing into the replaced file. Close it there and try again.</source>
        <translation>Nothing was restored: “%1” is open in another program or another CDS Desk window, which would go on writing into the replaced file. Close it there and try again.</translation>
    </message>
    <message>
        <source>Nothing was restored: “%1” is open in another program (%2), which would go on writing into the replaced file. Close it there and try again.</source>
        <translation>Nothing was restored: “%1” is open in another program (%2), which would go on writing into the replaced file. Close it there and try again.</translation>
    </message>
</context>
<context>
    <name>cds::BackupPickerDialog</name>
    <message>
        <source>Daily, at the first start of the day</source>
        <translation>Daily, at the first start of the day</translation>
    </message>
    <message>
        <source>At closing</source>
        <translation>At closing</translation>
    </message>
    <message>
        <source>Safety copy before a restore</source>
        <translation>Safety copy before a restore</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Made by hand</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>There is no backup of %1 in %2 yet. Choose another file if the backup is elsewhere.</source>
        <translation>There is no backup of %1 in %2 yet. Choose another file if the backup is elsewhere.</translation>
    </message>
    <message>
        <source>Backups of %1 in %2, newest first. Choose one; what it holds is shown before anything is replaced.</source>
        <translation>Backups of %1 in %2, newest first. Choose one; what it holds is shown before anything is replaced.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Restore this backup…</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Other file…</translation>
    </message>
    <message>
        <source>CDS Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation>CDS Desk databases (*.sqlite *.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>cds::CampaignFigureForm</name>
    <message>
        <source>New campaign figure</source>
        <translation>New campaign figure</translation>
    </message>
    <message>
        <source>Campaign figure</source>
        <translation>Campaign figure</translation>
    </message>
    <message>
        <source>made from the label when left empty</source>
        <translation>made from the label when left empty</translation>
    </message>
    <message>
        <source>In the report sentence, {figure} stands for the figure with its qualifier, e.g. “hơn 4.200”.</source>
        <translation>In the report sentence, {figure} stands for the figure with its qualifier, e.g. “hơn 4.200”.</translation>
    </message>
    <message>
        <source>Enter what the figure counts, e.g. “Lượt quét mã QR”.</source>
        <translation>Enter what the figure counts, e.g. “Lượt quét mã QR”.</translation>
    </message>
    <message>
        <source>Enter a key of letters and digits.</source>
        <translation>Enter a key of letters and digits.</translation>
    </message>
    <message>
        <source>The key “%1” is already the figure “%2”&apos;s in this campaign.</source>
        <translation>The key “%1” is already the figure “%2”&apos;s in this campaign.</translation>
    </message>
    <message>
        <source>A figure cannot be negative.</source>
        <translation>A figure cannot be negative.</translation>
    </message>
    <message>
        <source>The report sentence has no {figure}: the figure will not be printed in it.</source>
        <translation>The report sentence has no {figure}: the figure will not be printed in it.</translation>
    </message>
    <message>
        <source>Add campaign figure “%1”</source>
        <translation>Add campaign figure “%1”</translation>
    </message>
    <message>
        <source>Edit campaign figure “%1”</source>
        <translation>Edit campaign figure “%1”</translation>
    </message>
    <message>
        <source>Other figures</source>
        <translation>Other figures</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Qualifier</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Report sentence</source>
        <translation>Report sentence</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
</context>
<context>
    <name>cds::CampaignForm</name>
    <message>
        <source>New campaign</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Enter the campaign&apos;s name.</source>
        <translation>Enter the campaign&apos;s name.</translation>
    </message>
    <message>
        <source>The campaign cannot end (%1) before it starts (%2).</source>
        <translation>The campaign cannot end (%1) before it starts (%2).</translation>
    </message>
    <message>
        <source>Choose the province from the list, or leave it empty.</source>
        <translation>Choose the province from the list, or leave it empty.</translation>
    </message>
    <message>
        <source>The campaign of %1 starts in %2.</source>
        <translation>The campaign of %1 starts in %2.</translation>
    </message>
    <message>
        <source>The campaign of %1 ends in %2.</source>
        <translation>The campaign of %1 ends in %2.</translation>
    </message>
    <message>
        <source>There is already a campaign “%1” in %2.</source>
        <translation>There is already a campaign “%1” in %2.</translation>
    </message>
    <message>
        <source>Add campaign “%1”</source>
        <translation>Add campaign “%1”</translation>
    </message>
    <message>
        <source>Edit campaign “%1”</source>
        <translation>Edit campaign “%1”</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Choose or add a campaign first.</source>
        <translation>Choose or add a campaign first.</translation>
    </message>
    <message>
        <source>no check</source>
        <translation>no check</translation>
    </message>
    <message>
        <source> members</source>
        <translation> members</translation>
    </message>
    <message>
        <source>The smallest team the province&apos;s plan allows; smaller teams are warnings on the dashboard.</source>
        <translation>The smallest team the province&apos;s plan allows; smaller teams are warnings on the dashboard.</translation>
    </message>
    <message>
        <source>The levels where the campaign expects teams; none ticked: every level of the tree.</source>
        <translation>The levels where the campaign expects teams; none ticked: every level of the tree.</translation>
    </message>
    <message>
        <source>Units left out of the coverage</source>
        <translation>Units left out of the coverage</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Reason, as the report prints it (e.g. không có dân cư)</source>
        <translation>Reason, as the report prints it (e.g. không có dân cư)</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Leave out</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Count again</translation>
    </message>
    <message>
        <source>Save the campaign first: the units come from its province.</source>
        <translation>Save the campaign first: the units come from its province.</translation>
    </message>
    <message>
        <source>Choose the unit from the list.</source>
        <translation>Choose the unit from the list.</translation>
    </message>
    <message>
        <source>Say why the unit cannot have a team; the report prints it.</source>
        <translation>Say why the unit cannot have a team; the report prints it.</translation>
    </message>
</context>
<context>
    <name>cds::CampaignSetup</name>
    <message>
        <source>unknown setting; the known ones are %1</source>
        <translation>unknown setting; the known ones are %1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>“%1” is not a whole number from %2 to %3</source>
        <translation>“%1” is not a whole number from %2 to %3</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” is not a number</translation>
    </message>
    <message>
        <source>“%1” is not a date (write dd/mm/yyyy)</source>
        <translation>“%1” is not a date (write dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>the units could not be read</source>
        <translation>the units could not be read</translation>
    </message>
    <message>
        <source>“%1” names %2 units (%3): give the GSO code</source>
        <translation>“%1” names %2 units (%3): give the GSO code</translation>
    </message>
    <message>
        <source>no unit “%1” in force on %2</source>
        <translation>no unit “%1” in force on %2</translation>
    </message>
    <message>
        <source>no unit “%1”</source>
        <translation>no unit “%1”</translation>
    </message>
    <message>
        <source>“%1” is not a level (tinh, huyen, xa, thon or 1–4)</source>
        <translation>“%1” is not a level (tinh, huyen, xa, thon or 1–4)</translation>
    </message>
    <message>
        <source>every level of the tree</source>
        <translation>every level of the tree</translation>
    </message>
    <message>
        <source>“%1” is not a setting: write key=value</source>
        <translation>“%1” is not a setting: write key=value</translation>
    </message>
    <message>
        <source>the campaign ends before it starts</source>
        <translation>the campaign ends before it starts</translation>
    </message>
    <message>
        <source>Create campaign %1</source>
        <translation>Create campaign %1</translation>
    </message>
    <message>
        <source>Created campaign %1 “%2” (%3, %4; teams expected at: %5)</source>
        <translation>Created campaign %1 “%2” (%3, %4; teams expected at: %5)</translation>
    </message>
    <message>
        <source>the letterhead ends before it starts</source>
        <translation>the letterhead ends before it starts</translation>
    </message>
    <message>
        <source>an abbreviation has no spaces or slashes (“SKHCN”)</source>
        <translation>an abbreviation has no spaces or slashes (“SKHCN”)</translation>
    </message>
    <message>
        <source>Decree 30 allows %1 to %2 mm</source>
        <translation>Decree 30 allows %1 to %2 mm</translation>
    </message>
    <message>
        <source>Create letterhead %1</source>
        <translation>Create letterhead %1</translation>
    </message>
    <message>
        <source>Created letterhead %1 “%2” (symbol BC-%3)</source>
        <translation>Created letterhead %1 “%2” (symbol BC-%3)</translation>
    </message>
    <message>
        <source>write KT., TM., TL., TUQ., Q. or leave it empty</source>
        <translation>write KT., TM., TL., TUQ., Q. or leave it empty</translation>
    </message>
    <message>
        <source>required after %1 (the head&apos;s title, e.g. GIÁM ĐỐC)</source>
        <translation>required after %1 (the head&apos;s title, e.g. GIÁM ĐỐC)</translation>
    </message>
    <message>
        <source>no such letterhead: create the letterhead first</source>
        <translation>no such letterhead: create the letterhead first</translation>
    </message>
    <message>
        <source>Add signer %1</source>
        <translation>Add signer %1</translation>
    </message>
    <message>
        <source>Added signer %1 (%2) to letterhead %3</source>
        <translation>Added signer %1 (%2) to letterhead %3</translation>
    </message>
    <message>
        <source>no such campaign</source>
        <translation>no such campaign</translation>
    </message>
    <message>
        <source>Leave %1 out of the coverage</source>
        <translation>Leave %1 out of the coverage</translation>
    </message>
    <message>
        <source>Left %1 out of the coverage of campaign %2 “%3”: %4</source>
        <translation>Left %1 out of the coverage of campaign %2 “%3”: %4</translation>
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
    <name>cds::ChangeGroupCommand</name>
    <message>
        <source>Undo: %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Cannot undo</translation>
    </message>
    <message>
        <source>“%1” cannot be undone: %2</source>
        <translation>“%1” cannot be undone: %2</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>Cannot redo</translation>
    </message>
    <message>
        <source>“%1” cannot be redone: %2</source>
        <translation>“%1” cannot be redone: %2</translation>
    </message>
</context>
<context>
    <name>cds::ChangeLog</name>
    <message>
        <source>%1 was changed again after this step; undo it first.</source>
        <translation>%1 was changed again after this step; undo it first.</translation>
    </message>
    <message>
        <source>%1 was created again after this step; undo it first.</source>
        <translation>%1 was created again after this step; undo it first.</translation>
    </message>
    <message>
        <source>Cannot restore %1: %2</source>
        <translation>Cannot restore %1: %2</translation>
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
    <name>cds::CloseUnitForm</name>
    <message>
        <source>Close administrative unit</source>
        <translation>Close administrative unit</translation>
    </message>
    <message>
        <source>“%1” stays in the database with the date it ended; the campaigns that counted it keep it.</source>
        <translation>“%1” stays in the database with the date it ended; the campaigns that counted it keep it.</translation>
    </message>
    <message numerus="yes">
        <source>The %n unit(s) under it that are still open are left as they are: close or move them separately.</source>
        <translation>
            <numerusform>The %n unit under it that are still open are left as they are: close or move them separately.</numerusform>
            <numerusform>The %n units under it that are still open are left as they are: close or move them separately.</numerusform>
        </translation>
    </message>
    <message>
        <source>The unit cannot close before it was established (%1).</source>
        <translation>The unit cannot close before it was established (%1).</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>The date is in the future.</translation>
    </message>
    <message>
        <source>Close administrative unit “%1”</source>
        <translation>Close administrative unit “%1”</translation>
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
        <translation>Unexpected argument &quot;%1&quot; (a file to import goes with --import KIND).</translation>
    </message>
    <message>
        <source>There is no display to open the window on. Without one, use --export-report, --export-dashboard, --import or --backup (see --help).</source>
        <translation>There is no display to open the window on. Without one, use --export-report, --export-dashboard, --import or --backup (see --help).</translation>
    </message>
    <message>
        <source>The dashboard is written as PNG or PDF: name the file *.png or *.pdf, not %1.</source>
        <translation>The dashboard is written as PNG or PDF: name the file *.png or *.pdf, not %1.</translation>
    </message>
    <message>
        <source>Fill a new, empty database with generated sample data of the size SIZE (%1) and exit; an existing database is never written to.</source>
        <translation>Fill a new, empty database with generated sample data of the size SIZE (%1) and exit; an existing database is never written to.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>--generate needs --db FILE naming a new database file.</source>
        <translation>--generate needs --db FILE naming a new database file.</translation>
    </message>
    <message>
        <source>Unknown size &quot;%1&quot;; use one of %2.</source>
        <translation>Unknown size &quot;%1&quot;; use one of %2.</translation>
    </message>
    <message>
        <source>%1 already exists; --generate writes only into a new database file. Nothing was changed.</source>
        <translation>%1 already exists; --generate writes only into a new database file. Nothing was changed.</translation>
    </message>
    <message>
        <source>No sample data was generated: %1</source>
        <translation>No sample data was generated: %1</translation>
    </message>
    <message>
        <source>Generated in %1 s: %2 administrative units, %3 campaigns, %4 teams, %5 members, %6 training sessions with %7 attendances, %8 events, %9 media outputs</source>
        <translation>Generated in %1 s: %2 administrative units, %3 campaigns, %4 teams, %5 members, %6 training sessions with %7 attendances, %8 events, %9 media outputs</translation>
    </message>
    <message>
        <source>Write the official report to FILE and exit: PDF, Word (DOCX) or OpenDocument (ODT) by the file&apos;s extension (.pdf, .docx, .odt).</source>
        <translation>Write the official report to FILE and exit: PDF, Word (DOCX) or OpenDocument (ODT) by the file&apos;s extension (.pdf, .docx, .odt).</translation>
    </message>
    <message>
        <source>Import the CSV file or Excel workbook (.xlsx) INPUT holding KIND (%1) and exit; nothing is imported if any row is wrong.</source>
        <translation>Import the CSV file or Excel workbook (.xlsx) INPUT holding KIND (%1) and exit; nothing is imported if any row is wrong.</translation>
    </message>
    <message>
        <source>Write the campaign&apos;s intake workbooks (Excel, one per district, or per commune in a province without districts) into FOLDER and exit; import a filled one with --import intake.</source>
        <translation>Write the campaign&apos;s intake workbooks (Excel, one per district, or per commune in a province without districts) into FOLDER and exit; import a filled one with --import intake.</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>With --import of an Excel workbook: the sheet to read (default: the first).</source>
        <translation>With --import of an Excel workbook: the sheet to read (default: the first).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Create one record of KIND (%1) from the --set values and exit.</source>
        <translation>Create one record of KIND (%1) from the --set values and exit.</translation>
    </message>
    <message>
        <source>With --create: one field of the record as key=value (repeat the option for each field; a wrong key names the known ones).</source>
        <translation>With --create: one field of the record as key=value (repeat the option for each field; a wrong key names the known ones).</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <source>Set up the province PROVINCE (GSO code or name) with its units from the national list (see --units-list) and exit.</source>
        <translation>Set up the province PROVINCE (GSO code or name) with its units from the national list (see --units-list) and exit.</translation>
    </message>
    <message>
        <source>PROVINCE</source>
        <translation>PROVINCE</translation>
    </message>
    <message>
        <source>With --setup-province: 2025 (default; in force from 01/07/2025) or 2024 (as of 01/03/2025).</source>
        <translation>With --setup-province: 2025 (default; in force from 01/07/2025) or 2024 (as of 01/03/2025).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>The report is written as PDF, DOCX or ODT: name the file *.pdf, *.docx or *.odt, not %1.</source>
        <translation>The report is written as PDF, DOCX or ODT: name the file *.pdf, *.docx or *.odt, not %1.</translation>
    </message>
    <message>
        <source>Intake workbook written to %1</source>
        <translation>Intake workbook written to %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>INPUT</source>
        <translation>INPUT</translation>
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
    <message>
        <source>The commune %1 is not in this campaign.</source>
        <translation>The commune %1 is not in this campaign.</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>&amp;Commune:</translation>
    </message>
    <message>
        <source>Restricts every figure to this commune and the units below it.</source>
        <translation>Restricts every figure to this commune and the units below it.</translation>
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
        <source>not reported</source>
        <translation>not reported</translation>
    </message>
    <message numerus="yes">
        <source>%n team(s) not reported</source>
        <translation>
            <numerusform>%n team not reported</numerusform>
            <numerusform>%n teams not reported</numerusform>
        </translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>The team has %1 member(s), below the plan&apos;s minimum of %2</source>
        <translation>The team has %1 member(s), below the plan&apos;s minimum of %2</translation>
    </message>
    <message>
        <source>The team has not reported its members</source>
        <translation>The team has not reported its members</translation>
    </message>
    <message>
        <source>%1 member(s) listed, fewer than the %2 declared</source>
        <translation>%1 member(s) listed, fewer than the %2 declared</translation>
    </message>
    <message>
        <source>%1 teams in this campaign: %2</source>
        <translation>%1 teams in this campaign: %2</translation>
    </message>
    <message>
        <source>Village team, but %1 has no commune team</source>
        <translation>Village team, but %1 has no commune team</translation>
    </message>
    <message>
        <source>Guideline warnings: %1</source>
        <translation>Guideline warnings: %1</translation>
    </message>
    <message>
        <source>Counting the figures …</source>
        <translation>Counting the figures …</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Scope: %1</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Period: %1 to %2</translation>
    </message>
    <message>
        <source>Figures of %1</source>
        <translation>Figures of %1</translation>
    </message>
    <message>
        <source>Overview: %1</source>
        <translation>Overview: %1</translation>
    </message>
    <message>
        <source>Dashboard saved to %1</source>
        <translation>Dashboard saved to %1</translation>
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
    <message>
        <source>The database file “%1” was replaced or removed by another program (for example a restore from a backup in another CDS Desk). Nothing more is written to it from this window, so that no change is lost in a file nobody sees. Open the database again to go on working with the file as it is now.</source>
        <translation>The database file “%1” was replaced or removed by another program (for example a restore from a backup in another CDS Desk). Nothing more is written to it from this window, so that no change is lost in a file nobody sees. Open the database again to go on working with the file as it is now.</translation>
    </message>
    <message>
        <source>“%1” is an empty file (0 bytes), not a CDS Desk database. A new database is created only under a name where no file exists yet: choose a new file name, or delete the empty file if you do not need it. The file was left unchanged.</source>
        <translation>“%1” is an empty file (0 bytes), not a CDS Desk database. A new database is created only under a name where no file exists yet: choose a new file name, or delete the empty file if you do not need it. The file was left unchanged.</translation>
    </message>
    <message>
        <source>The file was left unchanged.</source>
        <translation>The file was left unchanged.</translation>
    </message>
    <message>
        <source>Its “-wal” file beside it holds changes not yet written into the file (of a session that did not close properly, or of a program that has it open); it was left unchanged too: keep it with the database file when you copy or move it.</source>
        <translation>Its “-wal” file beside it holds changes not yet written into the file (of a session that did not close properly, or of a program that has it open); it was left unchanged too: keep it with the database file when you copy or move it.</translation>
    </message>
    <message>
        <source>The changes of a session that did not close properly (its “-wal” file) were merged into the file while it was opened.</source>
        <translation>The changes of a session that did not close properly (its “-wal” file) were merged into the file while it was opened.</translation>
    </message>
    <message>
        <source>CDS Desk was not closed properly the last time “%1” was open: the changes saved then (kept in its “-wal” file) were recovered into the database.</source>
        <translation>CDS Desk was not closed properly the last time “%1” was open: the changes saved then (kept in its “-wal” file) were recovered into the database.</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing %3</source>
        <translation>%1 row %2 refers to a missing %3</translation>
    </message>
    <message>
        <source>The full check of “%1” found damage (%2). Nothing more is written to it, so that the damage does not spread. Restore the database from a recent backup or send a copy of the file for repair.</source>
        <translation>The full check of “%1” found damage (%2). Nothing more is written to it, so that the damage does not spread. Restore the database from a recent backup or send a copy of the file for repair.</translation>
    </message>
    <message>
        <source>“%1” is in use: another program or another CDS Desk window is writing to it or restoring it right now. Wait until it has finished (or close it) and try again.</source>
        <translation>“%1” is in use: another program or another CDS Desk window is writing to it or restoring it right now. Wait until it has finished (or close it) and try again.</translation>
    </message>
    <message>
        <source>The disk holding “%1” is full. Free some space there (or choose another drive) and try again.</source>
        <translation>The disk holding “%1” is full. Free some space there (or choose another drive) and try again.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: the folder “%2” is read-only, missing, or you may not write there. Choose another folder, or ask whoever manages this computer for write access.</source>
        <translation>“%1” cannot be written: the folder “%2” is read-only, missing, or you may not write there. Choose another folder, or ask whoever manages this computer for write access.</translation>
    </message>
</context>
<context>
    <name>cds::DatabaseWorker</name>
    <message>
        <source>Cannot open “%1” for work in the background: %2</source>
        <translation>Cannot open “%1” for work in the background: %2</translation>
    </message>
</context>
<context>
    <name>cds::DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Choose in a calendar (Alt+Down)</source>
        <translation>Choose in a calendar (Alt+Down)</translation>
    </message>
    <message>
        <source>A date as 07/10/2022, 7/10/2022 or 07102022; empty when not known</source>
        <translation>A date as 07/10/2022, 7/10/2022 or 07102022; empty when not known</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: type the day, the month and the year, as 07/10/2022, 7/10/2022 or 07102022.</source>
        <translation>&quot;%1&quot; is not a date: type the day, the month and the year, as 07/10/2022, 7/10/2022 or 07102022.</translation>
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
    <message>
        <source>Load the demo campaign</source>
        <translation>Load the demo campaign</translation>
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
    <message>
        <source>Members and teams per commune</source>
        <translation>Members and teams per commune</translation>
    </message>
    <message>
        <source>Other communes (%1)</source>
        <translation>Other communes (%1)</translation>
    </message>
    <message>
        <source>Other districts (%1)</source>
        <translation>Other districts (%1)</translation>
    </message>
    <message>
        <source>No communes in this scope</source>
        <translation>No communes in this scope</translation>
    </message>
    <message numerus="yes">
        <source>%n team(s) not reported</source>
        <translation>
            <numerusform>%n team not reported</numerusform>
            <numerusform>%n teams not reported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cds::DrillDownDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Scope: %1</translation>
    </message>
    <message>
        <source>Rows matching “%1”: %2</source>
        <translation>Rows matching “%1”: %2</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Printed on %1</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 of %2 shown</translation>
    </message>
</context>
<context>
    <name>cds::EventForm</name>
    <message>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>when several bodies organise it together</source>
        <translation>when several bodies organise it together</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>e.g. Facebook fanpage of the department</source>
        <translation>e.g. Facebook fanpage of the department</translation>
    </message>
    <message>
        <source>One result per line; “- ” starts a bullet.</source>
        <translation>One result per line; “- ” starts a bullet.</translation>
    </message>
    <message>
        <source>{in_person}, {online} and {livestream} stand for the figures.</source>
        <translation>{in_person}, {online} and {livestream} stand for the figures.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Qualifier</translation>
    </message>
    <message>
        <source>Choose the kind of event.</source>
        <translation>Choose the kind of event.</translation>
    </message>
    <message>
        <source>Enter the event&apos;s title.</source>
        <translation>Enter the event&apos;s title.</translation>
    </message>
    <message>
        <source>Choose the organiser from the list, or write it in “Organisers (as written)”.</source>
        <translation>Choose the organiser from the list, or write it in “Organisers (as written)”.</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>A count cannot be negative.</translation>
    </message>
    <message>
        <source>Presentation %1 needs its speaker and its title.</source>
        <translation>Presentation %1 needs its speaker and its title.</translation>
    </message>
    <message>
        <source>Choose the organisation of attendance row %1 from the list, or remove the row.</source>
        <translation>Choose the organisation of attendance row %1 from the list, or remove the row.</translation>
    </message>
    <message>
        <source>“%1” is listed twice in the attendance per organisation.</source>
        <translation>“%1” is listed twice in the attendance per organisation.</translation>
    </message>
    <message>
        <source>The date %1 is outside the campaign&apos;s year %2.</source>
        <translation>The date %1 is outside the campaign&apos;s year %2.</translation>
    </message>
    <message>
        <source>Add event “%1”</source>
        <translation>Add event “%1”</translation>
    </message>
    <message>
        <source>Edit event “%1”</source>
        <translation>Edit event “%1”</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
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
        <source>Livestream views</source>
        <translation>Livestream views</translation>
    </message>
    <message>
        <source>Main event</source>
        <translation>Main event</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>All modes</source>
        <translation>All modes</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>of a presentation</comment>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>cds::ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
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
    <message>
        <source>Administrative units (province to village: thôn, tổ dân phố)</source>
        <translation>Administrative units (province to village: thôn, tổ dân phố)</translation>
    </message>
    <message>
        <source>CSV files and Excel workbooks (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>CSV files and Excel workbooks (*.csv *.txt *.tsv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Choose a CSV file or an Excel workbook.</source>
        <translation>Choose a CSV file or an Excel workbook.</translation>
    </message>
    <message numerus="yes">
        <source>Excel workbook of %n sheet(s); this sheet is empty.</source>
        <translation>
            <numerusform>Excel workbook of %n sheet; this sheet is empty.</numerusform>
            <numerusform>Excel workbook of %n sheets; this sheet is empty.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Excel workbook of %n sheet(s); the header is in row %1.</source>
        <translation>
            <numerusform>Excel workbook of %n sheet; the header is in row %1.</numerusform>
            <numerusform>Excel workbook of %n sheets; the header is in row %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not imported)</source>
        <translation>%1 (not imported)</translation>
    </message>
    <message>
        <source>CDS Desk does not know this column; it is not imported. Choose a field for it above if it holds one.</source>
        <translation>CDS Desk does not know this column; it is not imported. Choose a field for it above if it holds one.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) below: check those values.</source>
        <translation>
            <numerusform>%n warning below: check that value.</numerusform>
            <numerusform>%n warnings below: check those values.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>Check the file and show what it would add and change, without importing it</source>
        <translation>Check the file and show what it would add and change, without importing it</translation>
    </message>
    <message>
        <source>Campaign figures (the report&apos;s other figures)</source>
        <translation>Campaign figures (the report&apos;s other figures)</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Changed: %1</translation>
    </message>
    <message>
        <source>%1 checked: %2. Nothing is imported until you click Import.</source>
        <translation>%1 checked: %2. Nothing is imported until you click Import.</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>Training sessions</translation>
    </message>
    <message>
        <source>Events (workshops, conferences, contests…)</source>
        <translation>Events (workshops, conferences, contests…)</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
</context>
<context>
    <name>cds::Importer</name>
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
    <message>
        <source>%1 is not a Vietnamese phone number (10 digits starting 03, 05, 07, 08 or 09, or a fixed line of 11 digits starting 02).</source>
        <translation>%1 is not a Vietnamese phone number (10 digits starting 03, 05, 07, 08 or 09, or a fixed line of 11 digits starting 02).</translation>
    </message>
    <message>
        <source>This column has no header and is not imported.</source>
        <translation>This column has no header and is not imported.</translation>
    </message>
    <message>
        <source>CDS Desk does not know this column; it is not imported. Choose a field for it if it holds one.</source>
        <translation>CDS Desk does not know this column; it is not imported. Choose a field for it if it holds one.</translation>
    </message>
    <message>
        <source>This value starts with “%1” and a spreadsheet would run it as a formula; it is imported as text, and exports write it with an apostrophe in front. Check that it is what you meant.</source>
        <translation>This value starts with “%1” and a spreadsheet would run it as a formula; it is imported as text, and exports write it with an apostrophe in front. Check that it is what you meant.</translation>
    </message>
    <message>
        <source>Nothing was imported: the database is busy with another change (another import, or another CDS Desk window writing to it). Wait until it has finished and import the file again.</source>
        <translation>Nothing was imported: the database is busy with another change (another import, or another CDS Desk window writing to it). Wait until it has finished and import the file again.</translation>
    </message>
    <message>
        <source>Nothing was imported: the database could not start writing (%1).</source>
        <translation>Nothing was imported: the database could not start writing (%1).</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>no reason was given</translation>
    </message>
    <message>
        <source>Nothing was imported: the database could not start writing: %1</source>
        <translation>Nothing was imported: the database could not start writing: %1</translation>
    </message>
    <message>
        <source>%1 is the name of %2 administrative units (%3), even where the file places it; write its GSO code instead, or its name with the tone marks as the list writes it.</source>
        <translation>%1 is the name of %2 administrative units (%3), even where the file places it; write its GSO code instead, or its name with the tone marks as the list writes it.</translation>
    </message>
    <message>
        <source>%1 is the name of %2 administrative units (%3); fill in its Commune column to say which one.</source>
        <translation>%1 is the name of %2 administrative units (%3); fill in its Commune column to say which one.</translation>
    </message>
    <message>
        <source>%1 is the name of %2 administrative units (%3); fill in its District column to say which one.</source>
        <translation>%1 is the name of %2 administrative units (%3); fill in its District column to say which one.</translation>
    </message>
    <message>
        <source>%1 is not a type of administrative unit; expected one of %2.</source>
        <translation>%1 is not a type of administrative unit; expected one of %2.</translation>
    </message>
    <message>
        <source>A %1 is a province-level unit and belongs to no other unit.</source>
        <translation>A %1 is a province-level unit and belongs to no other unit.</translation>
    </message>
    <message>
        <source>Expected the unit %1 belongs to, by its GSO code or its name.</source>
        <translation>Expected the unit %1 belongs to, by its GSO code or its name.</translation>
    </message>
    <message>
        <source>%1 cannot hold %2: a unit belongs to a unit of a higher level (a district to a province, a commune to a district or a province, a village to a commune or a district).</source>
        <translation>%1 cannot hold %2: a unit belongs to a unit of a higher level (a district to a province, a commune to a district or a province, a village to a commune or a district).</translation>
    </message>
    <message>
        <source>Villages and residential groups have no GSO code; leave it empty.</source>
        <translation>Villages and residential groups have no GSO code; leave it empty.</translation>
    </message>
    <message>
        <source>Expected the GSO code of a unit of this level: %1 digits, found %2.</source>
        <translation>Expected the GSO code of a unit of this level: %1 digits, found %2.</translation>
    </message>
    <message>
        <source>The GSO code %1 is already on line %2.</source>
        <translation>The GSO code %1 is already on line %2.</translation>
    </message>
    <message>
        <source>The GSO code %1 is already “%2”&apos;s.</source>
        <translation>The GSO code %1 is already “%2”&apos;s.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named %1; its sheets are %2.</source>
        <translation>The workbook has no sheet named %1; its sheets are %2.</translation>
    </message>
    <message>
        <source>The sheet is empty.</source>
        <translation>The sheet is empty.</translation>
    </message>
    <message>
        <source>This cell is right of the table: its column has no header.</source>
        <translation>This cell is right of the table: its column has no header.</translation>
    </message>
    <message>
        <source>Sheet %1, cell %2: %3</source>
        <translation>Sheet %1, cell %2: %3</translation>
    </message>
    <message>
        <source>Sheet %1, row %2: %3</source>
        <translation>Sheet %1, row %2: %3</translation>
    </message>
    <message>
        <source>Sheet %1: %2</source>
        <translation>Sheet %1: %2</translation>
    </message>
    <message>
        <source>Imported %1 administrative units from %2</source>
        <translation>Imported %1 administrative units from %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the list has %2 of %3 declared members; the report keeps counting %3 until the list is completed or the count corrected.</source>
        <translation>%1: the list has %2 of %3 declared members; the report keeps counting %3 until the list is completed or the count corrected.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>established on</source>
        <translation>established on</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decision</translation>
    </message>
    <message>
        <source>declared members</source>
        <translation>declared members</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>The figure %1 is already on line %2.</source>
        <translation>The figure %1 is already on line %2.</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>report sentence</source>
        <translation>report sentence</translation>
    </message>
    <message>
        <source>order</source>
        <translation>order</translation>
    </message>
    <message>
        <source>Imported %1 campaign figures from %2</source>
        <translation>Imported %1 campaign figures from %2</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged</source>
        <translation>%1 new, %2 changed, %3 unchanged</translation>
    </message>
    <message>
        <source>Expected a kind of event (Hội thảo, Tọa đàm, Hội nghị, Hội thi, Lễ phát động, Tập huấn or Khác), found %1.</source>
        <translation>Expected a kind of event (Hội thảo, Tọa đàm, Hội nghị, Hội thi, Lễ phát động, Tập huấn or Khác), found %1.</translation>
    </message>
    <message>
        <source>Expected “Sáng”, “Chiều” or “Tối”, found %1.</source>
        <translation>Expected “Sáng”, “Chiều” or “Tối”, found %1.</translation>
    </message>
    <message>
        <source>Expected the connected sites as “Tỉnh: 1; Huyện: 13; Xã: 173; Thôn: 20” (each level once, a whole number after it), found %1.</source>
        <translation>Expected the connected sites as “Tỉnh: 1; Huyện: 13; Xã: 173; Thôn: 20” (each level once, a whole number after it), found %1.</translation>
    </message>
    <message>
        <source>The same event (title and date) is already on line %1.</source>
        <translation>The same event (title and date) is already on line %1.</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>theme</translation>
    </message>
    <message>
        <source>chaired by</source>
        <translation>chaired by</translation>
    </message>
    <message>
        <source>chair&apos;s position</source>
        <translation>chair&apos;s position</translation>
    </message>
    <message>
        <source>organisers</source>
        <translation>organisers</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>venue</translation>
    </message>
    <message>
        <source>who attended in person</source>
        <translation>who attended in person</translation>
    </message>
    <message>
        <source>who attended online</source>
        <translation>who attended online</translation>
    </message>
    <message>
        <source>livestream platform</source>
        <translation>livestream platform</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>audience</translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation>outcomes</translation>
    </message>
    <message>
        <source>report group</source>
        <translation>report group</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>main event</source>
        <translation>main event</translation>
    </message>
    <message>
        <source>time of day</source>
        <translation>time of day</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>organiser</translation>
    </message>
    <message>
        <source>in-person attendance</source>
        <translation>in-person attendance</translation>
    </message>
    <message>
        <source>online attendance</source>
        <translation>online attendance</translation>
    </message>
    <message>
        <source>livestream views</source>
        <translation>livestream views</translation>
    </message>
    <message>
        <source>connected sites</source>
        <translation>connected sites</translation>
    </message>
    <message>
        <source>The same recommendation is already on line %1.</source>
        <translation>The same recommendation is already on line %1.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Imported %1 training sessions from %2</source>
        <translation>Imported %1 training sessions from %2</translation>
    </message>
    <message>
        <source>Imported %1 events from %2</source>
        <translation>Imported %1 events from %2</translation>
    </message>
    <message>
        <source>Imported %1 recommendations from %2</source>
        <translation>Imported %1 recommendations from %2</translation>
    </message>
    <message>
        <source>The training cannot end (%1) before it starts (%2).</source>
        <translation>The training cannot end (%1) before it starts (%2).</translation>
    </message>
    <message>
        <source>The same training session (title and start date) is already on line %1.</source>
        <translation>The same training session (title and start date) is already on line %1.</translation>
    </message>
    <message>
        <source>The attendance list names %1 members but only %2 participants are declared: raise the declared number or remove attendees.</source>
        <translation>The attendance list names %1 members but only %2 participants are declared: raise the declared number or remove attendees.</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>topic</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>end date</translation>
    </message>
    <message>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <source>declared participants</source>
        <translation>declared participants</translation>
    </message>
    <message>
        <source>who took part</source>
        <translation>who took part</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>partners</translation>
    </message>
    <message>
        <source>No organisation is named %1; add it (or import the organisations) first.</source>
        <translation>No organisation is named %1; add it (or import the organisations) first.</translation>
    </message>
    <message>
        <source>%1 names %2 organisations; write the full name of the one meant.</source>
        <translation>%1 names %2 organisations; write the full name of the one meant.</translation>
    </message>
    <message>
        <source>Expected “Trực tiếp”, “Trực tuyến” or “Trực tiếp kết hợp trực tuyến”, found %1.</source>
        <translation>Expected “Trực tiếp”, “Trực tuyến” or “Trực tiếp kết hợp trực tuyến”, found %1.</translation>
    </message>
</context>
<context>
    <name>cds::IntakeImportDialog</name>
    <message>
        <source>Choose the folder for the intake workbooks</source>
        <translation>Choose the folder for the intake workbooks</translation>
    </message>
    <message>
        <source>Writing the intake workbooks…</source>
        <translation>Writing the intake workbooks…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Intake workbooks</source>
        <translation>Intake workbooks</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n intake workbook(s) written to %1 before you cancelled.</source>
        <translation>
            <numerusform>Stopped: %n intake workbook(s) written to %1 before you cancelled.</numerusform>
            <numerusform>Stopped: %n intake workbook(s) written to %1 before you cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intake workbook(s) written to %1.

Send each district (or commune) its own workbook; import it with File → Import intake workbook… when it comes back filled in.</source>
        <translation>
            <numerusform>%n intake workbook(s) written to %1.

Send each district (or commune) its own workbook; import it with File → Import intake workbook… when it comes back filled in.</numerusform>
            <numerusform>%n intake workbook(s) written to %1.

Send each district (or commune) its own workbook; import it with File → Import intake workbook… when it comes back filled in.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import intake workbook</source>
        <translation>Import intake workbook</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Changes (before → after):</source>
        <translation>Changes (before → after):</translation>
    </message>
    <message>
        <source>Refused rows:</source>
        <translation>Refused rows:</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be imported: %n row(s) refused, the first on sheet “%2”, %3. Nothing of the workbook will be imported, from any sheet. Correct the workbook and import it again.</source>
        <translation>
            <numerusform>%1 cannot be imported: %n row(s) refused, the first on sheet “%2”, %3. Nothing of the workbook will be imported, from any sheet. Correct the workbook and import it again.</numerusform>
            <numerusform>%1 cannot be imported: %n row(s) refused, the first on sheet “%2”, %3. Nothing of the workbook will be imported, from any sheet. Correct the workbook and import it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>cell %1</source>
        <translation>cell %1</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged.</source>
        <translation>%1 new, %2 changed, %3 unchanged.</translation>
    </message>
    <message>
        <source>%1: %2 Import applies all of it at once; Edit → Undo takes it back.</source>
        <translation>%1: %2 Import applies all of it at once; Edit → Undo takes it back.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing to import: the database already has the workbook as it is.</source>
        <translation>%1: %2 Nothing to import: the database already has the workbook as it is.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>cds::IntakeWorkbook</name>
    <message>
        <source>The database could not be read: %1</source>
        <translation>The database could not be read: %1</translation>
    </message>
    <message>
        <source>The database has no campaign with id %1.</source>
        <translation>The database has no campaign with id %1.</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Cannot write “%1”.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
    <message>
        <source>The database holds no campaign.</source>
        <translation>The database holds no campaign.</translation>
    </message>
    <message>
        <source>The campaign&apos;s province has no districts or communes to send workbooks to.</source>
        <translation>The campaign&apos;s province has no districts or communes to send workbooks to.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>This build of CDS Desk cannot write Excel files (it was built without libxlsxwriter).</source>
        <translation>This build of CDS Desk cannot write Excel files (it was built without libxlsxwriter).</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The workbook is not an intake workbook: it has none of the sheets “%1”, “%2” or “%3”.</source>
        <translation>The workbook is not an intake workbook: it has none of the sheets “%1”, “%2” or “%3”.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The database could not start a transaction: %1</source>
        <translation>The database could not start a transaction: %1</translation>
    </message>
    <message>
        <source>Import of the intake workbook %1</source>
        <translation>Import of the intake workbook %1</translation>
    </message>
    <message>
        <source>The import could not be started: %1</source>
        <translation>The import could not be started: %1</translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>The import could not be saved: %1</translation>
    </message>
    <message>
        <source>%1: refused</source>
        <translation>%1: refused</translation>
    </message>
    <message>
        <source>Nothing of the workbook was imported.</source>
        <translation>Nothing of the workbook was imported.</translation>
    </message>
</context>
<context>
    <name>cds::LetterheadComboBox</name>
    <message>
        <source>The issuing body the report is made by. The report keeps the letterhead as it was when chosen, even if the letterhead is edited later.</source>
        <translation>The issuing body the report is made by. The report keeps the letterhead as it was when chosen, even if the letterhead is edited later.</translation>
    </message>
    <message>
        <source>, %1 to %2</source>
        <translation>, %1 to %2</translation>
    </message>
    <message>
        <source>, from %1</source>
        <translation>, from %1</translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation>, until %1</translation>
    </message>
</context>
<context>
    <name>cds::LetterheadForm</name>
    <message>
        <source>New letterhead</source>
        <translation>New letterhead</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <source>e.g. UBND TỈNH QUẢNG NGÃI</source>
        <translation>e.g. UBND TỈNH QUẢNG NGÃI</translation>
    </message>
    <message>
        <source>e.g. SỞ THÔNG TIN VÀ TRUYỀN THÔNG</source>
        <translation>e.g. SỞ THÔNG TIN VÀ TRUYỀN THÔNG</translation>
    </message>
    <message>
        <source>e.g. Sở Thông tin và Truyền thông</source>
        <translation>e.g. Sở Thông tin và Truyền thông</translation>
    </message>
    <message>
        <source>e.g. STTTT</source>
        <translation>e.g. STTTT</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Head&apos;s title (after KT./TM.)</source>
        <translation>Head&apos;s title (after KT./TM.)</translation>
    </message>
    <message>
        <source>Signer&apos;s position</source>
        <translation>Signer&apos;s position</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>Signer&apos;s name</translation>
    </message>
    <message>
        <source>Enter the issuing body as the header prints it.</source>
        <translation>Enter the issuing body as the header prints it.</translation>
    </message>
    <message>
        <source>Enter the issuing body&apos;s name as running text writes it.</source>
        <translation>Enter the issuing body&apos;s name as running text writes it.</translation>
    </message>
    <message>
        <source>Enter the abbreviation that builds the symbol (e.g. STTTT).</source>
        <translation>Enter the abbreviation that builds the symbol (e.g. STTTT).</translation>
    </message>
    <message>
        <source>Enter the place name of the place-and-date line.</source>
        <translation>Enter the place name of the place-and-date line.</translation>
    </message>
    <message>
        <source>Write the header line in capitals: “%1”.</source>
        <translation>Write the header line in capitals: “%1”.</translation>
    </message>
    <message>
        <source>Signer %1 needs a position and a name.</source>
        <translation>Signer %1 needs a position and a name.</translation>
    </message>
    <message>
        <source>Signer %1 signs %2: enter the head&apos;s title (e.g. GIÁM ĐỐC).</source>
        <translation>Signer %1 signs %2: enter the head&apos;s title (e.g. GIÁM ĐỐC).</translation>
    </message>
    <message>
        <source>Add letterhead “%1”</source>
        <translation>Add letterhead “%1”</translation>
    </message>
    <message>
        <source>Edit letterhead “%1”</source>
        <translation>Edit letterhead “%1”</translation>
    </message>
    <message>
        <source>(signs in own name)</source>
        <translation>(signs in own name)</translation>
    </message>
    <message>
        <source>Letterheads</source>
        <translation>Letterheads</translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <source>Parent body</source>
        <translation>Parent body</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Place name</translation>
    </message>
    <message>
        <source>Signers</source>
        <translation>Signers</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>A new report proposes the letterhead in use at its campaign&apos;s dates. Reports already made keep the letterhead as it was.</source>
        <translation>A new report proposes the letterhead in use at its campaign&apos;s dates. Reports already made keep the letterhead as it was.</translation>
    </message>
    <message>
        <source>The letterhead cannot go out of use (%1) before it comes in (%2).</source>
        <translation>The letterhead cannot go out of use (%1) before it comes in (%2).</translation>
    </message>
    <message>
        <source>In use from</source>
        <translation>In use from</translation>
    </message>
    <message>
        <source>In use until</source>
        <translation>In use until</translation>
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
    <message>
        <source>Exporting the list…</source>
        <translation>Exporting the list…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Rows written: %1</source>
        <translation>Rows written: %1</translation>
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
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Opening %1 …</source>
        <translation>Opening %1 …</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>Database opened</source>
        <translation>Database opened</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>The database is read-only</source>
        <translation>The database is read-only</translation>
    </message>
    <message>
        <source>The database %1 holds no campaign yet.
Set up your province from the national list and create its campaign, load the demo campaign to try CDS Desk, or open another database.</source>
        <translation>The database %1 holds no campaign yet.
Set up your province from the national list and create its campaign, load the demo campaign to try CDS Desk, or open another database.</translation>
    </message>
    <message>
        <source>Intake workbook imported: %1 new, %2 changed, %3 unchanged</source>
        <translation>Intake workbook imported: %1 new, %2 changed, %3 unchanged</translation>
    </message>
</context>
<context>
    <name>cds::MediaOutputForm</name>
    <message>
        <source>New media output</source>
        <translation>New media output</translation>
    </message>
    <message>
        <source>Media output</source>
        <translation>Media output</translation>
    </message>
    <message>
        <source>e.g. Báo Quảng Ngãi, VTV8, fanpage of the department</source>
        <translation>e.g. Báo Quảng Ngãi, VTV8, fanpage of the department</translation>
    </message>
    <message>
        <source>Choose the kind of media output.</source>
        <translation>Choose the kind of media output.</translation>
    </message>
    <message>
        <source>Enter the outlet (newspaper, channel, page or place) that carried it.</source>
        <translation>Enter the outlet (newspaper, channel, page or place) that carried it.</translation>
    </message>
    <message>
        <source>The count cannot be negative.</source>
        <translation>The count cannot be negative.</translation>
    </message>
    <message>
        <source>A link starts with http:// or https://.</source>
        <translation>A link starts with http:// or https://.</translation>
    </message>
    <message>
        <source>Choose the producer from the list, or leave it empty.</source>
        <translation>Choose the producer from the list, or leave it empty.</translation>
    </message>
    <message>
        <source>The publication date %1 is outside the campaign&apos;s year %2.</source>
        <translation>The publication date %1 is outside the campaign&apos;s year %2.</translation>
    </message>
    <message>
        <source>Add media output “%1”</source>
        <translation>Add media output “%1”</translation>
    </message>
    <message>
        <source>Edit media output “%1”</source>
        <translation>Edit media output “%1”</translation>
    </message>
    <message>
        <source>Media outputs</source>
        <translation>Media outputs</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
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
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Commissioned</source>
        <translation>Commissioned</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>All outlets</source>
        <translation>All outlets</translation>
    </message>
</context>
<context>
    <name>cds::MemberForm</name>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Deputy leader</source>
        <translation>Deputy leader</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>New member</translation>
    </message>
    <message>
        <source>family, middle and given name: Nguyễn Văn An</source>
        <translation>family, middle and given name: Nguyễn Văn An</translation>
    </message>
    <message>
        <source>e.g. 1990</source>
        <translation>e.g. 1990</translation>
    </message>
    <message>
        <source>e.g. 0905 123 456</source>
        <translation>e.g. 0905 123 456</translation>
    </message>
    <message numerus="yes">
        <source>Earlier in %n other team(s); choosing another team keeps this history.</source>
        <translation>
            <numerusform>Earlier in %n other team; choosing another team keeps this history.</numerusform>
            <numerusform>Earlier in %n other teams; choosing another team keeps this history.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the member&apos;s full name.</source>
        <translation>Enter the member&apos;s full name.</translation>
    </message>
    <message>
        <source>“%1” is not a Vietnamese phone number (10 digits starting 03, 05, 07, 08 or 09, or a fixed line of 11 digits starting 02).</source>
        <translation>“%1” is not a Vietnamese phone number (10 digits starting 03, 05, 07, 08 or 09, or a fixed line of 11 digits starting 02).</translation>
    </message>
    <message>
        <source>Choose the administrative unit from the list, or leave it empty.</source>
        <translation>Choose the administrative unit from the list, or leave it empty.</translation>
    </message>
    <message>
        <source>Choose the team from the list, or leave it empty.</source>
        <translation>Choose the team from the list, or leave it empty.</translation>
    </message>
    <message>
        <source>Add member “%1”</source>
        <translation>Add member “%1”</translation>
    </message>
    <message>
        <source>Edit member “%1”</source>
        <translation>Edit member “%1”</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Administrative unit</source>
        <translation>Administrative unit</translation>
    </message>
    <message>
        <source>Works at</source>
        <translation>Works at</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>Team level</source>
        <translation>Team level</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>All districts</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>All genders</source>
        <translation>All genders</translation>
    </message>
    <message>
        <source>Remove the member from the team</source>
        <translation>Remove the member from the team</translation>
    </message>
    <message>
        <source>Remove “%1” from the team</source>
        <translation>Remove “%1” from the team</translation>
    </message>
    <message>
        <source>Choosing another team closes the current membership on the day the new one starts (today if that is left empty) and opens a new one; the history is kept.</source>
        <translation>Choosing another team closes the current membership on the day the new one starts (today if that is left empty) and opens a new one; the history is kept.</translation>
    </message>
    <message>
        <source>This team declared %1 members and lists %2 with this one. The report counts the declared number until the list reaches it: enter the others too, or confirm the list as complete in the team form.</source>
        <translation>This team declared %1 members and lists %2 with this one. The report counts the declared number until the list reaches it: enter the others too, or confirm the list as complete in the team form.</translation>
    </message>
    <message>
        <source>Add &amp;several…</source>
        <translation>Add &amp;several…</translation>
    </message>
    <message numerus="yes">
        <source>%1 member(s) are reported as the number declared by %n team(s), without a list of names (%2 of these teams list no name at all); the dashboard and the report count these declared numbers, entered in each team&apos;s form.</source>
        <translation>
            <numerusform>%1 member(s) are reported as the number declared by %n team(s), without a list of names (%2 of these teams list no name at all); the dashboard and the report count these declared numbers, entered in each team&apos;s form.</numerusform>
            <numerusform>%1 member(s) are reported as the number declared by %n team(s), without a list of names (%2 of these teams list no name at all); the dashboard and the report count these declared numbers, entered in each team&apos;s form.</numerusform>
        </translation>
    </message>
    <message>
        <source>These teams list %1 of them by name.</source>
        <translation>These teams list %1 of them by name.</translation>
    </message>
    <message>
        <source>Enter the names with “Add several…” (paste from Excel), or correct the declared number in the team&apos;s form on the Teams page.</source>
        <translation>Enter the names with “Add several…” (paste from Excel), or correct the declared number in the team&apos;s form on the Teams page.</translation>
    </message>
</context>
<context>
    <name>cds::MemberGridDialog</name>
    <message>
        <source>Add several members</source>
        <translation>Add several members</translation>
    </message>
    <message>
        <source>Type the members or paste them from Excel (Ctrl+V): one member a row, the columns in this order. Gender: Nam, Nữ or Khác; role: Tổ trưởng, Tổ phó or Thành viên (empty: Thành viên); date joined: dd/mm/yyyy.</source>
        <translation>Type the members or paste them from Excel (Ctrl+V): one member a row, the columns in this order. Gender: Nam, Nữ or Khác; role: Tổ trưởng, Tổ phó or Thành viên (empty: Thành viên); date joined: dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>Full name *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Role in the team</source>
        <translation>Role in the team</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <source>Works at</source>
        <translation>Works at</translation>
    </message>
    <message>
        <source>&amp;Paste from Excel</source>
        <translation>&amp;Paste from Excel</translation>
    </message>
    <message>
        <source>Team *</source>
        <translation>Team *</translation>
    </message>
    <message>
        <source>Enter the member&apos;s full name.</source>
        <translation>Enter the member&apos;s full name.</translation>
    </message>
    <message>
        <source>Expected a date written dd/mm/yyyy (such as 07/10/2022), found “%1”.</source>
        <translation>Expected a date written dd/mm/yyyy (such as 07/10/2022), found “%1”.</translation>
    </message>
    <message>
        <source>“%1” is already on row %2.</source>
        <translation>“%1” is already on row %2.</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Row %1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem(s).</numerusform>
            <numerusform>… and %n more problem(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the team the members join.</source>
        <translation>Choose the team the members join.</translation>
    </message>
    <message>
        <source>Type or paste at least one member.</source>
        <translation>Type or paste at least one member.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n member(s) to “%1”</source>
        <translation>
            <numerusform>Add %n member(s) to “%1”</numerusform>
            <numerusform>Add %n member(s) to “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>The members were not saved: %1</source>
        <translation>The members were not saved: %1</translation>
    </message>
    <message>
        <source>“%1” is already a member of this team.</source>
        <translation>“%1” is already a member of this team.</translation>
    </message>
</context>
<context>
    <name>cds::NationalGenerator</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The generation was cancelled; nothing was written.</source>
        <translation>The generation was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>The database could not be read: %1</source>
        <translation>The database could not be read: %1</translation>
    </message>
    <message>
        <source>The database already holds data; sample data is only generated into an empty database.</source>
        <translation>The database already holds data; sample data is only generated into an empty database.</translation>
    </message>
    <message>
        <source>The database could not start a transaction: %1</source>
        <translation>The database could not start a transaction: %1</translation>
    </message>
    <message>
        <source>Generate sample data (%1)</source>
        <translation>Generate sample data (%1)</translation>
    </message>
    <message>
        <source>The sample data could not be saved: %1</source>
        <translation>The sample data could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>cds::OrganisationForm</name>
    <message>
        <source>New organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>state agency</source>
        <translation>state agency</translation>
    </message>
    <message>
        <source>people&apos;s committee</source>
        <translation>people&apos;s committee</translation>
    </message>
    <message>
        <source>mass organisation</source>
        <translation>mass organisation</translation>
    </message>
    <message>
        <source>press outlet</source>
        <translation>press outlet</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>enterprise</translation>
    </message>
    <message>
        <source>school</source>
        <translation>school</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>e.g. 0255 3822 123 or 0905 123 456</source>
        <translation>e.g. 0255 3822 123 or 0905 123 456</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Enter the organisation&apos;s name.</translation>
    </message>
    <message>
        <source>Choose the administrative unit from the list, or leave it empty.</source>
        <translation>Choose the administrative unit from the list, or leave it empty.</translation>
    </message>
    <message>
        <source>“%1” is not a Vietnamese phone number (10 digits starting 03, 05, 07, 08 or 09, or a fixed line of 11 digits starting 02).</source>
        <translation>“%1” is not a Vietnamese phone number (10 digits starting 03, 05, 07, 08 or 09, or a fixed line of 11 digits starting 02).</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” is not an e-mail address.</translation>
    </message>
    <message>
        <source>Another organisation is already called “%1”.</source>
        <translation>Another organisation is already called “%1”.</translation>
    </message>
    <message>
        <source>Add organisation “%1”</source>
        <translation>Add organisation “%1”</translation>
    </message>
    <message>
        <source>Edit organisation “%1”</source>
        <translation>Edit organisation “%1”</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Administrative unit</source>
        <translation>Administrative unit</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
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
    <name>cds::RecommendationForm</name>
    <message>
        <source>New recommendation</source>
        <translation>New recommendation</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Enter the recommendation&apos;s text.</source>
        <translation>Enter the recommendation&apos;s text.</translation>
    </message>
    <message>
        <source>Add recommendation “%1”</source>
        <translation>Add recommendation “%1”</translation>
    </message>
    <message>
        <source>Edit recommendation “%1”</source>
        <translation>Edit recommendation “%1”</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
</context>
<context>
    <name>cds::RecordForm</name>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Save anyway?</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Save the changes to this record?</source>
        <translation>Save the changes to this record?</translation>
    </message>
    <message>
        <source>(exact)</source>
        <translation>(exact)</translation>
    </message>
</context>
<context>
    <name>cds::RecordListPage</name>
    <message>
        <source>Choose or create a campaign first.</source>
        <translation>Choose or create a campaign first.</translation>
    </message>
    <message>
        <source>The %1 “%2” cannot be removed because other records use it: %3.</source>
        <translation>The %1 “%2” cannot be removed because other records use it: %3.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>Remove or move those records first.</source>
        <translation>Remove or move those records first.</translation>
    </message>
    <message>
        <source>%1 instead?</source>
        <translation>%1 instead?</translation>
    </message>
    <message>
        <source>Remove the %1 “%2”?</source>
        <translation>Remove the %1 “%2”?</translation>
    </message>
    <message>
        <source>Removed with it: %1.</source>
        <translation>Removed with it: %1.</translation>
    </message>
    <message>
        <source>Edit → Undo (Ctrl+Z) brings it back.</source>
        <translation>Edit → Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <source>Remove %1 “%2”</source>
        <translation>Remove %1 “%2”</translation>
    </message>
    <message>
        <source>“%1” could not be removed: %2</source>
        <translation>“%1” could not be removed: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s)</source>
        <translation>
            <numerusform>%1 record</numerusform>
            <numerusform>%1 records</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Showing %1 of %2</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>The list could not be read: %1</translation>
    </message>
    <message>
        <source>First %1 of more than %1 found (of %2): type more to narrow</source>
        <translation>First %1 of more than %1 found (of %2): type more to narrow</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>%1 shown, counting …</source>
        <translation>%1 shown, counting …</translation>
    </message>
    <message>
        <source>Reading the list …</source>
        <translation>Reading the list …</translation>
    </message>
</context>
<context>
    <name>cds::RecordStore</name>
    <message>
        <source>The record no longer exists; it may have been removed in another window.</source>
        <translation>The record no longer exists; it may have been removed in another window.</translation>
    </message>
    <message>
        <source>administrative unit</source>
        <translation>administrative unit</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campaign</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <source>team membership</source>
        <translation>team membership</translation>
    </message>
    <message>
        <source>training session</source>
        <translation>training session</translation>
    </message>
    <message>
        <source>event</source>
        <translation>event</translation>
    </message>
    <message>
        <source>presentation</source>
        <translation>presentation</translation>
    </message>
    <message>
        <source>media output</source>
        <translation>media output</translation>
    </message>
    <message>
        <source>campaign figure</source>
        <translation>campaign figure</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>recommendation</translation>
    </message>
    <message>
        <source>record</source>
        <translation>record</translation>
    </message>
    <message numerus="yes">
        <source>%1 administrative unit(s) under it</source>
        <translation>
            <numerusform>%1 administrative unit under it</numerusform>
            <numerusform>%1 administrative units under it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 organisation(s)</source>
        <translation>
            <numerusform>%1 organisation</numerusform>
            <numerusform>%1 organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 campaign(s)</source>
        <translation>
            <numerusform>%1 campaign</numerusform>
            <numerusform>%1 campaigns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 team(s)</source>
        <translation>
            <numerusform>%1 team</numerusform>
            <numerusform>%1 teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 member(s)</source>
        <translation>
            <numerusform>%1 member</numerusform>
            <numerusform>%1 members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 team membership(s)</source>
        <translation>
            <numerusform>%1 team membership</numerusform>
            <numerusform>%1 team memberships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 training session(s)</source>
        <translation>
            <numerusform>%1 training session</numerusform>
            <numerusform>%1 training sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 training partnership(s)</source>
        <translation>
            <numerusform>%1 training partnership</numerusform>
            <numerusform>%1 training partnerships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 training attendance record(s)</source>
        <translation>
            <numerusform>%1 training attendance record</numerusform>
            <numerusform>%1 training attendance records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 event(s)</source>
        <translation>
            <numerusform>%1 event</numerusform>
            <numerusform>%1 events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 connected-site figure(s)</source>
        <translation>
            <numerusform>%1 connected-site figure</numerusform>
            <numerusform>%1 connected-site figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 presentation(s)</source>
        <translation>
            <numerusform>%1 presentation</numerusform>
            <numerusform>%1 presentations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 event attendance figure(s)</source>
        <translation>
            <numerusform>%1 event attendance figure</numerusform>
            <numerusform>%1 event attendance figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 media output(s)</source>
        <translation>
            <numerusform>%1 media output</numerusform>
            <numerusform>%1 media outputs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 campaign figure(s)</source>
        <translation>
            <numerusform>%1 campaign figure</numerusform>
            <numerusform>%1 campaign figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 report statement(s)</source>
        <translation>
            <numerusform>%1 report statement</numerusform>
            <numerusform>%1 report statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 recommendation(s)</source>
        <translation>
            <numerusform>%1 recommendation</numerusform>
            <numerusform>%1 recommendations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 report(s)</source>
        <translation>
            <numerusform>%1 report</numerusform>
            <numerusform>%1 reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s) in %2</source>
        <translation>
            <numerusform>%1 record in %2</numerusform>
            <numerusform>%1 records in %2</numerusform>
        </translation>
    </message>
    <message>
        <source>letterhead</source>
        <translation>letterhead</translation>
    </message>
    <message>
        <source>report</source>
        <translation>report</translation>
    </message>
    <message numerus="yes">
        <source>%1 signer(s)</source>
        <translation>
            <numerusform>%1 signer</numerusform>
            <numerusform>%1 signers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cds::ReportBodyEdit</name>
    <message>
        <source>campaign name</source>
        <translation>campaign name</translation>
    </message>
    <message>
        <source>campaign year</source>
        <translation>campaign year</translation>
    </message>
    <message>
        <source>province</source>
        <translation>province</translation>
    </message>
    <message>
        <source>name of the day</source>
        <translation>name of the day</translation>
    </message>
    <message>
        <source>plan reference</source>
        <translation>plan reference</translation>
    </message>
    <message>
        <source>plan subject</source>
        <translation>plan subject</translation>
    </message>
    <message>
        <source>guidance reference</source>
        <translation>guidance reference</translation>
    </message>
    <message>
        <source>guidance subject</source>
        <translation>guidance subject</translation>
    </message>
    <message>
        <source>issuing body</source>
        <translation>issuing body</translation>
    </message>
    <message>
        <source>main event</source>
        <translation>main event</translation>
    </message>
    <message>
        <source>event with its name</source>
        <translation>event with its name</translation>
    </message>
    <message>
        <source>kind of event</source>
        <translation>kind of event</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>theme</translation>
    </message>
    <message>
        <source>time of day</source>
        <translation>time of day</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>form (in person, online)</source>
        <translation>form (in person, online)</translation>
    </message>
    <message>
        <source>chaired by</source>
        <translation>chaired by</translation>
    </message>
    <message>
        <source>attendance in person</source>
        <translation>attendance in person</translation>
    </message>
    <message>
        <source>who attended in person</source>
        <translation>who attended in person</translation>
    </message>
    <message>
        <source>attendance online</source>
        <translation>attendance online</translation>
    </message>
    <message>
        <source>connected sites</source>
        <translation>connected sites</translation>
    </message>
    <message>
        <source>who attended online</source>
        <translation>who attended online</translation>
    </message>
    <message>
        <source>livestream views</source>
        <translation>livestream views</translation>
    </message>
    <message>
        <source>livestream platform</source>
        <translation>livestream platform</translation>
    </message>
    <message>
        <source>there are presentations</source>
        <translation>there are presentations</translation>
    </message>
    <message>
        <source>presentations, one by one</source>
        <translation>presentations, one by one</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>speaker</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>there are outcomes</source>
        <translation>there are outcomes</translation>
    </message>
    <message>
        <source>outcomes, one by one</source>
        <translation>outcomes, one by one</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>separator</source>
        <translation>separator</translation>
    </message>
    <message>
        <source>separator (… and …)</source>
        <translation>separator (… and …)</translation>
    </message>
    <message>
        <source>first item</source>
        <translation>first item</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>members</source>
        <translation>members</translation>
    </message>
    <message>
        <source>section number</source>
        <translation>section number</translation>
    </message>
    <message>
        <source>teams per level, one by one</source>
        <translation>teams per level, one by one</translation>
    </message>
    <message>
        <source>teams in total</source>
        <translation>teams in total</translation>
    </message>
    <message>
        <source>team members in total</source>
        <translation>team members in total</translation>
    </message>
    <message>
        <source>every unit has a team</source>
        <translation>every unit has a team</translation>
    </message>
    <message>
        <source>some units have no team</source>
        <translation>some units have no team</translation>
    </message>
    <message>
        <source>share of units with a team</source>
        <translation>share of units with a team</translation>
    </message>
    <message>
        <source>training sessions, one by one</source>
        <translation>training sessions, one by one</translation>
    </message>
    <message>
        <source>communication activities, one by one</source>
        <translation>communication activities, one by one</translation>
    </message>
    <message>
        <source>other figures, one by one</source>
        <translation>other figures, one by one</translation>
    </message>
    <message>
        <source>other activities, one by one</source>
        <translation>other activities, one by one</translation>
    </message>
    <message>
        <source>there are recommendations</source>
        <translation>there are recommendations</translation>
    </message>
    <message>
        <source>introduction to the recommendations</source>
        <translation>introduction to the recommendations</translation>
    </message>
    <message>
        <source>recommendations, one by one</source>
        <translation>recommendations, one by one</translation>
    </message>
    <message>
        <source>media outputs per outlet, one by one</source>
        <translation>media outputs per outlet, one by one</translation>
    </message>
    <message>
        <source>outlet</source>
        <translation>outlet</translation>
    </message>
    <message>
        <source>items</source>
        <translation>items</translation>
    </message>
    <message>
        <source>other events, one by one</source>
        <translation>other events, one by one</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>organiser</translation>
    </message>
    <message>
        <source>▸ no %1</source>
        <translation>▸ no %1</translation>
    </message>
    <message>
        <source>What follows, up to the matching ◂, is printed only when the data has “%1”; for a list, once per item.</source>
        <translation>What follows, up to the matching ◂, is printed only when the data has “%1”; for a list, once per item.</translation>
    </message>
    <message>
        <source>What follows, up to the matching ◂, is printed only when the data has no “%1”.</source>
        <translation>What follows, up to the matching ◂, is printed only when the data has no “%1”.</translation>
    </message>
    <message>
        <source>End of the part “%1”.</source>
        <translation>End of the part “%1”.</translation>
    </message>
    <message>
        <source>%1 = %2 (from the data while the report is a draft)</source>
        <translation>%1 = %2 (from the data while the report is a draft)</translation>
    </message>
    <message>
        <source>%1: empty in the data now, so nothing is printed</source>
        <translation>%1: empty in the data now, so nothing is printed</translation>
    </message>
    <message>
        <source>%1: filled from the data when the report is printed</source>
        <translation>%1: filled from the data when the report is printed</translation>
    </message>
    <message>
        <source>The ◂ in paragraph %1 ends the part “%2”, which was never started (▸).</source>
        <translation>The ◂ in paragraph %1 ends the part “%2”, which was never started (▸).</translation>
    </message>
    <message>
        <source>The part “%1” started (▸) in paragraph %2 must end (◂) before the part that encloses it ends in paragraph %3.</source>
        <translation>The part “%1” started (▸) in paragraph %2 must end (◂) before the part that encloses it ends in paragraph %3.</translation>
    </message>
    <message>
        <source>The part “%1” started (▸) in paragraph %2 is never ended (◂).</source>
        <translation>The part “%1” started (▸) in paragraph %2 is never ended (◂).</translation>
    </message>
    <message>
        <source>“tỉnh” or “thành phố”</source>
        <translation>“tỉnh” or “thành phố”</translation>
    </message>
    <message>
        <source>the province has districts</source>
        <translation>the province has districts</translation>
    </message>
    <message>
        <source>clause number (empty when left out)</source>
        <translation>clause number (empty when left out)</translation>
    </message>
    <message>
        <source>there are activities to report</source>
        <translation>there are activities to report</translation>
    </message>
    <message>
        <source>members, or “not reported”</source>
        <translation>members, or “not reported”</translation>
    </message>
    <message>
        <source>there are teams to report</source>
        <translation>there are teams to report</translation>
    </message>
    <message>
        <source>team members in total, or “not reported”</source>
        <translation>team members in total, or “not reported”</translation>
    </message>
    <message>
        <source>units left out of the coverage</source>
        <translation>units left out of the coverage</translation>
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
    <message>
        <source>The %1 of the report has a template error: %2</source>
        <translation>The %1 of the report has a template error: %2</translation>
    </message>
    <message>
        <source>Report %1 does not exist.</source>
        <translation>Report %1 does not exist.</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>subject</translation>
    </message>
    <message>
        <source>addressees</source>
        <translation>addressees</translation>
    </message>
    <message>
        <source>closing line</source>
        <translation>closing line</translation>
    </message>
    <message>
        <source>distribution list</source>
        <translation>distribution list</translation>
    </message>
    <message>
        <source>body</source>
        <translation>body</translation>
    </message>
</context>
<context>
    <name>cds::ReportDocx</name>
    <message>
        <source>Cannot write the Word file “%1”: %2</source>
        <translation>Cannot write the Word file “%1”: %2</translation>
    </message>
</context>
<context>
    <name>cds::ReportEditor</name>
    <message>
        <source>(none: the head signs)</source>
        <translation>(none: the head signs)</translation>
    </message>
    <message>
        <source>Default wording</source>
        <translation>Default wording</translation>
    </message>
    <message>
        <source>Replace the body with the default template&apos;s wording? Your corrections to the body are lost unless you saved them as a template.</source>
        <translation>Replace the body with the default template&apos;s wording? Your corrections to the body are lost unless you saved them as a template.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>From the template “%1”, version %2.</source>
        <translation>From the template “%1”, version %2.</translation>
    </message>
    <message>
        <source>List: teams per level</source>
        <translation>List: teams per level</translation>
    </message>
    <message>
        <source>List: media outputs per outlet</source>
        <translation>List: media outputs per outlet</translation>
    </message>
    <message>
        <source>List: presentations of the main event</source>
        <translation>List: presentations of the main event</translation>
    </message>
    <message>
        <source>List: other events with their attendance</source>
        <translation>List: other events with their attendance</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Campaign name</translation>
    </message>
    <message>
        <source>Campaign year</source>
        <translation>Campaign year</translation>
    </message>
    <message>
        <source>Province in running text</source>
        <translation>Province in running text</translation>
    </message>
    <message>
        <source>Issuing body in running text</source>
        <translation>Issuing body in running text</translation>
    </message>
    <message>
        <source>(choose a signer)</source>
        <translation>(choose a signer)</translation>
    </message>
    <message>
        <source>The data changed after this report was issued; the issued copy is kept as signed. Figures that now differ: %1</source>
        <translation>The data changed after this report was issued; the issued copy is kept as signed. Figures that now differ: %1</translation>
    </message>
    <message numerus="yes">
        <source>Register %1: %2 number(s) used; next free number %3.</source>
        <translation>
            <numerusform>Register %1: %2 number used; next free number %3.</numerusform>
            <numerusform>Register %1: %2 numbers used; next free number %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gaps (numbers not used): %1.</source>
        <translation>Gaps (numbers not used): %1.</translation>
    </message>
    <message>
        <source>No report selected.</source>
        <translation>No report selected.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Draft&lt;/b&gt;, numbered %1 of %2: ready to issue.</source>
        <translation>&lt;b&gt;Draft&lt;/b&gt;, numbered %1 of %2: ready to issue.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Draft&lt;/b&gt;: figures follow the data; the records office has not given a number yet.</source>
        <translation>&lt;b&gt;Draft&lt;/b&gt;: figures follow the data; the records office has not given a number yet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Issued&lt;/b&gt; as %1 of %2, frozen on %3. It can be reprinted or withdrawn, never edited.</source>
        <translation>&lt;b&gt;Issued&lt;/b&gt; as %1 of %2, frozen on %3. It can be reprinted or withdrawn, never edited.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Withdrawn&lt;/b&gt; (%1 of %2) on %3. Reason: %4</source>
        <translation>&lt;b&gt;Withdrawn&lt;/b&gt; (%1 of %2) on %3. Reason: %4</translation>
    </message>
    <message>
        <source> — &lt;i&gt;unsaved changes&lt;/i&gt;</source>
        <translation> — &lt;i&gt;unsaved changes&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>The draft was not saved.

%1</source>
        <translation>The draft was not saved.

%1</translation>
    </message>
    <message>
        <source>Give a number</source>
        <translation>Give a number</translation>
    </message>
    <message>
        <source>The next free number of %1 is %2, not %3. Give number %3 anyway?</source>
        <translation>The next free number of %1 is %2, not %3. Give number %3 anyway?</translation>
    </message>
    <message>
        <source>Take the number back</source>
        <translation>Take the number back</translation>
    </message>
    <message>
        <source>Issue the report</source>
        <translation>Issue the report</translation>
    </message>
    <message>
        <source>Issue report %1 of %2?

The report is frozen as it prints now: its PDF, its figures and its template are kept, and it can no longer be edited or deleted, only reprinted or withdrawn.</source>
        <translation>Issue report %1 of %2?

The report is frozen as it prints now: its PDF, its figures and its template are kept, and it can no longer be edited or deleted, only reprinted or withdrawn.</translation>
    </message>
    <message>
        <source>The report was not issued.

%1</source>
        <translation>The report was not issued.

%1</translation>
    </message>
    <message>
        <source>Withdraw the report</source>
        <translation>Withdraw the report</translation>
    </message>
    <message>
        <source>Why is report %1 withdrawn? (kept with the report)</source>
        <translation>Why is report %1 withdrawn? (kept with the report)</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>Save the issued report</source>
        <translation>Save the issued report</translation>
    </message>
    <message>
        <source>report-%1.pdf</source>
        <translation>report-%1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>The file %1 was not written: %2</source>
        <translation>The file %1 was not written: %2</translation>
    </message>
    <message>
        <source>The issued copy of %1 was written, exactly as issued, to:
%2

SHA-256: %3</source>
        <translation>The issued copy of %1 was written, exactly as issued, to:
%2

SHA-256: %3</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Save as template</translation>
    </message>
    <message>
        <source>Template name (an existing name gets a new version):</source>
        <translation>Template name (an existing name gets a new version):</translation>
    </message>
    <message>
        <source>Saved as “%1”, version %2. A new report can start from it.</source>
        <translation>Saved as “%1”, version %2. A new report can start from it.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
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
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(no team)</translation>
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
        <source>Participants (declared)</source>
        <translation>Participants (declared)</translation>
    </message>
    <message>
        <source>Attendees listed</source>
        <translation>Attendees listed</translation>
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
        <source>“%1” is entered as a figure of the campaign (%2); no list of records lies behind it.</source>
        <translation>“%1” is entered as a figure of the campaign (%2); no list of records lies behind it.</translation>
    </message>
    <message>
        <source>Behind the figure: %1</source>
        <translation>Behind the figure: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 = %2 — %3 record(s)</source>
        <translation>
            <numerusform>%1 = %2 — %3 record</numerusform>
            <numerusform>%1 = %2 — %3 records</numerusform>
        </translation>
    </message>
    <message>
        <source>The draft was not saved: its body is incomplete.

%1</source>
        <translation>The draft was not saved: its body is incomplete.

%1</translation>
    </message>
    <message>
        <source>Insert &amp;field</source>
        <translation>Insert &amp;field</translation>
    </message>
    <message>
        <source>Today&apos;s records: %1</source>
        <translation>Today&apos;s records: %1</translation>
    </message>
    <message>
        <source>The issued report prints %1.</source>
        <translation>The issued report prints %1.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The draft %1 has changes that are not saved. Save them?</source>
        <translation>The draft %1 has changes that are not saved. Save them?</translation>
    </message>
    <message>
        <source>&amp;Letterhead:</source>
        <translation>&amp;Letterhead:</translation>
    </message>
</context>
<context>
    <name>cds::ReportListModel</name>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>draft #%1</source>
        <translation>draft #%1</translation>
    </message>
    <message>
        <source>month %1/%2</source>
        <translation>month %1/%2</translation>
    </message>
    <message>
        <source>template &quot;%1&quot;</source>
        <translation>template &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>cds::ReportOdt</name>
    <message>
        <source>Cannot write the ODT file “%1”: %2</source>
        <translation>Cannot write the ODT file “%1”: %2</translation>
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
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Withdrawn report: the copy as it was issued. Reason: %1</source>
        <translation>Withdrawn report: the copy as it was issued. Reason: %1</translation>
    </message>
    <message>
        <source>Issued report: the copy as it was issued and signed; the data can no longer change it.</source>
        <translation>Issued report: the copy as it was issued and signed; the data can no longer change it.</translation>
    </message>
    <message>
        <source>Open a campaign first</source>
        <translation>Open a campaign first</translation>
    </message>
    <message>
        <source>From a &amp;template</source>
        <translation>From a &amp;template</translation>
    </message>
    <message>
        <source>Default template (the 2022 reference report)</source>
        <translation>Default template (the 2022 reference report)</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>From an earlier &amp;report</source>
        <translation>From an earlier &amp;report</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>New report</translation>
    </message>
    <message>
        <source>The report was not created.

%1</source>
        <translation>The report was not created.

%1</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <source>Report %1 has been issued: it is never deleted. Withdraw it instead.</source>
        <translation>Report %1 has been issued: it is never deleted. Withdraw it instead.</translation>
    </message>
    <message>
        <source>Delete the draft “%1”? Its wording is lost.</source>
        <translation>Delete the draft “%1”? Its wording is lost.</translation>
    </message>
    <message>
        <source>Draft: the figures are those of today&apos;s data.</source>
        <translation>Draft: the figures are those of today&apos;s data.</translation>
    </message>
    <message>
        <source>Export report for a word processor</source>
        <translation>Export report for a word processor</translation>
    </message>
    <message>
        <source>report-%1.odt</source>
        <translation>report-%1.odt</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument text (*.odt)</translation>
    </message>
    <message>
        <source>Export ODT</source>
        <translation>Export ODT</translation>
    </message>
    <message>
        <source>The report was written to:
%1

Its pages are set up as Decree 30 requires (A4, margins, page numbers from page 2); line and page breaks are the word processor&apos;s, so check them before printing. The PDF is the copy laid out by CDS Desk.</source>
        <translation>The report was written to:
%1

Its pages are set up as Decree 30 requires (A4, margins, page numbers from page 2); line and page breaks are the word processor&apos;s, so check them before printing. The PDF is the copy laid out by CDS Desk.</translation>
    </message>
    <message>
        <source>report-%1.docx</source>
        <translation>report-%1.docx</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>Export DOCX</source>
        <translation>Export DOCX</translation>
    </message>
    <message>
        <source>Preparing the report …</source>
        <translation>Preparing the report …</translation>
    </message>
</context>
<context>
    <name>cds::ReportPreview</name>
    <message>
        <source>%1 = %2 as issued — click to see today&apos;s records</source>
        <translation>%1 = %2 as issued — click to see today&apos;s records</translation>
    </message>
    <message>
        <source>%1 = %2 — click to see the records</source>
        <translation>%1 = %2 — click to see the records</translation>
    </message>
</context>
<context>
    <name>cds::ReportRegister</name>
    <message>
        <source>A report register query could not be prepared: %1</source>
        <translation>A report register query could not be prepared: %1</translation>
    </message>
    <message>
        <source>The report register could not be read or written: %1</source>
        <translation>The report register could not be read or written: %1</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Cannot start a transaction: %1</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>Cannot save: %1</translation>
    </message>
    <message>
        <source>Report %1 does not exist.</source>
        <translation>Report %1 does not exist.</translation>
    </message>
    <message>
        <source>Report %1 has been issued: it can no longer be changed or deleted. Withdraw it and make a new report instead.</source>
        <translation>Report %1 has been issued: it can no longer be changed or deleted. Withdraw it and make a new report instead.</translation>
    </message>
    <message>
        <source>Campaign %1 does not exist.</source>
        <translation>Campaign %1 does not exist.</translation>
    </message>
    <message>
        <source>There is no letterhead yet: enter the issuing body first.</source>
        <translation>There is no letterhead yet: enter the issuing body first.</translation>
    </message>
    <message>
        <source>Template %1 does not exist.</source>
        <translation>Template %1 does not exist.</translation>
    </message>
    <message>
        <source>The signing authority must be KT., TM., TL., TUQ., Q. or none.</source>
        <translation>The signing authority must be KT., TM., TL., TUQ., Q. or none.</translation>
    </message>
    <message>
        <source>A field is written wrongly: %1</source>
        <translation>A field is written wrongly: %1</translation>
    </message>
    <message>
        <source>A document number is a whole number from 1.</source>
        <translation>A document number is a whole number from 1.</translation>
    </message>
    <message>
        <source>A numbered report needs its date.</source>
        <translation>A numbered report needs its date.</translation>
    </message>
    <message>
        <source>Give the report its number and date in the register before issuing it.</source>
        <translation>Give the report its number and date in the register before issuing it.</translation>
    </message>
    <message>
        <source>Enter the signer&apos;s position and name before issuing the report.</source>
        <translation>Enter the signer&apos;s position and name before issuing the report.</translation>
    </message>
    <message>
        <source>Report %1 has not been issued: there is no issued copy.</source>
        <translation>Report %1 has not been issued: there is no issued copy.</translation>
    </message>
    <message>
        <source>The issued copy of report %1 is damaged.</source>
        <translation>The issued copy of report %1 is damaged.</translation>
    </message>
    <message>
        <source>Only an issued report can be withdrawn.</source>
        <translation>Only an issued report can be withdrawn.</translation>
    </message>
    <message>
        <source>Give the reason for withdrawing the report.</source>
        <translation>Give the reason for withdrawing the report.</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Give the template a name.</translation>
    </message>
    <message>
        <source>the draft</source>
        <translation>the draft</translation>
    </message>
    <message>
        <source>the issued report</source>
        <translation>the issued report</translation>
    </message>
    <message>
        <source>the withdrawn report</source>
        <translation>the withdrawn report</translation>
    </message>
    <message>
        <source>Number %1 of %2 is already taken in the register of %3 by %4 &quot;%5&quot; (%6). The next free number is %7.</source>
        <translation>Number %1 of %2 is already taken in the register of %3 by %4 &quot;%5&quot; (%6). The next free number is %7.</translation>
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
    <message>
        <source>Cannot draw the report into a PDF.</source>
        <translation>Cannot draw the report into a PDF.</translation>
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
    <name>cds::SetupCommands</name>
    <message>
        <source>Unknown kind “%1” for --create; use one of %2.</source>
        <translation>Unknown kind “%1” for --create; use one of %2.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>Nothing was created (%1): %2</source>
        <translation>Nothing was created (%1): %2</translation>
    </message>
</context>
<context>
    <name>cds::SetupProvinceCommand</name>
    <message>
        <source>Unknown unit list &quot;%1&quot;; use 2025 (in force from 01/07/2025) or 2024 (as of 01/03/2025).</source>
        <translation>Unknown unit list &quot;%1&quot;; use 2025 (in force from 01/07/2025) or 2024 (as of 01/03/2025).</translation>
    </message>
    <message>
        <source>The list of %1 has no province &quot;%2&quot;; name it by its 2-digit GSO code or its name (such as 51 or Quảng Ngãi).</source>
        <translation>The list of %1 has no province &quot;%2&quot;; name it by its 2-digit GSO code or its name (such as 51 or Quảng Ngãi).</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is already set up from the list of %2: nothing created (%n unit(s) already there).</source>
        <translation>
            <numerusform>%1 is already set up from the list of %2: nothing created (%n unit already there).</numerusform>
            <numerusform>%1 is already set up from the list of %2: nothing created (%n units already there).</numerusform>
        </translation>
    </message>
    <message>
        <source>Created for %1: %2 (list of %3)</source>
        <translation>Created for %1: %2 (list of %3)</translation>
    </message>
    <message numerus="yes">
        <source>; %n link(s) from old units to new ones recorded</source>
        <translation>
            <numerusform>; %n link from old units to new ones recorded</numerusform>
            <numerusform>; %n links from old units to new ones recorded</numerusform>
        </translation>
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
    <message>
        <source>a worksheet holds at most %1 rows; export as CSV instead</source>
        <translation>a worksheet holds at most %1 rows; export as CSV instead</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>the database is not open</translation>
    </message>
</context>
<context>
    <name>cds::TablePrint</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>cds::TeamForm</name>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Deputy leader</source>
        <translation>Deputy leader</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>New team</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Leader: not entered</source>
        <translation>Leader: not entered</translation>
    </message>
    <message>
        <source>Leader: %1</source>
        <translation>Leader: %1</translation>
    </message>
    <message numerus="yes">
        <source>Listed: %1 member(s) — Declared: %2</source>
        <translation>
            <numerusform>Listed: %1 member — Declared: %2</numerusform>
            <numerusform>Listed: %1 members — Declared: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ The list has %1 member(s) but %2 were declared; the report counts the list.</source>
        <translation>
            <numerusform>⚠ The list has %1 member but %2 were declared; the report counts the list.</numerusform>
            <numerusform>⚠ The list has %1 members but %2 were declared; the report counts the list.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from team</source>
        <translation>Remove from team</translation>
    </message>
    <message>
        <source>Remove “%1” from this team? The membership ends today; the person stays in the members list.</source>
        <translation>Remove “%1” from this team? The membership ends today; the person stays in the members list.</translation>
    </message>
    <message>
        <source>Remove “%1” from the team</source>
        <translation>Remove “%1” from the team</translation>
    </message>
    <message>
        <source>Choose the administrative unit the team serves.</source>
        <translation>Choose the administrative unit the team serves.</translation>
    </message>
    <message>
        <source>Enter the team&apos;s name.</source>
        <translation>Enter the team&apos;s name.</translation>
    </message>
    <message>
        <source>The declared number of members must be a whole number, 0 or more.</source>
        <translation>The declared number of members must be a whole number, 0 or more.</translation>
    </message>
    <message>
        <source>The establishment date is in the future.</source>
        <translation>The establishment date is in the future.</translation>
    </message>
    <message>
        <source>%1 already has a team in this campaign: “%2”. A unit has one team per level; open that team instead.</source>
        <translation>%1 already has a team in this campaign: “%2”. A unit has one team per level; open that team instead.</translation>
    </message>
    <message>
        <source>%1 members declared is more than three times the usual size of a team at this level (median %2).</source>
        <translation>%1 members declared is more than three times the usual size of a team at this level (median %2).</translation>
    </message>
    <message>
        <source>%1 members listed is more than three times the usual size of a team at this level (median %2).</source>
        <translation>%1 members listed is more than three times the usual size of a team at this level (median %2).</translation>
    </message>
    <message>
        <source>Add team “%1”</source>
        <translation>Add team “%1”</translation>
    </message>
    <message>
        <source>Edit team “%1”</source>
        <translation>Edit team “%1”</translation>
    </message>
    <message>
        <source>Adding the first member on the Members tab saves the team.</source>
        <translation>Adding the first member on the Members tab saves the team.</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>not reported</translation>
    </message>
    <message numerus="yes">
        <source>⚠ The list has %1 member(s) but %2 were declared; the report counts the declared number until the list is complete. Saving asks whether the list is complete.</source>
        <translation>
            <numerusform>⚠ The list has %1 member but %2 were declared; the report counts the declared number until the list is complete. Saving asks whether the list is complete.</numerusform>
            <numerusform>⚠ The list has %1 members but %2 were declared; the report counts the declared number until the list is complete. Saving asks whether the list is complete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list has %1 member(s) but %2 are declared. Is the list complete?

Yes: the declared number becomes %1.
No: keep %2; the report counts %2 and the dashboard lists the team until its list is complete.</source>
        <translation>
            <numerusform>The list has %1 member but %2 are declared. Is the list complete?

Yes: the declared number becomes %1.
No: keep %2; the report counts %2 and the dashboard lists the team until its list is complete.</numerusform>
            <numerusform>The list has %1 members but %2 are declared. Is the list complete?

Yes: the declared number becomes %1.
No: keep %2; the report counts %2 and the dashboard lists the team until its list is complete.</numerusform>
        </translation>
    </message>
    <message>
        <source>(every administrative unit already has a team in this campaign)</source>
        <translation>(every administrative unit already has a team in this campaign)</translation>
    </message>
    <message>
        <source>Units that already have a team in this campaign are not listed: open that team instead.</source>
        <translation>Units that already have a team in this campaign are not listed: open that team instead.</translation>
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
        <source>Declared members</source>
        <translation>Declared members</translation>
    </message>
    <message>
        <source>No member list yet: the report counts the %1 declared</source>
        <translation>No member list yet: the report counts the %1 declared</translation>
    </message>
    <message>
        <source>The report counts %1 (the larger of the listed and the declared)</source>
        <translation>The report counts %1 (the larger of the listed and the declared)</translation>
    </message>
    <message>
        <source>Listed members</source>
        <translation>Listed members</translation>
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
    <message>
        <source>Choose or create a campaign first.</source>
        <translation>Choose or create a campaign first.</translation>
    </message>
    <message>
        <source>Remove team</source>
        <translation>Remove team</translation>
    </message>
    <message>
        <source>The team “%1” cannot be removed because other records use it: %2.</source>
        <translation>The team “%1” cannot be removed because other records use it: %2.</translation>
    </message>
    <message>
        <source>Remove or move those records first.</source>
        <translation>Remove or move those records first.</translation>
    </message>
    <message numerus="yes">
        <source>The team “%1” has %2 member(s) (%3 membership record(s) with the earlier ones).</source>
        <translation>
            <numerusform>The team “%1” has %2 member (%3 membership record with the earlier ones).</numerusform>
            <numerusform>The team “%1” has %2 members (%3 membership records with the earlier ones).</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove them from the team and remove the team? The people stay in the members list.</source>
        <translation>Remove them from the team and remove the team? The people stay in the members list.</translation>
    </message>
    <message>
        <source>Remove the team “%1”?</source>
        <translation>Remove the team “%1”?</translation>
    </message>
    <message>
        <source>Edit → Undo (Ctrl+Z) brings it back.</source>
        <translation>Edit → Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <source>Remove team “%1”</source>
        <translation>Remove team “%1”</translation>
    </message>
    <message>
        <source>“%1” could not be removed: %2</source>
        <translation>“%1” could not be removed: %2</translation>
    </message>
    <message>
        <source>Reading the %1 teams …</source>
        <translation>Reading the %1 teams …</translation>
    </message>
</context>
<context>
    <name>cds::TrainingForm</name>
    <message>
        <source>New training session</source>
        <translation>New training session</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Training session</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>e.g. members of the community digital technology teams</source>
        <translation>e.g. members of the community digital technology teams</translation>
    </message>
    <message>
        <source>Report sentence; {participants} stands for the figure.</source>
        <translation>Report sentence; {participants} stands for the figure.</translation>
    </message>
    <message>
        <source>Find an organisation…</source>
        <translation>Find an organisation…</translation>
    </message>
    <message>
        <source>Name, phone or workplace, with or without diacritics</source>
        <translation>Name, phone or workplace, with or without diacritics</translation>
    </message>
    <message>
        <source>Enter the training&apos;s title.</source>
        <translation>Enter the training&apos;s title.</translation>
    </message>
    <message>
        <source>The training cannot end (%1) before it starts (%2).</source>
        <translation>The training cannot end (%1) before it starts (%2).</translation>
    </message>
    <message>
        <source>Choose the organiser from the list, or leave it empty.</source>
        <translation>Choose the organiser from the list, or leave it empty.</translation>
    </message>
    <message>
        <source>The number of participants cannot be negative.</source>
        <translation>The number of participants cannot be negative.</translation>
    </message>
    <message>
        <source>The attendance list names %1 members but only %2 participants are declared: raise the declared number or remove attendees.</source>
        <translation>The attendance list names %1 members but only %2 participants are declared: raise the declared number or remove attendees.</translation>
    </message>
    <message>
        <source>The date %1 is outside the campaign&apos;s year %2.</source>
        <translation>The date %1 is outside the campaign&apos;s year %2.</translation>
    </message>
    <message>
        <source>Add training “%1”</source>
        <translation>Add training “%1”</translation>
    </message>
    <message>
        <source>Edit training “%1”</source>
        <translation>Edit training “%1”</translation>
    </message>
    <message>
        <source>The first %1 matches are shown; type more of the name or choose a team or unit to narrow them.</source>
        <translation>The first %1 matches are shown; type more of the name or choose a team or unit to narrow them.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) match.</source>
        <translation>
            <numerusform>%n member match.</numerusform>
            <numerusform>%n members match.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendees chosen: %1</source>
        <translation>Attendees chosen: %1</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
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
        <source>Declared participants</source>
        <translation>Declared participants</translation>
    </message>
    <message>
        <source>Attendees listed</source>
        <translation>Attendees listed</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>All modes</source>
        <translation>All modes</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
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
<context>
    <name>cds::UnitCatalogue</name>
    <message>
        <source>Set up the administrative units of %1 (list of %2)</source>
        <translation>Set up the administrative units of %1 (list of %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n province(s)</source>
        <translation>
            <numerusform>%n province</numerusform>
            <numerusform>%n provinces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n district-level unit(s)</source>
        <translation>
            <numerusform>%n district-level unit</numerusform>
            <numerusform>%n district-level units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commune(s)/ward(s)/special zone(s)</source>
        <translation>
            <numerusform>%n commune/ward/special zone</numerusform>
            <numerusform>%n communes/wards/special zones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commune(s)/ward(s)/township(s)</source>
        <translation>
            <numerusform>%n commune/ward/township</numerusform>
            <numerusform>%n communes/wards/townships</numerusform>
        </translation>
    </message>
    <message>
        <source>The list of %1 has no province with the code %2.</source>
        <translation>The list of %1 has no province with the code %2.</translation>
    </message>
    <message>
        <source>The database could not start a transaction: %1</source>
        <translation>The database could not start a transaction: %1</translation>
    </message>
    <message>
        <source>Nothing was set up: %1</source>
        <translation>Nothing was set up: %1</translation>
    </message>
    <message>
        <source>%1 (%2) could not be written: %3</source>
        <translation>%1 (%2) could not be written: %3</translation>
    </message>
    <message>
        <source>The list %1 is missing from this build.</source>
        <translation>The list %1 is missing from this build.</translation>
    </message>
    <message>
        <source>Line %1 of %2 has %3 values, expected %4.</source>
        <translation>Line %1 of %2 has %3 values, expected %4.</translation>
    </message>
</context>
<context>
    <name>cds::UnitForm</name>
    <message>
        <source>New administrative unit</source>
        <translation>New administrative unit</translation>
    </message>
    <message>
        <source>Administrative unit</source>
        <translation>Administrative unit</translation>
    </message>
    <message>
        <source>5 digits for a commune, 3 for a district; none for a village</source>
        <translation>5 digits for a commune, 3 for a district; none for a village</translation>
    </message>
    <message>
        <source>A unit that no longer exists is closed with the date it ended, not removed: the campaigns that counted it still need it.</source>
        <translation>A unit that no longer exists is closed with the date it ended, not removed: the campaigns that counted it still need it.</translation>
    </message>
    <message>
        <source>Enter the unit&apos;s name, e.g. “Thôn An Định”.</source>
        <translation>Enter the unit&apos;s name, e.g. “Thôn An Định”.</translation>
    </message>
    <message>
        <source>Choose the unit&apos;s level.</source>
        <translation>Choose the unit&apos;s level.</translation>
    </message>
    <message>
        <source>Choose the unit it belongs to from the list.</source>
        <translation>Choose the unit it belongs to from the list.</translation>
    </message>
    <message>
        <source>A province-level unit belongs to no other unit.</source>
        <translation>A province-level unit belongs to no other unit.</translation>
    </message>
    <message>
        <source>A village or residential group belongs to a commune, or to a district that has no communes.</source>
        <translation>A village or residential group belongs to a commune, or to a district that has no communes.</translation>
    </message>
    <message>
        <source>Choose the unit it belongs to.</source>
        <translation>Choose the unit it belongs to.</translation>
    </message>
    <message>
        <source>“%1” (%2) cannot hold a unit of the %3: the unit it belongs to must be of a higher level.</source>
        <translation>“%1” (%2) cannot hold a unit of the %3: the unit it belongs to must be of a higher level.</translation>
    </message>
    <message>
        <source>A unit cannot belong to itself or to a unit under it.</source>
        <translation>A unit cannot belong to itself or to a unit under it.</translation>
    </message>
    <message>
        <source>Villages and residential groups have no GSO code; leave it empty.</source>
        <translation>Villages and residential groups have no GSO code; leave it empty.</translation>
    </message>
    <message>
        <source>The GSO code of a %1 unit has %2 digits.</source>
        <translation>The GSO code of a %1 unit has %2 digits.</translation>
    </message>
    <message>
        <source>2 or 3</source>
        <translation>2 or 3</translation>
    </message>
    <message>
        <source>The GSO code %1 is already “%2”&apos;s.</source>
        <translation>The GSO code %1 is already “%2”&apos;s.</translation>
    </message>
    <message>
        <source>The unit cannot close (%1) before it was established (%2).</source>
        <translation>The unit cannot close (%1) before it was established (%2).</translation>
    </message>
    <message>
        <source>A “%1” is usually a unit of the %2.</source>
        <translation>A “%1” is usually a unit of the %2.</translation>
    </message>
    <message>
        <source>“%1” was closed on %2.</source>
        <translation>“%1” was closed on %2.</translation>
    </message>
    <message>
        <source>Another unit in the same place is already called “%1”.</source>
        <translation>Another unit in the same place is already called “%1”.</translation>
    </message>
    <message>
        <source>Add administrative unit “%1”</source>
        <translation>Add administrative unit “%1”</translation>
    </message>
    <message>
        <source>Edit administrative unit “%1”</source>
        <translation>Edit administrative unit “%1”</translation>
    </message>
    <message>
        <source>(closed)</source>
        <translation>(closed)</translation>
    </message>
    <message>
        <source>Administrative units</source>
        <translation>Administrative units</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <source>GSO code</source>
        <translation>GSO code</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>All districts</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Open or closed</source>
        <translation>Open or closed</translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation>Open and closed</translation>
    </message>
    <message>
        <source>Open units</source>
        <translation>Open units</translation>
    </message>
    <message>
        <source>Closed units</source>
        <translation>Closed units</translation>
    </message>
    <message>
        <source>Close the unit with an end date</source>
        <translation>Close the unit with an end date</translation>
    </message>
    <message>
        <source>Choose the unit&apos;s type (Xã, Phường, Thôn, Tổ dân phố…).</source>
        <translation>Choose the unit&apos;s type (Xã, Phường, Thôn, Tổ dân phố…).</translation>
    </message>
    <message>
        <source>Set up from the national list…</source>
        <translation>Set up from the national list…</translation>
    </message>
</context>
<context>
    <name>cds::UnitSetupDialog</name>
    <message>
        <source>Set up from the national list</source>
        <translation>Set up from the national list</translation>
    </message>
    <message>
        <source>01/07/2025: province and commune (two levels)</source>
        <translation>01/07/2025: province and commune (two levels)</translation>
    </message>
    <message>
        <source>01/03/2025: province, district and commune (before the reform)</source>
        <translation>01/03/2025: province, district and commune (before the reform)</translation>
    </message>
    <message>
        <source>Search a province by name or code</source>
        <translation>Search a province by name or code</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Set up</translation>
    </message>
    <message>
        <source>List:</source>
        <translation>List:</translation>
    </message>
    <message>
        <source>Province:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <source>Choose a province.</source>
        <translation>Choose a province.</translation>
    </message>
    <message numerus="yes">
        <source>All %n unit(s) of this province in the list of %1 are already there.</source>
        <translation>
            <numerusform>The %n unit of this province in the list of %1 is already there.</numerusform>
            <numerusform>All %n units of this province in the list of %1 are already there.</numerusform>
        </translation>
    </message>
    <message>
        <source>valid from %1</source>
        <translation>valid from %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>valid until %1</translation>
    </message>
    <message>
        <source>Will create %1 (%2), with their GSO codes, in one step that Undo takes back.</source>
        <translation>Will create %1 (%2), with their GSO codes, in one step that Undo takes back.</translation>
    </message>
</context>
<context>
    <name>cds::UserGuideWindow</name>
    <message>
        <source>CDS Desk user guide</source>
        <translation>CDS Desk user guide</translation>
    </message>
    <message>
        <source>The guide is missing from this build.</source>
        <translation>The guide is missing from this build.</translation>
    </message>
</context>
<context>
    <name>cds::Validation</name>
    <message>
        <source>The year of birth must be a year between 1900 and %1.</source>
        <translation>The year of birth must be a year between 1900 and %1.</translation>
    </message>
    <message>
        <source>Born in %1, the member would be %2 years old: check the year of birth.</source>
        <translation>Born in %1, the member would be %2 years old: check the year of birth.</translation>
    </message>
    <message>
        <source>Born in %1, the member is only %2 years old.</source>
        <translation>Born in %1, the member is only %2 years old.</translation>
    </message>
    <message>
        <source>Born in %1, the member is %2 years old.</source>
        <translation>Born in %1, the member is %2 years old.</translation>
    </message>
    <message>
        <source>The day the member joined (%1) is after today.</source>
        <translation>The day the member joined (%1) is after today.</translation>
    </message>
    <message>
        <source>The text holds an invisible or control character (U+%1) at position %2; retype it or delete that character.</source>
        <translation>The text holds an invisible or control character (U+%1) at position %2; retype it or delete that character.</translation>
    </message>
    <message>
        <source>Too long: %1 characters, at most %2.</source>
        <translation>Too long: %1 characters, at most %2.</translation>
    </message>
    <message>
        <source>“%1” is already the leader of this team; a team has one leader.</source>
        <translation>“%1” is already the leader of this team; a team has one leader.</translation>
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
        <source>“%1” is not a Vietnamese phone number (10 digits starting 03, 05, 07, 08 or 09, or a fixed line of 11 digits starting 02).</source>
        <translation>“%1” is not a Vietnamese phone number (10 digits starting 03, 05, 07, 08 or 09, or a fixed line of 11 digits starting 02).</translation>
    </message>
</context>
<context>
    <name>cds::XlsxReader</name>
    <message>
        <source>the cell reference %1 is not one</source>
        <translation>the cell reference %1 is not one</translation>
    </message>
    <message>
        <source>cell %1 names a shared string that is not there</source>
        <translation>cell %1 names a shared string that is not there</translation>
    </message>
    <message>
        <source>cell %1 holds %2 where a number is expected</source>
        <translation>cell %1 holds %2 where a number is expected</translation>
    </message>
    <message>
        <source>The file is an Excel 97-2003 workbook (.xls) or a password-protected workbook, which cannot be read: open it in Excel and save it, without a password, as “Excel Workbook (.xlsx)”.</source>
        <translation>The file is an Excel 97-2003 workbook (.xls) or a password-protected workbook, which cannot be read: open it in Excel and save it, without a password, as “Excel Workbook (.xlsx)”.</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx), or it is damaged: %1</source>
        <translation>The file is not an Excel workbook (.xlsx), or it is damaged: %1</translation>
    </message>
    <message>
        <source>it holds nothing</source>
        <translation>it holds nothing</translation>
    </message>
    <message>
        <source>The file is an OpenDocument spreadsheet (.ods), which cannot be read: save it as “Excel Workbook (.xlsx)”.</source>
        <translation>The file is an OpenDocument spreadsheet (.ods), which cannot be read: save it as “Excel Workbook (.xlsx)”.</translation>
    </message>
    <message>
        <source>The file is a zip archive but not an Excel workbook (.xlsx): it has no workbook part.</source>
        <translation>The file is a zip archive but not an Excel workbook (.xlsx): it has no workbook part.</translation>
    </message>
    <message>
        <source>The file is a binary Excel workbook (.xlsb), which cannot be read: save it as “Excel Workbook (.xlsx)”.</source>
        <translation>The file is a binary Excel workbook (.xlsb), which cannot be read: save it as “Excel Workbook (.xlsx)”.</translation>
    </message>
    <message>
        <source>The workbook is damaged: its list of sheets cannot be read (%1).</source>
        <translation>The workbook is damaged: its list of sheets cannot be read (%1).</translation>
    </message>
    <message>
        <source>The workbook has no sheet.</source>
        <translation>The workbook has no sheet.</translation>
    </message>
    <message>
        <source>The workbook is damaged: its shared strings cannot be read (%1).</source>
        <translation>The workbook is damaged: its shared strings cannot be read (%1).</translation>
    </message>
    <message>
        <source>The workbook is damaged: sheet %1 cannot be read (%2).</source>
        <translation>The workbook is damaged: sheet %1 cannot be read (%2).</translation>
    </message>
    <message>
        <source>The workbook is damaged: sheet %1 is missing.</source>
        <translation>The workbook is damaged: sheet %1 is missing.</translation>
    </message>
</context>
<context>
    <name>cds::widgets</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Type to find one of %1</source>
        <translation>Type to find one of %1</translation>
    </message>
    <message>
        <source>(closed)</source>
        <translation>(closed)</translation>
    </message>
</context>
</TS>
