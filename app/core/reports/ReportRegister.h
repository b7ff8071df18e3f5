#pragma once

#include "report/OfficialDocument.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

namespace cds {

enum class ReportStatus { Draft, Issued, Withdrawn };

QString reportStatusCode(ReportStatus status); // 'draft', 'issued', 'withdrawn'
ReportStatus reportStatusFromCode(const QString &code);

// One report record (table report) as the editor and the list see it. Text
// fields that print may hold Mustache fields ({{campaign.year}}).
struct ReportRecord
{
    int id = 0;
    int campaignId = 0;
    int letterheadId = 0;
    QString documentType = QStringLiteral("BÁO CÁO");
    int number = 0;            // 0 while unnumbered
    int registerYear = 0;      // the register's year, 0 while unnumbered
    QString symbol;            // "BC-STTTT"
    QDate issueDate;           // invalid: left blank on the draft
    int draftMonth = 0;
    QString subject;           // one printed line per line
    QString addressees;        // one per line; empty: no "Kính gửi"
    QString closingLine;
    QString distribution;      // one per line, the last "Lưu: VT, …"
    QString signingAuthority;  // '', 'KT.', 'TM.', 'TL.', 'TUQ.', 'Q.'
    QString authorityTitle;
    QString signerPosition;
    QString signerName;
    QString body;              // template markup; empty: the default template
    int templateId = 0;        // the template the body came from, 0 if none
    bool appendixTeams = false; // attach the appendix of teams per unit with their members
    ReportStatus status = ReportStatus::Draft;
    QDateTime issuedAt;        // UTC
    QDateTime withdrawnAt;     // UTC
    QString withdrawalReason;
    // Read only, for lists.
    QString campaignName;
    int campaignYear = 0;
    QString templateName;
    int templateVersion = 0;

    // "05/BC-STTTT" (leading zero below 10), or "…/BC-STTTT" while unnumbered.
    QString numberAndSymbol() const;
};

struct ReportTemplateInfo
{
    int id = 0;
    QString name;
    int version = 0;
    QString subject;
    QString body;
    QDateTime createdAt; // UTC
    int sourceReportId = 0;
};

// What issuing froze.
struct ReportSnapshot
{
    int reportId = 0;
    QDateTime issuedAt;     // UTC
    QByteArray pdf;         // the exact PDF/A-1b bytes
    QString pdfSha256;      // hex
    OfficialDocument document; // as laid out when issued
    QVariantMap figures;    // key -> printed value ("1.141")
    QVariantMap figureLabels; // key -> Vietnamese label
    QString templateName;
    int templateVersion = 0;
    QString body;           // the template text as issued
};

// A figure whose live value no longer matches the issued report.
struct FigureDifference
{
    QString key;
    QString label;
    QString issued; // empty: the figure did not exist when issued
    QString live;   // empty: the figure no longer exists
};

// The register of one issuing body's year: numbers restart every year and are
// unique in it (Decree 30/2020/NĐ-CP, Article 15: "số của văn bản là số thứ tự
// văn bản do cơ quan ban hành trong một năm").
struct RegisterYear
{
    QList<int> used;      // ascending
    QList<int> gaps;      // 1..highest, unused (a number given out of order, a deleted draft)
    int nextNumber = 1;   // the next after the highest used
};

// A letterhead a report can be made with, as the report form lists it.
struct LetterheadChoice
{
    int id = 0;
    QString issuingBodyName;     // "Sở Khoa học và Công nghệ"
    QString issuingAbbreviation; // "SKHCN"
    QDate validFrom;             // invalid: open on that side
    QDate validTo;
    bool validOn(const QDate &date) const;
};

// A signer the report form offers (NFC text as stored): a preset of the
// letterhead (signer_preset) or the signer of an earlier report made with it.
struct SignerChoice
{
    QString signingAuthority; // '', 'KT.', 'TM.', 'TL.', 'TUQ.', 'Q.'
    QString authorityTitle;   // "GIÁM ĐỐC"; empty without an authority
    QString signerPosition;   // "PHÓ GIÁM ĐỐC"
    QString signerName;
    bool operator==(const SignerChoice &) const = default;
};

// The records office's side of the report: saved reports per campaign,
// templates, numbering, issuing, withdrawing. All SQL for these tables lives
// here. An issued report is frozen both here (a clear message) and by the
// database's triggers (migration 0004), so no other writer can change it.
// Every function returns false (or 0) and sets error, translated, on failure.
class ReportRegister
{
public:
    explicit ReportRegister(QSqlDatabase db);

