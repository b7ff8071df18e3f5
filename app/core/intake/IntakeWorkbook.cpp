#include "intake/IntakeWorkbook.h"

#include "import/XlsxReader.h"
#include "statistics/CampaignStatistics.h"
#include "statistics/StatisticsSql.h"
#include "text/VietnameseText.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

#ifdef CDS_HAVE_XLSXWRITER
#  include <xlsxwriter.h>
#endif

namespace cds::intake {

namespace {

// User-visible messages, translated under this context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cds::IntakeWorkbook)
};

const QString listSheet = QStringLiteral("Danh mục");
constexpr int entryRows = 300; // rows below the listed ones open for new entries

struct Unit
{
    qint64 id = 0;
    int level = 0;
    qint64 parentId = 0;
    QString code;
    QString name;
    QString type;
};

struct Team
{
    QString established; // ISO
    QString decision;
    QVariant declared;
    QString notes;
};

struct Member
{
    qint64 unitId = 0;
    QString name, role, gender, phone, joined;
    QVariant birthYear;
};

struct Campaign
{
    int id = 0;
    QList<int> teamLevels;
    int areaLevel = 2;
    QHash<qint64, Unit> units;
    QMultiHash<qint64, qint64> children;
    QHash<qint64, Team> teams; // by unit
    QList<Member> members;

    const Unit *unit(qint64 id) const
    {
        const auto found = units.constFind(id);
        return found == units.constEnd() ? nullptr : &found.value();
    }
};

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = Text::tr("The database could not be read: %1").arg(query.lastError().text());
    return false;
}

bool loadCampaign(const QSqlDatabase &db, Campaign *campaign, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT coalesce(team_levels, '') FROM campaign WHERE id = ?"));
    query.addBindValue(campaign->id);
    if (!exec(query, error))
        return false;
    if (!query.next()) {
        *error = Text::tr("The database has no campaign with id %1.").arg(campaign->id);
        return false;
    }
    for (const QString &level : query.value(0).toString().split(u',', Qt::SkipEmptyParts))
        campaign->teamLevels << level.toInt();
    if (campaign->teamLevels.isEmpty())
        campaign->teamLevels = { 1, 2, 3, 4 };

    // The campaign's units on its reference date, as the dashboard counts them.
    query.prepare(statistics_sql::scopeSql() + statistics_sql::areaLevelSql()
                  + QStringLiteral("SELECT u.id, u.level, coalesce(u.parent_id, 0), "
                                   "coalesce(u.gso_code, ''), u.name, u.unit_type, "
                                   "(SELECT level FROM area_level) FROM active_unit a "
                                   "JOIN admin_unit u ON u.id = a.id "
                                   "ORDER BY u.level, coalesce(u.gso_code, ''), u.id"));
    query.bindValue(QStringLiteral(":campaign"), campaign->id);
    query.bindValue(QStringLiteral(":district"), 0);
    if (!exec(query, error))
        return false;
    while (query.next()) {
        const Unit unit{ query.value(0).toLongLong(), query.value(1).toInt(),
                         query.value(2).toLongLong(), query.value(3).toString(),
                         text::normalized(query.value(4).toString()), query.value(5).toString() };
        campaign->units.insert(unit.id, unit);
        campaign->children.insert(unit.parentId, unit.id);
        campaign->areaLevel = query.value(6).toInt();
    }

    query.prepare(QStringLiteral("SELECT unit_id, coalesce(established_date, ''), "
                                 "coalesce(decision_reference, ''), declared_member_count, "
                                 "coalesce(notes, '') FROM team WHERE campaign_id = ?"));
    query.addBindValue(campaign->id);
    if (!exec(query, error))
        return false;
    while (query.next())
        campaign->teams.insert(query.value(0).toLongLong(),
                               Team{ query.value(1).toString(), query.value(2).toString(),
                                     query.value(3), query.value(4).toString() });

    query.prepare(QStringLiteral(
            "SELECT t.unit_id, m.full_name, tm.role, coalesce(m.gender, ''), m.birth_year, "
            "coalesce(m.phone, ''), coalesce(tm.joined_on, '') FROM team_member tm "
            "JOIN member m ON m.id = tm.member_id JOIN team t ON t.id = tm.team_id "
            "WHERE t.campaign_id = ? AND tm.left_on IS NULL ORDER BY t.unit_id, tm.id"));
    query.addBindValue(campaign->id);
    if (!exec(query, error))
        return false;
    while (query.next())
        campaign->members << Member{ query.value(0).toLongLong(), query.value(1).toString(),
                                     query.value(2).toString(),   query.value(3).toString(),
                                     query.value(5).toString(),   query.value(6).toString(),
                                     query.value(4) };
    return true;
}

