<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>DashboardPage</name>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Đợt hoạt động:</translation>
    </message>
    <message>
        <source>Every tile shows its change against this campaign: the one of the same province with the next lower year.</source>
        <translation>Mỗi ô số liệu đều hiển thị mức tăng, giảm so với đợt hoạt động này: đợt hoạt động cùng tỉnh có năm gần nhất trước đó.</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Huyện, thị xã, thành phố:</translation>
    </message>
    <message>
        <source>Restricts every figure to this district and the units below it.</source>
        <translation>Chỉ tính các số liệu của huyện này và các đơn vị trực thuộc.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Thời gian:</translation>
    </message>
    <message>
        <source>Counts only the trainings, events and media outputs dated within this period (both days included).</source>
        <translation>Chỉ tính các lớp tập huấn, sự kiện và sản phẩm truyền thông có ngày nằm trong khoảng thời gian này (tính cả ngày đầu và ngày cuối).</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Xuất</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from a CSV file</source>
        <translation>Nhập dữ liệu từ tệp CSV</translation>
    </message>
    <message>
        <source>1. The file</source>
        <translation>1. Tệp dữ liệu</translation>
    </message>
    <message>
        <source>&amp;What the file holds:</source>
        <translation>&amp;Loại dữ liệu trong tệp:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>A CSV file saved from Excel or LibreOffice</source>
        <translation>Tệp CSV lưu từ Excel hoặc LibreOffice</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <source>&amp;Text encoding:</source>
        <translation>&amp;Bảng mã:</translation>
    </message>
    <message>
        <source>2. Columns</source>
        <translation>2. Các cột</translation>
    </message>
    <message>
        <source>* required. Each field reads the file column chosen beside it; “(none)” leaves the field empty.</source>
        <translation>* bắt buộc. Mỗi trường lấy dữ liệu từ cột được chọn bên cạnh; chọn “(không chọn)” thì trường đó để trống.</translation>
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
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Công cụ</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sao lưu ngay…</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Thiết lập…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Nhập dữ liệu…</translation>
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
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>Tệp sao lưu:</translation>
    </message>
    <message>
        <source>Taken on:</source>
        <translation>Thời điểm sao lưu:</translation>
    </message>
    <message>
        <source>The backup holds:</source>
        <translation>Bản sao lưu gồm:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Ngôn ngữ giao diện:</translation>
    </message>
    <message>
        <source>The new language is used the next time CDS Desk starts. Figures and dates keep the Vietnamese format (1.141; 07/10/2022) in either language.</source>
        <translation>Ngôn ngữ mới được dùng từ lần khởi động tiếp theo. Số liệu và ngày tháng luôn theo định dạng Việt Nam (1.141; 07/10/2022) ở cả hai ngôn ngữ.</translation>
    </message>
    <message>
        <source>Where the data lives</source>
        <translation>Nơi lưu dữ liệu</translation>
    </message>
    <message>
        <source>Default database:</source>
        <translation>Cơ sở dữ liệu mặc định:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Tệp thiết lập:</translation>
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
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <source>Save the teams shown, as sorted, as an Excel workbook or a CSV file</source>
        <translation>Lưu danh sách Tổ đang hiển thị, theo thứ tự đã sắp xếp, ra tệp Excel hoặc tệp CSV</translation>
    </message>
</context>
<context>
    <name>cds::Activities</name>
    <message>
        <source>News items</source>
        <translation>Tin</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <source>TV reports</source>
        <translation>Phóng sự</translation>
    </message>
    <message>
        <source>Video clips</source>
        <translation>Video clip</translation>
    </message>
    <message>
        <source>Trailers</source>
        <translation>Trailer</translation>
    </message>
    <message>
        <source>Banners</source>
        <translation>Băng-rôn</translation>
    </message>
    <message>
        <source>Slogans</source>
        <translation>Khẩu hiệu</translation>
    </message>
    <message>
        <source>LED screens</source>
        <translation>Màn hình LED</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Hội thảo</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Tọa đàm</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>Hội thi</translation>
    </message>
    <message>
        <source>Launch ceremony</source>
        <translation>Lễ phát động</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Tập huấn</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Trực tiếp kết hợp trực tuyến</translation>
    </message>
    <message>
        <source>Livestream views</source>
        <translation>Lượt theo dõi livestream</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tất cả các kênh</translation>
    </message>
    <message>
        <source>= unchanged from %1</source>
        <translation>= không đổi so với %1</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 so với %2</translation>
    </message>
