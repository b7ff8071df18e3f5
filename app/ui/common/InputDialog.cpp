#include "InputDialog.h"

#include <QInputDialog>

namespace cds {

namespace {
bool s_answered = false;
std::optional<QString> s_nextText;
} // namespace

std::optional<QString> InputDialog::getText(QWidget *parent, const QString &title, const QString &label,
                                            const QString &text)
{
    if (s_answered) {
        s_answered = false;
        const std::optional<QString> next = s_nextText;
        s_nextText.reset();
        return next;
    }
    bool ok = false;
    const QString entered = QInputDialog::getText(parent, title, label, QLineEdit::Normal, text, &ok);
    if (!ok)
        return std::nullopt;
    return entered.trimmed().normalized(QString::NormalizationForm_C);
}

void InputDialog::setNextText(std::optional<QString> text)
{
    s_answered = true;
    s_nextText = std::move(text);
}

} // namespace cds
