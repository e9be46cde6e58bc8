#include "support/TestDatabase.h"
#include "support/TestDemo.h"

#include "demo/DemoGenerator.h"
#include "demo/DemoIntake.h"
#include "demo/DemoSignals.h"
#include "storage/SqlStatement.h"

#include <catch2/catch.hpp>

using namespace vangnet;
using vangnet::test::TestDatabase;

namespace {

qint64 count(Database &db, const QString &sql)
{
    auto q = runSql(db.connection(), sql);
    REQUIRE(q.ok());
    REQUIRE(q->next());
    return q->value(0).toLongLong();
}

/// Every case as one line: household, status, dates and outcome, in id order.
QStringList caseHistory(Database &db)
{
    auto q = runSql(db.connection(), QStringLiteral("SELECT household_id, status, opened_on, closed_on, outcome FROM cases ORDER BY id"));
    REQUIRE(q.ok());
    QStringList lines;
    while (q->next())
        lines << QStringList{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                             q->value(4).toString()}.join(QLatin1Char('|'));
    return lines;
}

/// Every housing need as one line, in household order.
QStringList needLines(Database &db)
{
    auto q = runSql(db.connection(), QStringLiteral("SELECT household_id, applicant_id, persons, wheelchair, pet, care, woonvormen, "
                                                    "wijken, available_from FROM housing_needs ORDER BY household_id"));
    REQUIRE(q.ok());
    QStringList lines;
    while (q->next()) {
        QStringList fields;
        for (int i = 0; i < 9; ++i)
            fields << q->value(i).toString();
        lines << fields.join(QLatin1Char('|'));
    }
    return lines;
}

} // namespace

TEST_CASE("A demo municipality starts with imported signals and the flags the rules raise on them", "[demo]")
{
    TestDatabase scratch;
    auto db = scratch.open();
    const QDate asOf(2026, 11, 24);
    demo::DemoSignals people = test::writeDemoTown(*db, 300, 7, asOf);

    const FixedClock clock(QDateTime(asOf, QTime(8, 0), Qt::UTC));
    auto intake = demo::importDemoSignals(*db, clock, people, 600);
    INFO((intake ? std::string() : intake.error().message.toStdString()));
    REQUIRE(intake.ok());
    CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM import_batches")) > 1); // weekly
    CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM signals")) > 500);
    CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM flags WHERE resolved_on IS NULL")) > 0);
    CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM households WHERE priority_rank > 0")) > 0);
    CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'logout'")) ==
          count(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'login'")));

    // Housing needs for the planner: on part of the flagged households and a few others, each
    // applicant an adult member of the household, each need recorded (and audited) today.
    const QString openFlag = QStringLiteral("EXISTS (SELECT 1 FROM flags f WHERE f.household_id = n.household_id "
                                            "AND f.resolved_on IS NULL)");
    const qint64 needs = count(*db, QStringLiteral("SELECT COUNT(*) FROM housing_needs"));
    const qint64 flagged = count(*db, QStringLiteral("SELECT COUNT(DISTINCT household_id) FROM flags WHERE resolved_on IS NULL"));
    const qint64 onFlagged = count(*db, QStringLiteral("SELECT COUNT(*) FROM housing_needs n WHERE %1").arg(openFlag));
    INFO(needs << " needs, " << onFlagged << " on the " << flagged << " flagged households");
    CHECK(onFlagged > 0);
    CHECK(onFlagged < flagged);
    CHECK(needs > onFlagged); // and some on households without a flag: no candidates
    CHECK(needs - onFlagged <= std::max<qint64>(2, onFlagged / 4));
    CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM housing_needs n LEFT JOIN persons p ON p.id = n.applicant_id "
                                    "AND p.household_id = n.household_id WHERE p.id IS NULL OR p.geboortedatum > '%1'")
                         .arg(asOf.addYears(-18).toString(Qt::ISODate))) == 0);
    // Usually the whole household moves.
    CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM housing_needs n JOIN households h ON h.id = n.household_id "
                                    "WHERE n.persons = h.member_count")) * 2 > needs);
    CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM housing_needs WHERE available_from < '%1' OR available_from > '%2'")
                     .arg(asOf.addDays(-56).toString(Qt::ISODate), asOf.addDays(21).toString(Qt::ISODate))) == 0);
    CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'change_need' AND object_type = 'household'")) ==
          needs);
}

