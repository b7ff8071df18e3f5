#include "import/ImportSchema.h"

#include "text/VietnameseText.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSettings>

#include <algorithm>

namespace cds::import {

namespace {

// The Vietnamese labels are the words of the forms and of the spreadsheets
// the districts send; a column-mapping dialog covers any other wording.
QList<ImportField> commonUnitColumns()
{
    return {
        { QStringLiteral("commune"),
          QStringLiteral("Commune"),
          { QStringLiteral("Xã, phường, thị trấn"), QStringLiteral("Xã"), QStringLiteral("Cấp xã"),
            QStringLiteral("Đơn vị cấp xã") },
          false },
        { QStringLiteral("district"),
          QStringLiteral("District"),
          { QStringLiteral("Huyện, thị xã, thành phố"), QStringLiteral("Huyện"),
            QStringLiteral("Cấp huyện"), QStringLiteral("Đơn vị cấp huyện") },
          false },
    };
}

QList<ImportField> personColumns()
{
    return {
        { QStringLiteral("full_name"),
          QStringLiteral("Full name"),
          { QStringLiteral("Họ và tên"), QStringLiteral("Họ tên") },
          true },
        { QStringLiteral("unit"),
          QStringLiteral("Team unit"),
          { QStringLiteral("Đơn vị"), QStringLiteral("Tổ"), QStringLiteral("Đơn vị hành chính"),
            QStringLiteral("Địa bàn") },
          true },
    };
}

QList<ImportField> buildFields(ImportKind kind)
{
    QList<ImportField> fields;
    switch (kind) {
    case ImportKind::Units:
        fields << ImportField{ QStringLiteral("name"),
                               QStringLiteral("Name"),
                               { QStringLiteral("Tên thôn, tổ dân phố"), QStringLiteral("Tên thôn"),
                                 QStringLiteral("Tên tổ dân phố"), QStringLiteral("Tên đơn vị"),
                                 QStringLiteral("Thôn, tổ dân phố"), QStringLiteral("Tên") },
                               true };
        fields << ImportField{ QStringLiteral("unit_type"),
                               QStringLiteral("Type"),
                               { QStringLiteral("Loại"), QStringLiteral("Loại đơn vị") },
                               false };
        fields << ImportField{ QStringLiteral("code"),
                               QStringLiteral("Code"),
                               { QStringLiteral("Mã"), QStringLiteral("Mã đơn vị"), QStringLiteral("Mã GSO"),
                                 QStringLiteral("Mã số") },
                               false };
        fields << ImportField{ QStringLiteral("parent"),
                               QStringLiteral("Parent"),
                               { QStringLiteral("Đơn vị cấp trên"), QStringLiteral("Trực thuộc"),
                                 QStringLiteral("Thuộc") },
                               false };
        fields << commonUnitColumns();
        break;
    case ImportKind::Organisations:
        fields << ImportField{ QStringLiteral("name"),
                               QStringLiteral("Name"),
                               { QStringLiteral("Tên cơ quan, đơn vị"),
                                 QStringLiteral("Tên tổ chức"), QStringLiteral("Tên") },
                               true };
        fields << ImportField{ QStringLiteral("abbreviation"),
                               QStringLiteral("Abbreviation"),
                               { QStringLiteral("Tên viết tắt"), QStringLiteral("Viết tắt") },
                               false };
        fields << ImportField{ QStringLiteral("kind"),
                               QStringLiteral("Kind"),
                               { QStringLiteral("Loại hình"), QStringLiteral("Loại") },
                               false };
        fields << ImportField{ QStringLiteral("unit"),
                               QStringLiteral("Administrative unit"),
                               { QStringLiteral("Đơn vị hành chính"), QStringLiteral("Địa bàn") },
                               false };
        fields << commonUnitColumns();
        fields << ImportField{ QStringLiteral("address"),
                               QStringLiteral("Address"),
                               { QStringLiteral("Địa chỉ") },
                               false };
        fields << ImportField{ QStringLiteral("phone"),
                               QStringLiteral("Phone"),
                               { QStringLiteral("Điện thoại"), QStringLiteral("Số điện thoại") },
                               false };
        fields << ImportField{ QStringLiteral("email"),
                               QStringLiteral("Email"),
                               { QStringLiteral("Thư điện tử"), QStringLiteral("E-mail") },
                               false };
        fields << ImportField{ QStringLiteral("website"),
                               QStringLiteral("Website"),
                               { QStringLiteral("Trang thông tin điện tử"),
                                 QStringLiteral("Trang web") },
                               false };
        break;
    case ImportKind::Teams:
        fields << ImportField{ QStringLiteral("unit"),
                               QStringLiteral("Administrative unit"),
                               { QStringLiteral("Đơn vị hành chính"), QStringLiteral("Đơn vị"),
                                 QStringLiteral("Địa bàn") },
                               true };
        fields << commonUnitColumns();
        fields << ImportField{
            QStringLiteral("name"), QStringLiteral("Team name"), { QStringLiteral("Tên tổ") }, false
        };
        fields << ImportField{ QStringLiteral("established_date"),
                               QStringLiteral("Established on"),
                               { QStringLiteral("Ngày thành lập") },
                               false };
        fields << ImportField{ QStringLiteral("decision_reference"),
                               QStringLiteral("Decision"),
                               { QStringLiteral("Quyết định thành lập"),
                                 QStringLiteral("Số quyết định") },
                               false };
        fields << ImportField{ QStringLiteral("declared_member_count"),
                               QStringLiteral("Declared members"),
                               { QStringLiteral("Số thành viên") },
                               false };
        fields << ImportField{
            QStringLiteral("notes"), QStringLiteral("Notes"), { QStringLiteral("Ghi chú") }, false
        };
        break;
    case ImportKind::Members:
        fields << personColumns() << commonUnitColumns();
        fields << ImportField{ QStringLiteral("role"),
                               QStringLiteral("Role"),
                               { QStringLiteral("Chức danh"), QStringLiteral("Vai trò"),
                                 QStringLiteral("Chức danh trong tổ") },
                               false };
        fields << ImportField{ QStringLiteral("gender"),
                               QStringLiteral("Gender"),
                               { QStringLiteral("Giới tính") },
                               false };
        fields << ImportField{ QStringLiteral("birth_year"),
                               QStringLiteral("Birth year"),
                               { QStringLiteral("Năm sinh") },
                               false };
        fields << ImportField{ QStringLiteral("phone"),
                               QStringLiteral("Phone"),
                               { QStringLiteral("Điện thoại"), QStringLiteral("Số điện thoại") },
                               false };
        fields << ImportField{ QStringLiteral("affiliation"),
                               QStringLiteral("Affiliation"),
                               { QStringLiteral("Cơ quan, đơn vị công tác"),
                                 QStringLiteral("Nơi công tác") },
                               false };
        fields << ImportField{ QStringLiteral("joined_on"),
                               QStringLiteral("Joined on"),
                               { QStringLiteral("Ngày tham gia") },
                               false };
        break;
    case ImportKind::Attendance:
        fields << ImportField{ QStringLiteral("training"),
                               QStringLiteral("Training session"),
                               { QStringLiteral("Lớp tập huấn"), QStringLiteral("Tên lớp tập huấn"),
                                 QStringLiteral("Tập huấn") },
                               true };
        fields << ImportField{ QStringLiteral("training_date"),
                               QStringLiteral("Training date"),
                               { QStringLiteral("Ngày tập huấn") },
                               false };
        fields << personColumns() << commonUnitColumns();
        fields << ImportField{ QStringLiteral("birth_year"),
                               QStringLiteral("Birth year"),
                               { QStringLiteral("Năm sinh") },
                               false };
        fields << ImportField{ QStringLiteral("phone"),
                               QStringLiteral("Phone"),
                               { QStringLiteral("Điện thoại"), QStringLiteral("Số điện thoại") },
                               false };
        break;
    case ImportKind::Media:
        fields << ImportField{ QStringLiteral("kind"),
                               QStringLiteral("Kind"),
                               { QStringLiteral("Loại sản phẩm"), QStringLiteral("Loại") },
                               true };
        fields << ImportField{ QStringLiteral("outlet"),
                               QStringLiteral("Outlet"),
                               { QStringLiteral("Cơ quan báo chí"), QStringLiteral("Kênh"),
                                 QStringLiteral("Nơi đăng tải") },
                               true };
        fields << ImportField{ QStringLiteral("title"),
                               QStringLiteral("Title"),
                               { QStringLiteral("Tiêu đề"), QStringLiteral("Tên sản phẩm") },
                               false };
        fields << ImportField{ QStringLiteral("published_on"),
                               QStringLiteral("Published on"),
                               { QStringLiteral("Ngày đăng"), QStringLiteral("Ngày phát hành") },
                               false };
        fields << ImportField{ QStringLiteral("item_count"),
                               QStringLiteral("Count"),
                               { QStringLiteral("Số lượng") },
                               false };
        fields << ImportField{ QStringLiteral("link"),
                               QStringLiteral("Link"),
                               { QStringLiteral("Đường dẫn"), QStringLiteral("Liên kết") },
                               false };
        fields << ImportField{ QStringLiteral("commissioned"),
                               QStringLiteral("Commissioned"),
                               { QStringLiteral("Đặt hàng") },
                               false };
        fields << ImportField{ QStringLiteral("description"),
                               QStringLiteral("Description"),
                               { QStringLiteral("Mô tả"), QStringLiteral("Ghi chú") },
                               false };
        break;
    case ImportKind::Figures:
        fields << ImportField{ QStringLiteral("figure_key"),
                               QStringLiteral("Figure key"),
                               { QStringLiteral("Mã số liệu") },
                               true };
        fields << ImportField{ QStringLiteral("label"),
                               QStringLiteral("Label"),
                               { QStringLiteral("Tên số liệu") },
                               true };
        fields << ImportField{ QStringLiteral("value"),
                               QStringLiteral("Value"),
                               { QStringLiteral("Giá trị") },
                               true };
        fields << ImportField{ QStringLiteral("unit_label"),
                               QStringLiteral("Unit"),
                               { QStringLiteral("Đơn vị tính") },
                               false };
        fields << ImportField{ QStringLiteral("description"),
                               QStringLiteral("Report sentence"),
                               { QStringLiteral("Câu trong báo cáo") },
                               false };
        fields << ImportField{ QStringLiteral("sort_order"),
                               QStringLiteral("Order"),
                               { QStringLiteral("Thứ tự") },
                               false };
        break;
    case ImportKind::Trainings:
        // The training form's fields; Partners lists organisations separated by ";".
        fields << ImportField{ QStringLiteral("title"),
                               QStringLiteral("Title"),
                               { QStringLiteral("Tên lớp tập huấn"), QStringLiteral("Lớp tập huấn"),
                                 QStringLiteral("Tên lớp"), QStringLiteral("Tiêu đề") },
                               true };
        fields << ImportField{ QStringLiteral("topic"),
                               QStringLiteral("Topic"),
                               { QStringLiteral("Chủ đề"), QStringLiteral("Nội dung") },
                               false };
        fields << ImportField{ QStringLiteral("start_date"),
                               QStringLiteral("Start date"),
                               { QStringLiteral("Ngày bắt đầu"), QStringLiteral("Ngày tập huấn"),
                                 QStringLiteral("Từ ngày") },
                               false };
        fields << ImportField{ QStringLiteral("end_date"),
                               QStringLiteral("End date"),
                               { QStringLiteral("Ngày kết thúc"), QStringLiteral("Đến ngày") },
                               false };
        fields << ImportField{ QStringLiteral("mode"),
                               QStringLiteral("Mode"),
                               { QStringLiteral("Hình thức") },
                               false };
        fields << ImportField{ QStringLiteral("organiser"),
                               QStringLiteral("Organiser"),
                               { QStringLiteral("Đơn vị tổ chức"), QStringLiteral("Cơ quan tổ chức") },
                               false };
        fields << ImportField{ QStringLiteral("partners"),
                               QStringLiteral("Partners"),
                               { QStringLiteral("Đơn vị phối hợp"), QStringLiteral("Cơ quan phối hợp") },
                               false };
        fields << ImportField{ QStringLiteral("place"),
                               QStringLiteral("Place"),
                               { QStringLiteral("Địa điểm") },
                               false };
        fields << ImportField{ QStringLiteral("participants"),
                               QStringLiteral("Declared participants"),
                               { QStringLiteral("Số người tham gia"), QStringLiteral("Số học viên"),
                                 QStringLiteral("Số lượng tham gia") },
                               false };
        fields << ImportField{ QStringLiteral("participants_description"),
                               QStringLiteral("Who took part"),
                               { QStringLiteral("Thành phần tham gia"), QStringLiteral("Đối tượng") },
                               false };
        fields << ImportField{ QStringLiteral("description"),
                               QStringLiteral("Report sentence"),
                               { QStringLiteral("Câu trong báo cáo") },
                               false };
        fields << ImportField{
            QStringLiteral("notes"), QStringLiteral("Notes"), { QStringLiteral("Ghi chú") }, false
        };
        break;
    case ImportKind::Events:
        // The event form's fields; Connected sites is "Huyện: 13; Xã: 173".
        fields << ImportField{ QStringLiteral("kind"),
                               QStringLiteral("Kind"),
                               { QStringLiteral("Loại sự kiện"), QStringLiteral("Loại") },
                               true };
        fields << ImportField{ QStringLiteral("title"),
                               QStringLiteral("Title"),
                               { QStringLiteral("Tên sự kiện"), QStringLiteral("Tiêu đề") },
                               true };
        fields << ImportField{ QStringLiteral("main_event"),
                               QStringLiteral("Main event"),
                               { QStringLiteral("Sự kiện chính") },
                               false };
        fields << ImportField{ QStringLiteral("theme"),
                               QStringLiteral("Theme"),
                               { QStringLiteral("Chủ đề") },
                               false };
        fields << ImportField{ QStringLiteral("event_date"),
                               QStringLiteral("Date"),
                               { QStringLiteral("Ngày tổ chức"), QStringLiteral("Ngày") },
                               false };
        fields << ImportField{ QStringLiteral("time_of_day"),
                               QStringLiteral("Time of day"),
                               { QStringLiteral("Buổi") },
                               false };
        fields << ImportField{ QStringLiteral("chair_name"),
                               QStringLiteral("Chaired by"),
                               { QStringLiteral("Chủ trì"), QStringLiteral("Người chủ trì") },
                               false };
        fields << ImportField{ QStringLiteral("chair_position"),
                               QStringLiteral("Chair's position"),
                               { QStringLiteral("Chức vụ người chủ trì") },
                               false };
        fields << ImportField{ QStringLiteral("organiser"),
                               QStringLiteral("Organiser"),
                               { QStringLiteral("Đơn vị tổ chức"), QStringLiteral("Cơ quan tổ chức") },
                               false };
        fields << ImportField{ QStringLiteral("organiser_text"),
                               QStringLiteral("Organisers (as written)"),
                               { QStringLiteral("Các đơn vị tổ chức") },
                               false };
        fields << ImportField{ QStringLiteral("mode"),
                               QStringLiteral("Mode"),
                               { QStringLiteral("Hình thức") },
                               false };
        fields << ImportField{ QStringLiteral("venue"),
                               QStringLiteral("Venue"),
                               { QStringLiteral("Địa điểm") },
                               false };
        fields << ImportField{ QStringLiteral("in_person_attendance"),
                               QStringLiteral("In-person attendance"),
                               { QStringLiteral("Số đại biểu dự trực tiếp"), QStringLiteral("Dự trực tiếp") },
                               false };
        fields << ImportField{ QStringLiteral("in_person_description"),
                               QStringLiteral("Who attended in person"),
                               { QStringLiteral("Thành phần dự trực tiếp") },
                               false };
        fields << ImportField{ QStringLiteral("connected_sites"),
                               QStringLiteral("Connected sites"),
                               { QStringLiteral("Điểm cầu"), QStringLiteral("Số điểm cầu") },
                               false };
        fields << ImportField{ QStringLiteral("online_attendance"),
                               QStringLiteral("Online attendance"),
                               { QStringLiteral("Số đại biểu dự trực tuyến"), QStringLiteral("Dự trực tuyến") },
                               false };
        fields << ImportField{ QStringLiteral("online_description"),
                               QStringLiteral("Who attended online"),
                               { QStringLiteral("Thành phần dự trực tuyến") },
                               false };
        fields << ImportField{ QStringLiteral("livestream_platform"),
                               QStringLiteral("Livestream platform"),
                               { QStringLiteral("Nền tảng phát trực tiếp") },
                               false };
        fields << ImportField{ QStringLiteral("livestream_views"),
                               QStringLiteral("Livestream views"),
                               { QStringLiteral("Lượt xem trực tiếp"), QStringLiteral("Lượt theo dõi") },
                               false };
        fields << ImportField{ QStringLiteral("audience_description"),
                               QStringLiteral("Audience"),
                               { QStringLiteral("Đối tượng tham dự") },
                               false };
        fields << ImportField{ QStringLiteral("description"),
                               QStringLiteral("Report sentence"),
                               { QStringLiteral("Câu trong báo cáo") },
                               false };
        fields << ImportField{ QStringLiteral("outcomes"),
                               QStringLiteral("Outcomes"),
                               { QStringLiteral("Kết quả") },
                               false };
        fields << ImportField{ QStringLiteral("report_group"),
                               QStringLiteral("Report group"),
                               { QStringLiteral("Nhóm trong báo cáo") },
                               false };
        break;
    case ImportKind::Recommendations:
        fields << ImportField{ QStringLiteral("body"),
                               QStringLiteral("Text"),
                               { QStringLiteral("Nội dung kiến nghị"), QStringLiteral("Kiến nghị"),
                                 QStringLiteral("Kiến nghị, đề xuất"), QStringLiteral("Nội dung") },
                               true };
        fields << ImportField{ QStringLiteral("sort_order"),
                               QStringLiteral("Order"),
                               { QStringLiteral("Thứ tự") },
                               false };
        break;
    }
    return fields;
}

} // namespace

QString kindName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Units:
        return QStringLiteral("units");
    case ImportKind::Organisations:
        return QStringLiteral("organisations");
    case ImportKind::Teams:
        return QStringLiteral("teams");
    case ImportKind::Members:
        return QStringLiteral("members");
    case ImportKind::Attendance:
        return QStringLiteral("attendance");
    case ImportKind::Media:
        return QStringLiteral("media");
    case ImportKind::Figures:
        return QStringLiteral("figures");
    case ImportKind::Trainings:
        return QStringLiteral("trainings");
    case ImportKind::Events:
        return QStringLiteral("events");
    case ImportKind::Recommendations:
        return QStringLiteral("recommendations");
    }
    return QString();
}

