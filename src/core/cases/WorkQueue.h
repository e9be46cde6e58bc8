#pragma once

#include "cases/CaseTimelines.h"
#include "cases/CaseVocabulary.h"
#include "cases/QueueKey.h"
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
    bool legalOverdue = false;         ///< a statutory term is overdue (the queue's top band)
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
/// index() computes the compact key of every line (QueueKey); rows() the full lines of a page of
/// households; filtering and counting work on the keys. A city team's queue is 100,000 lines,
/// so the GUI holds the keys and fetches rows by page (docs/performance.md, "Work queue").
class WorkQueue {
public:
    WorkQueue(const Database &db, const Clock &clock, const Session &session);

    /// The key of every line of the session's team as of `asOf` (invalid = the clock's today), in
    /// queue order.
    Result<QueueIndex> index(QDate asOf = {}) const;
    /// The exact first `count` or more lines of `scope` (Team or Mine) without the whole queue:
    /// for Team the households with the highest priority_rank (every one that ties with the last
    /// of the page), for Mine the lines assigned to the session's user. A complete index when the
    /// head would not be shorter (fewer ranked households than a page, or Unassigned).
    Result<QueueIndex> head(QueueFilter::Scope scope, int count, QDate asOf = {}) const;
    /// The full lines of these households, in the given order (households no longer in the
    /// team are left out).
    Result<QList<QueueItem>> rows(const QList<qint64> &householdIds, QDate asOf = {}) const;
    /// Every line of the session's team, in queue order: what index() and rows() give, in one read.
    Result<QList<QueueItem>> load(QDate asOf = {}) const;
    /// Only the lines with an open case, as load() computes them (the weekly dashboard's overdue
    /// work: far fewer households than the whole queue).
    Result<QList<QueueItem>> loadOpenCases(QDate asOf = {}) const;

    bool matches(const QueueIndex &index, const QueueKey &key, const QueueFilter &filter) const;
    /// The keys the filter lets through, in queue order (the same wijken and day).
    QueueIndex filtered(const QueueIndex &index, const QueueFilter &filter) const;
    QueueCounts counts(const QueueIndex &index) const;
    /// Distinct wijken of the lines, sorted.
    static QStringList wijken(const QueueIndex &index);

private:
    /// The one way a line is computed: the households matching `where` (SQL on alias h) with
    /// their clocks as of `asOf`, as keys in reading order; `items`, when given, receives the
    /// full lines in the same order.
    Result<QueueIndex> readLines(QDate asOf, const QString &where, const QVariantList &values,
                                 CaseTimelines::Reach reach, QList<QueueItem> *items) const;
    Result<QList<QueueItem>> loadWhere(QDate asOf, const QString &where, CaseTimelines::Reach reach) const;
    QDate dayOf(QDate asOf) const;

    const Database &m_database;
    QSqlDatabase m_db;
    const Clock &m_clock;
    const Session &m_session;
};

} // namespace vangnet::cases