</context>
<context>
    <name>cds::AudienceChart</name>
    <message>
        <source>Event audience by channel</source>
        <translation>Người tham dự sự kiện theo kênh</translation>
    </message>
    <message>
        <source>No audience recorded</source>
        <translation>Chưa ghi nhận người tham dự</translation>
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
        <translation>kết quả kiểm tra toàn vẹn: %1</translation>
    </message>
    <message>
        <source>the copy is not a CDS Desk database</source>
        <translation>bản sao không phải cơ sở dữ liệu của CDS Desk</translation>
    </message>
    <message>
        <source>“%1” does not exist or is not a file.</source>
        <translation>“%1” không tồn tại hoặc không phải là tệp.</translation>
    </message>
    <message>
        <source>“%1” is empty, not a CDS Desk backup.</source>
        <translation>“%1” là tệp rỗng, không phải bản sao lưu của CDS Desk.</translation>
    </message>
    <message>
        <source>Cannot copy “%1” to “%2”.</source>
        <translation>Không thể sao chép “%1” sang “%2”.</translation>
    </message>
    <message>
        <source>“%1” is damaged (integrity check: %2).</source>
        <translation>“%1” bị hỏng (kết quả kiểm tra toàn vẹn: %2).</translation>
    </message>
    <message>
        <source>The file “%1” already exists; a backup never overwrites a file.</source>
        <translation>Tệp “%1” đã tồn tại; thao tác sao lưu không bao giờ ghi đè lên tệp có sẵn.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Không thể tạo thư mục “%1”.</translation>
    </message>
    <message>
        <source>The backup to “%1” failed: %2</source>
        <translation>Sao lưu vào “%1” không thành công: %2</translation>
    </message>
    <message>
        <source>The backup “%1” failed its check (%2) and was removed.</source>
        <translation>Bản sao lưu “%1” không đạt khi kiểm tra (%2) và đã bị xóa.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Không thể tạo thư mục tạm: %1</translation>
    </message>
    <message>
        <source>No database file is open to restore into.</source>
        <translation>Chưa mở tệp cơ sở dữ liệu nào để khôi phục vào.</translation>
    </message>
    <message>
        <source>“%1” is the open database itself, not a backup.</source>
        <translation>“%1” chính là cơ sở dữ liệu đang mở, không phải bản sao lưu.</translation>
    </message>
    <message>
        <source>Nothing was restored: the safety copy of the current database failed. %1</source>
        <translation>Chưa khôi phục dữ liệu: không tạo được bản sao dự phòng của cơ sở dữ liệu hiện tại. %1</translation>
    </message>
    <message>
        <source>Nothing was restored: “%1” is still in use by another program. Close it and try again.</source>
        <translation>Chưa khôi phục dữ liệu: “%1” vẫn đang được một phần mềm khác sử dụng. Hãy đóng phần mềm đó rồi thử lại.</translation>
    </message>
    <message>
        <source>Nothing was restored: cannot replace “%1”: %2</source>
        <translation>Chưa khôi phục dữ liệu: không thể thay thế “%1”: %2</translation>
    </message>
    <message>
        <source>The restored database cannot be opened: %1 The database as it was before is in “%2”.</source>
        <translation>Không mở được cơ sở dữ liệu vừa khôi phục: %1 Cơ sở dữ liệu trước khi khôi phục được lưu tại “%2”.</translation>
    </message>
    <message>
        <source>The restored database fails its integrity check (%1). The database as it was before is in “%2”.</source>
        <translation>Cơ sở dữ liệu vừa khôi phục không đạt kiểm tra toàn vẹn (%1). Cơ sở dữ liệu trước khi khôi phục được lưu tại “%2”.</translation>
    </message>
    <message>
        <source>The database “%1” is on a network share (%2). SQLite databases are damaged by network file systems when their locking fails. Keep the database on this computer&apos;s own disk and share backups instead.</source>
        <translation>Cơ sở dữ liệu “%1” nằm trên thư mục dùng chung qua mạng (%2). Cơ sở dữ liệu SQLite có thể bị hỏng trên hệ thống tệp mạng khi cơ chế khóa tệp không hoạt động. Hãy lưu cơ sở dữ liệu trên ổ đĩa của chính máy tính này và chỉ chia sẻ các bản sao lưu.</translation>
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
    <name>cds::ChartPanel</name>
    <message>
        <source>Save this chart as a picture</source>
        <translation>Lưu biểu đồ này thành tệp ảnh</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Lưu dạng PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Lưu dạng SVG…</translation>
    </message>
    <message>
        <source>Cannot write the file %1: %2</source>
        <translation>Không thể ghi tệp %1: %2</translation>
    </message>
    <message>
        <source>Cannot draw the chart into %1.</source>
        <translation>Không thể vẽ biểu đồ vào %1.</translation>
    </message>
    <message>
        <source>Cannot write the picture %1: %2</source>
        <translation>Không thể ghi tệp ảnh %1: %2</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Hình vẽ SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Lưu biểu đồ</translation>
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
    <message>
        <source>Import the CSV file INPUT holding KIND (%1) and exit; nothing is imported if any row is wrong.</source>
        <translation>Nhập dữ liệu loại LOẠI (%1) từ tệp CSV INPUT rồi thoát; nếu có dòng nào sai thì không nhập gì cả.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>LOẠI</translation>
    </message>
    <message>
        <source>Text encoding of the imported file: auto (default), utf-8, utf-16, windows-1258, tcvn3 or vni.</source>
        <translation>Bảng mã của tệp cần nhập: auto (tự nhận biết, mặc định), utf-8, utf-16, windows-1258, tcvn3 hoặc vni.</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>BẢNG-MÃ</translation>
    </message>
    <message>
        <source>Write a checked backup of the database to FILE (never overwritten) and exit.</source>
        <translation>Sao lưu cơ sở dữ liệu ra TỆP (không bao giờ ghi đè), kiểm tra bản sao lưu rồi thoát.</translation>
    </message>
    <message>
        <source>Show what the backup FILE holds; with --yes, replace the database by it (a safety copy of the database is kept in its backups folder) and exit.</source>
        <translation>Hiển thị nội dung của bản sao lưu TỆP; nếu có --yes thì thay cơ sở dữ liệu bằng bản sao lưu này (một bản sao dự phòng của cơ sở dữ liệu được giữ trong thư mục sao lưu của cơ sở dữ liệu) rồi thoát.</translation>
    </message>
    <message>
        <source>Confirm --restore without asking.</source>
        <translation>Xác nhận --restore mà không hỏi lại.</translation>
    </message>
    <message>
        <source>The file to import (with --import).</source>
        <translation>Tệp cần nhập (dùng với --import).</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use one of %2.</source>
        <translation>Không hỗ trợ loại dữ liệu &quot;%1&quot;; hãy dùng một trong các loại %2.</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;.</source>
        <translation>Không hỗ trợ bảng mã &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--import needs exactly one INPUT file.</source>
        <translation>--import cần đúng một tệp INPUT.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:</source>
        <translation>Không nhập gì từ %1:</translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>Đã sao lưu và kiểm tra: %1</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Chưa khôi phục dữ liệu: %1</translation>
    </message>
    <message>
        <source>Backup %1, taken %2, holds:</source>
        <translation>Bản sao lưu %1, tạo lúc %2, gồm:</translation>
    </message>
    <message>
        <source>campaign %1: %2</source>
        <translation>đợt hoạt động năm %1: %2</translation>
    </message>
    <message>
        <source>%1 teams, %2 members on member lists, %3 training sessions, %4 events, %5 media outputs</source>
        <translation>%1 Tổ, %2 thành viên trong danh sách thành viên, %3 lớp tập huấn, %4 sự kiện, %5 sản phẩm truyền thông</translation>
    </message>
    <message>
        <source>Nothing was restored; add --yes to replace %1 by this backup.</source>
        <translation>Chưa khôi phục dữ liệu; thêm --yes để thay %1 bằng bản sao lưu này.</translation>
    </message>
    <message>
        <source>Restored %1 from %2; the database as it was before is kept in %3</source>
        <translation>Đã khôi phục %1 từ %2; cơ sở dữ liệu trước khi khôi phục được lưu tại %3</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; (a file to import goes with --import KIND).</source>
        <translation>Tham số không hợp lệ “%1” (tệp cần nhập phải đi kèm --import LOẠI).</translation>
    </message>
    <message>
        <source>There is no display to open the window on. Without one, use --export-report, --export-dashboard, --import or --backup (see --help).</source>
        <translation>Không có màn hình để mở cửa sổ. Khi không có màn hình, hãy dùng --export-report, --export-dashboard, --import hoặc --backup (xem --help).</translation>
    </message>
    <message>
        <source>The report is written as PDF: name the file *.pdf, not %1.</source>
        <translation>Báo cáo được xuất dạng PDF: hãy đặt tên tệp *.pdf, không phải %1.</translation>
    </message>
    <message>
        <source>The dashboard is written as PNG or PDF: name the file *.png or *.pdf, not %1.</source>
        <translation>Trang Tổng quan được xuất dạng PNG hoặc PDF: hãy đặt tên tệp *.png hoặc *.pdf, không phải %1.</translation>
    </message>
