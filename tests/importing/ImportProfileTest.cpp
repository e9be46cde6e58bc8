#include "importing/ImportProfile.h"
#include "importing/ImportFields.h"

#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::importing;

TEST_CASE("The default profiles read the documented headers", "[import][profile]")
{
    const ImportProfile signalsProfile = ImportProfile::defaultSignals();
    CHECK(signalsProfile.kind == ImportProfile::Kind::Signals);
    CHECK(signalsProfile.fieldKeys().size() == signalFieldCount);
    CHECK(signalsProfile.sourceColumn(QStringLiteral("signaaldatum")) == QStringLiteral("signaaldatum"));
    CHECK(signalsProfile.delimiter == 0);
    CHECK(signalsProfile.encoding == TextEncoding::Auto);
    const ImportProfile dischargesProfile = ImportProfile::defaultDischarges();
    CHECK(dischargesProfile.kind == ImportProfile::Kind::Discharges);
    CHECK(dischargesProfile.fieldKeys().size() == dischargeFieldCount);
    CHECK(dischargesProfile.fieldKeys().at(int(DischargeField::Care)) == QStringLiteral("zorg"));
}

TEST_CASE("A profile survives a JSON round trip", "[import][profile]")
{
    ImportProfile profile;
    profile.name = QStringLiteral("Inforing");
    profile.kind = ImportProfile::Kind::Discharges;
    profile.columns = {{QStringLiteral("instelling_type"), QStringLiteral("Soort")},
        {QStringLiteral("verwachte_uitstroomdatum"), QStringLiteral("Datum uit")}};
    profile.delimiter = '\t';
    profile.encoding = TextEncoding::Windows1252;
    const QByteArray text = QJsonDocument(profile.toJson()).toJson();
    const auto back = ImportProfile::fromJson(QJsonDocument::fromJson(text).object());
    REQUIRE(back.ok());
    CHECK(*back == profile);
    CHECK(back->sourceColumn(QStringLiteral("instelling_type")) == QStringLiteral("Soort"));
    CHECK(back->sourceColumn(QStringLiteral("bsn")) == QStringLiteral("bsn"));

    const auto defaults = ImportProfile::fromJson(ImportProfile::defaultSignals().toJson());
    REQUIRE(defaults.ok());
    CHECK(*defaults == ImportProfile::defaultSignals());
}

TEST_CASE("Profiles with unknown kinds, fields, delimiters or encodings are refused", "[import][profile]")
{
    const auto bad = ImportProfile::fromJson(QJsonDocument::fromJson(R"({"name": "", "kind": "huizen",
        "columns": {"schoenmaat": "Maat"}, "delimiter": "|", "encoding": "ebcdic"})")
                                                 .object());
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == ErrorCode::Invalid);
    QStringList fields;
    for (const FieldError &e : bad.error().fields)
        fields << e.field;
    CHECK(fields
        == QStringList{QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("columns"),
            QStringLiteral("delimiter"), QStringLiteral("encoding")});
    // A discharge field in a signal profile is unknown there.
    const auto crossed = ImportProfile::fromJson(QJsonDocument::fromJson(R"({"name": "x", "kind": "signals",
        "columns": {"onderdak": "Dak"}})")
                                                     .object());
    CHECK_FALSE(crossed.ok());
}
