#include "generator/NationalGenerator.h"

#include "records/ChangeLog.h"
#include "records/RecordKeys.h"

#include "database/Database.h"
#include "database/SqliteStatement.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <vector>

namespace cds {

namespace {

// User-visible messages, translated under this context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cds::NationalGenerator)
};

struct GeneratorError : std::runtime_error
{
    explicit GeneratorError(const QString &message)
        : std::runtime_error(message.toStdString())
    {
    }
};

// SplitMix64: tiny, fast and the same on every platform and Qt version, so a
// seed gives the same database everywhere.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, bound).
    int below(int bound) { return bound <= 0 ? 0 : int(next() % quint64(bound)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    template <typename T>
    const T &pick(const std::vector<T> &items) { return items[size_t(below(int(items.size())))]; }
    template <typename T>
    void shuffle(std::vector<T> &items)
    {
        for (size_t i = items.size(); i > 1; --i)
            std::swap(items[i - 1], items[size_t(below(int(i)))]);
    }

private:
    quint64 m_state;
};

std::vector<QString> nfc(std::initializer_list<const char16_t *> words)
{
    std::vector<QString> out;
    out.reserve(words.size());
    for (const char16_t *word : words)
        out.push_back(QString::fromUtf16(word).normalized(QString::NormalizationForm_C));
    return out;
}

struct ProvinceName
{
    const char16_t *name;
    bool city;
    const char *code;
};

// The 34 provinces and centrally-run cities since 01/07/2025, each with the
// GSO code the province that kept its name had before the merger.
constexpr ProvinceName provinceNames[] = {
    {u"Hà Nội", true, "01"},        {u"Hồ Chí Minh", true, "79"},  {u"Hải Phòng", true, "31"},
    {u"Đà Nẵng", true, "48"},       {u"Cần Thơ", true, "92"},      {u"Huế", true, "46"},
    {u"Nghệ An", false, "40"},      {u"Thanh Hóa", false, "38"},   {u"Gia Lai", false, "52"},
    {u"Đắk Lắk", false, "66"},      {u"Lâm Đồng", false, "68"},    {u"Quảng Ngãi", false, "51"},
    {u"Khánh Hòa", false, "56"},    {u"Đồng Nai", false, "75"},    {u"Tây Ninh", false, "80"},
    {u"Đồng Tháp", false, "82"},    {u"Vĩnh Long", false, "86"},   {u"An Giang", false, "91"},
    {u"Cà Mau", false, "96"},       {u"Quảng Trị", false, "44"},   {u"Hà Tĩnh", false, "42"},
    {u"Ninh Bình", false, "37"},    {u"Hưng Yên", false, "33"},    {u"Bắc Ninh", false, "24"},
    {u"Phú Thọ", false, "25"},      {u"Thái Nguyên", false, "19"}, {u"Tuyên Quang", false, "08"},
    {u"Lào Cai", false, "15"},      {u"Quảng Ninh", false, "22"},  {u"Lạng Sơn", false, "20"},
    {u"Cao Bằng", false, "04"},     {u"Sơn La", false, "14"},      {u"Điện Biên", false, "11"},
    {u"Lai Châu", false, "12"},
};
constexpr int provinceNameCount = int(std::size(provinceNames));

// Counts that add up to total over n parts, each near total / n.
std::vector<int> spread(qint64 total, int n, Random &random, double jitter = 0.5)
{
    std::vector<int> counts(size_t(std::max(n, 0)), 0);
    if (n <= 0 || total <= 0)
        return counts;
    std::vector<double> weights(static_cast<size_t>(n), 0.0);
    double sum = 0;
    for (double &w : weights) {
        w = 1.0 - jitter + 2.0 * jitter * random.unit();
        sum += w;
    }
    qint64 given = 0;
    for (int i = 0; i < n; ++i) {
        counts[size_t(i)] = int(std::floor(double(total) * weights[size_t(i)] / sum));
        given += counts[size_t(i)];
    }
    for (qint64 i = 0; given < total; ++i, ++given)
        ++counts[size_t(i % n)];
    return counts;
}

// One prepared INSERT, bound by position and run once per row, through
// SQLite's C API (database/SqliteStatement.h).
class Insert
{
public:
    Insert(const QSqlDatabase &db, const QString &table, const QStringList &columns)
        : m_statement(db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                  .arg(table, columns.join(u','),
                                       QStringList(columns.size(), QStringLiteral("?")).join(u',')))
        , m_table(table)
    {
        if (!m_statement.isValid())
            throw GeneratorError(Text::tr("Cannot write %1: %2").arg(table, m_statement.error()));
    }
    template <typename... Values>
    void operator()(const Values &...values)
    {
        int index = 1;
        (m_statement.bindValue(index++, QVariant(values)), ...);
        if (!m_statement.exec())
            throw GeneratorError(Text::tr("Cannot write %1: %2").arg(m_table, m_statement.error()));
        ++m_rows;
    }
    qint64 rows() const { return m_rows; }

private:
    sqlite::Statement m_statement;
    QString m_table;
    qint64 m_rows = 0;
};

// The triggers that keep derived data row by row: the members list's keys
// (migration 0010) and the search index (0005). Sample data is written with
// them dropped, then the keys and the index are computed once for every
// row and the triggers created again, unchanged (all in the transaction).
const QStringList &derivedDataTriggers()
{
    static const QStringList names = {
        QStringLiteral("member_search_insert"), QStringLiteral("member_search_update"),
        QStringLiteral("member_keys_insert"),   QStringLiteral("member_keys_unit"),
        QStringLiteral("team_member_keys_insert"), QStringLiteral("team_member_keys_update"),
        QStringLiteral("team_keys_update"),     QStringLiteral("admin_unit_keys_update"),
    };
    return names;
}

QStringList dropDerivedDataTriggers(const QSqlDatabase &db)
{
    QStringList created;
    for (const QString &name : derivedDataTriggers()) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"));
        query.addBindValue(name);
        if (!query.exec())
            throw GeneratorError(query.lastError().text());
        if (!query.next())
            continue;
        created << query.value(0).toString();
        query.finish();
        if (!query.exec(QStringLiteral("DROP TRIGGER %1").arg(name)))
            throw GeneratorError(query.lastError().text());
    }
    return created;
}

void restoreDerivedData(const QSqlDatabase &db, const QStringList &triggers)
{
    QSqlQuery query(db);
    const auto run = [&query](const QString &sql) {
        if (!query.exec(sql))
            throw GeneratorError(query.lastError().text());
    };
    if (db.tables().contains(QStringLiteral("member_search")))
        run(QStringLiteral("INSERT INTO member_search(member_search) VALUES ('rebuild')"));
    if (db.record(QStringLiteral("member")).contains(QStringLiteral("current_role")))
        // The keys of every member from his newest open membership, as
        // migration 0010 computes them.
        run(QStringLiteral(
                "UPDATE member SET (current_role, current_team_key, current_unit_key) = ("
                "SELECT tm.role, t.sort_key, u.sort_key FROM (SELECT 1) "
                "LEFT JOIN team_member tm ON tm.id = (SELECT max(x.id) FROM team_member x "
                "WHERE x.member_id = member.id AND x.left_on IS NULL) "
                "LEFT JOIN team t ON t.id = tm.team_id "
                "LEFT JOIN admin_unit u ON u.id = coalesce(t.unit_id, member.unit_id))"));
    for (const QString &sql : triggers)
        run(sql);
}

struct Unit
{
    int id = 0;
    int province = 0;   // index into the provinces
    int commune = -1;   // id of the commune above a village (its own id for a commune)
    int level = 1;
    QString name;       // "Xã Phú Lộc (tên mẫu)"
    QString runningName; // "xã Phú Lộc (tên mẫu)", as in a sentence
};

struct Team
{
    int id = 0;
    int unitIndex = 0;
    int province = 0;
    int firstMember = 0; // member ids firstMember .. firstMember + memberCount - 1
    int memberCount = 0;
};

class Generator
{
public:
    Generator(const QSqlDatabase &db, const GeneratorPlan &plan, const GeneratorOptions &options)
        : m_db(db)
        , m_plan(plan)
        , m_options(options)
        , m_random(plan.seed)
    {
        const qint64 rows = qint64(plan.communes) + plan.villages + plan.teams + 2LL * plan.members
                + plan.trainings + plan.attendances + plan.events + plan.mediaOutputs;
        m_totalRows = std::max<qint64>(rows, 1);
    }

