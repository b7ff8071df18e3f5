#pragma once

#include "reports/ReportRegister.h"

#include <QComboBox>
#include <QList>

namespace cds {

// The report form's choice of letterhead: every letterhead by its issuing
// body, abbreviation and the dates it was in use ("Sở Khoa học và Công nghệ
// (SKHCN), from 01/03/2025"), the latest first. A report prints from the copy
// of its letterhead taken when it was made (migration 0009); choosing another
// one here takes a new copy when the draft is saved.
class LetterheadComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit LetterheadComboBox(QWidget *parent = nullptr);

    // Lists letterheads and selects selectedId (added as "#id" if unknown).
    void setLetterheads(const QList<LetterheadChoice> &letterheads, int selectedId);
    int currentLetterheadId() const;
    // The abbreviation of letterhead id ("SKHCN"), empty if unknown.
    QString abbreviation(int id) const;

private:
    QList<LetterheadChoice> m_letterheads;
};

} // namespace cds