</context>
<context>
    <name>cds::CoverageChart</name>
    <message>
        <source>Team coverage by level</source>
        <translation>Tỷ lệ đơn vị có Tổ CNSCĐ theo cấp</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Chưa có dữ liệu</translation>
    </message>
    <message>
        <source>%1: %2 units with a team (%3)</source>
        <translation>%1: %2 đơn vị có Tổ (%3)</translation>
    </message>
</context>
<context>
    <name>cds::DashboardExport</name>
    <message>
        <source>There is no campaign with id %1.</source>
        <translation>Không có đợt hoạt động mã %1.</translation>
    </message>
    <message>
        <source>Cannot write the file %1: %2</source>
        <translation>Không thể ghi tệp %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the PDF file %1.</source>
        <translation>Không thể tạo tệp PDF %1.</translation>
    </message>
    <message>
        <source>Cannot write the picture %1: %2</source>
        <translation>Không thể ghi tệp ảnh %1: %2</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Không khởi động được máy in.</translation>
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
    <message>
        <source>Dashboard as PNG picture…</source>
        <translation>Trang Tổng quan dạng ảnh PNG…</translation>
    </message>
    <message>
        <source>Dashboard as PDF (A4 landscape)…</source>
        <translation>Trang Tổng quan dạng PDF (A4 khổ ngang)…</translation>
    </message>
    <message>
        <source>Print dashboard…</source>
        <translation>In trang Tổng quan…</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>Lớp tập huấn</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Click to see the list behind this figure.</source>
        <translation>Bấm để xem danh sách chi tiết của số liệu này.</translation>
    </message>
    <message>
        <source>Where it lags: units without a team</source>
        <translation>Nơi còn chậm: đơn vị chưa có Tổ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Huyện, thị xã, thành phố</translation>
    </message>
    <message>
        <source>&amp;Print the list…</source>
        <translation>&amp;In danh sách…</translation>
    </message>
    <message>
        <source>Media outputs by kind</source>
        <translation>Truyền thông theo loại sản phẩm</translation>
    </message>
    <message>
        <source>Media outputs by outlet</source>
        <translation>Truyền thông theo nơi đăng phát</translation>
    </message>
    <message>
        <source>The district %1 is not in this campaign.</source>
        <translation>Đợt hoạt động này không có huyện mã %1.</translation>
    </message>
    <message>
        <source>Whole province</source>
        <translation>Toàn tỉnh</translation>
    </message>
    <message numerus="yes">
        <source>%n training(s), event(s) or media output(s) without a date are not counted in this period.</source>
        <translation>
            <numerusform>%n lớp tập huấn, sự kiện hoặc sản phẩm truyền thông chưa có ngày nên không được tính trong khoảng thời gian này.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compared with: %1</source>
        <translation>So sánh với: %1</translation>
    </message>
    <message>
        <source>No earlier campaign to compare with</source>
        <translation>Chưa có đợt hoạt động trước đó để so sánh</translation>
    </message>
    <message>
        <source>listed, or declared by the organisers</source>
        <translation>theo danh sách hoặc theo số đơn vị tổ chức kê khai</translation>
    </message>
    <message>
        <source>training sessions held</source>
        <translation>lớp tập huấn đã tổ chức</translation>
    </message>
    <message>
        <source>%1 in person · %2 online · %3 livestream views</source>
        <translation>%1 trực tiếp · %2 trực tuyến · %3 lượt theo dõi livestream</translation>
    </message>
    <message>
        <source>%1: %2 of %3 without a team</source>
        <translation>%1: %2/%3 đơn vị chưa có Tổ</translation>
    </message>
    <message>
        <source>Every unit has a team.</source>
        <translation>Tất cả các đơn vị đều đã có Tổ.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>từ %1 đến %2</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tên Tổ</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(chưa có Tổ)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>%1: units and their teams</source>
        <translation>%1: đơn vị và Tổ CNSCĐ</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 unit(s), %3 with a team</source>
        <translation>
            <numerusform>%1 — %2 đơn vị, %3 đơn vị có Tổ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: units without a team</source>
        <translation>%1: đơn vị chưa có Tổ</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 of %3 unit(s) without a team</source>
        <translation>
            <numerusform>%1 — %2/%3 đơn vị chưa có Tổ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 team(s), %3 member(s)</source>
        <translation>
            <numerusform>%1 — %2 Tổ, %3 thành viên</numerusform>
        </translation>
    </message>
    <message>
        <source>Teams of %1</source>
        <translation>Tổ CNSCĐ của %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Lớp tập huấn</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Đơn vị tổ chức</translation>
    </message>
    <message>
        <source>Participants (declared)</source>
        <translation>Số người tham gia (kê khai)</translation>
    </message>
    <message>
        <source>Attendees listed</source>
        <translation>Số người theo danh sách</translation>
    </message>
    <message>
        <source>Training sessions of %1</source>
        <translation>Lớp tập huấn tháng %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 session(s)</source>
        <translation>
            <numerusform>%1 — %2 lớp tập huấn</numerusform>
        </translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Events with an audience: %1</source>
        <translation>Sự kiện có người tham dự: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 event(s)</source>
        <translation>
            <numerusform>%1 — %2 sự kiện</numerusform>
        </translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Cơ quan báo chí</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Ngày đăng phát</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Commissioned</source>
        <translation>Đặt hàng</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Media outputs: %1</source>
        <translation>Sản phẩm truyền thông: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 record(s), %3 item(s)</source>
        <translation>
            <numerusform>%1 — %2 bản ghi, %3 sản phẩm</numerusform>
        </translation>
    </message>
    <message>
        <source>Units without a team</source>
        <translation>Đơn vị chưa có Tổ</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>Xuất trang Tổng quan</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print dashboard</source>
        <translation>In trang Tổng quan</translation>
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
    <message>
        <source>“%1” or its folder is read-only. CDS Desk writes its journal beside the database: copy the file to a folder you can write to. The file was left unchanged.</source>
        <translation>“%1” hoặc thư mục chứa nó chỉ cho phép đọc. CDS Desk cần ghi tệp nhật ký bên cạnh cơ sở dữ liệu: hãy sao chép tệp vào thư mục có quyền ghi. Tệp được giữ nguyên.</translation>
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
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Members and teams per district</source>
        <translation>Thành viên và Tổ CNSCĐ theo huyện</translation>
    </message>
    <message>
        <source>No districts in this scope</source>
        <translation>Không có huyện nào trong phạm vi này</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Tổ CNSCĐ</translation>
    </message>
    <message>
        <source>%1: %2 members, %3 teams</source>
        <translation>%1: %2 thành viên, %3 Tổ</translation>
    </message>
