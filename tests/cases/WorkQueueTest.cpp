#include "CaseFixture.h"

#include "cases/WorkQueue.h"
#include "rules/RulesService.h"

using namespace vangnet;
using namespace vangnet::cases;
using vangnet::test::CaseFixture;

namespace {

QList<qint64> households(const QList<QueueItem> &items)
{
    QList<qint64> out;
    for (const QueueItem &item : items)
        out << item.householdId;
    return out;
}

QList<qint64> households(const QueueIndex &index)
{
    return index.householdIds();
}

} // namespace

TEST_CASE("The work queue orders by priority, then by the deadline due first", "[cases][queue]")
{
    CaseFixture f;
    const auto high = f.household(QStringLiteral("Hoog"), 1, QStringLiteral("Centrum"));
    const auto lateSignal = f.household(QStringLiteral("Laat"), 2, QStringLiteral("Noord"));
    const auto earlySignal = f.household(QStringLiteral("Vroeg"), 3, QStringLiteral("Noord"));
    const auto quiet = f.household(QStringLiteral("Rustig"), 4, QStringLiteral("Zuid"));
    f.signal(high, QStringLiteral("A"), CaseFixture::today().addDays(-1));
    f.signal(lateSignal, QStringLiteral("B"), CaseFixture::today().addDays(-2));
    f.signal(earlySignal, QStringLiteral("C"), CaseFixture::today().addDays(-20)); // contact offer overdue
    f.setPriority(high.first, 3000020);
    f.setPriority(lateSignal.first, 2000010);
    f.setPriority(earlySignal.first, 2000010);
    f.setPriority(quiet.first, 0);

    WorkQueue queue(*f.db, f.clock, f.users.caseworkerA());
    const QList<QueueItem> items = CaseFixture::require(queue.load());
    CHECK(households(items) == QList<qint64>{high.first, earlySignal.first, lateSignal.first});
    REQUIRE(items[1].next.has_value());
    CHECK(items[1].next->clock == clocks::ClockKind::ContactOffer);
    CHECK(items[1].next->state == clocks::DeadlineState::Overdue);
    CHECK(items[1].wijk == QStringLiteral("Noord"));
    CHECK(items[1].openSignals == 1);

    SECTION("an open case without flags is in the queue too, and filters and counts follow it")
    {
        CaseFixture::require(f.service.claim(quiet.first));
        CaseService other(*f.db, f.clock, f.caseworkerA2);
        CaseFixture::require(other.claim(high.first));
        const QList<QueueItem> lines = CaseFixture::require(queue.load());
        REQUIRE(lines.size() == 4);
        CHECK(lines.last().householdId == quiet.first);
        CHECK(lines.last().caseId != 0);
        const QueueIndex all = CaseFixture::require(queue.index());
        CHECK(households(all) == households(lines));
        CHECK(all.keys.back().hasCase);

        const QueueCounts counts = queue.counts(all);
        CHECK(counts.team == 4);
        CHECK(counts.mine == 1);
        CHECK(counts.unassigned == 2);
        CHECK(counts.overdue == 1);

        QueueFilter mine;
        mine.scope = QueueFilter::Scope::Mine;
        CHECK(households(queue.filtered(all, mine)) == QList<qint64>{quiet.first});
        QueueFilter theirs = mine;
        theirs.assigneeId = f.caseworkerA2.user().id;
        CHECK(households(queue.filtered(all, theirs)) == QList<qint64>{high.first});
        QueueFilter free;
        free.scope = QueueFilter::Scope::Unassigned;
        CHECK(households(queue.filtered(all, free)) == QList<qint64>{earlySignal.first, lateSignal.first});
        QueueFilter noord;
        noord.wijk = QStringLiteral("Noord");
        CHECK(queue.filtered(all, noord).keys.size() == 2);
        QueueFilter late;
        late.overdueOnly = true;
        CHECK(households(queue.filtered(all, late)) == QList<qint64>{earlySignal.first});
        CHECK(WorkQueue::wijken(all) == QStringList{QStringLiteral("Centrum"), QStringLiteral("Noord"), QStringLiteral("Zuid")});
    }
    SECTION("another team's queue is its own, and an administrator has none")
    {
        CHECK(CaseFixture::require(WorkQueue(*f.db, f.clock, f.users.caseworkerB()).load()).isEmpty());
        auto admin = WorkQueue(*f.db, f.clock, f.users.admin()).load();
        REQUIRE_FALSE(admin.ok());
        CHECK(admin.error().code == ErrorCode::PermissionDenied);
    }
}

