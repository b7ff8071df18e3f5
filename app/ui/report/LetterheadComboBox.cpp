#include "LetterheadComboBox.h"

#include "text/VietnameseText.h"

namespace cds {

LetterheadComboBox::LetterheadComboBox(QWidget *parent) : QComboBox(parent)
{
    setObjectName(QStringLiteral("letterheadComboBox"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setToolTip(tr("The issuing body the report is made by. The report keeps the letterhead as it was when "
                  "chosen, even if the letterhead is edited later."));
}

void LetterheadComboBox::setLetterheads(const QList<LetterheadChoice> &letterheads, int selectedId)
{
    const QSignalBlocker blocker(this);
    m_letterheads = letterheads;
    clear();
    for (const LetterheadChoice &letterhead : letterheads) {
        QString label = letterhead.issuingBodyName;
        if (!letterhead.issuingAbbreviation.isEmpty())
            label += QStringLiteral(" (%1)").arg(letterhead.issuingAbbreviation);
        if (letterhead.validFrom.isValid() && letterhead.validTo.isValid())
            label += tr(", %1 to %2").arg(text::formatDate(letterhead.validFrom), text::formatDate(letterhead.validTo));
        else if (letterhead.validFrom.isValid())
            label += tr(", from %1").arg(text::formatDate(letterhead.validFrom));
        else if (letterhead.validTo.isValid())
            label += tr(", until %1").arg(text::formatDate(letterhead.validTo));
        addItem(label, letterhead.id);
    }
    if (selectedId > 0 && findData(selectedId) < 0)
        addItem(QStringLiteral("#%1").arg(selectedId), selectedId);
    setCurrentIndex(findData(selectedId));
}

int LetterheadComboBox::currentLetterheadId() const
{
    return currentData().toInt();
}

QString LetterheadComboBox::abbreviation(int id) const
{
    for (const LetterheadChoice &letterhead : m_letterheads) {
        if (letterhead.id == id)
            return letterhead.issuingAbbreviation;
    }
    return QString();
}

} // namespace cds
