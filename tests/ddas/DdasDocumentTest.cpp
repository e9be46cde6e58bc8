#include "DdasFixture.h"

#include "ddas/DdasJson.h"
#include "ddas/DdasRequest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::test;

namespace {

/// Writes `json` to a file in `dir` and runs the schema validator on it.
SchemaCheck checkJson(const QTemporaryDir &dir, const QJsonObject &json)
{
    const QString file = dir.filePath(QStringLiteral("check.json"));
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(QJsonDocument(json).toJson());
    out.close();
    return checkAgainstSchema(file);
}

QJsonObject example()
{
    QFile file(ddasFixture(QStringLiteral("enkelvoudigVoorbeeld.json")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// The example with one value of its first signal replaced.
QJsonObject exampleWithSignal(const QString &key, const QJsonValue &value)
{
    QJsonObject doc = example();
    QJsonArray leveringen = doc.value(QStringLiteral("leveringen")).toArray();
    QJsonObject levering = leveringen[0].toObject();
    QJsonArray earlySignals = levering.value(QStringLiteral("vroegsignalen")).toArray();
    QJsonObject first = earlySignals[0].toObject();
    if (value.isUndefined())
        first.remove(key);
    else
        first.insert(key, value);
    earlySignals[0] = first;
    levering.insert(QStringLiteral("vroegsignalen"), earlySignals);
    leveringen[0] = levering;
    doc.insert(QStringLiteral("leveringen"), leveringen);
    return doc;
}

} // namespace

TEST_CASE("The schema validator accepts the published examples and rejects broken deliveries", "[ddas][schema]")
{
    for (const QString &name :
        {QStringLiteral("enkelvoudigVoorbeeld.json"), QStringLiteral("meervoudigVoorbeeld.json")}) {
        const SchemaCheck check = checkAgainstSchema(ddasFixture(name));
        INFO(name.toStdString() << ": " << check.output.toStdString());
        CHECK(check.exitCode == 0);
    }

    QTemporaryDir dir;
    REQUIRE(checkJson(dir, example()).exitCode == 0); // the round trip itself changes nothing

    SECTION("a signal without its ID")
    {
        const SchemaCheck check = checkJson(dir, exampleWithSignal(QStringLiteral("ID"), QJsonValue::Undefined));
        CHECK(check.exitCode == 1);
        CHECK(check.output.contains(QLatin1String("'ID' is a required property")));
    }
    SECTION("an amount in cents as text")
    {
        CHECK(checkJson(dir, exampleWithSignal(QStringLiteral("bedrag"), QStringLiteral("450,00"))).exitCode == 1);
    }
    SECTION("a date that is not YYYY-MM-DD")
    {
        CHECK(checkJson(dir, exampleWithSignal(QStringLiteral("signaaldatum"), QStringLiteral("20250105"))).exitCode
            == 1);
        CHECK(checkJson(dir, exampleWithSignal(QStringLiteral("signaaldatum"), QStringLiteral("2025-02-30"))).exitCode
            == 1);
    }
    SECTION("a delivery time without a time zone")
    {
        QJsonObject doc = example();
        doc.insert(QStringLiteral("aanleverdatumEnTijd"), QStringLiteral("2025-02-05T10:30:00"));
        const SchemaCheck check = checkJson(dir, doc);
        CHECK(check.exitCode == 1);
        CHECK(check.output.contains(QLatin1String("date-time")));
    }
    SECTION("a status outside the enumeration, and a key the schema does not know")
    {
        CHECK(checkJson(dir, exampleWithSignal(QStringLiteral("status"), QStringLiteral("Opgepakt"))).exitCode == 1);
        CHECK(checkJson(dir, exampleWithSignal(QStringLiteral("partner_type"), QStringLiteral("Huur"))).exitCode == 1);
    }
    SECTION("not JSON at all")
    {
        const QString file = dir.filePath(QStringLiteral("kapot.json"));
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("{\"leveringen\": [");
        out.close();
        CHECK(checkAgainstSchema(file).exitCode == 1);
    }
}

TEST_CASE("Values outside the DDAS enumerations never make the delivery invalid", "[ddas][schema]")
{
    DdasRequest request;
    request.from = QDate(2025, 1, 1);
    request.to = QDate(2025, 1, 31);
    request.gemeentecodes = {QStringLiteral("0518")};
    DdasLevering data;
    data.gemeentecode = QStringLiteral("0518");
    DdasSignal odd;
    odd.id = 7;
    odd.partnerType = QStringLiteral("cak zorgverzekeringen"); // an older spelling
    odd.signalDate = QDate(2025, 1, 2);
    odd.status = QStringLiteral("opgepakt"); // not an EnumSignaalstatus
    odd.amountCents = 149;
    odd.client.achternaam = QStringLiteral("Jansen");
    DdasSignal unknown = odd;
    unknown.id = 8;
    unknown.partnerType = QStringLiteral("Telecom");
    unknown.amountCents = 150;
    data.signals << odd << unknown;
    DdasCase c;
    c.id = 1;
    c.closed = true;
    c.openedOn = QDate(2025, 1, 3);
    c.matchedOn = QDate(2025, 1, 2);
    c.closedOn = QDate(2025, 1, 9);
    c.outcome = QStringLiteral("verhuisd"); // not an EnumEindresultaat
    c.signalIds << 7 << 8;
    c.firstSignalDate = QDate(2025, 1, 2);
    c.attempts << DdasAttempt{QStringLiteral("Fax"), false, QDate(2025, 1, 4), QStringLiteral("Nacht")};
    data.cases << c;

    const QJsonObject doc = ddasDocument(request, QDateTime(QDate(2025, 2, 5), QTime(10, 30, 15, 250), Qt::UTC), {data});
    CHECK(doc.value(QStringLiteral("aanleverdatumEnTijd")).toString() == QStringLiteral("2025-02-05T10:30:15Z"));
    const QJsonObject levering = doc.value(QStringLiteral("leveringen")).toArray()[0].toObject();
    const QJsonArray earlySignals = levering.value(QStringLiteral("vroegsignalen")).toArray();
    const QJsonObject first = earlySignals[0].toObject();
    CHECK(first.value(QStringLiteral("ID")).toString() == QStringLiteral("VN-7"));
    CHECK(first.value(QStringLiteral("signaalpartner")).toObject().value(QStringLiteral("type")).toString()
        == QStringLiteral("CAK Zorgverzekeringen"));
    CHECK_FALSE(first.contains(QStringLiteral("status")));
    CHECK(first.value(QStringLiteral("bedrag")).toInteger() == 1);
    const QJsonObject second = earlySignals[1].toObject();
    CHECK(second.value(QStringLiteral("signaalpartner")).toObject().value(QStringLiteral("type")).toString()
        == QStringLiteral("Overige"));
    CHECK(second.value(QStringLiteral("bedrag")).toInteger() == 2);
    const QJsonObject zaak = levering.value(QStringLiteral("vroegsignaalzaken")).toArray()[0].toObject();
    CHECK_FALSE(zaak.contains(QStringLiteral("resultaat")));
    CHECK(zaak.value(QStringLiteral("einddatum_matchingperiode")).toString() == QStringLiteral("2025-01-09"));
    CHECK(zaak.value(QStringLiteral("contactpogingen")).toArray()[0].toObject()
        == QJsonObject{{QStringLiteral("soort"), QStringLiteral("Overige")}, {QStringLiteral("bereikt"), false},
            {QStringLiteral("datum"), QStringLiteral("2025-01-04")}});

    QTemporaryDir dir;
    const SchemaCheck check = checkJson(dir, doc);
    INFO(check.output.toStdString());
    CHECK(check.exitCode == 0);
}

TEST_CASE("Amounts are delivered in whole euros, rounded", "[ddas]")
{
    CHECK(ddasWholeEuros(0) == 0);
    CHECK(ddasWholeEuros(49) == 0);
    CHECK(ddasWholeEuros(50) == 1);
    CHECK(ddasWholeEuros(45049) == 450);
    CHECK(ddasWholeEuros(45050) == 451);
    CHECK(ddasWholeEuros(-150) == -2);
    CHECK(ddasWholeEuros(1'000'000'000'00) == 1'000'000'000);
}

TEST_CASE("Contact persons are read from name, telephone, e-mail and job title", "[ddas]")
{
    auto full = DdasContact::parse(QStringLiteral(" J. de Vries ; 010-1234567;j.devries@vangstad.example;Beleid "));
    REQUIRE(full.ok());
    CHECK(*full
        == DdasContact{QStringLiteral("J. de Vries"), QStringLiteral("010-1234567"),
            QStringLiteral("j.devries@vangstad.example"), QStringLiteral("Beleid")});
    auto nameOnly = DdasContact::parse(QStringLiteral("P. Smit"));
    REQUIRE(nameOnly.ok());
    CHECK(nameOnly->telefoon.isEmpty());
    CHECK_FALSE(DdasContact::parse(QStringLiteral(";010-1234567")).ok());
    CHECK_FALSE(DdasContact::parse(QStringLiteral("P. Smit;;geen-adres")).ok());
    CHECK_FALSE(DdasContact::parse(QStringLiteral("a;b;c@d.nl;e;f")).ok());
}

TEST_CASE("A DDAS request checks its period, codes and contact persons", "[ddas]")
{
    DdasRequest r;
    r.from = QDate(2025, 1, 1);
    r.to = QDate(2025, 1, 31);
    r.gemeentecodes = {QStringLiteral("0518")};
    CHECK(r.validate().isEmpty());
    CHECK(r.organisationName(QStringLiteral("0518")) == QStringLiteral("Gemeente 0518"));
    CHECK(r.leverancier == QStringLiteral("VANGNET"));

    DdasRequest oneDay = r;
    oneDay.to = oneDay.from;
    CHECK(oneDay.validate().isEmpty());

    auto fieldsOf = [](const DdasRequest &request) {
        QStringList out;
        for (const FieldError &e : request.validate())
            out << e.field;
        return out;
    };
    DdasRequest backwards = r;
    backwards.to = QDate(2024, 12, 31);
    CHECK(fieldsOf(backwards) == QStringList{QStringLiteral("to")});
    DdasRequest noDates = r;
    noDates.from = QDate();
    noDates.to = QDate();
    CHECK(fieldsOf(noDates) == QStringList{QStringLiteral("from"), QStringLiteral("to")});
    for (const QString &code : {QStringLiteral("518"), QStringLiteral("05180"), QStringLiteral("05a8"), QString()}) {
        DdasRequest badCode = r;
        badCode.gemeentecodes = {code};
        CHECK(fieldsOf(badCode) == QStringList{QStringLiteral("gemeentecode")});
    }
    DdasRequest none = r;
    none.gemeentecodes.clear();
    CHECK(fieldsOf(none) == QStringList{QStringLiteral("gemeentecode")});
    DdasRequest sameTwice = r;
    sameTwice.gemeentecodes << QStringLiteral("0518");
    CHECK(fieldsOf(sameTwice) == QStringList{QStringLiteral("gemeentecode")});
    DdasRequest two = r;
    two.gemeentecodes << QStringLiteral("0307");
    CHECK(two.validate().isEmpty());
    DdasRequest noSupplier = r;
    noSupplier.leverancier = QStringLiteral("  ");
    CHECK(fieldsOf(noSupplier) == QStringList{QStringLiteral("leverancier")});
    DdasRequest twice = r;
    twice.contacts << DdasContact{QStringLiteral("P. Smit"), {}, {}, {}}
                   << DdasContact{QStringLiteral("P. Smit"), {}, {}, {}};
    CHECK(fieldsOf(twice) == QStringList{QStringLiteral("contact")});
}
