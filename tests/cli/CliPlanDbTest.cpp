// vangnet-cli plan from the database: a team lead plans the demo municipality with places and
// needs imported the way a municipality would, the JSON a script reads, an exported instance
// that solves alone to the same objective, and the refusals.

#include "CliRunner.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace vangnet::clitest;

namespace {

const QString teamLead = QStringLiteral("teamleider");

QString writeFile(const QTemporaryDir &home, const QString &name, const QByteArray &content)
{
    const QString path = home.filePath(name);
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(content);
    return path;
}

/// A demo municipality whose caseworker imported signals, so the rules flagged households. Flagged
/// households of the caseworker's team get a need; two places are imported, with ids of the
/// test's own, so places the demo may bring keep theirs. The database's path.
QString furnishedDemo(const QTemporaryDir &home)
{
    const QString db = home.filePath(QStringLiteral("gemeente.sqlite"));
    const QString signalFile = home.filePath(QStringLiteral("signalen.csv"));
    REQUIRE(
        cli(home,
            {QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--households"), QStringLiteral("300"),
                QStringLiteral("--signals-csv"), signalFile, QStringLiteral("--rows"), QStringLiteral("900")})
            .exitCode
        == 0);
    const QString caseworker = QStringLiteral("consulent");
    const Run signalImport
        = as(home, db, caseworker, {QStringLiteral("import"), QStringLiteral("signals"), signalFile});
    INFO(signalImport.err.toStdString());
    REQUIRE(signalImport.exitCode == 0);
    const QJsonArray flagged
        = jsonOf(as(home, db, caseworker,
                     {QStringLiteral("household"), QStringLiteral("list"), QStringLiteral("--severity"),
                         QStringLiteral("laag"), QStringLiteral("--by-priority"), QStringLiteral("--json"),
                         QStringLiteral("--limit"), QStringLiteral("4")}))
              .value(QStringLiteral("households"))
              .toArray();
    REQUIRE(flagged.size() >= 2);
    const QByteArray today = QDate::currentDate().toString(Qt::ISODate).toLatin1();
    QByteArray needs = "huishouden_id;aanvrager_id;personen;rolstoel;huisdier;begeleiding;woonvormen;wijken;vanaf\n";
    for (const QJsonValue &h : flagged) {
        const QString id = QString::number(h.toObject().value(QStringLiteral("id")).toInteger());
        const QJsonObject shown = jsonOf(as(
            home, db, caseworker, {QStringLiteral("household"), QStringLiteral("show"), id, QStringLiteral("--json")}));
        const qint64 applicant
            = shown.value(QStringLiteral("members")).toArray().at(0).toObject().value(QStringLiteral("id")).toInteger();
        needs += id.toLatin1() + ';' + QByteArray::number(applicant) + ";1;nee;nee;licht;;;" + today + '\n';
    }
    const Run needImport = as(home, db, caseworker,
        {QStringLiteral("need"), QStringLiteral("import"), writeFile(home, QStringLiteral("vragen.csv"), needs)});
    INFO(needImport.err.toStdString());
    REQUIRE(needImport.exitCode == 0);

    const QByteArray places
        = "plek_id;aanbieder;locatie;wijk;woonvorm;capaciteit;beschikbaar_vanaf;min_leeftijd;max_leeftijd;max_personen;"
          "rolstoel;huisdieren;begeleiding\n"
          "CLI-PLAN-1;Aanbieder;Laan 1;Noord;begeleid_wonen;1;"
        + today
        + ";;;;ja;ja;intensief\n"
          "CLI-PLAN-2;Aanbieder;Laan 2;Zuid;housing_first;1;"
        + today + ";;;;ja;ja;intensief\n";
    const Run placeImport = as(home, db, QStringLiteral("beheerder"),
        {QStringLiteral("places"), QStringLiteral("import"), writeFile(home, QStringLiteral("plekken.csv"), places)});
    INFO(placeImport.err.toStdString());
    REQUIRE(placeImport.exitCode == 0);
    return db;
}

} // namespace