// The area's units, the area first, each followed by its descendants, in
// code (then id) order.
QList<qint64> areaUnits(const Campaign &campaign, qint64 area)
{
    QList<qint64> result{ area };
    QList<qint64> children = campaign.children.values(area);
    std::sort(children.begin(), children.end(), [&](qint64 a, qint64 b) {
        const Unit *ua = campaign.unit(a), *ub = campaign.unit(b);
        return ua->code != ub->code ? ua->code < ub->code : a < b;
    });
    for (qint64 child : children)
        result << areaUnits(campaign, child);
    return result;
}

#ifdef CDS_HAVE_XLSXWRITER

QString roleLabel(const QString &role)
{
    if (role == QStringLiteral("leader"))
        return QStringLiteral("Tổ trưởng");
    if (role == QStringLiteral("deputy"))
        return QStringLiteral("Tổ phó");
    return QStringLiteral("Thành viên");
}

QString genderLabel(const QString &gender)
{
    if (gender == QStringLiteral("male"))
        return QStringLiteral("Nam");
    if (gender == QStringLiteral("female"))
        return QStringLiteral("Nữ");
    if (gender == QStringLiteral("other"))
        return QStringLiteral("Khác");
    return QString();
}

// A workbook being written: keeps the UTF-8 copies libxlsxwriter points to.
class Writer
{
public:
    explicit Writer(lxw_workbook *workbook) : m_workbook(workbook)
    {
        m_bold = workbook_add_format(workbook);
        format_set_bold(m_bold);
        format_set_bg_color(m_bold, 0xD9E1F2);
        format_set_text_wrap(m_bold);
        m_title = workbook_add_format(workbook);
        format_set_bold(m_title);
        format_set_font_size(m_title, 13);
        m_locked = workbook_add_format(workbook);
        format_set_bg_color(m_locked, 0xEDEDED);
        m_lockedDate = workbook_add_format(workbook);
        format_set_bg_color(m_lockedDate, 0xEDEDED);
        format_set_num_format(m_lockedDate, "dd/mm/yyyy");
        m_entry = workbook_add_format(workbook);
        format_set_unlocked(m_entry);
        m_entryText = workbook_add_format(workbook);
        format_set_unlocked(m_entryText);
        format_set_num_format(m_entryText, "@"); // phone numbers keep their leading 0
        m_entryDate = workbook_add_format(workbook);
        format_set_unlocked(m_entryDate);
        format_set_num_format(m_entryDate, "dd/mm/yyyy");
    }

    const char *utf8(const QString &text)
    {
        m_strings << text::normalized(text).toUtf8();
        return m_strings.last().constData();
    }

    lxw_worksheet *sheet(const QString &name) { return workbook_add_worksheet(m_workbook, utf8(name)); }

