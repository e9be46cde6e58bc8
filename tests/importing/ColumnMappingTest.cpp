#include "ImportTestSupport.h"

#include "importing/ColumnMapping.h"
#include "importing/CsvTable.h"
#include "importing/ImportFields.h"

#include <QBuffer>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::importing;
using namespace vangnet::importing::test;

namespace {

int signalField(SignalField field)
{
    return int(field);
}

} // namespace

TEST_CASE("A profile can say a field is not in the file, even under its own name", "[import][profile]")
{
    ImportProfile profile = ImportProfile::defaultSignals();
    profile.columns.insert(QStringLiteral("bedrag"), QString());
    CHECK(profile.leftOut(QStringLiteral("bedrag")));
    CHECK_FALSE(profile.leftOut(QStringLiteral("bsn")));

    const auto back = ImportProfile::fromJson(QJsonDocument::fromJson(QJsonDocument(profile.toJson()).toJson()).object());
    REQUIRE(back.ok());
    CHECK(*back == profile);
    CHECK(back->leftOut(QStringLiteral("bedrag")));

    // The default file has a bedrag column; the profile does not read it.
    const auto result = readSignals(csv(signalHeader, {signalRecord({{"bedrag", "not an amount"}}).constData()}),
                                    SignalFileReader::Format::Csv, profile);
    REQUIRE_FALSE(result.refused);
    CHECK(result.rejects.isEmpty());
    REQUIRE(result.rows.size() == 1);
    CHECK_FALSE(result.rows.front().amountCents);
}

TEST_CASE("A CSV header is read as the readers read it, whichever columns it has", "[import][profile]")
{
    auto header = CsvTable::headerOf(std::make_unique<QBuffer>(), QStringLiteral("x"), ImportProfile::defaultSignals());
    CHECK_FALSE(header.ok()); // empty: refused, as the readers refuse it
    QByteArray bytes("\"Datum, signaal\",Naam , Kenmerk\n1,2,3\n");
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    header = CsvTable::headerOf(std::move(buffer), QStringLiteral("x"), ImportProfile::defaultSignals());
    REQUIRE(header.ok());
    CHECK(*header == QStringList{QStringLiteral("Datum, signaal"), QStringLiteral("Naam"), QStringLiteral("Kenmerk")});
}

TEST_CASE("A column mapping starts from the profile and writes only what changed", "[import][profile]")
{
    ImportProfile base = ImportProfile::defaultSignals();
    base.name = QStringLiteral("Platform");
    base.columns.insert(QStringLiteral("achternaam"), QStringLiteral("Naam"));
    ColumnMapping mapping(base, {QStringLiteral("naam"), QStringLiteral("SIGNAALDATUM"), QStringLiteral(""),
                                 QStringLiteral("Soort"), QStringLiteral("Naam"), QStringLiteral("BSN")});
    // Blank and repeated names are not offered: the readers could not tell them apart.
    CHECK(mapping.headers()
          == QStringList{QStringLiteral("naam"), QStringLiteral("SIGNAALDATUM"), QStringLiteral("Soort"),
                         QStringLiteral("BSN")});
    CHECK(mapping.column(signalField(SignalField::Achternaam)) == 0);
    CHECK(mapping.column(signalField(SignalField::SignalDate)) == 1);
    CHECK(mapping.column(signalField(SignalField::Bsn)) == 3);
    CHECK(mapping.column(signalField(SignalField::Partner)) == ColumnMapping::none);
    CHECK(mapping.required(signalField(SignalField::Partner)));
    CHECK_FALSE(mapping.required(signalField(SignalField::Bsn)));
    CHECK(mapping.addressAlternative(signalField(SignalField::Bsn)));
    CHECK(mapping.profile() == base);
    CHECK_FALSE(mapping.edited());

    auto problems = mapping.problems();
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().kind == ColumnMapping::Problem::Kind::Required);
    CHECK(problems.front().fields == QList<int>{signalField(SignalField::Partner)});

    mapping.setColumn(signalField(SignalField::Partner), 2);
    mapping.setColumn(signalField(SignalField::SignalDate), 1);
    CHECK(mapping.problems().isEmpty());
    mapping.setColumn(signalField(SignalField::Voornaam), 0);
    problems = mapping.problems();
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().kind == ColumnMapping::Problem::Kind::SharedColumn);
    CHECK(problems.front().column == QStringLiteral("naam"));
    CHECK(problems.front().fields == QList<int>{signalField(SignalField::Voornaam), signalField(SignalField::Achternaam)});
    mapping.setColumn(signalField(SignalField::Voornaam), ColumnMapping::none);
    mapping.setColumn(signalField(SignalField::Bsn), ColumnMapping::none);
    problems = mapping.problems();
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().kind == ColumnMapping::Problem::Kind::BsnOrAddress);

    const ImportProfile edited = mapping.profile();
    CHECK(mapping.edited());
    CHECK(edited.columns.value(QStringLiteral("signaalpartner")) == QStringLiteral("Soort"));
    CHECK_FALSE(edited.columns.contains(QStringLiteral("signaaldatum"))); // its own name: nothing to write
    CHECK(edited.leftOut(QStringLiteral("bsn")));
    CHECK(edited.columns.value(QStringLiteral("achternaam")) == QStringLiteral("Naam"));
    CHECK(edited.columns.size() == 3);
}
