#pragma once

#include "report/OfficialDocument.h"

#include <QList>
#include <QString>
#include <QVariantMap>

namespace cds {

// The wording of a report lives in a template: Mustache (kainjow/mustache) over
// the report context that buildReportContext() reads from the data, in a small
// line-based markup that the renderer already knows:
//
//   # I. Heading           a section heading (Decree 30, Appendix I, item 15)
//   ## 1. Heading          a clause heading (item 16)
//   - text                 a bullet ("- " list style of the reference report)
//   text                   a justified paragraph (item 11)
//   *text*  **text**       italic, bold stretches inside a line
//   ***text***             bold italic
//   \*                     a literal asterisk
//   \# text                a paragraph that starts with "#" (not a heading)
//
// Empty lines are ignored. Fields are written {{teams.total}},
// {{#main_event}}…{{/main_event}}; an empty value counts as false in sections.

// The body of the default template, reproducing the structure and wording of
// the 2022 Quảng Ngãi report (shared/reference). UTF-8, NFC.
QString defaultReportBody();
// The subject (trích yếu) pattern of the default template, one line per printed line.
QString defaultReportSubject();
// The name under which the default template is stored.
QString defaultTemplateName();

// Fills source with context. Returns false and sets error (the parser's
// message, English) when the template is malformed; out is then unchanged.
bool renderTemplate(const QString &source, const QVariantMap &context, QString *out,
                    QString *error);

// The markup above -> body blocks (NFC). Unknown markers stay as text.
QList<DocumentBlock> parseBodyMarkup(const QString &markup);
// One line's text with *italic*, **bold** and ***bold italic*** stretches ->
// runs; neighbouring runs of one style are merged. "\*" and a lone asterisk
// stay as an asterisk.
QList<TextRun> parseMarkedRuns(const QString &text);
// The inverse: runs -> one line of markup, asterisks in the text escaped, so
// that parseMarkedRuns(markRuns(runs)) gives runs back (merged).
QString markRuns(const QList<TextRun> &runs);

// Figure marks: how a printed figure keeps its key (ReportBuilder's "figures"
// map: "level3_coverage", "teams_total", …) from the context through the
// template into the laid-out page, so the preview can tell where it printed.
// The report context that fills the body wraps each figure value as
//
//   U+FDD0 key U+FDD1 value U+FDD2
//
// Unicode noncharacters, which are kept for a program's internal use: no
// clerk types them and nothing prints them. parseBodyMarkup() turns the marked
// stretches into runs with TextRun::figureKey and drops the marks; every other
// use of the context (subject, addressees, …, the frozen figures) takes the
// context through stripFigureMarks().

// value wrapped with key; an empty value stays empty (so {{#field}} stays false).
QString markFigure(const QString &key, const QString &value);
// text without any figure mark (the values stay).
QString stripFigureMarks(const QString &text);
// The same over a context tree (maps, lists, strings; other values as they are).
QVariantMap stripFigureMarks(const QVariantMap &context);
// Runs whose text may hold marks -> runs without marks, the marked stretches
// split off with their figureKey (bold and italic kept). A stray mark is dropped.
QList<TextRun> takeFigureMarks(const QList<TextRun> &runs);

} // namespace cds
