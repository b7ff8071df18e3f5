#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace cds {

// A short solid rule of the report (Decree 30, items 2, 4 and 8) in an ODT:
// a line shape anchored to the paragraph whose text ends with paragraphEnd,
// from (xMm, yMm) to (xMm + lengthMm, yMm), millimetres from the top-left
// corner of that paragraph's area.
struct OdtRule
{
    QString paragraphEnd;
    double xMm = 0;
    double yMm = 0;
    double lengthMm = 0;
    double widthPt = 0.75;
};

// Adds each rule to content (an ODT's content.xml) as a draw:line in the first
// paragraph (text:p) not yet given a rule whose text ends with the rule's
// paragraphEnd (line breaks read as '\n'), with a graphic style of its own
// ("CdsRule…"). Qt's ODF writer has no shapes, so the export adds them this
// way. Returns false with why set when a rule finds no paragraph or content
// is not well-formed.
bool addOdtRules(QByteArray *content, const QList<OdtRule> &rules, QString *why);

} // namespace cds
