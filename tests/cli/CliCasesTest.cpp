#include "CliRunner.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace vangnet::clitest;

namespace {

/// A demo municipality after its first working day: signals, flags and the caseworker's cases.
QString workdayDemo(const QTemporaryDir &home)
{
    const QString db = home.filePath(QStringLiteral("werkdag.sqlite"));
    const Run made = cli(home, {QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--households"),
                                QStringLiteral("300"), QStringLiteral("--workday")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    return db;
}

} // namespace

TEST_CASE("vangnet-cli queue lists the team's work, most urgent first", "[cli][cases]")
{
    QTemporaryDir home;
    const QString demo = workdayDemo(home);
    const Run run = as(home, demo, QStringLiteral("consulent"), {QStringLiteral("queue"), QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject json = jsonOf(run);
    const QJsonArray items = json.value(QStringLiteral("items")).toArray();
    REQUIRE_FALSE(items.isEmpty());
    CHECK(json.value(QStringLiteral("count")).toInt() == items.size());
    const QJsonObject counts = json.value(QStringLiteral("counts")).toObject();
    CHECK(counts.value(QStringLiteral("team")).toInt() == items.size());
    for (const char *key : {"mine", "unassigned", "overdue", "due_soon"})
        CHECK(counts.contains(QLatin1String(key)));
    // The band of overdue statutory terms first, then by priority.
    qint64 previous = std::numeric_limits<qint64>::max();
    bool inBand = true;
    for (const QJsonValue &v : items) {
        const QJsonObject item = v.toObject();
        for (const char *key : {"household_id", "household", "wijk", "case_id", "status", "assignee", "priority", "severity",
                                "flag", "open_flags", "open_signals", "deadline", "overdue", "legal_overdue"})
            CHECK(item.contains(QLatin1String(key)));
        const bool legal = item.value(QStringLiteral("legal_overdue")).toBool();
        CHECK((inBand || !legal));
        if (inBand && !legal) {
            inBand = false;
            previous = std::numeric_limits<qint64>::max();
        }
        const qint64 priority = item.value(QStringLiteral("priority")).toInteger();
        CHECK(priority <= previous);
        previous = priority;
    }

    SECTION("--user shows one caseworker's items, --unassigned the free ones")
    {
        const QJsonObject mine = jsonOf(as(home, demo, QStringLiteral("teamleider"),
                                           {QStringLiteral("queue"), QStringLiteral("--user"), QStringLiteral("consulent"),
                                            QStringLiteral("--json")}));
        const QJsonArray mineItems = mine.value(QStringLiteral("items")).toArray();
        REQUIRE_FALSE(mineItems.isEmpty()); // the demo caseworker has cases in progress
        for (const QJsonValue &v : mineItems)
            CHECK_FALSE(v.toObject().value(QStringLiteral("assignee")).toString().isEmpty());
        const QJsonObject free = jsonOf(as(home, demo, QStringLiteral("consulent"),
                                           {QStringLiteral("queue"), QStringLiteral("--unassigned"), QStringLiteral("--json")}));
        for (const QJsonValue &v : free.value(QStringLiteral("items")).toArray())
            CHECK(v.toObject().value(QStringLiteral("assignee")).isNull());
        CHECK(free.value(QStringLiteral("count")).toInt() == counts.value(QStringLiteral("unassigned")).toInt());
    }
    SECTION("bad options and an administrator are refused")
    {
        CHECK(as(home, demo, QStringLiteral("consulent"), {QStringLiteral("queue"), QStringLiteral("--severity"),
                                                                    QStringLiteral("heel")}).exitCode == 2);
        CHECK(as(home, demo, QStringLiteral("consulent"), {QStringLiteral("queue"), QStringLiteral("--user"),
                                                                    QStringLiteral("niemand")}).exitCode == 2);
        const Run admin = as(home, demo, QStringLiteral("beheerder"), {QStringLiteral("queue")});
        CHECK(admin.exitCode == 2);
        CHECK_FALSE(admin.err.isEmpty());
    }
}

TEST_CASE("vangnet-cli case show prints one case", "[cli][cases]")
{
    QTemporaryDir home;
    const QString demo = workdayDemo(home);
    const QJsonObject queue = jsonOf(as(home, demo, QStringLiteral("consulent"),
                                        {QStringLiteral("queue"), QStringLiteral("--user"), QStringLiteral("consulent"),
                                         QStringLiteral("--json")}));
    qint64 caseId = 0;
    for (const QJsonValue &v : queue.value(QStringLiteral("items")).toArray())
        if (!v.toObject().value(QStringLiteral("case_id")).isNull()) {
            caseId = v.toObject().value(QStringLiteral("case_id")).toInteger();
            break;
        }
    REQUIRE(caseId > 0);
    const Run run = as(home, demo, QStringLiteral("consulent"),
                       {QStringLiteral("case"), QStringLiteral("show"), QString::number(caseId), QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject c = jsonOf(run);
    CHECK(c.value(QStringLiteral("id")).toInteger() == caseId);
    for (const char *key : {"household_id", "household", "status", "origin", "type", "request", "assignee", "opened_on", "taken_up_on", "decision_on",
                            "closed_on", "outcome", "internal_reason", "version", "signal_ids", "discharge_ids",
                            "unlinked_signal_ids", "attempts", "deadlines", "plan", "conditions", "notes", "reminders"})
        CHECK(c.contains(QLatin1String(key)));
    CHECK_FALSE(c.value(QStringLiteral("deadlines")).toArray().isEmpty());

    const Run text = as(home, demo, QStringLiteral("consulent"),
                        {QStringLiteral("case"), QStringLiteral("show"), QString::number(caseId)});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains("Case " + QByteArray::number(caseId)));
    CHECK(as(home, demo, QStringLiteral("consulent"), {QStringLiteral("case"), QStringLiteral("show"),
                                                                QStringLiteral("999999")}).exitCode == 2);
    CHECK(as(home, demo, QStringLiteral("consulent"), {QStringLiteral("case"), QStringLiteral("show"),
                                                                QStringLiteral("x")}).exitCode == 2);
    CHECK(as(home, demo, QStringLiteral("consulent2"), {QStringLiteral("case"), QStringLiteral("show"),
                                                                 QString::number(caseId)}).exitCode == 2);
}
