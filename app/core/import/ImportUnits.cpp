#include "import/ImportRun.h"

#include "units/UnitHistory.h"

#include <QSqlError>

namespace cds::import::detail {

namespace {

// The types a unit may have (Law on Local Government Organisation; Circular
// 04/2012/TT-BNV for villages and residential groups), as stored in
// admin_unit.unit_type, with their level. "Thành phố" is a province (no
// parent) or a district (under a province): level 0 here.
struct UnitTypeEntry
{
    QString name;
    int level;
};

const QList<UnitTypeEntry> &unitTypes()
{
    static const QList<UnitTypeEntry> types = {
        { QStringLiteral("Tỉnh"), 1 },       { QStringLiteral("Thành phố"), 0 },  { QStringLiteral("Quận"), 2 },
        { QStringLiteral("Huyện"), 2 },      { QStringLiteral("Thị xã"), 2 },     { QStringLiteral("Xã"), 3 },
        { QStringLiteral("Phường"), 3 },     { QStringLiteral("Thị trấn"), 3 },   { QStringLiteral("Đặc khu"), 3 },
        { QStringLiteral("Thôn"), 4 },       { QStringLiteral("Tổ dân phố"), 4 }, { QStringLiteral("Khu phố"), 4 },
        { QStringLiteral("Khối phố"), 4 },   { QStringLiteral("Khu dân cư"), 4 }, { QStringLiteral("Làng"), 4 },
        { QStringLiteral("Bản"), 4 },        { QStringLiteral("Ấp"), 4 },         { QStringLiteral("Buôn"), 4 },
        { QStringLiteral("Bon"), 4 },        { QStringLiteral("Plei"), 4 },       { QStringLiteral("Phum"), 4 },
        { QStringLiteral("Sóc"), 4 },        { QStringLiteral("Xóm"), 4 },        { QStringLiteral("Khối"), 4 },
        { QStringLiteral("Khu"), 4 },        { QStringLiteral("Tổ"), 4 },
    };
    return types;
}

// The entry a type cell names: the type as written, ignoring case and
// white space; diacritics count ("Tỉnh" is not "Tịnh"), except in a cell
// written without any ("Xa", "Thi tran").
const UnitTypeEntry *unitTypeEntry(const QString &cell)
{
    const QString lower = text::normalized(cell).toLower();
    const bool plain = lower == text::searchKey(lower);
    for (const UnitTypeEntry &entry : unitTypes()) {
        if (entry.name.toLower() == lower || (plain && text::searchKey(entry.name) == lower))
            return &entry;
    }
    return nullptr;
}

// The type word of a province, district or commune the name starts with
// ("Xã Bình Sơn" -> Xã), diacritics counting; nullptr for any other name.
const UnitTypeEntry *typeOfName(const QString &name)
{
    const QString lower = text::normalized(name).toLower();
    const UnitTypeEntry *best = nullptr;
    for (const UnitTypeEntry &entry : unitTypes()) {
        const QString word = entry.name.toLower();
        if (entry.level != 4 && lower.startsWith(word + u' ') && (!best || word.size() > best->name.size()))
            best = &entry;
    }
    return best;
}

// The levels a unit's parent may have (as the unit form): a district under a
// province; a commune under a district or, since 2025, the province; a
// village under a commune or a district without communes.
QList<int> parentLevelsOf(int level)
{
    switch (level) {
    case 2: return { 1 };
    case 3: return { 1, 2 };
    case 4: return { 2, 3 };
    default: return {};
    }
}

} // namespace

std::optional<ImportRun::Write> ImportRun::units(const CsvRecord &record)
{
    // An intake workbook's entry rows come with their district filled in:
    // a row with nothing else is not a village.
    if (m_options.intake && value(record, QStringLiteral("name")).isEmpty()
        && value(record, QStringLiteral("unit_type")).isEmpty()
        && value(record, QStringLiteral("commune")).isEmpty())
        return std::nullopt;
    const int before = int(m_problems.size());
    QString name = required(record, QStringLiteral("name"));
    const QString typeCell = value(record, QStringLiteral("unit_type"));
    const QString code = value(record, QStringLiteral("code"));
    const QString parentCell = value(record, QStringLiteral("parent"));
    const QString commune = value(record, QStringLiteral("commune"));
    const QString district = value(record, QStringLiteral("district"));

    // The type, from the closed list; else from the name's type word; else a village.
    const UnitTypeEntry *typeEntry = nullptr;
    if (!typeCell.isEmpty()) {
        typeEntry = unitTypeEntry(typeCell);
        if (!typeEntry) {
            QStringList names;
            for (const UnitTypeEntry &entry : unitTypes())
                names << entry.name;
            problem(record.line, QStringLiteral("unit_type"),
                    Text::tr("%1 is not a type of administrative unit; expected one of %2.")
                            .arg(quoted(typeCell), names.join(QStringLiteral(", "))));
            return std::nullopt;
        }
    } else if (!name.isEmpty()) {
        typeEntry = typeOfName(name);
    }
    const bool village = !typeEntry || typeEntry->level == 4;

    // The unit it belongs to: the Parent column (a code or a name), else for a
    // village its Commune or District, for a commune its District.
    qint64 parent = 0;
    if (!parentCell.isEmpty())
        parent = unit(record, QStringLiteral("parent"), { 1, 2, 3 });
    else if (village && !commune.isEmpty())
        parent = unit(record, QStringLiteral("commune"), { 3 });
    else if ((village || typeEntry->level == 3) && !district.isEmpty())
        parent = unit(record, QStringLiteral("district"), { 2 });
    else if (village)
        problem(record.line,
                hasColumn(QStringLiteral("parent"))    ? QStringLiteral("parent")
                        : hasColumn(QStringLiteral("commune")) ? QStringLiteral("commune")
                                                               : QStringLiteral("district"),
                Text::tr("Expected the commune, or for a district without communes the district."));
    if (int(m_problems.size()) > before)
        return std::nullopt;
    const UnitIndex::Unit *parentUnit = parent != 0 ? m_units.unit(parent) : nullptr;
    const QString parentField = !parentCell.isEmpty() ? QStringLiteral("parent")
            : !commune.isEmpty() && village            ? QStringLiteral("commune")
                                                       : QStringLiteral("district");

    int level = 4;
    QString type;
    if (typeEntry) {
        type = typeEntry->name;
        level = typeEntry->level != 0 ? typeEntry->level : parentUnit ? 2 : 1;
    }
    if (level < 4 || parentUnit) {
        const QList<int> allowed = parentLevelsOf(level);
        if (level == 1 && parentUnit) {
            problem(record.line, parentField,
                    Text::tr("A %1 is a province-level unit and belongs to no other unit.").arg(type));
            return std::nullopt;
        }
        if (level > 1 && !parentUnit) {
            problem(record.line, hasColumn(QStringLiteral("parent")) ? QStringLiteral("parent") : QStringLiteral("name"),
                    Text::tr("Expected the unit %1 belongs to, by its GSO code or its name.").arg(quoted(name)));
            return std::nullopt;
        }
        if (level > 1 && !allowed.contains(parentUnit->level)) {
            problem(record.line, parentField,
                    Text::tr("%1 cannot hold %2: a unit belongs to a unit of a higher level (a district to a "
                             "province, a commune to a district or a province, a village to a commune or a "
                             "district).")
                            .arg(quoted(parentUnit->name), quoted(name)));
            return std::nullopt;
        }
    }

    // GSO codes (Decision 124/2004/QĐ-TTg): 2 digits for a province, 3 for a
    // district, 5 for a commune; villages have none.
    if (!code.isEmpty()) {
        const int digits = level == 1 ? 2 : level == 2 ? 3 : 5;
        if (level == 4) {
            problem(record.line, QStringLiteral("code"),
                    Text::tr("Villages and residential groups have no GSO code; leave it empty."));
            return std::nullopt;
        }
        if (!isAllDigits(code) || code.size() != digits) {
            problem(record.line, QStringLiteral("code"),
                    Text::tr("Expected the GSO code of a unit of this level: %1 digits, found %2.")
                            .arg(digits)
                            .arg(quoted(code)));
            return std::nullopt;
        }
    }

    if (level == 4) {
        if (type.isEmpty()) {
            const QString nameSearchKey = text::searchKey(name);
            static const QList<std::pair<QString, QString>> typeWords = {
                { QStringLiteral("to dan pho "), QStringLiteral("Tổ dân phố") },
                { QStringLiteral("khu dan cu "), QStringLiteral("Khu dân cư") },
                { QStringLiteral("thon "), QStringLiteral("Thôn") },
                { QStringLiteral("ban "), QStringLiteral("Bản") },
                { QStringLiteral("lang "), QStringLiteral("Làng") },
            };
            for (const auto &[word, typeName] : typeWords) {
                if (nameSearchKey.startsWith(word))
                    type = typeName;
            }
        }
        if (type.isEmpty()) {
            const bool urban = parentUnit->typeKey == QStringLiteral("phuong")
                    || parentUnit->typeKey == QStringLiteral("thi tran");
            type = urban ? QStringLiteral("Tổ dân phố") : QStringLiteral("Thôn");
        }
        // Names are stored with their type word, as the GSO lists write them
        // ("Thôn An Phú"); "Tổ 3" or "Xóm Đông" already carry one.
        static const QStringList ownWords = { QStringLiteral("thon"), QStringLiteral("to"),
                                              QStringLiteral("ban"),  QStringLiteral("lang"),
                                              QStringLiteral("khu"),  QStringLiteral("xom"),
                                              QStringLiteral("ap"),   QStringLiteral("buon"),
                                              QStringLiteral("doi"),  QStringLiteral("khoi"),
                                              QStringLiteral("cum"),  QStringLiteral("plei") };
        if (!ownWords.contains(text::searchKey(name).section(u' ', 0, 0)))
            name = type + u' ' + name;
    } else if (!name.toLower().startsWith(type.toLower() + u' ')) {
        name = type + u' ' + name; // "Bình Sơn" of type Xã is "Xã Bình Sơn"
    }

    const QString where = parentUnit ? parentUnit->name : QString();
    // Villages are told apart without their tone marks (a second "Thôn Bac"
    // is the same "Thôn Bắc" mistyped); communes and above are not: "Xã Bình
    // Thạnh" and "Xã Bình Thanh" are two communes of one district.
    const QString exactName = text::normalized(name).toLower();
    const QString key = QStringLiteral("unit|%1|%2|%3").arg(parent).arg(level).arg(level == 4 ? nameKey(name).rest : exactName);
    if (const int line = m_seen.value(key); line > 0) {
        problem(record.line, QStringLiteral("name"),
                parentUnit ? Text::tr("%1 in %2 is already on line %3.").arg(quoted(name), where).arg(line)
                           : Text::tr("%1 is already on line %2.").arg(quoted(name)).arg(line));
        return std::nullopt;
    }
    m_seen.insert(key, record.line);
    if (!code.isEmpty()) {
        const QString codeKey = QStringLiteral("code|") + code;
        if (const int line = m_seen.value(codeKey); line > 0) {
            problem(record.line, QStringLiteral("code"),
                    Text::tr("The GSO code %1 is already on line %2.").arg(code).arg(line));
            return std::nullopt;
        }
        m_seen.insert(codeKey, record.line);
        // Imported units have no validity dates: the code must be free.
        const QString holder = units::unitHoldingCode(m_db, code, QString(), QString(), 0);
        if (!holder.isEmpty()) {
            problem(record.line, QStringLiteral("code"),
                    Text::tr("The GSO code %1 is already “%2”'s.").arg(code, holder));
            return std::nullopt;
        }
    }
    for (qint64 id : m_units.find(name, { level })) {
        const UnitIndex::Unit *same = m_units.unit(id);
        if (same->parentId == parent && (level == 4 || same->exactName == exactName)) {
            if (m_options.intake) { // listed in the intake workbook, or entered once already
                ++m_unchanged;
                return Write([] { });
            }
            problem(record.line, QStringLiteral("name"),
                    parentUnit ? Text::tr("%1 already exists in %2.").arg(quoted(name), where)
                               : Text::tr("%1 is already in the database.").arg(quoted(name)));
            return std::nullopt;
        }
    }
    // Later rows may name this unit as their parent: it joins the index under
    // a provisional id, replaced by the real one when it is written.
    const qint64 provisional = -qint64(record.line);
    m_units.add(provisional, code, name, type, level, parent);
    return [this, name, type, level, parent, code, provisional] {
        const qint64 parentId = parent < 0 ? m_writtenUnits.value(parent) : parent;
        const qint64 id = insert(QStringLiteral("admin_unit"),
                                 { { QStringLiteral("gso_code"), code.isEmpty() ? QVariant() : QVariant(code) },
                                   { QStringLiteral("name"), name },
                                   { QStringLiteral("unit_type"), type },
                                   { QStringLiteral("level"), level },
                                   { QStringLiteral("parent_id"), parentId == 0 ? QVariant() : QVariant(parentId) } });
        m_writtenUnits.insert(provisional, id);
    };
}

} // namespace cds::import::detail
