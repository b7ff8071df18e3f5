<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>DashboardPage</name>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Đợt hoạt động:</translation>
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
        <translation>Tải dữ liệu mẫu (Quảng Ngãi năm 2022)</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>Mở cơ sở dữ liệu khác…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Tổ CNSCĐ</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Export report PDF…</source>
        <translation>&amp;Xuất báo cáo PDF…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About CDS Desk</source>
        <translation>&amp;Giới thiệu CDS Desk</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Xuất PDF…</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Cả trang</translation>
    </message>
</context>
<context>
    <name>TeamsPage</name>
    <message>
        <source>Search by team, unit or district (diacritics optional)…</source>
        <translation>Tìm theo tên Tổ, đơn vị hoặc huyện (gõ có dấu hay không dấu đều được)…</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Cấp:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Huyện, thị xã, thành phố:</translation>
    </message>
</context>
<context>
    <name>cds::CampaignStatistics</name>
    <message>
        <source>The statistics query could not be prepared: %1</source>
        <translation>Không thể chuẩn bị truy vấn thống kê: %1</translation>
    </message>
    <message>
        <source>The statistics query failed: %1</source>
        <translation>Truy vấn thống kê bị lỗi: %1</translation>
    </message>
    <message>
        <source>Campaign %1 does not exist.</source>
        <translation>Không có đợt hoạt động mã %1.</translation>
    </message>
</context>
<context>
    <name>cds::CommandLine</name>
    <message>
        <source>CDS Desk: community digital technology teams, digital transformation campaigns and the official report.</source>
        <translation>CDS Desk: quản lý Tổ Công nghệ số cộng đồng, các đợt hưởng ứng chuyển đổi số và báo cáo chính thức.</translation>
    </message>
    <message>
        <source>Use the database FILE (created if missing). Default: %1</source>
        <translation>Dùng tệp cơ sở dữ liệu TỆP (tạo mới nếu chưa có). Mặc định: %1</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <source>Load the 2022 Quảng Ngãi demo campaign when the database has no campaign.</source>
        <translation>Tải dữ liệu mẫu (đợt hưởng ứng năm 2022 của tỉnh Quảng Ngãi) khi cơ sở dữ liệu chưa có đợt hoạt động nào.</translation>
    </message>
    <message>
        <source>Show or export the campaign with this id (default: the latest).</source>
        <translation>Hiển thị hoặc xuất đợt hoạt động có mã này (mặc định: đợt mới nhất).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>MÃ</translation>
    </message>
    <message>
        <source>Write the official report as PDF to FILE and exit.</source>
        <translation>Xuất báo cáo ra tệp PDF TỆP rồi thoát.</translation>
    </message>
    <message>
        <source>Write the dashboard as PNG or PDF (by extension) to FILE and exit.</source>
        <translation>Xuất trang Tổng quan ra TỆP dạng PNG hoặc PDF (theo phần mở rộng của tên tệp) rồi thoát.</translation>
    </message>
    <message>
        <source>Interface language: vi or en.</source>
        <translation>Ngôn ngữ giao diện: vi (tiếng Việt) hoặc en (tiếng Anh).</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>NGÔN-NGỮ</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use vi or en.</source>
        <translation>Không hỗ trợ ngôn ngữ &quot;%1&quot;; hãy dùng vi hoặc en.</translation>
    </message>
    <message>
        <source>The campaign id must be a positive number, not &quot;%1&quot;.</source>
        <translation>Mã đợt hoạt động phải là số nguyên dương, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Đợt hoạt động</translation>
    </message>
    <message>
        <source>The database has no campaign with id %1; showing the latest one.</source>
        <translation>Cơ sở dữ liệu không có đợt hoạt động mã %1; đang hiển thị đợt mới nhất.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Không mở được cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>The demo campaign was not loaded: %1</source>
        <translation>Chưa tải được dữ liệu mẫu: %1</translation>
    </message>
    <message>
        <source>The database %1 holds no campaign (add --demo to load the demo campaign).</source>
        <translation>Cơ sở dữ liệu %1 chưa có đợt hoạt động nào (thêm --demo để tải dữ liệu mẫu).</translation>
    </message>
    <message>
        <source>The report cannot be built: %1</source>
        <translation>Không lập được báo cáo: %1</translation>
    </message>
    <message>
        <source>The report was not written to %1: %2</source>
        <translation>Không ghi được báo cáo vào %1: %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Đã ghi báo cáo vào %1</translation>
    </message>
    <message>
        <source>The dashboard was not written to %1: %2</source>
        <translation>Không ghi được trang Tổng quan vào %1: %2</translation>
    </message>
    <message>
        <source>Dashboard written to %1</source>
        <translation>Đã ghi trang Tổng quan vào %1</translation>
    </message>
</context>
<context>
    <name>cds::CoverageChart</name>
    <message>
        <source>Team coverage by level</source>
        <translation>Tỷ lệ đơn vị có Tổ CNSCĐ theo cấp</translation>
    </message>
