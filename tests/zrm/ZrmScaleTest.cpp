#include "../rules/RulesTestSupport.h"

#include "rules/RuleSet.h"
#include "zrm/ZrmScale.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace vangnet;

namespace {

QString ruleOn(const QString &domain)
{
    return QStringLiteral("rule z {\n  title \"t\"\n  severity laag\n  score 1\n  when zrm(%1) >= 1\n  explain \"x\"\n}\n")
        .arg(domain);
}

} // namespace

TEST_CASE("The ZRM 2017 has 13 domains in the matrix's order and a scale of five levels", "[zrm]")
{
    CHECK(zrm::currentVersion() == QStringLiteral("ZRM 2017"));
    const QStringList expected{
        QStringLiteral("financien"), QStringLiteral("werk_opleiding"), QStringLiteral("tijdsbesteding"),
        QStringLiteral("huisvesting"), QStringLiteral("huiselijke_relaties"), QStringLiteral("geestelijke_gezondheid"),
        QStringLiteral("lichamelijke_gezondheid"), QStringLiteral("middelengebruik"), QStringLiteral("basale_adl"),
        QStringLiteral("instrumentele_adl"), QStringLiteral("sociaal_netwerk"),
        QStringLiteral("maatschappelijke_participatie"), QStringLiteral("justitie")};
    CHECK(zrm::domainKeys() == expected);
    QSet<QString> labels;
    for (const QString &key : zrm::domainKeys()) {
        CHECK(zrm::isDomain(key));
        CHECK_FALSE(zrm::domainLabel(key).isEmpty());
        labels.insert(zrm::domainLabel(key));
    }
    CHECK(labels.size() == 13);
    CHECK_FALSE(zrm::isDomain(u"Huisvesting")); // keys are exact
    CHECK_FALSE(zrm::isDomain(u"wonen"));
    CHECK(zrm::domainLabel(u"wonen").isEmpty());

    CHECK(zrm::levelName(0).isEmpty());
    CHECK(zrm::levelName(6).isEmpty());
    QSet<QString> levels;
    for (int score = zrm::lowestScore; score <= zrm::highestScore; ++score)
        levels.insert(zrm::levelName(score));
    CHECK(levels.size() == 5);
    CHECK_FALSE(levels.contains(QString()));
}

TEST_CASE("The rules language knows exactly the ZRM domains", "[zrm][rules]")
{
    test::useDutch();
    for (const QString &key : zrm::domainKeys()) {
        INFO(key.toStdString());
        CHECK(rules::parseRuleSet(ruleOn(key)).ok());
        CHECK(rules::parseRuleSet(ruleOn(QLatin1Char('"') + key + QLatin1Char('"'))).ok());
    }
    const rules::ParseResult unknown = rules::parseRuleSet(ruleOn(QStringLiteral("wonen")));
    REQUIRE(unknown.errors.size() == 1);
    CHECK(unknown.errors.first().toString() == QStringLiteral("regel 5, kolom 12: onbekend ZRM-domein 'wonen'"));
    CHECK_FALSE(rules::parseRuleSet(ruleOn(QStringLiteral("Huisvesting"))).ok());
}

TEST_CASE("ZRM domains and levels read in Dutch as in the matrix", "[zrm][i18n]")
{
    test::useDutch();
    CHECK(zrm::domainLabel(u"financien") == QStringLiteral("Financiën"));
    CHECK(zrm::domainLabel(u"werk_opleiding") == QStringLiteral("Werk & opleiding"));
    CHECK(zrm::domainLabel(u"basale_adl") == QStringLiteral("Basale ADL"));
    CHECK(zrm::domainLabel(u"maatschappelijke_participatie") == QStringLiteral("Maatschappelijke participatie"));
    const QStringList levels{QStringLiteral("Acute problematiek"), QStringLiteral("Niet zelfredzaam"),
                             QStringLiteral("Beperkt zelfredzaam"), QStringLiteral("Voldoende zelfredzaam"),
                             QStringLiteral("Volledig zelfredzaam")};
    for (int score = zrm::lowestScore; score <= zrm::highestScore; ++score)
        CHECK(zrm::levelName(score) == levels.at(score - 1));
}