QStringList kindNames()
{
    return { QStringLiteral("units"),   QStringLiteral("organisations"), QStringLiteral("teams"),
             QStringLiteral("members"), QStringLiteral("attendance"),    QStringLiteral("media"),
             QStringLiteral("figures"), QStringLiteral("trainings"),     QStringLiteral("events"),
             QStringLiteral("recommendations") };
}

ImportKind kindFromName(const QString &name, bool *ok)
{
    static const QHash<QString, ImportKind> names = {
        { QStringLiteral("units"), ImportKind::Units },
        { QStringLiteral("villages"), ImportKind::Units },
        { QStringLiteral("organisations"), ImportKind::Organisations },
        { QStringLiteral("organizations"), ImportKind::Organisations },
        { QStringLiteral("teams"), ImportKind::Teams },
        { QStringLiteral("members"), ImportKind::Members },
        { QStringLiteral("attendance"), ImportKind::Attendance },
        { QStringLiteral("media"), ImportKind::Media },
        { QStringLiteral("figures"), ImportKind::Figures },
        { QStringLiteral("trainings"), ImportKind::Trainings },
        { QStringLiteral("training"), ImportKind::Trainings },
        { QStringLiteral("events"), ImportKind::Events },
        { QStringLiteral("recommendations"), ImportKind::Recommendations },
        { QStringLiteral("recommendation"), ImportKind::Recommendations },
    };
    const auto found = names.constFind(name.trimmed().toLower());
    if (ok)
        *ok = found != names.constEnd();
    return found != names.constEnd() ? found.value() : ImportKind::Units;
}

