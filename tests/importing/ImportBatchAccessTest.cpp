#include "ImportServiceFixture.h"

#include "audit/AuditLog.h"
#include "importing/ImportService.h"

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::importing;

namespace {

/// Team A's household (Anna) from the fixture, and team B's caseworker who imports too.
struct Fixture : test::ImportServiceFixture {
    ImportService importB{*db, clock, users.caseworkerB()};

    qint64 importWith(ImportService &service, QVector<SignalRow> rows)
    {
        VectorSource<SignalRow> source(std::move(rows));
        auto summary = service.importSignals(source, {QStringLiteral("signalen.csv"), QStringLiteral("csv"),
                                                      QStringLiteral("standaard")});
        INFO((summary ? std::string() : summary.error().message.toStdString()));
        REQUIRE(summary.ok());
        REQUIRE(summary->batch != 0);
        return summary->batch;
    }

    qint64 refusalsOn(qint64 batchId)
    {
        return count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'permission_denied' "
                                    "AND object_type = 'import_batch' AND object_id = ? AND result = 'denied'"),
                     {batchId});
    }
};

} // namespace

TEST_CASE_METHOD(Fixture, "A caseworker lists only the import batches of their own team", "[import][need-to-know]")
{
    const qint64 batchA = importWith(import, {row(2, QStringLiteral("A-1"), QStringLiteral("Bakker"), 20, {})});
    const qint64 batchB = importWith(importB, {row(2, QStringLiteral("B-1"), QStringLiteral("Visser"), 30, {})});

    auto seenByA = import.batches();
    REQUIRE(seenByA.ok());
    REQUIRE(seenByA->size() == 1);
    CHECK(seenByA->first().id == batchA);
    auto seenByB = importB.batches();
    REQUIRE(seenByB.ok());
    REQUIRE(seenByB->size() == 1);
    CHECK(seenByB->first().id == batchB);
    // The administrator imports nothing and sees no batches: refused, and on record.
    ImportService admin(*db, clock, users.admin());
    CHECK(admin.batches().error().code == ErrorCode::PermissionDenied);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'permission_denied' "
                               "AND object_type = 'import_batch' AND actor_id = ?"),
                {users.admin().user().id}) == 1);
}

TEST_CASE_METHOD(Fixture, "Withdrawing another team's import batch is refused, audited and deletes nothing",
                 "[import][need-to-know]")
{
    const qint64 batchB = importWith(importB, {row(2, QStringLiteral("B-1"), QStringLiteral("Visser"), 30, {})});
    const qint64 signalsBefore = count(QStringLiteral("SELECT COUNT(*) FROM signals WHERE batch_id = ?"), {batchB});
    const qint64 householdsBefore = count(QStringLiteral("SELECT COUNT(*) FROM households"));
    REQUIRE(signalsBefore == 1);

    auto refused = import.withdraw(batchB);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK(refused.error().message.contains(QLatin1String("another team")));
    CHECK(refusalsOn(batchB) == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM signals WHERE batch_id = ?"), {batchB}) == signalsBefore);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM households")) == householdsBefore);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM import_batches WHERE id = ? AND withdrawn_at IS NULL"), {batchB}) == 1);
    // Its own team still can.
    REQUIRE(importB.withdraw(batchB).ok());
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM signals WHERE batch_id = ?"), {batchB}) == 0);
}

TEST_CASE_METHOD(Fixture, "Withdrawing a batch that reached another team's household leaves that household",
                 "[import][need-to-know]")
{
    // Team B's file holds a signal about Anna (team A's, matched by BSN) and about someone new.
    const qint64 batchB = importWith(importB, {row(2, QStringLiteral("B-1"), QStringLiteral("Jansen"), 12, annasBsn()),
                                               row(3, QStringLiteral("B-2"), QStringLiteral("Visser"), 30, {})});
    REQUIRE(count(QStringLiteral("SELECT COUNT(*) FROM signals WHERE batch_id = ? AND household_id = ?"),
                  {batchB, annaHousehold}) == 1);
    const qint64 created = count(QStringLiteral("SELECT COUNT(*) FROM households WHERE created_batch_id = ?"), {batchB});
    REQUIRE(created == 1);

    REQUIRE(importB.withdraw(batchB).ok());
    // The batch's own rows go, also the one on team A's household; that household stays.
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM signals WHERE batch_id = ?"), {batchB}) == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM households WHERE id = ? AND team_id = ?"),
                {annaHousehold, users.teamA().id}) == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM persons WHERE id = ?"), {anna}) == 1);
    // The household it created for team B goes with it.
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM households WHERE created_batch_id = ?"), {batchB}) == 0);
}
