#pragma once

#include "cases/CaseVocabulary.h"
#include "clocks/Deadlines.h"
#include "support/Clock.h"
#include "support/Result.h"

#include <QSqlDatabase>

#include <optional>

namespace vangnet {
class Database;
class Session;
}

namespace vangnet::cases {

/// One line of the werkvoorraad: a household with open flags, an open case, or a signal or
/// discharge notice nobody has taken up yet.
struct QueueItem {
    qint64 householdId = 0;
    QString householdName;
    QString wijk;
    qint64 caseId = 0;                 ///< 0 = flagged, no case yet
    CaseStatus status = CaseStatus::Nieuw;
    qint64 assigneeId = 0;
    QString assigneeName;
    qint64 priorityRank = 0;           ///< households.priority_rank (0 = no open flag)
    int severity = 0;                  ///< highest open flag severity 1..4, 0 = none
    QString topFlag;                   ///< title of the most severe open flag
    int openFlags = 0;
    int openSignals = 0;
    int openNotices = 0;               ///< open discharge notices (not superseded, withdrawn or done)
    std::optional<clocks::Deadline> next; ///< the most urgent unmet deadline
};

struct QueueFilter {
    enum class Scope { Team, Mine, Unassigned };
    Scope scope = Scope::Team;
    QString wijk;            ///< empty = all
    int minSeverity = 0;     ///< 0 = all
    bool overdueOnly = false;
    qint64 assigneeId = 0;   ///< for Scope::Mine: whose (0 = the session's user)
};

struct QueueCounts {
    int team = 0;
    int mine = 0;
    int unassigned = 0;
    int overdue = 0;
    int dueSoon = 0;
};

/// The team's work queue, ordered by priority and then deadline (docs/cases.md, "Work queue").
/// load() reads the team's flagged households and open cases with their clocks as of a date;
/// filtering and counting are then done on the loaded items (a team's queue is thousands of
/// lines, not millions).
class WorkQueue {
public:
    WorkQueue(const Database &db, const Clock &clock, const Session &session);

    /// Every item of the session's team as of `asOf` (invalid = the clock's today), in queue order.
    Result<QList<QueueItem>> load(QDate asOf = {}) const;
    /// Only the lines with an open case, as load() computes them (the weekly dashboard's overdue
    /// work: far fewer households than the whole queue).
    Result<QList<QueueItem>> loadOpenCases(QDate asOf = {}) const;

    bool matches(const QueueItem &item, const QueueFilter &filter) const;
    QList<QueueItem> filtered(const QList<QueueItem> &items, const QueueFilter &filter) const;
    QueueCounts counts(const QList<QueueItem> &items) const;
    /// Distinct wijken of the items, sorted.
    static QStringList wijken(const QList<QueueItem> &items);

private:
    Result<QList<QueueItem>> loadWhere(QDate asOf, const QString &householdWhere) const;

    const Database &m_database;
    QSqlDatabase m_db;
    const Clock &m_clock;
    const Session &m_session;
};

} // namespace vangnet::cases
