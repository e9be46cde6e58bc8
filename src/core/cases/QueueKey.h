#pragma once

#include "clocks/Deadlines.h"

#include <QDate>
#include <QStringList>

#include <limits>
#include <optional>
#include <vector>

namespace vangnet::cases {

/// One line of the work queue as far as ordering, filtering and counting need it: a few dozen
/// bytes, so a city team's 100,000 lines cost a few megabytes where full QueueItems with their
/// names and titles cost tens (docs/performance.md, "Work queue").
struct QueueKey {
    static constexpr qint32 NoDeadline = std::numeric_limits<qint32>::max();

    qint64 householdId = 0;
    qint64 priorityRank = 0;        ///< households.priority_rank (0 = no open flag)
    qint64 assigneeId = 0;          ///< the open case's assignee; 0 = nobody, or no case
    qint32 dueDay = NoDeadline;     ///< Julian day of the most urgent unmet deadline
    quint16 wijk = 0;               ///< index into QueueIndex::wijken
    qint8 state = -1;               ///< that deadline's clocks::DeadlineState; -1 = none
    qint8 severity = 0;             ///< rules::Priority::severityOfRank(priorityRank)
    bool hasCase = false;
    bool legalOverdue = false;      ///< a statutory term (Wgs art. 4) is overdue: the top band

    std::optional<clocks::DeadlineState> deadlineState() const
    {
        return state < 0 ? std::nullopt : std::optional(static_cast<clocks::DeadlineState>(state));
    }
    bool overdue() const { return state == qint8(clocks::DeadlineState::Overdue); }
    bool dueSoon() const { return state == qint8(clocks::DeadlineState::DueSoon); }
    /// Queue order: an overdue statutory term first (a band above everything else), then
    /// priority, then the deadline due first (none last), then the household.
    bool operator<(const QueueKey &o) const
    {
        if (legalOverdue != o.legalOverdue)
            return legalOverdue;
        if (priorityRank != o.priorityRank)
            return priorityRank > o.priorityRank;
        if (dueDay != o.dueDay)
            return dueDay < o.dueDay;
        return householdId < o.householdId;
    }
};

/// The keys of a queue in queue order, with the wijken they point into, as of one day.
struct QueueIndex {
    std::vector<QueueKey> keys;
    QStringList wijken; ///< sorted; a key's wijk is an index into this list
    QDate asOf;
    /// False for a head (WorkQueue::head()): the first lines of the queue, the rest still to come.
    bool complete = true;
    /// A head of the lines assigned to one user (Scope::Mine) rather than the team's first lines:
    /// only the Mine filter shows a true beginning of it.
    bool onlyMine = false;

    const QString &wijkOf(const QueueKey &key) const { return wijken.at(key.wijk); }
    QList<qint64> householdIds(std::size_t from = 0, std::size_t count = std::numeric_limits<std::size_t>::max()) const;
    /// Position of the household's key; -1 when it is not in the index.
    qsizetype find(qint64 householdId) const;
};

} // namespace vangnet::cases
