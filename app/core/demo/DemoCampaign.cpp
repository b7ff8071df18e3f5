#include "demo/DemoCampaign.h"

#include "records/ChangeLog.h"
#include "records/RecordKeys.h"

#include "domain/AdminLevel.h"
#include "text/VietnameseText.h"
#include "units/UnitHistory.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <stdexcept>

namespace cds {

namespace {

// User-visible messages, translated under this context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cds::DemoCampaign)
};

// Thrown inside the demo transaction; caught once at the top, which rolls back.
struct DemoError : std::runtime_error
{
    explicit DemoError(const QString &message)
        : std::runtime_error(message.toStdString())
    {
    }
};

QVariant nullable(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QVariant();
    if (value.isString())
        return text::normalized(value.toString());
    return value.toVariant();
}

QString textOf(const QJsonValue &value)
{
    // Never a null string: the qualifier columns are NOT NULL with '' for "exact".
    return value.isString() ? value.toString().normalized(QString::NormalizationForm_C) : QStringLiteral("");
}

// Inserts one row: table, column -> value. Returns the new row id.
qint64 insert(const QSqlDatabase &db, const QString &table, const QList<std::pair<QString, QVariant>> &values)
{
    QStringList columns;
    QStringList marks;
    for (const auto &[column, value] : values) {
        columns << column;
        marks << QStringLiteral("?");
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns.join(u','), marks.join(u',')));
    for (const auto &entry : values)
        query.addBindValue(entry.second);
    if (!query.exec())
        throw DemoError(Text::tr("Cannot write %1: %2").arg(table, query.lastError().text()));
    return query.lastInsertId().toLongLong();
}

QList<QStringList> readCsv(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        throw DemoError(Text::tr("Missing resource %1.").arg(resource));
    QList<QStringList> rows;
    bool header = true;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty())
            continue;
        if (header) {
            header = false;
            continue;
        }
        // The GSO lists have no quoted fields; names are normalised (NFC,
        // single spaces) here, never in the files.
        QStringList fields = line.split(u',');
        for (QString &field : fields)
            field = text::normalized(field);
        rows << fields;
    }
    return rows;
}

qint64 scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        throw DemoError(Text::tr("Query failed: %1").arg(query.lastError().text()));
    return query.next() ? query.value(0).toLongLong() : 0;
}

// The day the demo's units are looked up on: a GSO code names different
// units over time (0007_unit_periods.sql), and the demo is the 2022 campaign.
QDate demoDate()
{
    return QDate(2022, 12, 31);
}

qint64 demoProvince(const QSqlDatabase &db)
{
    return units::unitIdByCode(db, QStringLiteral("51"), demoDate(), 1);
}

void loadUnits(const QSqlDatabase &db)
{
    if (demoProvince(db) != 0)
        return;
    const QVariant from = QStringLiteral("2020-06-01");
    const QVariant to = QStringLiteral("2024-12-31");
    const qint64 province = insert(db, QStringLiteral("admin_unit"),
                                   {{QStringLiteral("gso_code"), QStringLiteral("51")},
                                    {QStringLiteral("name"), QStringLiteral("Tỉnh Quảng Ngãi")},
                                    {QStringLiteral("unit_type"), QStringLiteral("Tỉnh")},
                                    {QStringLiteral("level"), 1}});
    QHash<QString, qint64> districtIds;
    for (const QStringList &row : readCsv(QStringLiteral(":/data/quangngai_districts.csv"))) {
        if (row.size() < 3)
            throw DemoError(Text::tr("Malformed district row: %1").arg(row.join(u',')));
        districtIds.insert(row[0], insert(db, QStringLiteral("admin_unit"),
                                          {{QStringLiteral("gso_code"), row[0]},
                                           {QStringLiteral("name"), row[1]},
                                           {QStringLiteral("unit_type"), row[2]},
                                           {QStringLiteral("level"), 2},
                                           {QStringLiteral("parent_id"), province},
                                           {QStringLiteral("valid_from"), from},
                                           {QStringLiteral("valid_to"), to}}));
    }
    for (const QStringList &row : readCsv(QStringLiteral(":/data/quangngai_communes.csv"))) {
        if (row.size() < 4 || !districtIds.contains(row[3]))
            throw DemoError(Text::tr("Malformed commune row: %1").arg(row.join(u',')));
        insert(db, QStringLiteral("admin_unit"),
               {{QStringLiteral("gso_code"), row[0]},
                {QStringLiteral("name"), row[1]},
                {QStringLiteral("unit_type"), row[2]},
                {QStringLiteral("level"), 3},
                {QStringLiteral("parent_id"), districtIds.value(row[3])},
                {QStringLiteral("valid_from"), from},
                {QStringLiteral("valid_to"), to}});
    }
}

