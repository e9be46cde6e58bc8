#include "support/TestDatabase.h"
#include "support/TestResult.h"
#include "support/TestUsers.h"

#include "audit/AuditLog.h"
#include "clocks/ClockService.h"
#include "storage/SqlStatement.h"

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::clocks;
using vangnet::test::TestDatabase;
using vangnet::test::required;

namespace {

const QDateTime now(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);

void requireOk(const Result<void> &result)
{
    INFO((result ? std::string() : result.error().message.toStdString()));
    REQUIRE(result.ok());
}

struct Fixture {
    TestDatabase scratch;
    std::unique_ptr<Database> db = scratch.open();
    FixedClock clock{now};
    test::TestUsers users{*db, clock};
    Session teamLead = users.add(QStringLiteral("teamleider-a"), Role::Teamleider, users.teamA().id);
    ClockService clocks{*db, clock, teamLead};

    QList<AuditEvent> audit(AuditAction action, qint64 actorId) const
    {
        return required(AuditLog(*db, clock).find(
            users.admin(), AuditQuery{{}, {}, actorId, QStringLiteral("clock_settings"), 0, action}));
    }

    qint64 scalar(const QString &sql) const
    {
        auto q = runSql(db->connection(), sql);
        REQUIRE(q.ok());
        REQUIRE(q->next());
        return q->value(0).toLongLong();
    }
};

} // namespace

TEST_CASE_METHOD(Fixture, "The seeded settings are the example policy, readable by caseworkers and team leads",
                 "[clocks]")
{
    const ClockSettings defaults = ClockSettings::defaults();
    for (const Session *session : std::initializer_list<const Session *>{&teamLead, &users.caseworkerA()}) {
        const ClockSettings stored = required(ClockService(*db, clock, *session).settings());
        for (ClockKind kind : allClocks()) {
            INFO(clockKey(kind).toStdString());
            CHECK(stored.of(kind).days == defaults.of(kind).days);
            CHECK(stored.of(kind).workingDays == defaults.of(kind).workingDays);
            CHECK_FALSE(stored.of(kind).updatedAt.isValid());
            CHECK(stored.of(kind).updatedBy.isEmpty());
        }
    }
    // Every seeded row is one the code knows, and every clock has a row.
    CHECK(scalar(QStringLiteral("SELECT COUNT(*) FROM clock_settings")) == allClocks().size());
}

TEST_CASE_METHOD(Fixture, "A team lead changes a deadline, which is stored, stamped and audited without personal data",
                 "[clocks]")
{
    clock.set(now.addSecs(3600));
    requireOk(clocks.save({ClockKind::ContactOffer, 10, false, {}, {}}));
    const ClockSettings after = required(clocks.settings());
    CHECK(after.of(ClockKind::ContactOffer).days == 10);
    CHECK(after.of(ClockKind::ContactOffer).updatedAt == now.addSecs(3600));
    CHECK(after.of(ClockKind::ContactOffer).updatedBy == QStringLiteral("teamleider-a"));
    CHECK_FALSE(after.of(ClockKind::Decision).updatedAt.isValid());

    auto changes = audit(AuditAction::ClocksChange, teamLead.user().id);
    REQUIRE(changes.size() == 1);
    CHECK(changes.first().detail == QStringLiteral("contact_offer:14→10"));
    CHECK(changes.first().result == AuditResult::Success);

    // The working-days flag is part of the value; saving what is stored changes nothing.
    requireOk(clocks.save({ClockKind::ThreateningDebt, 3, false, {}, {}}));
    requireOk(clocks.save({ClockKind::ThreateningDebt, 3, false, {}, {}}));
    changes = audit(AuditAction::ClocksChange, teamLead.user().id);
    REQUIRE(changes.size() == 2);
    CHECK(changes.first().detail == QStringLiteral("threatening_debt:3wd→3")); // newest first
    CHECK_FALSE(required(clocks.settings()).of(ClockKind::ThreateningDebt).workingDays);
}

TEST_CASE_METHOD(Fixture, "Saving all settings writes the changed ones in one audit record", "[clocks]")
{
    ClockSettings wanted = required(clocks.settings());
    wanted.set({ClockKind::FirstConversation, 21, false, {}, {}});
    wanted.set({ClockKind::DueSoon, 2, true, {}, {}});
    requireOk(clocks.saveAll(wanted));
    const ClockSettings after = required(clocks.settings());
    CHECK(after.of(ClockKind::FirstConversation).days == 21);
    CHECK(after.of(ClockKind::DueSoon).workingDays);
    CHECK(after.of(ClockKind::Decision).days == 56);
    CHECK_FALSE(after.of(ClockKind::Decision).updatedAt.isValid()); // unchanged: not stamped
    const auto changes = audit(AuditAction::ClocksChange, teamLead.user().id);
    REQUIRE(changes.size() == 1);
    CHECK(changes.first().detail == QStringLiteral("first_conversation:28→21 due_soon:3→2wd"));
}

