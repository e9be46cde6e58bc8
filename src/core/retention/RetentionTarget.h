#pragma once

#include "retention/RetentionCategory.h"
#include "support/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <memory>

namespace vangnet {

/// One item that is due: its id and its last activity (UTC).
struct RetentionItem {
    qint64 id = 0;
    QDateTime lastActivity;
};

/// The data one retention category purges. Each kind of data has its own target, and
/// retentionTarget() is the one place that maps a category to it: the issue that adds signals
/// or cases adds their target there, and due counts and purges follow.
class RetentionTarget {
public:
    virtual ~RetentionTarget() = default;

    /// The items whose last activity lies before `cutoff` (UTC), by id.
    virtual Result<QList<RetentionItem>> due(const QSqlDatabase &db, const QDateTime &cutoff) const = 0;
    /// Deletes these items with everything that belongs only to them, inside the caller's
    /// transaction; an item that is no longer due at `cutoff` is kept. Returns how many went.
    virtual Result<qint64> remove(const QSqlDatabase &db, const QList<qint64> &ids, const QDateTime &cutoff) const = 0;
};

/// Targets delete by id in chunks of this many bound values, well below SQLite's and
/// PostgreSQL's limits.
constexpr qsizetype retentionIdChunk = 200;

/// The target of `category`; nullptr while Vangnet holds no data of that kind yet.
std::unique_ptr<RetentionTarget> retentionTarget(RetentionCategory category);

} // namespace vangnet
