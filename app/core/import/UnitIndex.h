#pragma once

// The administrative units an import looks names and codes up in (private to
// the importer).

#include <QDate>
#include <QHash>
#include <QList>
#include <QMultiHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include "text/VietnameseText.h"

#include <algorithm>
#include <utility>

namespace cds::import::detail {

// The type words a unit's name may start with, longest first so that
// "Thành phố" wins over a shorter word. Compared with their diacritics:
// without them "Tỉnh" (province) and "Tịnh" (the start of many names) are
// the same word.
const QStringList &unitTypeWords();

struct NameKey
{
    QString type; // search key of the type word, empty when the name has none
    QString rest; // search key of the name without it
};

// Splits off a leading type word. With plainAlso, a type word written without
// diacritics ("Xa Binh Son") is split off too.
NameKey nameKey(const QString &name, bool plainAlso = false);

bool isAllDigits(const QString &value);

// All administrative units, for matching names and codes without a query per row.
class UnitIndex
{
public:
    struct Unit
    {
        qint64 id = 0;
        QString code;
        QString name;
        QString type;
        int level = 0;
        qint64 parentId = 0;
        QString key; // nameKey(name).rest
        QString typeKey; // searchKey(type)
        QString validFrom; // ISO dates, empty when open
        QString validTo;
        QString exactName; // the name in lower case, with its tone marks
        QString exactRest; // the same without its type word
    };

    // The day the file's units are looked up on (a campaign's reference date,
    // or today): a GSO code names different units over time, and a name may
    // be that of an old unit and of the new one formed from it.
    void setDate(const QDate &date) { m_date = date.toString(Qt::ISODate); }

