#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace cds::sql {

// Runs sql on db, forward only, with values bound to its "?" in order; *ok
// says whether it ran, and error (when given) gets the driver's message if
// not. The reads of the forms and the team checks share it.
inline QSqlQuery runBound(const QSqlDatabase &db, const QString &sql, const QVariantList &values, bool *ok,
                          QString *error = nullptr)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    *ok = query.exec();
    if (!*ok && error)
        *error = query.lastError().text();
    return query;
}

} // namespace cds::sql
