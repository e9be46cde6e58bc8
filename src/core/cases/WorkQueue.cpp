#include "cases/WorkQueue.h"

#include "cases/CaseTimelines.h"
#include "clocks/ClockService.h"
#include "rules/Flag.h"
#include "security/AccessGuard.h"
#include "security/Session.h"
#include "storage/BulkRead.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

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

/// The lines of one assignee's open cases (the head of "Mine").
const char *const assignedWhere =
    "+h.team_id = ? AND h.id IN (SELECT oc.household_id FROM cases oc WHERE oc.status <> 'afgesloten' "
    "AND oc.assignee_id = ?)";

/// The team's households from a priority on (the head of "Team"): the (team_id, priority_rank)
/// index gives them without walking the team. With them every household with an open request
/// for help (the cases_open_requests index): only those can have an overdue statutory term, the
/// band above every priority.
const char *const rankedWhere =
    "h.team_id = ? AND (h.priority_rank >= ? OR h.id IN (SELECT oc.household_id FROM cases oc "
    "WHERE oc.case_type = 'hulpvraag' AND oc.status <> 'afgesloten'))";

/// Households per rows() statement: well inside every engine's limit of bound values.
constexpr qsizetype rowsChunk = 500;

/// The few distinct wijken of a read, each made into a QString once.
class WijkList {
public:
    quint16 indexOf(QByteArrayView utf8)
    {
        for (std::size_t i = 0; i < m_bytes.size(); ++i)
            if (m_bytes[i] == utf8)
                return quint16(i);
        m_bytes.push_back(utf8.toByteArray());
        return quint16(m_bytes.size() - 1);
    }
    /// The wijken sorted, and each read index's place in that order.
    QStringList sorted(std::vector<quint16> &placeOf) const
    {
        QStringList names;
        for (const QByteArray &b : m_bytes)
            names << QString::fromUtf8(b);
        std::vector<quint16> order(m_bytes.size());
        std::iota(order.begin(), order.end(), quint16(0));
        std::sort(order.begin(), order.end(), [&names](quint16 a, quint16 b) {
            return names[a].compare(names[b], Qt::CaseInsensitive) < 0;
        });
        placeOf.assign(m_bytes.size(), 0);
        QStringList out;
        for (std::size_t i = 0; i < order.size(); ++i) {
            placeOf[order[i]] = quint16(i);
            out << names[order[i]];
        }
        return out;
    }

private:
    std::vector<QByteArray> m_bytes;
};

struct FlagSummary {
    QString title;
    int count = 0;
};

/// The open flags of those households: how many, and the title of the most severe.
Result<std::unordered_map<qint64, FlagSummary>> readFlags(const QSqlDatabase &db, const QString &where,
                                                          const QVariantList &values)
{
    std::unordered_map<qint64, FlagSummary> flagOf;
    auto read = bulkRead(db, QStringLiteral(
        "SELECT f.household_id, f.title FROM flags f JOIN households h ON h.id = f.household_id "
        "WHERE (%1) AND f.resolved_on IS NULL ORDER BY f.household_id, f.severity DESC, f.score DESC, f.id").arg(where),
        values, [&flagOf](const BulkRow &row) {
            FlagSummary &s = flagOf[row.integer(0)];
            if (s.count++ == 0)
                s.title = row.text(1);
            return true;
        }, "read queue flags");
    if (!read)
        return read.error();
    return flagOf;
}

} // namespace

WorkQueue::WorkQueue(const Database &db, const Clock &clock, const Session &session)
    : m_database(db), m_db(db.connection()), m_clock(clock), m_session(session)
{
}

QDate WorkQueue::dayOf(QDate asOf) const
{
    return asOf.isValid() ? asOf : m_clock.today();
}

