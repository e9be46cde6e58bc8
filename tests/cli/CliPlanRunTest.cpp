#include "CliRunner.h"

#include "cases/CaseService.h"
#include "needs/NeedService.h"
#include "places/PlaceRepository.h"
#include "plans/PlanRunService.h"
#include "plans/PlanWorkflowProposal.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "users/AuthService.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::clitest;

namespace {

/// A plan run stored on a copy of the demo by its team lead (Team Noord), as `plan` will store
/// one: three households of Team Noord, each proposed for its own place (WP-T1 … WP-T3), and one
/// of Team Zuid (WP-T4). The first has an open case; all have a housing need.
struct DemoRun {
    qint64 runId = 0;
    QList<qint64> north; ///< three households of Team Noord
    qint64 south = 0;
};

qint64 firstId(const Database &db, const QString &sql, const QVariantList &values = {})
{
    auto q = runSql(db.connection(), sql, values);
    REQUIRE(q.ok());
    REQUIRE(q->next());
    return q->value(0).toLongLong();
}

DemoRun storeDemoRun(const QString &path)
{
    auto opened = Database::open(DatabaseLocation::sqliteFile(path));
    REQUIRE(opened.ok());
    Database &db = **opened;
    SystemClock clock;
    auto lead = AuthService(db, clock).login(QStringLiteral("teamleider"), QStringLiteral("demo"));
    REQUIRE(lead.ok());
    const qint64 team = lead->user().teamId;

    DemoRun run;
    auto q = runSql(db.connection(), QStringLiteral("SELECT id FROM households WHERE team_id = ? ORDER BY id LIMIT 3"),
                    {team});
    REQUIRE(q.ok());
    while (q->next())
        run.north << q->value(0).toLongLong();
    REQUIRE(run.north.size() == 3);
    run.south = firstId(db, QStringLiteral("SELECT id FROM households WHERE team_id <> ? ORDER BY id LIMIT 1"), {team});

    cases::CaseService cases(db, clock, *lead);
    auto open = cases.openCaseOf(run.north[0]);
    REQUIRE(open.ok());
    if (*open == 0)
        REQUIRE(cases.openManual(run.north[0]).ok());
    for (qint64 household : run.north) {
        needs::HousingNeed need;
        need.householdId = household;
        need.applicantId = firstId(db, QStringLiteral("SELECT id FROM persons WHERE household_id = ? ORDER BY id"),
                                   {household});
        need.availableFrom = clock.today();
        REQUIRE(needs::NeedService(db, clock, *lead).record(need).ok());
    }

    QList<places::Place> placesOfRun;
    places::PlaceRepository places(db.connection());
    for (int i = 1; i <= 4; ++i) {
        places::PlaceDetails d;
        d.plekId = QStringLiteral("WP-T%1").arg(i);
        d.provider = QStringLiteral("Stichting Onderdak");
        d.location = QStringLiteral("Dorpsstraat %1").arg(i);
        d.availableFrom = clock.today();
        REQUIRE(places.insert(d, QStringLiteral("beheerder"), clock.now()).ok());
        placesOfRun << **places.find(d.plekId);
    }
    const QList<test::ProposedCandidate> candidates{{run.north[0], team, planner::Tier::Kritiek, 40, {0}},
                                                   {run.north[1], team, planner::Tier::Hoog, 30, {1}},
                                                   {run.north[2], team, planner::Tier::Midden, 20, {2}},
                                                   {run.south, 0, planner::Tier::Laag, 10, {3}}};
    auto stored = plans::PlanRunService(db, clock, *lead).store(test::handMadeProposal(clock.today(), candidates, placesOfRun));
    INFO((stored ? std::string() : stored.error().message.toStdString()));
    REQUIRE(stored.ok());
    run.runId = stored->id;
    return run;
}

QStringList plan(std::initializer_list<QString> words)
{
    return QStringList{QStringLiteral("plan")} + QStringList(words);
}

/// The entry of `household` in `plan show --json`.
QJsonObject entryOf(const QJsonObject &shown, qint64 household)
{
    for (const QJsonValue &e : shown.value(QStringLiteral("entries")).toArray())
        if (e.toObject().value(QStringLiteral("household")).toInteger() == household)
            return e.toObject();
    FAIL("no entry for household " << household);
    return {};
}

} // namespace

