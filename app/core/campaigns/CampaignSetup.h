#pragma once

#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <utility>

namespace cds::setup {

// The records a department creates once a year before any data comes in — a
// campaign, the letterhead of the issuing body and its signer, the units left
// out of a campaign's coverage — written from key=value settings, as the
// command line takes them (`cdsdesk --create campaign --set year=2025 …`).
// Each function validates every setting first (a missing required one, an
// unknown key, a number or a date that cannot be read, a unit that is not
// found), writes nothing when one is wrong, and otherwise writes the record
// in one transaction and one change group (ChangeLog.h), so Edit → Undo takes
// it back. Text is stored NFC with white space collapsed. Dates are read as
// dd/mm/yyyy (also d/m/yyyy) or yyyy-mm-dd.

using Settings = QMap<QString, QString>; // key -> value, keys in lower case

// What a create function did: the new row's id and one line saying so,
// translated ("Created campaign 3 “…” (Thành phố Đà Nẵng, 2025; levels: …)").
struct Created
{
    qint64 id = 0;
    QString summary;
};

// "key=value" -> {key, value}; key is trimmed and lower-cased. False (and
// error set, translated) when there is no "=" or the key is empty.
bool parseSetting(const QString &text, Settings *into, QString *error);

// The keys each kind takes, for messages and --help.
QStringList campaignKeys();
QStringList letterheadKeys();
QStringList signerKeys();
QStringList exclusionKeys();

// A campaign. Keys: name (required), year (required, 2000–2100), province
// (required: the GSO code or name of the campaign's root unit, valid on the
// campaign's reference date — a province or centrally-run city, or a
// district for a district's own report), start, end (inclusive dates),
// levels (the levels expected to have teams, comma-separated: tinh, huyen,
// xa, thon or 1–4; empty: every level of the tree; stored in
// campaign.team_levels), min_team_members (the plan's smallest team),
// plan_reference, plan_subject, guidance_reference, guidance_subject, notes.
Created createCampaign(const QSqlDatabase &db, const Settings &settings, QString *error);

// A letterhead (Decree 30/2020/NĐ-CP, Appendix I, items 1–4). Keys:
// issuing_body (required, printed in capitals: "SỞ KHOA HỌC VÀ CÔNG NGHỆ"),
// issuing_body_name (required, as running text writes it: "Sở Khoa học và
// Công nghệ"),
// abbreviation (required: builds the symbol "BC-SKHCN"), place (required:
// the place-name of the date line), parent_body ("UBND THÀNH PHỐ ĐÀ NẴNG"),
// address, records_unit (the drafting unit in "Lưu: VT, …"), valid_from,
// valid_to, margin_top_mm, margin_bottom_mm, margin_left_mm, margin_right_mm,
// body_font_pt (13 or 14).
Created createLetterhead(const QSqlDatabase &db, const Settings &settings, QString *error);

// A signer preset of a letterhead (Appendix I, items 20–23). Keys: name and
// position (required: "GIÁM ĐỐC"), letterhead (its id; default: the newest
// letterhead), authority ('', KT., TM., TL., TUQ., Q.), authority_title
// (the head's title after KT./TM.: "GIÁM ĐỐC").
Created createSigner(const QSqlDatabase &db, const Settings &settings, QString *error);

// Leaves a unit out of a campaign's coverage denominator (an uninhabited
// special zone). Keys: unit (required: GSO code or name, valid on the
// campaign's reference date), reason (required, printable), campaign (its
// id; default: the latest campaign).
Created excludeUnit(const QSqlDatabase &db, const Settings &settings, QString *error);

// A unit left out of a campaign's coverage, as the campaign form lists it.
struct Exclusion
{
    qint64 unitId = 0;
    QString unitName; // NFC, with its type word: "Đặc khu Hoàng Sa"
    QString reason;   // NFC, printable in the report's note
};

// The campaign's exclusions in Vietnamese order of the unit's name; empty
// (and error set) when the query fails.
QList<Exclusion> exclusions(const QSqlDatabase &db, qint64 campaignId, QString *error);

// The units of a campaign's tree that may be left out of its coverage
// (districts and communes below its root unit, valid on its reference date),
// as (id, "Xã Bình Thạnh, Huyện Bình Sơn") in Vietnamese order.
QList<std::pair<qint64, QString>> exclusionCandidates(const QSqlDatabase &db, qint64 campaignId);

} // namespace cds::setup