Result<QueueIndex> WorkQueue::readLines(QDate asOf, const QString &where, const QVariantList &values,
                                        CaseTimelines::Reach reach, QList<QueueItem> *items) const
{
    if (auto allowed = AccessGuard(m_db, m_clock, m_session).require(Permission::WorkCases, QStringLiteral("case"), 0,
                                                                     QStringLiteral("attempt:queue"));
        !allowed)
        return allowed.error();
    asOf = dayOf(asOf);
    auto settings = ClockService(m_database, m_clock, m_session).settings();
    if (!settings)
        return settings.error();
    auto inputs = CaseTimelines(m_db).ofHouseholds(where, values, reach);
    if (!inputs)
        return inputs.error();
    std::unordered_map<qint64, FlagSummary> flagOf;
    if (items) {
        auto flags = readFlags(m_db, where, values);
        if (!flags)
            return flags.error();
        flagOf = std::move(flags).value();
    }

    QueueIndex index;
    index.asOf = asOf;
    WijkList wijken;
    clocks::CaseTimeline t;
    enum Column { Household, Wijk, Rank, CaseId, Assignee, CaseDates, Name = CaseDates + 6, Status, AssigneeName };
    auto read = bulkRead(m_db, QStringLiteral(
        "SELECT h.id, a.wijk, h.priority_rank, c.id, c.assignee_id, %4%1 "
        "FROM households h JOIN addresses a ON a.id = h.address_id "
        "LEFT JOIN cases c ON c.household_id = h.id AND c.status <> 'afgesloten'%2 WHERE %3")
        .arg(items ? QStringLiteral(", h.display_name, c.status, u.display_name") : QString(),
             items ? QStringLiteral(" LEFT JOIN users u ON u.id = c.assignee_id") : QString(), where,
             CaseTimelines::caseDateColumns()),
        values, [&](const BulkRow &row) {
            QueueKey key;
            key.householdId = row.integer(Household);
            key.wijk = wijken.indexOf(row.utf8(Wijk));
            key.priorityRank = row.integer(Rank);
            key.severity = qint8(rules::Priority::severityOfRank(key.priorityRank));
            const qint64 caseId = row.isNull(CaseId) ? 0 : row.integer(CaseId);
            key.hasCase = caseId != 0;
            key.assigneeId = row.isNull(Assignee) ? 0 : row.integer(Assignee);
            t = {};
            inputs->addHousehold(key.householdId, t);
            if (caseId) {
                CaseTimelines::addCaseDates(row, CaseDates, t);
                inputs->addCase(caseId, t);
            }
            const QList<clocks::Deadline> deadlines = clocks::deadlines(t, *settings, asOf);
            key.legalOverdue = clocks::hasOverdueLegalTerm(deadlines);
            std::optional<clocks::Deadline> next = clocks::mostUrgent(deadlines);
            if (next) {
                key.dueDay = qint32(next->dueOn.toJulianDay());
                key.state = qint8(next->state);
            }
            index.keys.push_back(key);
            if (items) {
                QueueItem item;
                item.householdId = key.householdId;
                item.householdName = row.text(Name);
                item.caseId = caseId;
                item.status = caseStatusFromKey(row.text(Status)).value_or(CaseStatus::Nieuw);
                item.assigneeId = key.assigneeId;
                item.assigneeName = row.text(AssigneeName);
                item.priorityRank = key.priorityRank;
                item.severity = key.severity;
                const auto flag = flagOf.find(key.householdId);
                if (flag != flagOf.end()) {
                    item.topFlag = flag->second.title;
                    item.openFlags = flag->second.count;
                }
                item.openSignals = int(t.openSignals.size());
                item.legalOverdue = key.legalOverdue;
                item.openNotices = int(t.noticeConditions.size());
                item.next = std::move(next);
                *items << item;
            }
            return true;
        }, "read work queue");
    if (!read)
        return read.error();
    std::vector<quint16> placeOf;
    index.wijken = wijken.sorted(placeOf);
    for (qsizetype i = 0; i < qsizetype(index.keys.size()); ++i) {
        QueueKey &key = index.keys[std::size_t(i)];
        key.wijk = placeOf[key.wijk];
        if (items)
            (*items)[i].wijk = index.wijken.at(key.wijk);
    }
    return index;
}

Result<QueueIndex> WorkQueue::index(QDate asOf) const
{
    auto index = readLines(asOf, QString::fromLatin1(queueWhere), {m_session.user().teamId},
                           CaseTimelines::Reach::Many, nullptr);
    if (index)
        std::sort(index->keys.begin(), index->keys.end());
    return index;
}

Result<QueueIndex> WorkQueue::head(QueueFilter::Scope scope, int count, QDate asOf) const
{
    if (auto allowed = AccessGuard(m_db, m_clock, m_session).require(Permission::WorkCases, QStringLiteral("case"), 0,
                                                                     QStringLiteral("attempt:queue"));
        !allowed)
        return allowed.error();
    const qint64 team = m_session.user().teamId;
    QString where;
    QVariantList values;
    if (scope == QueueFilter::Scope::Mine) {
        where = QString::fromLatin1(assignedWhere);
        values = {team, m_session.user().id};
    } else if (scope == QueueFilter::Scope::Team) {
        qint64 lowest = 0;
        int ranked = 0;
        auto read = bulkRead(m_db, QStringLiteral("SELECT priority_rank FROM households WHERE team_id = ? "
                                                  "AND priority_rank > 0 ORDER BY priority_rank DESC LIMIT ?"),
                             {team, count}, [&](const BulkRow &row) {
                                 lowest = row.integer(0);
                                 ++ranked;
                                 return true;
                             }, "read queue head");
        if (!read)
            return read.error();
        if (ranked == count) { // else the lines without a flag are on the first page too
            where = QString::fromLatin1(rankedWhere);
            values = {team, lowest};
        }
    }
    if (where.isEmpty())
        return index(asOf);
    auto head = readLines(asOf, where, values, CaseTimelines::Reach::Few, nullptr);
    if (!head)
        return head;
    std::sort(head->keys.begin(), head->keys.end());
    if (scope == QueueFilter::Scope::Team) {
        // A request below the page's lowest priority without an overdue term was read only to
        // find the band: lines of the whole queue may come before it, so the head ends above it.
        const qint64 lowest = values.at(1).toLongLong();
        const auto end = std::find_if(head->keys.begin(), head->keys.end(),
                                      [lowest](const QueueKey &k) { return !k.legalOverdue && k.priorityRank < lowest; });
        head->keys.erase(end, head->keys.end());
    }
    head->complete = false;
    head->onlyMine = scope == QueueFilter::Scope::Mine;
    return head;
}

