#include "ImportTestSupport.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::importing;
using namespace vangnet::importing::test;

namespace {

QByteArray example(const char *name)
{
    QFile f(QStringLiteral(VANGNET_IMPORT_DATA "/") + QLatin1String(name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QByteArray delivery(const QByteArray &signalsJson)
{
    return R"({"leveringen": [{"teller": 1, "vroegsignalen": [)" + signalsJson + "]}]}";
}

const char *const goodSignal = R"({"ID": "X", "signaaldatum": "2025-01-05", "signaalpartner": {"type": "Huur"},
    "client": {"Burgerservicenummer": "999990019", "Achternaam": "Dijk"}})";

} // namespace

TEST_CASE("The DDAS single example delivery is read", "[import][ddas]")
{
    const auto result = readSignals(example("enkelvoudigVoorbeeld.json"), SignalFileReader::Format::Ddas);
    REQUIRE_FALSE(result.refused);
    REQUIRE(result.rejects.isEmpty());
    REQUIRE(result.rows.size() == 1);
    const SignalRow &row = result.rows.front();
    CHECK(row.line == 0);
    CHECK(row.signalId == QStringLiteral("VS-2025-0001"));
    CHECK(row.partnerType == PartnerType::Energie);
    CHECK(row.signalDate == QDate(2025, 1, 5));
    CHECK(row.arisenDate == QDate(2024, 12, 10));
    CHECK(row.amountCents == 45000); // whole euros
    CHECK_FALSE(row.crisis);
    CHECK_FALSE(row.warmHandover);
    // The example's BSN fails the 11-proef: kept, marked invalid.
    CHECK(row.person.bsn == QStringLiteral("123456789"));
    CHECK_FALSE(row.person.bsnValid);
    CHECK(row.person.voorletters == QStringLiteral("A."));
    CHECK(row.person.voorvoegsel == QStringLiteral("van"));
    CHECK(row.person.achternaam == QStringLiteral("Dijk"));
    CHECK(row.person.geboortedatum == QDate(1985, 6, 15));
    CHECK(row.person.straat == QStringLiteral("Voorbeeldstraat"));
    CHECK(row.person.postcode == QStringLiteral("1234 AB"));
    CHECK(row.person.huisnummer == 10);
    CHECK(row.person.toevoeging == QStringLiteral("A"));
    CHECK(row.person.plaats == QStringLiteral("Voorbeeldstad"));
}

TEST_CASE("The DDAS multiple example delivery is read across deliveries", "[import][ddas]")
{
    const auto result = readSignals(example("meervoudigVoorbeeld.json"), SignalFileReader::Format::Ddas);
    REQUIRE(result.rejects.isEmpty());
    REQUIRE(result.rows.size() == 4);
    CHECK(result.rows[1].signalId == QStringLiteral("VS-2025-0002"));
    CHECK(result.rows[1].crisis);
    CHECK(result.rows[1].partnerType == PartnerType::Water);
    CHECK(result.rows[1].amountCents == 120000);
    CHECK(result.rows[1].person.voorvoegsel.isEmpty());
    CHECK(result.rows[2].partnerType == PartnerType::CakZorgverzekeringen);
    CHECK(result.rows[2].warmHandover);
    CHECK(result.rows[3].partnerType == PartnerType::Huur);
    for (const SignalRow &row : result.rows)
        CHECK_FALSE(row.person.bsnValid);
    CHECK(result.rowsRead == 4);
}

TEST_CASE("DDAS rejects carry the JSON path and line 0", "[import][ddas][reject]")
{
    const QByteArray json = delivery(QByteArray(goodSignal) + "," +
        R"({"ID": "Y", "signaaldatum": "2025-02-30", "signaalpartner": {"type": "Gas"},
                                         "bedrag": -5, "crisissignaal": "soms",
                                         "client": {"Achternaam": "Dijk", "Postcode": "1234AB"}},
                                        42,
                                        {"ID": "Z", "signaaldatum": "2025-01-05", "signaalpartner": {"type": "Huur"},
                                         "client": {"Burgerservicenummer": ["999990019"], "Achternaam": "Dijk"}})");
    const auto result = readSignals(json, SignalFileReader::Format::Ddas);
    REQUIRE(result.rows.size() == 1);
    QStringList columns;
    for (const Reject &r : result.rejects) {
        CHECK(r.line == 0);
        columns << r.column;
    }
    CHECK(columns
        == QStringList{QStringLiteral("leveringen[0].vroegsignalen[1].signaalpartner.type"),
            QStringLiteral("leveringen[0].vroegsignalen[1].signaaldatum"),
            QStringLiteral("leveringen[0].vroegsignalen[1].bedrag"),
            QStringLiteral("leveringen[0].vroegsignalen[1].crisissignaal"),
            QStringLiteral("leveringen[0].vroegsignalen[1]"), // no BSN, no house number
            QStringLiteral("leveringen[0].vroegsignalen[2]"),
            QStringLiteral("leveringen[0].vroegsignalen[3].client.Burgerservicenummer")});
    CHECK(result.rejects[4].reason.contains(QStringLiteral("cannot be matched")));
    CHECK(result.rowsRead == 4);
    CHECK(result.rowsRejected == 3);
}

TEST_CASE("DDAS numbers and strings are accepted where the other is expected", "[import][ddas]")
{
    const auto result = readSignals(
        delivery(R"({"ID": "X", "signaaldatum": "2025-01-05", "signaalpartner": {"type": "huur"}, "bedrag": "12,50",
                     "client": {"Achternaam": "Dijk", "Postcode": "1234 ab", "Huisnummer": 7}})"),
        SignalFileReader::Format::Ddas);
    REQUIRE(result.rejects.isEmpty());
    REQUIRE(result.rows.size() == 1);
    CHECK(result.rows[0].amountCents == 1250);
    CHECK(result.rows[0].person.huisnummer == 7);
}

TEST_CASE("Files that are not DDAS deliveries are refused whole", "[import][ddas][refuse]")
{
    for (const QByteArray &bad : {QByteArray(), QByteArray("  \n"), QByteArray("{\"leveringen\": [}"),
             QByteArray("[1, 2]"), QByteArray("{\"vroegsignalen\": []}"), QByteArray("{\"a\":\0}", 7)}) {
        const auto result = readSignals(bad, SignalFileReader::Format::Ddas);
        REQUIRE(result.refused);
        CHECK(result.refused->code == ErrorCode::Invalid);
        CHECK(result.refused->message.contains(QStringLiteral("test.csv")));
    }
    const auto empty = readSignals(R"({"leveringen": []})", SignalFileReader::Format::Ddas);
    CHECK_FALSE(empty.refused);
    CHECK(empty.rows.isEmpty());
}

TEST_CASE("The format follows the file name", "[import][ddas]")
{
    CHECK(SignalFileReader::formatFor(QStringLiteral("levering.JSON")) == SignalFileReader::Format::Ddas);
    CHECK(SignalFileReader::formatFor(QStringLiteral("signalen.csv")) == SignalFileReader::Format::Csv);
    CHECK(SignalFileReader::formatFor(QStringLiteral("signalen.txt")) == SignalFileReader::Format::Csv);
}
