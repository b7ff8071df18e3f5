#include "units/UnitCatalogue.h"

#include "import/CsvReader.h"
#include "text/VietnameseText.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace cds::units {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cds::UnitCatalogue)
};

// The lists are RFC 4180 CSV (a GSO remark may hold a comma, in quotes);
// values are normalised here, never in the files.
QList<QStringList> readRows(const QString &resource, int columns, QString *error)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("The list %1 is missing from this build.").arg(resource);
        return {};
    }
    const import::CsvTable table = import::parseCsv(QString::fromUtf8(file.readAll()), u',');
    QList<QStringList> rows;
    rows.reserve(table.records.size());
    for (qsizetype i = 1; i < table.records.size(); ++i) {
        QStringList fields = table.records.at(i).fields;
        if (fields.size() != columns) {
            *error = Text::tr("Line %1 of %2 has %3 values, expected %4.")
                             .arg(table.records.at(i).line)
                             .arg(resource)
                             .arg(fields.size())
                             .arg(columns);
            return {};
        }
        for (QString &field : fields)
            field = text::normalized(field);
        rows << fields;
    }
    return rows;
}

// admin_unit.unit_type: the type word the name starts with, capitalised as
// the name writes it ("Thành phố" for both kinds of city).
QString unitTypeWord(const QString &name, const QString &type)
{
    const QString word = type.startsWith(QStringLiteral("thành phố")) ? QStringLiteral("thành phố") : type;
    if (name.size() > word.size() && name.left(word.size()).compare(word, Qt::CaseInsensitive) == 0)
        return name.left(word.size());
    QString capitalised = word;
    if (!capitalised.isEmpty())
        capitalised[0] = capitalised.at(0).toUpper();
    return capitalised;
}

} // namespace

const UnitListInfo &unitListInfo(UnitList list)
{
    static const UnitListInfo lists[] = {
        { UnitList::Units2025, QStringLiteral("2025"), QStringLiteral("01/07/2025"), QDate(2025, 7, 1), QDate(),
          QStringLiteral("Nghị quyết số 202/2025/QH15; các Nghị quyết số 1654–1687/NQ-UBTVQH15 ngày 16/6/2025; "
                         "mã số theo Quyết định số 19/2025/QĐ-TTg"),
          QStringLiteral(":/data/units_2025.csv") },
        { UnitList::Units2024, QStringLiteral("2024"), QStringLiteral("01/03/2025"), QDate(), QDate(2025, 6, 30),
          QStringLiteral("Danh mục đơn vị hành chính của Tổng cục Thống kê, thời điểm 01/3/2025 "
                         "(thay đổi cuối: Nghị quyết số 1365/NQ-UBTVQH15)"),
          QStringLiteral(":/data/units_2024.csv") },
    };
    return lists[list == UnitList::Units2025 ? 0 : 1];
}

QStringList unitListNames()
{
    return { QStringLiteral("2025"), QStringLiteral("2024") };
}

bool unitListFromName(const QString &name, UnitList *list)
{
    const QString key = name.trimmed();
    for (const UnitList candidate : { UnitList::Units2025, UnitList::Units2024 }) {
        const UnitListInfo &info = unitListInfo(candidate);
        if (key == info.name || key == info.dateText) {
            if (list)
                *list = candidate;
            return true;
        }
    }
    return false;
}

const UnitCatalogue &UnitCatalogue::get(UnitList list)
{
    static const UnitCatalogue list2025(UnitList::Units2025);
    static const UnitCatalogue list2024(UnitList::Units2024);
    return list == UnitList::Units2025 ? list2025 : list2024;
}

UnitCatalogue::UnitCatalogue(UnitList list)
    : m_list(list)
{
    const bool twoLevels = list == UnitList::Units2025;
    const QList<QStringList> rows = readRows(unitListInfo(list).resource, 5, &m_error);
    m_units.reserve(rows.size());
    for (const QStringList &row : rows) {
        CatalogueUnit unit;
        unit.code = row.at(0);
        unit.name = row.at(1);
        unit.type = row.at(2).toLower();
        unit.fileLevel = row.at(3).toInt();
        unit.parentCode = row.at(4);
        // Schema levels: 1 province, 2 district, 3 commune. In the 2025 list a
        // commune (file level 2) hangs directly under its province.
        unit.level = unit.fileLevel == 1 ? 1 : (twoLevels || unit.fileLevel == 3) ? 3 : 2;
        unit.unitType = unitTypeWord(unit.name, unit.type);
        m_byCode.insert(unit.code, m_units.size());
        if (!unit.parentCode.isEmpty())
            m_childrenOf.insert(unit.parentCode, m_units.size());
        m_units << unit;
    }
}

QList<CatalogueUnit> UnitCatalogue::provinces() const
{
    QList<CatalogueUnit> result;
    for (const CatalogueUnit &unit : m_units) {
        if (unit.level == 1)
            result << unit;
    }
    return result;
}

const CatalogueUnit *UnitCatalogue::unit(const QString &code) const
{
    const auto found = m_byCode.constFind(code);
    return found == m_byCode.constEnd() ? nullptr : &m_units.at(found.value());
}

QList<CatalogueUnit> UnitCatalogue::provinceUnits(const QString &provinceCode) const
{
    const CatalogueUnit *province = unit(provinceCode);
    if (!province || province->level != 1)
        return {};
    QList<CatalogueUnit> result = { *province };
    QList<qsizetype> frontier = { m_byCode.value(provinceCode) };
    QList<qsizetype> below;
    while (!frontier.isEmpty()) {
        QList<qsizetype> next;
        for (const qsizetype index : std::as_const(frontier)) {
            for (auto it = m_childrenOf.constFind(m_units.at(index).code);
                 it != m_childrenOf.constEnd() && it.key() == m_units.at(index).code; ++it)
                next << it.value();
        }
        below << next;
        frontier = next;
    }
    // File order: by level, then code.
    std::sort(below.begin(), below.end());
    for (const qsizetype index : std::as_const(below))
        result << m_units.at(index);
    return result;
}

QString UnitCatalogue::provinceOf(const QString &code) const
{
    for (const CatalogueUnit *current = unit(code); current; current = unit(current->parentCode)) {
        if (current->level == 1)
            return current->code;
    }
    return {};
}

const CatalogueUnit *UnitCatalogue::findProvince(const QString &codeOrName) const
{
    const QString value = text::normalized(codeOrName);
    if (value.isEmpty())
        return nullptr;
    bool digits = true;
    for (const QChar ch : value)
        digits = digits && ch.isDigit();
    if (digits) {
        const CatalogueUnit *found = unit(value.size() == 1 ? u'0' + value : value);
        return found && found->level == 1 ? found : nullptr;
    }
    const QString key = text::searchKey(value);
    for (const CatalogueUnit &province : m_units) {
        if (province.level != 1)
            break;
        const QString full = text::searchKey(province.name);
        const QString bare = text::searchKey(province.name.mid(province.unitType.size()));
        if (key == full || key == bare)
            return &province;
    }
    return nullptr;
}

const QList<Succession> &successionTable(QString *error)
{
    static QString loadError;
    static const QList<Succession> table = [] {
        QList<Succession> rows;
        for (const QStringList &row : readRows(QStringLiteral(":/data/units_2024_to_2025.csv"), 5, &loadError)) {
            rows << Succession{ row.at(0), row.at(1), row.at(2) == QStringLiteral("2") ? 2 : 3,
                                row.at(3) == QStringLiteral("1"), row.at(4) };
        }
        return rows;
    }();
    if (error)
        *error = loadError;
    return table;
}

} // namespace cds::units
