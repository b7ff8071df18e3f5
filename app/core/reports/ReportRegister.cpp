#include "reports/ReportRegister.h"

#include "report/ReportBuilder.h"
#include "report/ReportRenderer.h"
#include "report/ReportTemplate.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <set>
#include <stdexcept>

namespace cds {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cds::ReportRegister)
};

struct RegisterError : std::runtime_error
{
    explicit RegisterError(const QString &message) : std::runtime_error(message.toStdString()) { }
};

QSqlQuery run(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw RegisterError(Text::tr("A report register query could not be prepared: %1").arg(query.lastError().text()));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        throw RegisterError(Text::tr("The report register could not be read or written: %1").arg(query.lastError().text()));
    return query;
}

template<typename Fn>
bool guarded(QString *error, Fn &&fn)
{
    try {
        fn();
    } catch (const RegisterError &e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
    return true;
}

// All or nothing: rolled back unless commit() is reached.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db))
    {
        if (!m_db.transaction())
            throw RegisterError(Text::tr("Cannot start a transaction: %1").arg(m_db.lastError().text()));
    }
    ~Transaction()
    {
        if (!m_done)
            m_db.rollback();
    }
    void commit()
    {
        if (!m_db.commit())
            throw RegisterError(Text::tr("Cannot save: %1").arg(m_db.lastError().text()));
        m_done = true;
    }

private:
    QSqlDatabase m_db;
    bool m_done = false;
};

QString utcNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// Stored as "yyyy-MM-ddTHH:mm:ssZ": the trailing Z makes Qt read it as UTC.
QDateTime utc(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// NOT NULL text columns: an empty QString may be null, which QtSql binds as NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant nullableId(int id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::Int));
}

const QString recordColumns = QStringLiteral(R"SQL(
r.id, r.campaign_id, r.letterhead_id, r.document_type, r.number, r.register_year, r.symbol, r.issue_date,
r.draft_month, r.subject, r.addressees, r.closing_line, r.distribution, r.signing_authority, r.authority_title,
r.signer_position, r.signer_name, r.body, r.template_id, r.status, r.issued_at, r.withdrawn_at, r.withdrawal_reason,
c.name, c.year, t.name, t.version, r.appendix_teams
FROM report r JOIN campaign c ON c.id = r.campaign_id LEFT JOIN report_template t ON t.id = r.template_id)SQL");

ReportRecord recordFrom(const QSqlQuery &q)
{
    ReportRecord r;
    r.id = q.value(0).toInt();
    r.campaignId = q.value(1).toInt();
    r.letterheadId = q.value(2).toInt();
    r.documentType = q.value(3).toString();
    r.number = q.value(4).toInt();
    r.registerYear = q.value(5).toInt();
    r.symbol = q.value(6).toString();
    r.issueDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    r.draftMonth = q.value(8).toInt();
    r.subject = q.value(9).toString();
    r.addressees = q.value(10).toString();
    r.closingLine = q.value(11).toString();
    r.distribution = q.value(12).toString();
    r.signingAuthority = q.value(13).toString();
    r.authorityTitle = q.value(14).toString();
    r.signerPosition = q.value(15).toString();
    r.signerName = q.value(16).toString();
    r.body = q.value(17).toString();
    r.templateId = q.value(18).toInt();
    r.status = reportStatusFromCode(q.value(19).toString());
    r.issuedAt = utc(q.value(20));
    r.withdrawnAt = utc(q.value(21));
    r.withdrawalReason = q.value(22).toString();
    r.campaignName = q.value(23).toString();
    r.campaignYear = q.value(24).toInt();
    r.templateName = q.value(25).toString();
    r.templateVersion = q.value(26).toInt();
    r.appendixTeams = q.value(27).toBool();
    return r;
}

ReportRecord loadRecord(const QSqlDatabase &db, int reportId)
{
    QSqlQuery q = run(db, QStringLiteral("SELECT ") + recordColumns + QStringLiteral(" WHERE r.id = ?"), {reportId});
    if (!q.next())
        throw RegisterError(Text::tr("Report %1 does not exist.").arg(reportId));
    return recordFrom(q);
}