Result<QList<QueueItem>> WorkQueue::rows(const QList<qint64> &householdIds, QDate asOf) const
{
    std::unordered_map<qint64, QueueItem> byHousehold;
    for (qsizetype from = 0; from < householdIds.size(); from += rowsChunk) {
        const QList<qint64> chunk = householdIds.mid(from, rowsChunk);
        QVariantList values{m_session.user().teamId};
        for (qint64 id : chunk)
            values << id;
        QStringList marks(chunk.size(), QStringLiteral("?"));
        QList<QueueItem> items;
        auto read = readLines(asOf, QStringLiteral("+h.team_id = ? AND h.id IN (%1)").arg(marks.join(QLatin1Char(','))),
                              values, CaseTimelines::Reach::Few, &items);
        if (!read)
            return read.error();
        for (QueueItem &item : items)
            byHousehold.emplace(item.householdId, std::move(item));
    }
    QList<QueueItem> out;
    out.reserve(householdIds.size());
    for (qint64 id : householdIds)
        if (auto found = byHousehold.find(id); found != byHousehold.end())
            out << found->second;
    return out;
}

Result<QList<QueueItem>> WorkQueue::load(QDate asOf) const
{
    return loadWhere(asOf, QString::fromLatin1(queueWhere), CaseTimelines::Reach::Many);
}

Result<QList<QueueItem>> WorkQueue::loadOpenCases(QDate asOf) const
{
    return loadWhere(asOf, QString::fromLatin1(openCaseWhere), CaseTimelines::Reach::Few);
}

Result<QList<QueueItem>> WorkQueue::loadWhere(QDate asOf, const QString &where, CaseTimelines::Reach reach) const
{
    QList<QueueItem> items;
    auto index = readLines(asOf, where, {m_session.user().teamId}, reach, &items);
    if (!index)
        return index.error();
    // The keys in queue order carry each item's place in reading order along.
    std::vector<std::pair<QueueKey, qsizetype>> order;
    order.reserve(index->keys.size());
    for (std::size_t i = 0; i < index->keys.size(); ++i)
        order.emplace_back(index->keys[i], qsizetype(i));
    std::sort(order.begin(), order.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<QueueItem> ordered;
    ordered.reserve(items.size());
    for (const auto &entry : order)
        ordered << std::move(items[entry.second]);
    return ordered;
}

bool WorkQueue::matches(const QueueIndex &index, const QueueKey &key, const QueueFilter &filter) const
{
    switch (filter.scope) {
    case QueueFilter::Scope::Team:
        break;
    case QueueFilter::Scope::Mine:
        if (key.assigneeId == 0 || key.assigneeId != (filter.assigneeId ? filter.assigneeId : m_session.user().id))
            return false;
        break;
    case QueueFilter::Scope::Unassigned:
        if (key.assigneeId != 0)
            return false;
        break;
    }
    if (!filter.wijk.isEmpty() && index.wijkOf(key) != filter.wijk)
        return false;
    if (filter.minSeverity > 0 && key.severity < filter.minSeverity)
        return false;
    if (filter.overdueOnly && !key.overdue())
        return false;
    return true;
}

QueueIndex WorkQueue::filtered(const QueueIndex &index, const QueueFilter &filter) const
{
    QueueIndex out;
    out.wijken = index.wijken;
    out.asOf = index.asOf;
    out.complete = index.complete;
    out.onlyMine = index.onlyMine;
    // The wijk once, not a text comparison per line.
    QueueFilter byNumber = filter;
    byNumber.wijk.clear();
    const qsizetype wijk = filter.wijk.isEmpty() ? -1 : index.wijken.indexOf(filter.wijk);
    if (!filter.wijk.isEmpty() && wijk < 0)
        return out;
    for (const QueueKey &key : index.keys)
        if ((wijk < 0 || key.wijk == wijk) && matches(index, key, byNumber))
            out.keys.push_back(key);
    return out;
}

QueueCounts WorkQueue::counts(const QueueIndex &index) const
{
    QueueCounts c;
    const qint64 me = m_session.user().id;
    for (const QueueKey &key : index.keys) {
        ++c.team;
        if (key.assigneeId == me)
            ++c.mine;
        if (key.assigneeId == 0)
            ++c.unassigned;
        if (key.overdue())
            ++c.overdue;
        else if (key.dueSoon())
            ++c.dueSoon;
    }
    return c;
}

QStringList WorkQueue::wijken(const QueueIndex &index)
{
    std::vector<bool> seen(std::size_t(index.wijken.size()), false);
    for (const QueueKey &key : index.keys)
        seen[key.wijk] = true;
    QStringList out;
    for (qsizetype i = 0; i < index.wijken.size(); ++i)
        if (seen[std::size_t(i)] && !index.wijken.at(i).isEmpty())
            out << index.wijken.at(i);
    return out;
}

} // namespace vangnet::cases
