// Flags that follow the work: the case is the source of truth for what the caseworker arranged, and the flags,
// the queue and the clocks follow it at once.
#include "CaseFixture.h"

#include "cases/WorkQueue.h"
#include "importing/ImportKeys.h"
#include "signals/DischargeRepository.h"

using namespace vangnet;
using namespace vangnet::cases;
using vangnet::test::CaseFixture;

namespace {

qint64 openFlags(CaseFixture &f, qint64 household, const QString &rule)
{
    return f.count(QStringLiteral("SELECT COUNT(*) FROM flags WHERE household_id = ? AND rule_id = ? AND resolved_on IS NULL"),
                   {household, rule});
}

const QueueItem *itemOf(const QList<QueueItem> &items, qint64 household)
{
    for (const QueueItem &item : items)
        if (item.householdId == household)
            return &item;
    return nullptr;
}

} // namespace

TEST_CASE("Housing arranged on the case's checklist resolves the discharge flag at once, audited", "[cases][facts]")
{
    CaseFixture f;
    const auto who = f.household(QStringLiteral("Meijer"), 7);
    const qint64 notice = f.discharge(who, CaseFixture::today().addDays(30)); // onderdak niet geregeld
    REQUIRE(openFlags(f, who.first, QStringLiteral("uitstroom_zonder_onderdak")) == 1);
    const Case c = CaseFixture::require(f.service.openFromDischarge(notice));

    REQUIRE(f.service.setCondition(c.id, QStringLiteral("onderdak"), importing::ConditionState::Geregeld).ok());
    CHECK(openFlags(f, who.first, QStringLiteral("uitstroom_zonder_onderdak")) == 0);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM flags WHERE household_id = ? AND rule_id = 'uitstroom_zonder_onderdak' "
                                 "AND resolution = 'resolved' AND resolved_on = ?"),
                  {who.first, CaseFixture::today().toString(Qt::ISODate)}) == 1);
    CHECK(f.count(QStringLiteral("SELECT priority_rank FROM households WHERE id = ?"), {who.first}) == 0);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'change_case' AND object_id = ? "
                                 "AND detail = 'condition:onderdak'"),
                  {c.id}) == 1);
    // The notice keeps what the institution said; the case holds the caseworker's word, with its day.
    CHECK(f.text(QStringLiteral("SELECT shelter FROM discharge_notices WHERE id = ?"), {notice}) == QStringLiteral("niet_geregeld"));
    CHECK(f.text(QStringLiteral("SELECT source FROM basic_conditions WHERE case_id = ? AND condition_key = 'onderdak'"), {c.id})
          == QStringLiteral("zaak"));
    const CaseDetail d = CaseFixture::require(f.service.detail(c.id));
    CHECK(d.conditions[1].setOnCase);
    CHECK(d.conditions[1].since == CaseFixture::today());
    CHECK_FALSE(d.conditions[0].setOnCase); // id_bewijs: still as the notice gave it

    SECTION("housing falling through raises the flag again")
    {
        REQUIRE(f.service.setCondition(c.id, QStringLiteral("onderdak"), importing::ConditionState::NietGeregeld).ok());
        CHECK(openFlags(f, who.first, QStringLiteral("uitstroom_zonder_onderdak")) == 1);
    }
    SECTION("a date in the future or a closed case is refused, and nothing changes")
    {
        auto future = f.service.setCondition(c.id, QStringLiteral("onderdak"), importing::ConditionState::NietGeregeld,
                                             CaseFixture::today().addDays(1));
        REQUIRE_FALSE(future.ok());
        CHECK(future.error().fields.first().field == QStringLiteral("since"));
        CHECK(openFlags(f, who.first, QStringLiteral("uitstroom_zonder_onderdak")) == 0);
        const Case current = CaseFixture::require(f.service.get(c.id));
        CaseFixture::require(f.service.close(c.id, current.version, QStringLiteral("Inwoner heeft al een ander lopend traject"),
                                             CaseFixture::today()));
        CHECK_FALSE(f.service.setCondition(c.id, QStringLiteral("onderdak"), importing::ConditionState::NietGeregeld).ok());
    }
}