struct UnitRow
{
    qint64 id;
    QString name;
    QString type;
    QString gsoCode;
};

QList<UnitRow> unitsAtLevel(const QSqlDatabase &db, int level)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, name, unit_type, gso_code FROM admin_unit WHERE level = ? "
                                 "AND (valid_from IS NULL OR valid_from <= ?) AND (valid_to IS NULL OR valid_to >= ?) "
                                 "ORDER BY gso_code, id"));
    query.addBindValue(level);
    query.addBindValue(demoDate().toString(Qt::ISODate));
    query.addBindValue(demoDate().toString(Qt::ISODate));
    if (!query.exec())
        throw DemoError(query.lastError().text());
    QList<UnitRow> rows;
    while (query.next())
        rows << UnitRow{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(), query.value(3).toString()};
    return rows;
}

// Splits total into parts counts that differ by at most one, larger first:
// the report gives only totals per level, so the per-team counts are a sample.
QList<int> spread(int total, int parts)
{
    QList<int> result;
    for (int i = 0; i < parts; ++i)
        result << total / parts + (i < total % parts ? 1 : 0);
    return result;
}

QString teamName(const UnitRow &unit)
{
    return QStringLiteral("Tổ Công nghệ số cộng đồng ") + text::unitNameInRunningText(unit.name, unit.type);
}

void createVillagesAndTeams(const QSqlDatabase &db, qint64 campaign, const QJsonObject &teams,
                            const QHash<QString, qint64> &organisations)
{
    const QString note = textOf(teams[QStringLiteral("note")]);
    const QJsonObject provinceTeam = teams[QStringLiteral("province")].toObject();
    const qint64 province = demoProvince(db);
    insert(db, QStringLiteral("team"),
           {{QStringLiteral("campaign_id"), campaign},
            {QStringLiteral("unit_id"), province},
            {QStringLiteral("level"), 1},
            {QStringLiteral("name"), textOf(provinceTeam[QStringLiteral("name")])},
            {QStringLiteral("host_organisation_id"), organisations.value(textOf(provinceTeam[QStringLiteral("host")]))},
            {QStringLiteral("declared_member_count"), provinceTeam[QStringLiteral("members")].toInt()}});

    const auto addTeams = [&](const QList<UnitRow> &units, int level, int members) {
        const QList<int> counts = spread(members, int(units.size()));
        for (qsizetype i = 0; i < units.size(); ++i) {
            insert(db, QStringLiteral("team"),
                   {{QStringLiteral("campaign_id"), campaign},
                    {QStringLiteral("unit_id"), units[i].id},
                    {QStringLiteral("level"), level},
                    {QStringLiteral("name"), teamName(units[i])},
                    {QStringLiteral("declared_member_count"), counts[i]},
                    {QStringLiteral("notes"), note}});
        }
    };
    const QList<UnitRow> districts = unitsAtLevel(db, 2);
    const QList<UnitRow> communes = unitsAtLevel(db, 3);
    addTeams(districts, 2, teams[QStringLiteral("district_members")].toInt());
    addTeams(communes, 3, teams[QStringLiteral("commune_members")].toInt());

    // Villages: no public list of the 954 villages exists, so sample ones are
    // generated under the communes, and directly under the districts that have
    // no communes (Lý Sơn), their names marked as samples.
    QList<std::pair<UnitRow, int>> hosts; // parent unit, village count
    const QJsonObject direct = teams[QStringLiteral("villages_without_communes")].toObject();
    int remaining = teams[QStringLiteral("villages")].toInt();
    for (const UnitRow &district : districts) {
        if (direct.contains(district.gsoCode)) {
            const int count = direct[district.gsoCode].toInt();
            hosts << std::pair{district, count};
            remaining -= count;
        }
    }
    const QList<int> perCommune = spread(remaining, int(communes.size()));
    for (qsizetype i = 0; i < communes.size(); ++i)
        hosts << std::pair{communes[i], perCommune[i]};

    QList<UnitRow> villages;
    for (const auto &[parent, count] : hosts) {
        const bool urban = parent.type == QStringLiteral("Phường") || parent.type == QStringLiteral("Thị trấn");
        const QString type = urban ? QStringLiteral("Tổ dân phố") : QStringLiteral("Thôn");
        for (int n = 1; n <= count; ++n) {
            const QString name = QStringLiteral("%1 %2 (tên mẫu)").arg(type).arg(n);
            const qint64 id = insert(db, QStringLiteral("admin_unit"),
                                     {{QStringLiteral("name"), name},
                                      {QStringLiteral("unit_type"), type},
                                      {QStringLiteral("level"), 4},
                                      {QStringLiteral("parent_id"), parent.id},
                                      {QStringLiteral("is_sample"), 1}});
            villages << UnitRow{id, name + QStringLiteral(", ") + text::unitNameInRunningText(parent.name, parent.type), type, {}};
        }
    }
    const QList<int> counts = spread(teams[QStringLiteral("village_members")].toInt(), int(villages.size()));
    for (qsizetype i = 0; i < villages.size(); ++i) {
        insert(db, QStringLiteral("team"),
               {{QStringLiteral("campaign_id"), campaign},
                {QStringLiteral("unit_id"), villages[i].id},
                {QStringLiteral("level"), 4},
                {QStringLiteral("name"), QString(QStringLiteral("Tổ Công nghệ số cộng đồng ") + villages[i].name)},
                {QStringLiteral("declared_member_count"), counts[i]},
                {QStringLiteral("notes"), note}});
    }
}

