#include "CliRunner.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace vangnet::clitest;

namespace {

QJsonObject clockNamed(const QJsonObject &list, const QString &key)
{
    for (const auto &c : list.value(QStringLiteral("clocks")).toArray())
        if (c.toObject().value(QStringLiteral("clock")).toString() == key)
            return c.toObject();
    FAIL("no clock " << key.toStdString());
    return {};
}

} // namespace

TEST_CASE("vangnet-cli clocks lists the deadlines and lets a team lead change them", "[cli][clocks]")
{
    QTemporaryDir home;
    const QString db = copyOfDemo(home);
    const QString teamLead = QStringLiteral("teamleider");
    const QString clocks = QStringLiteral("clocks");

    SECTION("the example policy as JSON and as a table")
    {
        const Run list = as(home, db, QStringLiteral("consulent"), {clocks, QStringLiteral("list"), QStringLiteral("--json")});
        INFO(list.err.toStdString());
        REQUIRE(list.exitCode == 0);
        const QJsonObject json = jsonOf(list);
        REQUIRE(json.value(QStringLiteral("clocks")).toArray().size() == 15);
        const QJsonObject debt = clockNamed(json, QStringLiteral("threatening_debt"));
        CHECK(debt.value(QStringLiteral("days")).toInt() == 3);
        CHECK(debt.value(QStringLiteral("working_days")).toBool());
        CHECK(debt.value(QStringLiteral("label")).toString().contains(QStringLiteral("crisis intervention")));
        const QJsonObject offerStart = json.value(QStringLiteral("contact_offer_start")).toObject();
        CHECK(offerStart.value(QStringLiteral("value")).toString() == QStringLiteral("later_of_signal_and_import"));
        CHECK(offerStart.value(QStringLiteral("updated_at")).isNull());
        CHECK(debt.value(QStringLiteral("updated_at")).isNull());
        CHECK(debt.value(QStringLiteral("updated_by")).toString().isEmpty());
        CHECK(clockNamed(json, QStringLiteral("decision")).value(QStringLiteral("days")).toInt() == 56);
        CHECK_FALSE(clockNamed(json, QStringLiteral("decision")).value(QStringLiteral("working_days")).toBool());
        // The basic conditions' lead times before a discharge are policy settings beside the clocks.
        CHECK(clockNamed(json, QStringLiteral("condition_onderdak")).value(QStringLiteral("days")).toInt() == 90);
        CHECK(clockNamed(json, QStringLiteral("condition_zorg")).value(QStringLiteral("days")).toInt() == 14);
        CHECK(clockNamed(json, QStringLiteral("discharge_date_ahead")).value(QStringLiteral("days")).toInt() == 730);

        const Run table = as(home, db, teamLead, {clocks, QStringLiteral("list")});
        REQUIRE(table.exitCode == 0);
        const QString text = QString::fromUtf8(table.out);
        CHECK(text.contains(QStringLiteral("first_conversation")));
        CHECK(text.contains(QStringLiteral("working days")));
        CHECK(text.contains(QStringLiteral("default")));
    }

    SECTION("a team lead sets days and how they count; the change is listed")
    {
        const Run set = as(home, db, teamLead, {clocks, QStringLiteral("set"), QStringLiteral("contact_offer"),
                                                QStringLiteral("10"), QStringLiteral("--working-days")});
        INFO(set.err.toStdString());
        REQUIRE(set.exitCode == 0);
        CHECK(QString::fromUtf8(set.out).contains(QStringLiteral("contact_offer")));
        // Without a flag the clock keeps counting working days.
        REQUIRE(as(home, db, teamLead, {clocks, QStringLiteral("set"), QStringLiteral("threatening_debt"),
                                        QStringLiteral("5")}).exitCode == 0);
        REQUIRE(as(home, db, teamLead, {clocks, QStringLiteral("set"), QStringLiteral("Decision"), QStringLiteral("60"),
                                        QStringLiteral("--calendar-days")}).exitCode == 0);

        const QJsonObject json = jsonOf(as(home, db, teamLead, {clocks, QStringLiteral("list"), QStringLiteral("--json")}));
        const QJsonObject offer = clockNamed(json, QStringLiteral("contact_offer"));
        CHECK(offer.value(QStringLiteral("days")).toInt() == 10);
        CHECK(offer.value(QStringLiteral("working_days")).toBool());
        CHECK(offer.value(QStringLiteral("updated_by")).toString() == teamLead);
        CHECK_FALSE(offer.value(QStringLiteral("updated_at")).toString().isEmpty());
        CHECK(clockNamed(json, QStringLiteral("threatening_debt")).value(QStringLiteral("days")).toInt() == 5);
        CHECK(clockNamed(json, QStringLiteral("threatening_debt")).value(QStringLiteral("working_days")).toBool());
        CHECK(clockNamed(json, QStringLiteral("decision")).value(QStringLiteral("days")).toInt() == 60);

        // When the contact offer starts: a choice, not days; a wrong value and a caseworker are refused.
        REQUIRE(as(home, db, teamLead, {clocks, QStringLiteral("set"), QStringLiteral("contact_offer_start"),
                                        QStringLiteral("signal_date")}).exitCode == 0);
        CHECK(as(home, db, teamLead, {clocks, QStringLiteral("set"), QStringLiteral("contact_offer_start"),
                                      QStringLiteral("import_date")}).exitCode == 2);
        CHECK(as(home, db, QStringLiteral("consulent"), {clocks, QStringLiteral("set"), QStringLiteral("contact_offer_start"),
                                                         QStringLiteral("later_of_signal_and_import")}).exitCode == 2);
        const QJsonObject start = jsonOf(as(home, db, teamLead, {clocks, QStringLiteral("list"), QStringLiteral("--json")}))
                                      .value(QStringLiteral("contact_offer_start")).toObject();
        CHECK(start.value(QStringLiteral("value")).toString() == QStringLiteral("signal_date"));
        CHECK(start.value(QStringLiteral("updated_by")).toString() == teamLead);
    }

    SECTION("bad input and the wrong role are refused, and nothing changes")
    {
        const Run zero = as(home, db, teamLead, {clocks, QStringLiteral("set"), QStringLiteral("decision"), QStringLiteral("0")});
        CHECK(zero.exitCode == 2);
        CHECK(zero.err.contains(QStringLiteral("must be at least 1 day")));
        CHECK(zero.err.contains(QStringLiteral("Decision after the first conversation")));
        const Run negative = as(home, db, teamLead, {clocks, QStringLiteral("set"), QStringLiteral("decision"),
                                                     QStringLiteral("-1")});
        CHECK(negative.exitCode == 2);
        CHECK(negative.err.contains(QStringLiteral("-1 days is not a deadline")));
        const Run huge = as(home, db, teamLead, {clocks, QStringLiteral("set"), QStringLiteral("decision"),
                                                 QStringLiteral("4000")});
        CHECK(huge.exitCode == 2);
        CHECK(huge.err.contains(QStringLiteral("at most 3650 days")));
        const Run word = as(home, db, teamLead, {clocks, QStringLiteral("set"), QStringLiteral("decision"),
                                                 QStringLiteral("eight")});
        CHECK(word.exitCode == 2);
        CHECK(word.err.contains(QStringLiteral("whole number")));
        const Run unknown = as(home, db, teamLead, {clocks, QStringLiteral("set"), QStringLiteral("lunch"),
                                                    QStringLiteral("3")});
        CHECK(unknown.exitCode == 2);
        CHECK(unknown.err.contains(QStringLiteral("unknown clock 'lunch'")));
        CHECK(as(home, db, teamLead, {clocks, QStringLiteral("set"), QStringLiteral("decision"), QStringLiteral("5"),
                                      QStringLiteral("--working-days"), QStringLiteral("--calendar-days")})
                  .exitCode == 2);
        const Run caseworker = as(home, db, QStringLiteral("consulent"), {clocks, QStringLiteral("set"),
                                                                          QStringLiteral("decision"), QStringLiteral("5")});
        CHECK(caseworker.exitCode == 2);
        CHECK(caseworker.err.contains(QStringLiteral("does not allow")));
        CHECK(as(home, db, QStringLiteral("beheerder"), {clocks, QStringLiteral("list")}).exitCode == 2);

        const QJsonObject json = jsonOf(as(home, db, teamLead, {clocks, QStringLiteral("list"), QStringLiteral("--json")}));
        CHECK(clockNamed(json, QStringLiteral("decision")).value(QStringLiteral("days")).toInt() == 56);
        CHECK(clockNamed(json, QStringLiteral("decision")).value(QStringLiteral("updated_at")).isNull());
    }
}