</context>
<context>
    <name>cds::DashboardPage</name>
    <message>
        <source>Community digital technology teams</source>
        <translation>Tổ Công nghệ số cộng đồng</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Members trained</source>
        <translation>Thành viên được tập huấn</translation>
    </message>
    <message>
        <source>Media outputs</source>
        <translation>Sản phẩm truyền thông</translation>
    </message>
    <message>
        <source>Coverage, %1</source>
        <translation>Bao phủ %1</translation>
    </message>
    <message>
        <source>The campaign %1 is not in this database.</source>
        <translation>Cơ sở dữ liệu không có đợt hoạt động mã %1.</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>hơn</translation>
    </message>
    <message>
        <source>nearly</source>
        <translation>gần</translation>
    </message>
    <message>
        <source>about</source>
        <translation>khoảng</translation>
    </message>
    <message>
        <source>over</source>
        <translation>trên</translation>
    </message>
    <message>
        <source>at all levels</source>
        <translation>ở tất cả các cấp</translation>
    </message>
    <message>
        <source>in all teams</source>
        <translation>trong tất cả các Tổ</translation>
    </message>
    <message numerus="yes">
        <source>%1 training session(s)</source>
        <translation>
            <numerusform>%1 đợt tập huấn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 outlet(s)</source>
        <translation>
            <numerusform>trên %1 kênh truyền thông</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of units · %2 team(s)</source>
        <translation>
            <numerusform>%1 đơn vị · %2 Tổ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cds::Database</name>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>“%1” là một thư mục, không phải tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>“%1” is not a CDS Desk database (it is not an SQLite file). The file was left unchanged.</source>
        <translation>“%1” không phải cơ sở dữ liệu của CDS Desk (không phải tệp SQLite). Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Không thể tạo thư mục “%1”.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Không thể mở “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a database: %2. The file was left unchanged.</source>
        <translation>Không thể đọc “%1” như một cơ sở dữ liệu: %2. Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>“%1” is damaged or not a database: %2. The file was left unchanged.</source>
        <translation>“%1” bị hỏng hoặc không phải cơ sở dữ liệu: %2. Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2. The file was left unchanged.</source>
        <translation>“%1” bị hỏng: %2. Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a CDS Desk database. The file was left unchanged.</source>
        <translation>“%1” là cơ sở dữ liệu SQLite của một phần mềm khác, không phải của CDS Desk. Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of CDS Desk (database version %2; this version reads up to %3). Please update CDS Desk. The file was left unchanged.</source>
        <translation>“%1” được ghi bởi phiên bản CDS Desk mới hơn (phiên bản cơ sở dữ liệu %2; phiên bản này chỉ đọc được đến %3). Vui lòng cập nhật CDS Desk. Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>“%1” is damaged (integrity check: %2). The file was left unchanged; restore it from a backup.</source>
        <translation>“%1” bị hỏng (kết quả kiểm tra toàn vẹn: %2). Tệp được giữ nguyên; hãy khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>Cannot configure “%1”: %2</source>
        <translation>Không thể thiết lập “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot back up “%1” before upgrading it: %2. The file was left unchanged.</source>
        <translation>Không thể sao lưu “%1” trước khi nâng cấp: %2. Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>Missing migration %1.</source>
        <translation>Thiếu tệp nâng cấp %1.</translation>
    </message>
    <message>
        <source>Cannot start the upgrade: %1</source>
        <translation>Không thể bắt đầu nâng cấp: %1</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2. Nothing was changed.</source>
        <translation>Nâng cấp cơ sở dữ liệu lên phiên bản %1 không thành công: %2. Dữ liệu không bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>cds::DemoCampaign</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không thể ghi bảng %1: %2</translation>
    </message>
    <message>
        <source>Missing resource %1.</source>
        <translation>Thiếu tài nguyên %1.</translation>
    </message>
    <message>
        <source>Query failed: %1</source>
        <translation>Truy vấn bị lỗi: %1</translation>
    </message>
    <message>
        <source>Malformed district row: %1</source>
        <translation>Dòng dữ liệu huyện không hợp lệ: %1</translation>
    </message>
    <message>
        <source>Malformed commune row: %1</source>
        <translation>Dòng dữ liệu xã không hợp lệ: %1</translation>
    </message>
    <message>
        <source>The demo data is missing from this build.</source>
        <translation>Bản cài đặt này thiếu dữ liệu mẫu.</translation>
    </message>
    <message>
        <source>The demo data is damaged: %1</source>
        <translation>Dữ liệu mẫu bị hỏng: %1</translation>
    </message>
    <message>
        <source>The demo campaign could not be created: %1</source>
        <translation>Không thể tạo đợt hoạt động mẫu: %1</translation>
    </message>
</context>
<context>
    <name>cds::DistrictMembersChart</name>
    <message>
        <source>Members per district</source>
        <translation>Số thành viên theo huyện, thị xã, thành phố</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
</context>
<context>
    <name>cds::Levels</name>
    <message>
        <source>Province level</source>
        <translation>Cấp tỉnh</translation>
    </message>
    <message>
        <source>District level</source>
        <translation>Cấp huyện</translation>
    </message>
    <message>
        <source>Commune level</source>
        <translation>Cấp xã</translation>
    </message>
    <message>
        <source>Village level</source>
        <translation>Cấp thôn</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Cấp tỉnh</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Cấp huyện</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Cấp xã</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Cấp thôn</translation>
    </message>