</context>
<context>
    <name>cds::DrillDownDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
</context>
<context>
    <name>cds::ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Villages and residential groups (thôn, tổ dân phố)</source>
        <translation>Thôn, tổ dân phố</translation>
    </message>
    <message>
        <source>Agencies and organisations</source>
        <translation>Cơ quan, đơn vị, tổ chức</translation>
    </message>
    <message>
        <source>Community digital technology teams</source>
        <translation>Tổ Công nghệ số cộng đồng</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Thành viên Tổ</translation>
    </message>
    <message>
        <source>Training attendance</source>
        <translation>Danh sách tham gia tập huấn</translation>
    </message>
    <message>
        <source>Media outputs</source>
        <translation>Sản phẩm truyền thông</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Tự động nhận biết</translation>
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
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Chọn tệp cần nhập</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Tệp CSV (*.csv *.txt *.tsv);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Choose a CSV file.</source>
        <translation>Hãy chọn một tệp CSV.</translation>
    </message>
    <message>
        <source>No file can be read at this path.</source>
        <translation>Không đọc được tệp tại đường dẫn này.</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>dấu chấm phẩy</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>dấu tab</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>dấu phẩy</translation>
    </message>
    <message>
        <source>Read as %1; columns separated by %2.</source>
        <translation>Đọc theo bảng mã %1; các cột cách nhau bằng %2.</translation>
    </message>
    <message>
        <source>Line %1 does not read as Vietnamese text in this encoding: choose the file&apos;s encoding above.</source>
        <translation>Dòng %1 không đọc được thành tiếng Việt với bảng mã này: hãy chọn đúng bảng mã của tệp ở trên.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không chọn)</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Cột %1: %2</translation>
    </message>
    <message>
        <source>Choose the file to import first.</source>
        <translation>Hãy chọn tệp cần nhập trước.</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Đang kiểm tra tệp…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>Writing to the database…</source>
        <translation>Đang ghi vào cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Đã hủy việc nhập; không có dữ liệu nào được nhập.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: correct the problems below and import it again.</source>
        <translation>Chưa nhập dữ liệu nào từ %1: hãy sửa các lỗi dưới đây rồi nhập lại.</translation>
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
        <translation>Cần có giá trị ở đây.</translation>
    </message>
    <message>
        <source>The database could not be read: %1</source>
        <translation>Không đọc được cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không thể ghi bảng %1: %2</translation>
    </message>
    <message>
        <source>Expected a date written dd/mm/yyyy (such as 07/10/2022), found %1.</source>
        <translation>Cần ngày theo dạng dd/mm/yyyy (ví dụ 07/10/2022), nhưng gặp %1.</translation>
    </message>
    <message>
        <source>Expected a whole number written as 1.141, found %1.</source>
        <translation>Cần số nguyên viết như 1.141, nhưng gặp %1.</translation>
    </message>
    <message>
        <source>Expected a year between 1900 and 2100, found %1.</source>
        <translation>Cần năm từ 1900 đến 2100, nhưng gặp %1.</translation>
    </message>
    <message>
        <source>No administrative unit is named %1.</source>
        <translation>Không có đơn vị hành chính nào tên %1.</translation>
    </message>
    <message>
        <source>No administrative unit named %1 lies in %2.</source>
        <translation>Không có đơn vị hành chính nào tên %1 thuộc %2.</translation>
    </message>
    <message>
        <source>%1 is the name of %2 administrative units (%3); add a Commune column to say which one.</source>
        <translation>%1 là tên của %2 đơn vị hành chính (%3); hãy thêm cột Xã để chỉ rõ đơn vị nào.</translation>
    </message>
    <message>
        <source>%1 is the name of %2 administrative units (%3); add a District column to say which one.</source>
        <translation>%1 là tên của %2 đơn vị hành chính (%3); hãy thêm cột Huyện để chỉ rõ đơn vị nào.</translation>
    </message>
    <message>
        <source>%1 has no team in this campaign; import the teams first.</source>
        <translation>%1 chưa có Tổ trong đợt hoạt động này; hãy nhập các Tổ trước.</translation>
    </message>
    <message>
        <source>The column %1 chosen for “%2” is not in the file.</source>
        <translation>Tệp không có cột %1 đã chọn cho “%2”.</translation>
    </message>
    <message>
        <source>The required column %1 (%2) is missing.</source>
        <translation>Thiếu cột bắt buộc %1 (%2).</translation>
    </message>
    <message>
        <source>This column repeats column %1 (%2).</source>
        <translation>Cột này trùng với cột %1 (%2).</translation>
    </message>
    <message>
        <source>The column “Xã, phường, thị trấn” (Commune) is missing; a village directly under a district needs the column “Huyện, thị xã, thành phố” (District).</source>
        <translation>Thiếu cột “Xã, phường, thị trấn”; thôn, tổ dân phố trực thuộc huyện thì cần có cột “Huyện, thị xã, thành phố”.</translation>
    </message>
    <message>
        <source>The database holds no campaign; teams, members, attendance and media belong to a campaign.</source>
        <translation>Cơ sở dữ liệu chưa có đợt hoạt động nào; Tổ, thành viên, danh sách tham gia tập huấn và sản phẩm truyền thông đều phải thuộc một đợt hoạt động.</translation>
    </message>
    <message>
        <source>The database has no campaign with id %1.</source>
        <translation>Cơ sở dữ liệu không có đợt hoạt động mã %1.</translation>
    </message>
    <message>
        <source>Expected the commune, or for a district without communes the district.</source>
        <translation>Cần ghi tên xã, hoặc tên huyện nếu huyện đó không có xã.</translation>
    </message>
    <message>
        <source>%1 in %2 is already on line %3.</source>
        <translation>%1 thuộc %2 đã có ở dòng %3.</translation>
    </message>
    <message>
        <source>%1 already exists in %2.</source>
        <translation>%1 đã có trong %2.</translation>
    </message>
    <message>
        <source>%1 is already on line %2.</source>
        <translation>%1 đã có ở dòng %2.</translation>
    </message>
    <message>
        <source>%1 is already in the database.</source>
        <translation>%1 đã có trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The team of %1 is already on line %2.</source>
        <translation>Tổ của %1 đã có ở dòng %2.</translation>
    </message>
    <message>
        <source>%1 already has a team in this campaign.</source>
        <translation>%1 đã có Tổ trong đợt hoạt động này.</translation>
    </message>
    <message>
        <source>Expected “Tổ trưởng”, “Tổ phó” or “Thành viên”, found %1.</source>
        <translation>Cần ghi “Tổ trưởng”, “Tổ phó” hoặc “Thành viên”, nhưng gặp %1.</translation>
    </message>
    <message>
        <source>Expected “Nam”, “Nữ” or “Khác”, found %1.</source>
        <translation>Cần ghi “Nam”, “Nữ” hoặc “Khác”, nhưng gặp %1.</translation>
    </message>
    <message>
        <source>%1 is already on line %2 for the same team.</source>
        <translation>%1 đã có ở dòng %2 trong cùng Tổ.</translation>
    </message>
    <message>
        <source>%1 is already a member of this team.</source>
        <translation>%1 đã là thành viên của Tổ này.</translation>
    </message>
    <message>
        <source>No training session of this campaign is called %1.</source>
        <translation>Đợt hoạt động này không có lớp tập huấn nào tên %1.</translation>
    </message>
    <message>
        <source>%1 names %2 training sessions; add a Training date column to say which one.</source>
        <translation>%1 là tên của %2 lớp tập huấn; hãy thêm cột Ngày tập huấn để chỉ rõ lớp nào.</translation>
    </message>
    <message>
        <source>No member of a team of this campaign is called %1.</source>
        <translation>Không có thành viên nào của các Tổ trong đợt hoạt động này tên %1.</translation>
    </message>
    <message>
        <source>%1 matches %2 members; add the Birth year or Phone column to say which one.</source>
        <translation>Có %2 thành viên trùng với %1; hãy thêm cột Năm sinh hoặc Điện thoại để chỉ rõ người nào.</translation>
    </message>
    <message>
        <source>%1 is already on line %2 for the same training session.</source>
        <translation>%1 đã có ở dòng %2 trong cùng lớp tập huấn.</translation>
    </message>
    <message>
        <source>%1 is already recorded at this training session.</source>
        <translation>%1 đã được ghi nhận tham gia lớp tập huấn này.</translation>
    </message>
    <message>
        <source>Expected a kind of media output (Tin, Bài viết, Phóng sự, Video clip, Trailer, Băng-rôn, Khẩu hiệu, Màn hình LED or Khác), found %1.</source>
        <translation>Cần ghi loại sản phẩm truyền thông (Tin, Bài viết, Phóng sự, Video clip, Trailer, Băng-rôn, Khẩu hiệu, Màn hình LED hoặc Khác), nhưng gặp %1.</translation>
    </message>
    <message>
        <source>Expected “Có” or “Không”, found %1.</source>
        <translation>Cần ghi “Có” hoặc “Không”, nhưng gặp %1.</translation>
    </message>
    <message>
        <source>The same media output is already on line %1.</source>
        <translation>Sản phẩm truyền thông này đã có ở dòng %1.</translation>
    </message>
    <message>
        <source>The file starts with a UTF-8 byte order mark, but this line is not UTF-8. Save the file again as “CSV UTF-8”.</source>
        <translation>Tệp bắt đầu bằng dấu BOM UTF-8 nhưng dòng này không phải UTF-8. Hãy lưu lại tệp dạng “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>This line is not UTF-8. Choose the file&apos;s encoding or save it again as “CSV UTF-8”.</source>
        <translation>Dòng này không phải UTF-8. Hãy chọn bảng mã của tệp hoặc lưu lại tệp dạng “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>This line is not UTF-16. Save the file again as “CSV UTF-8”.</source>
        <translation>Dòng này không phải UTF-16. Hãy lưu lại tệp dạng “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>The text encoding was not recognised: this line is not Vietnamese in UTF-8, UTF-16, Windows-1258, TCVN3 or VNI. Choose the file&apos;s encoding or save it again as “CSV UTF-8”.</source>
        <translation>Không nhận ra bảng mã: dòng này không phải tiếng Việt theo UTF-8, UTF-16, Windows-1258, TCVN3 hay VNI. Hãy chọn bảng mã của tệp hoặc lưu lại dạng “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>A double quote is not closed, or stands inside a value that does not start with one.</source>
        <translation>Có dấu ngoặc kép chưa được đóng, hoặc dấu ngoặc kép nằm trong một giá trị không bắt đầu bằng dấu ngoặc kép.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Tệp không có nội dung.</translation>
    </message>
    <message>
        <source>The database could not start a transaction: %1</source>
        <translation>Cơ sở dữ liệu không bắt đầu được giao dịch: %1</translation>
    </message>
    <message>
        <source>Expected %1 values as on the header line, found %2; a value that holds “%3” must be in double quotes.</source>
        <translation>Cần %1 giá trị như dòng tiêu đề, nhưng có %2; giá trị chứa “%3” phải đặt trong dấu ngoặc kép.</translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>Không lưu được dữ liệu nhập: %1</translation>
    </message>
    <message>
        <source>Line %1, column %2 (%3): %4</source>
        <translation>Dòng %1, cột %2 (%3): %4</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Không đọc được tệp %1: %2</translation>
    </message>
    <message>
        <source>Imported %1 villages and residential groups from %2</source>
        <translation>Đã nhập %1 thôn, tổ dân phố từ %2</translation>
    </message>
    <message>
        <source>Imported %1 organisations from %2</source>
        <translation>Đã nhập %1 cơ quan, đơn vị từ %2</translation>
    </message>
    <message>
        <source>Imported %1 community digital technology teams from %2</source>
        <translation>Đã nhập %1 Tổ Công nghệ số cộng đồng từ %2</translation>
    </message>
    <message>
        <source>Imported %1 team members from %2</source>
        <translation>Đã nhập %1 thành viên Tổ từ %2</translation>
    </message>
    <message>
        <source>Imported %1 training attendances from %2</source>
        <translation>Đã nhập %1 lượt tham gia tập huấn từ %2</translation>
    </message>
    <message>
        <source>Imported %1 media outputs from %2</source>
        <translation>Đã nhập %1 sản phẩm truyền thông từ %2</translation>
    </message>
    <message>
        <source>%1 is not a date of the calendar (check the day and the month).</source>
        <translation>%1 không phải là ngày có thật (hãy kiểm tra ngày và tháng).</translation>
    </message>
    <message>
        <source>Expected a date in %1, the year of the campaign, found %2.</source>
        <translation>Cần một ngày trong năm %1 (năm của đợt hoạt động), nhưng gặp %2.</translation>
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
    <name>cds::ListExport</name>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Xuất danh sách</translation>
    </message>
    <message>
        <source>The list was not exported.

