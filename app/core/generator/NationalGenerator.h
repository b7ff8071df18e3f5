#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace cds {

// What generateDatabase() writes: how many rows of each kind, over which
// years. The same plan and seed always give the same database, row for row.
struct GeneratorPlan
{
    QString name;              // "national", "province", or a test's own
    // true: one campaign a year for the whole country (no province: the
    // national roll-up); false: one campaign a year of the first province.
    bool nationalCampaigns = true;
    int provinces = 34;        // at most 34 (the provinces and cities since 01/07/2025)
    int communes = 3321;       // communes and wards, under the provinces (no district level)
    int villages = 46645;      // villages and residential groups, under the communes
    int teams = 100000;        // over all campaigns; later campaigns cover more units
    int members = 500000;      // each listed in one team
    int trainings = 20000;
    qint64 attendances = 1000000;
    int events = 5000;
    int mediaOutputs = 50000;
    int firstYear = 2022;
    int lastYear = 2025;
    quint64 seed = 20251001;

    // 34 provinces with their communes and villages, 100.000 teams, 500.000
    // members, 20.000 trainings with 1.000.000 attendances, 5.000 events and
    // 50.000 media outputs in four national campaigns (2022–2025).
    static GeneratorPlan national();
    // One province over four years (2022–2025), each year its own campaign,
    // at the size of a large province: the province report's test bed.
    static GeneratorPlan province();
    // The national plan with every count multiplied by factor (at least one
    // province, commune and village); tests use a small factor.
    static GeneratorPlan scaledNational(double factor);
};

// The rows a run wrote.
struct GeneratorCounts
{
    qint64 units = 0;
    qint64 organisations = 0;
    qint64 campaigns = 0;
    qint64 teams = 0;
    qint64 members = 0;
    qint64 teamMembers = 0;
    qint64 trainings = 0;
    qint64 attendances = 0;
    qint64 events = 0;
    qint64 mediaOutputs = 0;
};

// "national", "province"; planFromName() returns false for another name.
QStringList generatorPlanNames();
bool generatorPlanFromName(const QString &name, GeneratorPlan *out);

struct GeneratorOptions
{
    // Called now and then with the percentage done (0–100).
    std::function<void(int percent)> progress;
    // Set from any thread to stop; the transaction is then rolled back.
    const std::atomic_bool *cancel = nullptr;
};

// Fills an empty CDS Desk database (migrated, no units and no campaign) with
// plausible, deterministic sample data of the plan, in one transaction:
// real province names (the 34 provinces and cities since 01/07/2025), sample
// communes and villages (names marked "(tên mẫu)", is_sample = 1), teams,
// members with Vietnamese names (NFC), birth years and mobile numbers,
// memberships, trainings with attendance lists, events, media outputs, and a
// letterhead and draft report record per campaign, so every campaign prints.
// Plain INSERTs only. Refuses a database that already holds units or
// campaigns. Returns false with error set (translated) on failure or
// cancellation; nothing is then written.
bool generateDatabase(const QSqlDatabase &db, const GeneratorPlan &plan, GeneratorCounts *counts,
                      QString *error, const GeneratorOptions &options = {});

} // namespace cds