    // Every report, newest campaign first, then by number / id.
    bool reports(QList<ReportRecord> *out, QString *error) const;
    bool reports(int campaignId, QList<ReportRecord> *out, QString *error) const;
    bool load(int reportId, ReportRecord *out, QString *error) const;

    // A new draft for campaignId with the header of the latest report (of any
    // campaign) and the body and subject of template templateId (0: the
    // default template). Its letterhead is the one valid at the campaign's
    // dates (letterheadFor()); when that is not the header's, the symbol
    // ("BC-" and its abbreviation) and the records unit of "Lưu: VT, …" are
    // that letterhead's. Returns the new id. A report keeps a frozen copy of
    // its letterhead (migration 0009): editing the letterhead later does not
    // change it.

    int createDraft(int campaignId, int templateId, QString *error);
    // The report of campaignId as it prints today: its latest report, else
    // the draft a new report would start with (createDraft() with the default
    // template, as the window would show it), built without being saved.
    bool buildCurrentReport(int campaignId, OfficialDocument *out, QString *error);
    // A new draft for campaignId copying report sourceReportId (header,
    // subject, body). The year of the source campaign in the subject,
    // closing line and distribution is replaced by the new campaign's year.
    int createDraftFrom(int campaignId, int sourceReportId, QString *error);
    // Every letterhead, the latest valid first (valid_from descending, open last).
    bool letterheads(QList<LetterheadChoice> *out, QString *error) const;
    // The signers of letterheadId: its presets in their order, then the
    // signers of its earlier reports by name; each signer once.
    bool signers(int letterheadId, QList<SignerChoice> *out, QString *error) const;
    // The campaign's main event (section I of the report); 0 when it has
    // none (then no error) or the read fails (error set).
    int mainEventId(int campaignId, QString *error) const;
    // The last day the report's content speaks of: the latest training (its
    // end, else start), event or media output date of campaignId; invalid when
    // none is dated or the read fails (error set). A draft's proposed issue
    // date is never before it.
    QDate latestActivityDate(int campaignId, QString *error) const;
    // The letterhead valid on the reference date of campaignId (its end date,
    // else start date, else 31/12 of its year); preferred, when several are,
    // the one valid from the latest date, then preferred; 0 when there is none.
    int letterheadFor(int campaignId, QString *error, int preferred = 0) const;
    // Saves a draft's fields (not its number, status or dates of issue). A
    // draft given another letterhead takes a new frozen copy of it.
    bool saveDraft(const ReportRecord &record, QString *error);
    // Deletes a draft; refuses an issued or withdrawn report.
    bool deleteDraft(int reportId, QString *error);

    // The register of letterheadId for year.
    bool registerYear(int letterheadId, int year, RegisterYear *out, QString *error) const;
    // Gives a draft a number and its date. number must be > 0 and free in the
    // register of date's year. Refuses an issued report.
    bool assignNumber(int reportId, int number, const QDate &date, QString *error);
    // Takes the number back from a draft (a wrong number, before issuing).
    bool clearNumber(int reportId, QString *error);

    // Freezes a numbered, dated draft: builds it from the data, stores the
    // PDF/A bytes, the document, the figures and the template, and marks it
    // issued, all in one transaction.
    bool issue(int reportId, QString *error);
    bool snapshot(int reportId, ReportSnapshot *out, QString *error) const;
    // Figures whose live value differs from the issued report's (empty when
    // all agree).
    bool compareWithLive(int reportId, QList<FigureDifference> *out, QString *error) const;
    // Withdraws an issued report; reason must not be empty.
    bool withdraw(int reportId, const QString &reason, QString *error);

    // Templates, by name then version.
    bool templates(QList<ReportTemplateInfo> *out, QString *error) const;
    bool loadTemplate(int templateId, ReportTemplateInfo *out, QString *error) const;
    // Saves subject and body under name as its next version; returns the id.
    int saveTemplate(const QString &name, const QString &subject, const QString &body, int sourceReportId,
                     QString *error);
    // The stored default template (created on first use); returns its id.
    int ensureDefaultTemplate(QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace cds
