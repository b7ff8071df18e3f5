#pragma once

#include "import/CsvReader.h"

#include <QList>
#include <QString>
#include <QStringList>

class QSettings;

namespace cds::import {

// What a file holds; one import reads one kind.
enum class ImportKind {
    Units, // administrative units of every level: provinces, districts, communes, villages
           // (thôn, tổ dân phố), each under the unit named in Parent (by GSO code or
           // name), or a village under its Commune (or a district without communes)
    Organisations,
    Teams, // community digital technology teams of a campaign
    Members, // team members, each added to the team of their unit
    Attendance, // training attendance: a member at a training session of the campaign
    Media, // media outputs of a campaign
    Figures, // the campaign's other figures (campaign_figure): key, label, value, sentence
    // Appended after Figures: a kind's number indexes importFields().
    Trainings, // training sessions of a campaign, with their partner organisations
    Events, // events of a campaign (workshops, conferences…), with their connected sites
    Recommendations // the recommendations closing the campaign's report
};

// "units", "organisations", "teams", "members", "attendance", "media",
// "figures", "trainings", "events", "recommendations" (the command line's
// KIND). kindFromName also accepts "villages", "organizations", "training"
// and "recommendation"; ok (if given) is false for an unknown name.
QString kindName(ImportKind kind);
ImportKind kindFromName(const QString &name, bool *ok = nullptr);
QStringList kindNames();

// A column the importer understands. A file's header cell names it by the key
// ("full_name"), the English header ("Full name") or one of the Vietnamese
// labels ("Họ và tên"), compared by headerKey().
struct ImportField
{
    QString key;
    QString englishHeader;
    QStringList vietnameseHeaders; // the first one is the label shown to users
    bool required = false;
};

// The columns of a kind, in the order of a blank template.
const QList<ImportField> &importFields(ImportKind kind);

// A header cell as compared: searchKey (no case, no diacritics, single
// spaces) with '_' read as a space and a trailing '*' or ':' removed.
QString headerKey(const QString &header);

class ColumnMapping;

// How many of cells name a column of kind (by key, English header,
// Vietnamese label or the header mapping chose for a field).
int recognisedHeaderCount(const QStringList &cells, ImportKind kind, const ColumnMapping &mapping);

// The header among records: the first (of the first 50) in which at least
// one cell names a column of kind and, when it has two cells or more, at
// least two do (a title such as "DANH SÁCH THÀNH VIÊN" above the table does
// not); 0 when none does, so that the missing columns are reported there.
qsizetype headerRecordIndex(const QList<CsvRecord> &records, ImportKind kind,
                            const ColumnMapping &mapping);

// Which header of a file feeds which field. Filled automatically from the
// header line, or by a column-mapping dialog and then kept per source file
// (see save()). Fields left out are looked up automatically.
class ColumnMapping
{
public:
    ColumnMapping() = default;

    // field key -> the header text as the file writes it.
    void setHeader(const QString &fieldKey, const QString &header);
    QString header(const QString &fieldKey) const;
    // The user chose "no column" for the field: it is left empty even when a
    // header of the file would match it (a required field is then a problem).
    void setIgnored(const QString &fieldKey) { setHeader(fieldKey, QString()); }
    bool isIgnored(const QString &fieldKey) const;
    QStringList fieldKeys() const;
    bool isEmpty() const { return m_headers.isEmpty(); }

    // Saved in QSettings (a user's choice for a recurring file, not data of
    // the province, so it stays out of the database), under
    // "import/mappings/<kind>/<source>", source being the file's base name
    // as a headerKey ("Danh sach thon.csv" -> "danh sach thon").
    void save(QSettings &settings, ImportKind kind, const QString &sourceFileName) const;
    static ColumnMapping load(QSettings &settings, ImportKind kind, const QString &sourceFileName);

private:
    QList<std::pair<QString, QString>> m_headers;
};

} // namespace cds::import