%1</source>
        <translation>Chưa xuất được danh sách.

%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>Đã ghi %n dòng vào %1</numerusform>
        </translation>
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
        <source>CDS Desk</source>
        <translation>CDS Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CDS Desk %1&lt;/h3&gt;&lt;p&gt;Community digital technology teams, digital transformation campaigns and the official report.&lt;/p&gt;&lt;p&gt;Licence: MIT. Copyright CDS Desk contributors.&lt;/p&gt;&lt;p&gt;Administrative-unit data: General Statistics Office of Viet Nam (GSO), via the public dvhcvn dataset; data date 01/10/2022.&lt;/p&gt;&lt;p&gt;Built with Qt %2; running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CDS Desk %1&lt;/h3&gt;&lt;p&gt;Quản lý Tổ Công nghệ số cộng đồng, các đợt hưởng ứng chuyển đổi số và báo cáo chính thức.&lt;/p&gt;&lt;p&gt;Giấy phép: MIT. Bản quyền thuộc những người đóng góp cho CDS Desk.&lt;/p&gt;&lt;p&gt;Dữ liệu đơn vị hành chính: Tổng cục Thống kê (GSO), qua bộ dữ liệu công khai dvhcvn; dữ liệu tại ngày 01/10/2022.&lt;/p&gt;&lt;p&gt;Xây dựng với Qt %2; đang chạy trên Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>The file %1 cannot be replaced.</source>
        <translation>Không thể thay thế tệp %1.</translation>
    </message>
    <message>
        <source>The backup was not made.

