// The work queue at city scale (docs/performance.md, "Work queue"): keys in queue order, rows by
// page, filters and counts on the keys, and the first page from the head of the priorities.

#include "CaseFixture.h"
#include "QueueWriter.h"

#include "support/TestResult.h"

#include "cases/WorkQueue.h"
#include "storage/SqlStatement.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using namespace vangnet;
using namespace vangnet::cases;
using namespace vangnet::test;

namespace {

QDate today()
{
    return CaseFixture::today();
}

/// The case fixture's team A (caseworkers A and A2, the team lead) in a synthetic municipality.
struct ScaleFixture : CaseFixture {
    const Session &lead = teamLeadA;

    ScaleFixture(int size, int seed)
    {
        QueueWriter writer{users.teamA().id, users.teamB().id,
                           {users.caseworkerA().user().id, caseworkerA2.user().id, lead.user().id}, today()};
        writer.write(*db, size, seed);
    }
};

/// The filter as it was written on full lines before the keys: the reference for the keys.
bool matchesItem(const QueueItem &item, const QueueFilter &filter, qint64 me)
{
    if (filter.scope == QueueFilter::Scope::Mine
        && (item.assigneeId == 0 || item.assigneeId != (filter.assigneeId ? filter.assigneeId : me)))
        return false;
    if (filter.scope == QueueFilter::Scope::Unassigned && item.assigneeId != 0)
        return false;
    if (!filter.wijk.isEmpty() && item.wijk != filter.wijk)
        return false;
    if (filter.minSeverity > 0 && item.severity < filter.minSeverity)
        return false;
    const bool overdue = item.next && item.next->state == clocks::DeadlineState::Overdue;
    return !filter.overdueOnly || overdue;
}

QList<QueueFilter> someFilters()
{
    QList<QueueFilter> out;
    for (auto scope : {QueueFilter::Scope::Team, QueueFilter::Scope::Mine, QueueFilter::Scope::Unassigned})
        for (const QString &wijk : {QString(), QStringLiteral("Noord"), QStringLiteral("Nergens")})
            for (int severity : {0, 3})
                for (bool overdue : {false, true})
                    out << QueueFilter{scope, wijk, severity, overdue, 0};
    return out;
}

void checkLineMatchesKey(const QueueItem &item, const QueueKey &key, const QueueIndex &index)
{
    INFO("household " << item.householdId);
    CHECK(item.householdId == key.householdId);
    CHECK(item.priorityRank == key.priorityRank);
    CHECK(item.severity == key.severity);
    CHECK(item.assigneeId == key.assigneeId);
    CHECK((item.caseId != 0) == key.hasCase);
    CHECK(item.wijk == index.wijkOf(key));
    CHECK(item.next.has_value() == (key.dueDay != QueueKey::NoDeadline));
    if (item.next) {
        CHECK(item.next->dueOn.toJulianDay() == key.dueDay);
        CHECK(key.deadlineState() == item.next->state);
    }
}

void checkSameLine(const QueueItem &a, const QueueItem &b)
{
    INFO("household " << a.householdId);
    CHECK(a.householdId == b.householdId);
    CHECK(a.householdName == b.householdName);
    CHECK(a.wijk == b.wijk);
    CHECK(a.caseId == b.caseId);
    CHECK(a.status == b.status);
    CHECK(a.assigneeName == b.assigneeName);
    CHECK(a.topFlag == b.topFlag);
    CHECK(a.openFlags == b.openFlags);
    CHECK(a.openSignals == b.openSignals);
    CHECK(a.openNotices == b.openNotices);
    REQUIRE(a.next.has_value() == b.next.has_value());
    if (a.next) {
        CHECK(a.next->dueOn == b.next->dueOn);
        CHECK(a.next->state == b.next->state);
        CHECK(a.next->label == b.next->label);
    }
}

/// The head of the scope is a true beginning of the whole queue under that scope.
void checkHead(const WorkQueue &queue, const QueueIndex &whole, QueueFilter::Scope scope, int page)
{
    const QueueIndex head = required(queue.head(scope, page, today()));
    QueueFilter filter;
    filter.scope = scope;
    const QList<qint64> expected = queue.filtered(whole, filter).householdIds();
    const QList<qint64> got = queue.filtered(head, filter).householdIds();
    INFO("scope " << int(scope) << ", page " << page << ", head " << got.size() << " of " << expected.size());
    CHECK(got == expected.mid(0, got.size()));
    CHECK((got.size() >= std::min<qsizetype>(page, expected.size()) || head.complete));
    if (head.complete)
        CHECK(got == expected);
}

} // namespace

