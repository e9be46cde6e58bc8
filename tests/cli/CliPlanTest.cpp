#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace vangnet::clitest;

namespace {

void writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text);
}

// Greedy gives kritiek 11 place A, the only place of kritiek 12; the plan moves 11 to B.
const QByteArray instance = R"({"tiers": ["kritiek", "hoog", "midden", "laag"],
"candidates": [{"id": 11, "tier": "kritiek", "priority": 5}, {"id": 12, "tier": "kritiek", "priority": 3},
               {"id": 21, "tier": "laag", "priority": 9}, {"id": 22, "tier": "laag", "priority": 1}],
"places": [{"id": "A", "capacity": 1}, {"id": "B", "capacity": 1}, {"id": "C", "capacity": 1}],
"pairs": [[0, 0], [0, 1], [1, 0], [2, 1], [2, 2], [3, 2]]})";

} // namespace

TEST_CASE("vangnet-cli plan --instance solves a file without login or database", "[cli][plan]")
{
    QTemporaryDir home;
    const QString file = home.filePath(QStringLiteral("instance.json"));
    writeText(file, instance);

    // No --db, no --user: nothing is opened or created.
    const Run run = cli(home, {QStringLiteral("plan"), QStringLiteral("--instance"), file, QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject json = jsonOf(run);
    CHECK(json.value(QStringLiteral("placed_by_tier")).toObject()
        == QJsonObject{{QStringLiteral("kritiek"), 2}, {QStringLiteral("hoog"), 0}, {QStringLiteral("midden"), 0},
            {QStringLiteral("laag"), 1}});
    CHECK(json.value(QStringLiteral("greedy_placed_by_tier")).toObject().value(QStringLiteral("kritiek")).toInt() == 1);
    CHECK(json.value(QStringLiteral("objective")).toObject().value(QStringLiteral("priority_sum")).toInt() == 17);
    CHECK(json.contains(QStringLiteral("seconds")));
    const QJsonArray assignments = json.value(QStringLiteral("assignments")).toArray();
    REQUIRE(assignments.size() == 3);
    CHECK(assignments.at(1).toObject()
        == QJsonObject{{QStringLiteral("household"), 12}, {QStringLiteral("place"), QStringLiteral("A")},
            {QStringLiteral("tier"), QStringLiteral("kritiek")}, {QStringLiteral("pinned"), false}});
    const QJsonArray unplaced = json.value(QStringLiteral("unplaced")).toArray();
    REQUIRE(unplaced.size() == 1);
    CHECK(unplaced.at(0).toObject().value(QStringLiteral("household")).toInt() == 22);
    CHECK(unplaced.at(0).toObject().value(QStringLiteral("tier")).toString() == QStringLiteral("laag"));
    CHECK_FALSE(unplaced.at(0).toObject().value(QStringLiteral("reason")).toString().isEmpty());
    CHECK(QDir(home.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries)
        == QStringList{QStringLiteral("instance.json")});

    // LEMON's network simplex reaches the same plan.
    const Run simplex = cli(home,
        {QStringLiteral("plan"), QStringLiteral("--instance"), file, QStringLiteral("--solver"),
            QStringLiteral("network-simplex"), QStringLiteral("--json")});
    REQUIRE(simplex.exitCode == 0);
    CHECK(jsonOf(simplex).value(QStringLiteral("objective")) == json.value(QStringLiteral("objective")));

    // Without --json: a table per tier, optimal beside greedy.
    const Run table = cli(home, {QStringLiteral("plan"), QStringLiteral("--instance"), file});
    REQUIRE(table.exitCode == 0);
    const QString text = QString::fromUtf8(table.out);
    CHECK(text.contains(QStringLiteral("Optimal")));
    CHECK(text.contains(QStringLiteral("Greedy")));
    CHECK(text.contains(QRegularExpression(QStringLiteral("kritiek +2 +2 +1 +1\n"))));
    CHECK(text.contains(QRegularExpression(QStringLiteral("laag +2 +1 +2 +-1\n"))));
    CHECK(text.contains(QStringLiteral("1 household(s) not placed")));
}

TEST_CASE("vangnet-cli plan refuses a bad instance file with its JSON path and exit status 2", "[cli][plan]")
{
    QTemporaryDir home;
    const QString file = home.filePath(QStringLiteral("bad.json"));
    writeText(file, QByteArray(instance).replace("[3, 2]]", "[3, 2], [4, 0]]"));
    const Run bad = cli(home, {QStringLiteral("plan"), QStringLiteral("--instance"), file, QStringLiteral("--json")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.out.isEmpty());
    CHECK(bad.err.contains(file + QStringLiteral(": pairs[6]: candidate index 4 is out of range (4 candidates)")));

    const Run missing
        = cli(home, {QStringLiteral("plan"), QStringLiteral("--instance"), home.filePath(QStringLiteral("none.json"))});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("cannot read")));

    // Without --instance the plan comes from the database, which needs a login.
    const Run noInstance = cli(home, {QStringLiteral("plan")});
    CHECK(noInstance.exitCode == 2);
    CHECK(noInstance.err.contains(QStringLiteral("'plan' needs --user NAME")));

    writeText(file, instance);
    const Run badSolver = cli(home,
        {QStringLiteral("plan"), QStringLiteral("--instance"), file, QStringLiteral("--solver"),
            QStringLiteral("simplex")});
    CHECK(badSolver.exitCode == 2);
    CHECK(badSolver.err.contains(QStringLiteral("unknown solver 'simplex'")));
}
