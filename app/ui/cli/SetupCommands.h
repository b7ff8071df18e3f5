#pragma once

#include <QString>
#include <QStringList>

namespace cds::cli {

// The kinds `--create KIND` takes: campaign, letterhead, signer, exclusion.
QStringList createKinds();

// `cdsdesk --db FILE --create KIND --set key=value …`: creates one record
// (CampaignSetup.h says the keys of each kind) and prints one line saying
// what it did. Exit codes: 0 done; 1 a wrong kind or setting (nothing
// written, every problem named); 2 the database cannot be opened or written.
int runCreate(const QString &databasePath, const QString &kind, const QStringList &settings);

} // namespace cds::cli
