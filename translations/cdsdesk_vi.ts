<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ActivityText</name>
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
        <source>Training</source>
        <translation>Tập huấn</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>News item</source>
        <translation>Tin</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <source>TV report</source>
        <translation>Phóng sự truyền hình</translation>
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
        <translation>Băng-rôn</translation>
    </message>
    <message>
        <source>Slogan</source>
        <translation>Khẩu hiệu</translation>
    </message>
    <message>
        <source>LED screen</source>
        <translation>Màn hình LED</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>buổi sáng</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>buổi chiều</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>buổi tối</translation>
    </message>
</context>
<context>
    <name>CampaignFigureForm</name>
    <message>
        <source>Campaign figure</source>
        <translation>Số liệu của đợt hoạt động</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Tên số liệu</translation>
    </message>
    <message>
        <source>e.g. Lượt quét mã QR</source>
        <translation>Ví dụ: Lượt quét mã QR</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Mức ước lượng</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>e.g. lượt</source>
        <translation>Ví dụ: lượt</translation>
    </message>
    <message>
        <source>Report sentence</source>
        <translation>Câu văn trong báo cáo</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Thứ tự</translation>
    </message>
</context>
<context>
    <name>CampaignForm</name>
    <message>
        <source>Campaign</source>
        <translation>Đợt hoạt động</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>e.g. Ngày Chuyển đổi số quốc gia 2022</source>
        <translation>Ví dụ: Ngày Chuyển đổi số quốc gia 2022</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>e.g. Kế hoạch số 148/KH-UBND ngày 15/9/2022 của UBND tỉnh</source>
        <translation>Ví dụ: Kế hoạch số 148/KH-UBND ngày 15/9/2022 của UBND tỉnh</translation>
    </message>
    <message>
        <source>Plan subject</source>
        <translation>Trích yếu kế hoạch</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Hướng dẫn</translation>
    </message>
    <message>
        <source>e.g. Hướng dẫn số 1384/HD-STTTT ngày 28/9/2022</source>
        <translation>Ví dụ: Hướng dẫn số 1384/HD-STTTT ngày 28/9/2022</translation>
    </message>
    <message>
        <source>Guidance subject</source>
        <translation>Trích yếu hướng dẫn</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Levels with teams</source>
        <translation>Các cấp có Tổ</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <source>Minimum team size</source>
        <translation>Số thành viên tối thiểu của Tổ</translation>
    </message>
</context>
<context>
    <name>CloseUnitForm</name>
    <message>
        <source>Close administrative unit</source>
        <translation>Giải thể đơn vị hành chính</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Ngày giải thể</translation>
    </message>
