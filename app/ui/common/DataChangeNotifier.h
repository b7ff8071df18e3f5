#pragma once

#include <QObject>
#include <QString>

namespace cds {

// Tells the pages that the open database changed, so that a figure saved in
// one place shows everywhere without a restart. Whoever writes (a form, an
// import, a restore) calls notifyChanged() after the write has committed;
// pages that show figures connect to dataChanged(). One instance per
// application, living in the UI thread.
class DataChangeNotifier : public QObject
{
    Q_OBJECT

public:
    static DataChangeNotifier *instance();

    // table: the main table written ("team", "training_session", …), or empty
    // when many changed (an import, a restored backup).
    void notifyChanged(const QString &table = QString());

signals:
    void dataChanged(const QString &table);

private:
    DataChangeNotifier() = default;
};

} // namespace cds
