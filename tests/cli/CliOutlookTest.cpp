#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace vangnet::clitest;

namespace {

const QStringList outlookJson{QStringLiteral("plan"), QStringLiteral("outlook"), QStringLiteral("--as-of"),
                              QStringLiteral("2026-01-01"), QStringLiteral("--json")};

/// The cell of a woonvorm in a week of `plan outlook --json`.
QJsonObject cellOf(const QJsonObject &outlook, int week, const char *woonvorm)
{
    return outlook.value(QStringLiteral("weeks")).toArray().at(week).toObject().value(QStringLiteral("woonvormen"))
        .toObject().value(QLatin1String(woonvorm)).toObject();
}

int countOf(const QJsonObject &outlook, const char *key)
{
    return outlook.value(QStringLiteral("counts")).toObject().value(QLatin1String(key)).toInt();
}

} // namespace

TEST_CASE("vangnet-cli plan outlook prints 13 weeks per woonvorm with discharges and places", "[cli][outlook]")
{
    QTemporaryDir home;
    const QString db = copyOfDemo(home);
    const QStringList outlook{QStringLiteral("plan"), QStringLiteral("outlook"), QStringLiteral("--json")};
    const Run before = as(home, db, QStringLiteral("teamleider"), outlook);
    INFO(before.err.toStdString());
    REQUIRE(before.exitCode == 0);
    const QJsonObject base = jsonOf(before);

    // The CLI stands on today, so the notices do too: detentie in 20 days (flagged today) and in
    // 70 days (week 10, flagged on the day), and youth care for someone who turns 18 in 30 days.
    const QDate today = QDate::currentDate();
    const auto row = [](const char *id, const char *type, QDate expected, QDate born, int number) {
        return QByteArray(id) + ';' + type + ";Instelling;" + expected.toString(Qt::ISODate).toLatin1() + ";Meijer;"
            + born.toString(Qt::ISODate).toLatin1() + ";Stationsweg;" + QByteArray::number(number)
            + ";7426 AB;Lindewaarde;niet_geregeld\n";
    };
    // The demo has youth places of its own (DemoPlaces): enough young people for a shortage.
    const QJsonObject youth = cellOf(base, 4, "jongeren");
    const int young = std::max(1, youth.value(QStringLiteral("cumulative_supply")).toInt()
                                      - youth.value(QStringLiteral("cumulative_demand")).toInt() + 1);
    QByteArray youthRows;
    for (int i = 0; i < young; ++i) {
        const QByteArray id = "M-3-" + QByteArray::number(i);
        youthRows += row(id.constData(), "jeugdzorg", today.addDays(200), today.addDays(30).addYears(-18), 14 + 2 * i);
    }
    const QString notices = home.filePath(QStringLiteral("uitstroom.csv"));
    const QString places = home.filePath(QStringLiteral("plekken.csv"));
    {
        QFile out(notices);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("melding_id;instelling_type;instelling_naam;verwachte_uitstroomdatum;achternaam;geboortedatum;"
                  "straat;huisnummer;postcode;plaats;onderdak\n"
                  + row("M-1", "detentie", today.addDays(20), QDate(1975, 4, 4), 10)
                  + row("M-2", "detentie", today.addDays(70), QDate(1976, 5, 5), 12)
                  + youthRows);
        QFile place(places);
        REQUIRE(place.open(QIODevice::WriteOnly));
        place.write("plek_id;aanbieder;locatie;wijk;woonvorm;capaciteit;beschikbaar_vanaf;min_leeftijd;max_leeftijd;"
                    "max_personen;rolstoel;huisdieren;begeleiding\n"
                    "WP-OUTLOOK;Kompaan;Dorpsweg 4;Noord;skaeve_huse;2;"
                    + today.addDays(15).toString(Qt::ISODate).toLatin1() + ";;;;nee;nee;licht\n");
    }
    const Run imported = as(home, db, QStringLiteral("consulent"), {QStringLiteral("import"), QStringLiteral("discharges"), notices});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    REQUIRE(as(home, db, QStringLiteral("beheerder"), {QStringLiteral("places"), QStringLiteral("import"), places}).exitCode == 0);

    const Run run = as(home, db, QStringLiteral("teamleider"), outlook);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject o = jsonOf(run);
    for (const char *key : {"as_of", "end", "weeks", "first_shortage", "first_total_shortage", "shortages", "counts"})
        CHECK(o.contains(QLatin1String(key)));
    CHECK(o.value(QStringLiteral("as_of")).toString() == today.toString(Qt::ISODate));
    CHECK(o.value(QStringLiteral("end")).toString() == today.addDays(90).toString(Qt::ISODate));
    const QJsonArray weeks = o.value(QStringLiteral("weeks")).toArray();
    REQUIRE(weeks.size() == 13);
    for (const QJsonValue &w : weeks) {
        const QJsonObject week = w.toObject();
        for (const char *key : {"week", "start", "end", "woonvormen", "geen_voorkeur", "total"})
            CHECK(week.contains(QLatin1String(key)));
        const QJsonObject woonvormen = week.value(QStringLiteral("woonvormen")).toObject();
        CHECK(woonvormen.keys()
              == QStringList({QStringLiteral("begeleid_wonen"), QStringLiteral("beschermd_wonen"),
                              QStringLiteral("gezinsplek"), QStringLiteral("housing_first"), QStringLiteral("jongeren"),
                              QStringLiteral("overig"), QStringLiteral("skaeve_huse")}));
        for (const QJsonValue &cell : woonvormen)
            for (const char *key : {"demand", "supply", "cumulative_demand", "cumulative_supply", "balance", "short"})
                CHECK(cell.toObject().contains(QLatin1String(key)));
    }
    // What the import added, whatever else the demo holds.
    CHECK(countOf(o, "discharges") - countOf(base, "discharges") == 2);
    CHECK(countOf(o, "turning_18") - countOf(base, "turning_18") == young);
    CHECK(countOf(o, "places") - countOf(base, "places") == 1);
    const auto demandAdded = [&](int week, const char *woonvorm) {
        return cellOf(o, week, woonvorm).value(QStringLiteral("demand")).toInt()
            - cellOf(base, week, woonvorm).value(QStringLiteral("demand")).toInt();
    };
    CHECK(demandAdded(2, "begeleid_wonen") == 1);  // detentie → begeleid wonen
    CHECK(demandAdded(10, "begeleid_wonen") == 1);
    CHECK(demandAdded(4, "jongeren") == young);    // 18 in youth care → jongeren
    CHECK(cellOf(o, 2, "skaeve_huse").value(QStringLiteral("supply")).toInt()
          - cellOf(base, 2, "skaeve_huse").value(QStringLiteral("supply")).toInt() == 2);
    // Jongeren has more households than places by week 4; a shortage is reported by then.
    const QJsonObject first = o.value(QStringLiteral("first_shortage")).toObject();
    REQUIRE(first.contains(QStringLiteral("woonvorm")));
    CHECK(first.value(QStringLiteral("week")).toInt() <= 4);
    CHECK(first.value(QStringLiteral("deficit")).toInt() > 0);
    CHECK_FALSE(o.value(QStringLiteral("shortages")).toArray().isEmpty());

    const Run text = as(home, db, QStringLiteral("teamleider"), {QStringLiteral("plan"), QStringLiteral("outlook")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains("Week"));
    CHECK(text.out.contains(today.toString(QStringLiteral("dd-MM-yyyy")).toLatin1()));
    CHECK(text.out.contains("First shortage: "));
    CHECK(text.out.contains("short "));
}

TEST_CASE("vangnet-cli plan outlook is for team leads and refuses a bad date", "[cli][outlook]")
{
    QTemporaryDir home;
    const QString db = copyOfDemo(home);
    const Run caseworker = as(home, db, QStringLiteral("consulent"), outlookJson);
    CHECK(caseworker.exitCode == 2);
    CHECK(caseworker.out.isEmpty());
    CHECK_FALSE(caseworker.err.isEmpty());
    const Run beheerder = as(home, db, QStringLiteral("beheerder"), outlookJson);
    CHECK(beheerder.exitCode == 2);
    const Run badDate = as(home, db, QStringLiteral("teamleider"),
                           {QStringLiteral("plan"), QStringLiteral("outlook"), QStringLiteral("--as-of"), QStringLiteral("2026-02-30")});
    CHECK(badDate.exitCode == 2);
    CHECK(badDate.err.contains(QStringLiteral("as-of")));
}