</context>
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
    <name>EventForm</name>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Main event of the campaign</source>
        <translation>Sự kiện chính của đợt hoạt động</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Chaired by</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Chair’s position</source>
        <translation>Chức vụ người chủ trì</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Đơn vị tổ chức</translation>
    </message>
    <message>
        <source>Organisers (as written)</source>
        <translation>Các đơn vị tổ chức (ghi nguyên văn)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Số người tham dự</translation>
    </message>
    <message>
        <source>In-person attendance</source>
        <translation>Tham dự trực tiếp</translation>
    </message>
    <message>
        <source>Who attended in person</source>
        <translation>Thành phần tham dự trực tiếp</translation>
    </message>
    <message>
        <source>Connected sites</source>
        <translation>Điểm cầu</translation>
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
    <message>
        <source>Online attendance</source>
        <translation>Tham dự trực tuyến</translation>
    </message>
    <message>
        <source>Who attended online</source>
        <translation>Thành phần tham dự trực tuyến</translation>
    </message>
    <message>
        <source>Livestream platform</source>
        <translation>Nền tảng livestream</translation>
    </message>
    <message>
        <source>Livestream views</source>
        <translation>Lượt theo dõi livestream</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Người tham dự</translation>
    </message>
    <message>
        <source>Presentations</source>
        <translation>Tham luận</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <source>Attendance per organisation</source>
        <translation>Số người tham dự theo cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>Nội dung báo cáo</translation>
    </message>
    <message>
        <source>Report sentence</source>
        <translation>Câu văn trong báo cáo</translation>
    </message>
    <message>
        <source>Outcomes (one per line)</source>
        <translation>Kết quả đạt được (mỗi dòng một ý)</translation>
    </message>
    <message>
        <source>Report group</source>
        <translation>Nhóm trong báo cáo</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
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
    <message>
        <source>Import from a CSV file or an Excel workbook</source>
        <translation>Nhập dữ liệu từ tệp CSV hoặc tệp Excel</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook (.xlsx)</source>
        <translation>Tệp CSV hoặc tệp Excel (.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Trang tính:</translation>
    </message>
</context>
<context>
    <name>LetterheadForm</name>
    <message>
        <source>Letterhead</source>
        <translation>Tiêu đề văn bản</translation>
    </message>
    <message>
        <source>Letterhead and page</source>
        <translation>Tiêu đề và trang</translation>
    </message>
    <message>
        <source>Parent body (upper case)</source>
        <translation>Cơ quan chủ quản (chữ in hoa)</translation>
    </message>
    <message>
        <source>Issuing body (upper case)</source>
        <translation>Cơ quan ban hành (chữ in hoa)</translation>
    </message>
    <message>
        <source>Issuing body in running text</source>
        <translation>Tên cơ quan ban hành trong câu văn</translation>
    </message>
    <message>
        <source>Abbreviation (in the symbol)</source>
        <translation>Chữ viết tắt (trong ký hiệu)</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>Address line</source>
        <translation>Dòng địa chỉ</translation>
    </message>
    <message>
        <source>Drafting unit (in “Lưu: VT, …”)</source>
        <translation>Đơn vị soạn thảo (trong “Lưu: VT, …”)</translation>
    </message>
    <message>
        <source>Top margin (mm)</source>
        <translation>Lề trên (mm)</translation>
    </message>
    <message>
        <source>Bottom margin (mm)</source>
        <translation>Lề dưới (mm)</translation>
    </message>
    <message>
        <source>Left margin (mm)</source>
        <translation>Lề trái (mm)</translation>
    </message>
    <message>
        <source>Right margin (mm)</source>
        <translation>Lề phải (mm)</translation>
    </message>
    <message>
        <source>Body font size (pt)</source>
        <translation>Cỡ chữ phần nội dung (pt)</translation>
    </message>
    <message>
        <source>Decree 30/2020/NĐ-CP, Appendix I: A4; margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm; body 13 or 14 pt.</source>
        <translation>Nghị định 30/2020/NĐ-CP, Phụ lục I: khổ A4; lề trên và lề dưới 20–25 mm, lề trái 30–35 mm, lề phải 15–20 mm; cỡ chữ nội dung 13 hoặc 14.</translation>
    </message>
    <message>
        <source>Signers</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Add signer</source>
        <translation>Thêm người ký</translation>
    </message>
    <message>
        <source>Remove signer</source>
        <translation>Bỏ người ký</translation>
    </message>
    <message>
        <source>In use from</source>
        <translation>Áp dụng từ ngày</translation>
    </message>
    <message>
        <source>In use until</source>
        <translation>Áp dụng đến ngày</translation>
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
    <message>
        <source>New campaign…</source>
        <translation>Tạo đợt hoạt động mới…</translation>
    </message>
    <message>
        <source>Export &amp;intake workbooks…</source>
        <translation>Xuất &amp;phiếu nhập liệu…</translation>
    </message>
    <message>
        <source>Write one Excel workbook per district (or commune) for the units to fill in and send back</source>
        <translation>Tạo cho mỗi huyện (hoặc mỗi xã) một phiếu nhập liệu bằng tệp Excel để đơn vị điền rồi gửi lại</translation>
    </message>
    <message>
        <source>Set up a province from the national list…</source>
        <translation>Thiết lập tỉnh theo danh mục quốc gia…</translation>
    </message>
    <message>
        <source>Creates the province (or centrally-run city) and its communes with their official codes, then the campaign.</source>
        <translation>Tạo tỉnh (hoặc thành phố trực thuộc trung ương) cùng các xã, phường, đặc khu với mã chính thức, sau đó tạo đợt hoạt động.</translation>
    </message>
    <message>
        <source>I&amp;mport intake workbook…</source>
        <translation>&amp;Nhập sổ nhập liệu…</translation>
    </message>
    <message>
        <source>Check a filled intake workbook, see what it adds and changes, then import all of it at once</source>
        <translation>Kiểm tra sổ nhập liệu đã điền, xem những gì sẽ thêm và thay đổi, rồi nhập toàn bộ một lần</translation>
    </message>
</context>
<context>
    <name>MediaOutputForm</name>
    <message>
        <source>Media output</source>
        <translation>Sản phẩm truyền thông</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Nơi đăng phát</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Ngày đăng phát</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Đường dẫn</translation>
    </message>
    <message>
        <source>Commissioned</source>
        <translation>Đặt hàng</translation>
    </message>
    <message>
        <source>Ordered and paid by the campaign</source>
        <translation>Do đợt hoạt động đặt hàng và chi trả</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Đơn vị sản xuất</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Order in the report</source>
        <translation>Thứ tự trong báo cáo</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Works at</source>
        <translation>Nơi công tác</translation>
    </message>
    <message>
        <source>e.g. Đoàn Thanh niên xã, Hội Phụ nữ, Công an xã</source>
        <translation>Ví dụ: Đoàn Thanh niên xã, Hội Phụ nữ, Công an xã</translation>
    </message>
    <message>
        <source>Lives in (unit)</source>
        <translation>Nơi cư trú (đơn vị)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tổ</translation>
    </message>
    <message>
        <source>Role in the team</source>
        <translation>Vai trò trong Tổ</translation>
    </message>
    <message>
        <source>Joined the team on</source>
        <translation>Ngày vào Tổ</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>Organisation</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Administrative unit</source>
        <translation>Đơn vị hành chính</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Trang thông tin điện tử</translation>
    </message>
</context>
<context>
    <name>RecommendationForm</name>
    <message>
        <source>Recommendation</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Thứ tự</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Search (Ctrl+F), diacritics optional…</source>
        <translation>Tìm kiếm (Ctrl+F), không cần gõ dấu…</translation>
    </message>
    <message>
        <source>Add… (Insert)</source>
        <translation>Thêm… (Insert)</translation>
    </message>
    <message>
        <source>Open… (Enter)</source>
        <translation>Mở… (Enter)</translation>
    </message>
    <message>
        <source>Remove… (Delete)</source>
        <translation>Xóa… (Delete)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Lưu dự thảo</translation>
    </message>
    <message>
        <source>Save as &amp;template…</source>
        <translation>Lưu thành &amp;mẫu…</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>&amp;Ban hành…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Thu hồi…</translation>
    </message>
    <message>
        <source>&amp;Reprint issued PDF…</source>
        <translation>&amp;In lại bản PDF đã ban hành…</translation>
    </message>
    <message>
        <source>QLabel { background: #fff4ce; padding: 4px; }</source>
        <translation>QLabel { background: #fff4ce; padding: 4px; }</translation>
    </message>
    <message>
        <source>&amp;Heading</source>
        <translation>&amp;Phần đầu</translation>
    </message>
    <message>
        <source>Document &amp;type:</source>
        <translation>Tên loại &amp;văn bản:</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>&amp;Ký hiệu:</translation>
    </message>
    <message>
        <source>BC-STTTT</source>
        <translation>BC-STTTT</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>T&amp;rích yếu:</translation>
    </message>
    <message>
        <source>&amp;Addressed to:</source>
        <translation>Kính &amp;gửi:</translation>
    </message>
    <message>
        <source>One addressee per line; empty: no “Kính gửi”</source>
        <translation>Mỗi dòng một cơ quan, đơn vị được kính gửi; để trống: không có “Kính gửi”</translation>
    </message>
    <message>
        <source>&amp;Month on the draft:</source>
        <translation>Tháng ghi trên &amp;dự thảo:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Attach the a&amp;ppendix: teams per unit with their members</source>
        <translation>Đính kèm phụ lục: Tổ CNSCĐ th&amp;eo từng đơn vị và thành viên</translation>
    </message>
    <message>
        <source>Records office register</source>
        <translation>Sổ đăng ký văn bản đi</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>&amp;Số:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Ngà&amp;y:</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>&amp;Give this number</source>
        <translation>Cấp s&amp;ố này</translation>
    </message>
    <message>
        <source>Take the number &amp;back</source>
        <translation>T&amp;hu hồi số</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Nội dung</translation>
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
        <translation>Chèn t&amp;rường</translation>
    </message>
    <message>
        <source>Default w&amp;ording…</source>
        <translation>Nội &amp;dung mặc định…</translation>
    </message>
    <message>
        <source>&amp;Signature and distribution</source>
        <translation>&amp;Chữ ký và nơi nhận</translation>
    </message>
    <message>
        <source>Signing &amp;authority:</source>
        <translation>&amp;Quyền hạn ký:</translation>
    </message>
    <message>
        <source>Title of the &amp;head:</source>
        <translation>Chức &amp;danh của người đứng đầu:</translation>
    </message>
    <message>
        <source>GIÁM ĐỐC</source>
        <translation>GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;position:</source>
        <translation>Chức &amp;vụ người ký:</translation>
    </message>
    <message>
        <source>PHÓ GIÁM ĐỐC</source>
        <translation>PHÓ GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;name:</source>
        <translation>Họ tên n&amp;gười ký:</translation>
    </message>
    <message>
        <source>&amp;Known signers:</source>
        <translation>Người ký có &amp;sẵn:</translation>
    </message>
    <message>
        <source>&amp;Closing line:</source>
        <translation>Câu &amp;kết:</translation>
    </message>
    <message>
        <source>&amp;Distribution list:</source>
        <translation>Nơi n&amp;hận:</translation>
    </message>
    <message>
        <source>One recipient per line; the last: Lưu: VT, …</source>
        <translation>Mỗi dòng một nơi nhận; dòng cuối: Lưu: VT, …</translation>
    </message>
    <message>
        <source>Figur&amp;es</source>
        <translation>Số liệ&amp;u</translation>
    </message>
    <message>
        <source>The figures the report prints. Double-click one (or press Enter) to see the records behind it.</source>
        <translation>Các số liệu in trong báo cáo. Bấm đúp vào một số liệu (hoặc nhấn Enter) để xem các bản ghi tạo nên số liệu đó.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Value now</source>
        <translation>Giá trị hiện tại</translation>
    </message>
    <message>
        <source>Issued value</source>
        <translation>Giá trị khi ban hành</translation>
    </message>
    <message>
        <source>Section heading (I., II., …)</source>
        <translation>Đề mục (I., II., …)</translation>
    </message>
    <message>
        <source>Clause heading (1., 2., …)</source>
        <translation>Tiểu mục (1., 2., …)</translation>
    </message>
    <message>
        <source>Bullet: the line starts with “- ”</source>
        <translation>Gạch đầu dòng: dòng bắt đầu bằng “- ”</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Nghiêng (Ctrl+I)</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Đậm (Ctrl+B)</translation>
    </message>
    <message>
        <source>The body reads as it prints. Blue boxes are fields filled from the data (they show today’s figures while the report is a draft; double-click one to see the records behind it); brown boxes start ▸ and end ◂ a part printed only when the data has it. Ctrl+B bold, Ctrl+I italic.</source>
        <translation>Nội dung hiển thị như khi in. Ô xanh là trường lấy từ dữ liệu (khi còn là dự thảo, ô hiện số liệu hiện tại; nhấp đúp để xem các bản ghi làm nên số liệu); ô nâu mở ▸ và đóng ◂ một phần chỉ được in khi dữ liệu có. Ctrl+B: đậm, Ctrl+I: nghiêng.</translation>
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
    <message>
        <source>&amp;Reports (drafts, issued, withdrawn)</source>
        <translation>&amp;Báo cáo (dự thảo, đã ban hành, đã thu hồi)</translation>
    </message>
    <message>
        <source>Search number, subject, campaign…</source>
        <translation>Tìm theo số, trích yếu, đợt hoạt động…</translation>
    </message>
    <message>
        <source>&amp;New report</source>
        <translation>&amp;Tạo báo cáo mới</translation>
    </message>
    <message>
        <source>&amp;Delete draft…</source>
        <translation>&amp;Xóa dự thảo…</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Xem t&amp;rước</translation>
    </message>
    <message>
        <source>Export &amp;ODT…</source>
        <translation>Xuất &amp;ODT…</translation>
    </message>
    <message>
        <source>Drafting and re&amp;gister</source>
        <translation>Soạn thảo và đăng &amp;ký</translation>
    </message>
    <message>
        <source>Export &amp;Word (DOCX)…</source>
        <translation>Xuất &amp;Word (DOCX)…</translation>
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
    <name>TeamForm</name>
    <message>
        <source>Team</source>
        <translation>Tổ CNSCĐ</translation>
    </message>
    <message>
        <source>Administrative unit</source>
        <translation>Đơn vị hành chính</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Tên Tổ</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Cơ quan, đơn vị chủ quản</translation>
    </message>
    <message>
        <source>Established on</source>
        <translation>Ngày thành lập</translation>
    </message>
    <message>
        <source>Decision (number, date)</source>
        <translation>Quyết định thành lập (số, ngày)</translation>
    </message>
    <message>
        <source>e.g. 123/QĐ-UBND ngày 15/03/2022</source>
        <translation>Ví dụ: 123/QĐ-UBND ngày 15/03/2022</translation>
    </message>
    <message>
        <source>Declared members</source>
        <translation>Số thành viên kê khai</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Thêm thành viên…</translation>
    </message>
    <message>
        <source>Enter a new member of this team</source>
        <translation>Nhập thành viên mới của Tổ này</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Remove from team</source>
        <translation>Đưa ra khỏi Tổ</translation>
    </message>
    <message>
        <source>Close the membership with today’s date; the person stays in the members list</source>
        <translation>Kết thúc việc tham gia Tổ vào ngày hôm nay; người này vẫn có trong danh sách thành viên</translation>
    </message>
    <message>
        <source>How the declared count was written: “hơn 15” is more than 15</source>
        <translation>Cách ghi số kê khai: “hơn 15” nghĩa là nhiều hơn 15</translation>
    </message>
    <message>
        <source>empty: not reported yet (0 is a count)</source>
        <translation>để trống: chưa báo cáo (0 là một con số)</translation>
    </message>
    <message>
        <source>Add several…</source>
        <translation>Thêm nhiều…</translation>
    </message>
    <message>
        <source>Type or paste from Excel many members of this team at once</source>
        <translation>Gõ hoặc dán từ Excel nhiều thành viên của tổ này cùng lúc</translation>
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
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>Enter a new team (Insert)</source>
        <translation>Nhập Tổ mới (Insert)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>Open the selected team with its members (Enter)</source>
        <translation>Mở Tổ đang chọn cùng danh sách thành viên (Enter)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Xóa…</translation>
    </message>
    <message>
        <source>Remove the selected team (Delete)</source>
        <translation>Xóa Tổ đang chọn (Delete)</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <source>Training session</source>
        <translation>Lớp tập huấn</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên lớp</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
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
        <source>Partners</source>
        <translation>Đơn vị phối hợp</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Declared participants</source>
        <translation>Số người tham gia kê khai</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Thành phần tham gia</translation>
    </message>
    <message>
        <source>Report sentence</source>
        <translation>Câu văn trong báo cáo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Danh sách tham gia</translation>
    </message>
    <message>
        <source>Find members</source>
        <translation>Tìm thành viên</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tổ</translation>
    </message>
    <message>
        <source>Administrative unit</source>
        <translation>Đơn vị hành chính</translation>
    </message>
    <message>
        <source>Tick all shown</source>
        <translation>Chọn tất cả đang hiển thị</translation>
    </message>
    <message>
        <source>Untick all shown</source>
        <translation>Bỏ chọn tất cả đang hiển thị</translation>
    </message>
    <message>
        <source>Remove selected attendees</source>
        <translation>Xóa những người tham gia đã chọn</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <source>Administrative unit</source>
        <translation>Đơn vị hành chính</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>e.g. Thôn An Định</source>
        <translation>Ví dụ: Thôn An Định</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Trực thuộc</translation>
    </message>
    <message>
        <source>GSO code</source>
        <translation>Mã TCTK</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Có hiệu lực từ</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Ngày giải thể</translation>
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
    <message>
        <source>Cannot create the folder “%1”: a folder above it is read-only, or you may not write there. Choose another folder for the backup.</source>
        <translation>Không thể tạo thư mục “%1”: một thư mục cấp trên chỉ cho phép đọc, hoặc bạn không có quyền ghi vào đó. Hãy chọn thư mục khác để lưu bản sao lưu.</translation>
    </message>
    <message>
        <source>The backup was not written: the folder “%1” is read-only. Choose another folder, or ask whoever manages this computer for write access.</source>
        <translation>Chưa ghi được bản sao lưu: thư mục “%1” chỉ cho phép đọc. Hãy chọn thư mục khác, hoặc đề nghị người quản lý máy tính này cấp quyền ghi.</translation>
    </message>
    <message>
        <source>The backup was not written: the disk holding “%1” has %2 MB free and the backup needs about %3 MB. Free some space there or choose another drive.</source>
        <translation>Chưa ghi được bản sao lưu: ổ đĩa chứa “%1” chỉ còn trống %2 MB, trong khi bản sao lưu cần khoảng %3 MB. Hãy giải phóng bớt dung lượng hoặc chọn ổ đĩa khác.</translation>
    </message>
    <message>
        <source>Nothing was restored: “%1” is open in another program or another CDS Desk window, which would go on writing into the replaced file. Close it there and try again.</source>
        <translation>Chưa khôi phục dữ liệu: “%1” đang được mở trong một phần mềm khác hoặc một cửa sổ CDS Desk khác, nơi đó sẽ tiếp tục ghi vào tệp đã bị thay thế. Hãy đóng tệp ở đó rồi thử lại.</translation>
    </message>
    <message>
        <source>Nothing was restored: “%1” is open in another program (%2), which would go on writing into the replaced file. Close it there and try again.</source>
        <translation>Chưa khôi phục dữ liệu: “%1” đang được mở trong một phần mềm khác (%2), phần mềm đó sẽ tiếp tục ghi vào tệp đã bị thay thế. Hãy đóng tệp ở đó rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>cds::BackupPickerDialog</name>
    <message>
        <source>Daily, at the first start of the day</source>
        <translation>Hằng ngày, khi mở chương trình lần đầu trong ngày</translation>
    </message>
    <message>
        <source>At closing</source>
        <translation>Khi đóng chương trình</translation>
    </message>
    <message>
        <source>Safety copy before a restore</source>
        <translation>Bản an toàn trước khi khôi phục</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Do người dùng sao lưu</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>There is no backup of %1 in %2 yet. Choose another file if the backup is elsewhere.</source>
        <translation>Chưa có bản sao lưu nào của %1 trong %2. Nếu bản sao lưu ở nơi khác, hãy chọn tệp khác.</translation>
    </message>
    <message>
        <source>Backups of %1 in %2, newest first. Choose one; what it holds is shown before anything is replaced.</source>
        <translation>Các bản sao lưu của %1 trong %2, mới nhất ở trên. Chọn một bản; nội dung của bản đó được hiển thị trước khi thay thế bất cứ thứ gì.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Thời điểm sao lưu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Khôi phục bản này…</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Tệp khác…</translation>
    </message>
    <message>
        <source>CDS Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu CDS Desk (*.sqlite *.db);;Tất cả các tệp (*)</translation>
    </message>
</context>
<context>
    <name>cds::CampaignFigureForm</name>
    <message>
        <source>New campaign figure</source>
        <translation>Số liệu mới</translation>
    </message>
    <message>
        <source>Campaign figure</source>
        <translation>Số liệu của đợt hoạt động</translation>
    </message>
    <message>
        <source>made from the label when left empty</source>
        <translation>tự tạo từ tên số liệu nếu để trống</translation>
    </message>
    <message>
        <source>In the report sentence, {figure} stands for the figure with its qualifier, e.g. “hơn 4.200”.</source>
        <translation>Trong câu văn báo cáo, {figure} được thay bằng số liệu kèm mức ước lượng, ví dụ: “hơn 4.200”.</translation>
    </message>
    <message>
        <source>Enter what the figure counts, e.g. “Lượt quét mã QR”.</source>
        <translation>Vui lòng nhập tên số liệu (số liệu đếm gì), ví dụ: “Lượt quét mã QR”.</translation>
    </message>
    <message>
        <source>Enter a key of letters and digits.</source>
        <translation>Vui lòng nhập mã gồm chữ cái và chữ số.</translation>
    </message>
    <message>
        <source>The key “%1” is already the figure “%2”&apos;s in this campaign.</source>
        <translation>Mã “%1” đã được dùng cho số liệu “%2” trong đợt hoạt động này.</translation>
    </message>
    <message>
        <source>A figure cannot be negative.</source>
        <translation>Số liệu không được là số âm.</translation>
    </message>
    <message>
        <source>The report sentence has no {figure}: the figure will not be printed in it.</source>
        <translation>Câu văn trong báo cáo không có {figure}: số liệu sẽ không được in trong câu văn.</translation>
    </message>
    <message>
        <source>Add campaign figure “%1”</source>
        <translation>Thêm số liệu của đợt hoạt động “%1”</translation>
    </message>
    <message>
        <source>Edit campaign figure “%1”</source>
        <translation>Sửa số liệu của đợt hoạt động “%1”</translation>
    </message>
    <message>
        <source>Other figures</source>
        <translation>Số liệu khác</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Tên số liệu</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Mức ước lượng</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Report sentence</source>
        <translation>Câu văn trong báo cáo</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Thứ tự</translation>
    </message>
</context>
<context>
    <name>cds::CampaignForm</name>
    <message>
        <source>New campaign</source>
        <translation>Đợt hoạt động mới</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Đợt hoạt động</translation>
    </message>
    <message>
        <source>Enter the campaign&apos;s name.</source>
        <translation>Vui lòng nhập tên đợt hoạt động.</translation>
    </message>
    <message>
        <source>The campaign cannot end (%1) before it starts (%2).</source>
        <translation>Ngày kết thúc đợt hoạt động (%1) không được trước ngày bắt đầu (%2).</translation>
    </message>
    <message>
        <source>Choose the province from the list, or leave it empty.</source>
        <translation>Vui lòng chọn tỉnh trong danh sách, hoặc để trống.</translation>
    </message>
    <message>
        <source>The campaign of %1 starts in %2.</source>
        <translation>Đợt hoạt động năm %1 bắt đầu vào năm %2.</translation>
    </message>
    <message>
        <source>The campaign of %1 ends in %2.</source>
        <translation>Đợt hoạt động năm %1 kết thúc vào năm %2.</translation>
    </message>
    <message>
        <source>There is already a campaign “%1” in %2.</source>
        <translation>Đã có đợt hoạt động “%1” (%2).</translation>
    </message>
    <message>
        <source>Add campaign “%1”</source>
        <translation>Thêm đợt hoạt động “%1”</translation>
    </message>
    <message>
        <source>Edit campaign “%1”</source>
        <translation>Sửa đợt hoạt động “%1”</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Đợt hoạt động</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Choose or add a campaign first.</source>
        <translation>Vui lòng chọn hoặc thêm đợt hoạt động trước.</translation>
    </message>
    <message>
        <source>no check</source>
        <translation>không kiểm tra</translation>
    </message>
    <message>
        <source> members</source>
        <translation> thành viên</translation>
    </message>
    <message>
        <source>The smallest team the province&apos;s plan allows; smaller teams are warnings on the dashboard.</source>
        <translation>Số thành viên ít nhất của một Tổ theo kế hoạch của tỉnh; Tổ có ít thành viên hơn được cảnh báo trên trang Tổng quan.</translation>
    </message>
    <message>
        <source>The levels where the campaign expects teams; none ticked: every level of the tree.</source>
        <translation>Các cấp mà đợt hoạt động yêu cầu thành lập Tổ; nếu không chọn cấp nào: tất cả các cấp.</translation>
    </message>
    <message>
        <source>Units left out of the coverage</source>
        <translation>Đơn vị không tính vào tỷ lệ bao phủ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Reason, as the report prints it (e.g. không có dân cư)</source>
        <translation>Lý do, như báo cáo sẽ in (ví dụ: không có dân cư)</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Không tính</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Tính lại</translation>
    </message>
    <message>
        <source>Save the campaign first: the units come from its province.</source>
        <translation>Hãy lưu đợt hoạt động trước: danh sách đơn vị lấy theo tỉnh của đợt.</translation>
    </message>
    <message>
        <source>Choose the unit from the list.</source>
        <translation>Vui lòng chọn đơn vị trong danh sách.</translation>
    </message>
    <message>
        <source>Say why the unit cannot have a team; the report prints it.</source>
        <translation>Hãy ghi lý do đơn vị không thể có Tổ; báo cáo sẽ in lý do này.</translation>
    </message>
</context>
<context>
    <name>cds::CampaignSetup</name>
    <message>
        <source>unknown setting; the known ones are %1</source>
        <translation>không có thông số này; các thông số hợp lệ là %1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>bắt buộc</translation>
    </message>
    <message>
        <source>“%1” is not a whole number from %2 to %3</source>
        <translation>“%1” không phải số nguyên từ %2 đến %3</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” không phải là số</translation>
    </message>
    <message>
        <source>“%1” is not a date (write dd/mm/yyyy)</source>
        <translation>“%1” không phải là ngày (ghi theo dạng dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>the units could not be read</source>
        <translation>không đọc được danh sách đơn vị</translation>
    </message>
    <message>
        <source>“%1” names %2 units (%3): give the GSO code</source>
        <translation>“%1” là tên của %2 đơn vị (%3): hãy ghi mã TCTK</translation>
    </message>
    <message>
        <source>no unit “%1” in force on %2</source>
        <translation>không có đơn vị “%1” còn hiệu lực vào ngày %2</translation>
    </message>
    <message>
        <source>no unit “%1”</source>
        <translation>không có đơn vị “%1”</translation>
    </message>
    <message>
        <source>“%1” is not a level (tinh, huyen, xa, thon or 1–4)</source>
        <translation>“%1” không phải là cấp (tinh, huyen, xa, thon hoặc 1–4)</translation>
    </message>
    <message>
        <source>every level of the tree</source>
        <translation>tất cả các cấp</translation>
    </message>
    <message>
        <source>“%1” is not a setting: write key=value</source>
        <translation>“%1” không phải là thông số: hãy ghi theo dạng khóa=giá trị</translation>
    </message>
    <message>
        <source>the campaign ends before it starts</source>
        <translation>ngày kết thúc đợt hoạt động trước ngày bắt đầu</translation>
    </message>
    <message>
        <source>Create campaign %1</source>
        <translation>Tạo đợt hoạt động %1</translation>
    </message>
    <message>
        <source>Created campaign %1 “%2” (%3, %4; teams expected at: %5)</source>
        <translation>Đã tạo đợt hoạt động %1 “%2” (%3, %4; các cấp có Tổ: %5)</translation>
    </message>
    <message>
        <source>the letterhead ends before it starts</source>
        <translation>ngày hết áp dụng tiêu đề văn bản trước ngày bắt đầu áp dụng</translation>
    </message>
    <message>
        <source>an abbreviation has no spaces or slashes (“SKHCN”)</source>
        <translation>chữ viết tắt không có dấu cách hoặc dấu gạch chéo (“SKHCN”)</translation>
    </message>
    <message>
        <source>Decree 30 allows %1 to %2 mm</source>
        <translation>Nghị định 30 quy định từ %1 đến %2 mm</translation>
    </message>
    <message>
        <source>Create letterhead %1</source>
        <translation>Tạo tiêu đề văn bản %1</translation>
    </message>
    <message>
        <source>Created letterhead %1 “%2” (symbol BC-%3)</source>
        <translation>Đã tạo tiêu đề văn bản %1 “%2” (ký hiệu BC-%3)</translation>
    </message>
    <message>
        <source>write KT., TM., TL., TUQ., Q. or leave it empty</source>
        <translation>ghi KT., TM., TL., TUQ., Q. hoặc để trống</translation>
    </message>
    <message>
        <source>required after %1 (the head&apos;s title, e.g. GIÁM ĐỐC)</source>
        <translation>bắt buộc khi có %1 (chức vụ của người đứng đầu, ví dụ GIÁM ĐỐC)</translation>
    </message>
    <message>
        <source>no such letterhead: create the letterhead first</source>
        <translation>không có tiêu đề văn bản này: hãy tạo tiêu đề văn bản trước</translation>
    </message>
    <message>
        <source>Add signer %1</source>
        <translation>Thêm người ký %1</translation>
    </message>
    <message>
        <source>Added signer %1 (%2) to letterhead %3</source>
        <translation>Đã thêm người ký %1 (%2) vào tiêu đề văn bản %3</translation>
    </message>
    <message>
        <source>no such campaign</source>
        <translation>không có đợt hoạt động này</translation>
    </message>
    <message>
        <source>Leave %1 out of the coverage</source>
        <translation>Không tính %1 vào tỷ lệ bao phủ</translation>
    </message>
    <message>
        <source>Left %1 out of the coverage of campaign %2 “%3”: %4</source>
        <translation>Đã không tính %1 vào tỷ lệ bao phủ của đợt hoạt động %2 “%3”: %4</translation>
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
    <name>cds::ChangeGroupCommand</name>
    <message>
        <source>Undo: %1</source>
        <translation>Hoàn tác: %1</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Không thể hoàn tác</translation>
    </message>
    <message>
        <source>“%1” cannot be undone: %2</source>
        <translation>Không thể hoàn tác “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>Không thể làm lại</translation>
    </message>
    <message>
        <source>“%1” cannot be redone: %2</source>
        <translation>Không thể làm lại “%1”: %2</translation>
    </message>
</context>
<context>
    <name>cds::ChangeLog</name>
    <message>
        <source>%1 was changed again after this step; undo it first.</source>
        <translation>%1 đã được thay đổi lại sau bước này; vui lòng hoàn tác thay đổi đó trước.</translation>
    </message>
    <message>
        <source>%1 was created again after this step; undo it first.</source>
        <translation>%1 đã được tạo lại sau bước này; vui lòng hoàn tác thao tác đó trước.</translation>
    </message>
    <message>
        <source>Cannot restore %1: %2</source>
        <translation>Không thể khôi phục %1: %2</translation>
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
    <name>cds::CloseUnitForm</name>
    <message>
        <source>Close administrative unit</source>
        <translation>Giải thể đơn vị hành chính</translation>
    </message>
    <message>
        <source>“%1” stays in the database with the date it ended; the campaigns that counted it keep it.</source>
        <translation>“%1” vẫn được lưu trong cơ sở dữ liệu cùng ngày giải thể; các đợt hoạt động đã tính đơn vị này vẫn giữ nguyên.</translation>
    </message>
    <message numerus="yes">
        <source>The %n unit(s) under it that are still open are left as they are: close or move them separately.</source>
        <translation>
            <numerusform>%n đơn vị trực thuộc còn hiệu lực được giữ nguyên: vui lòng giải thể hoặc chuyển các đơn vị này riêng.</numerusform>
        </translation>
    </message>
    <message>
        <source>The unit cannot close before it was established (%1).</source>
        <translation>Ngày giải thể không được trước ngày thành lập đơn vị (%1).</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>Ngày đã nhập là một ngày trong tương lai.</translation>
    </message>
    <message>
        <source>Close administrative unit “%1”</source>
        <translation>Giải thể đơn vị hành chính “%1”</translation>
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
        <translation>--import cần đúng một TỆP-NHẬP.</translation>
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
        <source>The dashboard is written as PNG or PDF: name the file *.png or *.pdf, not %1.</source>
        <translation>Trang Tổng quan được xuất dạng PNG hoặc PDF: hãy đặt tên tệp *.png hoặc *.pdf, không phải %1.</translation>
    </message>
    <message>
        <source>Fill a new, empty database with generated sample data of the size SIZE (%1) and exit; an existing database is never written to.</source>
        <translation>Điền dữ liệu mẫu được tạo tự động với quy mô CỠ (%1) vào một cơ sở dữ liệu mới, trống rồi thoát; không bao giờ ghi vào cơ sở dữ liệu đã có.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>CỠ</translation>
    </message>
    <message>
        <source>--generate needs --db FILE naming a new database file.</source>
        <translation>--generate cần --db TỆP chỉ định một tệp cơ sở dữ liệu mới.</translation>
    </message>
    <message>
        <source>Unknown size &quot;%1&quot;; use one of %2.</source>
        <translation>Không hỗ trợ quy mô &quot;%1&quot;; hãy dùng một trong các giá trị %2.</translation>
    </message>
    <message>
        <source>%1 already exists; --generate writes only into a new database file. Nothing was changed.</source>
        <translation>%1 đã tồn tại; --generate chỉ ghi vào tệp cơ sở dữ liệu mới. Không có thay đổi nào.</translation>
    </message>
    <message>
        <source>No sample data was generated: %1</source>
        <translation>Chưa tạo được dữ liệu mẫu: %1</translation>
    </message>
    <message>
        <source>Generated in %1 s: %2 administrative units, %3 campaigns, %4 teams, %5 members, %6 training sessions with %7 attendances, %8 events, %9 media outputs</source>
        <translation>Đã tạo trong %1 giây: %2 đơn vị hành chính, %3 đợt hoạt động, %4 Tổ, %5 thành viên, %6 lớp tập huấn với %7 lượt tham gia, %8 sự kiện, %9 sản phẩm truyền thông</translation>
    </message>
    <message>
        <source>Write the official report to FILE and exit: PDF, Word (DOCX) or OpenDocument (ODT) by the file&apos;s extension (.pdf, .docx, .odt).</source>
        <translation>Xuất báo cáo ra TỆP rồi thoát: dạng PDF, Word (DOCX) hoặc OpenDocument (ODT) theo phần mở rộng của tên tệp (.pdf, .docx, .odt).</translation>
    </message>
    <message>
        <source>Import the CSV file or Excel workbook (.xlsx) INPUT holding KIND (%1) and exit; nothing is imported if any row is wrong.</source>
        <translation>Nhập dữ liệu loại LOẠI (%1) từ tệp CSV hoặc tệp Excel (.xlsx) TỆP-NHẬP rồi thoát; nếu có dòng nào sai thì không nhập gì cả.</translation>
    </message>
    <message>
        <source>Write the campaign&apos;s intake workbooks (Excel, one per district, or per commune in a province without districts) into FOLDER and exit; import a filled one with --import intake.</source>
        <translation>Xuất các phiếu nhập liệu của đợt hoạt động (tệp Excel, mỗi huyện một tệp, hoặc mỗi xã một tệp nếu tỉnh không có cấp huyện) vào THƯ-MỤC rồi thoát; nhập phiếu đã điền bằng --import intake.</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>THƯ-MỤC</translation>
    </message>
    <message>
        <source>With --import of an Excel workbook: the sheet to read (default: the first).</source>
        <translation>Dùng với --import tệp Excel: trang tính cần đọc (mặc định: trang tính đầu tiên).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>TÊN</translation>
    </message>
    <message>
        <source>Create one record of KIND (%1) from the --set values and exit.</source>
        <translation>Tạo một bản ghi loại LOẠI (%1) từ các giá trị --set rồi thoát.</translation>
    </message>
    <message>
        <source>With --create: one field of the record as key=value (repeat the option for each field; a wrong key names the known ones).</source>
        <translation>Dùng với --create: một trường của bản ghi theo dạng khóa=giá trị (lặp lại tùy chọn này cho mỗi trường; nếu sai khóa sẽ liệt kê các khóa hợp lệ).</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KHÓA=GIÁ-TRỊ</translation>
    </message>
    <message>
        <source>Set up the province PROVINCE (GSO code or name) with its units from the national list (see --units-list) and exit.</source>
        <translation>Thiết lập tỉnh TỈNH (mã TCTK hoặc tên) cùng các đơn vị hành chính theo danh mục quốc gia (xem --units-list) rồi thoát.</translation>
    </message>
    <message>
        <source>PROVINCE</source>
        <translation>TỈNH</translation>
    </message>
    <message>
        <source>With --setup-province: 2025 (default; in force from 01/07/2025) or 2024 (as of 01/03/2025).</source>
        <translation>Dùng với --setup-province: 2025 (mặc định; có hiệu lực từ 01/07/2025) hoặc 2024 (thời điểm 01/03/2025).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>DANH-MỤC</translation>
    </message>
    <message>
        <source>The report is written as PDF, DOCX or ODT: name the file *.pdf, *.docx or *.odt, not %1.</source>
        <translation>Báo cáo được xuất dạng PDF, DOCX hoặc ODT: hãy đặt tên tệp *.pdf, *.docx hoặc *.odt, không phải %1.</translation>
    </message>
    <message>
        <source>Intake workbook written to %1</source>
        <translation>Đã ghi phiếu nhập liệu vào %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
    <message>
        <source>INPUT</source>
        <translation>TỆP-NHẬP</translation>
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
    <message>
        <source>The commune %1 is not in this campaign.</source>
        <translation>Đợt hoạt động này không có xã mã %1.</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>&amp;Xã, phường, đặc khu:</translation>
    </message>
    <message>
        <source>Restricts every figure to this commune and the units below it.</source>
        <translation>Chỉ tính các số liệu của xã này và các đơn vị trực thuộc.</translation>
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
        <source>not reported</source>
        <translation>chưa báo cáo</translation>
    </message>
    <message numerus="yes">
        <source>%n team(s) not reported</source>
        <translation>
            <numerusform>%n Tổ chưa báo cáo</numerusform>
        </translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã, phường, đặc khu</translation>
    </message>
    <message>
        <source>The team has %1 member(s), below the plan&apos;s minimum of %2</source>
        <translation>Tổ có %1 thành viên, ít hơn mức tối thiểu %2 theo kế hoạch</translation>
    </message>
    <message>
        <source>The team has not reported its members</source>
        <translation>Tổ chưa báo cáo số thành viên</translation>
    </message>
    <message>
        <source>%1 member(s) listed, fewer than the %2 declared</source>
        <translation>Danh sách có %1 thành viên, ít hơn số kê khai %2</translation>
    </message>
    <message>
        <source>%1 teams in this campaign: %2</source>
        <translation>%1 Tổ trong đợt hoạt động này: %2</translation>
    </message>
    <message>
        <source>Village team, but %1 has no commune team</source>
        <translation>Có Tổ cấp thôn nhưng %1 chưa có Tổ cấp xã</translation>
    </message>
    <message>
        <source>Guideline warnings: %1</source>
        <translation>Cảnh báo theo hướng dẫn: %1</translation>
    </message>
    <message>
        <source>Counting the figures …</source>
        <translation>Đang tính số liệu…</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Phạm vi: %1</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Thời gian: %1 đến %2</translation>
    </message>
    <message>
        <source>Figures of %1</source>
        <translation>Số liệu ngày %1</translation>
    </message>
    <message>
        <source>Overview: %1</source>
        <translation>Tổng quan: %1</translation>
    </message>
    <message>
        <source>Dashboard saved to %1</source>
        <translation>Đã lưu trang Tổng quan vào %1</translation>
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
    <message>
        <source>The database file “%1” was replaced or removed by another program (for example a restore from a backup in another CDS Desk). Nothing more is written to it from this window, so that no change is lost in a file nobody sees. Open the database again to go on working with the file as it is now.</source>
        <translation>Tệp cơ sở dữ liệu “%1” đã bị một phần mềm khác thay thế hoặc xóa (ví dụ khôi phục từ bản sao lưu trong một cửa sổ CDS Desk khác). Cửa sổ này sẽ không ghi gì thêm vào tệp, để không thay đổi nào bị mất vào một tệp không còn ai thấy. Hãy mở lại cơ sở dữ liệu để tiếp tục làm việc với tệp hiện tại.</translation>
    </message>
    <message>
        <source>“%1” is an empty file (0 bytes), not a CDS Desk database. A new database is created only under a name where no file exists yet: choose a new file name, or delete the empty file if you do not need it. The file was left unchanged.</source>
        <translation>“%1” là tệp rỗng (0 byte), không phải cơ sở dữ liệu của CDS Desk. Cơ sở dữ liệu mới chỉ được tạo với tên chưa có tệp nào: hãy chọn tên tệp mới, hoặc xóa tệp rỗng nếu không cần dùng. Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>The file was left unchanged.</source>
        <translation>Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>Its “-wal” file beside it holds changes not yet written into the file (of a session that did not close properly, or of a program that has it open); it was left unchanged too: keep it with the database file when you copy or move it.</source>
        <translation>Tệp “-wal” đi kèm bên cạnh chứa các thay đổi chưa được ghi vào tệp (của một phiên làm việc chưa đóng đúng cách, hoặc của một phần mềm đang mở tệp); tệp này cũng được giữ nguyên: hãy giữ nó cùng tệp cơ sở dữ liệu khi sao chép hoặc di chuyển.</translation>
    </message>
    <message>
        <source>The changes of a session that did not close properly (its “-wal” file) were merged into the file while it was opened.</source>
        <translation>Các thay đổi của một phiên làm việc chưa đóng đúng cách (trong tệp “-wal”) đã được gộp vào tệp khi mở.</translation>
    </message>
    <message>
        <source>CDS Desk was not closed properly the last time “%1” was open: the changes saved then (kept in its “-wal” file) were recovered into the database.</source>
        <translation>Lần trước khi mở “%1”, CDS Desk chưa được đóng đúng cách: các thay đổi đã lưu khi đó (giữ trong tệp “-wal”) đã được khôi phục vào cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing %3</source>
        <translation>%1 dòng %2 tham chiếu đến %3 không tồn tại</translation>
    </message>
    <message>
        <source>The full check of “%1” found damage (%2). Nothing more is written to it, so that the damage does not spread. Restore the database from a recent backup or send a copy of the file for repair.</source>
        <translation>Kiểm tra toàn bộ “%1” phát hiện lỗi hỏng (%2). Phần mềm sẽ không ghi gì thêm vào tệp để lỗi không lan rộng. Hãy khôi phục cơ sở dữ liệu từ bản sao lưu gần nhất hoặc gửi bản sao của tệp để sửa chữa.</translation>
    </message>
    <message>
        <source>“%1” is in use: another program or another CDS Desk window is writing to it or restoring it right now. Wait until it has finished (or close it) and try again.</source>
        <translation>“%1” đang được sử dụng: một phần mềm khác hoặc một cửa sổ CDS Desk khác đang ghi hoặc khôi phục tệp này. Hãy chờ thao tác đó hoàn tất (hoặc đóng phần mềm đó) rồi thử lại.</translation>
    </message>
    <message>
        <source>The disk holding “%1” is full. Free some space there (or choose another drive) and try again.</source>
        <translation>Ổ đĩa chứa “%1” đã đầy. Hãy giải phóng bớt dung lượng (hoặc chọn ổ đĩa khác) rồi thử lại.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: the folder “%2” is read-only, missing, or you may not write there. Choose another folder, or ask whoever manages this computer for write access.</source>
        <translation>Không ghi được “%1”: thư mục “%2” chỉ cho phép đọc, không tồn tại, hoặc bạn không có quyền ghi vào đó. Hãy chọn thư mục khác, hoặc đề nghị người quản lý máy tính này cấp quyền ghi.</translation>
    </message>
</context>
<context>
    <name>cds::DatabaseWorker</name>
    <message>
        <source>Cannot open “%1” for work in the background: %2</source>
        <translation>Không mở được “%1” để xử lý ngầm: %2</translation>
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
        <translation>Chọn trên lịch (Alt+Mũi tên xuống)</translation>
    </message>
    <message>
        <source>A date as 07/10/2022, 7/10/2022 or 07102022; empty when not known</source>
        <translation>Ngày theo dạng 07/10/2022, 7/10/2022 hoặc 07102022; để trống nếu chưa biết</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: type the day, the month and the year, as 07/10/2022, 7/10/2022 or 07102022.</source>
        <translation>“%1” không phải là ngày: hãy nhập ngày, tháng và năm, ví dụ 07/10/2022, 7/10/2022 hoặc 07102022.</translation>
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
    <message>
        <source>Load the demo campaign</source>
        <translation>Tải dữ liệu mẫu</translation>
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
    <message>
        <source>Members and teams per commune</source>
        <translation>Thành viên và Tổ CNSCĐ theo xã</translation>
    </message>
    <message>
        <source>Other communes (%1)</source>
        <translation>Các xã khác (%1)</translation>
    </message>
    <message>
        <source>Other districts (%1)</source>
        <translation>Các huyện khác (%1)</translation>
    </message>
    <message>
        <source>No communes in this scope</source>
        <translation>Không có xã nào trong phạm vi này</translation>
    </message>
    <message numerus="yes">
        <source>%n team(s) not reported</source>
        <translation>
            <numerusform>%n Tổ chưa báo cáo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cds::DrillDownDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Tìm kiếm (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Phạm vi: %1</translation>
    </message>
    <message>
        <source>Rows matching “%1”: %2</source>
        <translation>Các dòng khớp “%1”: %2</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>In ngày %1</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>Hiển thị %1/%2</translation>
    </message>
</context>
<context>
    <name>cds::EventForm</name>
    <message>
        <source>New event</source>
        <translation>Sự kiện mới</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>when several bodies organise it together</source>
        <translation>khi nhiều cơ quan, đơn vị cùng phối hợp tổ chức</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(không ghi)</translation>
    </message>
    <message>
        <source>e.g. Facebook fanpage of the department</source>
        <translation>Ví dụ: Trang Facebook (fanpage) của Sở</translation>
    </message>
    <message>
        <source>One result per line; “- ” starts a bullet.</source>
        <translation>Mỗi dòng một kết quả; “- ” để bắt đầu gạch đầu dòng.</translation>
    </message>
    <message>
        <source>{in_person}, {online} and {livestream} stand for the figures.</source>
        <translation>{in_person}, {online} và {livestream} được thay bằng số liệu tương ứng.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Diễn giả</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Số người tham dự</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Mức ước lượng</translation>
    </message>
    <message>
        <source>Choose the kind of event.</source>
        <translation>Vui lòng chọn loại sự kiện.</translation>
    </message>
    <message>
        <source>Enter the event&apos;s title.</source>
        <translation>Vui lòng nhập tiêu đề sự kiện.</translation>
    </message>
    <message>
        <source>Choose the organiser from the list, or write it in “Organisers (as written)”.</source>
        <translation>Vui lòng chọn đơn vị tổ chức trong danh sách, hoặc ghi vào ô “Các đơn vị tổ chức (ghi nguyên văn)”.</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>Số lượng không được là số âm.</translation>
    </message>
    <message>
        <source>Presentation %1 needs its speaker and its title.</source>
        <translation>Tham luận %1 cần có diễn giả và tên tham luận.</translation>
    </message>
    <message>
        <source>Choose the organisation of attendance row %1 from the list, or remove the row.</source>
        <translation>Vui lòng chọn cơ quan, đơn vị cho dòng %1 của danh sách tham dự, hoặc xóa dòng đó.</translation>
    </message>
    <message>
        <source>“%1” is listed twice in the attendance per organisation.</source>
        <translation>“%1” bị liệt kê hai lần trong danh sách tham dự theo cơ quan, đơn vị.</translation>
    </message>
    <message>
        <source>The date %1 is outside the campaign&apos;s year %2.</source>
        <translation>Ngày %1 nằm ngoài năm %2 của đợt hoạt động.</translation>
    </message>
    <message>
        <source>Add event “%1”</source>
        <translation>Thêm sự kiện “%1”</translation>
    </message>
    <message>
        <source>Edit event “%1”</source>
        <translation>Sửa sự kiện “%1”</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Hình thức</translation>
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
        <source>Livestream views</source>
        <translation>Lượt theo dõi livestream</translation>
    </message>
    <message>
        <source>Main event</source>
        <translation>Sự kiện chính</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>All modes</source>
        <translation>Tất cả các hình thức</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>of a presentation</comment>
        <translation>Tên tham luận</translation>
    </message>
</context>
<context>
    <name>cds::ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
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
    <message>
        <source>Administrative units (province to village: thôn, tổ dân phố)</source>
        <translation>Đơn vị hành chính (từ cấp tỉnh đến thôn, tổ dân phố)</translation>
    </message>
    <message>
        <source>CSV files and Excel workbooks (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Tệp CSV và tệp Excel (*.csv *.txt *.tsv *.xlsx);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Choose a CSV file or an Excel workbook.</source>
        <translation>Hãy chọn một tệp CSV hoặc tệp Excel.</translation>
    </message>
    <message numerus="yes">
        <source>Excel workbook of %n sheet(s); this sheet is empty.</source>
        <translation>
            <numerusform>Tệp Excel có %n trang tính; trang tính này trống.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Excel workbook of %n sheet(s); the header is in row %1.</source>
        <translation>
            <numerusform>Tệp Excel có %n trang tính; tiêu đề cột nằm ở dòng %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not imported)</source>
        <translation>%1 (không nhập)</translation>
    </message>
    <message>
        <source>CDS Desk does not know this column; it is not imported. Choose a field for it above if it holds one.</source>
        <translation>CDS Desk không nhận biết cột này nên không nhập. Nếu cột có chứa một trường dữ liệu, hãy chọn trường đó ở phía trên.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Ô</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) below: check those values.</source>
        <translation>
            <numerusform>Có %n cảnh báo bên dưới: hãy kiểm tra các giá trị đó.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Kiểm tra</translation>
    </message>
    <message>
        <source>Check the file and show what it would add and change, without importing it</source>
        <translation>Kiểm tra tệp và cho biết sẽ thêm, sửa những gì, chưa nhập dữ liệu</translation>
    </message>
    <message>
        <source>Campaign figures (the report&apos;s other figures)</source>
        <translation>Số liệu khác của đợt hoạt động (các số liệu khác trong báo cáo)</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Đã sửa: %1</translation>
    </message>
    <message>
        <source>%1 checked: %2. Nothing is imported until you click Import.</source>
        <translation>Đã kiểm tra %1: %2. Chưa nhập dữ liệu nào cho đến khi bấm Nhập.</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>Lớp tập huấn</translation>
    </message>
    <message>
        <source>Events (workshops, conferences, contests…)</source>
        <translation>Sự kiện (hội thảo, hội nghị, hội thi…)</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Kiến nghị, đề xuất</translation>
    </message>
</context>
<context>
    <name>cds::Importer</name>
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
    <message>
        <source>%1 is not a Vietnamese phone number (10 digits starting 03, 05, 07, 08 or 09, or a fixed line of 11 digits starting 02).</source>
        <translation>%1 không phải số điện thoại Việt Nam (di động 10 chữ số bắt đầu bằng 03, 05, 07, 08 hoặc 09, hoặc máy cố định 11 chữ số bắt đầu bằng 02).</translation>
    </message>
    <message>
        <source>This column has no header and is not imported.</source>
        <translation>Cột này không có tiêu đề nên không được nhập.</translation>
    </message>
    <message>
        <source>CDS Desk does not know this column; it is not imported. Choose a field for it if it holds one.</source>
        <translation>CDS Desk không nhận biết cột này nên không nhập. Nếu cột có chứa một trường dữ liệu, hãy chọn trường đó.</translation>
    </message>
    <message>
        <source>This value starts with “%1” and a spreadsheet would run it as a formula; it is imported as text, and exports write it with an apostrophe in front. Check that it is what you meant.</source>
        <translation>Giá trị này bắt đầu bằng “%1” nên bảng tính sẽ coi đó là công thức; giá trị được nhập dưới dạng văn bản, và khi xuất sẽ được ghi kèm dấu nháy đơn ở đầu. Hãy kiểm tra lại giá trị này có đúng ý không.</translation>
    </message>
    <message>
        <source>Nothing was imported: the database is busy with another change (another import, or another CDS Desk window writing to it). Wait until it has finished and import the file again.</source>
        <translation>Chưa nhập dữ liệu: cơ sở dữ liệu đang bận với một thay đổi khác (một lần nhập khác, hoặc một cửa sổ CDS Desk khác đang ghi). Hãy chờ thao tác đó hoàn tất rồi nhập lại tệp.</translation>
    </message>
    <message>
        <source>Nothing was imported: the database could not start writing (%1).</source>
        <translation>Chưa nhập dữ liệu: cơ sở dữ liệu không bắt đầu ghi được (%1).</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>không rõ lý do</translation>
    </message>
    <message>
        <source>Nothing was imported: the database could not start writing: %1</source>
        <translation>Chưa nhập dữ liệu: cơ sở dữ liệu không bắt đầu ghi được: %1</translation>
    </message>
    <message>
        <source>%1 is the name of %2 administrative units (%3), even where the file places it; write its GSO code instead, or its name with the tone marks as the list writes it.</source>
        <translation>%1 là tên của %2 đơn vị hành chính (%3), kể cả trong đơn vị cấp trên mà tệp ghi; hãy ghi mã TCTK thay cho tên, hoặc ghi tên có đủ dấu đúng như trong danh mục.</translation>
    </message>
    <message>
        <source>%1 is the name of %2 administrative units (%3); fill in its Commune column to say which one.</source>
        <translation>%1 là tên của %2 đơn vị hành chính (%3); hãy điền cột Xã để chỉ rõ đơn vị nào.</translation>
    </message>
    <message>
        <source>%1 is the name of %2 administrative units (%3); fill in its District column to say which one.</source>
        <translation>%1 là tên của %2 đơn vị hành chính (%3); hãy điền cột Huyện để chỉ rõ đơn vị nào.</translation>
    </message>
    <message>
        <source>%1 is not a type of administrative unit; expected one of %2.</source>
        <translation>%1 không phải là loại đơn vị hành chính; cần một trong các loại: %2.</translation>
    </message>
    <message>
        <source>A %1 is a province-level unit and belongs to no other unit.</source>
        <translation>%1 là đơn vị cấp tỉnh, không trực thuộc đơn vị nào khác.</translation>
    </message>
    <message>
        <source>Expected the unit %1 belongs to, by its GSO code or its name.</source>
        <translation>Cần ghi đơn vị cấp trên của %1, bằng mã TCTK hoặc tên.</translation>
    </message>
    <message>
        <source>%1 cannot hold %2: a unit belongs to a unit of a higher level (a district to a province, a commune to a district or a province, a village to a commune or a district).</source>
        <translation>%1 không thể là đơn vị cấp trên của %2: một đơn vị chỉ trực thuộc đơn vị cấp cao hơn (huyện thuộc tỉnh, xã thuộc huyện hoặc tỉnh, thôn thuộc xã hoặc huyện).</translation>
    </message>
    <message>
        <source>Villages and residential groups have no GSO code; leave it empty.</source>
        <translation>Thôn, tổ dân phố không có mã TCTK; vui lòng để trống.</translation>
    </message>
    <message>
        <source>Expected the GSO code of a unit of this level: %1 digits, found %2.</source>
        <translation>Cần mã TCTK của đơn vị cấp này: %1 chữ số, nhưng gặp %2.</translation>
    </message>
    <message>
        <source>The GSO code %1 is already on line %2.</source>
        <translation>Mã TCTK %1 đã có ở dòng %2.</translation>
    </message>
    <message>
        <source>The GSO code %1 is already “%2”&apos;s.</source>
        <translation>Mã TCTK %1 đã được dùng cho “%2”.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named %1; its sheets are %2.</source>
        <translation>Tệp Excel không có trang tính tên %1; các trang tính của tệp là %2.</translation>
    </message>
    <message>
        <source>The sheet is empty.</source>
        <translation>Trang tính trống.</translation>
    </message>
    <message>
        <source>This cell is right of the table: its column has no header.</source>
        <translation>Ô này nằm bên phải bảng: cột của ô không có tiêu đề.</translation>
    </message>
    <message>
        <source>Sheet %1, cell %2: %3</source>
        <translation>Trang tính %1, ô %2: %3</translation>
    </message>
    <message>
        <source>Sheet %1, row %2: %3</source>
        <translation>Trang tính %1, dòng %2: %3</translation>
    </message>
    <message>
        <source>Sheet %1: %2</source>
        <translation>Trang tính %1: %2</translation>
    </message>
    <message>
        <source>Imported %1 administrative units from %2</source>
        <translation>Đã nhập %1 đơn vị hành chính từ %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
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
        <translation>%1: danh sách có %2 trong số %3 thành viên đã báo cáo; báo cáo vẫn tính %3 cho đến khi danh sách được bổ sung đủ hoặc số thành viên được sửa.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>established on</source>
        <translation>ngày thành lập</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>quyết định</translation>
    </message>
    <message>
        <source>declared members</source>
        <translation>số thành viên</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <source>The figure %1 is already on line %2.</source>
        <translation>Số liệu %1 đã có ở dòng %2.</translation>
    </message>
    <message>
        <source>label</source>
        <translation>tên số liệu</translation>
    </message>
    <message>
        <source>value</source>
        <translation>giá trị</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>đơn vị tính</translation>
    </message>
    <message>
        <source>report sentence</source>
        <translation>câu trong báo cáo</translation>
    </message>
    <message>
        <source>order</source>
        <translation>thứ tự</translation>
    </message>
    <message>
        <source>Imported %1 campaign figures from %2</source>
        <translation>Đã nhập %1 số liệu của đợt hoạt động từ %2</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged</source>
        <translation>%1 mới, %2 thay đổi, %3 không đổi</translation>
    </message>
    <message>
        <source>Expected a kind of event (Hội thảo, Tọa đàm, Hội nghị, Hội thi, Lễ phát động, Tập huấn or Khác), found %1.</source>
        <translation>Cần một loại sự kiện (Hội thảo, Tọa đàm, Hội nghị, Hội thi, Lễ phát động, Tập huấn hoặc Khác), nhưng gặp %1.</translation>
    </message>
    <message>
        <source>Expected “Sáng”, “Chiều” or “Tối”, found %1.</source>
        <translation>Cần “Sáng”, “Chiều” hoặc “Tối”, nhưng gặp %1.</translation>
    </message>
    <message>
        <source>Expected the connected sites as “Tỉnh: 1; Huyện: 13; Xã: 173; Thôn: 20” (each level once, a whole number after it), found %1.</source>
        <translation>Cần các điểm cầu theo dạng “Tỉnh: 1; Huyện: 13; Xã: 173; Thôn: 20” (mỗi cấp một lần, sau đó là một số nguyên), nhưng gặp %1.</translation>
    </message>
    <message>
        <source>The same event (title and date) is already on line %1.</source>
        <translation>Sự kiện này (cùng tên và ngày) đã có ở dòng %1.</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>chủ đề</translation>
    </message>
    <message>
        <source>chaired by</source>
        <translation>người chủ trì</translation>
    </message>
    <message>
        <source>chair&apos;s position</source>
        <translation>chức vụ người chủ trì</translation>
    </message>
    <message>
        <source>organisers</source>
        <translation>đơn vị tổ chức</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>địa điểm</translation>
    </message>
    <message>
        <source>who attended in person</source>
        <translation>thành phần dự trực tiếp</translation>
    </message>
    <message>
        <source>who attended online</source>
        <translation>thành phần dự trực tuyến</translation>
    </message>
    <message>
        <source>livestream platform</source>
        <translation>nền tảng phát trực tiếp</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>đối tượng</translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation>kết quả</translation>
    </message>
    <message>
        <source>report group</source>
        <translation>nhóm trong báo cáo</translation>
    </message>
    <message>
        <source>title</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>loại</translation>
    </message>
    <message>
        <source>main event</source>
        <translation>sự kiện chính</translation>
    </message>
    <message>
        <source>time of day</source>
        <translation>buổi</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>hình thức</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>đơn vị tổ chức</translation>
    </message>
    <message>
        <source>in-person attendance</source>
        <translation>số người dự trực tiếp</translation>
    </message>
    <message>
        <source>online attendance</source>
        <translation>số người dự trực tuyến</translation>
    </message>
    <message>
        <source>livestream views</source>
        <translation>lượt theo dõi livestream</translation>
    </message>
    <message>
        <source>connected sites</source>
        <translation>điểm cầu</translation>
    </message>
    <message>
        <source>The same recommendation is already on line %1.</source>
        <translation>Kiến nghị này đã có ở dòng %1.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>nội dung</translation>
    </message>
    <message>
        <source>Imported %1 training sessions from %2</source>
        <translation>Đã nhập %1 lớp tập huấn từ %2</translation>
    </message>
    <message>
        <source>Imported %1 events from %2</source>
        <translation>Đã nhập %1 sự kiện từ %2</translation>
    </message>
    <message>
        <source>Imported %1 recommendations from %2</source>
        <translation>Đã nhập %1 kiến nghị từ %2</translation>
    </message>
    <message>
        <source>The training cannot end (%1) before it starts (%2).</source>
        <translation>Lớp tập huấn không thể kết thúc (%1) trước khi bắt đầu (%2).</translation>
    </message>
    <message>
        <source>The same training session (title and start date) is already on line %1.</source>
        <translation>Lớp tập huấn này (cùng tên và ngày bắt đầu) đã có ở dòng %1.</translation>
    </message>
    <message>
        <source>The attendance list names %1 members but only %2 participants are declared: raise the declared number or remove attendees.</source>
        <translation>Danh sách tham dự có %1 thành viên nhưng số học viên khai báo chỉ là %2: hãy tăng số khai báo hoặc bớt người tham dự.</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>nội dung</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>ngày kết thúc</translation>
    </message>
    <message>
        <source>place</source>
        <translation>địa điểm</translation>
    </message>
    <message>
        <source>declared participants</source>
        <translation>số học viên khai báo</translation>
    </message>
    <message>
        <source>who took part</source>
        <translation>thành phần tham gia</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>đơn vị phối hợp</translation>
    </message>
    <message>
        <source>No organisation is named %1; add it (or import the organisations) first.</source>
        <translation>Không có cơ quan, đơn vị nào tên là %1; hãy thêm (hoặc nhập danh sách cơ quan, đơn vị) trước.</translation>
    </message>
    <message>
        <source>%1 names %2 organisations; write the full name of the one meant.</source>
        <translation>%1 trùng với %2 cơ quan, đơn vị; hãy ghi đầy đủ tên của đơn vị cần chọn.</translation>
    </message>
    <message>
        <source>Expected “Trực tiếp”, “Trực tuyến” or “Trực tiếp kết hợp trực tuyến”, found %1.</source>
        <translation>Cần “Trực tiếp”, “Trực tuyến” hoặc “Trực tiếp kết hợp trực tuyến”, nhưng gặp %1.</translation>
    </message>
</context>
<context>
    <name>cds::IntakeImportDialog</name>
    <message>
        <source>Choose the folder for the intake workbooks</source>
        <translation>Chọn thư mục để lưu các sổ nhập liệu</translation>
    </message>
    <message>
        <source>Writing the intake workbooks…</source>
        <translation>Đang ghi các sổ nhập liệu…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Intake workbooks</source>
        <translation>Sổ nhập liệu</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n intake workbook(s) written to %1 before you cancelled.</source>
        <translation>
            <numerusform>Đã dừng: %n sổ nhập liệu đã được ghi vào %1 trước khi bạn hủy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intake workbook(s) written to %1.

Send each district (or commune) its own workbook; import it with File → Import intake workbook… when it comes back filled in.</source>
        <translation>
            <numerusform>Đã ghi %n sổ nhập liệu vào %1.

Gửi cho mỗi huyện (hoặc xã) sổ của đơn vị mình; khi nhận lại sổ đã điền, nhập bằng Tệp → Nhập sổ nhập liệu….</numerusform>
        </translation>
    </message>
    <message>
        <source>Import intake workbook</source>
        <translation>Nhập sổ nhập liệu</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <source>Changes (before → after):</source>
        <translation>Thay đổi (trước → sau):</translation>
    </message>
    <message>
        <source>Refused rows:</source>
        <translation>Các dòng bị từ chối:</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Ô</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>dòng %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be imported: %n row(s) refused, the first on sheet “%2”, %3. Nothing of the workbook will be imported, from any sheet. Correct the workbook and import it again.</source>
        <translation>
            <numerusform>Không thể nhập %1: %n dòng bị từ chối, dòng đầu tiên ở trang tính “%2”, %3. Không trang tính nào của sổ được nhập. Hãy sửa sổ rồi nhập lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>cell %1</source>
        <translation>ô %1</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged.</source>
        <translation>%1 mới, %2 thay đổi, %3 không đổi.</translation>
    </message>
    <message>
        <source>%1: %2 Import applies all of it at once; Edit → Undo takes it back.</source>
        <translation>%1: %2 Nút Nhập áp dụng toàn bộ một lần; Sửa → Hoàn tác sẽ lấy lại.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing to import: the database already has the workbook as it is.</source>
        <translation>%1: %2 Không có gì để nhập: cơ sở dữ liệu đã có đúng như sổ này.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>cds::IntakeWorkbook</name>
    <message>
        <source>The database could not be read: %1</source>
        <translation>Không đọc được cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>The database has no campaign with id %1.</source>
        <translation>Cơ sở dữ liệu không có đợt hoạt động mã %1.</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Không thể ghi “%1”.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Không thể ghi “%1”: %2</translation>
    </message>
    <message>
        <source>The database holds no campaign.</source>
        <translation>Cơ sở dữ liệu chưa có đợt hoạt động nào.</translation>
    </message>
    <message>
        <source>The campaign&apos;s province has no districts or communes to send workbooks to.</source>
        <translation>Tỉnh của đợt hoạt động không có huyện hoặc xã nào để gửi phiếu nhập liệu.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>This build of CDS Desk cannot write Excel files (it was built without libxlsxwriter).</source>
        <translation>Bản CDS Desk này không ghi được tệp Excel (được biên dịch không có libxlsxwriter).</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Không đọc được tệp %1: %2</translation>
    </message>
    <message>
        <source>The workbook is not an intake workbook: it has none of the sheets “%1”, “%2” or “%3”.</source>
        <translation>Tệp Excel này không phải phiếu nhập liệu: không có trang tính nào trong số “%1”, “%2” hoặc “%3”.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The database could not start a transaction: %1</source>
        <translation>Cơ sở dữ liệu không bắt đầu được giao dịch: %1</translation>
    </message>
    <message>
        <source>Import of the intake workbook %1</source>
        <translation>Nhập sổ nhập liệu %1</translation>
    </message>
    <message>
        <source>The import could not be started: %1</source>
        <translation>Không bắt đầu được việc nhập: %1</translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>Không lưu được dữ liệu nhập: %1</translation>
    </message>
    <message>
        <source>%1: refused</source>
        <translation>%1: bị từ chối</translation>
    </message>
    <message>
        <source>Nothing of the workbook was imported.</source>
        <translation>Không có dữ liệu nào của sổ được nhập.</translation>
    </message>
</context>
<context>
    <name>cds::LetterheadComboBox</name>
    <message>
        <source>The issuing body the report is made by. The report keeps the letterhead as it was when chosen, even if the letterhead is edited later.</source>
        <translation>Cơ quan ban hành báo cáo. Báo cáo giữ nguyên tiêu đề văn bản như lúc được chọn, kể cả khi tiêu đề văn bản được sửa sau đó.</translation>
    </message>
    <message>
        <source>, %1 to %2</source>
        <translation>, từ %1 đến %2</translation>
    </message>
    <message>
        <source>, from %1</source>
        <translation>, từ %1</translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation>, đến %1</translation>
    </message>
</context>
<context>
    <name>cds::LetterheadForm</name>
    <message>
        <source>New letterhead</source>
        <translation>Tiêu đề văn bản mới</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Tiêu đề văn bản</translation>
    </message>
    <message>
        <source>e.g. UBND TỈNH QUẢNG NGÃI</source>
        <translation>Ví dụ: UBND TỈNH QUẢNG NGÃI</translation>
    </message>
    <message>
        <source>e.g. SỞ THÔNG TIN VÀ TRUYỀN THÔNG</source>
        <translation>Ví dụ: SỞ THÔNG TIN VÀ TRUYỀN THÔNG</translation>
    </message>
    <message>
        <source>e.g. Sở Thông tin và Truyền thông</source>
        <translation>Ví dụ: Sở Thông tin và Truyền thông</translation>
    </message>
    <message>
        <source>e.g. STTTT</source>
        <translation>Ví dụ: STTTT</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Thẩm quyền ký</translation>
    </message>
    <message>
        <source>Head&apos;s title (after KT./TM.)</source>
        <translation>Chức vụ người đứng đầu (sau KT./TM.)</translation>
    </message>
    <message>
        <source>Signer&apos;s position</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <source>Enter the issuing body as the header prints it.</source>
        <translation>Vui lòng nhập tên cơ quan ban hành như in ở tiêu đề.</translation>
    </message>
    <message>
        <source>Enter the issuing body&apos;s name as running text writes it.</source>
        <translation>Vui lòng nhập tên cơ quan ban hành như viết trong câu văn.</translation>
    </message>
    <message>
        <source>Enter the abbreviation that builds the symbol (e.g. STTTT).</source>
        <translation>Vui lòng nhập chữ viết tắt dùng trong ký hiệu văn bản (ví dụ: STTTT).</translation>
    </message>
    <message>
        <source>Enter the place name of the place-and-date line.</source>
        <translation>Vui lòng nhập địa danh ghi ở dòng địa danh, ngày tháng.</translation>
    </message>
    <message>
        <source>Write the header line in capitals: “%1”.</source>
        <translation>Dòng tiêu đề viết bằng chữ in hoa: “%1”.</translation>
    </message>
    <message>
        <source>Signer %1 needs a position and a name.</source>
        <translation>Người ký thứ %1 cần có chức vụ và họ tên.</translation>
    </message>
    <message>
        <source>Signer %1 signs %2: enter the head&apos;s title (e.g. GIÁM ĐỐC).</source>
        <translation>Người ký thứ %1 ký %2: vui lòng nhập chức vụ người đứng đầu (ví dụ: GIÁM ĐỐC).</translation>
    </message>
    <message>
        <source>Add letterhead “%1”</source>
        <translation>Thêm tiêu đề văn bản “%1”</translation>
    </message>
    <message>
        <source>Edit letterhead “%1”</source>
        <translation>Sửa tiêu đề văn bản “%1”</translation>
    </message>
    <message>
        <source>(signs in own name)</source>
        <translation>(ký trực tiếp)</translation>
    </message>
    <message>
        <source>Letterheads</source>
        <translation>Tiêu đề văn bản</translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Parent body</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Viết tắt</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>Signers</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>A new report proposes the letterhead in use at its campaign&apos;s dates. Reports already made keep the letterhead as it was.</source>
        <translation>Báo cáo mới sẽ đề xuất tiêu đề văn bản đang áp dụng trong thời gian của đợt hoạt động. Các báo cáo đã lập giữ nguyên tiêu đề văn bản như cũ.</translation>
    </message>
    <message>
        <source>The letterhead cannot go out of use (%1) before it comes in (%2).</source>
        <translation>Ngày hết áp dụng tiêu đề văn bản (%1) không được trước ngày bắt đầu áp dụng (%2).</translation>
    </message>
    <message>
        <source>In use from</source>
        <translation>Áp dụng từ ngày</translation>
    </message>
    <message>
        <source>In use until</source>
        <translation>Áp dụng đến ngày</translation>
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
    <message>
        <source>Exporting the list…</source>
        <translation>Đang xuất danh sách…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Rows written: %1</source>
        <translation>Đã ghi %1 dòng</translation>
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
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Opening %1 …</source>
        <translation>Đang mở %1 …</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>Database opened</source>
        <translation>Đã mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Chỉ đọc</translation>
    </message>
    <message>
        <source>The database is read-only</source>
        <translation>Cơ sở dữ liệu chỉ cho phép đọc</translation>
    </message>
    <message>
        <source>The database %1 holds no campaign yet.
Set up your province from the national list and create its campaign, load the demo campaign to try CDS Desk, or open another database.</source>
        <translation>Cơ sở dữ liệu %1 chưa có đợt hoạt động nào.
Hãy thiết lập tỉnh theo danh mục quốc gia rồi tạo đợt hoạt động, tải dữ liệu mẫu để dùng thử CDS Desk, hoặc mở cơ sở dữ liệu khác.</translation>
    </message>
    <message>
        <source>Intake workbook imported: %1 new, %2 changed, %3 unchanged</source>
        <translation>Đã nhập sổ nhập liệu: %1 mới, %2 thay đổi, %3 không đổi</translation>
    </message>
</context>
<context>
    <name>cds::MediaOutputForm</name>
    <message>
        <source>New media output</source>
        <translation>Sản phẩm truyền thông mới</translation>
    </message>
    <message>
        <source>Media output</source>
        <translation>Sản phẩm truyền thông</translation>
    </message>
    <message>
        <source>e.g. Báo Quảng Ngãi, VTV8, fanpage of the department</source>
        <translation>Ví dụ: Báo Quảng Ngãi, VTV8, fanpage của Sở</translation>
    </message>
    <message>
        <source>Choose the kind of media output.</source>
        <translation>Vui lòng chọn loại sản phẩm truyền thông.</translation>
    </message>
    <message>
        <source>Enter the outlet (newspaper, channel, page or place) that carried it.</source>
        <translation>Vui lòng nhập nơi đăng phát (báo, kênh, trang hoặc địa điểm).</translation>
    </message>
    <message>
        <source>The count cannot be negative.</source>
        <translation>Số lượng không được là số âm.</translation>
    </message>
    <message>
        <source>A link starts with http:// or https://.</source>
        <translation>Đường dẫn phải bắt đầu bằng http:// hoặc https://.</translation>
    </message>
    <message>
        <source>Choose the producer from the list, or leave it empty.</source>
        <translation>Vui lòng chọn đơn vị sản xuất trong danh sách, hoặc để trống.</translation>
    </message>
    <message>
        <source>The publication date %1 is outside the campaign&apos;s year %2.</source>
        <translation>Ngày đăng phát %1 nằm ngoài năm %2 của đợt hoạt động.</translation>
    </message>
    <message>
        <source>Add media output “%1”</source>
        <translation>Thêm sản phẩm truyền thông “%1”</translation>
    </message>
    <message>
        <source>Edit media output “%1”</source>
        <translation>Sửa sản phẩm truyền thông “%1”</translation>
    </message>
    <message>
        <source>Media outputs</source>
        <translation>Sản phẩm truyền thông</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Nơi đăng phát</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Commissioned</source>
        <translation>Đặt hàng</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>All outlets</source>
        <translation>Tất cả nơi đăng phát</translation>
    </message>
</context>
<context>
    <name>cds::MemberForm</name>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Tổ trưởng</translation>
    </message>
    <message>
        <source>Deputy leader</source>
        <translation>Tổ phó</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Thành viên mới</translation>
    </message>
    <message>
        <source>family, middle and given name: Nguyễn Văn An</source>
        <translation>họ, tên đệm và tên: Nguyễn Văn An</translation>
    </message>
    <message>
        <source>e.g. 1990</source>
        <translation>Ví dụ: 1990</translation>
    </message>
    <message>
        <source>e.g. 0905 123 456</source>
        <translation>Ví dụ: 0905 123 456</translation>
    </message>
    <message numerus="yes">
        <source>Earlier in %n other team(s); choosing another team keeps this history.</source>
        <translation>
            <numerusform>Trước đây đã tham gia %n Tổ khác; chọn Tổ khác vẫn giữ lại lịch sử này.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the member&apos;s full name.</source>
        <translation>Vui lòng nhập họ và tên thành viên.</translation>
    </message>
    <message>
        <source>“%1” is not a Vietnamese phone number (10 digits starting 03, 05, 07, 08 or 09, or a fixed line of 11 digits starting 02).</source>
        <translation>“%1” không phải số điện thoại Việt Nam (10 chữ số bắt đầu bằng 03, 05, 07, 08 hoặc 09, hoặc số cố định 11 chữ số bắt đầu bằng 02).</translation>
    </message>
    <message>
        <source>Choose the administrative unit from the list, or leave it empty.</source>
        <translation>Vui lòng chọn đơn vị hành chính trong danh sách, hoặc để trống.</translation>
    </message>
    <message>
        <source>Choose the team from the list, or leave it empty.</source>
        <translation>Vui lòng chọn Tổ trong danh sách, hoặc để trống.</translation>
    </message>
    <message>
        <source>Add member “%1”</source>
        <translation>Thêm thành viên “%1”</translation>
    </message>
    <message>
        <source>Edit member “%1”</source>
        <translation>Sửa thành viên “%1”</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tổ</translation>
    </message>
    <message>
        <source>Administrative unit</source>
        <translation>Đơn vị hành chính</translation>
    </message>
    <message>
        <source>Works at</source>
        <translation>Nơi công tác</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Tất cả các cấp</translation>
    </message>
    <message>
        <source>Team level</source>
        <translation>Cấp của Tổ</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Tất cả huyện, thị xã, thành phố</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Huyện, thị xã, thành phố</translation>
    </message>
    <message>
        <source>All genders</source>
        <translation>Tất cả giới tính</translation>
    </message>
    <message>
        <source>Remove the member from the team</source>
        <translation>Đưa thành viên ra khỏi Tổ</translation>
    </message>
    <message>
        <source>Remove “%1” from the team</source>
        <translation>Đưa “%1” ra khỏi Tổ</translation>
    </message>
    <message>
        <source>Choosing another team closes the current membership on the day the new one starts (today if that is left empty) and opens a new one; the history is kept.</source>
        <translation>Chọn Tổ khác sẽ kết thúc việc tham gia Tổ hiện tại vào ngày vào Tổ mới (hôm nay nếu để trống) và mở một lần tham gia mới; lịch sử vẫn được giữ.</translation>
    </message>
    <message>
        <source>This team declared %1 members and lists %2 with this one. The report counts the declared number until the list reaches it: enter the others too, or confirm the list as complete in the team form.</source>
        <translation>Tổ này khai báo %1 thành viên, danh sách có %2 người kể cả người này. Báo cáo tính theo số khai báo cho đến khi danh sách đủ số đó: hãy nhập cả những người còn lại, hoặc xác nhận danh sách đã đầy đủ trong biểu mẫu của Tổ.</translation>
    </message>
    <message>
        <source>Add &amp;several…</source>
        <translation>Thêm &amp;nhiều…</translation>
    </message>
    <message numerus="yes">
        <source>%1 member(s) are reported as the number declared by %n team(s), without a list of names (%2 of these teams list no name at all); the dashboard and the report count these declared numbers, entered in each team&apos;s form.</source>
        <translation>
            <numerusform>%1 thành viên được báo cáo theo số lượng khai báo của %Ln Tổ, chưa có danh sách tên (%2 Tổ trong số này chưa có tên nào); trang Tổng quan và báo cáo tính theo số khai báo này, nhập trong biểu mẫu của từng Tổ.</numerusform>
        </translation>
    </message>
    <message>
        <source>These teams list %1 of them by name.</source>
        <translation>Các Tổ này đã có tên của %1 người.</translation>
    </message>
    <message>
        <source>Enter the names with “Add several…” (paste from Excel), or correct the declared number in the team&apos;s form on the Teams page.</source>
        <translation>Nhập tên bằng “Thêm nhiều…” (dán từ Excel), hoặc sửa số khai báo trong biểu mẫu của Tổ ở trang Tổ CNSCĐ.</translation>
    </message>
</context>
<context>
    <name>cds::MemberGridDialog</name>
    <message>
        <source>Add several members</source>
        <translation>Thêm nhiều thành viên</translation>
    </message>
    <message>
        <source>Type the members or paste them from Excel (Ctrl+V): one member a row, the columns in this order. Gender: Nam, Nữ or Khác; role: Tổ trưởng, Tổ phó or Thành viên (empty: Thành viên); date joined: dd/mm/yyyy.</source>
        <translation>Gõ danh sách thành viên hoặc dán từ Excel (Ctrl+V): mỗi dòng một người, các cột theo đúng thứ tự này. Giới tính: Nam, Nữ hoặc Khác; vai trò: Tổ trưởng, Tổ phó hoặc Thành viên (để trống: Thành viên); ngày tham gia: dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>Full name *</source>
        <translation>Họ và tên *</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Role in the team</source>
        <translation>Vai trò trong Tổ</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Ngày tham gia</translation>
    </message>
    <message>
        <source>Works at</source>
        <translation>Nơi công tác</translation>
    </message>
    <message>
        <source>&amp;Paste from Excel</source>
        <translation>&amp;Dán từ Excel</translation>
    </message>
    <message>
        <source>Team *</source>
        <translation>Tổ *</translation>
    </message>
    <message>
        <source>Enter the member&apos;s full name.</source>
        <translation>Nhập họ và tên thành viên.</translation>
    </message>
    <message>
        <source>Expected a date written dd/mm/yyyy (such as 07/10/2022), found “%1”.</source>
        <translation>Cần một ngày dạng dd/mm/yyyy (ví dụ 07/10/2022), nhưng gặp “%1”.</translation>
    </message>
    <message>
        <source>“%1” is already on row %2.</source>
        <translation>“%1” đã có ở dòng %2.</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Dòng %1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… và %n lỗi khác.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the team the members join.</source>
        <translation>Chọn Tổ mà các thành viên tham gia.</translation>
    </message>
    <message>
        <source>Type or paste at least one member.</source>
        <translation>Gõ hoặc dán ít nhất một thành viên.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n member(s) to “%1”</source>
        <translation>
            <numerusform>Thêm %n thành viên vào “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>The members were not saved: %1</source>
        <translation>Chưa lưu được các thành viên: %1</translation>
    </message>
    <message>
        <source>“%1” is already a member of this team.</source>
        <translation>“%1” đã là thành viên của Tổ này.</translation>
    </message>
</context>
<context>
    <name>cds::NationalGenerator</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không thể ghi %1: %2</translation>
    </message>
    <message>
        <source>The generation was cancelled; nothing was written.</source>
        <translation>Đã hủy việc tạo dữ liệu; không có dữ liệu nào được ghi.</translation>
    </message>
    <message>
        <source>The database could not be read: %1</source>
        <translation>Không đọc được cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>The database already holds data; sample data is only generated into an empty database.</source>
        <translation>Cơ sở dữ liệu đã có dữ liệu; chỉ tạo dữ liệu mẫu vào cơ sở dữ liệu trống.</translation>
    </message>
    <message>
        <source>The database could not start a transaction: %1</source>
        <translation>Cơ sở dữ liệu không bắt đầu được giao dịch: %1</translation>
    </message>
    <message>
        <source>Generate sample data (%1)</source>
        <translation>Tạo dữ liệu mẫu (%1)</translation>
    </message>
    <message>
        <source>The sample data could not be saved: %1</source>
        <translation>Không lưu được dữ liệu mẫu: %1</translation>
    </message>
</context>
<context>
    <name>cds::OrganisationForm</name>
    <message>
        <source>New organisation</source>
        <translation>Cơ quan, đơn vị mới</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>state agency</source>
        <translation>cơ quan nhà nước</translation>
    </message>
    <message>
        <source>people&apos;s committee</source>
        <translation>Ủy ban nhân dân</translation>
    </message>
    <message>
        <source>mass organisation</source>
        <translation>tổ chức chính trị - xã hội</translation>
    </message>
    <message>
        <source>press outlet</source>
        <translation>cơ quan báo chí</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>doanh nghiệp</translation>
    </message>
    <message>
        <source>school</source>
        <translation>trường học</translation>
    </message>
    <message>
        <source>other</source>
        <translation>khác</translation>
    </message>
    <message>
        <source>e.g. 0255 3822 123 or 0905 123 456</source>
        <translation>Ví dụ: 0255 3822 123 hoặc 0905 123 456</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Vui lòng nhập tên cơ quan, đơn vị.</translation>
    </message>
    <message>
        <source>Choose the administrative unit from the list, or leave it empty.</source>
        <translation>Vui lòng chọn đơn vị hành chính trong danh sách, hoặc để trống.</translation>
    </message>
    <message>
        <source>“%1” is not a Vietnamese phone number (10 digits starting 03, 05, 07, 08 or 09, or a fixed line of 11 digits starting 02).</source>
        <translation>“%1” không phải số điện thoại Việt Nam (10 chữ số bắt đầu bằng 03, 05, 07, 08 hoặc 09, hoặc số cố định 11 chữ số bắt đầu bằng 02).</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” không phải địa chỉ email hợp lệ.</translation>
    </message>
    <message>
        <source>Another organisation is already called “%1”.</source>
        <translation>Đã có cơ quan, đơn vị khác mang tên “%1”.</translation>
    </message>
    <message>
        <source>Add organisation “%1”</source>
        <translation>Thêm cơ quan, đơn vị “%1”</translation>
    </message>
    <message>
        <source>Edit organisation “%1”</source>
        <translation>Sửa cơ quan, đơn vị “%1”</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Administrative unit</source>
        <translation>Đơn vị hành chính</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
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
    <name>cds::RecommendationForm</name>
    <message>
        <source>New recommendation</source>
        <translation>Kiến nghị mới</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Enter the recommendation&apos;s text.</source>
        <translation>Vui lòng nhập nội dung kiến nghị.</translation>
    </message>
    <message>
        <source>Add recommendation “%1”</source>
        <translation>Thêm kiến nghị “%1”</translation>
    </message>
    <message>
        <source>Edit recommendation “%1”</source>
        <translation>Sửa kiến nghị “%1”</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Kiến nghị, đề xuất</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Thứ tự</translation>
    </message>
</context>
<context>
    <name>cds::RecordForm</name>
    <message>
        <source>Required</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Vẫn lưu?</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <source>Save the changes to this record?</source>
        <translation>Lưu các thay đổi của bản ghi này?</translation>
    </message>
    <message>
        <source>(exact)</source>
        <translation>(chính xác)</translation>
    </message>
</context>
<context>
    <name>cds::RecordListPage</name>
    <message>
        <source>Choose or create a campaign first.</source>
        <translation>Vui lòng chọn hoặc tạo đợt hoạt động trước.</translation>
    </message>
    <message>
        <source>The %1 “%2” cannot be removed because other records use it: %3.</source>
        <translation>Không thể xóa %1 “%2” vì đang được các bản ghi khác sử dụng: %3.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Xóa %1</translation>
    </message>
    <message>
        <source>Remove or move those records first.</source>
        <translation>Vui lòng xóa hoặc chuyển các bản ghi đó trước.</translation>
    </message>
    <message>
        <source>%1 instead?</source>
        <translation>Thay vào đó: %1?</translation>
    </message>
    <message>
        <source>Remove the %1 “%2”?</source>
        <translation>Xóa %1 “%2”?</translation>
    </message>
    <message>
        <source>Removed with it: %1.</source>
        <translation>Đồng thời xóa: %1.</translation>
    </message>
    <message>
        <source>Edit → Undo (Ctrl+Z) brings it back.</source>
        <translation>Có thể khôi phục bằng Sửa → Hoàn tác (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Remove %1 “%2”</source>
        <translation>Xóa %1 “%2”</translation>
    </message>
    <message>
        <source>“%1” could not be removed: %2</source>
        <translation>Không xóa được “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s)</source>
        <translation>
            <numerusform>%1 bản ghi</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Đang hiển thị %1/%2</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>Không đọc được danh sách: %1</translation>
    </message>
    <message>
        <source>First %1 of more than %1 found (of %2): type more to narrow</source>
        <translation>Hiện %1 đầu tiên trong hơn %1 kết quả (trên tổng số %2): gõ thêm để thu hẹp</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
    <message>
        <source>%1 shown, counting …</source>
        <translation>Đang hiển thị %1, đang đếm …</translation>
    </message>
    <message>
        <source>Reading the list …</source>
        <translation>Đang đọc danh sách …</translation>
    </message>
</context>
<context>
    <name>cds::RecordStore</name>
    <message>
        <source>The record no longer exists; it may have been removed in another window.</source>
        <translation>Bản ghi không còn tồn tại; có thể đã bị xóa ở một cửa sổ khác.</translation>
    </message>
    <message>
        <source>administrative unit</source>
        <translation>đơn vị hành chính</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>đợt hoạt động</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Tổ</translation>
    </message>
    <message>
        <source>member</source>
        <translation>thành viên</translation>
    </message>
    <message>
        <source>team membership</source>
        <translation>việc tham gia Tổ</translation>
    </message>
    <message>
        <source>training session</source>
        <translation>lớp tập huấn</translation>
    </message>
    <message>
        <source>event</source>
        <translation>sự kiện</translation>
    </message>
    <message>
        <source>presentation</source>
        <translation>tham luận</translation>
    </message>
    <message>
        <source>media output</source>
        <translation>sản phẩm truyền thông</translation>
    </message>
    <message>
        <source>campaign figure</source>
        <translation>số liệu của đợt hoạt động</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>kiến nghị</translation>
    </message>
    <message>
        <source>record</source>
        <translation>bản ghi</translation>
    </message>
    <message numerus="yes">
        <source>%1 administrative unit(s) under it</source>
        <translation>
            <numerusform>%1 đơn vị hành chính trực thuộc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 organisation(s)</source>
        <translation>
            <numerusform>%1 cơ quan, đơn vị</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 campaign(s)</source>
        <translation>
            <numerusform>%1 đợt hoạt động</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 team(s)</source>
        <translation>
            <numerusform>%1 Tổ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 member(s)</source>
        <translation>
            <numerusform>%1 thành viên</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 team membership(s)</source>
        <translation>
            <numerusform>%1 bản ghi tham gia Tổ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 training session(s)</source>
        <translation>
            <numerusform>%1 lớp tập huấn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 training partnership(s)</source>
        <translation>
            <numerusform>%1 đơn vị phối hợp tập huấn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 training attendance record(s)</source>
        <translation>
            <numerusform>%1 bản ghi tham gia tập huấn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 event(s)</source>
        <translation>
            <numerusform>%1 sự kiện</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 connected-site figure(s)</source>
        <translation>
            <numerusform>%1 số liệu điểm cầu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 presentation(s)</source>
        <translation>
            <numerusform>%1 tham luận</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 event attendance figure(s)</source>
        <translation>
            <numerusform>%1 số liệu người tham dự sự kiện</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 media output(s)</source>
        <translation>
            <numerusform>%1 sản phẩm truyền thông</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 campaign figure(s)</source>
        <translation>
            <numerusform>%1 số liệu của đợt hoạt động</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 report statement(s)</source>
        <translation>
            <numerusform>%1 nội dung báo cáo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 recommendation(s)</source>
        <translation>
            <numerusform>%1 kiến nghị</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 report(s)</source>
        <translation>
            <numerusform>%1 báo cáo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s) in %2</source>
        <translation>
            <numerusform>%1 bản ghi trong %2</numerusform>
        </translation>
    </message>
    <message>
        <source>letterhead</source>
        <translation>tiêu đề văn bản</translation>
    </message>
    <message>
        <source>report</source>
        <translation>báo cáo</translation>
    </message>
    <message numerus="yes">
        <source>%1 signer(s)</source>
        <translation>
            <numerusform>%1 người ký</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cds::ReportBodyEdit</name>
    <message>
        <source>campaign name</source>
        <translation>tên đợt hoạt động</translation>
    </message>
    <message>
        <source>campaign year</source>
        <translation>năm của đợt hoạt động</translation>
    </message>
    <message>
        <source>province</source>
        <translation>tỉnh</translation>
    </message>
    <message>
        <source>name of the day</source>
        <translation>tên Ngày</translation>
    </message>
    <message>
        <source>plan reference</source>
        <translation>số hiệu kế hoạch</translation>
    </message>
    <message>
        <source>plan subject</source>
        <translation>trích yếu kế hoạch</translation>
    </message>
    <message>
        <source>guidance reference</source>
        <translation>số hiệu văn bản hướng dẫn</translation>
    </message>
    <message>
        <source>guidance subject</source>
        <translation>trích yếu văn bản hướng dẫn</translation>
    </message>
    <message>
        <source>issuing body</source>
        <translation>cơ quan ban hành</translation>
    </message>
    <message>
        <source>main event</source>
        <translation>sự kiện chính</translation>
    </message>
    <message>
        <source>event with its name</source>
        <translation>sự kiện kèm tên</translation>
    </message>
    <message>
        <source>kind of event</source>
        <translation>loại sự kiện</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>chủ đề</translation>
    </message>
    <message>
        <source>time of day</source>
        <translation>buổi</translation>
    </message>
    <message>
        <source>date</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>form (in person, online)</source>
        <translation>hình thức (trực tiếp, trực tuyến)</translation>
    </message>
    <message>
        <source>chaired by</source>
        <translation>người chủ trì</translation>
    </message>
    <message>
        <source>attendance in person</source>
        <translation>số dự trực tiếp</translation>
    </message>
    <message>
        <source>who attended in person</source>
        <translation>thành phần dự trực tiếp</translation>
    </message>
    <message>
        <source>attendance online</source>
        <translation>số dự trực tuyến</translation>
    </message>
    <message>
        <source>connected sites</source>
        <translation>các điểm cầu</translation>
    </message>
    <message>
        <source>who attended online</source>
        <translation>thành phần dự trực tuyến</translation>
    </message>
    <message>
        <source>livestream views</source>
        <translation>lượt xem livestream</translation>
    </message>
    <message>
        <source>livestream platform</source>
        <translation>nền tảng livestream</translation>
    </message>
    <message>
        <source>there are presentations</source>
        <translation>có tham luận</translation>
    </message>
    <message>
        <source>presentations, one by one</source>
        <translation>từng tham luận</translation>
    </message>
    <message>
        <source>number</source>
        <translation>số thứ tự</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>người trình bày</translation>
    </message>
    <message>
        <source>title</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>there are outcomes</source>
        <translation>có kết quả</translation>
    </message>
    <message>
        <source>outcomes, one by one</source>
        <translation>từng kết quả</translation>
    </message>
    <message>
        <source>text</source>
        <translation>nội dung</translation>
    </message>
    <message>
        <source>separator</source>
        <translation>dấu ngăn cách</translation>
    </message>
    <message>
        <source>separator (… and …)</source>
        <translation>dấu ngăn cách (… và …)</translation>
    </message>
    <message>
        <source>first item</source>
        <translation>mục đầu tiên</translation>
    </message>
    <message>
        <source>label</source>
        <translation>nhãn</translation>
    </message>
    <message>
        <source>members</source>
        <translation>thành viên</translation>
    </message>
    <message>
        <source>section number</source>
        <translation>số đề mục</translation>
    </message>
    <message>
        <source>teams per level, one by one</source>
        <translation>Tổ theo từng cấp</translation>
    </message>
    <message>
        <source>teams in total</source>
        <translation>tổng số Tổ</translation>
    </message>
    <message>
        <source>team members in total</source>
        <translation>tổng số thành viên Tổ</translation>
    </message>
    <message>
        <source>every unit has a team</source>
        <translation>mọi đơn vị đều có Tổ</translation>
    </message>
    <message>
        <source>some units have no team</source>
        <translation>có đơn vị chưa có Tổ</translation>
    </message>
    <message>
        <source>share of units with a team</source>
        <translation>tỷ lệ đơn vị có Tổ</translation>
    </message>
    <message>
        <source>training sessions, one by one</source>
        <translation>từng lớp tập huấn</translation>
    </message>
    <message>
        <source>communication activities, one by one</source>
        <translation>từng hoạt động truyền thông</translation>
    </message>
    <message>
        <source>other figures, one by one</source>
        <translation>từng số liệu khác</translation>
    </message>
    <message>
        <source>other activities, one by one</source>
        <translation>từng hoạt động khác</translation>
    </message>
    <message>
        <source>there are recommendations</source>
        <translation>có kiến nghị</translation>
    </message>
    <message>
        <source>introduction to the recommendations</source>
        <translation>phần mở đầu kiến nghị</translation>
    </message>
    <message>
        <source>recommendations, one by one</source>
        <translation>từng kiến nghị</translation>
    </message>
    <message>
        <source>media outputs per outlet, one by one</source>
        <translation>sản phẩm truyền thông theo từng cơ quan</translation>
    </message>
    <message>
        <source>outlet</source>
        <translation>cơ quan báo chí</translation>
    </message>
    <message>
        <source>items</source>
        <translation>số tin, bài</translation>
    </message>
    <message>
        <source>other events, one by one</source>
        <translation>từng sự kiện khác</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>đơn vị tổ chức</translation>
    </message>
    <message>
        <source>▸ no %1</source>
        <translation>▸ không có %1</translation>
    </message>
    <message>
        <source>What follows, up to the matching ◂, is printed only when the data has “%1”; for a list, once per item.</source>
        <translation>Phần tiếp theo, đến dấu ◂ tương ứng, chỉ được in khi dữ liệu có “%1”; với một danh sách thì in một lần cho mỗi mục.</translation>
    </message>
    <message>
        <source>What follows, up to the matching ◂, is printed only when the data has no “%1”.</source>
        <translation>Phần tiếp theo, đến dấu ◂ tương ứng, chỉ được in khi dữ liệu không có “%1”.</translation>
    </message>
    <message>
        <source>End of the part “%1”.</source>
        <translation>Kết thúc phần “%1”.</translation>
    </message>
    <message>
        <source>%1 = %2 (from the data while the report is a draft)</source>
        <translation>%1 = %2 (lấy từ dữ liệu khi báo cáo còn là dự thảo)</translation>
    </message>
    <message>
        <source>%1: empty in the data now, so nothing is printed</source>
        <translation>%1: hiện dữ liệu để trống nên không in gì</translation>
    </message>
    <message>
        <source>%1: filled from the data when the report is printed</source>
        <translation>%1: lấy từ dữ liệu khi in báo cáo</translation>
    </message>
    <message>
        <source>The ◂ in paragraph %1 ends the part “%2”, which was never started (▸).</source>
        <translation>Dấu ◂ ở đoạn %1 đóng phần “%2” nhưng phần này chưa được mở (▸).</translation>
    </message>
    <message>
        <source>The part “%1” started (▸) in paragraph %2 must end (◂) before the part that encloses it ends in paragraph %3.</source>
        <translation>Phần “%1” mở (▸) ở đoạn %2 phải được đóng (◂) trước khi phần bao ngoài nó đóng ở đoạn %3.</translation>
    </message>
    <message>
        <source>The part “%1” started (▸) in paragraph %2 is never ended (◂).</source>
        <translation>Phần “%1” mở (▸) ở đoạn %2 chưa được đóng (◂).</translation>
    </message>
    <message>
        <source>“tỉnh” or “thành phố”</source>
        <translation>“tỉnh” hoặc “thành phố”</translation>
    </message>
    <message>
        <source>the province has districts</source>
        <translation>tỉnh có cấp huyện</translation>
    </message>
    <message>
        <source>clause number (empty when left out)</source>
        <translation>số khoản (để trống nếu bỏ qua)</translation>
    </message>
    <message>
        <source>there are activities to report</source>
        <translation>có hoạt động cần báo cáo</translation>
    </message>
    <message>
        <source>members, or “not reported”</source>
        <translation>số thành viên, hoặc “chưa báo cáo”</translation>
    </message>
    <message>
        <source>there are teams to report</source>
        <translation>có Tổ cần báo cáo</translation>
    </message>
    <message>
        <source>team members in total, or “not reported”</source>
        <translation>tổng số thành viên Tổ, hoặc “chưa báo cáo”</translation>
    </message>
    <message>
        <source>units left out of the coverage</source>
        <translation>đơn vị không tính vào tỷ lệ bao phủ</translation>
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
    <message>
        <source>The %1 of the report has a template error: %2</source>
        <translation>Phần %1 của báo cáo có lỗi mẫu: %2</translation>
    </message>
    <message>
        <source>Report %1 does not exist.</source>
        <translation>Không có báo cáo mã %1.</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>trích yếu</translation>
    </message>
    <message>
        <source>addressees</source>
        <translation>kính gửi</translation>
    </message>
    <message>
        <source>closing line</source>
        <translation>câu kết</translation>
    </message>
    <message>
        <source>distribution list</source>
        <translation>nơi nhận</translation>
    </message>
    <message>
        <source>body</source>
        <translation>nội dung</translation>
    </message>
</context>
<context>
    <name>cds::ReportDocx</name>
    <message>
        <source>Cannot write the Word file “%1”: %2</source>
        <translation>Không ghi được tệp Word “%1”: %2</translation>
    </message>
</context>
<context>
    <name>cds::ReportEditor</name>
    <message>
        <source>(none: the head signs)</source>
        <translation>(không: người đứng đầu ký)</translation>
    </message>
    <message>
        <source>Default wording</source>
        <translation>Nội dung mặc định</translation>
    </message>
    <message>
        <source>Replace the body with the default template&apos;s wording? Your corrections to the body are lost unless you saved them as a template.</source>
        <translation>Thay nội dung báo cáo bằng nội dung của mẫu mặc định? Các chỉnh sửa của bạn trong phần nội dung sẽ bị mất nếu chưa lưu thành mẫu.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>From the template “%1”, version %2.</source>
        <translation>Theo mẫu “%1”, phiên bản %2.</translation>
    </message>
    <message>
        <source>List: teams per level</source>
        <translation>Danh sách: Tổ CNSCĐ theo cấp</translation>
    </message>
    <message>
        <source>List: media outputs per outlet</source>
        <translation>Danh sách: sản phẩm truyền thông theo cơ quan báo chí</translation>
    </message>
    <message>
        <source>List: presentations of the main event</source>
        <translation>Danh sách: tham luận tại sự kiện chính</translation>
    </message>
    <message>
        <source>List: other events with their attendance</source>
        <translation>Danh sách: các sự kiện khác và số người tham dự</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Tên đợt hoạt động</translation>
    </message>
    <message>
        <source>Campaign year</source>
        <translation>Năm của đợt hoạt động</translation>
    </message>
    <message>
        <source>Province in running text</source>
        <translation>Tên tỉnh trong văn bản</translation>
    </message>
    <message>
        <source>Issuing body in running text</source>
        <translation>Cơ quan ban hành trong văn bản</translation>
    </message>
    <message>
        <source>(choose a signer)</source>
        <translation>(chọn người ký)</translation>
    </message>
    <message>
        <source>The data changed after this report was issued; the issued copy is kept as signed. Figures that now differ: %1</source>
        <translation>Dữ liệu đã thay đổi sau khi báo cáo được ban hành; bản đã ban hành được giữ nguyên như khi ký. Các số liệu hiện đã khác: %1</translation>
    </message>
    <message numerus="yes">
        <source>Register %1: %2 number(s) used; next free number %3.</source>
        <translation>
            <numerusform>Sổ đăng ký %1: đã dùng %2 số; số tiếp theo còn trống là %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gaps (numbers not used): %1.</source>
        <translation>Các số bị bỏ trống (chưa dùng): %1.</translation>
    </message>
    <message>
        <source>No report selected.</source>
        <translation>Chưa chọn báo cáo nào.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Draft&lt;/b&gt;, numbered %1 of %2: ready to issue.</source>
        <translation>&lt;b&gt;Dự thảo&lt;/b&gt;, đã cấp số %1 của %2: sẵn sàng ban hành.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Draft&lt;/b&gt;: figures follow the data; the records office has not given a number yet.</source>
        <translation>&lt;b&gt;Dự thảo&lt;/b&gt;: số liệu cập nhật theo dữ liệu; văn thư chưa cấp số.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Issued&lt;/b&gt; as %1 of %2, frozen on %3. It can be reprinted or withdrawn, never edited.</source>
        <translation>&lt;b&gt;Đã ban hành&lt;/b&gt; với số %1 của %2, cố định từ %3. Có thể in lại hoặc thu hồi, không thể chỉnh sửa.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Withdrawn&lt;/b&gt; (%1 of %2) on %3. Reason: %4</source>
        <translation>&lt;b&gt;Đã thu hồi&lt;/b&gt; (số %1 của %2) ngày %3. Lý do: %4</translation>
    </message>
    <message>
        <source> — &lt;i&gt;unsaved changes&lt;/i&gt;</source>
        <translation> — &lt;i&gt;có thay đổi chưa lưu&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Lưu dự thảo</translation>
    </message>
    <message>
        <source>The draft was not saved.

%1</source>
        <translation>Chưa lưu được dự thảo.

%1</translation>
    </message>
    <message>
        <source>Give a number</source>
        <translation>Cấp số</translation>
    </message>
    <message>
        <source>The next free number of %1 is %2, not %3. Give number %3 anyway?</source>
        <translation>Số tiếp theo còn trống của %1 là %2, không phải %3. Vẫn cấp số %3?</translation>
    </message>
    <message>
        <source>Take the number back</source>
        <translation>Thu hồi số</translation>
    </message>
    <message>
        <source>Issue the report</source>
        <translation>Ban hành báo cáo</translation>
    </message>
    <message>
        <source>Issue report %1 of %2?

The report is frozen as it prints now: its PDF, its figures and its template are kept, and it can no longer be edited or deleted, only reprinted or withdrawn.</source>
        <translation>Ban hành báo cáo số %1 của %2?

Báo cáo được cố định đúng như bản in hiện tại: tệp PDF, số liệu và mẫu được lưu giữ; báo cáo không thể chỉnh sửa hay xóa nữa, chỉ có thể in lại hoặc thu hồi.</translation>
    </message>
    <message>
        <source>The report was not issued.

%1</source>
        <translation>Chưa ban hành được báo cáo.

%1</translation>
    </message>
    <message>
        <source>Withdraw the report</source>
        <translation>Thu hồi báo cáo</translation>
    </message>
    <message>
        <source>Why is report %1 withdrawn? (kept with the report)</source>
        <translation>Lý do thu hồi báo cáo %1? (được lưu cùng báo cáo)</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>In lại</translation>
    </message>
    <message>
        <source>Save the issued report</source>
        <translation>Lưu báo cáo đã ban hành</translation>
    </message>
    <message>
        <source>report-%1.pdf</source>
        <translation>bao-cao-%1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The file %1 was not written: %2</source>
        <translation>Không ghi được tệp %1: %2</translation>
    </message>
    <message>
        <source>The issued copy of %1 was written, exactly as issued, to:
%2

SHA-256: %3</source>
        <translation>Bản đã ban hành của %1 đã được ghi, đúng nguyên bản khi ban hành, vào:
%2

SHA-256: %3</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Lưu thành mẫu</translation>
    </message>
    <message>
        <source>Template name (an existing name gets a new version):</source>
        <translation>Tên mẫu (nếu trùng tên mẫu đã có sẽ tạo phiên bản mới):</translation>
    </message>
    <message>
        <source>Saved as “%1”, version %2. A new report can start from it.</source>
        <translation>Đã lưu thành “%1”, phiên bản %2. Có thể dùng mẫu này để tạo báo cáo mới.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
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
        <source>Team</source>
        <translation>Tên Tổ</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(chưa có Tổ)</translation>
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
        <source>Participants (declared)</source>
        <translation>Số người tham gia (kê khai)</translation>
    </message>
    <message>
        <source>Attendees listed</source>
        <translation>Số người theo danh sách</translation>
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
        <source>“%1” is entered as a figure of the campaign (%2); no list of records lies behind it.</source>
        <translation>“%1” là số liệu nhập trực tiếp cho đợt hoạt động (%2); không có danh sách bản ghi đi kèm.</translation>
    </message>
    <message>
        <source>Behind the figure: %1</source>
        <translation>Chi tiết số liệu: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 = %2 — %3 record(s)</source>
        <translation>
            <numerusform>%1 = %2 — %3 bản ghi</numerusform>
        </translation>
    </message>
    <message>
        <source>The draft was not saved: its body is incomplete.

%1</source>
        <translation>Dự thảo chưa được lưu vì phần nội dung chưa hoàn chỉnh.

%1</translation>
    </message>
    <message>
        <source>Insert &amp;field</source>
        <translation>Chèn &amp;trường</translation>
    </message>
    <message>
        <source>Today&apos;s records: %1</source>
        <translation>Dữ liệu hiện tại: %1</translation>
    </message>
    <message>
        <source>The issued report prints %1.</source>
        <translation>Báo cáo đã ban hành in %1.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>The draft %1 has changes that are not saved. Save them?</source>
        <translation>Dự thảo %1 có thay đổi chưa được lưu. Lưu lại không?</translation>
    </message>
    <message>
        <source>&amp;Letterhead:</source>
        <translation>&amp;Tiêu đề văn bản:</translation>
    </message>
</context>
<context>
    <name>cds::ReportListModel</name>
    <message>
        <source>Issued</source>
        <translation>Đã ban hành</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Đã thu hồi</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Đợt hoạt động</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>draft #%1</source>
        <translation>dự thảo số %1</translation>
    </message>
    <message>
        <source>month %1/%2</source>
        <translation>tháng %1/%2</translation>
    </message>
    <message>
        <source>template &quot;%1&quot;</source>
        <translation>mẫu “%1”</translation>
    </message>
</context>
<context>
    <name>cds::ReportOdt</name>
    <message>
        <source>Cannot write the ODT file “%1”: %2</source>
        <translation>Không ghi được tệp ODT “%1”: %2</translation>
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
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Withdrawn report: the copy as it was issued. Reason: %1</source>
        <translation>Báo cáo đã thu hồi: bản như khi ban hành. Lý do: %1</translation>
    </message>
    <message>
        <source>Issued report: the copy as it was issued and signed; the data can no longer change it.</source>
        <translation>Báo cáo đã ban hành: bản như khi ban hành và ký; dữ liệu không còn làm thay đổi bản này.</translation>
    </message>
    <message>
        <source>Open a campaign first</source>
        <translation>Vui lòng mở một đợt hoạt động trước</translation>
    </message>
    <message>
        <source>From a &amp;template</source>
        <translation>Từ &amp;mẫu</translation>
    </message>
    <message>
        <source>Default template (the 2022 reference report)</source>
        <translation>Mẫu mặc định (báo cáo tham chiếu năm 2022)</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (phiên bản %2)</translation>
    </message>
    <message>
        <source>From an earlier &amp;report</source>
        <translation>Từ một &amp;báo cáo trước</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>Báo cáo mới</translation>
    </message>
    <message>
        <source>The report was not created.

%1</source>
        <translation>Chưa tạo được báo cáo.

%1</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Xóa dự thảo</translation>
    </message>
    <message>
        <source>Report %1 has been issued: it is never deleted. Withdraw it instead.</source>
        <translation>Báo cáo %1 đã được ban hành nên không thể xóa. Vui lòng thu hồi báo cáo.</translation>
    </message>
    <message>
        <source>Delete the draft “%1”? Its wording is lost.</source>
        <translation>Xóa dự thảo “%1”? Nội dung của dự thảo sẽ bị mất.</translation>
    </message>
    <message>
        <source>Draft: the figures are those of today&apos;s data.</source>
        <translation>Dự thảo: số liệu theo dữ liệu hiện tại.</translation>
    </message>
    <message>
        <source>Export report for a word processor</source>
        <translation>Xuất báo cáo cho phần mềm soạn thảo văn bản</translation>
    </message>
    <message>
        <source>report-%1.odt</source>
        <translation>bao-cao-%1.odt</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Văn bản OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Export ODT</source>
        <translation>Xuất ODT</translation>
    </message>
    <message>
        <source>The report was written to:
%1

Its pages are set up as Decree 30 requires (A4, margins, page numbers from page 2); line and page breaks are the word processor&apos;s, so check them before printing. The PDF is the copy laid out by CDS Desk.</source>
        <translation>Đã ghi báo cáo vào:
%1

Trang văn bản đã được thiết lập theo Nghị định 30 (khổ A4, lề, số trang từ trang 2); việc ngắt dòng, ngắt trang do trình soạn thảo thực hiện nên cần kiểm tra lại trước khi in. Bản PDF là bản do CDS Desk dàn trang.</translation>
    </message>
    <message>
        <source>report-%1.docx</source>
        <translation>bao-cao-%1.docx</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
        <source>Export DOCX</source>
        <translation>Xuất DOCX</translation>
    </message>
    <message>
        <source>Preparing the report …</source>
        <translation>Đang lập báo cáo …</translation>
    </message>
</context>
<context>
    <name>cds::ReportPreview</name>
    <message>
        <source>%1 = %2 as issued — click to see today&apos;s records</source>
        <translation>%1 = %2 theo bản đã ban hành — nhấp để xem các bản ghi hiện tại</translation>
    </message>
    <message>
        <source>%1 = %2 — click to see the records</source>
        <translation>%1 = %2 — nhấp để xem các bản ghi</translation>
    </message>
</context>
<context>
    <name>cds::ReportRegister</name>
    <message>
        <source>A report register query could not be prepared: %1</source>
        <translation>Không thể chuẩn bị truy vấn sổ đăng ký báo cáo: %1</translation>
    </message>
    <message>
        <source>The report register could not be read or written: %1</source>
        <translation>Không đọc hoặc ghi được sổ đăng ký báo cáo: %1</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Không thể bắt đầu giao dịch: %1</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>Không thể lưu: %1</translation>
    </message>
    <message>
        <source>Report %1 does not exist.</source>
        <translation>Không có báo cáo mã %1.</translation>
    </message>
    <message>
        <source>Report %1 has been issued: it can no longer be changed or deleted. Withdraw it and make a new report instead.</source>
        <translation>Báo cáo %1 đã được ban hành nên không thể thay đổi hoặc xóa. Vui lòng thu hồi báo cáo và lập báo cáo mới.</translation>
    </message>
    <message>
        <source>Campaign %1 does not exist.</source>
        <translation>Không có đợt hoạt động mã %1.</translation>
    </message>
    <message>
        <source>There is no letterhead yet: enter the issuing body first.</source>
        <translation>Chưa có tiêu đề cơ quan: vui lòng nhập cơ quan ban hành trước.</translation>
    </message>
    <message>
        <source>Template %1 does not exist.</source>
        <translation>Không có mẫu mã %1.</translation>
    </message>
    <message>
        <source>The signing authority must be KT., TM., TL., TUQ., Q. or none.</source>
        <translation>Quyền hạn ký phải là KT., TM., TL., TUQ., Q. hoặc để trống.</translation>
    </message>
    <message>
        <source>A field is written wrongly: %1</source>
        <translation>Có trường bị viết sai: %1</translation>
    </message>
    <message>
        <source>A document number is a whole number from 1.</source>
        <translation>Số văn bản phải là số nguyên từ 1 trở lên.</translation>
    </message>
    <message>
        <source>A numbered report needs its date.</source>
        <translation>Báo cáo đã cấp số cần có ngày.</translation>
    </message>
    <message>
        <source>Give the report its number and date in the register before issuing it.</source>
        <translation>Vui lòng cấp số và ngày cho báo cáo trong sổ đăng ký trước khi ban hành.</translation>
    </message>
    <message>
        <source>Enter the signer&apos;s position and name before issuing the report.</source>
        <translation>Vui lòng nhập chức vụ và họ tên người ký trước khi ban hành báo cáo.</translation>
    </message>
    <message>
        <source>Report %1 has not been issued: there is no issued copy.</source>
        <translation>Báo cáo %1 chưa được ban hành: chưa có bản ban hành.</translation>
    </message>
    <message>
        <source>The issued copy of report %1 is damaged.</source>
        <translation>Bản ban hành của báo cáo %1 bị hỏng.</translation>
    </message>
    <message>
        <source>Only an issued report can be withdrawn.</source>
        <translation>Chỉ có thể thu hồi báo cáo đã ban hành.</translation>
    </message>
    <message>
        <source>Give the reason for withdrawing the report.</source>
        <translation>Vui lòng nêu lý do thu hồi báo cáo.</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Vui lòng đặt tên cho mẫu.</translation>
    </message>
    <message>
        <source>the draft</source>
        <translation>dự thảo</translation>
    </message>
    <message>
        <source>the issued report</source>
        <translation>báo cáo đã ban hành</translation>
    </message>
    <message>
        <source>the withdrawn report</source>
        <translation>báo cáo đã thu hồi</translation>
    </message>
    <message>
        <source>Number %1 of %2 is already taken in the register of %3 by %4 &quot;%5&quot; (%6). The next free number is %7.</source>
        <translation>Số %1 của %2 trong sổ đăng ký năm %3 đã cấp cho %4 “%5” (%6). Số còn trống tiếp theo là %7.</translation>
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
    <message>
        <source>Cannot draw the report into a PDF.</source>
        <translation>Không thể xuất báo cáo ra PDF.</translation>
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
    <name>cds::SetupCommands</name>
    <message>
        <source>Unknown kind “%1” for --create; use one of %2.</source>
        <translation>Không có loại “%1” cho --create; hãy dùng một trong các loại: %2.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Không mở được cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>Nothing was created (%1): %2</source>
        <translation>Chưa tạo bản ghi nào (%1): %2</translation>
    </message>
</context>
<context>
    <name>cds::SetupProvinceCommand</name>
    <message>
        <source>Unknown unit list &quot;%1&quot;; use 2025 (in force from 01/07/2025) or 2024 (as of 01/03/2025).</source>
        <translation>Không có danh mục đơn vị “%1”; hãy dùng 2025 (có hiệu lực từ 01/07/2025) hoặc 2024 (thời điểm 01/03/2025).</translation>
    </message>
    <message>
        <source>The list of %1 has no province &quot;%2&quot;; name it by its 2-digit GSO code or its name (such as 51 or Quảng Ngãi).</source>
        <translation>Danh mục thời điểm %1 không có tỉnh “%2”; hãy ghi mã TCTK 2 chữ số hoặc tên của tỉnh (ví dụ 51 hoặc Quảng Ngãi).</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Không mở được cơ sở dữ liệu %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is already set up from the list of %2: nothing created (%n unit(s) already there).</source>
        <translation>
            <numerusform>%1 đã được thiết lập theo danh mục thời điểm %2: không tạo thêm gì (đã có %n đơn vị).</numerusform>
        </translation>
    </message>
    <message>
        <source>Created for %1: %2 (list of %3)</source>
        <translation>Đã tạo cho %1: %2 (danh mục thời điểm %3)</translation>
    </message>
    <message numerus="yes">
        <source>; %n link(s) from old units to new ones recorded</source>
        <translation>
            <numerusform>; đã ghi nhận %n liên kết từ đơn vị cũ sang đơn vị mới</numerusform>
        </translation>
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
    <message>
        <source>a worksheet holds at most %1 rows; export as CSV instead</source>
        <translation>một trang tính chứa tối đa %1 dòng; hãy xuất dạng CSV</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>cơ sở dữ liệu chưa được mở</translation>
    </message>
</context>
<context>
    <name>cds::TablePrint</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
</context>
<context>
    <name>cds::TeamForm</name>
    <message>
        <source>Leader</source>
        <translation>Tổ trưởng</translation>
    </message>
    <message>
        <source>Deputy leader</source>
        <translation>Tổ phó</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Tổ mới</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tổ CNSCĐ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Leader: not entered</source>
        <translation>Tổ trưởng: chưa nhập</translation>
    </message>
    <message>
        <source>Leader: %1</source>
        <translation>Tổ trưởng: %1</translation>
    </message>
    <message numerus="yes">
        <source>Listed: %1 member(s) — Declared: %2</source>
        <translation>
            <numerusform>Theo danh sách: %1 thành viên — Kê khai: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ The list has %1 member(s) but %2 were declared; the report counts the list.</source>
        <translation>
            <numerusform>⚠ Danh sách có %1 thành viên nhưng số kê khai là %2; báo cáo tính theo danh sách.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from team</source>
        <translation>Đưa ra khỏi Tổ</translation>
    </message>
    <message>
        <source>Remove “%1” from this team? The membership ends today; the person stays in the members list.</source>
        <translation>Đưa “%1” ra khỏi Tổ này? Việc tham gia Tổ kết thúc từ hôm nay; người này vẫn có trong danh sách thành viên.</translation>
    </message>
    <message>
        <source>Remove “%1” from the team</source>
        <translation>Đưa “%1” ra khỏi Tổ</translation>
    </message>
    <message>
        <source>Choose the administrative unit the team serves.</source>
        <translation>Vui lòng chọn đơn vị hành chính mà Tổ phụ trách.</translation>
    </message>
    <message>
        <source>Enter the team&apos;s name.</source>
        <translation>Vui lòng nhập tên Tổ.</translation>
    </message>
    <message>
        <source>The declared number of members must be a whole number, 0 or more.</source>
        <translation>Số thành viên kê khai phải là số nguyên, từ 0 trở lên.</translation>
    </message>
    <message>
        <source>The establishment date is in the future.</source>
        <translation>Ngày thành lập là một ngày trong tương lai.</translation>
    </message>
    <message>
        <source>%1 already has a team in this campaign: “%2”. A unit has one team per level; open that team instead.</source>
        <translation>%1 đã có Tổ trong đợt hoạt động này: “%2”. Mỗi đơn vị chỉ có một Tổ ở mỗi cấp; vui lòng mở Tổ đó.</translation>
    </message>
    <message>
        <source>%1 members declared is more than three times the usual size of a team at this level (median %2).</source>
        <translation>Số thành viên kê khai %1 lớn hơn gấp ba lần quy mô thông thường của Tổ ở cấp này (trung vị %2).</translation>
    </message>
    <message>
        <source>%1 members listed is more than three times the usual size of a team at this level (median %2).</source>
        <translation>Số thành viên theo danh sách %1 lớn hơn gấp ba lần quy mô thông thường của Tổ ở cấp này (trung vị %2).</translation>
    </message>
    <message>
        <source>Add team “%1”</source>
        <translation>Thêm Tổ “%1”</translation>
    </message>
    <message>
        <source>Edit team “%1”</source>
        <translation>Sửa Tổ “%1”</translation>
    </message>
    <message>
        <source>Adding the first member on the Members tab saves the team.</source>
        <translation>Thêm thành viên đầu tiên ở thẻ Thành viên sẽ lưu Tổ.</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>chưa báo cáo</translation>
    </message>
    <message numerus="yes">
        <source>⚠ The list has %1 member(s) but %2 were declared; the report counts the declared number until the list is complete. Saving asks whether the list is complete.</source>
        <translation>
            <numerusform>⚠ Danh sách có %1 thành viên nhưng số kê khai là %2; báo cáo tính theo số kê khai cho đến khi danh sách đầy đủ. Khi lưu, phần mềm sẽ hỏi danh sách đã đầy đủ chưa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list has %1 member(s) but %2 are declared. Is the list complete?

Yes: the declared number becomes %1.
No: keep %2; the report counts %2 and the dashboard lists the team until its list is complete.</source>
        <translation>
            <numerusform>Danh sách có %1 thành viên nhưng số kê khai là %2. Danh sách đã đầy đủ chưa?

Có: số kê khai được sửa thành %1.
Không: giữ %2; báo cáo tính %2 và trang Tổng quan liệt kê Tổ này cho đến khi danh sách đầy đủ.</numerusform>
        </translation>
    </message>
    <message>
        <source>(every administrative unit already has a team in this campaign)</source>
        <translation>(mọi đơn vị hành chính đã có Tổ trong đợt hoạt động này)</translation>
    </message>
    <message>
        <source>Units that already have a team in this campaign are not listed: open that team instead.</source>
        <translation>Đơn vị đã có Tổ trong đợt hoạt động này không có trong danh sách: hãy mở Tổ đó.</translation>
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
        <source>Declared members</source>
        <translation>Số thành viên kê khai</translation>
    </message>
    <message>
        <source>No member list yet: the report counts the %1 declared</source>
        <translation>Chưa có danh sách thành viên: báo cáo tính theo %1 thành viên kê khai</translation>
    </message>
    <message>
        <source>The report counts %1 (the larger of the listed and the declared)</source>
        <translation>Báo cáo tính %1 (số lớn hơn giữa số trong danh sách và số kê khai)</translation>
    </message>
    <message>
        <source>Listed members</source>
        <translation>Thành viên trong danh sách</translation>
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
    <message>
        <source>Choose or create a campaign first.</source>
        <translation>Vui lòng chọn hoặc tạo đợt hoạt động trước.</translation>
    </message>
    <message>
        <source>Remove team</source>
        <translation>Xóa Tổ</translation>
    </message>
    <message>
        <source>The team “%1” cannot be removed because other records use it: %2.</source>
        <translation>Không thể xóa Tổ “%1” vì đang được các bản ghi khác sử dụng: %2.</translation>
    </message>
    <message>
        <source>Remove or move those records first.</source>
        <translation>Vui lòng xóa hoặc chuyển các bản ghi đó trước.</translation>
    </message>
    <message numerus="yes">
        <source>The team “%1” has %2 member(s) (%3 membership record(s) with the earlier ones).</source>
        <translation>
            <numerusform>Tổ “%1” có %2 thành viên (%3 bản ghi tham gia Tổ, kể cả các thành viên trước đây).</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove them from the team and remove the team? The people stay in the members list.</source>
        <translation>Đưa các thành viên ra khỏi Tổ và xóa Tổ? Những người này vẫn có trong danh sách thành viên.</translation>
    </message>
    <message>
        <source>Remove the team “%1”?</source>
        <translation>Xóa Tổ “%1”?</translation>
    </message>
    <message>
        <source>Edit → Undo (Ctrl+Z) brings it back.</source>
        <translation>Có thể khôi phục bằng Sửa → Hoàn tác (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Remove team “%1”</source>
        <translation>Xóa Tổ “%1”</translation>
    </message>
    <message>
        <source>“%1” could not be removed: %2</source>
        <translation>Không xóa được “%1”: %2</translation>
    </message>
    <message>
        <source>Reading the %1 teams …</source>
        <translation>Đang đọc %1 Tổ …</translation>
    </message>
</context>
<context>
    <name>cds::TrainingForm</name>
    <message>
        <source>New training session</source>
        <translation>Lớp tập huấn mới</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Lớp tập huấn</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(không ghi)</translation>
    </message>
    <message>
        <source>e.g. members of the community digital technology teams</source>
        <translation>Ví dụ: thành viên các Tổ Công nghệ số cộng đồng</translation>
    </message>
    <message>
        <source>Report sentence; {participants} stands for the figure.</source>
        <translation>Câu văn trong báo cáo; {participants} được thay bằng số liệu.</translation>
    </message>
    <message>
        <source>Find an organisation…</source>
        <translation>Tìm cơ quan, đơn vị…</translation>
    </message>
    <message>
        <source>Name, phone or workplace, with or without diacritics</source>
        <translation>Họ tên, số điện thoại hoặc nơi công tác, gõ có dấu hay không dấu đều được</translation>
    </message>
    <message>
        <source>Enter the training&apos;s title.</source>
        <translation>Vui lòng nhập tên lớp tập huấn.</translation>
    </message>
    <message>
        <source>The training cannot end (%1) before it starts (%2).</source>
        <translation>Ngày kết thúc lớp tập huấn (%1) không được trước ngày bắt đầu (%2).</translation>
    </message>
    <message>
        <source>Choose the organiser from the list, or leave it empty.</source>
        <translation>Vui lòng chọn đơn vị tổ chức trong danh sách, hoặc để trống.</translation>
    </message>
    <message>
        <source>The number of participants cannot be negative.</source>
        <translation>Số người tham gia không được là số âm.</translation>
    </message>
    <message>
        <source>The attendance list names %1 members but only %2 participants are declared: raise the declared number or remove attendees.</source>
        <translation>Danh sách tham gia có %1 thành viên nhưng số người tham gia kê khai chỉ là %2: vui lòng tăng số kê khai hoặc bớt người trong danh sách.</translation>
    </message>
    <message>
        <source>The date %1 is outside the campaign&apos;s year %2.</source>
        <translation>Ngày %1 nằm ngoài năm %2 của đợt hoạt động.</translation>
    </message>
    <message>
        <source>Add training “%1”</source>
        <translation>Thêm lớp tập huấn “%1”</translation>
    </message>
    <message>
        <source>Edit training “%1”</source>
        <translation>Sửa lớp tập huấn “%1”</translation>
    </message>
    <message>
        <source>The first %1 matches are shown; type more of the name or choose a team or unit to narrow them.</source>
        <translation>Đang hiển thị %1 kết quả đầu tiên; hãy gõ thêm tên hoặc chọn Tổ, đơn vị để thu hẹp kết quả.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) match.</source>
        <translation>
            <numerusform>%n thành viên phù hợp.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendees chosen: %1</source>
        <translation>Số người tham gia đã chọn: %1</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Lớp tập huấn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên lớp</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Ngày bắt đầu</translation>
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
        <source>Declared participants</source>
        <translation>Số người tham gia kê khai</translation>
    </message>
    <message>
        <source>Attendees listed</source>
        <translation>Số người theo danh sách</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>All modes</source>
        <translation>Tất cả các hình thức</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
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
<context>
    <name>cds::UnitCatalogue</name>
    <message>
        <source>Set up the administrative units of %1 (list of %2)</source>
        <translation>Thiết lập đơn vị hành chính của %1 (danh mục thời điểm %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n province(s)</source>
        <translation>
            <numerusform>%n tỉnh</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n district-level unit(s)</source>
        <translation>
            <numerusform>%n đơn vị cấp huyện</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commune(s)/ward(s)/special zone(s)</source>
        <translation>
            <numerusform>%n đơn vị cấp xã</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commune(s)/ward(s)/township(s)</source>
        <translation>
            <numerusform>%n đơn vị cấp xã</numerusform>
        </translation>
    </message>
    <message>
        <source>The list of %1 has no province with the code %2.</source>
        <translation>Danh mục thời điểm %1 không có tỉnh mã %2.</translation>
    </message>
    <message>
        <source>The database could not start a transaction: %1</source>
        <translation>Cơ sở dữ liệu không bắt đầu được giao dịch: %1</translation>
    </message>
    <message>
        <source>Nothing was set up: %1</source>
        <translation>Chưa thiết lập được gì: %1</translation>
    </message>
    <message>
        <source>%1 (%2) could not be written: %3</source>
        <translation>Không ghi được %1 (%2): %3</translation>
    </message>
    <message>
        <source>The list %1 is missing from this build.</source>
        <translation>Bản cài đặt này thiếu danh mục %1.</translation>
    </message>
    <message>
        <source>Line %1 of %2 has %3 values, expected %4.</source>
        <translation>Dòng %1 của %2 có %3 giá trị, cần %4.</translation>
    </message>
</context>
<context>
    <name>cds::UnitForm</name>
    <message>
        <source>New administrative unit</source>
        <translation>Đơn vị hành chính mới</translation>
    </message>
    <message>
        <source>Administrative unit</source>
        <translation>Đơn vị hành chính</translation>
    </message>
    <message>
        <source>5 digits for a commune, 3 for a district; none for a village</source>
        <translation>5 chữ số đối với xã, 3 chữ số đối với huyện; thôn không có mã</translation>
    </message>
    <message>
        <source>A unit that no longer exists is closed with the date it ended, not removed: the campaigns that counted it still need it.</source>
        <translation>Đơn vị không còn tồn tại thì được giải thể kèm ngày kết thúc, không bị xóa: các đợt hoạt động đã tính đơn vị này vẫn cần đến đơn vị đó.</translation>
    </message>
    <message>
        <source>Enter the unit&apos;s name, e.g. “Thôn An Định”.</source>
        <translation>Vui lòng nhập tên đơn vị, ví dụ: “Thôn An Định”.</translation>
    </message>
    <message>
        <source>Choose the unit&apos;s level.</source>
        <translation>Vui lòng chọn cấp của đơn vị.</translation>
    </message>
    <message>
        <source>Choose the unit it belongs to from the list.</source>
        <translation>Vui lòng chọn đơn vị cấp trên trong danh sách.</translation>
    </message>
    <message>
        <source>A province-level unit belongs to no other unit.</source>
        <translation>Đơn vị cấp tỉnh không trực thuộc đơn vị nào.</translation>
    </message>
    <message>
        <source>A village or residential group belongs to a commune, or to a district that has no communes.</source>
        <translation>Thôn, tổ dân phố trực thuộc một xã, hoặc một huyện không có xã.</translation>
    </message>
    <message>
        <source>Choose the unit it belongs to.</source>
        <translation>Vui lòng chọn đơn vị cấp trên.</translation>
    </message>
    <message>
        <source>“%1” (%2) cannot hold a unit of the %3: the unit it belongs to must be of a higher level.</source>
        <translation>“%1” (%2) không thể có đơn vị %3 trực thuộc: đơn vị cấp trên phải thuộc cấp cao hơn.</translation>
    </message>
    <message>
        <source>A unit cannot belong to itself or to a unit under it.</source>
        <translation>Đơn vị không thể trực thuộc chính nó hoặc một đơn vị trực thuộc nó.</translation>
    </message>
    <message>
        <source>Villages and residential groups have no GSO code; leave it empty.</source>
        <translation>Thôn, tổ dân phố không có mã TCTK; vui lòng để trống.</translation>
    </message>
    <message>
        <source>The GSO code of a %1 unit has %2 digits.</source>
        <translation>Mã TCTK của đơn vị %1 có %2 chữ số.</translation>
    </message>
    <message>
        <source>2 or 3</source>
        <translation>2 hoặc 3</translation>
    </message>
    <message>
        <source>The GSO code %1 is already “%2”&apos;s.</source>
        <translation>Mã TCTK %1 đã được dùng cho “%2”.</translation>
    </message>
    <message>
        <source>The unit cannot close (%1) before it was established (%2).</source>
        <translation>Ngày giải thể (%1) không được trước ngày thành lập đơn vị (%2).</translation>
    </message>
    <message>
        <source>A “%1” is usually a unit of the %2.</source>
        <translation>“%1” thường là đơn vị %2.</translation>
    </message>
    <message>
        <source>“%1” was closed on %2.</source>
        <translation>“%1” đã được giải thể ngày %2.</translation>
    </message>
    <message>
        <source>Another unit in the same place is already called “%1”.</source>
        <translation>Trong cùng đơn vị cấp trên đã có đơn vị khác mang tên “%1”.</translation>
    </message>
    <message>
        <source>Add administrative unit “%1”</source>
        <translation>Thêm đơn vị hành chính “%1”</translation>
    </message>
    <message>
        <source>Edit administrative unit “%1”</source>
        <translation>Sửa đơn vị hành chính “%1”</translation>
    </message>
    <message>
        <source>(closed)</source>
        <translation>(đã giải thể)</translation>
    </message>
    <message>
        <source>Administrative units</source>
        <translation>Đơn vị hành chính</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Trực thuộc</translation>
    </message>
    <message>
        <source>GSO code</source>
        <translation>Mã TCTK</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Có hiệu lực từ</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Ngày giải thể</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Tổ CNSCĐ</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Tất cả các cấp</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Tất cả huyện, thị xã, thành phố</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Huyện, thị xã, thành phố</translation>
    </message>
    <message>
        <source>Open or closed</source>
        <translation>Còn hiệu lực hay đã giải thể</translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation>Cả còn hiệu lực và đã giải thể</translation>
    </message>
    <message>
        <source>Open units</source>
        <translation>Đơn vị còn hiệu lực</translation>
    </message>
    <message>
        <source>Closed units</source>
        <translation>Đơn vị đã giải thể</translation>
    </message>
    <message>
        <source>Close the unit with an end date</source>
        <translation>Giải thể đơn vị và ghi ngày kết thúc</translation>
    </message>
    <message>
        <source>Choose the unit&apos;s type (Xã, Phường, Thôn, Tổ dân phố…).</source>
        <translation>Vui lòng chọn loại đơn vị (Xã, Phường, Thôn, Tổ dân phố…).</translation>
    </message>
    <message>
        <source>Set up from the national list…</source>
        <translation>Thiết lập theo danh mục quốc gia…</translation>
    </message>
</context>
<context>
    <name>cds::UnitSetupDialog</name>
    <message>
        <source>Set up from the national list</source>
        <translation>Thiết lập theo danh mục quốc gia</translation>
    </message>
    <message>
        <source>01/07/2025: province and commune (two levels)</source>
        <translation>01/07/2025: tỉnh và xã (hai cấp)</translation>
    </message>
    <message>
        <source>01/03/2025: province, district and commune (before the reform)</source>
        <translation>01/03/2025: tỉnh, huyện và xã (trước khi sắp xếp)</translation>
    </message>
    <message>
        <source>Search a province by name or code</source>
        <translation>Tìm tỉnh theo tên hoặc mã</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <source>List:</source>
        <translation>Danh mục:</translation>
    </message>
    <message>
        <source>Province:</source>
        <translation>Tỉnh:</translation>
    </message>
    <message>
        <source>Choose a province.</source>
        <translation>Hãy chọn một tỉnh.</translation>
    </message>
    <message numerus="yes">
        <source>All %n unit(s) of this province in the list of %1 are already there.</source>
        <translation>
            <numerusform>Đã có đủ %n đơn vị của tỉnh này theo danh mục thời điểm %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>valid from %1</source>
        <translation>có hiệu lực từ %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>có hiệu lực đến %1</translation>
    </message>
    <message>
        <source>Will create %1 (%2), with their GSO codes, in one step that Undo takes back.</source>
        <translation>Sẽ tạo %1 (%2) kèm mã TCTK trong một thao tác; có thể hủy bằng Sửa → Hoàn tác.</translation>
    </message>
</context>
<context>
    <name>cds::UserGuideWindow</name>
    <message>
        <source>CDS Desk user guide</source>
        <translation>Hướng dẫn sử dụng CDS Desk</translation>
    </message>
    <message>
        <source>The guide is missing from this build.</source>
        <translation>Bản cài đặt này thiếu tài liệu hướng dẫn.</translation>
    </message>
</context>
<context>
    <name>cds::Validation</name>
    <message>
        <source>The year of birth must be a year between 1900 and %1.</source>
        <translation>Năm sinh phải là năm từ 1900 đến %1.</translation>
    </message>
    <message>
        <source>Born in %1, the member would be %2 years old: check the year of birth.</source>
        <translation>Sinh năm %1 thì thành viên này đã %2 tuổi: hãy kiểm tra lại năm sinh.</translation>
    </message>
    <message>
        <source>Born in %1, the member is only %2 years old.</source>
        <translation>Sinh năm %1, thành viên này mới %2 tuổi.</translation>
    </message>
    <message>
        <source>Born in %1, the member is %2 years old.</source>
        <translation>Sinh năm %1, thành viên này đã %2 tuổi.</translation>
    </message>
    <message>
        <source>The day the member joined (%1) is after today.</source>
        <translation>Ngày tham gia của thành viên (%1) sau ngày hôm nay.</translation>
    </message>
    <message>
        <source>The text holds an invisible or control character (U+%1) at position %2; retype it or delete that character.</source>
        <translation>Văn bản có ký tự ẩn hoặc ký tự điều khiển (U+%1) ở vị trí %2; hãy gõ lại hoặc xóa ký tự đó.</translation>
    </message>
    <message>
        <source>Too long: %1 characters, at most %2.</source>
        <translation>Quá dài: %1 ký tự, tối đa %2.</translation>
    </message>
    <message>
        <source>“%1” is already the leader of this team; a team has one leader.</source>
        <translation>“%1” đã là Tổ trưởng của Tổ này; mỗi Tổ chỉ có một Tổ trưởng.</translation>
    </message>
    <message>
        <source>Expected “Tổ trưởng”, “Tổ phó” or “Thành viên”, found %1.</source>
        <translation>Cần “Tổ trưởng”, “Tổ phó” hoặc “Thành viên”, nhưng gặp %1.</translation>
    </message>
    <message>
        <source>Expected “Nam”, “Nữ” or “Khác”, found %1.</source>
        <translation>Cần “Nam”, “Nữ” hoặc “Khác”, nhưng gặp %1.</translation>
    </message>
    <message>
        <source>“%1” is not a Vietnamese phone number (10 digits starting 03, 05, 07, 08 or 09, or a fixed line of 11 digits starting 02).</source>
        <translation>“%1” không phải số điện thoại Việt Nam (10 chữ số bắt đầu bằng 03, 05, 07, 08 hoặc 09, hoặc số cố định 11 chữ số bắt đầu bằng 02).</translation>
    </message>
</context>
<context>
    <name>cds::XlsxReader</name>
    <message>
        <source>the cell reference %1 is not one</source>
        <translation>%1 không phải là địa chỉ ô hợp lệ</translation>
    </message>
    <message>
        <source>cell %1 names a shared string that is not there</source>
        <translation>ô %1 trỏ đến một chuỗi dùng chung không tồn tại</translation>
    </message>
    <message>
        <source>cell %1 holds %2 where a number is expected</source>
        <translation>ô %1 chứa %2 trong khi cần một số</translation>
    </message>
    <message>
        <source>The file is an Excel 97-2003 workbook (.xls) or a password-protected workbook, which cannot be read: open it in Excel and save it, without a password, as “Excel Workbook (.xlsx)”.</source>
        <translation>Tệp này là tệp Excel 97-2003 (.xls) hoặc tệp Excel có mật khẩu nên không đọc được: hãy mở tệp trong Excel rồi lưu lại, không đặt mật khẩu, dưới dạng “Excel Workbook (.xlsx)”.</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx), or it is damaged: %1</source>
        <translation>Tệp này không phải tệp Excel (.xlsx), hoặc đã bị hỏng: %1</translation>
    </message>
    <message>
        <source>it holds nothing</source>
        <translation>tệp không có nội dung</translation>
    </message>
    <message>
        <source>The file is an OpenDocument spreadsheet (.ods), which cannot be read: save it as “Excel Workbook (.xlsx)”.</source>
        <translation>Tệp này là bảng tính OpenDocument (.ods) nên không đọc được: hãy lưu lại dưới dạng “Excel Workbook (.xlsx)”.</translation>
    </message>
    <message>
        <source>The file is a zip archive but not an Excel workbook (.xlsx): it has no workbook part.</source>
        <translation>Tệp này là tệp nén zip nhưng không phải tệp Excel (.xlsx): không có phần nội dung bảng tính.</translation>
    </message>
    <message>
        <source>The file is a binary Excel workbook (.xlsb), which cannot be read: save it as “Excel Workbook (.xlsx)”.</source>
        <translation>Tệp này là tệp Excel nhị phân (.xlsb) nên không đọc được: hãy lưu lại dưới dạng “Excel Workbook (.xlsx)”.</translation>
    </message>
    <message>
        <source>The workbook is damaged: its list of sheets cannot be read (%1).</source>
        <translation>Tệp Excel bị hỏng: không đọc được danh sách trang tính (%1).</translation>
    </message>
    <message>
        <source>The workbook has no sheet.</source>
        <translation>Tệp Excel không có trang tính nào.</translation>
    </message>
    <message>
        <source>The workbook is damaged: its shared strings cannot be read (%1).</source>
        <translation>Tệp Excel bị hỏng: không đọc được bảng chuỗi dùng chung (%1).</translation>
    </message>
    <message>
        <source>The workbook is damaged: sheet %1 cannot be read (%2).</source>
        <translation>Tệp Excel bị hỏng: không đọc được trang tính %1 (%2).</translation>
    </message>
    <message>
        <source>The workbook is damaged: sheet %1 is missing.</source>
        <translation>Tệp Excel bị hỏng: thiếu trang tính %1.</translation>
    </message>
</context>
<context>
    <name>cds::widgets</name>
    <message>
        <source>(none)</source>
        <translation>(không chọn)</translation>
    </message>
    <message>
        <source>Type to find one of %1</source>
        <translation>Gõ để tìm trong %1 mục</translation>
    </message>
    <message>
        <source>(closed)</source>
        <translation>(đã giải thể)</translation>
    </message>
</context>
</TS>