TEST_CASE("A demo municipality has a year of weekly batches and the cases its team worked on", "[demo]")
{
    TestDatabase scratch;
    auto db = scratch.open();
    const QDate asOf(2026, 11, 24); // a Tuesday
    demo::DemoSignals people = test::writeDemoTown(*db, 400, 3, asOf);

    const FixedClock clock(QDateTime(asOf, QTime(11, 0)));
    int lastDay = -1;
    int days = 0;
    auto intake = demo::importDemoSignals(*db, clock, people, demo::demoSignalRows(400), [&](int done, int total) {
        CHECK(done > lastDay); // each day once, in order
        lastDay = done;
        days = total;
        return true;
    });
    INFO((intake ? std::string() : intake.error().message.toStdString()));
    REQUIRE(intake.ok());
    CHECK(days > 300);
    CHECK(lastDay == days - 1); // up to and including today

    // Weekly batches: each imported on a Monday, except today's.
    CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM import_batches")) > 40);
    auto batches = runSql(db->connection(), QStringLiteral("SELECT imported_at FROM import_batches ORDER BY id"));
    REQUIRE(batches.ok());
    QDateTime previous;
    while (batches->next()) {
        const QDateTime at = QDateTime::fromString(batches->value(0).toString(), Qt::ISODate);
        CHECK(at <= clock.now());
        CHECK((at.toLocalTime().date().dayOfWeek() == 1 || at.toLocalTime().date() == asOf));
        CHECK(previous < at);
        previous = at;
    }
    // Every signal arrived after its date.
    CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM signals s JOIN import_batches b ON b.id = s.batch_id "
                                    "WHERE substr(b.imported_at, 1, 10) < s.signal_date")) == 0);

    // The team's year: most cases closed with a DDAS outcome in the past, some still running.
    const qint64 closed = count(*db, QStringLiteral("SELECT COUNT(*) FROM cases WHERE status = 'afgesloten'"));
    const qint64 running = count(*db, QStringLiteral("SELECT COUNT(*) FROM cases WHERE status <> 'afgesloten'"));
    CHECK(closed > 20);
    CHECK(running > 0);
    CHECK(closed > running);
    CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM cases WHERE status = 'afgesloten' AND (outcome IS NULL OR closed_on IS NULL "
                                    "OR closed_on < opened_on OR closed_on > '2026-11-24')")) == 0);
    // The year's work is in the status history, on the days it happened, so the demo can be
    // evaluated as of any day of it (docs/rules.md, "As of a past day").
    CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM cases c WHERE c.status = 'afgesloten' AND NOT EXISTS ("
                                    "SELECT 1 FROM status_history h WHERE h.case_id = c.id AND h.new_status = 'afgesloten' "
                                    "AND h.valid_from = c.closed_on)")) == 0);
    CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM signals s WHERE s.status <> 'nieuw' AND NOT EXISTS ("
                                    "SELECT 1 FROM status_history h WHERE h.signal_id = s.id AND h.new_status = s.status)")) == 0);
    CHECK(count(*db, QStringLiteral("SELECT COUNT(DISTINCT valid_from) FROM status_history")) > 100);
    CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM status_history WHERE valid_from > '2026-11-24'")) == 0);
    CHECK(count(*db, QStringLiteral("SELECT COUNT(DISTINCT substr(closed_on, 1, 7)) FROM cases")) >= 6);
    CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM contact_attempts WHERE attempt_date > '2026-11-24'")) == 0);
    CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM contact_attempts WHERE reached = 1")) > 0);
    // Both teams' caseworkers worked; nothing was done in the future.
    CHECK(count(*db, QStringLiteral("SELECT COUNT(DISTINCT assignee_id) FROM cases")) == 2);
    CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE at > '%1'").arg(timestampToSql(clock.now()))) == 0);
    CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log a JOIN audit_log b ON b.id = a.id + 1 WHERE b.at < a.at")) == 0);
    // Most signals that flagged a household were dealt with; the queue holds the recent ones.
    CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM signals WHERE status = 'afgesloten'")) >
          count(*db, QStringLiteral("SELECT COUNT(*) FROM signals s WHERE status <> 'afgesloten' AND signal_date < '2026-06-01' "
                                    "AND EXISTS (SELECT 1 FROM flags f WHERE f.household_id = s.household_id AND f.resolved_on IS NULL)")));

    SECTION("the same seed gives the same year")
    {
        TestDatabase again;
        auto db2 = again.open();
        demo::DemoSignals people2 = test::writeDemoTown(*db2, 400, 3, asOf);
        REQUIRE(demo::importDemoSignals(*db2, clock, people2, demo::demoSignalRows(400)).ok());
        CHECK(caseHistory(*db2) == caseHistory(*db));
        CHECK_FALSE(needLines(*db).isEmpty());
        CHECK(needLines(*db2) == needLines(*db));
    }
}