%1</source>
        <translation>Chưa sao lưu được.

%1</translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>Đã sao lưu và kiểm tra: %1</translation>
    </message>
    <message>
        <source>The backup was written and checked:
%1</source>
        <translation>Đã sao lưu và kiểm tra bản sao lưu:
%1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>This file cannot be restored; nothing was changed.

%1</source>
        <translation>Không thể khôi phục từ tệp này; dữ liệu được giữ nguyên.

%1</translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation>Đã khôi phục từ %1</translation>
    </message>
    <message>
        <source>The database was restored from %1 and checked.

The database as it was before is kept in %2.</source>
        <translation>Đã khôi phục và kiểm tra cơ sở dữ liệu từ %1.

Cơ sở dữ liệu trước khi khôi phục được lưu tại %2.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Sao lưu tự động không thành công: %1</translation>
    </message>
    <message>
        <source>Database on a network share</source>
        <translation>Cơ sở dữ liệu nằm trên thư mục mạng</translation>
    </message>
</context>
<context>
    <name>cds::RankedBarChart</name>
    <message>
        <source>No data</source>
        <translation>Chưa có dữ liệu</translation>
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
    <name>cds::RestoreDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Đợt hoạt động năm %1</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Đợt hoạt động</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Tổ CNSCĐ</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>Lớp tập huấn</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Media outputs</source>
        <translation>Sản phẩm truyền thông</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>In the backup</source>
        <translation>Trong bản sao lưu</translation>
    </message>
    <message>
        <source>Restoring replaces everything in the open database with the backup. A safety copy of the database as it is now is saved first in %1.</source>
        <translation>Khi khôi phục, toàn bộ dữ liệu trong cơ sở dữ liệu đang mở sẽ được thay bằng bản sao lưu. Trước đó, một bản sao dự phòng của cơ sở dữ liệu hiện tại sẽ được lưu tại %1.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
