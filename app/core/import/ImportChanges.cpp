#include "import/ImportChanges.h"

#include "domain/Figure.h"
#include "text/VietnameseText.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace cds::import {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cds::Importer)
};

QString empty()
{
    return Text::tr("(empty)");
}
} // namespace

QString changeDescription(const QString &record, const QList<ValueChange> &changes)
{
    QStringList parts;
    for (const ValueChange &change : changes)
        parts << Text::tr("%1 %2 → %3").arg(change.what, change.before, change.after);
    return Text::tr("%1: %2").arg(record, parts.join(QStringLiteral("; ")));
}

QString countText(const QVariant &value, const QString &qualifierCode)
{
    if (value.isNull() || value.toString().isEmpty())
        return empty();
    Figure figure;
    figure.value = value.toLongLong();
    figure.qualifier = qualifierFromCode(qualifierCode);
    return figure.toText();
}

QString dateText(const QVariant &isoDate)
{
    const QDate date = QDate::fromString(isoDate.toString(), Qt::ISODate);
    if (!date.isValid())
        return plainText(isoDate);
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

QString plainText(const QVariant &value)
{
    const QString text = value.isNull() ? QString() : value.toString();
    return text.isEmpty() ? empty() : QStringLiteral("“%1”").arg(text);
}

bool sameValue(const QVariant &stored, const QVariant &given)
{
    const QString a = stored.isNull() ? QString() : stored.toString();
    const QString b = given.isNull() ? QString() : given.toString();
    return a == b;
}

} // namespace cds::import