    GeneratorCounts run()
    {
        units();
        organisations();
        const int years = std::max(1, m_plan.lastYear - m_plan.firstYear + 1);
        // Campaign k of n gets k / (1 + 2 + … + n) of the teams and activities:
        // coverage grows year by year, as it did.
        const double weightSum = years * (years + 1) / 2.0;
        std::vector<double> shares;
        for (int k = 1; k <= years; ++k)
            shares.push_back(k / weightSum);
        const auto split = [&](qint64 total) {
            std::vector<qint64> parts;
            qint64 given = 0;
            for (int k = 0; k < years; ++k) {
                const qint64 part = k + 1 == years ? total - given : qint64(std::llround(double(total) * shares[size_t(k)]));
                parts.push_back(part);
                given += part;
            }
            return parts;
        };
        const auto teams = split(m_plan.teams);
        const auto members = split(m_plan.members);
        const auto trainings = split(m_plan.trainings);
        const auto attendances = split(m_plan.attendances);
        const auto events = split(m_plan.events);
        const auto media = split(m_plan.mediaOutputs);
        for (int k = 0; k < years; ++k) {
            campaign(m_plan.firstYear + k, int(teams[size_t(k)]), members[size_t(k)], int(trainings[size_t(k)]),
                     attendances[size_t(k)], int(events[size_t(k)]), int(media[size_t(k)]));
        }
        report(100);
        return m_counts;
    }

private:
    void advance(qint64 rows)
    {
        m_doneRows += rows;
        if (m_options.cancel && m_options.cancel->load())
            throw GeneratorError(Text::tr("The generation was cancelled; nothing was written."));
        const int percent = int(std::min<qint64>(99, m_doneRows * 100 / m_totalRows));
        if (percent != m_lastPercent)
            report(percent);
    }
    void report(int percent)
    {
        m_lastPercent = percent;
        if (m_options.progress)
            m_options.progress(percent);
    }

    void units();
    void organisations();
    void campaign(int year, int teamCount, qint64 memberCount, int trainingCount, qint64 attendanceCount,
                  int eventCount, int mediaCount);
    QString personName(bool female);
    QString phone();
    QString dateIn(int year, int firstMonth = 1, int lastMonth = 12);

    const QSqlDatabase &m_db;
    const GeneratorPlan &m_plan;
    const GeneratorOptions &m_options;
    Random m_random;
    GeneratorCounts m_counts;
    qint64 m_totalRows = 1;
    qint64 m_doneRows = 0;
    int m_lastPercent = -1;