</context>
<context>
    <name>cds::MainWindow</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The file %1 was not opened and has not been changed.

%2</source>
        <translation>Tệp %1 không được mở và được giữ nguyên, không thay đổi.

%2</translation>
    </message>
    <message>
        <source>Created a new database: %1</source>
        <translation>Đã tạo cơ sở dữ liệu mới: %1</translation>
    </message>
    <message>
        <source>Demo campaign</source>
        <translation>Dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation>Hãy mở một cơ sở dữ liệu trước.</translation>
    </message>
    <message>
        <source>The demo campaign was not loaded.

%1</source>
        <translation>Chưa tải được dữ liệu mẫu.

%1</translation>
    </message>
    <message>
        <source>The database %1 holds no campaign yet.
Load the demo campaign to try CDS Desk, or open another database.</source>
        <translation>Cơ sở dữ liệu %1 chưa có đợt hoạt động nào.
Hãy tải dữ liệu mẫu để dùng thử CDS Desk, hoặc mở cơ sở dữ liệu khác.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>CDS Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu CDS Desk (*.sqlite *.db);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>The new language will be used the next time CDS Desk starts.</source>
        <translation>Ngôn ngữ mới sẽ được áp dụng từ lần mở CDS Desk tiếp theo.</translation>
    </message>
    <message>
        <source>About CDS Desk</source>
        <translation>Giới thiệu CDS Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CDS Desk %1&lt;/h3&gt;&lt;p&gt;Community digital technology teams, digital transformation campaigns and the official report.&lt;/p&gt;&lt;p&gt;Licence: MIT.&lt;/p&gt;&lt;p&gt;Administrative-unit data: General Statistics Office of Viet Nam (GSO).&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CDS Desk %1&lt;/h3&gt;&lt;p&gt;Quản lý Tổ Công nghệ số cộng đồng, các đợt hưởng ứng chuyển đổi số và báo cáo chính thức.&lt;/p&gt;&lt;p&gt;Giấy phép: MIT.&lt;/p&gt;&lt;p&gt;Dữ liệu đơn vị hành chính: Tổng cục Thống kê Việt Nam (GSO).&lt;/p&gt;&lt;p&gt;Xây dựng trên Qt %2.&lt;/p&gt;</translation>
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
        <translation>Không thể chuẩn bị truy vấn báo cáo: %1</translation>
    </message>
    <message>
        <source>The report query failed: %1</source>
        <translation>Truy vấn báo cáo bị lỗi: %1</translation>
    </message>
    <message>
        <source>Campaign %1 does not exist.</source>
        <translation>Không có đợt hoạt động mã %1.</translation>
    </message>
    <message>
        <source>The campaign “%1” has no report record with a letterhead yet.</source>
        <translation>Đợt hoạt động “%1” chưa có thông tin báo cáo và tiêu đề văn bản.</translation>
    </message>
</context>
<context>
    <name>cds::ReportPage</name>
    <message>
        <source>The report cannot be built: %1</source>
        <translation>Không lập được báo cáo: %1</translation>
    </message>
    <message>
        <source>report-%1.pdf</source>
        <translation>bao-cao-%1.pdf</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>Xuất báo cáo ra tệp PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Xuất PDF</translation>
    </message>
    <message>
        <source>The PDF was not written.
%1</source>
        <translation>Không ghi được tệp PDF.
%1</translation>
    </message>
    <message>
        <source>The report was written to:
%1</source>
        <translation>Đã ghi báo cáo vào tệp:
%1</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>In báo cáo</translation>
    </message>
</context>
<context>
    <name>cds::ReportRenderer</name>
    <message>
        <source>Cannot create the PDF file “%1”: %2</source>
        <translation>Không thể tạo tệp PDF “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot draw the report into the PDF file “%1”.</source>
        <translation>Không thể vẽ báo cáo vào tệp PDF “%1”.</translation>
    </message>
    <message>
        <source>Cannot write the PDF file “%1”: %2</source>
        <translation>Không thể ghi tệp PDF “%1”: %2</translation>
    </message>
</context>
<context>
    <name>cds::TeamsModel</name>
    <message>
        <source>Team</source>
        <translation>Tên Tổ</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Administrative unit</source>
        <translation>Đơn vị hành chính</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Huyện, thị xã, thành phố</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Declared members</source>
        <translation>Số thành viên kê khai</translation>
    </message>
    <message>
        <source>Counted from the member list</source>
        <translation>Đếm theo danh sách thành viên</translation>
    </message>
    <message>
        <source>As declared (no member list yet)</source>
        <translation>Theo số kê khai (chưa có danh sách thành viên)</translation>
    </message>
</context>
<context>
    <name>cds::TeamsPage</name>
    <message>
        <source>All levels</source>
        <translation>Tất cả các cấp</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Tất cả</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %2 team(s)</source>
        <translation>
            <numerusform>Đang hiển thị %1/%2 Tổ</numerusform>
        </translation>
    </message>
</context>
</TS>
