#include "storage/QueueSchema.h"

namespace vangnet::schema {

/// The work queue shows its first page before the whole queue is computed: the team's
/// households with the highest priority_rank, read backwards from this index (a few hundred
/// rows) instead of sorting the team's 100,000 households (docs/performance.md, "Work queue").
Migration queueIndexes()
{
    return {18, QStringLiteral("work queue priority index"), {
        QStringLiteral("CREATE INDEX households_team_priority ON households (team_id, priority_rank)"),
    }};
}

} // namespace vangnet::schema