void requireDraft(const ReportRecord &record)
{
    if (record.status != ReportStatus::Draft)
        throw RegisterError(Text::tr("Report %1 has been issued: it can no longer be changed or deleted. "
                                     "Withdraw it and make a new report instead.").arg(record.numberAndSymbol()));
}

QList<ReportRecord> listRecords(const QSqlDatabase &db, const QString &where, const QVariantList &values)
{
    QSqlQuery q = run(db, QStringLiteral("SELECT ") + recordColumns + where
                          + QStringLiteral(" ORDER BY c.year DESC, r.campaign_id DESC, r.register_year DESC, r.number DESC, r.id DESC"),
                      values);
    QList<ReportRecord> records;
    while (q.next())
        records << recordFrom(q);
    return records;
}

ReportTemplateInfo templateFrom(const QSqlQuery &q)
{
    ReportTemplateInfo t;
    t.id = q.value(0).toInt();
    t.name = q.value(1).toString();
    t.version = q.value(2).toInt();
    t.subject = q.value(3).toString();
    t.body = q.value(4).toString();
    t.createdAt = utc(q.value(5));
    t.sourceReportId = q.value(6).toInt();
    return t;
}

const QString templateColumns = QStringLiteral(
        "id, name, version, subject, body, created_at, source_report_id FROM report_template");

// The source campaign's year, written as a word of its own, becomes the new
// one ("năm 2022" -> "năm 2023"); fields ({{campaign.year}}) need nothing.
QString withYear(const QString &text, int from, int to)
{
    if (from <= 0 || to <= 0 || from == to)
        return text;
    QString result = text;
    result.replace(QRegularExpression(QStringLiteral("(?<![\\d/])%1(?![\\d/])").arg(from)), QString::number(to));
    return result;
}

int insertReport(const QSqlDatabase &db, const ReportRecord &r)
{
    QSqlQuery q = run(db, QStringLiteral(R"SQL(
INSERT INTO report (campaign_id, letterhead_id, document_type, symbol, draft_month, subject, addressees,
                    closing_line, distribution, signing_authority, authority_title, signer_position, signer_name,
                    body, template_id, status, created_at, appendix_teams)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?))SQL"),
                      {r.campaignId, r.letterheadId, text(r.documentType), text(r.symbol), r.draftMonth > 0 ? QVariant(r.draftMonth) : QVariant(QMetaType(QMetaType::Int)),
                       text(r.subject), nullable(r.addressees), nullable(r.closingLine), text(r.distribution), text(r.signingAuthority),
                       nullable(r.authorityTitle), text(r.signerPosition), text(r.signerName), text(r.body), nullableId(r.templateId), utcNow(),
                       r.appendixTeams ? 1 : 0});
    return q.lastInsertId().toInt();
}

// Takes (again) the frozen copy of the report's letterhead it prints from.
void freezeLetterhead(const QSqlDatabase &db, int reportId)
{
    run(db, QStringLiteral(R"SQL(
INSERT OR REPLACE INTO report_letterhead
SELECT r.id, l.parent_body, l.issuing_body, l.issuing_body_name, l.issuing_abbreviation, l.place_name,
       l.address_line, l.records_unit_abbreviation, l.margin_top_mm, l.margin_bottom_mm, l.margin_left_mm,
       l.margin_right_mm, l.body_font_pt
FROM report r JOIN letterhead l ON l.id = r.letterhead_id WHERE r.id = ?)SQL"),
        {reportId});
}

int insertFrozenReport(const QSqlDatabase &db, const ReportRecord &r)
{
    const int id = insertReport(db, r);
    freezeLetterhead(db, id);
    return id;
}

int campaignYear(const QSqlDatabase &db, int campaignId)
{
    QSqlQuery q = run(db, QStringLiteral("SELECT year FROM campaign WHERE id = ?"), {campaignId});
    if (!q.next())
        throw RegisterError(Text::tr("Campaign %1 does not exist.").arg(campaignId));
    return q.value(0).toInt();
}

} // namespace

