#include "support/TestDatabase.h"
#include "support/TestHouseholds.h"
#include "support/TestUsers.h"

#include "cases/WorkQueue.h"
#include "households/HouseholdService.h"
#include "households/TeamFigures.h"
#include "importing/ImportService.h"
#include "rules/RulesService.h"
#include "signals/SignalQuery.h"
#include "storage/HouseholdQuery.h"
#include "storage/SqlStatement.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace vangnet;

namespace {

const QString annasBsn = QStringLiteral("999990019");

Household household(const char *achternaam, int huisnummer, const QString &bsn = {})
{
    return test::oneMemberHousehold(QString::fromLatin1(achternaam), huisnummer, bsn);
}

struct Fixture {
    test::TestDatabase scratch;
    std::unique_ptr<Database> db = scratch.open();
    FixedClock clock{QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC)};
    test::TestUsers users{*db, clock};
    HouseholdService serviceA{*db, clock, users.caseworkerA()};
    HouseholdService serviceB{*db, clock, users.caseworkerB()};

    qint64 count(const QString &sql, const QVariantList &values = {}) const
    {
        auto q = runSql(db->connection(), sql, values);
        REQUIRE(q.ok());
        REQUIRE(q->next());
        return q->value(0).toLongLong();
    }
    qint64 auditRecords(const QString &action, qint64 actorId) const
    {
        return count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ? AND actor_id = ?"), {action, actorId});
    }
};

} // namespace

TEST_CASE_METHOD(Fixture, "Entering another team's BSN gets a neutral refusal and is audited like a BSN search",
                 "[permissions][need-to-know]")
{
    const Household anna = *serviceA.create(household("Jansen", 1, annasBsn));
    const qint64 annaId = anna.members.first().id;
    const qint64 caseworkerB = users.caseworkerB().user().id;
    const qint64 searchesBefore = auditRecords(QStringLiteral("search"), caseworkerB);

    auto refused = serviceB.create(household("Visser", 3, annasBsn));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Invalid);
    REQUIRE(refused.error().fields.size() == 1);
    const FieldError &e = refused.error().fields.first();
    CHECK(e.field == QStringLiteral("members[0].bsn"));
    CHECK(e.message == QStringLiteral("This BSN cannot be recorded here; contact the functional administrator"));
    // No hint that the number is known: not "registered", not "another", not the number itself.
    for (const char *hint : {"registered", "another", "exists", "999990019"})
        CHECK_FALSE(e.message.contains(QLatin1String(hint)));
    // On record as a BSN search, on the person who holds it, refused.
    CHECK(auditRecords(QStringLiteral("search"), caseworkerB) == searchesBefore + 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'search' AND actor_id = ? AND "
                               "object_type = 'person' AND object_id = ? AND result = 'denied' AND detail LIKE 'search:bsn%'"),
                {caseworkerB, annaId}) == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM households WHERE team_id = ?"), {users.teamB().id}) == 0);

    // Editing a team B household to that BSN is refused the same way.
    Household visser = *serviceB.create(household("Visser", 3));
    visser.members[0].bsn = annasBsn;
    auto edited = serviceB.save(visser);
    REQUIRE_FALSE(edited.ok());
    REQUIRE(edited.error().fields.size() == 1);
    CHECK(edited.error().fields.first().message == e.message);
    CHECK(auditRecords(QStringLiteral("search"), caseworkerB) == searchesBefore + 2);
    // validate() for the form says the same and writes nothing.
    CHECK(serviceB.validate(visser).first().message == e.message);
    CHECK(auditRecords(QStringLiteral("search"), caseworkerB) == searchesBefore + 2);
}

TEST_CASE_METHOD(Fixture, "Within the own team the BSN clash is still named", "[permissions][need-to-know]")
{
    REQUIRE(serviceA.create(household("Jansen", 1, annasBsn)).ok());
    auto refused = serviceA.create(household("Visser", 3, annasBsn));
    REQUIRE_FALSE(refused.ok());
    REQUIRE(refused.error().fields.size() == 1);
    CHECK(refused.error().fields.first().message.contains(QLatin1String("already registered")));
    CHECK(auditRecords(QStringLiteral("search"), users.caseworkerA().user().id) == 0);
}