TEST_CASE("Someone released without housing is at the top of the queue with a critical flag", "[cases][facts][queue]")
{
    CaseFixture f;
    const auto crisis = f.household(QStringLiteral("Bakker"), 3);
    f.signal(crisis, QStringLiteral("H-3"), CaseFixture::today().addDays(-2), true); // kritiek: a threatened eviction
    const auto released = f.household(QStringLiteral("Smit"), 5);
    f.discharge(released, CaseFixture::today().addDays(-6)); // released last week, onderdak niet geregeld

    REQUIRE(openFlags(f, released.first, QStringLiteral("uitgestroomd_zonder_onderdak")) == 1);
    CHECK(openFlags(f, released.first, QStringLiteral("uitstroom_zonder_onderdak")) == 0); // no double flag
    CHECK(f.text(QStringLiteral("SELECT explanation FROM flags WHERE household_id = ? AND resolved_on IS NULL"), {released.first})
              .contains(QStringLiteral("uitgestroomd")));
    const QList<QueueItem> items = CaseFixture::require(WorkQueue(*f.db, f.clock, f.users.caseworkerA()).load());
    REQUIRE(items.size() == 2);
    CHECK(items[0].householdId == released.first);
    CHECK(items[0].severity == 4);
}

TEST_CASE("A signal closed on the case takes its flag with it", "[cases][facts]")
{
    CaseFixture f;
    const auto who = f.household(QStringLiteral("Visser"), 9);
    const qint64 eviction = f.signal(who, QStringLiteral("H-9"), CaseFixture::today().addDays(-4), true);
    REQUIRE(openFlags(f, who.first, QStringLiteral("crisissignaal")) == 1);
    const Case c = CaseFixture::require(f.service.openFromSignal(eviction));

    REQUIRE(f.service.closeSignal(c.id, eviction).ok());
    CHECK(openFlags(f, who.first, QStringLiteral("crisissignaal")) == 0);
    CHECK(f.text(QStringLiteral("SELECT status FROM signals WHERE id = ?"), {eviction}) == QStringLiteral("afgesloten"));
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'change_case' AND detail = ?"),
                  {QStringLiteral("signal_closed:%1").arg(eviction)}) == 1);
    // Closed already, or not the case's: refused.
    CHECK_FALSE(f.service.closeSignal(c.id, eviction).ok());
    const auto other = f.household(QStringLiteral("Mol"), 10);
    CHECK_FALSE(f.service.closeSignal(c.id, f.signal(other, QStringLiteral("H-10"), CaseFixture::today())).ok());
}