TEST_CASE("vangnet-cli plan from the database prints the plan beside greedy and exports its instance", "[cli][plan]")
{
    QTemporaryDir home;
    const QString db = furnishedDemo(home);
    const QString asOf = QDate::currentDate().toString(Qt::ISODate);
    const QString exported = home.filePath(QStringLiteral("instance.json"));

    const Run run = as(home, db, teamLead,
        {QStringLiteral("plan"), QStringLiteral("--as-of"), asOf, QStringLiteral("--horizon"), QStringLiteral("14"),
            QStringLiteral("--export-instance"), exported, QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject json = jsonOf(run);
    for (const char *key : {"placed_by_tier", "greedy_placed_by_tier", "objective", "assignments", "unplaced",
             "seconds", "not_candidates", "as_of", "horizon_days", "more_than_greedy"})
        CHECK(json.contains(QLatin1String(key)));
    CHECK(json.value(QStringLiteral("as_of")).toString() == asOf);
    CHECK(json.value(QStringLiteral("horizon_days")).toInt() == 14);
    const QJsonObject placed = json.value(QStringLiteral("placed_by_tier")).toObject();
    CHECK(placed.keys()
        == QStringList{
            QStringLiteral("hoog"), QStringLiteral("kritiek"), QStringLiteral("laag"), QStringLiteral("midden")});
    qint64 placedCount = 0;
    for (const QJsonValue &v : placed)
        placedCount += v.toInteger();
    const QJsonArray assignments = json.value(QStringLiteral("assignments")).toArray();
    CHECK(assignments.size() == placedCount);
    CHECK(placedCount >= 1);
    for (const QJsonValue &a : assignments) {
        const QJsonObject entry = a.toObject();
        CHECK(entry.value(QStringLiteral("household")).toInteger() > 0);
        CHECK_FALSE(entry.value(QStringLiteral("place")).toString().isEmpty());
        CHECK_FALSE(entry.value(QStringLiteral("tier")).toString().isEmpty());
        CHECK(entry.value(QStringLiteral("explanation")).toString().startsWith(QStringLiteral("Proposed: ")));
    }
    for (const QJsonValue &u : json.value(QStringLiteral("unplaced")).toArray()) {
        const QJsonObject entry = u.toObject();
        for (const char *key : {"household", "tier", "reason", "reason_code", "explanation"})
            CHECK(entry.contains(QLatin1String(key)));
        CHECK(entry.value(QStringLiteral("explanation")).toString().startsWith(QStringLiteral("Not placed (tier ")));
    }
    for (const QJsonValue &n : json.value(QStringLiteral("not_candidates")).toArray())
        CHECK_FALSE(n.toObject().value(QStringLiteral("standing")).toString().isEmpty());

    // The exported instance solves alone, without login or database, to the same objective.
    const Run alone
        = cli(home, {QStringLiteral("plan"), QStringLiteral("--instance"), exported, QStringLiteral("--json")});
    INFO(alone.err.toStdString());
    REQUIRE(alone.exitCode == 0);
    CHECK(jsonOf(alone).value(QStringLiteral("objective")) == json.value(QStringLiteral("objective")));
    CHECK(jsonOf(alone).value(QStringLiteral("assignments")).toArray().size() == assignments.size());
    QFile file(exported);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    CHECK(text.contains(QByteArray("\"meta\": {\"as_of\":\"") + asOf.toLatin1() + "\",\"horizon_days\":14}"));

    // Text: per tier, optimal beside greedy.
    const Run table = as(home, db, teamLead, {QStringLiteral("plan")});
    INFO(table.err.toStdString());
    REQUIRE(table.exitCode == 0);
    const QString out = QString::fromUtf8(table.out);
    for (const char *tier : {"kritiek", "hoog", "midden", "laag"})
        CHECK(out.contains(QStringLiteral("%1: optimal: ").arg(QLatin1String(tier))));
    CHECK(out.contains(QStringLiteral(" placed, greedy: ")));
    CHECK(out.contains(QStringLiteral("horizon 30 days")));
}

TEST_CASE("vangnet-cli plan refuses bad arguments, a caseworker and a missing user before planning", "[cli][plan]")
{
    QTemporaryDir home;
    const QString db = copyOfDemo(home);
    const auto plan
        = [&](const QStringList &args) { return as(home, db, teamLead, QStringList{QStringLiteral("plan")} + args); };

    const Run badDate = plan({QStringLiteral("--as-of"), QStringLiteral("2026-02-30")});
    CHECK(badDate.exitCode == 2);
    CHECK(badDate.err.contains(QStringLiteral("--as-of needs a date as YYYY-MM-DD, not '2026-02-30'")));
    CHECK(badDate.out.isEmpty());
    for (const QString &horizon : {QStringLiteral("-1"), QStringLiteral("366"), QStringLiteral("dertig")}) {
        const Run bad = plan({QStringLiteral("--horizon"), horizon});
        CHECK(bad.exitCode == 2);
        CHECK(bad.err.contains(
            QStringLiteral("--horizon must be a whole number of days from 0 to 365, not '%1'").arg(horizon)));
    }
    const Run mixed = cli(home,
        {QStringLiteral("plan"), QStringLiteral("--instance"), home.filePath(QStringLiteral("x.json")),
            QStringLiteral("--as-of"), QStringLiteral("2026-03-01")});
    CHECK(mixed.exitCode == 2);
    CHECK(mixed.err.contains(QStringLiteral("--as-of plans from the database")));
    const Run solver = plan({QStringLiteral("--solver"), QStringLiteral("network-simplex")});
    CHECK(solver.exitCode == 2);
    CHECK(solver.err.contains(QStringLiteral("--solver is for --instance")));

    const Run noUser = cli(home, {QStringLiteral("--db"), db, QStringLiteral("plan")});
    CHECK(noUser.exitCode == 2);
    CHECK(noUser.err.contains(QStringLiteral("'plan' needs --user NAME")));

    const Run caseworker
        = as(home, db, QStringLiteral("consulent"), {QStringLiteral("plan"), QStringLiteral("--json")});
    CHECK(caseworker.exitCode == 2);
    CHECK(caseworker.out.isEmpty());
    CHECK_FALSE(caseworker.err.isEmpty());
}