QString reportStatusCode(ReportStatus status)
{
    switch (status) {
    case ReportStatus::Issued: return QStringLiteral("issued");
    case ReportStatus::Withdrawn: return QStringLiteral("withdrawn");
    case ReportStatus::Draft: break;
    }
    return QStringLiteral("draft");
}

ReportStatus reportStatusFromCode(const QString &code)
{
    if (code == QStringLiteral("issued"))
        return ReportStatus::Issued;
    if (code == QStringLiteral("withdrawn"))
        return ReportStatus::Withdrawn;
    return ReportStatus::Draft;
}

QString ReportRecord::numberAndSymbol() const
{
    const QString numberPart = number > 0 ? QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0')) : QStringLiteral("…");
    return symbol.isEmpty() ? numberPart : numberPart + u'/' + symbol;
}

ReportRegister::ReportRegister(QSqlDatabase db) : m_db(std::move(db)) { }

bool ReportRegister::reports(QList<ReportRecord> *out, QString *error) const
{
    return guarded(error, [&] { *out = listRecords(m_db, QString(), {}); });
}

bool ReportRegister::reports(int campaignId, QList<ReportRecord> *out, QString *error) const
{
    return guarded(error, [&] { *out = listRecords(m_db, QStringLiteral(" WHERE r.campaign_id = ?"), {campaignId}); });
}

bool ReportRegister::load(int reportId, ReportRecord *out, QString *error) const
{
    return guarded(error, [&] { *out = loadRecord(m_db, reportId); });
}

namespace {

// A new draft's header under letterheadId: its symbol, the drafting unit in
// "Lưu: VT, …" (in place of the former letterhead's, if any) and its first
// signer (Decree 30/2020/NĐ-CP, Appendix I, items 20–23) when it has one.
void useLetterhead(const QSqlDatabase &db, ReportRecord *header, int letterheadId)
{
    QSqlQuery l = run(db, QStringLiteral("SELECT issuing_abbreviation, records_unit_abbreviation FROM letterhead WHERE id = ?"),
                      {letterheadId});
    if (!l.next())
        return;
    QSqlQuery old = run(db, QStringLiteral("SELECT records_unit_abbreviation FROM letterhead WHERE id = ?"), {header->letterheadId});
    const QString oldUnit = old.next() ? old.value(0).toString() : QString();
    const QString newUnit = l.value(1).toString();
    header->letterheadId = letterheadId;
    header->symbol = QStringLiteral("BC-") + l.value(0).toString();
    if (header->distribution.trimmed().isEmpty())
        header->distribution = QStringLiteral("Lưu: VT, ") + newUnit;
    else if (!oldUnit.isEmpty() && !newUnit.isEmpty())
        header->distribution.replace(QStringLiteral("Lưu: VT, ") + oldUnit, QStringLiteral("Lưu: VT, ") + newUnit);
    QSqlQuery s = run(db, QStringLiteral("SELECT signing_authority, authority_title, signer_position, signer_name "
                                         "FROM signer_preset WHERE letterhead_id = ? ORDER BY sort_order, id LIMIT 1"),
                      {letterheadId});
    if (s.next()) {
        header->signingAuthority = s.value(0).toString();
        header->authorityTitle = s.value(1).toString();
        header->signerPosition = s.value(2).toString();
        header->signerName = s.value(3).toString();
    }
}

} // namespace

