#include "cases/WorkQueue.h"

#include "cases/CaseTimelines.h"
#include "clocks/ClockService.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <tuple>
#include <vector>

namespace vangnet::cases {

namespace {

/// Households of the session's team with an open flag, an open case, a signal nobody has taken up
/// yet (the Wgs asks for an offer of help on every signal, flagged by a rule or not), or an open
/// discharge notice nobody has taken up yet (its lead-time alerts must be seen, flagged or not).
const char *const queueWhere =
    "h.team_id = ? AND (h.priority_rank > 0 OR EXISTS (SELECT 1 FROM cases oc WHERE oc.household_id = h.id "
    "AND oc.status <> 'afgesloten') OR EXISTS (SELECT 1 FROM signals ns WHERE ns.household_id = h.id "
    "AND ns.status = 'nieuw') OR EXISTS (SELECT 1 FROM discharge_notices nd WHERE nd.household_id = h.id "
    "AND nd.status = 'nieuw' AND nd.lifecycle NOT IN ('afgerond', 'vervangen', 'ingetrokken')))";

/// The households of the session's team with an open case: the queue's lines that have clocks
/// of a case. Driven by the open cases (an index), not by the team's households.
const char *const openCaseWhere =
    "+h.team_id = ? AND h.id IN (SELECT oc.household_id FROM cases oc WHERE oc.status <> 'afgesloten')";

bool overdue(const QueueItem &item)
{
    return item.next && item.next->state == clocks::DeadlineState::Overdue;
}

} // namespace

WorkQueue::WorkQueue(const Database &db, const Clock &clock, const Session &session)
    : m_database(db), m_db(db.connection()), m_clock(clock), m_session(session)
{
}

Result<QList<QueueItem>> WorkQueue::load(QDate asOf) const
{
    return loadWhere(asOf, QString::fromLatin1(queueWhere));
}

Result<QList<QueueItem>> WorkQueue::loadOpenCases(QDate asOf) const
{
    return loadWhere(asOf, QString::fromLatin1(openCaseWhere));
}

Result<QList<QueueItem>> WorkQueue::loadWhere(QDate asOf, const QString &where) const
{
    if (auto allowed = m_session.require(Permission::WorkCases); !allowed)
        return allowed.error();
    if (!asOf.isValid())
        asOf = m_clock.today();
    const QVariantList team{m_session.user().teamId};
    auto rows = runSql(m_db, QStringLiteral(
        "SELECT h.id, h.display_name, a.wijk, h.priority_rank, c.id, c.status, c.assignee_id, u.display_name, "
        "c.opened_on, c.decision_on FROM households h JOIN addresses a ON a.id = h.address_id "
        "LEFT JOIN cases c ON c.household_id = h.id AND c.status <> 'afgesloten' "
        "LEFT JOIN users u ON u.id = c.assignee_id WHERE %1").arg(where), team, "read work queue");
    if (!rows)
        return rows.error();
    QList<QueueItem> items;
    QHash<qint64, clocks::CaseTimeline> byCase;
    while (rows->next()) {
        QueueItem item;
        item.householdId = rows->value(0).toLongLong();
        item.householdName = rows->value(1).toString();
        item.wijk = rows->value(2).toString();
        item.priorityRank = rows->value(3).toLongLong();
        item.caseId = rows->value(4).toLongLong();
        item.status = caseStatusFromKey(rows->value(5).toString()).value_or(CaseStatus::Nieuw);
        item.assigneeId = rows->value(6).toLongLong();
        item.assigneeName = rows->value(7).toString();
        if (item.caseId) {
            clocks::CaseTimeline &t = byCase[item.caseId];
            t.openedOn = QDate::fromString(rows->value(8).toString(), Qt::ISODate);
            t.decisionOn = QDate::fromString(rows->value(9).toString(), Qt::ISODate);
        }
        items << item;
    }
    auto flags = runSql(m_db, QStringLiteral(
        "SELECT f.household_id, f.severity, f.score, f.title FROM flags f JOIN households h ON h.id = f.household_id "
        "WHERE h.team_id = ? AND f.resolved_on IS NULL ORDER BY f.household_id, f.severity DESC, f.score DESC, f.id"),
        team, "read queue flags");
    if (!flags)
        return flags.error();
    struct FlagSummary {
        int severity = 0;
        QString title;
        int count = 0;
    };
    QHash<qint64, FlagSummary> flagOf;
    while (flags->next()) {
        FlagSummary &s = flagOf[flags->value(0).toLongLong()];
        if (s.count++ == 0) {
            s.severity = flags->value(1).toInt();
            s.title = flags->value(3).toString();
        }
    }
    CaseTimelines timelines(m_db);
    auto byHousehold = timelines.ofHouseholds(where, team);
    if (!byHousehold)
        return byHousehold.error();
    if (auto attempts = timelines.addAttempts(where, team, byCase); !attempts)
        return attempts.error();
    auto settings = ClockService(m_database, m_clock, m_session).settings();
    if (!settings)
        return settings.error();
    for (QueueItem &item : items) {
        const FlagSummary flag = flagOf.value(item.householdId);
        item.severity = flag.severity;
        item.topFlag = flag.title;
        item.openFlags = flag.count;
        clocks::CaseTimeline t = byHousehold->value(item.householdId);
        item.openSignals = int(t.openSignalDates.size());
        item.openNotices = int(t.noticeConditions.size());
        if (item.caseId) {
            const clocks::CaseTimeline &c = byCase.value(item.caseId);
            t.openedOn = c.openedOn;
            t.decisionOn = c.decisionOn;
            t.firstAttemptOn = c.firstAttemptOn;
            t.firstConversationOn = c.firstConversationOn;
        }
        item.next = clocks::mostUrgent(clocks::deadlines(t, *settings, asOf));
    }
    // Priority first, then the deadline due first (none last), then the household.
    struct Key {
        qint64 rank;
        qint64 due; ///< Julian day; max when there is no deadline
        qint64 household;
        qsizetype index;
        bool operator<(const Key &o) const
        {
            return std::tie(o.rank, due, household) < std::tie(rank, o.due, o.household);
        }
    };
    std::vector<Key> keys;
    keys.reserve(size_t(items.size()));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QueueItem &item = items.at(i);
        const qint64 due = item.next.has_value() ? item.next->dueOn.toJulianDay() : std::numeric_limits<qint64>::max();
        keys.push_back(Key{item.priorityRank, due, item.householdId, i});
    }
    std::sort(keys.begin(), keys.end());
    QList<QueueItem> ordered;
    ordered.reserve(items.size());
    for (const Key &k : keys)
        ordered << items.at(k.index);
    items = std::move(ordered);
    return items;
}

