#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace cds {

// A one-line text question that a test can answer in advance (like
// MessageBox::setNextAnswer): the reason for withdrawing a report, a template name.
class InputDialog
{
public:
    // The text entered (trimmed, NFC), or nothing when cancelled.
    static std::optional<QString> getText(QWidget *parent, const QString &title, const QString &label,
                                          const QString &text = QString());

    // The next question is not shown and returns text (one shot); nothing answers "cancelled".
    static void setNextText(std::optional<QString> text);
};

} // namespace cds