const QList<ImportField> &importFields(ImportKind kind)
{
    static const QList<ImportField> tables[] = {
        buildFields(ImportKind::Units),      buildFields(ImportKind::Organisations),
        buildFields(ImportKind::Teams),      buildFields(ImportKind::Members),
        buildFields(ImportKind::Attendance), buildFields(ImportKind::Media),
        buildFields(ImportKind::Figures),    buildFields(ImportKind::Trainings),
        buildFields(ImportKind::Events),     buildFields(ImportKind::Recommendations),
    };
    return tables[int(kind)];
}

QString headerKey(const QString &header)
{
    QString key = text::searchKey(QString(header).replace(u'_', u' '));
    while (key.endsWith(u'*') || key.endsWith(u':'))
        key.chop(1);
    return key.trimmed();
}

int recognisedHeaderCount(const QStringList &cells, ImportKind kind, const ColumnMapping &mapping)
{
    QSet<QString> names;
    for (const ImportField &field : importFields(kind)) {
        names << headerKey(field.key) << headerKey(field.englishHeader)
              << headerKey(mapping.header(field.key));
        for (const QString &label : field.vietnameseHeaders)
            names << headerKey(label);
    }
    names.remove(QString());
    int known = 0;
    for (const QString &cell : cells)
        known += names.contains(headerKey(cell)) ? 1 : 0;
    return known;
}