</context>
<context>
    <name>cds::TableExport</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Không thể ghi “%1”: %2</translation>
    </message>
    <message>
        <source>the file cannot be created</source>
        <translation>không tạo được tệp</translation>
    </message>
    <message>
        <source>the sheet cannot be added</source>
        <translation>không thêm được trang tính</translation>
    </message>
    <message>
        <source>This build of CDS Desk cannot write Excel files (it was built without libxlsxwriter); export as CSV instead. “%1” was not written.</source>
        <translation>Bản CDS Desk này không ghi được tệp Excel (được biên dịch không kèm libxlsxwriter); vui lòng xuất ra tệp CSV. Chưa ghi tệp “%1”.</translation>
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
    <message>
        <source>Teams</source>
        <translation>Tổ CNSCĐ</translation>
    </message>
    <message>
        <source>teams-%1</source>
        <translation>to-cnscd-%1</translation>
    </message>
</context>
<context>
    <name>cds::TrainingTimelineChart</name>
    <message>
        <source>Trainings and trainees per month</source>
        <translation>Tập huấn theo tháng</translation>
    </message>
    <message>
        <source>No dated trainings</source>
        <translation>Chưa có lớp tập huấn nào có ngày</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>Lớp tập huấn</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Học viên</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 session(s), %3 trainee(s)</source>
        <translation>
            <numerusform>%1: %2 lớp tập huấn, %3 học viên</numerusform>
        </translation>
    </message>
</context>
</TS>
