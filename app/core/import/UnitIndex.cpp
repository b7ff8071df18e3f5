#include "import/UnitIndex.h"

namespace cds::import::detail {

const QStringList &unitTypeWords()
{
    static const QStringList words = {
        QStringLiteral("thành phố"), QStringLiteral("tổ dân phố"), QStringLiteral("khu dân cư"),
        QStringLiteral("thị trấn"),  QStringLiteral("đặc khu"),    QStringLiteral("thị xã"),
        QStringLiteral("phường"),    QStringLiteral("huyện"),      QStringLiteral("quận"),
        QStringLiteral("tỉnh"),      QStringLiteral("thôn"),       QStringLiteral("xã"),
    };
    return words;
}

NameKey nameKey(const QString &name, bool plainAlso)
{
    const QString lower = text::normalized(name).toLower();
    for (const QString &word : unitTypeWords()) {
        if (lower.size() > word.size() + 1 && lower.at(word.size()) == u' ') {
            const QString head = lower.left(word.size());
            if (head == word || (plainAlso && head == text::searchKey(word)))
                return { text::searchKey(word), text::searchKey(lower.mid(word.size() + 1)) };
        }
    }
    return { QString(), text::searchKey(name) };
}

bool isAllDigits(const QString &value)
{
    if (value.isEmpty())
        return false;
    for (const QChar ch : value) {
        if (!ch.isDigit())
            return false;
    }
    return true;
}

} // namespace cds::import::detail