TEST_CASE("A city-sized queue is kept as keys in queue order and read by page", "[cases][queue][scale]")
{
    // 100,000 households on SQLite; on PostgreSQL, whose bulk reads go through QSqlQuery, a
    // fifth keeps the run short and still proves the same things.
    const int size = engineUnderTest() == Engine::Sqlite ? 100000 : 20000;
    ScaleFixture f(size, 1);
    const WorkQueue queue(*f.db, f.clock, f.lead);
    const QueueIndex index = required(queue.index(today()));

    // Every line of team A once, in queue order.
    const qint64 inQueue = f.count(QStringLiteral(
        "SELECT COUNT(*) FROM households h WHERE h.team_id = ? AND (h.priority_rank > 0 "
        "OR h.id IN (SELECT household_id FROM cases WHERE status <> 'afgesloten') "
        "OR h.id IN (SELECT household_id FROM signals WHERE status = 'nieuw') "
        "OR h.id IN (SELECT household_id FROM discharge_notices WHERE status = 'nieuw'))"), {f.users.teamA().id});
    REQUIRE(inQueue > size * 8 / 10);
    CHECK(qint64(index.keys.size()) == inQueue);
    CHECK(std::is_sorted(index.keys.begin(), index.keys.end()));
    const QList<qint64> ids = index.householdIds();
    CHECK(std::set<qint64>(ids.begin(), ids.end()).size() == index.keys.size());
    CHECK(sizeof(QueueKey) <= 40);

    // One read computes a line: the whole load, the rows of a page and the keys agree.
    const QList<QueueItem> all = required(queue.load(today()));
    REQUIRE(all.size() == ids.size());
    QList<qint64> loaded;
    for (const QueueItem &item : all)
        loaded << item.householdId;
    CHECK(loaded == ids);
    for (std::size_t first : {std::size_t(0), index.keys.size() / 2, index.keys.size() - 150}) {
        const QList<QueueItem> page = required(queue.rows(index.householdIds(first, 200), today()));
        REQUIRE(page.size() == std::min<qsizetype>(200, qsizetype(index.keys.size() - first)));
        for (qsizetype i = 0; i < page.size(); ++i) {
            checkLineMatchesKey(page.at(i), index.keys[first + std::size_t(i)], index);
            checkSameLine(page.at(i), all.at(qsizetype(first) + i));
        }
    }
    // A household of another team is no row of this team's queue.
    const qint64 otherTeam = f.count(QStringLiteral("SELECT MIN(id) FROM households WHERE team_id = ?"), {f.users.teamB().id});
    CHECK(required(queue.rows({otherTeam, ids.first()}, today())).size() == 1);

    // Filters and counts on the keys give what they gave on the full lines.
    const qint64 me = f.lead.user().id;
    for (const QueueFilter &filter : someFilters()) {
        QList<qint64> expected;
        QueueCounts counted;
        for (const QueueItem &item : all) {
            if (!matchesItem(item, filter, me))
                continue;
            expected << item.householdId;
            ++counted.team;
            counted.mine += item.assigneeId == me;
            counted.unassigned += item.assigneeId == 0;
            const auto state = item.next ? std::optional(item.next->state) : std::nullopt;
            counted.overdue += state == clocks::DeadlineState::Overdue;
            counted.dueSoon += state == clocks::DeadlineState::DueSoon;
        }
        const QueueIndex shown = queue.filtered(index, filter);
        INFO("scope " << int(filter.scope) << " wijk " << filter.wijk.toStdString() << " severity "
                      << filter.minSeverity << " overdue " << filter.overdueOnly);
        CHECK(shown.householdIds() == expected);
        const QueueCounts c = queue.counts(shown);
        CHECK(c.team == counted.team);
        CHECK(c.mine == counted.mine);
        CHECK(c.unassigned == counted.unassigned);
        CHECK(c.overdue == counted.overdue);
        CHECK(c.dueSoon == counted.dueSoon);
    }
    CHECK(WorkQueue::wijken(index).size() == 8); // the empty wijk is no choice

    // The first page without the whole queue: the highest ranks, every tie of the last included.
    checkHead(queue, index, QueueFilter::Scope::Team, 200);
    checkHead(WorkQueue(*f.db, f.clock, f.caseworkerA2), required(WorkQueue(*f.db, f.clock, f.caseworkerA2).index(today())),
              QueueFilter::Scope::Mine, 200);
}

TEST_CASE("The first page from the head of the priorities is the first page of the whole queue",
          "[cases][queue][scale]")
{
    // Several municipalities: fewer ranked households than a page, ties across the page's end.
    for (const auto &[size, seed] : {std::pair{120, 2}, std::pair{1500, 3}, std::pair{4000, 4}, std::pair{2500, 5}}) {
        INFO(size << " households, seed " << seed);
        ScaleFixture f(size, seed);
        for (const Session *who : {static_cast<const Session *>(&f.lead), &f.users.caseworkerA()}) {
            const WorkQueue queue(*f.db, f.clock, *who);
            const QueueIndex whole = required(queue.index(today()));
            REQUIRE_FALSE(whole.keys.empty());
            for (int page : {25, 200})
                for (auto scope : {QueueFilter::Scope::Team, QueueFilter::Scope::Mine, QueueFilter::Scope::Unassigned})
                    checkHead(queue, whole, scope, page);
        }
    }
}