    bool load(const QSqlDatabase &db, QString *error)
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral(
                    "SELECT id, gso_code, name, unit_type, level, parent_id, valid_from, valid_to FROM admin_unit"))) {
            *error = query.lastError().text();
            return false;
        }
        while (query.next())
            add(query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                query.value(3).toString(), query.value(4).toInt(), query.value(5).toLongLong(),
                query.value(6).toString(), query.value(7).toString());
        return true;
    }

    void add(qint64 id, const QString &code, const QString &name, const QString &type, int level,
             qint64 parentId, const QString &validFrom = QString(), const QString &validTo = QString())
    {
        const QString exact = text::normalized(name).toLower();
        const NameKey split = nameKey(name);
        Unit unit{ id,       code,     text::normalized(name), text::normalized(type),
                   level,    parentId, split.rest,             text::searchKey(type),
                   validFrom, validTo, exact,
                   split.type.isEmpty() ? exact : exact.section(u' ', split.type.count(u' ') + 1) };
        m_byKey.insert(unit.key, id);
        // Villages repeat their names across the country (thousands of
        // "Thôn 1"): they are looked up under their commune, the other
        // levels by name alone.
        if (level < 4)
            m_upperByKey.insert(unit.key, id);
        m_byParentKey.insert(std::make_pair(parentId, unit.key), id);
        if (!code.isEmpty())
            m_byCode.insert(code, id);
        m_units.insert(id, unit);
    }

    bool isValid(qint64 id) const
    {
        const Unit *u = unit(id);
        return u && (m_date.isEmpty()
                     || ((u->validFrom.isEmpty() || u->validFrom <= m_date) && (u->validTo.isEmpty() || u->validTo >= m_date)));
    }

    // The units of ids in force on the date, when there are any; else ids.
    QList<qint64> preferValid(const QList<qint64> &ids) const
    {
        QList<qint64> valid;
        for (const qint64 id : ids) {
            if (isValid(id))
                valid << id;
        }
        return valid.isEmpty() ? ids : valid;
    }

    // The units of ids named exactly value (NFC, tone marks kept, case
    // ignored, with or without the type word), when there are any; else ids.
    // "Xã Bình Thạnh" and "Xã Bình Thanh" lie in one district.
    QList<qint64> preferExact(const QList<qint64> &ids, const QString &value) const
    {
        const QString wanted = text::normalized(value).toLower();
        QList<qint64> exact;
        for (const qint64 id : ids) {
            const Unit *u = unit(id);
            if (u && (u->exactName == wanted || u->exactRest == wanted))
                exact << id;
        }
        return exact.isEmpty() ? ids : exact;
    }

    const Unit *unit(qint64 id) const
    {
        const auto found = m_units.constFind(id);
        return found == m_units.constEnd() ? nullptr : &found.value();
    }

    // The units value names among levels; by GSO code when value is all
    // digits. A type word in value ("Thành phố Quảng Ngãi") must agree with
    // the unit's type.
    QList<qint64> find(const QString &value, const QList<int> &levels) const
    {
        QList<qint64> result;
        if (isAllDigits(value)) {
            // Of the units that held the code, the one in force on the date.
            QList<qint64> coded;
            for (auto it = m_byCode.constFind(value); it != m_byCode.constEnd() && it.key() == value; ++it) {
                if (levels.contains(unit(it.value())->level))
                    coded << it.value();
            }
            coded = preferValid(coded);
            std::sort(coded.begin(), coded.end(), [this](qint64 a, qint64 b) {
                return unit(a)->validFrom > unit(b)->validFrom || (unit(a)->validFrom == unit(b)->validFrom && a > b);
            });
            if (!coded.isEmpty())
                result << coded.first();
            return result;
        }
        // The value as a whole name, and without a type word when it has one.
        QList<NameKey> keys = { { QString(), text::searchKey(value) } };
        if (const NameKey split = nameKey(value, true); !split.type.isEmpty())
            keys << split;
        QSet<qint64> seen;
        for (const NameKey &key : keys) {
            for (auto it = m_byKey.constFind(key.rest); it != m_byKey.constEnd() && it.key() == key.rest;
                 ++it) {
                const qint64 id = it.value();
                const Unit *candidate = unit(id);
                if (!levels.contains(candidate->level) || seen.contains(id))
                    continue;
                if (!key.type.isEmpty() && candidate->typeKey != key.type)
                    continue;
                seen.insert(id);
                result << id;
            }
        }
        std::sort(result.begin(), result.end());
        return result;
    }

    // What find(value, levels) followed by keeping the units of levels up to
    // 3 and those with an ancestor of level 3 named commune gives, without
    // visiting every same-named village of the country: the units above
    // villages by name, the villages among the children of the communes
    // named. Equal to the long way (a village's level-3 ancestor is its
    // parent, or it has none).
    QList<qint64> findInCommune(const QString &value, const QList<int> &levels,
                                const QString &commune) const
    {
        if (isAllDigits(value))
            return {};
        QList<NameKey> keys = { { QString(), text::searchKey(value) } };
        if (const NameKey split = nameKey(value, true); !split.type.isEmpty())
            keys << split;
        const QList<qint64> communes = levels.contains(4) ? find(commune, { 3 }) : QList<qint64>();
        QList<qint64> result;
        QSet<qint64> seen;
        const auto take = [&](qint64 id, const NameKey &key) {
            const Unit *candidate = unit(id);
            if (!levels.contains(candidate->level) || seen.contains(id))
                return;
            if (!key.type.isEmpty() && candidate->typeKey != key.type)
                return;
            seen.insert(id);
            result << id;
        };
        for (const NameKey &key : keys) {
            for (auto it = m_upperByKey.constFind(key.rest);
                 it != m_upperByKey.constEnd() && it.key() == key.rest; ++it)
                take(it.value(), key);
            for (qint64 communeId : communes) {
                const auto parentKey = std::make_pair(communeId, key.rest);
                for (auto it = m_byParentKey.constFind(parentKey);
                     it != m_byParentKey.constEnd() && it.key() == parentKey; ++it) {
                    if (unit(it.value())->level == 4)
                        take(it.value(), key);
                }
            }
        }
        std::sort(result.begin(), result.end());
        return result;
    }

    // Whether one of id's ancestors at level is among named.
    bool hasAncestor(qint64 id, int level, const QList<qint64> &named) const
    {
        for (const Unit *current = unit(id); current; current = unit(current->parentId)) {
            if (current->level == level)
                return named.contains(current->id);
            if (current->parentId == 0)
                break;
        }
        return false;
    }

    // "Phường Nguyễn Nghiêm, Thành phố Quảng Ngãi": the unit and its parent.
    QString describe(qint64 id) const
    {
        const Unit *current = unit(id);
        if (!current)
            return QString();
        const Unit *parent = unit(current->parentId);
        return parent && parent->level > 1 ? current->name + QStringLiteral(", ") + parent->name
                                           : current->name;
    }

private:
    QHash<qint64, Unit> m_units;
    QMultiHash<QString, qint64> m_byKey;
    QMultiHash<QString, qint64> m_upperByKey; // units of levels 1-3
    QMultiHash<std::pair<qint64, QString>, qint64> m_byParentKey;
    QMultiHash<QString, qint64> m_byCode;
    QString m_date;
};

} // namespace cds::import::detail