int ReportRegister::createDraft(int campaignId, int templateId, QString *error)
{
    int id = 0;
    guarded(error, [&] {
        const int year = campaignYear(m_db, campaignId);
        ReportRecord header;
        // The header of this campaign's latest report, else of the latest one at all.
        QSqlQuery q = run(m_db, QStringLiteral("SELECT r.id FROM report r JOIN campaign c ON c.id = r.campaign_id "
                                               "ORDER BY (r.campaign_id = ?) DESC, c.year DESC, r.id DESC LIMIT 1"),
                          {campaignId});
        if (q.next()) {
            header = loadRecord(m_db, q.value(0).toInt());
            for (QString *text : {&header.closingLine, &header.distribution, &header.addressees})
                *text = withYear(*text, header.campaignYear, year);
        } else {
            QSqlQuery l = run(m_db, QStringLiteral("SELECT id FROM letterhead ORDER BY id LIMIT 1"));
            if (!l.next())
                throw RegisterError(Text::tr("There is no letterhead yet: enter the issuing body first."));
            useLetterhead(m_db, &header, l.value(0).toInt());
        }
        const int tid = templateId > 0 ? templateId : ensureDefaultTemplate(nullptr);
        ReportTemplateInfo tmpl;
        QSqlQuery t = run(m_db, QStringLiteral("SELECT ") + templateColumns + QStringLiteral(" WHERE id = ?"), {tid});
        if (!t.next())
            throw RegisterError(Text::tr("Template %1 does not exist.").arg(tid));
        tmpl = templateFrom(t);
        header.campaignId = campaignId;
        header.number = 0;
        header.issueDate = QDate();
        header.subject = tmpl.subject.isEmpty() ? defaultReportSubject() : tmpl.subject;
        header.body = tmpl.body;
        header.templateId = tmpl.id;
        // The letterhead of the campaign's time: a 2025 campaign is reported
        // by the body of 2025 even if the last report had the former one.
        const int valid = letterheadFor(campaignId, nullptr, header.letterheadId);
        if (valid > 0 && valid != header.letterheadId)
            useLetterhead(m_db, &header, valid);
        id = insertFrozenReport(m_db, header);
    });
    return id;
}

bool ReportRegister::buildCurrentReport(int campaignId, OfficialDocument *out, QString *error)
{
    QList<ReportRecord> existing;
    if (!reports(campaignId, &existing, error))
        return false;
    if (!existing.isEmpty())
        return buildReportDocument(m_db, campaignId, out, error);
    // The draft createDraft() would write, built inside a transaction that is
    // always rolled back: nothing of it stays in the database.
    if (!m_db.transaction()) {
        if (error)
            *error = Text::tr("Cannot start a transaction: %1").arg(m_db.lastError().text());
        return false;
    }
    const int draftId = createDraft(campaignId, 0, error);
    const bool built = draftId > 0 && buildReportDocumentForReport(m_db, draftId, out, error);
    m_db.rollback();
    return built;
}

int ReportRegister::createDraftFrom(int campaignId, int sourceReportId, QString *error)
{
    int id = 0;
    guarded(error, [&] {
        const int year = campaignYear(m_db, campaignId);
        ReportRecord copy = loadRecord(m_db, sourceReportId);
        for (QString *text : {&copy.subject, &copy.closingLine, &copy.distribution, &copy.addressees, &copy.body})
            *text = withYear(*text, copy.campaignYear, year);
        copy.campaignId = campaignId;
        id = insertFrozenReport(m_db, copy);
    });
    return id;
}

bool ReportRegister::saveDraft(const ReportRecord &r, QString *error)
{
    return guarded(error, [&] {
        const ReportRecord before = loadRecord(m_db, r.id);
        requireDraft(before);
        static const QStringList authorities{QString(), QStringLiteral("KT."), QStringLiteral("TM."), QStringLiteral("TL."),
                                             QStringLiteral("TUQ."), QStringLiteral("Q.")};
        if (!authorities.contains(r.signingAuthority))
            throw RegisterError(Text::tr("The signing authority must be KT., TM., TL., TUQ., Q. or none."));
        QString templateError;
        for (const QString &text : {r.subject, r.body, r.closingLine, r.distribution, r.addressees}) {
            if (!renderTemplate(text, {}, nullptr, &templateError))
                throw RegisterError(Text::tr("A field is written wrongly: %1").arg(templateError));
        }
        run(m_db, QStringLiteral(R"SQL(
UPDATE report SET letterhead_id = ?, document_type = ?, symbol = ?, draft_month = ?, subject = ?, addressees = ?,
       closing_line = ?, distribution = ?, signing_authority = ?, authority_title = ?, signer_position = ?,
       signer_name = ?, body = ?, template_id = ?, appendix_teams = ?
WHERE id = ? AND status = 'draft')SQL"),
            {r.letterheadId, text(r.documentType), text(r.symbol), r.draftMonth > 0 ? QVariant(r.draftMonth) : QVariant(QMetaType(QMetaType::Int)),
             text(r.subject), nullable(r.addressees), nullable(r.closingLine), text(r.distribution), text(r.signingAuthority),
             nullable(r.authorityTitle), text(r.signerPosition), text(r.signerName), text(r.body), nullableId(r.templateId),
             r.appendixTeams ? 1 : 0, r.id});
        if (r.letterheadId != before.letterheadId)
            freezeLetterhead(m_db, r.id);
    });
}