qint64 createCampaign(const QSqlDatabase &db, const QJsonObject &demo)
{
    const qint64 province = demoProvince(db);
    const QJsonObject c = demo[QStringLiteral("campaign")].toObject();
    const qint64 campaign = insert(db, QStringLiteral("campaign"),
                                   {{QStringLiteral("name"), nullable(c[QStringLiteral("name")])},
                                    {QStringLiteral("year"), c[QStringLiteral("year")].toInt()},
                                    {QStringLiteral("start_date"), nullable(c[QStringLiteral("start_date")])},
                                    {QStringLiteral("end_date"), nullable(c[QStringLiteral("end_date")])},
                                    {QStringLiteral("province_id"), province},
                                    {QStringLiteral("plan_reference"), nullable(c[QStringLiteral("plan_reference")])},
                                    {QStringLiteral("plan_subject"), nullable(c[QStringLiteral("plan_subject")])},
                                    {QStringLiteral("guidance_reference"), nullable(c[QStringLiteral("guidance_reference")])},
                                    {QStringLiteral("guidance_subject"), nullable(c[QStringLiteral("guidance_subject")])},
                                    {QStringLiteral("notes"), nullable(demo[QStringLiteral("source")])}});

    QHash<QString, qint64> organisations;
    for (const QJsonValue &value : demo[QStringLiteral("organisations")].toArray()) {
        const QJsonObject o = value.toObject();
        organisations.insert(o[QStringLiteral("key")].toString(),
                             insert(db, QStringLiteral("organisation"),
                                    {{QStringLiteral("name"), nullable(o[QStringLiteral("name")])},
                                     {QStringLiteral("abbreviation"), nullable(o[QStringLiteral("abbreviation")])},
                                     {QStringLiteral("kind"), nullable(o[QStringLiteral("kind")])},
                                     {QStringLiteral("unit_id"), province}}));
    }
    const auto organisation = [&organisations](const QJsonValue &key) {
        return key.isString() ? QVariant(organisations.value(key.toString())) : QVariant();
    };

    createVillagesAndTeams(db, campaign, demo[QStringLiteral("teams")].toObject(), organisations);

    for (const QJsonValue &value : demo[QStringLiteral("training_sessions")].toArray()) {
        const QJsonObject t = value.toObject();
        const qint64 id = insert(db, QStringLiteral("training_session"),
                                 {{QStringLiteral("campaign_id"), campaign},
                                  {QStringLiteral("title"), nullable(t[QStringLiteral("title")])},
                                  {QStringLiteral("topic"), nullable(t[QStringLiteral("topic")])},
                                  {QStringLiteral("start_date"), nullable(t[QStringLiteral("start_date")])},
                                  {QStringLiteral("mode"), nullable(t[QStringLiteral("mode")])},
                                  {QStringLiteral("organiser_id"), organisation(t[QStringLiteral("organiser")])},
                                  {QStringLiteral("participants_declared"), nullable(t[QStringLiteral("participants")])},
                                  {QStringLiteral("participants_qualifier"), textOf(t[QStringLiteral("participants_qualifier")])},
                                  {QStringLiteral("participants_description"), nullable(t[QStringLiteral("participants_description")])},
                                  {QStringLiteral("description"), nullable(t[QStringLiteral("description")])}});
        for (const QJsonValue &partner : t[QStringLiteral("partners")].toArray())
            insert(db, QStringLiteral("training_partner"),
                   {{QStringLiteral("training_id"), id}, {QStringLiteral("organisation_id"), organisation(partner)}});
    }

    for (const QJsonValue &value : demo[QStringLiteral("figures")].toArray()) {
        const QJsonObject f = value.toObject();
        insert(db, QStringLiteral("campaign_figure"),
               {{QStringLiteral("campaign_id"), campaign},
                {QStringLiteral("figure_key"), f[QStringLiteral("key")].toString()},
                {QStringLiteral("label"), nullable(f[QStringLiteral("label")])},
                {QStringLiteral("value"), f[QStringLiteral("value")].toInteger()},
                {QStringLiteral("qualifier"), textOf(f[QStringLiteral("qualifier")])},
                {QStringLiteral("unit_label"), nullable(f[QStringLiteral("unit")])},
                {QStringLiteral("description"), nullable(f[QStringLiteral("description")])}});
    }

    for (const QJsonValue &value : demo[QStringLiteral("events")].toArray()) {
        const QJsonObject e = value.toObject();
        QStringList outcomes;
        for (const QJsonValue &line : e[QStringLiteral("outcomes")].toArray())
            outcomes << textOf(line);
        const qint64 id = insert(db, QStringLiteral("event"),
               {{QStringLiteral("campaign_id"), campaign},
                {QStringLiteral("kind"), e[QStringLiteral("kind")].toString()},
                {QStringLiteral("is_main_event"), e[QStringLiteral("main")].toBool() ? 1 : 0},
                {QStringLiteral("title"), nullable(e[QStringLiteral("title")])},
                {QStringLiteral("theme"), nullable(e[QStringLiteral("theme")])},
                {QStringLiteral("event_date"), nullable(e[QStringLiteral("date")])},
                {QStringLiteral("time_of_day"), nullable(e[QStringLiteral("time_of_day")])},
                {QStringLiteral("chair_name"), nullable(e[QStringLiteral("chair_name")])},
                {QStringLiteral("chair_position"), nullable(e[QStringLiteral("chair_position")])},
                {QStringLiteral("organiser_id"), organisation(e[QStringLiteral("organiser")])},
                {QStringLiteral("mode"), e[QStringLiteral("mode")].toString(QStringLiteral("in_person"))},
                {QStringLiteral("venue"), nullable(e[QStringLiteral("venue")])},
                {QStringLiteral("in_person_attendance"), nullable(e[QStringLiteral("in_person")])},
                {QStringLiteral("in_person_qualifier"), textOf(e[QStringLiteral("in_person_qualifier")])},
                {QStringLiteral("in_person_description"), nullable(e[QStringLiteral("in_person_description")])},
                {QStringLiteral("online_attendance"), nullable(e[QStringLiteral("online")])},
                {QStringLiteral("online_qualifier"), textOf(e[QStringLiteral("online_qualifier")])},
                {QStringLiteral("online_description"), nullable(e[QStringLiteral("online_description")])},
                {QStringLiteral("livestream_platform"), nullable(e[QStringLiteral("livestream_platform")])},
                {QStringLiteral("livestream_views"), nullable(e[QStringLiteral("livestream_views")])},
                {QStringLiteral("livestream_qualifier"), textOf(e[QStringLiteral("livestream_qualifier")])},
                {QStringLiteral("audience_description"), nullable(e[QStringLiteral("audience")])},
                {QStringLiteral("description"), nullable(e[QStringLiteral("description")])},
                {QStringLiteral("outcomes"), outcomes.isEmpty() ? QVariant() : QVariant(outcomes.join(u'\n'))},
                {QStringLiteral("report_group"), nullable(e[QStringLiteral("group")])},
                {QStringLiteral("sort_order"), e[QStringLiteral("sort_order")].toInt()}});
        const QJsonObject sites = e[QStringLiteral("connected_sites")].toObject();
        for (auto it = sites.begin(); it != sites.end(); ++it)
            insert(db, QStringLiteral("event_connected_sites"),
                   {{QStringLiteral("event_id"), id}, {QStringLiteral("level"), it.key().toInt()}, {QStringLiteral("site_count"), it.value().toInt()}});
        int order = 0;
        for (const QJsonValue &p : e[QStringLiteral("presentations")].toArray()) {
            const QJsonObject presentation = p.toObject();
            insert(db, QStringLiteral("presentation"),
                   {{QStringLiteral("event_id"), id},
                    {QStringLiteral("sort_order"), ++order},
                    {QStringLiteral("speaker_name"), nullable(presentation[QStringLiteral("speaker")])},
                    {QStringLiteral("speaker_position"), nullable(presentation[QStringLiteral("position")])},
                    {QStringLiteral("speaker_organisation"), nullable(presentation[QStringLiteral("organisation")])},
                    {QStringLiteral("title"), nullable(presentation[QStringLiteral("title")])}});
        }
    }

    for (const QJsonValue &value : demo[QStringLiteral("activities")].toArray()) {
        const QJsonObject a = value.toObject();
        insert(db, QStringLiteral("campaign_activity"),
               {{QStringLiteral("campaign_id"), campaign},
                {QStringLiteral("section"), a[QStringLiteral("section")].toString()},
                {QStringLiteral("sort_order"), a[QStringLiteral("sort_order")].toInt()},
                {QStringLiteral("body"), nullable(a[QStringLiteral("body")])}});
    }

    for (const QJsonValue &value : demo[QStringLiteral("media_outputs")].toArray()) {
        const QJsonObject m = value.toObject();
        insert(db, QStringLiteral("media_output"),
               {{QStringLiteral("campaign_id"), campaign},
                {QStringLiteral("kind"), m[QStringLiteral("kind")].toString()},
                {QStringLiteral("outlet"), nullable(m[QStringLiteral("outlet")])},
                {QStringLiteral("producer_id"), organisation(m[QStringLiteral("producer")])},
                {QStringLiteral("title"), nullable(m[QStringLiteral("title")])},
                {QStringLiteral("item_count"), m[QStringLiteral("count")].toInt(1)},
                {QStringLiteral("count_qualifier"), textOf(m[QStringLiteral("count_qualifier")])},
                {QStringLiteral("link"), nullable(m[QStringLiteral("link")])},
                {QStringLiteral("commissioned"), m[QStringLiteral("commissioned")].toBool() ? 1 : 0},
                {QStringLiteral("description"), nullable(m[QStringLiteral("description")])},
                {QStringLiteral("sort_order"), m[QStringLiteral("sort_order")].toInt()}});
    }

    int order = 0;
    for (const QJsonValue &value : demo[QStringLiteral("recommendations")].toArray()) {
        insert(db, QStringLiteral("recommendation"),
               {{QStringLiteral("campaign_id"), campaign}, {QStringLiteral("sort_order"), ++order}, {QStringLiteral("body"), nullable(value)}});
    }

    const QJsonObject l = demo[QStringLiteral("letterhead")].toObject();
    const qint64 letterhead = insert(db, QStringLiteral("letterhead"),
           {{QStringLiteral("parent_body"), nullable(l[QStringLiteral("parent_body")])},
            {QStringLiteral("issuing_body"), nullable(l[QStringLiteral("issuing_body")])},
            {QStringLiteral("issuing_body_name"), nullable(l[QStringLiteral("issuing_body_name")])},
            {QStringLiteral("issuing_abbreviation"), nullable(l[QStringLiteral("issuing_abbreviation")])},
            {QStringLiteral("place_name"), nullable(l[QStringLiteral("place_name")])},
            {QStringLiteral("records_unit_abbreviation"), nullable(l[QStringLiteral("records_unit_abbreviation")])}});

    const QJsonObject r = demo[QStringLiteral("report")].toObject();
    QStringList distribution;
    for (const QJsonValue &item : r[QStringLiteral("distribution")].toArray())
        distribution << textOf(item);
    const qint64 report = insert(db, QStringLiteral("report"),
           {{QStringLiteral("campaign_id"), campaign},
            {QStringLiteral("letterhead_id"), letterhead},
            {QStringLiteral("symbol"), textOf(r[QStringLiteral("symbol")])},
            {QStringLiteral("draft_month"), nullable(r[QStringLiteral("draft_month")])},
            {QStringLiteral("subject"), textOf(r[QStringLiteral("subject")])},
            {QStringLiteral("closing_line"), nullable(r[QStringLiteral("closing_line")])},
            {QStringLiteral("distribution"), distribution.join(u'\n')},
            {QStringLiteral("signing_authority"), textOf(r[QStringLiteral("signing_authority")])},
            {QStringLiteral("signer_position"), textOf(r[QStringLiteral("signer_position")])},
            {QStringLiteral("signer_name"), textOf(r[QStringLiteral("signer_name")])}});
    // The report keeps its letterhead as it is now (migration 0009).
    QSqlQuery freeze(db);
    if (!freeze.exec(QStringLiteral(
                "INSERT INTO report_letterhead SELECT %1, parent_body, issuing_body, issuing_body_name, "
                "issuing_abbreviation, place_name, address_line, records_unit_abbreviation, margin_top_mm, "
                "margin_bottom_mm, margin_left_mm, margin_right_mm, body_font_pt FROM letterhead WHERE id = %2")
                             .arg(report)
                             .arg(letterhead)))
        throw DemoError(Text::tr("Cannot write %1: %2").arg(QStringLiteral("report_letterhead"), freeze.lastError().text()));
    return campaign;
}

} // namespace