TEST_CASE_METHOD(Fixture, "A note's author is the session user and adding it is audited", "[permissions][notes]")
{
    const Household h = *serviceA.create(household("Jansen", 1));
    auto note = serviceA.addNote(h.id, QStringLiteral("Gebeld met verhuurder"));
    REQUIRE(note.ok());
    CHECK(note->author == users.caseworkerA().user().displayName);
    auto notes = serviceA.notes(h.id);
    REQUIRE(notes.ok());
    REQUIRE(notes->size() == 1);
    CHECK(notes->first().author == users.caseworkerA().user().displayName);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'change_household' AND object_type = "
                               "'household' AND object_id = ? AND actor_id = ? AND detail = ?"),
                {h.id, users.caseworkerA().user().id, QStringLiteral("note %1 added").arg(note->id)}) == 1);
    // A refused note leaves a refusal on record and no note.
    CHECK(serviceB.addNote(h.id, QStringLiteral("x")).error().code == ErrorCode::PermissionDenied);
    CHECK(auditRecords(QStringLiteral("permission_denied"), users.caseworkerB().user().id) >= 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM notes WHERE household_id = ?"), {h.id}) == 1);
}

TEST_CASE_METHOD(Fixture, "Team figures count only the own team, and nothing for the administrator",
                 "[permissions][need-to-know]")
{
    REQUIRE(serviceA.create(household("Jansen", 1)).ok());
    REQUIRE(serviceA.create(household("Bakker", 5)).ok());
    REQUIRE(serviceB.create(household("Visser", 3)).ok());

    auto teamB = TeamFigures(db->connection(), users.caseworkerB()).counts();
    REQUIRE(teamB.ok());
    REQUIRE(teamB->has_value());
    CHECK((*teamB)->households == 1);
    CHECK((*teamB)->people == 1);
    auto teamA = TeamFigures(db->connection(), users.caseworkerA()).counts();
    REQUIRE(teamA.ok());
    REQUIRE(teamA->has_value());
    CHECK((*teamA)->households == 2);
    CHECK((*teamA)->people == 2);
    auto admin = TeamFigures(db->connection(), users.admin()).counts();
    REQUIRE(admin.ok());
    CHECK_FALSE(admin->has_value());
}

TEST_CASE_METHOD(Fixture, "Every refused call writes a permission_denied audit record", "[permissions][audit]")
{
    // The administrator sees no household data: each of these is refused, and each refusal is
    // on record, not only in the technical log.
    const Session &admin = users.admin();
    const qint64 adminId = admin.user().id;
    const std::pair<const char *, std::function<bool()>> calls[] = {
        {"work queue", [&] { return !cases::WorkQueue(*db, clock, admin).load().ok(); }},
        {"signal list", [&] { return !SignalQuery(db->connection(), admin).find({}).ok(); }},
        {"household list", [&] { return !HouseholdQuery(db->connection(), admin).ids({}).ok(); }},
        {"rule preview", [&] { return !rules::RulesService(*db, clock, admin).preview(QString()).ok(); }},
        {"rule evaluation", [&] { return !rules::RulesService(*db, clock, admin).evaluateAll().ok(); }},
        {"import batches", [&] { return !importing::ImportService(*db, clock, admin).batches().ok(); }},
        {"household", [&] { return !HouseholdService(*db, clock, admin).get(1).ok(); }},
    };
    for (const auto &[what, refused] : calls) {
        INFO(what);
        const qint64 before = auditRecords(QStringLiteral("permission_denied"), adminId);
        CHECK(refused());
        CHECK(auditRecords(QStringLiteral("permission_denied"), adminId) == before + 1);
    }
}