TEST_CASE("A caseworker corrects a notice's state: kept in its history, audited, the flags follow", "[cases][facts]")
{
    CaseFixture f;
    const auto who = f.household(QStringLiteral("Kok"), 4);
    const qint64 notice = f.discharge(who, CaseFixture::today().addDays(20));
    const qint64 rent = f.signal(who, QStringLiteral("H-4"), CaseFixture::today().addDays(-3));
    const Case c = CaseFixture::require(f.service.openFromDischarge(notice));
    REQUIRE(c.signalIds == QList<qint64>{rent});

    SECTION("in detention: kept and audited, and the aftercare case runs no offer clock")
    {
        REQUIRE(f.service.setNoticeLifecycle(c.id, notice, importing::DischargeLifecycle::InDetentie).ok());
        CHECK(f.text(QStringLiteral("SELECT lifecycle FROM discharge_notices WHERE id = ?"), {notice}) == QStringLiteral("in_detentie"));
        const auto history = CaseFixture::require(DischargeRepository(f.db->connection()).history(notice));
        REQUIRE(history.size() == 1);
        CHECK(history[0].change == QStringLiteral("lifecycle"));
        CHECK(history[0].lifecycle == QStringLiteral("aangekondigd"));
        CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'change_discharge' AND object_id = ?"),
                      {notice}) == 1);
        const CaseDetail d = CaseFixture::require(f.service.detail(c.id));
        // The offer of help is outreach's clock (docs/clocks.md); its pause in detention is in
        // tests/clocks/DeadlinesTest.cpp. An aftercare case has the discharge clocks.
        bool offer = false;
        bool discharge = false;
        for (const clocks::Deadline &deadline : d.deadlines) {
            offer = offer || deadline.clock == clocks::ClockKind::ContactOffer;
            discharge = discharge || deadline.clock == clocks::ClockKind::DischargeAlert1;
        }
        CHECK_FALSE(offer);
        CHECK(discharge);
        CHECK(openFlags(f, who.first, QStringLiteral("uitstroom_zonder_onderdak")) == 1); // still ahead, still no housing
    }
    SECTION("withdrawn: the discharge will not happen, its flag goes")
    {
        REQUIRE(openFlags(f, who.first, QStringLiteral("uitstroom_zonder_onderdak")) == 1);
        REQUIRE(f.service.setNoticeLifecycle(c.id, notice, importing::DischargeLifecycle::Ingetrokken).ok());
        CHECK(openFlags(f, who.first, QStringLiteral("uitstroom_zonder_onderdak")) == 0);
    }
    SECTION("uitgestroomd and vervangen are not a caseworker's to set")
    {
        CHECK_FALSE(f.service.setNoticeLifecycle(c.id, notice, importing::DischargeLifecycle::Uitgestroomd).ok());
        CHECK_FALSE(f.service.setNoticeLifecycle(c.id, notice, importing::DischargeLifecycle::Vervangen).ok());
        CHECK(f.text(QStringLiteral("SELECT lifecycle FROM discharge_notices WHERE id = ?"), {notice}) == QStringLiteral("aangekondigd"));
    }
}

TEST_CASE("A discharge notice no rule flags is in the queue until a case takes it up", "[cases][facts][queue]")
{
    CaseFixture f;
    const auto who = f.household(QStringLiteral("Dekker"), 6, QStringLiteral("West"));
    importing::DischargeRow row;
    row.institutionType = importing::InstitutionType::GgzKliniek;
    row.expectedDate = CaseFixture::today().addDays(100);
    row.idDocument = importing::ConditionState::Geregeld;
    row.shelter = importing::ConditionState::Geregeld; // nothing for a rule to flag
    const qint64 notice = CaseFixture::require(f.households.addDischarge(who.first, who.second, row));
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM flags WHERE household_id = ? AND resolved_on IS NULL"), {who.first}) == 0);

    WorkQueue queue(*f.db, f.clock, f.users.caseworkerA());
    QList<QueueItem> items = CaseFixture::require(queue.load());
    const QueueItem *item = itemOf(items, who.first);
    REQUIRE(item);
    CHECK(item->severity == 0);
    CHECK(item->openNotices == 1);
    CHECK(item->openSignals == 0);
    // Its lead-time alert: debts (30 days before) are the first condition still to arrange.
    REQUIRE(item->next.has_value());
    CHECK(item->next->clock == clocks::ClockKind::ConditionSchulden);
    CHECK(item->next->dueOn == CaseFixture::today().addDays(70));

    SECTION("taking it opens a discharge case")
    {
        const Case c = CaseFixture::require(f.service.claim(who.first));
        CHECK(c.origin == CaseOrigin::Discharge);
        CHECK(c.dischargeIds == QList<qint64>{notice});
    }
    SECTION("a superseded notice is nobody's work")
    {
        REQUIRE(runSql(f.db->connection(), QStringLiteral("UPDATE discharge_notices SET lifecycle = 'vervangen' WHERE id = ?"),
                       {notice}).ok());
        CHECK_FALSE(itemOf(CaseFixture::require(queue.load()), who.first));
    }
}
