#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace cds::import {

// How a corrected file's row differs from the record it names: one value
// before and after, as a person reads them.
struct ValueChange
{
    QString what; // "declared members", translated
    QString before; // as shown: "7", "hơn 15", "01/09/2022", "(empty)"
    QString after;
};

// "Tổ Công nghệ số cộng đồng xã Bình Hải: declared members 7 → 9; name A → B".
QString changeDescription(const QString &record, const QList<ValueChange> &changes);

// A stored value as a change shows it: a count with its qualifier code
// ("hon" → "hơn 15"), an ISO date as dd/mm/yyyy, text as it is; "(empty)"
// for NULL or empty.
QString countText(const QVariant &value, const QString &qualifierCode);
QString dateText(const QVariant &isoDate);
QString plainText(const QVariant &value);

// Two stored values compared as the file gives them: NULL and "" are the same.
bool sameValue(const QVariant &stored, const QVariant &given);

} // namespace cds::import