bool loadQuangNgaiUnits(const QSqlDatabase &db, QString *error)
{
    QSqlDatabase connection = db;
    if (!connection.transaction()) {
        if (error)
            *error = connection.lastError().text();
        return false;
    }
    try {
        loadUnits(db);
        QString keyError;
        if (keys::fillMissing(db, &keyError) < 0)
            throw DemoError(keyError);
    } catch (const DemoError &e) {
        connection.rollback();
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
    return connection.commit();
}

int createDemoCampaign(const QSqlDatabase &db, QString *error)
{
    QFile file(QStringLiteral(":/demo/quangngai-2022.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Text::tr("The demo data is missing from this build.");
        return 0;
    }
    QJsonParseError parseError;
    const QJsonObject demo = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = Text::tr("The demo data is damaged: %1").arg(parseError.errorString());
        return 0;
    }

    QSqlDatabase connection = db;
    if (!connection.transaction()) {
        if (error)
            *error = connection.lastError().text();
        return 0;
    }
    try {
        const QString name = demo[QStringLiteral("campaign")].toObject()[QStringLiteral("name")].toString();
        const qint64 existing = scalar(db, QStringLiteral("SELECT id FROM campaign WHERE name = ? AND year = ?"),
                                       {name, demo[QStringLiteral("campaign")].toObject()[QStringLiteral("year")].toInt()});
        if (existing > 0) {
            connection.rollback();
            return int(existing);
        }
        if (changelog::beginGroup(db, Text::tr("Load the demo campaign")) == 0)
            throw DemoError(connection.lastError().text());
        loadUnits(db);
        const qint64 campaign = createCampaign(db, demo);
        QString keyError;
        if (keys::fillMissing(db, &keyError) < 0 || !changelog::endGroup(db, &keyError))
            throw DemoError(keyError);
        if (!connection.commit())
            throw DemoError(connection.lastError().text());
        return int(campaign);
    } catch (const DemoError &e) {
        connection.rollback();
        if (error)
            *error = Text::tr("The demo campaign could not be created: %1").arg(QString::fromStdString(e.what()));
        return 0;
    }
}

} // namespace cds