bool LetterheadChoice::validOn(const QDate &date) const
{
    return (!validFrom.isValid() || validFrom <= date) && (!validTo.isValid() || validTo >= date);
}

bool ReportRegister::signers(int letterheadId, QList<SignerChoice> *out, QString *error) const
{
    return guarded(error, [&] {
        QSqlQuery q = run(m_db, QStringLiteral(R"SQL(
SELECT signing_authority, COALESCE(authority_title, ''), signer_position, signer_name, 0 AS o, sort_order
FROM signer_preset WHERE letterhead_id = ?
UNION
SELECT signing_authority, COALESCE(authority_title, ''), signer_position, signer_name, 1, 0
FROM report WHERE letterhead_id = ? AND signer_name <> ''
ORDER BY 5, 6, 4)SQL"), {letterheadId, letterheadId});
        out->clear();
        while (q.next()) {
            const SignerChoice signer{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                      q.value(3).toString()};
            if (!out->contains(signer))
                out->append(signer);
        }
    });
}

int ReportRegister::mainEventId(int campaignId, QString *error) const
{
    int id = 0;
    guarded(error, [&] {
        QSqlQuery q = run(m_db, QStringLiteral("SELECT id FROM event WHERE campaign_id = ? AND is_main_event = 1 "
                                               "ORDER BY sort_order, id LIMIT 1"), {campaignId});
        if (q.next())
            id = q.value(0).toInt();
    });
    return id;
}

QDate ReportRegister::latestActivityDate(int campaignId, QString *error) const
{
    QDate latest;
    guarded(error, [&] {
        QSqlQuery q = run(m_db, QStringLiteral(
                "SELECT max(d) FROM ("
                " SELECT max(coalesce(end_date, start_date)) AS d FROM training_session WHERE campaign_id = ?"
                " UNION ALL SELECT max(event_date) FROM event WHERE campaign_id = ?"
                " UNION ALL SELECT max(published_on) FROM media_output WHERE campaign_id = ?)"),
                          {campaignId, campaignId, campaignId});
        if (q.next())
            latest = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    });
    return latest;
}

bool ReportRegister::letterheads(QList<LetterheadChoice> *out, QString *error) const
{
    return guarded(error, [&] {
        QSqlQuery q = run(m_db, QStringLiteral("SELECT id, issuing_body_name, issuing_abbreviation, valid_from, valid_to "
                                               "FROM letterhead ORDER BY valid_from IS NULL, valid_from DESC, id DESC"));
        out->clear();
        while (q.next()) {
            out->append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(),
                         QDate::fromString(q.value(3).toString(), Qt::ISODate),
                         QDate::fromString(q.value(4).toString(), Qt::ISODate)});
        }
    });
}

int ReportRegister::letterheadFor(int campaignId, QString *error, int preferred) const
{
    int id = 0;
    guarded(error, [&] {
        QSqlQuery q = run(m_db, QStringLiteral(R"SQL(
SELECT l.id FROM letterhead l,
     (SELECT COALESCE(end_date, start_date, printf('%04d-12-31', year)) AS ref FROM campaign WHERE id = ?) c
WHERE (l.valid_from IS NULL OR l.valid_from <= c.ref) AND (l.valid_to IS NULL OR l.valid_to >= c.ref)
ORDER BY l.valid_from IS NULL, l.valid_from DESC, l.id = ? DESC, l.id
LIMIT 1)SQL"),
                          {campaignId, preferred});
        id = q.next() ? q.value(0).toInt() : 0;
    });
    return id;
}