TEST_CASE("vangnet-cli clocks holidays lists the days working-day deadlines skip", "[cli][clocks]")
{
    QTemporaryDir home;
    const Run json = cli(home, {QStringLiteral("clocks"), QStringLiteral("holidays"), QStringLiteral("--year"),
                                QStringLiteral("2026"), QStringLiteral("--json")});
    INFO(json.err.toStdString());
    REQUIRE(json.exitCode == 0);
    const QJsonObject list = jsonOf(json);
    CHECK(list.value(QStringLiteral("year")).toInt() == 2026);
    const QJsonArray days = list.value(QStringLiteral("holidays")).toArray();
    REQUIRE(days.size() == 9);
    CHECK(days.at(1).toObject().value(QStringLiteral("date")).toString() == QStringLiteral("2026-04-03"));
    CHECK(days.at(1).toObject().value(QStringLiteral("key")).toString() == QStringLiteral("good_friday"));
    CHECK(days.at(1).toObject().value(QStringLiteral("weekday")).toBool());
    CHECK_FALSE(days.at(8).toObject().value(QStringLiteral("weekday")).toBool()); // Boxing Day 2026: Saturday

    const Run table = cli(home, {QStringLiteral("clocks"), QStringLiteral("holidays"), QStringLiteral("--year"),
                                 QStringLiteral("2027")});
    REQUIRE(table.exitCode == 0);
    CHECK(QString::fromUtf8(table.out).contains(QStringLiteral("2027-03-29"))); // Easter Monday

    const Run wrong = cli(home, {QStringLiteral("clocks"), QStringLiteral("holidays"), QStringLiteral("--year"),
                                 QStringLiteral("26x")});
    CHECK(wrong.exitCode != 0);
    CHECK(wrong.err.contains(QStringLiteral("--year")));
    CHECK(wrong.err.contains(QStringLiteral("26x")));
}