TEST_CASE("The queue's severity comes from the household's open flags", "[cases][queue]")
{
    CaseFixture f;
    const auto who = f.household(QStringLiteral("Stapel"), 9);
    // Two arrear types within 90 days: the default rules flag the household.
    f.signal(who, QStringLiteral("H-9"), CaseFixture::today().addDays(-5));
    importing::SignalRow energy;
    energy.signalId = QStringLiteral("E-9");
    energy.partnerType = importing::PartnerType::Energie;
    energy.signalDate = CaseFixture::today().addDays(-4);
    energy.amountCents = 40000;
    CaseFixture::require(f.households.addSignal(who.first, who.second, energy));

    WorkQueue queue(*f.db, f.clock, f.users.caseworkerA());
    const QList<QueueItem> items = CaseFixture::require(queue.load());
    REQUIRE(items.size() == 1);
    CHECK(items[0].severity == 3); // meerdere_achterstanden: hoog
    CHECK(items[0].openFlags >= 1);
    CHECK_FALSE(items[0].topFlag.isEmpty());
    QueueFilter severe;
    severe.minSeverity = 4;
    const QueueIndex index = CaseFixture::require(queue.index());
    CHECK(queue.filtered(index, severe).keys.empty());
    severe.minSeverity = 3;
    CHECK(queue.filtered(index, severe).keys.size() == 1);

    const Case c = CaseFixture::require(f.service.claim(who.first));
    CHECK(c.origin == CaseOrigin::Flag);
    CHECK(c.originFlagId != 0);
}

TEST_CASE("A signal no rule flags is in the queue until a case takes it up", "[cases][queue]")
{
    CaseFixture f;
    const auto single = f.household(QStringLiteral("Enkel"), 11, QStringLiteral("Oost"));
    const auto quiet = f.household(QStringLiteral("Stil"), 12, QStringLiteral("Oost"));
    const qint64 signalId = f.signal(single, QStringLiteral("H-11"), CaseFixture::today().addDays(-16));
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM flags WHERE household_id = ? AND resolved_on IS NULL"),
                  {single.first}) == 0); // one rent signal: the default rules raise nothing

    WorkQueue queue(*f.db, f.clock, f.users.caseworkerA());
    QList<QueueItem> items = CaseFixture::require(queue.load());
    REQUIRE(households(items) == QList<qint64>{single.first}); // not the household without signals
    CHECK(items[0].severity == 0);
    CHECK(items[0].openFlags == 0);
    CHECK(items[0].caseId == 0);
    CHECK(items[0].openSignals == 1);
    REQUIRE(items[0].next.has_value());
    CHECK(items[0].next->clock == clocks::ClockKind::ContactOffer);
    CHECK(items[0].next->state == clocks::DeadlineState::Overdue); // 16 days, the offer is due in 14
    const QueueIndex index = CaseFixture::require(queue.index());
    const QueueCounts counts = queue.counts(index);
    CHECK(counts.unassigned == 1);
    CHECK(counts.overdue == 1);
    QueueFilter flaggedOnly;
    flaggedOnly.minSeverity = 1;
    CHECK(queue.filtered(index, flaggedOnly).keys.empty());

    SECTION("taking it opens a case from the signal, and closing the case ends it")
    {
        const Case c = CaseFixture::require(f.service.claim(single.first));
        CHECK(c.origin == CaseOrigin::Signal);
        CHECK(f.text(QStringLiteral("SELECT status FROM signals WHERE id = ?"), {signalId}) == QStringLiteral("in_behandeling"));
        items = CaseFixture::require(queue.load());
        REQUIRE(items.size() == 1);
        CHECK(items[0].caseId == c.id);

        CaseFixture::require(f.service.close(c.id, c.version, QStringLiteral("Inwoner al bekend bij schuldhulpverlening"), CaseFixture::today()));
        CHECK(CaseFixture::require(queue.load()).isEmpty());
    }
    SECTION("a household with neither a signal nor a flag opens by hand")
    {
        const Case c = CaseFixture::require(f.service.claim(quiet.first));
        CHECK(c.origin == CaseOrigin::Manual);
    }
}