TEST_CASE_METHOD(Fixture, "Zero, negative and absurd days are refused by name and nothing is written", "[clocks]")
{
    for (int days : {0, -1, 3651}) {
        INFO(days);
        const auto refused = clocks.save({ClockKind::Decision, days, false, {}, {}});
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Invalid);
        REQUIRE(refused.error().fields.size() == 1);
        CHECK(refused.error().fields.first().field == QStringLiteral("decision"));
        CHECK(refused.error().message.contains(clockLabel(ClockKind::Decision)));
    }
    // In a whole set, one bad value stops the good ones too.
    ClockSettings wanted = ClockSettings::defaults();
    wanted.set({ClockKind::ContactOffer, 7, false, {}, {}});
    wanted.set({ClockKind::DueSoon, 0, false, {}, {}});
    const auto refused = clocks.saveAll(wanted);
    REQUIRE_FALSE(refused.ok());
    REQUIRE(refused.error().fields.size() == 1);
    CHECK(refused.error().fields.first().field == QStringLiteral("due_soon"));
    // Alerts out of order: the last alert may not come before the second.
    const auto disorder = clocks.save({ClockKind::DischargeAlert3, 45, false, {}, {}});
    REQUIRE_FALSE(disorder.ok());
    CHECK(disorder.error().fields.first().field == QStringLiteral("discharge_alert_3"));

    const ClockSettings stored = required(clocks.settings());
    CHECK(stored.of(ClockKind::Decision).days == 56);
    CHECK(stored.of(ClockKind::ContactOffer).days == 14);
    CHECK(stored.of(ClockKind::DischargeAlert3).days == 7);
    CHECK(audit(AuditAction::ClocksChange, teamLead.user().id).isEmpty());
}

TEST_CASE_METHOD(Fixture, "Caseworkers may not change deadlines and administrators may not read them, and the refusals are "
                          "audited", "[clocks][security]")
{
    ClockService caseworker(*db, clock, users.caseworkerA());
    const auto refused = caseworker.save({ClockKind::ContactOffer, 10, false, {}, {}});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK(caseworker.saveAll(ClockSettings::defaults()).error().code == ErrorCode::PermissionDenied);
    auto denials = audit(AuditAction::PermissionDenied, users.caseworkerA().user().id);
    REQUIRE(denials.size() == 2);
    CHECK(denials.first().result == AuditResult::Denied);
    CHECK(denials.first().detail == QStringLiteral("attempt:clocks_change"));

    ClockService admin(*db, clock, users.admin());
    CHECK(admin.settings().error().code == ErrorCode::PermissionDenied);
    CHECK(admin.save({ClockKind::ContactOffer, 10, false, {}, {}}).error().code == ErrorCode::PermissionDenied);
    denials = audit(AuditAction::PermissionDenied, users.admin().user().id);
    REQUIRE(denials.size() == 2);
    CHECK(denials.last().detail == QStringLiteral("attempt:clocks_view"));

    CHECK(required(clocks.settings()).of(ClockKind::ContactOffer).days == 14);
}

TEST_CASE_METHOD(Fixture, "A team lead adds a day off by decree, which working-day deadlines then skip", "[clocks]")
{
    requireOk(clocks.addDayOff(QDate(2027, 5, 7), QStringLiteral("  Vrijdag na Hemelvaartsdag  ")));
    ClockSettings stored = required(clocks.settings());
    REQUIRE(stored.extraDaysOff().size() == 1);
    CHECK(stored.extraDaysOff().first().date == QDate(2027, 5, 7));
    CHECK(stored.extraDaysOff().first().name == QStringLiteral("Vrijdag na Hemelvaartsdag"));
    CHECK(stored.extraDaysOff().first().addedBy == QStringLiteral("teamleider-a"));
    CHECK_FALSE(stored.workingDays().isWorkingDay(QDate(2027, 5, 7)));
    auto changes = audit(AuditAction::ClocksChange, teamLead.user().id);
    REQUIRE(changes.size() == 1);
    CHECK(changes.first().detail == QStringLiteral("day_off:+2027-05-07"));

    // Caseworkers read it with the settings (their deadlines use it) but may not change it.
    ClockService caseworker(*db, clock, users.caseworkerA());
    CHECK(required(caseworker.settings()).extraDaysOff().size() == 1);
    CHECK(caseworker.addDayOff(QDate(2027, 5, 10), QStringLiteral("x")).error().code == ErrorCode::PermissionDenied);
    CHECK(caseworker.removeDayOff(QDate(2027, 5, 7)).error().code == ErrorCode::PermissionDenied);

    SECTION("bad days are refused by field and nothing is written")
    {
        auto twice = clocks.addDayOff(QDate(2027, 5, 7), QStringLiteral("again"));
        CHECK(twice.error().code == ErrorCode::Conflict);
        CHECK(twice.error().message.contains(QStringLiteral("07-05-2027")));
        const auto saturday = clocks.addDayOff(QDate(2027, 5, 8), QStringLiteral("Zaterdag"));
        REQUIRE(saturday.error().fields.size() == 1);
        CHECK(saturday.error().fields.first().field == QStringLiteral("date"));
        const auto holiday = clocks.addDayOff(QDate(2027, 4, 27), QStringLiteral("Koningsdag"));
        CHECK(holiday.error().fields.first().field == QStringLiteral("date"));
        const auto nameless = clocks.addDayOff(QDate(2027, 5, 10), QStringLiteral("   "));
        CHECK(nameless.error().fields.first().field == QStringLiteral("name"));
        CHECK(clocks.addDayOff(QDate(), QStringLiteral("x")).error().fields.first().field == QStringLiteral("date"));
        CHECK(scalar(QStringLiteral("SELECT COUNT(*) FROM extra_days_off")) == 1);
    }
    SECTION("removing it gives the day back")
    {
        requireOk(clocks.removeDayOff(QDate(2027, 5, 7)));
        CHECK(required(clocks.settings()).extraDaysOff().isEmpty());
        CHECK(clocks.removeDayOff(QDate(2027, 5, 7)).error().code == ErrorCode::NotFound);
        changes = audit(AuditAction::ClocksChange, teamLead.user().id);
        REQUIRE(changes.size() == 2);
        CHECK((changes.first().detail == QStringLiteral("day_off:-2027-05-07") ||
               changes.last().detail == QStringLiteral("day_off:-2027-05-07")));
    }
}