    void text(lxw_worksheet *sheet, int row, int column, const QString &value, lxw_format *format)
    {
        if (!value.isEmpty())
            worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), utf8(value), format);
        else if (format)
            worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(column), format);
    }

    void date(lxw_worksheet *sheet, int row, int column, const QString &iso, lxw_format *format)
    {
        const QDate day = QDate::fromString(iso, Qt::ISODate);
        if (!day.isValid()) {
            text(sheet, row, column, QString(), format);
            return;
        }
        lxw_datetime value = { day.year(), day.month(), day.day(), 0, 0, 0 };
        worksheet_write_datetime(sheet, lxw_row_t(row), lxw_col_t(column), &value, format);
    }

    void number(lxw_worksheet *sheet, int row, int column, const QVariant &value, lxw_format *format)
    {
        if (value.isNull())
            text(sheet, row, column, QString(), format);
        else
            worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), value.toDouble(), format);
    }

    // A title in row 1 and the headers in row 3 (the import finds them there).
    void header(lxw_worksheet *sheet, const QString &title, const QStringList &headers,
                const QList<double> &widths)
    {
        worksheet_write_string(sheet, 0, 0, utf8(title), m_title);
        for (int c = 0; c < headers.size(); ++c) {
            worksheet_write_string(sheet, 2, lxw_col_t(c), utf8(headers[c]), m_bold);
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths.value(c, 16), nullptr);
        }
        worksheet_freeze_panes(sheet, 3, 0);
        // Printed (a commune fills a paper copy first): A4 landscape, as wide
        // as the page, the header row on every page.
        worksheet_set_paper(sheet, 9);
        worksheet_set_landscape(sheet);
        worksheet_fit_to_pages(sheet, 1, 0);
        worksheet_repeat_rows(sheet, 2, 2);
    }

    // A drop-down list reading a column of the hidden list sheet.
    void dropDown(lxw_worksheet *sheet, int firstRow, int lastRow, int column, const QString &range)
    {
        lxw_data_validation validation = {};
        validation.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
        validation.value_formula = const_cast<char *>(utf8(range));
        validation.error_title = const_cast<char *>(utf8(QStringLiteral("Không có trong danh sách")));
        validation.error_message =
                const_cast<char *>(utf8(QStringLiteral("Chọn một giá trị trong danh sách.")));
        worksheet_data_validation_range(sheet, lxw_row_t(firstRow), lxw_col_t(column),
                                        lxw_row_t(lastRow), lxw_col_t(column), &validation);
    }

    void dates(lxw_worksheet *sheet, int firstRow, int lastRow, int column)
    {
        lxw_data_validation validation = {};
        validation.validate = LXW_VALIDATION_TYPE_DATE;
        validation.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
        validation.minimum_datetime = { 2000, 1, 1, 0, 0, 0 };
        validation.maximum_datetime = { 2100, 12, 31, 0, 0, 0 };
        validation.error_title = const_cast<char *>(utf8(QStringLiteral("Ngày không hợp lệ")));
        validation.error_message = const_cast<char *>(
                utf8(QStringLiteral("Nhập ngày dạng ngày/tháng/năm, ví dụ 07/10/2022.")));
        worksheet_data_validation_range(sheet, lxw_row_t(firstRow), lxw_col_t(column),
                                        lxw_row_t(lastRow), lxw_col_t(column), &validation);
    }

    void wholeNumbers(lxw_worksheet *sheet, int firstRow, int lastRow, int column, int minimum,
                      int maximum)
    {
        lxw_data_validation validation = {};
        validation.validate = LXW_VALIDATION_TYPE_INTEGER;
        validation.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
        validation.minimum_number = minimum;
        validation.maximum_number = maximum;
        validation.error_title = const_cast<char *>(utf8(QStringLiteral("Số không hợp lệ")));
        validation.error_message = const_cast<char *>(
                utf8(QStringLiteral("Nhập một số nguyên từ %1 đến %2.").arg(minimum).arg(maximum)));
        worksheet_data_validation_range(sheet, lxw_row_t(firstRow), lxw_col_t(column),
                                        lxw_row_t(lastRow), lxw_col_t(column), &validation);
    }

    void protect(lxw_worksheet *sheet)
    {
        lxw_protection protection = {};
        protection.format_columns = 1; // widths may be changed
        protection.format_rows = 1;
        worksheet_protect(sheet, nullptr, &protection);
    }

    lxw_format *m_bold = nullptr, *m_title = nullptr, *m_locked = nullptr,
               *m_lockedDate = nullptr, *m_entry = nullptr, *m_entryText = nullptr,
               *m_entryDate = nullptr;

private:
    lxw_workbook *m_workbook;
    QList<QByteArray> m_strings;
};

QString fileNameOf(const Unit &area)
{
    QString slug = text::searchKey(area.name);
    slug.replace(u'đ', u'd');
    QString result;
    for (const QChar ch : slug)
        result += ch.isLetterOrNumber() ? ch : u'-';
    while (result.contains(QStringLiteral("--")))
        result.replace(QStringLiteral("--"), QStringLiteral("-"));
    return QStringLiteral("nhap-lieu-") + result + QStringLiteral(".xlsx");
}