bool ReportRegister::deleteDraft(int reportId, QString *error)
{
    return guarded(error, [&] {
        requireDraft(loadRecord(m_db, reportId));
        run(m_db, QStringLiteral("DELETE FROM report WHERE id = ? AND status = 'draft'"), {reportId});
    });
}

bool ReportRegister::registerYear(int letterheadId, int year, RegisterYear *out, QString *error) const
{
    return guarded(error, [&] {
        QSqlQuery q = run(m_db, QStringLiteral("SELECT number FROM report WHERE letterhead_id = ? AND register_year = ? "
                                               "AND number IS NOT NULL ORDER BY number"),
                          {letterheadId, year});
        RegisterYear result;
        while (q.next())
            result.used << q.value(0).toInt();
        const int highest = result.used.isEmpty() ? 0 : result.used.last();
        const std::set<int> used(result.used.cbegin(), result.used.cend());
        for (int n = 1; n < highest; ++n) {
            if (!used.count(n))
                result.gaps << n;
        }
        result.nextNumber = highest + 1;
        *out = result;
    });
}

bool ReportRegister::assignNumber(int reportId, int number, const QDate &date, QString *error)
{
    return guarded(error, [&] {
        const ReportRecord record = loadRecord(m_db, reportId);
        requireDraft(record);
        if (number <= 0)
            throw RegisterError(Text::tr("A document number is a whole number from 1."));
        if (!date.isValid())
            throw RegisterError(Text::tr("A numbered report needs its date."));
        QSqlQuery taken = run(m_db, QStringLiteral("SELECT id FROM report WHERE letterhead_id = ? AND register_year = ? "
                                                   "AND number = ? AND id <> ?"),
                              {record.letterheadId, date.year(), number, reportId});
        if (taken.next()) {
            // Name the holder and the next free number, so the clerk can choose
            // again without opening the register.
            const ReportRecord holder = loadRecord(m_db, taken.value(0).toInt());
            QSqlQuery highest = run(m_db, QStringLiteral("SELECT COALESCE(MAX(number), 0) FROM report "
                                                         "WHERE letterhead_id = ? AND register_year = ?"),
                                    {record.letterheadId, date.year()});
            const int next = highest.next() ? highest.value(0).toInt() + 1 : 1;
            const QString status = holder.status == ReportStatus::Draft    ? Text::tr("the draft")
                                   : holder.status == ReportStatus::Issued ? Text::tr("the issued report")
                                                                           : Text::tr("the withdrawn report");
            throw RegisterError(Text::tr("Number %1 of %2 is already taken in the register of %3 by %4 \"%5\" (%6). "
                                         "The next free number is %7.")
                                        .arg(QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0')), record.symbol)
                                        .arg(date.year())
                                        .arg(status, holder.subject.section(u'\n', 0, 0).trimmed(), holder.campaignName)
                                        .arg(next, 2, 10, QLatin1Char('0')));
        }
        run(m_db, QStringLiteral("UPDATE report SET number = ?, register_year = ?, issue_date = ? WHERE id = ? AND status = 'draft'"),
            {number, date.year(), date.toString(Qt::ISODate), reportId});
    });
}

bool ReportRegister::clearNumber(int reportId, QString *error)
{
    return guarded(error, [&] {
        requireDraft(loadRecord(m_db, reportId));
        run(m_db, QStringLiteral("UPDATE report SET number = NULL, register_year = NULL, issue_date = NULL WHERE id = ? AND status = 'draft'"),
            {reportId});
    });
}

bool ReportRegister::issue(int reportId, QString *error)
{
    return guarded(error, [&] {
        const ReportRecord record = loadRecord(m_db, reportId);
        requireDraft(record);
        if (record.number <= 0 || !record.issueDate.isValid())
            throw RegisterError(Text::tr("Give the report its number and date in the register before issuing it."));
        if (record.signerName.trimmed().isEmpty() || record.signerPosition.trimmed().isEmpty())
            throw RegisterError(Text::tr("Enter the signer's position and name before issuing the report."));

        Transaction transaction(m_db);
        ReportRecord issued = record;
        if (issued.templateId == 0 && issued.body.trimmed().isEmpty()) {
            // The default wording: name the stored default template it is.
            QString templateError;
            const int defaultId = ensureDefaultTemplate(&templateError);
            if (defaultId == 0)
                throw RegisterError(templateError);
            run(m_db, QStringLiteral("UPDATE report SET template_id = ? WHERE id = ?"), {defaultId, reportId});
            issued = loadRecord(m_db, reportId);
        }
        OfficialDocument document;
        QVariantMap context;
        QString buildError;
        if (!buildReportDocumentForReport(m_db, reportId, &document, &buildError, &context))
            throw RegisterError(buildError);
        // Built while the record still says "draft": the issued copy is not one.
        document.draft = false;
        QString pdfError;
        const QByteArray pdf = ReportRenderer(document).pdfData(true, &pdfError);
        if (pdf.isEmpty())
            throw RegisterError(pdfError);
        const QJsonObject figures{{QStringLiteral("figures"), QJsonObject::fromVariantMap(context.value(QStringLiteral("figures")).toMap())},
                                  {QStringLiteral("labels"), QJsonObject::fromVariantMap(context.value(QStringLiteral("figure_labels")).toMap())},
                                  {QStringLiteral("context"), QJsonObject::fromVariantMap(context)}};
        const QString issuedAt = utcNow();
        run(m_db, QStringLiteral(R"SQL(
INSERT INTO report_snapshot (report_id, issued_at, pdf, pdf_sha256, document_json, figures_json, template_name,
                             template_version, body)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?))SQL"),
            {reportId, issuedAt, pdf, QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()),
             QString::fromUtf8(QJsonDocument(documentToJson(document)).toJson(QJsonDocument::Compact)),
             QString::fromUtf8(QJsonDocument(figures).toJson(QJsonDocument::Compact)),
             nullable(issued.templateName), issued.templateVersion > 0 ? QVariant(issued.templateVersion) : QVariant(QMetaType(QMetaType::Int)),
             record.body.trimmed().isEmpty() ? defaultReportBody() : record.body});
        run(m_db, QStringLiteral("UPDATE report SET status = 'issued', issued_at = ? WHERE id = ? AND status = 'draft'"),
            {issuedAt, reportId});
        transaction.commit();
    });
}

