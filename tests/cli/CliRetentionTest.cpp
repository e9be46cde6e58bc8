#include "CliRunner.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <QDate>
#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace vangnet::clitest;

namespace {

qint64 scalar(const QString &path, const QString &sql)
{
    auto db = vangnet::Database::open(vangnet::DatabaseLocation::sqliteFile(path),
                                      vangnet::Database::Options{false, false, {}});
    REQUIRE(db.ok());
    auto q = vangnet::runSql((*db)->connection(), sql);
    REQUIRE(q.ok());
    REQUIRE(q->next());
    return q->value(0).toLongLong();
}

QJsonObject category(const QJsonObject &report, const QString &key)
{
    for (const auto &c : report.value(QStringLiteral("categories")).toArray())
        if (c.toObject().value(QStringLiteral("category")).toString() == key)
            return c.toObject();
    FAIL("no category " << key.toStdString());
    return {};
}

} // namespace

TEST_CASE("vangnet-cli retention shows what is due, purges it with --apply, and refuses caseworkers", "[cli][retention]")
{
    QTemporaryDir home;
    const QString db = copyOfDemo(home);
    const QString beheerder = QStringLiteral("beheerder");
    const QString retention = QStringLiteral("retention");

    SECTION("exactly one of --dry-run and --apply")
    {
        const Run neither = as(home, db, beheerder, {retention});
        CHECK(neither.exitCode == 2);
        CHECK(neither.err.contains(QStringLiteral("exactly one of --dry-run")));
        CHECK(as(home, db, beheerder, {retention, QStringLiteral("--dry-run"), QStringLiteral("--apply")}).exitCode == 2);
        CHECK(as(home, db, beheerder, {retention, QStringLiteral("--now")}).exitCode == 2);
        const Run help = as(home, db, beheerder, {retention, QStringLiteral("--help")});
        CHECK(help.exitCode == 0);
        CHECK(QString::fromUtf8(help.out).contains(QStringLiteral("--dry-run|--apply")));
    }

    SECTION("dry run, then apply, on households aged to a fixed date")
    {
        // The longest period keeps the demo's own households (made on 2026-01-01) out of it
        // whatever day the test runs; three households are aged to 2000.
        const Run set = as(home, db, beheerder, {retention, QStringLiteral("set"), QStringLiteral("household_inactive"),
                                                 QStringLiteral("120")});
        INFO(set.err.toStdString());
        REQUIRE(set.exitCode == 0);
        {
            auto opened = vangnet::Database::open(vangnet::DatabaseLocation::sqliteFile(db));
            REQUIRE(opened.ok());
            const auto conn = (*opened)->connection();
            const QString old = QStringLiteral("'2000-01-01T09:00:00.000Z'");
            for (const char *sql : {"UPDATE households SET created_at = %1, updated_at = %1 WHERE id <= 3",
                                    "UPDATE persons SET updated_at = %1 WHERE household_id <= 3",
                                    "UPDATE notes SET created_at = %1 WHERE household_id <= 3"})
                REQUIRE(vangnet::runSql(conn, QString::fromLatin1(sql).arg(old)).ok());
        }
        const qint64 before = scalar(db, QStringLiteral("SELECT COUNT(*) FROM households"));
        REQUIRE(before == demoHouseholds);

        const Run dry = as(home, db, beheerder, {retention, QStringLiteral("--dry-run"), QStringLiteral("--json")});
        INFO(dry.err.toStdString());
        REQUIRE(dry.exitCode == 0);
        const QJsonObject plan = jsonOf(dry);
        CHECK(plan.value(QStringLiteral("as_of")).toString() == QDate::currentDate().toString(Qt::ISODate));
        const QJsonObject households = category(plan, QStringLiteral("household_inactive"));
        CHECK(households.value(QStringLiteral("months")).toInt() == 120);
        CHECK(households.value(QStringLiteral("due")).toInt() == 3);
        CHECK(households.value(QStringLiteral("purged")).toInt() == 0);
        CHECK(households.value(QStringLiteral("cutoff")).toString()
              == QDate::currentDate().addMonths(-120).toString(Qt::ISODate));
        CHECK(category(plan, QStringLiteral("signal_not_taken_up")).value(QStringLiteral("due")).toInt() == 0);
        CHECK(category(plan, QStringLiteral("case_closed")).value(QStringLiteral("months")).toInt() == 18);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM households")) == before);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM retention_purges")) == 0);

        const Run text = as(home, db, beheerder, {retention, QStringLiteral("--dry-run")});
        REQUIRE(text.exitCode == 0);
        CHECK(QString::fromUtf8(text.out).contains(QStringLiteral("dry run")));

        CHECK(as(home, db, QStringLiteral("consulent"), {retention, QStringLiteral("--apply")}).exitCode == 2);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM households")) == before);

        const Run apply = as(home, db, beheerder, {retention, QStringLiteral("--apply"), QStringLiteral("--json")});
        INFO(apply.err.toStdString());
        REQUIRE(apply.exitCode == 0);
        const QJsonObject done = category(jsonOf(apply), QStringLiteral("household_inactive"));
        CHECK(done.value(QStringLiteral("due")).toInt() == 3);
        CHECK(done.value(QStringLiteral("purged")).toInt() == 3);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM households")) == before - 3);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM households WHERE id <= 3")) == 0);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM persons WHERE household_id <= 3")) == 0);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM retention_purges WHERE purged_count = 3")) == 1);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'retention_purge'")) == 1);

        const Run after = as(home, db, beheerder, {retention, QStringLiteral("--dry-run"), QStringLiteral("--json")});
        REQUIRE(after.exitCode == 0);
        CHECK(category(jsonOf(after), QStringLiteral("household_inactive")).value(QStringLiteral("due")).toInt() == 0);
    }

    SECTION("periods are listed and validated")
    {
        const Run wrong = as(home, db, beheerder, {retention, QStringLiteral("set"), QStringLiteral("household_inactive"),
                                                   QStringLiteral("0")});
        CHECK(wrong.exitCode == 2);
        CHECK(wrong.err.contains(QStringLiteral("between 1 and 120 months")));
        CHECK(as(home, db, beheerder, {retention, QStringLiteral("set"), QStringLiteral("signals"), QStringLiteral("6")})
                  .exitCode == 2);
        const Run periods = as(home, db, beheerder, {retention, QStringLiteral("periods"), QStringLiteral("--json")});
        REQUIRE(periods.exitCode == 0);
        const QJsonArray list = jsonOf(periods).value(QStringLiteral("periods")).toArray();
        REQUIRE(list.size() == 4);
        CHECK(list.at(0).toObject().value(QStringLiteral("category")).toString() == QStringLiteral("signal_not_taken_up"));
        CHECK(list.at(0).toObject().value(QStringLiteral("months")).toInt() == 6);
        CHECK(list.at(3).toObject().value(QStringLiteral("months")).toInt() == 18);
    }
}
