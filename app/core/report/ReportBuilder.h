#pragma once

#include "report/OfficialDocument.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

namespace cds {

// Builds the official report from its record (report + letterhead), its
// template and the campaign's data. The body, subject, addressees, closing
// line and distribution list are Mustache templates (ReportTemplate.h) filled
// with the report context; a report without a body of its own takes the
// default template, which reproduces the reference report (Quảng Ngãi 2022):
// I. the main event; II. other activities (1. communication, 2. teams,
// training and other events); III. recommendations.
// Every figure comes from computeCampaignStatistics() or from the records.
// The body's runs that print a figure carry its key (TextRun::figureKey, the
// keys of the context's "figures" map), so the preview can show the records
// behind it; the contexts handed out hold no figure marks.
// Functions return false and set error (translated) when a record is missing,
// a query fails or a template is malformed.

// The report of campaignId: its latest report record.
bool buildReportDocument(const QSqlDatabase &db, int campaignId, OfficialDocument *out, QString *error);

// The report record reportId. context (optional) receives what the templates
// were filled with (see buildReportContext()).
bool buildReportDocumentForReport(const QSqlDatabase &db, int reportId, OfficialDocument *out, QString *error,
                                  QVariantMap *context = nullptr);

// Everything a template can print for campaignId, as a tree of maps, lists,
// booleans and NFC strings (figures already in vi-VN form: "1.141", "hơn 4.500",
// "173/173"). "figures" maps a key to each headline figure and "figure_labels"
// the same key to its Vietnamese label: issuing freezes these, and they are
// compared with the live data afterwards.
bool buildReportContext(const QSqlDatabase &db, int campaignId, QVariantMap *context, QString *error);

} // namespace cds