bool WorkQueue::matches(const QueueItem &item, const QueueFilter &filter) const
{
    switch (filter.scope) {
    case QueueFilter::Scope::Team:
        break;
    case QueueFilter::Scope::Mine:
        if (item.assigneeId == 0 || item.assigneeId != (filter.assigneeId ? filter.assigneeId : m_session.user().id))
            return false;
        break;
    case QueueFilter::Scope::Unassigned:
        if (item.assigneeId != 0)
            return false;
        break;
    }
    if (!filter.wijk.isEmpty() && item.wijk != filter.wijk)
        return false;
    if (filter.minSeverity > 0 && item.severity < filter.minSeverity)
        return false;
    if (filter.overdueOnly && !overdue(item))
        return false;
    return true;
}

QList<QueueItem> WorkQueue::filtered(const QList<QueueItem> &items, const QueueFilter &filter) const
{
    QList<QueueItem> out;
    for (const QueueItem &item : items)
        if (matches(item, filter))
            out << item;
    return out;
}

QueueCounts WorkQueue::counts(const QList<QueueItem> &items) const
{
    QueueCounts c;
    const qint64 me = m_session.user().id;
    for (const QueueItem &item : items) {
        ++c.team;
        if (item.assigneeId == me)
            ++c.mine;
        if (item.assigneeId == 0)
            ++c.unassigned;
        if (overdue(item))
            ++c.overdue;
        else if (item.next && item.next->state == clocks::DeadlineState::DueSoon)
            ++c.dueSoon;
    }
    return c;
}

QStringList WorkQueue::wijken(const QList<QueueItem> &items)
{
    QSet<QString> seen;
    for (const QueueItem &item : items)
        if (!item.wijk.isEmpty())
            seen.insert(item.wijk);
    QStringList out(seen.cbegin(), seen.cend());
    out.sort(Qt::CaseInsensitive);
    return out;
}

} // namespace vangnet::cases
