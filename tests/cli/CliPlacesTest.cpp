#include "CliRunner.h"

#include "demo/DemoPlaces.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace vangnet::clitest;

namespace {

const QByteArray header = "plek_id;aanbieder;locatie;wijk;woonvorm;capaciteit;beschikbaar_vanaf;min_leeftijd;"
                          "max_leeftijd;max_personen;rolstoel;huisdieren;begeleiding\n";

/// The places of a `places list --json`, by plek_id.
QHash<QString, QJsonObject> byPlekId(const QJsonArray &places)
{
    QHash<QString, QJsonObject> out;
    for (const auto &place : places)
        out.insert(place.toObject().value(QStringLiteral("plek_id")).toString(), place.toObject());
    return out;
}

/// The demo's own inventory, beside which the tests import theirs.
const int demoPlaces = vangnet::demo::DemoPlaces::countFor(demoHouseholds);

} // namespace

TEST_CASE("vangnet-cli places import stores places once, lists them and reports rejected rows", "[cli][places]")
{
    QTemporaryDir home;
    const QString db = copyOfDemo(home);
    const QString file = writeFile(home, QStringLiteral("plekken.csv"),
                                   header + "WP-001;Leger des Heils;Kerkstraat 1;Centrum;housing_first;1;2026-12-01;18;;1;ja;nee;intensief\n"
                                            "WP-002;Kwadraad;Dorpsweg 4;Noord;begeleid_wonen;3;2026-11-01;;;;nee;ja;midden\n"
                                            "WP-003;Kwadraad;Dorpsweg 5;Noord;kamer;3;2026-11-01;;;;nee;ja;midden\n");
    const QStringList import{QStringLiteral("places"), QStringLiteral("import"), file, QStringLiteral("--json")};

    const Run first = as(home, db, QStringLiteral("beheerder"), import);
    INFO(first.err.toStdString());
    CHECK(first.exitCode == 1); // done, with a rejected row
    const QJsonObject s = jsonOf(first);
    CHECK(s.value(QStringLiteral("read")).toInt() == 3);
    CHECK(s.value(QStringLiteral("inserted")).toInt() == 2);
    CHECK(s.value(QStringLiteral("updated")).toInt() == 0);
    CHECK(s.value(QStringLiteral("unchanged")).toInt() == 0);
    CHECK(s.value(QStringLiteral("rejected")).toInt() == 1);
    const QJsonArray rejects = s.value(QStringLiteral("rejects")).toArray();
    REQUIRE(rejects.size() == 1);
    CHECK(rejects.at(0).toObject().value(QStringLiteral("line")).toInt() == 4);
    CHECK(rejects.at(0).toObject().value(QStringLiteral("column")).toString() == QStringLiteral("woonvorm"));
    CHECK(rejects.at(0).toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("kamer")));

    const Run again = as(home, db, QStringLiteral("beheerder"), import);
    CHECK(again.exitCode == 1);
    CHECK(jsonOf(again).value(QStringLiteral("unchanged")).toInt() == 2);
    CHECK(jsonOf(again).value(QStringLiteral("inserted")).toInt() == 0);

    // The beheerder takes a place out of use; a team lead reads the list with it.
    const Run status = as(home, db, QStringLiteral("beheerder"),
                          {QStringLiteral("places"), QStringLiteral("status"), QStringLiteral("WP-002"), QStringLiteral("bezet")});
    INFO(status.err.toStdString());
    CHECK(status.exitCode == 0);
    const Run listed = as(home, db, QStringLiteral("teamleider"), {QStringLiteral("places"), QStringLiteral("list"), QStringLiteral("--json")});
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    const QHash<QString, QJsonObject> places = byPlekId(jsonOf(listed).value(QStringLiteral("places")).toArray());
    REQUIRE(places.size() == demoPlaces + 2);
    REQUIRE(places.contains(QStringLiteral("WP-001")));
    REQUIRE(places.contains(QStringLiteral("WP-002")));
    const QJsonObject wp1 = places.value(QStringLiteral("WP-001"));
    for (const char *key : {"plek_id", "aanbieder", "locatie", "wijk", "woonvorm", "capaciteit", "beschikbaar_vanaf",
                            "status", "min_leeftijd", "max_leeftijd", "max_personen", "rolstoel", "huisdieren", "begeleiding"})
        CHECK(wp1.contains(QLatin1String(key)));
    CHECK(wp1.value(QStringLiteral("plek_id")).toString() == QStringLiteral("WP-001"));
    CHECK(wp1.value(QStringLiteral("min_leeftijd")).toInt() == 18);
    CHECK(wp1.value(QStringLiteral("max_leeftijd")).isNull());
    CHECK(wp1.value(QStringLiteral("rolstoel")).toBool());
    CHECK(places.value(QStringLiteral("WP-002")).value(QStringLiteral("status")).toString() == QStringLiteral("bezet"));
}

TEST_CASE("vangnet-cli places refuses a wrong header and a caseworker's changes", "[cli][places]")
{
    QTemporaryDir home;
    const QString db = copyOfDemo(home);
    const QString wrong = writeFile(home, QStringLiteral("verkeerd.csv"),
                                    "plek_id;aanbieder\nWP-001;Leger des Heils\n");
    const Run refused = as(home, db, QStringLiteral("beheerder"), {QStringLiteral("places"), QStringLiteral("import"), wrong});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("header")));

    const QString good = writeFile(home, QStringLiteral("plekken.csv"),
                                   header + "WP-001;Leger des Heils;;;overig;1;2026-12-01;;;;nee;nee;licht\n");
    const Run byCaseworker = as(home, db, QStringLiteral("consulent"), {QStringLiteral("places"), QStringLiteral("import"), good});
    CHECK(byCaseworker.exitCode == 2);
    const Run listed = as(home, db, QStringLiteral("consulent"), {QStringLiteral("places"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    // The demo's inventory only: the caseworker's file was not read.
    const QHash<QString, QJsonObject> places = byPlekId(jsonOf(listed).value(QStringLiteral("places")).toArray());
    CHECK(places.size() == demoPlaces);
    CHECK_FALSE(places.contains(QStringLiteral("WP-001")));
}