    std::vector<Unit> m_units; // provinces, then per province its communes and villages
    std::vector<int> m_provinceUnit; // province index -> unit index
    std::vector<int> m_establishOrder; // unit indexes in the order their teams are founded
    std::vector<int> m_communeOrganisation; // unit index -> organisation id (communes only)
    std::vector<int> m_provinceAgency, m_provinceCommittee, m_provinceYouth, m_provincePaper, m_provinceTv;
    int m_nationalAgency = 0;
    std::vector<std::pair<QString, int>> m_nationalOutlets; // outlet, organisation id
    int m_nextTeam = 1;
    int m_nextMember = 1;
    int m_nextTeamMember = 1;
    int m_nextTraining = 1;
    int m_nextEvent = 1;
    int m_nextMedia = 1;
    int m_nextLetterhead = 1;
};

QString Generator::dateIn(int year, int firstMonth, int lastMonth)
{
    const int month = m_random.between(firstMonth, lastMonth);
    const int day = m_random.between(1, QDate(year, month, 1).daysInMonth());
    return QDate(year, month, day).toString(Qt::ISODate);
}

QString Generator::personName(bool female)
{
    // Family names weighted roughly as they are spread in Viet Nam.
    static const std::vector<QString> families = nfc({u"Nguyễn", u"Trần", u"Lê", u"Phạm", u"Hoàng", u"Huỳnh",
                                                      u"Phan", u"Vũ", u"Võ", u"Đặng", u"Bùi", u"Đỗ", u"Hồ",
                                                      u"Ngô", u"Dương", u"Lý", u"Đinh", u"Trương", u"Lương",
                                                      u"Mai", u"Cao", u"Lâm", u"Hà", u"Tạ"});
    static const int familyWeights[] = {38, 11, 10, 7, 4, 3, 4, 3, 3, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    static const int familyTotal = std::accumulate(std::begin(familyWeights), std::end(familyWeights), 0);
    static const std::vector<QString> maleMiddle = nfc({u"Văn", u"Đức", u"Minh", u"Quang", u"Hữu", u"Công",
                                                        u"Thanh", u"Ngọc", u"Xuân", u"Quốc", u"Tuấn", u"Trọng"});
    static const std::vector<QString> femaleMiddle = nfc({u"Thị", u"Thị", u"Thị", u"Ngọc", u"Thu", u"Thanh",
                                                          u"Minh", u"Hồng", u"Kim", u"Phương", u"Mỹ", u"Bảo"});
    static const std::vector<QString> maleGiven =
            nfc({u"An", u"Bình", u"Cường", u"Dũng", u"Đạt", u"Hải", u"Hùng", u"Huy", u"Khánh", u"Long",
                 u"Nam", u"Phong", u"Quân", u"Sơn", u"Tâm", u"Thắng", u"Tuấn", u"Việt", u"Vinh", u"Trung",
                 u"Hiếu", u"Lâm", u"Phúc", u"Thành", u"Tùng", u"Khoa", u"Lộc", u"Nghĩa", u"Tài", u"Toàn",
                 u"Đông", u"Hưng", u"Kiên", u"Quý", u"Thịnh", u"Trí"});
    static const std::vector<QString> femaleGiven =
            nfc({u"Anh", u"Chi", u"Dung", u"Giang", u"Hà", u"Hạnh", u"Hằng", u"Hiền", u"Hoa", u"Hương",
                 u"Lan", u"Linh", u"Mai", u"Ngân", u"Nhung", u"Oanh", u"Phương", u"Quỳnh", u"Thảo",
                 u"Trang", u"Tuyết", u"Uyên", u"Vân", u"Yến", u"Thủy", u"Nga", u"Loan", u"Diệp", u"Huyền",
                 u"Ly", u"Nhi", u"Thư", u"Trâm", u"Xuân", u"Ánh", u"Châu"});
    int roll = m_random.below(familyTotal);
    size_t family = 0;
    while (roll >= familyWeights[family]) {
        roll -= familyWeights[family];
        ++family;
    }
    QString name = families[family] + u' ' + m_random.pick(female ? femaleMiddle : maleMiddle);
    // About a third of the names carry a second middle name: "Nguyễn Thị Thu Hà".
    if (m_random.chance(0.3))
        name += u' ' + m_random.pick(female ? femaleMiddle : maleMiddle);
    return name + u' ' + m_random.pick(female ? femaleGiven : maleGiven);
}

QString Generator::phone()
{
    // Mobile numbers: 0, a carrier prefix of the 03x/05x/07x/08x/09x ranges, 7 digits.
    static const char *prefixes[] = {"032", "033", "034", "035", "036", "037", "038", "039", "056", "058",
                                     "070", "076", "077", "078", "079", "081", "082", "083", "084", "085",
                                     "086", "088", "089", "090", "091", "093", "094", "096", "097", "098"};
    char digits[11];
    const char *prefix = prefixes[m_random.below(int(std::size(prefixes)))];
    std::copy(prefix, prefix + 3, digits);
    quint64 value = m_random.next();
    for (int i = 3; i < 10; ++i, value /= 10)
        digits[i] = char('0' + value % 10);
    digits[10] = 0;
    return QString::fromLatin1(digits, 10);
}

void Generator::units()
{
    const int provinceCount = std::clamp(m_plan.provinces, 1, provinceNameCount);
    // Sample commune names: two syllables of the kind place names are made of,
    // each pair used once in the country so that a name (with its province)
    // always finds one commune.
    static const std::vector<QString> syllables = nfc({
            u"An", u"Bình", u"Hòa", u"Phú", u"Thạnh", u"Tân", u"Long", u"Phước", u"Hưng", u"Thuận",
            u"Đông", u"Tây", u"Nam", u"Bắc", u"Trung", u"Sơn", u"Hải", u"Thủy", u"Lộc", u"Xuân",
            u"Mỹ", u"Vĩnh", u"Quang", u"Thắng", u"Lợi", u"Đức", u"Thọ", u"Hiệp", u"Nghĩa", u"Lâm",
            u"Thành", u"Phong", u"Hà", u"Khánh", u"Minh", u"Hội", u"Cát", u"Gia", u"Kim", u"Ninh",
            u"Thịnh", u"Tiến", u"Trà", u"Vân", u"Yên", u"Định", u"Điền", u"Hậu", u"Lạc", u"Liên",
            u"Mỹ", u"Phổ", u"Quế", u"Tịnh", u"Tường", u"Uyên", u"Hương", u"Cẩm", u"Diên", u"Ea"});
    std::vector<QString> communeNames;
    for (size_t a = 0; a < syllables.size(); ++a) {
        for (size_t b = 0; b < syllables.size(); ++b) {
            if (syllables[a] != syllables[b])
                communeNames.push_back(syllables[a] + u' ' + syllables[b]);
        }
    }
    std::sort(communeNames.begin(), communeNames.end());
    communeNames.erase(std::unique(communeNames.begin(), communeNames.end()), communeNames.end());
    m_random.shuffle(communeNames);

    Insert insertUnit(m_db, QStringLiteral("admin_unit"),
                      {QStringLiteral("id"), QStringLiteral("gso_code"), QStringLiteral("name"),
                       QStringLiteral("unit_type"), QStringLiteral("level"), QStringLiteral("parent_id"),
                       QStringLiteral("is_sample")});
    const QString sample = QStringLiteral(" (tên mẫu)");
    int nextId = 1;
    for (int p = 0; p < provinceCount; ++p) {
        const ProvinceName &source = provinceNames[p];
        const QString type = source.city ? QStringLiteral("Thành phố") : QStringLiteral("Tỉnh");
        const QString name = type + u' ' + QString::fromUtf16(source.name).normalized(QString::NormalizationForm_C);
        Unit unit{nextId++, p, -1, 1, name, (source.city ? QStringLiteral("thành phố ") : QStringLiteral("tỉnh "))
                                                   + QString::fromUtf16(source.name).normalized(QString::NormalizationForm_C)};
        insertUnit(unit.id, QString::fromLatin1(source.code), unit.name, type, 1, QVariant(), 0);
        m_provinceUnit.push_back(int(m_units.size()));
        m_units.push_back(unit);
    }
    const std::vector<int> communesPerProvince = spread(std::max(m_plan.communes, provinceCount), provinceCount, m_random);
    const int communeTotal = std::accumulate(communesPerProvince.begin(), communesPerProvince.end(), 0);
    const std::vector<int> villagesPerCommune = spread(std::max(m_plan.villages, communeTotal), communeTotal, m_random);
    int communeNumber = 0;
    for (int p = 0; p < provinceCount; ++p) {
        const int provinceId = m_units[size_t(m_provinceUnit[size_t(p)])].id;
        for (int c = 0; c < communesPerProvince[size_t(p)]; ++c, ++communeNumber) {
            const bool ward = m_random.chance(provinceNames[p].city ? 0.5 : 0.12);
            const QString type = ward ? QStringLiteral("Phường") : QStringLiteral("Xã");
            QString base = communeNames[size_t(communeNumber) % communeNames.size()];
            if (size_t(communeNumber) >= communeNames.size())
                base += u' ' + QString::number(communeNumber / communeNames.size() + 1);
            Unit commune{nextId++, p, 0, 3, type + u' ' + base + sample, type.toLower() + u' ' + base + sample};
            commune.commune = commune.id;
            insertUnit(commune.id, QVariant(), commune.name, type, 3, provinceId, 1);
            const int communeIndex = int(m_units.size());
            m_units.push_back(commune);
            const QString villageType = ward ? QStringLiteral("Tổ dân phố") : QStringLiteral("Thôn");
            for (int v = 1; v <= villagesPerCommune[size_t(communeNumber)]; ++v) {
                Unit village{nextId++, p, commune.id, 4, QStringLiteral("%1 %2%3").arg(villageType).arg(v).arg(sample),
                             QString()};
                village.runningName = villageType.toLower() + u' ' + QString::number(v) + sample + QStringLiteral(", ")
                        + m_units[size_t(communeIndex)].runningName;
                insertUnit(village.id, QVariant(), village.name, villageType, 4, commune.id, 1);
                m_units.push_back(village);
            }
            advance(1 + villagesPerCommune[size_t(communeNumber)]);
        }
    }
    m_counts.units = insertUnit.rows();

    // Teams are founded province first, then communes, then villages in a
    // fixed random order: each campaign covers a prefix of this order.
    std::vector<int> villages;
    for (int i = 0; i < int(m_units.size()); ++i) {
        if (m_units[size_t(i)].level < 4)
            m_establishOrder.push_back(i);
        else
            villages.push_back(i);
    }
    m_random.shuffle(villages);
    m_establishOrder.insert(m_establishOrder.end(), villages.begin(), villages.end());
}

void Generator::organisations()
{
    Insert insert(m_db, QStringLiteral("organisation"),
                  {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("abbreviation"), QStringLiteral("kind"),
                   QStringLiteral("unit_id")});
    int id = 1;
    if (m_plan.nationalCampaigns) {
        m_nationalAgency = id;
        insert(id++, QStringLiteral("Cục Chuyển đổi số quốc gia"), QStringLiteral("CĐSQG"), QStringLiteral("agency"), QVariant());
        for (const QString &outlet : nfc({u"Đài Truyền hình Việt Nam", u"Báo Nhân Dân", u"Thông tấn xã Việt Nam",
                                          u"Đài Tiếng nói Việt Nam", u"Báo điện tử Chính phủ"})) {
            m_nationalOutlets.emplace_back(outlet, id);
            insert(id++, outlet, QVariant(), QStringLiteral("press outlet"), QVariant());
        }
    }
    for (int unitIndex : m_provinceUnit) {
        const Unit &province = m_units[size_t(unitIndex)];
        const QString place = province.name.section(u' ', province.name.startsWith(QStringLiteral("Thành phố")) ? 2 : 1);
        const bool city = province.name.startsWith(QStringLiteral("Thành phố"));
        m_provinceCommittee.push_back(id);
        insert(id++, QStringLiteral("Ủy ban nhân dân ") + province.runningName, QStringLiteral("UBND"),
               QStringLiteral("people's committee"), province.id);
        m_provinceAgency.push_back(id);
        insert(id++, QStringLiteral("Sở Khoa học và Công nghệ ") + province.runningName, QStringLiteral("SKHCN"),
               QStringLiteral("agency"), province.id);
        m_provinceYouth.push_back(id);
        insert(id++, (city ? QStringLiteral("Thành đoàn ") : QStringLiteral("Tỉnh đoàn ")) + place, QVariant(),
               QStringLiteral("mass organisation"), province.id);
        m_provincePaper.push_back(id);
        insert(id++, QStringLiteral("Báo ") + place, QVariant(), QStringLiteral("press outlet"), province.id);
        m_provinceTv.push_back(id);
        insert(id++, QStringLiteral("Đài Phát thanh và Truyền hình ") + place, QVariant(),
               QStringLiteral("press outlet"), province.id);
    }
    m_communeOrganisation.assign(m_units.size(), 0);
    for (size_t i = 0; i < m_units.size(); ++i) {
        if (m_units[i].level != 3)
            continue;
        m_communeOrganisation[i] = id;
        insert(id++, QStringLiteral("Ủy ban nhân dân ") + m_units[i].runningName, QStringLiteral("UBND"),
               QStringLiteral("people's committee"), m_units[i].id);
    }
    m_counts.organisations = insert.rows();
}

void Generator::campaign(int year, int teamCount, qint64 memberCount, int trainingCount, qint64 attendanceCount,
                         int eventCount, int mediaCount)
{
    const bool national = m_plan.nationalCampaigns;
    const Unit &firstProvince = m_units[size_t(m_provinceUnit.front())];
    const int campaignId = int(++m_counts.campaigns);
    const QString campaignName = QStringLiteral("Ngày Chuyển đổi số quốc gia năm %1").arg(year);
    const QString where = national ? QStringLiteral("trên toàn quốc") : QStringLiteral("trên địa bàn ") + firstProvince.runningName;
    {
        Insert insert(m_db, QStringLiteral("campaign"),
                      {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("year"), QStringLiteral("start_date"),
                       QStringLiteral("end_date"), QStringLiteral("province_id"), QStringLiteral("plan_reference"),
                       QStringLiteral("plan_subject"), QStringLiteral("notes")});
        insert(campaignId, campaignName, year, QStringLiteral("%1-01-01").arg(year), QStringLiteral("%1-12-31").arg(year),
               national ? QVariant() : QVariant(firstProvince.id),
               national ? QStringLiteral("Kế hoạch số %1/KH-CĐSQG (mẫu)").arg(100 + year % 100)
                        : QStringLiteral("Kế hoạch số %1/KH-UBND (mẫu)").arg(100 + year % 100),
               QStringLiteral("về tổ chức Ngày Chuyển đổi số quốc gia năm %1 ").arg(year) + where,
               QStringLiteral("Dữ liệu mẫu do CDS Desk tạo (--generate %1).").arg(m_plan.name));
    }

    // Teams: the first teamCount units of the founding order, listed by
    // province and unit so that each province's members have neighbouring ids.
    std::vector<int> covered(m_establishOrder.begin(),
                             m_establishOrder.begin() + std::min<size_t>(size_t(std::max(teamCount, 0)), m_establishOrder.size()));
    std::sort(covered.begin(), covered.end());
    std::vector<Team> teams;
    teams.reserve(covered.size());
    const std::vector<int> sizes = spread(memberCount, int(covered.size()), m_random, 0.6);
    Insert insertTeam(m_db, QStringLiteral("team"),
                      {QStringLiteral("id"), QStringLiteral("campaign_id"), QStringLiteral("unit_id"), QStringLiteral("level"),
                       QStringLiteral("name"), QStringLiteral("host_organisation_id"), QStringLiteral("established_date"),
                       QStringLiteral("declared_member_count")});
    Insert insertMember(m_db, QStringLiteral("member"),
                        {QStringLiteral("id"), QStringLiteral("full_name"), QStringLiteral("gender"), QStringLiteral("birth_year"),
                         QStringLiteral("phone"), QStringLiteral("affiliation"), QStringLiteral("unit_id")});
    Insert insertTeamMember(m_db, QStringLiteral("team_member"),
                            {QStringLiteral("id"), QStringLiteral("team_id"), QStringLiteral("member_id"), QStringLiteral("role"),
                             QStringLiteral("joined_on")});
    static const std::vector<QString> affiliations =
            nfc({u"Công an xã", u"Đoàn Thanh niên", u"Hội Liên hiệp Phụ nữ", u"Hội Nông dân", u"Hội Cựu chiến binh",
                 u"Trường Tiểu học", u"Trường THCS", u"Trạm Y tế", u"Bưu điện văn hóa xã", u"Viettel", u"VNPT",
                 u"Ủy ban nhân dân xã", u"Ban công tác Mặt trận", u"Chi hội Khuyến học", u"Hộ kinh doanh"});
    const QString joined = QStringLiteral("%1-03-26").arg(year);
    for (size_t t = 0; t < covered.size(); ++t) {
        const Unit &unit = m_units[size_t(covered[t])];
        Team team{m_nextTeam++, covered[t], unit.province, m_nextMember, sizes[t]};
        const int host = unit.level == 3 ? m_communeOrganisation[size_t(covered[t])]
                : unit.level == 1        ? m_provinceAgency[size_t(unit.province)]
                                         : 0;
        insertTeam(team.id, campaignId, unit.id, unit.level, QStringLiteral("Tổ Công nghệ số cộng đồng ") + unit.runningName,
                   host ? QVariant(host) : QVariant(), dateIn(year, 1, 4), team.memberCount);
        for (int m = 0; m < team.memberCount; ++m) {
            const bool female = m_random.chance(0.46);
            const int memberId = m_nextMember++;
            insertMember(memberId, personName(female), female ? QStringLiteral("female") : QStringLiteral("male"),
                         m_random.between(1962, 2006), phone(), m_random.pick(affiliations), unit.id);
            const QString role = m == 0 ? QStringLiteral("leader") : m == 1 ? QStringLiteral("deputy") : QStringLiteral("member");
            insertTeamMember(m_nextTeamMember++, team.id, memberId, role, joined);
        }
        teams.push_back(team);
        advance(1 + 2LL * team.memberCount);
    }
    m_counts.teams += insertTeam.rows();
    m_counts.members += insertMember.rows();
    m_counts.teamMembers += insertTeamMember.rows();

    // Each province's members of this campaign: [first, end).
    std::vector<std::pair<int, int>> provinceMembers(m_provinceUnit.size(), {0, 0});
    for (const Team &team : teams) {
        auto &range = provinceMembers[size_t(team.province)];
        if (range.first == 0)
            range.first = team.firstMember;
        range.second = team.firstMember + team.memberCount;
    }

    // Trainings, organised by a commune or the province's department, attended by
    // members of neighbouring teams of the same province.
    static const std::vector<QString> topics =
            nfc({u"kỹ năng số cơ bản", u"sử dụng dịch vụ công trực tuyến", u"thanh toán không dùng tiền mặt",
                 u"an toàn thông tin trên không gian mạng", u"thương mại điện tử cho hộ sản xuất",
                 u"ứng dụng định danh điện tử VNeID", u"nền tảng Bình dân học vụ số", u"chữ ký số cá nhân",
                 u"hướng dẫn người dân dùng ứng dụng y tế số", u"kỹ năng nhận diện lừa đảo trực tuyến"});
    static const std::vector<QString> modes = {QStringLiteral("in_person"), QStringLiteral("in_person"),
                                               QStringLiteral("online"), QStringLiteral("hybrid")};
    Insert insertTraining(m_db, QStringLiteral("training_session"),
                          {QStringLiteral("id"), QStringLiteral("campaign_id"), QStringLiteral("title"), QStringLiteral("topic"),
                           QStringLiteral("start_date"), QStringLiteral("end_date"), QStringLiteral("mode"),
                           QStringLiteral("organiser_id"), QStringLiteral("place"), QStringLiteral("participants_declared"),
                           QStringLiteral("participants_description")});
    Insert insertAttendance(m_db, QStringLiteral("training_attendance"),
                            {QStringLiteral("training_id"), QStringLiteral("member_id")});
    for (int s = 0; s < trainingCount && !teams.empty(); ++s) {
        const Team &host = teams[size_t(m_random.below(int(teams.size())))];
        const Unit &unit = m_units[size_t(host.unitIndex)];
        const bool byProvince = unit.level == 1 || m_random.chance(0.3);
        const int communeIndex = [&] {
            if (unit.level == 3)
                return host.unitIndex;
            if (unit.level == 4) {
                for (int i = host.unitIndex; i >= 0; --i) {
                    if (m_units[size_t(i)].level == 3)
                        return i;
                }
            }
            return -1;
        }();
        const int organiser = byProvince || communeIndex < 0 ? m_provinceAgency[size_t(unit.province)]
                                                             : m_communeOrganisation[size_t(communeIndex)];
        const QString topic = m_random.pick(topics);
        const QString place = communeIndex >= 0 ? m_units[size_t(communeIndex)].runningName
                                                : m_units[size_t(m_provinceUnit[size_t(unit.province)])].runningName;
        const auto [first, end] = provinceMembers[size_t(unit.province)];
        const qint64 wanted = attendanceCount / trainingCount + (s < attendanceCount % trainingCount ? 1 : 0);
        const int available = end - first;
        const int attendees = int(std::min<qint64>(wanted, available));
        const QString day = dateIn(year, 3, 11);
        const int trainingId = m_nextTraining++;
        insertTraining(trainingId, campaignId, QStringLiteral("lớp tập huấn ") + topic, topic, day, day,
                       m_random.pick(modes), organiser, QStringLiteral("Hội trường ") + place, attendees,
                       QStringLiteral("thành viên Tổ Công nghệ số cộng đồng"));
        // Neighbouring members from the host team on, wrapping within the province.
        int member = host.firstMember < end ? host.firstMember : first;
        for (int a = 0; a < attendees; ++a) {
            insertAttendance(trainingId, member);
            if (++member >= end)
                member = first;
        }
        advance(1 + attendees);
    }
    m_counts.trainings += insertTraining.rows();
    m_counts.attendances += insertAttendance.rows();

    // Events: one main event a campaign, the others by the provinces' bodies.
    static const std::vector<QString> kinds = {QStringLiteral("workshop"), QStringLiteral("seminar"),
                                               QStringLiteral("conference"), QStringLiteral("contest"),
                                               QStringLiteral("launch"), QStringLiteral("other")};
    static const std::vector<QString> eventTitles =
            nfc({u"Chuyển đổi số vì người dân", u"Phổ cập kỹ năng số cho mọi người dân",
                 u"Ngày hội chuyển đổi số cấp cơ sở", u"Tuổi trẻ với chuyển đổi số", u"Chợ 4.0 – mua bán không tiền mặt",
                 u"Hội thi Tổ Công nghệ số cộng đồng giỏi", u"Đưa nông sản lên sàn thương mại điện tử"});
    Insert insertEvent(m_db, QStringLiteral("event"),
                       {QStringLiteral("id"), QStringLiteral("campaign_id"), QStringLiteral("kind"), QStringLiteral("is_main_event"),
                        QStringLiteral("title"), QStringLiteral("theme"), QStringLiteral("event_date"), QStringLiteral("time_of_day"),
                        QStringLiteral("organiser_id"), QStringLiteral("mode"), QStringLiteral("venue"),
                        QStringLiteral("in_person_attendance"), QStringLiteral("in_person_description"),
                        QStringLiteral("online_attendance"), QStringLiteral("livestream_platform"), QStringLiteral("livestream_views"),
                        QStringLiteral("audience_description"), QStringLiteral("report_group"), QStringLiteral("sort_order")});
    const int provinceCount = int(m_provinceUnit.size());
    for (int e = 0; e < eventCount; ++e) {
        const bool main = e == 0;
        const int p = m_random.below(provinceCount);
        const int organiser = main ? (national ? m_nationalAgency : m_provinceAgency[0])
                                   : (m_random.chance(0.5) ? m_provinceYouth[size_t(p)] : m_provinceAgency[size_t(p)]);
        const int inPerson = main ? 500 : m_random.between(30, 600);
        const bool livestream = main || m_random.chance(0.2);
        insertEvent(m_nextEvent++, campaignId, main ? QStringLiteral("launch") : m_random.pick(kinds), main ? 1 : 0,
                    main ? QStringLiteral("Lễ hưởng ứng Ngày Chuyển đổi số quốc gia năm %1").arg(year)
                         : m_random.pick(eventTitles),
                    main ? QStringLiteral("Chuyển đổi số toàn dân, toàn diện") : QVariant(),
                    main ? QStringLiteral("%1-10-10").arg(year) : dateIn(year, 2, 12),
                    main ? QStringLiteral("morning") : QVariant(), organiser,
                    livestream ? QStringLiteral("hybrid") : QStringLiteral("in_person"),
                    QStringLiteral("Hội trường ") + m_units[size_t(m_provinceUnit[size_t(p)])].runningName, inPerson,
                    QStringLiteral("đại biểu, đoàn viên thanh niên và người dân"),
                    livestream ? m_random.between(100, 3000) : 0,
                    livestream ? QVariant(QStringLiteral("Facebook")) : QVariant(),
                    livestream ? QVariant(m_random.between(1000, 50000)) : QVariant(),
                    QStringLiteral("đoàn viên thanh niên"),
                    // The events of one province print as one bullet of the report.
                    main ? QVariant() : QVariant(m_units[size_t(m_provinceUnit[size_t(p)])].runningName), main ? 0 : 100 + p);
        advance(1);
    }
    m_counts.events += insertEvent.rows();

    // Media outputs by the provinces' newspapers and broadcasters (and, in the
    // national campaigns, the national outlets), in print order by outlet.
    static const std::vector<QString> mediaKinds = {QStringLiteral("news"), QStringLiteral("news"),
                                                    QStringLiteral("article"), QStringLiteral("tv_report"),
                                                    QStringLiteral("video_clip"), QStringLiteral("banner"),
                                                    QStringLiteral("slogan")};
    Insert insertMedia(m_db, QStringLiteral("media_output"),
                       {QStringLiteral("id"), QStringLiteral("campaign_id"), QStringLiteral("kind"), QStringLiteral("outlet"),
                        QStringLiteral("producer_id"), QStringLiteral("title"), QStringLiteral("published_on"),
                        QStringLiteral("item_count"), QStringLiteral("commissioned"), QStringLiteral("sort_order")});
    for (int i = 0; i < mediaCount; ++i) {
        const int p = m_random.below(provinceCount);
        QString outlet;
        int producer = 0;
        int order = 0;
        if (!m_nationalOutlets.empty() && m_random.chance(0.05)) {
            const auto &[name, id] = m_random.pick(m_nationalOutlets);
            outlet = name;
            producer = id;
            order = id;
        } else {
            const bool paper = m_random.chance(0.6);
            producer = paper ? m_provincePaper[size_t(p)] : m_provinceTv[size_t(p)];
            outlet = paper ? QStringLiteral("Báo ") : QStringLiteral("Đài Phát thanh và Truyền hình ");
            const Unit &province = m_units[size_t(m_provinceUnit[size_t(p)])];
            outlet += province.name.section(u' ', province.name.startsWith(QStringLiteral("Thành phố")) ? 2 : 1);
            order = 100 + 2 * p + (paper ? 0 : 1);
        }
        insertMedia(m_nextMedia++, campaignId, m_random.pick(mediaKinds), outlet, producer,
                    m_random.chance(0.3) ? QVariant(m_random.pick(eventTitles)) : QVariant(), dateIn(year, 1, 12),
                    m_random.between(1, 5), m_random.chance(0.1) ? 1 : 0, order);
        advance(1);
    }
    m_counts.mediaOutputs += insertMedia.rows();

    // Narrative, letterhead and a draft report record, so every campaign prints.
    Insert insertActivity(m_db, QStringLiteral("campaign_activity"),
                          {QStringLiteral("campaign_id"), QStringLiteral("section"), QStringLiteral("sort_order"),
                           QStringLiteral("body")});
    insertActivity(campaignId, QStringLiteral("communication"), 1,
                   QStringLiteral("Các cơ quan báo chí, hệ thống thông tin cơ sở tuyên truyền về Ngày Chuyển đổi số quốc gia "
                                  "năm %1 (dữ liệu mẫu).")
                           .arg(year));
    insertActivity(campaignId, QStringLiteral("recommendations"), 1,
                   QStringLiteral("Để tiếp tục phát huy vai trò của Tổ Công nghệ số cộng đồng, kiến nghị như sau:"));
    Insert insertRecommendation(m_db, QStringLiteral("recommendation"),
                                {QStringLiteral("campaign_id"), QStringLiteral("sort_order"), QStringLiteral("body")});
    insertRecommendation(campaignId, 1,
                         QStringLiteral("Bố trí kinh phí cho hoạt động của Tổ Công nghệ số cộng đồng (dữ liệu mẫu)."));
    const int letterheadId = m_nextLetterhead++;
    Insert insertLetterhead(m_db, QStringLiteral("letterhead"),
                            {QStringLiteral("id"), QStringLiteral("parent_body"), QStringLiteral("issuing_body"),
                             QStringLiteral("issuing_body_name"), QStringLiteral("issuing_abbreviation"),
                             QStringLiteral("place_name"), QStringLiteral("records_unit_abbreviation")});
    const QString provincePlace =
            firstProvince.name.section(u' ', firstProvince.name.startsWith(QStringLiteral("Thành phố")) ? 2 : 1);
    if (national) {
        insertLetterhead(letterheadId, QStringLiteral("BỘ KHOA HỌC VÀ CÔNG NGHỆ"), QStringLiteral("CỤC CHUYỂN ĐỔI SỐ QUỐC GIA"),
                         QStringLiteral("Cục Chuyển đổi số quốc gia"), QStringLiteral("CĐSQG"), QStringLiteral("Hà Nội"),
                         QStringLiteral("VP"));
    } else {
        insertLetterhead(letterheadId, (QStringLiteral("UBND ") + firstProvince.name).toUpper(),
                         QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ"), QStringLiteral("Sở Khoa học và Công nghệ"),
                         QStringLiteral("SKHCN"), provincePlace, QStringLiteral("CĐS"));
    }
    Insert insertReport(m_db, QStringLiteral("report"),
                        {QStringLiteral("campaign_id"), QStringLiteral("letterhead_id"), QStringLiteral("symbol"),
                         QStringLiteral("draft_month"), QStringLiteral("subject"), QStringLiteral("closing_line"),
                         QStringLiteral("distribution"), QStringLiteral("signer_position"), QStringLiteral("signer_name")});
    insertReport(campaignId, letterheadId, national ? QStringLiteral("BC-CĐSQG") : QStringLiteral("BC-SKHCN"), 12,
                 QStringLiteral("Về hưởng ứng Ngày Chuyển đổi số quốc gia năm %1\n").arg(year) + where,
                 QStringLiteral("Kính báo cáo./."), QStringLiteral("Như trên\nLưu: VT"),
                 national ? QStringLiteral("CỤC TRƯỞNG") : QStringLiteral("GIÁM ĐỐC"),
                 personName(false) + QStringLiteral(" (tên mẫu)"));
}

} // namespace

GeneratorPlan GeneratorPlan::national()
{
    GeneratorPlan plan;
    plan.name = QStringLiteral("national");
    return plan;
}

GeneratorPlan GeneratorPlan::province()
{
    GeneratorPlan plan;
    plan.name = QStringLiteral("province");
    plan.nationalCampaigns = false;
    plan.provinces = 1;
    plan.communes = 130;
    plan.villages = 2370;
    plan.teams = 6000;
    plan.members = 30000;
    plan.trainings = 400;
    plan.attendances = 20000;
    plan.events = 120;
    plan.mediaOutputs = 1500;
    return plan;
}

GeneratorPlan GeneratorPlan::scaledNational(double factor)
{
    GeneratorPlan plan = national();
    plan.name = QStringLiteral("national");
    const auto scale = [factor](qint64 value, qint64 minimum) {
        return std::max<qint64>(minimum, qint64(std::llround(double(value) * factor)));
    };
    plan.provinces = int(std::min<qint64>(34, scale(plan.provinces, 1)));
    plan.communes = int(scale(plan.communes, plan.provinces));
    plan.villages = int(scale(plan.villages, plan.communes));
    plan.teams = int(scale(plan.teams, 4));
    plan.members = int(scale(plan.members, 8));
    plan.trainings = int(scale(plan.trainings, 4));
    plan.attendances = scale(plan.attendances, 8);
    plan.events = int(scale(plan.events, 4));
    plan.mediaOutputs = int(scale(plan.mediaOutputs, 4));
    return plan;
}

QStringList generatorPlanNames()
{
    return {QStringLiteral("national"), QStringLiteral("province")};
}

bool generatorPlanFromName(const QString &name, GeneratorPlan *out)
{
    if (name == QStringLiteral("national")) {
        *out = GeneratorPlan::national();
        return true;
    }
    if (name == QStringLiteral("province")) {
        *out = GeneratorPlan::province();
        return true;
    }
    return false;
}

bool generateDatabase(const QSqlDatabase &db, const GeneratorPlan &plan, GeneratorCounts *counts, QString *error,
                      const GeneratorOptions &options)
{
    QSqlDatabase connection = db;
    const auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    {
        QSqlQuery query(connection);
        if (!query.exec(QStringLiteral("SELECT (SELECT count(*) FROM admin_unit) + (SELECT count(*) FROM campaign)"))
            || !query.next())
            return failWith(Text::tr("The database could not be read: %1").arg(query.lastError().text()));
        if (query.value(0).toLongLong() > 0)
            return failWith(Text::tr("The database already holds data; sample data is only generated into an empty "
                                     "database."));
    }
    // A larger page cache for the bulk writes of this connection (64 MB).
    QSqlQuery(connection).exec(QStringLiteral("PRAGMA cache_size = -65536"));
    if (!connection.transaction())
        return failWith(Text::tr("The database could not start a transaction: %1").arg(connection.lastError().text()));
    try {
        // Sample data is not a clerk's work: the change log gets one summary
        // group instead of millions of rows, and the keys are computed once at the end.
        QString message;
        if (!changelog::setEnabled(connection, false, &message)
            || changelog::beginGroup(connection, Text::tr("Generate sample data (%1)").arg(plan.name), 0, &message) == 0)
            throw GeneratorError(message);
        const QStringList triggers = dropDerivedDataTriggers(connection);
        Generator generator(connection, plan, options);
        const GeneratorCounts written = generator.run();
        if (keys::fillMissing(connection, &message) < 0)
            throw GeneratorError(message);
        restoreDerivedData(connection, triggers);
        if (!changelog::endGroup(connection, &message) || !changelog::setEnabled(connection, true, &message))
            throw GeneratorError(message);
        if (!connection.commit())
            throw GeneratorError(Text::tr("The sample data could not be saved: %1").arg(connection.lastError().text()));
        if (counts)
            *counts = written;
    } catch (const GeneratorError &e) {
        connection.rollback();
        return failWith(QString::fromStdString(e.what()));
    }
    QSqlQuery(connection).exec(QStringLiteral("PRAGMA cache_size = -2000"));
    return true;
}

} // namespace cds