bool ReportRegister::snapshot(int reportId, ReportSnapshot *out, QString *error) const
{
    return guarded(error, [&] {
        QSqlQuery q = run(m_db, QStringLiteral(R"SQL(
SELECT report_id, issued_at, pdf, pdf_sha256, document_json, figures_json, template_name, template_version, body
FROM report_snapshot WHERE report_id = ?)SQL"), {reportId});
        if (!q.next())
            throw RegisterError(Text::tr("Report %1 has not been issued: there is no issued copy.").arg(reportId));
        ReportSnapshot s;
        s.reportId = q.value(0).toInt();
        s.issuedAt = utc(q.value(1));
        s.pdf = q.value(2).toByteArray();
        s.pdfSha256 = q.value(3).toString();
        if (!documentFromJson(QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object(), &s.document))
            throw RegisterError(Text::tr("The issued copy of report %1 is damaged.").arg(reportId));
        const QJsonObject figures = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        s.figures = figures.value(QStringLiteral("figures")).toObject().toVariantMap();
        s.figureLabels = figures.value(QStringLiteral("labels")).toObject().toVariantMap();
        s.templateName = q.value(6).toString();
        s.templateVersion = q.value(7).toInt();
        s.body = q.value(8).toString();
        *out = s;
    });
}

bool ReportRegister::compareWithLive(int reportId, QList<FigureDifference> *out, QString *error) const
{
    ReportSnapshot issued;
    if (!snapshot(reportId, &issued, error))
        return false;
    OfficialDocument live;
    QVariantMap context;
    if (!buildReportDocumentForReport(m_db, reportId, &live, error, &context))
        return false;
    const QVariantMap liveFigures = context.value(QStringLiteral("figures")).toMap();
    const QVariantMap liveLabels = context.value(QStringLiteral("figure_labels")).toMap();
    QStringList keys = issued.figures.keys();
    for (const QString &key : liveFigures.keys()) {
        if (!keys.contains(key))
            keys << key;
    }
    QList<FigureDifference> differences;
    for (const QString &key : std::as_const(keys)) {
        const QString before = issued.figures.value(key).toString();
        const QString now = liveFigures.value(key).toString();
        if (before != now) {
            const QString label = issued.figureLabels.value(key, liveLabels.value(key)).toString();
            differences << FigureDifference{key, label.isEmpty() ? key : label, before, now};
        }
    }
    *out = differences;
    return true;
}

bool ReportRegister::withdraw(int reportId, const QString &reason, QString *error)
{
    return guarded(error, [&] {
        const ReportRecord record = loadRecord(m_db, reportId);
        if (record.status != ReportStatus::Issued)
            throw RegisterError(Text::tr("Only an issued report can be withdrawn."));
        if (reason.trimmed().isEmpty())
            throw RegisterError(Text::tr("Give the reason for withdrawing the report."));
        run(m_db, QStringLiteral("UPDATE report SET status = 'withdrawn', withdrawn_at = ?, withdrawal_reason = ? WHERE id = ?"),
            {utcNow(), reason.trimmed().normalized(QString::NormalizationForm_C), reportId});
    });
}

bool ReportRegister::templates(QList<ReportTemplateInfo> *out, QString *error) const
{
    return guarded(error, [&] {
        QSqlQuery q = run(m_db, QStringLiteral("SELECT ") + templateColumns + QStringLiteral(" ORDER BY name, version"));
        QList<ReportTemplateInfo> list;
        while (q.next())
            list << templateFrom(q);
        *out = list;
    });
}

bool ReportRegister::loadTemplate(int templateId, ReportTemplateInfo *out, QString *error) const
{
    return guarded(error, [&] {
        QSqlQuery q = run(m_db, QStringLiteral("SELECT ") + templateColumns + QStringLiteral(" WHERE id = ?"), {templateId});
        if (!q.next())
            throw RegisterError(Text::tr("Template %1 does not exist.").arg(templateId));
        *out = templateFrom(q);
    });
}

int ReportRegister::saveTemplate(const QString &name, const QString &subject, const QString &body, int sourceReportId,
                                 QString *error)
{
    int id = 0;
    guarded(error, [&] {
        const QString cleanName = name.normalized(QString::NormalizationForm_C).simplified();
        if (cleanName.isEmpty())
            throw RegisterError(Text::tr("Give the template a name."));
        QString templateError;
        if (!renderTemplate(body, {}, nullptr, &templateError) || !renderTemplate(subject, {}, nullptr, &templateError))
            throw RegisterError(Text::tr("A field is written wrongly: %1").arg(templateError));
        QSqlQuery v = run(m_db, QStringLiteral("SELECT COALESCE(max(version), 0) + 1 FROM report_template WHERE name = ?"), {cleanName});
        v.next();
        QSqlQuery q = run(m_db, QStringLiteral("INSERT INTO report_template (name, version, subject, body, source_report_id) VALUES (?, ?, ?, ?, ?)"),
                          {cleanName, v.value(0).toInt(), subject, body.trimmed().isEmpty() ? defaultReportBody() : body,
                           nullableId(sourceReportId)});
        id = q.lastInsertId().toInt();
    });
    return id;
}

int ReportRegister::ensureDefaultTemplate(QString *error)
{
    int id = 0;
    guarded(error, [&] {
        QSqlQuery q = run(m_db, QStringLiteral("SELECT id FROM report_template WHERE name = ? AND body = ? ORDER BY version DESC LIMIT 1"),
                          {defaultTemplateName(), defaultReportBody()});
        if (q.next()) {
            id = q.value(0).toInt();
            return;
        }
        QString saveError;
        id = saveTemplate(defaultTemplateName(), defaultReportSubject(), defaultReportBody(), 0, &saveError);
        if (id == 0)
            throw RegisterError(saveError);
    });
    return id;
}

} // namespace cds