TEST_CASE("vangnet-cli plan runs and plan show list a stored run, another team's households restricted",
          "[cli][plan][workflow]")
{
    QTemporaryDir home;
    const QString db = copyOfDemo(home);
    const DemoRun stored = storeDemoRun(db);
    const QString consulent = QStringLiteral("consulent");

    const Run runs = as(home, db, consulent, plan({QStringLiteral("runs"), QStringLiteral("--json")}));
    INFO(runs.err.toStdString());
    REQUIRE(runs.exitCode == 0);
    const QJsonArray list = jsonOf(runs).value(QStringLiteral("runs")).toArray();
    REQUIRE(list.size() == 1);
    const QJsonObject r = list.at(0).toObject();
    CHECK(r.value(QStringLiteral("id")).toInteger() == stored.runId);
    CHECK(r.value(QStringLiteral("candidates")).toInt() == 4);
    CHECK(r.value(QStringLiteral("placed_by_tier")).toObject().value(QStringLiteral("kritiek")).toInt() == 1);
    CHECK(r.value(QStringLiteral("greedy_placed_by_tier")).toObject().value(QStringLiteral("laag")).toInt() == 1);

    const Run text = as(home, db, consulent, plan({QStringLiteral("runs")}));
    CHECK(text.exitCode == 0);
    CHECK(QString::fromUtf8(text.out).contains(QStringLiteral("1/1/1/1")));

    const QString run = QString::number(stored.runId);
    const Run shown = as(home, db, consulent, plan({QStringLiteral("show"), run, QStringLiteral("--json")}));
    INFO(shown.err.toStdString());
    REQUIRE(shown.exitCode == 0);
    const QJsonObject s = jsonOf(shown);
    CHECK(s.value(QStringLiteral("run")).toObject().value(QStringLiteral("id")).toInteger() == stored.runId);
    CHECK(s.value(QStringLiteral("result")).toObject().contains(QStringLiteral("placed_by_tier")));
    CHECK(s.value(QStringLiteral("entries")).toArray().size() == 4);
    const QJsonObject own = entryOf(s, stored.north[0]);
    for (const char *key : {"entry", "household", "tier", "place", "status", "explanation"})
        CHECK(own.contains(QLatin1String(key)));
    CHECK(own.value(QStringLiteral("tier")).toString() == QStringLiteral("kritiek"));
    CHECK(own.value(QStringLiteral("place")).toString() == QStringLiteral("WP-T1"));
    CHECK(own.value(QStringLiteral("status")).toString() == QStringLiteral("voorgesteld"));
    CHECK_FALSE(own.value(QStringLiteral("explanation")).toString().isEmpty());
    const QJsonObject other = entryOf(s, stored.south);
    CHECK(other.value(QStringLiteral("restricted")).toBool());
    CHECK(other.value(QStringLiteral("tier")).toString() == QStringLiteral("laag"));
    CHECK(other.value(QStringLiteral("status")).toString() == QStringLiteral("voorgesteld"));
    CHECK(other.value(QStringLiteral("place")).isNull());
    CHECK(other.value(QStringLiteral("explanation")).toString().isEmpty());

    const Run table = as(home, db, consulent, plan({QStringLiteral("show"), run}));
    CHECK(table.exitCode == 0);
    CHECK(QString::fromUtf8(table.out).contains(QStringLiteral("kritiek: optimal 1 placed, greedy 1")));
    CHECK(QString::fromUtf8(table.out).contains(QStringLiteral("(another team)")));
    CHECK(QString::fromUtf8(table.out).contains(QStringLiteral("%1: Uitleg bij huishouden %2 (kritiek)")
                                                    .arg(own.value(QStringLiteral("entry")).toInteger())
                                                    .arg(stored.north[0])));

    CHECK(as(home, db, consulent, plan({QStringLiteral("show")})).exitCode == 2);
    CHECK(as(home, db, consulent, plan({QStringLiteral("show"), QStringLiteral("999")})).exitCode == 2);
    CHECK(as(home, db, QStringLiteral("beheerder"), plan({QStringLiteral("runs")})).exitCode == 2);
}