TEST_CASE("vangnet-cli clocks day-off adds and removes a day off by decree", "[cli][clocks]")
{
    QTemporaryDir home;
    const QString db = copyOfDemo(home);
    const QString teamLead = QStringLiteral("teamleider");
    const QString clocks = QStringLiteral("clocks");
    const QString dayOff = QStringLiteral("day-off");

    const Run added = as(home, db, teamLead, {clocks, dayOff, QStringLiteral("add"), QStringLiteral("--date"),
                                              QStringLiteral("2027-05-07"), QStringLiteral("--name"),
                                              QStringLiteral("Vrijdag na Hemelvaartsdag")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.contains("2027-05-07"));
    const QJsonArray days = jsonOf(as(home, db, QStringLiteral("consulent"), {clocks, QStringLiteral("list"),
                                                                             QStringLiteral("--json")}))
                                .value(QStringLiteral("days_off"))
                                .toArray();
    REQUIRE(days.size() == 1);
    CHECK(days.first().toObject().value(QStringLiteral("date")).toString() == QStringLiteral("2027-05-07"));
    CHECK(days.first().toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Vrijdag na Hemelvaartsdag"));
    CHECK(days.first().toObject().value(QStringLiteral("added_by")).toString() == teamLead);

    // Refusals: a Saturday, no name, no date, a caseworker, an unknown action; each exits 2.
    const Run saturday = as(home, db, teamLead, {clocks, dayOff, QStringLiteral("add"), QStringLiteral("--date"),
                                                 QStringLiteral("2027-05-08"), QStringLiteral("--name"), QStringLiteral("x")});
    CHECK(saturday.exitCode == 2);
    CHECK(saturday.err.contains(QStringLiteral("08-05-2027")));
    CHECK(as(home, db, teamLead, {clocks, dayOff, QStringLiteral("add"), QStringLiteral("--date"), QStringLiteral("2027-05-10")})
              .exitCode == 2);
    CHECK(as(home, db, teamLead, {clocks, dayOff, QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x")})
              .exitCode == 2);
    CHECK(as(home, db, QStringLiteral("consulent"), {clocks, dayOff, QStringLiteral("add"), QStringLiteral("--date"),
                                                     QStringLiteral("2027-05-10"), QStringLiteral("--name"), QStringLiteral("x")})
              .exitCode == 2);
    CHECK(as(home, db, teamLead, {clocks, dayOff, QStringLiteral("move"), QStringLiteral("--date"), QStringLiteral("2027-05-10")})
              .exitCode == 2);

    const Run removed = as(home, db, teamLead, {clocks, dayOff, QStringLiteral("remove"), QStringLiteral("--date"),
                                                QStringLiteral("2027-05-07")});
    CHECK(removed.exitCode == 0);
    const Run again = as(home, db, teamLead, {clocks, dayOff, QStringLiteral("remove"), QStringLiteral("--date"),
                                              QStringLiteral("2027-05-07")});
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(QStringLiteral("07-05-2027")));
}
