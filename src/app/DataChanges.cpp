#include "DataChanges.h"

#include "storage/ChangeFeed.h"

namespace vangnet {

void DataChanges::publishFromColleague(DataKind kind, const QList<qint64> &ids)
{
    Q_EMIT changedByColleague(kind, ids);
    Q_EMIT changed(kind, ids);
}

void DataChanges::follow(ChangeFeed &feed)
{
    connect(&feed, &ChangeFeed::changed, this, &DataChanges::publishFromColleague);
}

} // namespace vangnet