TEST_CASE("vangnet-cli plan approve, offer, accept, place and decline move proposals, refusing wrong steps",
          "[cli][plan][workflow]")
{
    QTemporaryDir home;
    const QString db = copyOfDemo(home);
    const DemoRun stored = storeDemoRun(db);
    const QString lead = QStringLiteral("teamleider");
    const QString consulent = QStringLiteral("consulent");
    const QJsonObject shown
        = jsonOf(as(home, db, consulent, plan({QStringLiteral("show"), QString::number(stored.runId), QStringLiteral("--json")})));
    const QString first = QString::number(entryOf(shown, stored.north[0]).value(QStringLiteral("entry")).toInteger());
    const QString second = QString::number(entryOf(shown, stored.north[1]).value(QStringLiteral("entry")).toInteger());

    const Run notYours = as(home, db, consulent, plan({QStringLiteral("approve"), first}));
    CHECK(notYours.exitCode == 2);
    CHECK(notYours.err.contains(QStringLiteral("does not allow")));
    const Run early = as(home, db, consulent, plan({QStringLiteral("place"), first}));
    CHECK(early.exitCode == 2);
    CHECK(early.err.contains(QStringLiteral("only a proposal that is accepted")));

    const Run approved = as(home, db, lead, plan({QStringLiteral("approve"), first}));
    INFO(approved.err.toStdString());
    REQUIRE(approved.exitCode == 0);
    CHECK(QString::fromUtf8(approved.out).contains(QStringLiteral("is now approved")));
    CHECK(as(home, db, lead, plan({QStringLiteral("approve"), first})).exitCode == 2); // twice
    CHECK(as(home, db, QStringLiteral("consulent2"), plan({QStringLiteral("offer"), first})).exitCode == 2);
    CHECK(as(home, db, consulent, plan({QStringLiteral("offer"), first})).exitCode == 0);
    CHECK(as(home, db, consulent, plan({QStringLiteral("accept"), first})).exitCode == 0);
    CHECK(as(home, db, consulent, plan({QStringLiteral("place"), first, QStringLiteral("--date"), QStringLiteral("2026-13-01")}))
              .exitCode == 2);
    const Run placed = as(home, db, consulent, plan({QStringLiteral("place"), first, QStringLiteral("--date"), QStringLiteral("2026-12-01")}));
    INFO(placed.err.toStdString());
    CHECK(placed.exitCode == 0);
    CHECK(QString::fromUtf8(placed.out).contains(QStringLiteral("WP-T1")));
    const QJsonArray places
        = jsonOf(as(home, db, consulent, {QStringLiteral("places"), QStringLiteral("list"), QStringLiteral("--json")}))
              .value(QStringLiteral("places")).toArray();
    for (const QJsonValue &p : places)
        if (p.toObject().value(QStringLiteral("plek_id")).toString() == QStringLiteral("WP-T1"))
            CHECK(p.toObject().value(QStringLiteral("status")).toString() == QStringLiteral("bezet"));

    REQUIRE(as(home, db, lead, plan({QStringLiteral("approve"), second})).exitCode == 0);
    REQUIRE(as(home, db, consulent, plan({QStringLiteral("offer"), second})).exitCode == 0);
    CHECK(as(home, db, consulent, plan({QStringLiteral("decline"), second})).exitCode == 2); // no reason
    CHECK(as(home, db, consulent, plan({QStringLiteral("decline"), second, QStringLiteral("--reason"), QStringLiteral("Te ver weg")}))
              .exitCode == 0);
    const QJsonObject after
        = jsonOf(as(home, db, consulent, plan({QStringLiteral("show"), QString::number(stored.runId), QStringLiteral("--json")})));
    CHECK(entryOf(after, stored.north[0]).value(QStringLiteral("status")).toString() == QStringLiteral("geplaatst"));
    CHECK(entryOf(after, stored.north[1]).value(QStringLiteral("status")).toString() == QStringLiteral("afgewezen"));
    CHECK(entryOf(after, stored.north[1]).value(QStringLiteral("decline_reason")).toString() == QStringLiteral("Te ver weg"));
    // The declined pair is excluded: a pin on it is refused until the team lead lifts the exclusion.
    const QString h2 = QString::number(stored.north[1]);
    const Run pinExcluded = as(home, db, lead, plan({QStringLiteral("pin"), h2, QStringLiteral("WP-T2")}));
    CHECK(pinExcluded.exitCode == 2);
    CHECK(pinExcluded.err.contains(QStringLiteral("excluded")));
    CHECK(as(home, db, lead, plan({QStringLiteral("unexclude"), h2, QStringLiteral("WP-T2")})).exitCode == 0);

    CHECK(as(home, db, consulent, plan({QStringLiteral("approve"), QStringLiteral("abc")})).exitCode == 2);
}

TEST_CASE("vangnet-cli plan pin, unpin and exclude: pins are the team lead's", "[cli][plan][workflow]")
{
    QTemporaryDir home;
    const QString db = copyOfDemo(home);
    const DemoRun stored = storeDemoRun(db);
    const QString household = QString::number(stored.north[2]);

    const Run byCaseworker = as(home, db, QStringLiteral("consulent"), plan({QStringLiteral("pin"), household, QStringLiteral("WP-T4")}));
    CHECK(byCaseworker.exitCode == 2);
    const Run pinned = as(home, db, QStringLiteral("teamleider"), plan({QStringLiteral("pin"), household, QStringLiteral("WP-T4")}));
    INFO(pinned.err.toStdString());
    CHECK(pinned.exitCode == 0);
    CHECK(QString::fromUtf8(pinned.out).contains(QStringLiteral("pinned to WP-T4")));
    CHECK(as(home, db, QStringLiteral("teamleider"), plan({QStringLiteral("pin"), household, QStringLiteral("WP-404")})).exitCode == 2);
    CHECK(as(home, db, QStringLiteral("teamleider"), plan({QStringLiteral("unpin"), household})).exitCode == 0);
    CHECK(as(home, db, QStringLiteral("teamleider"), plan({QStringLiteral("unpin"), household})).exitCode == 2);
    CHECK(as(home, db, QStringLiteral("consulent"), plan({QStringLiteral("exclude"), household, QStringLiteral("WP-T4")})).exitCode == 0);
    CHECK(as(home, db, QStringLiteral("consulent2"), plan({QStringLiteral("exclude"), household, QStringLiteral("WP-T3")})).exitCode == 2);
    CHECK(as(home, db, QStringLiteral("consulent"), plan({QStringLiteral("exclude"), household})).exitCode == 2);
}