bool writeArea(const Campaign &campaign, const Unit &area, const QString &path, QString *error)
{
    const QByteArray file = path.toUtf8();
    lxw_workbook *workbook = workbook_new(file.constData());
    if (!workbook) {
        *error = Text::tr("Cannot write “%1”.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    Writer w(workbook);
    const QList<qint64> ids = areaUnits(campaign, area.id);
    QList<const Unit *> communes, villages, teamUnits;
    for (qint64 id : ids) {
        const Unit *unit = campaign.unit(id);
        if (unit->level == 3)
            communes << unit;
        if (unit->level == 4)
            villages << unit;
        if (campaign.teamLevels.contains(unit->level))
            teamUnits << unit;
    }
    const auto communeOf = [&](const Unit &unit) -> QString {
        const Unit *parent = campaign.unit(unit.parentId);
        return unit.level == 4 && parent && parent->level == 3 ? parent->name : QString();
    };
    const bool district = area.level == 2;
    const QStringList levelNames = { QString(), QStringLiteral("Tỉnh"), QStringLiteral("Huyện"),
                                     QStringLiteral("Xã"), QStringLiteral("Thôn") };

    // Instructions.
    lxw_worksheet *help = w.sheet(QStringLiteral("Hướng dẫn"));
    worksheet_set_column(help, 0, 0, 110, nullptr);
    const QStringList lines = {
        QStringLiteral("PHIẾU NHẬP LIỆU TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG – %1").arg(area.name.toUpper()),
        QString(),
        QStringLiteral("1. Trang “Thôn, tổ dân phố”: các thôn, tổ dân phố đã có được tô xám, không sửa. "
                       "Thôn, tổ dân phố mới ghi ở các dòng trống bên dưới; chọn xã trong danh sách."),
        QStringLiteral("2. Trang “Tổ Công nghệ số”: mỗi dòng là một đơn vị. Mã, tên, cấp và xã đã "
                       "ghi sẵn, không sửa được. Đơn vị đã thành lập Tổ thì ghi ngày thành lập "
                       "(ngày/tháng/năm), số quyết định, số thành viên; đơn vị chưa có Tổ để trống."),
        QStringLiteral("3. Trang “Thành viên”: thành viên hiện có đã ghi sẵn. Thành viên mới ghi ở các "
                       "dòng trống bên dưới; chọn đơn vị, chức danh và giới tính trong danh sách. "
                       "Số điện thoại ghi đủ 10 số, kể cả số 0 đầu."),
        QStringLiteral("4. Không đổi tên các trang, không thêm, xoá hay đổi tên cột. Lưu tệp dạng "
                       "Excel (.xlsx) và gửi lại Sở Thông tin và Truyền thông."),
        QStringLiteral("5. Tệp được nhập lại vào CDS Desk; dòng đã có trong cơ sở dữ liệu được "
                       "giữ nguyên, nhập lại nhiều lần không tạo bản ghi trùng."),
    };
    for (int i = 0; i < lines.size(); ++i)
        w.text(help, i, 0, lines[i], i == 0 ? w.m_title : nullptr);
    w.protect(help);

    // The lists the drop-downs read, on a hidden sheet.
    lxw_worksheet *lists = w.sheet(listSheet);
    const QStringList listHeaders = { QStringLiteral("Xã"), QStringLiteral("Đơn vị"),
                                      QStringLiteral("Loại"), QStringLiteral("Chức danh"),
                                      QStringLiteral("Giới tính") };
    for (int c = 0; c < listHeaders.size(); ++c)
        w.text(lists, 0, c, listHeaders[c], nullptr);
    for (int i = 0; i < communes.size(); ++i)
        w.text(lists, i + 1, 0, communes[i]->name, nullptr);
    for (int i = 0; i < teamUnits.size(); ++i)
        w.text(lists, i + 1, 1, teamUnits[i]->name, nullptr);
    const QStringList types = { QStringLiteral("Thôn"), QStringLiteral("Tổ dân phố") };
    const QStringList roles = { QStringLiteral("Tổ trưởng"), QStringLiteral("Tổ phó"),
                                QStringLiteral("Thành viên") };
    const QStringList genders = { QStringLiteral("Nam"), QStringLiteral("Nữ"), QStringLiteral("Khác") };
    for (int i = 0; i < 3; ++i) {
        if (i < types.size())
            w.text(lists, i + 1, 2, types[i], nullptr);
        w.text(lists, i + 1, 3, roles[i], nullptr);
        w.text(lists, i + 1, 4, genders[i], nullptr);
    }
    const auto range = [&](int column, int count) {
        const QString letter = import::columnName(column + 1);
        return QStringLiteral("='%1'!$%2$2:$%2$%3").arg(listSheet, letter).arg(std::max(2, count + 1));
    };
    w.protect(lists);
    worksheet_hide(lists);

    // Villages: the listed ones locked, new ones below.
    lxw_worksheet *villageSheet = w.sheet(sheetName(import::ImportKind::Units));
    // A district's villages may stand directly under it (an island district
    // without communes): its name, locked, says where a village without a
    // commune goes.
    QStringList villageHeaders = { QStringLiteral("Tên thôn, tổ dân phố"), QStringLiteral("Loại"),
                                   QStringLiteral("Xã, phường, thị trấn") };
    if (district)
        villageHeaders << QStringLiteral("Huyện, thị xã, thành phố");
    w.header(villageSheet, QStringLiteral("THÔN, TỔ DÂN PHỐ – %1").arg(area.name.toUpper()),
             villageHeaders, { 32, 14, 30, 26 });
    int row = 3;
    for (const Unit *village : std::as_const(villages)) {
        w.text(villageSheet, row, 0, village->name, w.m_locked);
        w.text(villageSheet, row, 1, village->type, w.m_locked);
        w.text(villageSheet, row, 2, communeOf(*village), w.m_locked);
        if (district)
            w.text(villageSheet, row, 3, area.name, w.m_locked);
        ++row;
    }
    for (int r = row; r < row + entryRows; ++r) {
        for (int c = 0; c < 3; ++c)
            w.text(villageSheet, r, c, QString(), w.m_entry);
        if (district)
            w.text(villageSheet, r, 3, area.name, w.m_locked);
    }
    w.dropDown(villageSheet, row, row + entryRows - 1, 1, range(2, int(types.size())));
    w.dropDown(villageSheet, row, row + entryRows - 1, 2, range(0, int(communes.size())));
    w.protect(villageSheet);

    // Teams: one row per unit; code, name, level and commune locked.
    lxw_worksheet *teamSheet = w.sheet(sheetName(import::ImportKind::Teams));
    QStringList teamHeaders = { QStringLiteral("Mã đơn vị"), QStringLiteral("Cấp"),
                                QStringLiteral("Đơn vị hành chính"),
                                QStringLiteral("Xã, phường, thị trấn") };
    if (district)
        teamHeaders << QStringLiteral("Huyện, thị xã, thành phố");
    const int firstEntry = int(teamHeaders.size());
    teamHeaders << QStringLiteral("Ngày thành lập") << QStringLiteral("Quyết định thành lập")
                << QStringLiteral("Số thành viên") << QStringLiteral("Ghi chú");
    w.header(teamSheet, QStringLiteral("TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG – %1").arg(area.name.toUpper()),
             teamHeaders, { 10, 8, 30, 26, 24, 14, 28, 12, 30 });
    row = 3;
    for (const Unit *unit : std::as_const(teamUnits)) {
        w.text(teamSheet, row, 0, unit->code, w.m_locked);
        w.text(teamSheet, row, 1, levelNames.value(unit->level), w.m_locked);
        w.text(teamSheet, row, 2, unit->name, w.m_locked);
        w.text(teamSheet, row, 3, communeOf(*unit), w.m_locked);
        if (district)
            w.text(teamSheet, row, 4, area.name, w.m_locked);
        const Team team = campaign.teams.value(unit->id);
        w.date(teamSheet, row, firstEntry, team.established, w.m_entryDate);
        w.text(teamSheet, row, firstEntry + 1, team.decision, w.m_entry);
        w.number(teamSheet, row, firstEntry + 2, team.declared, w.m_entry);
        w.text(teamSheet, row, firstEntry + 3, team.notes, w.m_entry);
        ++row;
    }
    if (row > 3) {
        w.dates(teamSheet, 3, row - 1, firstEntry);
        w.wholeNumbers(teamSheet, 3, row - 1, firstEntry + 2, 0, 100000);
    }
    w.protect(teamSheet);

    // Members: the present ones, new ones below.
    lxw_worksheet *memberSheet = w.sheet(sheetName(import::ImportKind::Members));
    w.header(memberSheet, QStringLiteral("THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG – %1").arg(area.name.toUpper()),
             { QStringLiteral("Họ và tên"), QStringLiteral("Đơn vị"),
               QStringLiteral("Xã, phường, thị trấn"), QStringLiteral("Chức danh"),
               QStringLiteral("Giới tính"), QStringLiteral("Năm sinh"),
               QStringLiteral("Điện thoại"), QStringLiteral("Ngày tham gia") },
             { 26, 26, 26, 14, 10, 10, 14, 14 });
    row = 3;
    const QSet<qint64> inArea(ids.cbegin(), ids.cend());
    for (const Member &member : campaign.members) {
        if (!inArea.contains(member.unitId))
            continue;
        const Unit &unit = *campaign.unit(member.unitId);
        w.text(memberSheet, row, 0, member.name, w.m_entry);
        w.text(memberSheet, row, 1, unit.name, w.m_entry);
        w.text(memberSheet, row, 2, communeOf(unit), w.m_entry);
        w.text(memberSheet, row, 3, roleLabel(member.role), w.m_entry);
        w.text(memberSheet, row, 4, genderLabel(member.gender), w.m_entry);
        w.number(memberSheet, row, 5, member.birthYear, w.m_entry);
        w.text(memberSheet, row, 6, member.phone, w.m_entryText);
        w.date(memberSheet, row, 7, member.joined, w.m_entryDate);
        ++row;
    }
    const int lastRow = row + entryRows - 1;
    for (int r = row; r <= lastRow; ++r)
        for (int c = 0; c < 8; ++c)
            w.text(memberSheet, r, c, QString(),
                   c == 6 ? w.m_entryText : (c == 7 ? w.m_entryDate : w.m_entry));
    w.dropDown(memberSheet, 3, lastRow, 1, range(1, int(teamUnits.size())));
    w.dropDown(memberSheet, 3, lastRow, 2, range(0, int(communes.size())));
    w.dropDown(memberSheet, 3, lastRow, 3, range(3, 3));
    w.dropDown(memberSheet, 3, lastRow, 4, range(4, 3));
    w.wholeNumbers(memberSheet, 3, lastRow, 5, 1900, 2100);
    w.dates(memberSheet, 3, lastRow, 7);
    w.protect(memberSheet);
    worksheet_activate(teamSheet);

    const lxw_error result = workbook_close(workbook);
    if (result != LXW_NO_ERROR) {
        *error = Text::tr("Cannot write “%1”: %2")
                         .arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    return true;
}

#endif

} // namespace

QString sheetName(import::ImportKind kind)
{
    switch (kind) {
    case import::ImportKind::Units:
        return QStringLiteral("Thôn, tổ dân phố");
    case import::ImportKind::Teams:
        return QStringLiteral("Tổ Công nghệ số");
    case import::ImportKind::Members:
        return QStringLiteral("Thành viên");
    default:
        return QString();
    }
}

IntakeExportResult exportIntakeWorkbooks(const QSqlDatabase &db, int campaignId,
                                         const QString &folder, const IntakeProgress &progress)
{
    IntakeExportResult result;
#ifdef CDS_HAVE_XLSXWRITER
    Campaign campaign;
    campaign.id = campaignId > 0 ? campaignId : latestCampaignId(db);
    if (campaign.id == 0) {
        result.error = Text::tr("The database holds no campaign.");
        return result;
    }
    if (!loadCampaign(db, &campaign, &result.error))
        return result;
    QList<const Unit *> areas;
    for (const Unit &unit : std::as_const(campaign.units)) {
        if (unit.level == campaign.areaLevel)
            areas << &unit;
    }
    std::sort(areas.begin(), areas.end(), [](const Unit *a, const Unit *b) {
        return a->code != b->code ? a->code < b->code : a->id < b->id;
    });
    if (areas.isEmpty()) {
        result.error = Text::tr("The campaign's province has no districts or communes to send "
                                "workbooks to.");
        return result;
    }
    if (!QDir().mkpath(folder)) {
        result.error = Text::tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder));
        return result;
    }
    for (const Unit *area : std::as_const(areas)) {
        if (progress && !progress(int(result.files.size()), int(areas.size()))) {
            result.cancelled = true;
            return result;
        }
        const QString path = QDir(folder).filePath(fileNameOf(*area));
        QFile::remove(path);
        if (!writeArea(campaign, *area, path, &result.error))
            return result;
        result.files << path;
    }
#else
    Q_UNUSED(db)
    Q_UNUSED(campaignId)
    Q_UNUSED(folder)
    Q_UNUSED(progress)
    result.error = Text::tr("This build of CDS Desk cannot write Excel files (it was built without "
                            "libxlsxwriter).");
#endif
    return result;
}

} // namespace cds::intake
