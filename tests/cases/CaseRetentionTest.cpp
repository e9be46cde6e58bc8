#include "CaseFixture.h"

#include "retention/RetentionService.h"

using namespace vangnet;
using namespace vangnet::cases;
using vangnet::test::CaseFixture;

namespace {

RetentionDue dueOf(const QList<RetentionDue> &all, RetentionCategory category)
{
    for (const RetentionDue &d : all)
        if (d.category == category)
            return d;
    FAIL("category missing");
    return {};
}

void age(CaseFixture &f, const char *sql, const QVariantList &values)
{
    REQUIRE(runSql(f.db->connection(), QString::fromLatin1(sql), values).ok());
}

} // namespace

TEST_CASE("Retention purges signals by whether they were taken up, and closed cases", "[cases][retention]")
{
    CaseFixture f;
    const QDate today = CaseFixture::today();
    // Not taken up, never in a case, received in March: due after 6 months.
    const auto quiet = f.household(QStringLiteral("Stil"), 1);
    const qint64 untouched = f.signal(quiet, QStringLiteral("N-1"), QDate(2026, 3, 1));
    age(f, "UPDATE signals SET created_at = '2026-03-01T10:00:00Z' WHERE id = ?", {untouched});
    // Taken up (a contact attempt), case closed on 2025-10-01: signal due (12 months), case not yet (18).
    const auto helped = f.household(QStringLiteral("Geholpen"), 2);
    const qint64 helpedSignal = f.signal(helped, QStringLiteral("T-1"), today.addDays(-30));
    Case c = CaseFixture::require(f.service.openFromSignal(helpedSignal));
    ContactAttempt a;
    a.kind = QStringLiteral("Telefoon");
    a.reached = true;
    a.date = today;
    CaseFixture::require(f.service.addAttempt(c.id, a));
    c = CaseFixture::require(f.service.get(c.id));
    c = CaseFixture::require(f.service.close(c.id, c.version, QStringLiteral("(Budget)advies en/of quick fix"), today));
    age(f, "UPDATE cases SET closed_on = '2025-10-01' WHERE id = ?", {c.id});
    // A case closed long ago, without signals: due.
    const auto old = f.household(QStringLiteral("Oud"), 3);
    Case oldCase = CaseFixture::require(f.service.openManual(old.first));
    CaseFixture::require(f.service.addNote(oldCase.id, QStringLiteral("Afgerond gesprek")));
    oldCase = CaseFixture::require(f.service.close(oldCase.id, oldCase.version,
                                                   QStringLiteral("Inwoner heeft al een ander lopend traject"), today));
    age(f, "UPDATE cases SET closed_on = '2025-01-01' WHERE id = ?", {oldCase.id});
    // An open case keeps its old signal.
    const auto busy = f.household(QStringLiteral("Bezig"), 4);
    const qint64 busySignal = f.signal(busy, QStringLiteral("B-1"), QDate(2025, 12, 1));
    age(f, "UPDATE signals SET created_at = '2025-12-01T10:00:00Z' WHERE id = ?", {busySignal});
    CaseFixture::require(f.service.openFromSignal(busySignal));

    RetentionService retention(*f.db, f.clock, f.users.admin());
    const QList<RetentionDue> due = CaseFixture::require(retention.due());
    const RetentionDue notTakenUp = dueOf(due, RetentionCategory::SignalNotTakenUp);
    const RetentionDue takenUp = dueOf(due, RetentionCategory::SignalTakenUp);
    const RetentionDue closed = dueOf(due, RetentionCategory::CaseClosed);
    CHECK(notTakenUp.hasData);
    CHECK(notTakenUp.count == 1);
    CHECK(notTakenUp.oldest == QDate(2026, 3, 1));
    CHECK(takenUp.count == 1);
    CHECK(takenUp.oldest == QDate(2025, 10, 1));
    CHECK(closed.count == 1);
    CHECK(closed.oldest == QDate(2025, 1, 1));

    CHECK(CaseFixture::require(retention.purge(notTakenUp)).count == 1);
    CHECK(CaseFixture::require(retention.purge(takenUp)).count == 1);
    CHECK(CaseFixture::require(retention.purge(closed)).count == 1);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM signals WHERE id IN (?, ?)"), {untouched, helpedSignal}) == 0);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM signals WHERE id = ?"), {busySignal}) == 1);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE id = ?"), {oldCase.id}) == 0);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM notes WHERE household_id = ?"), {old.first}) == 0);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE id = ?"), {c.id}) == 1);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM contact_attempts WHERE case_id = ?"), {c.id}) == 1);
}
