#include "DataChangeNotifier.h"

namespace cds {

DataChangeNotifier *DataChangeNotifier::instance()
{
    static DataChangeNotifier notifier;
    return &notifier;
}

void DataChangeNotifier::notifyChanged(const QString &table)
{
    emit dataChanged(table);
}

} // namespace cds
