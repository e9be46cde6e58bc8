// The work queue's top band: households with an overdue statutory term (Wgs art. 4) come before
// every priority, and the first page (head()) is still exactly the beginning of the queue.
#include "CaseFixture.h"

#include "cases/WorkQueue.h"

using namespace vangnet;
using namespace vangnet::cases;
using vangnet::test::CaseFixture;

TEST_CASE("An overdue statutory term puts a low-priority household above higher priorities, in head() too", "[cases][queue][wgs]")
{
    CaseFixture f;
    const QDate today = CaseFixture::today();
    QList<qint64> ranked;
    for (int i = 0; i < 5; ++i) {
        const auto who = f.household(QStringLiteral("Rang%1").arg(i), 10 + i);
        f.signal(who, QStringLiteral("R-%1").arg(i), today.addDays(-1));
        ranked << who.first;
    }
    const auto late = f.household(QStringLiteral("Termijn"), 20);   // request 40 days ago, no first conversation
    const auto fresh = f.household(QStringLiteral("Vers"), 21);      // request today: nothing overdue
    const auto held = f.household(QStringLiteral("Gesprek"), 22);    // request 40 days ago, conversation held
    CaseFixture::require(f.service.openRequest(late.first, today.addDays(-40)));
    CaseFixture::require(f.service.openRequest(fresh.first, today));
    Case c = CaseFixture::require(f.service.openRequest(held.first, today.addDays(-40)));
    CaseFixture::require(f.service.setFirstConversation(c.id, c.version, today.addDays(-20)));
    for (int i = 0; i < ranked.size(); ++i)
        f.setPriority(ranked[i], 5000000 - 1000 * i);
    f.setPriority(late.first, 1000001); // the lowest priority of all ranked households
    f.setPriority(held.first, 0);
    f.setPriority(fresh.first, 0);

    WorkQueue queue(*f.db, f.clock, f.users.caseworkerA());
    const QueueIndex index = CaseFixture::require(queue.index());
    const QList<qint64> order = index.householdIds();
    REQUIRE(order.size() == 8);
    CHECK(order.first() == late.first);
    CHECK(index.keys.front().legalOverdue);
    CHECK(order.mid(1, 5) == ranked);
    CHECK_FALSE(index.keys[1].legalOverdue);

    const QList<QueueItem> rows = CaseFixture::require(queue.rows({late.first}));
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].legalOverdue);
    REQUIRE(rows[0].next.has_value());
    CHECK(rows[0].next->clock == clocks::ClockKind::FirstConversation);
    CHECK(rows[0].next->state == clocks::DeadlineState::Overdue);

    for (int count : {1, 2, 4}) {
        INFO("page of " << count);
        const QueueIndex head = CaseFixture::require(queue.head(QueueFilter::Scope::Team, count));
        CHECK_FALSE(head.complete);
        const QList<qint64> first = head.householdIds();
        REQUIRE(first.size() >= count);
        CHECK(first == order.mid(0, first.size()));
        CHECK(first.first() == late.first);
        CHECK_FALSE(first.contains(fresh.first)); // read to find the band, not part of the page
    }
}