qsizetype headerRecordIndex(const QList<CsvRecord> &records, ImportKind kind,
                            const ColumnMapping &mapping)
{
    for (qsizetype i = 0; i < records.size() && i < 50; ++i) {
        int filled = 0;
        for (const QString &cell : records[i].fields)
            filled += cell.trimmed().isEmpty() ? 0 : 1;
        const int known = recognisedHeaderCount(records[i].fields, kind, mapping);
        if (known >= 1 && known >= std::min(2, filled))
            return i;
    }
    return 0;
}

void ColumnMapping::setHeader(const QString &fieldKey, const QString &header)
{
    for (auto &entry : m_headers) {
        if (entry.first == fieldKey) {
            entry.second = header;
            return;
        }
    }
    m_headers.append({ fieldKey, header });
}

QString ColumnMapping::header(const QString &fieldKey) const
{
    for (const auto &entry : m_headers) {
        if (entry.first == fieldKey)
            return entry.second;
    }
    return QString();
}

bool ColumnMapping::isIgnored(const QString &fieldKey) const
{
    for (const auto &entry : m_headers) {
        if (entry.first == fieldKey)
            return entry.second.isEmpty();
    }
    return false;
}

QStringList ColumnMapping::fieldKeys() const
{
    QStringList keys;
    for (const auto &entry : m_headers)
        keys << entry.first;
    return keys;
}

namespace {
QString mappingGroup(ImportKind kind, const QString &sourceFileName)
{
    return QStringLiteral("import/mappings/") + kindName(kind) + u'/'
            + headerKey(QFileInfo(sourceFileName).completeBaseName()).replace(u'/', u'_');
}
} // namespace

void ColumnMapping::save(QSettings &settings, ImportKind kind, const QString &sourceFileName) const
{
    settings.beginGroup(mappingGroup(kind, sourceFileName));
    settings.remove(QString());
    for (const auto &entry : m_headers)
        settings.setValue(entry.first, entry.second);
    settings.endGroup();
}

ColumnMapping ColumnMapping::load(QSettings &settings, ImportKind kind,
                                  const QString &sourceFileName)
{
    ColumnMapping mapping;
    settings.beginGroup(mappingGroup(kind, sourceFileName));
    for (const ImportField &field : importFields(kind)) {
        if (settings.contains(field.key))
            mapping.setHeader(field.key, settings.value(field.key).toString());
    }
    settings.endGroup();
    return mapping;
}

} // namespace cds::import
