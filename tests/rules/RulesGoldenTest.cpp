#include "RulesTestSupport.h"
#include "support/TestJson.h"

#include "rules/FactsJson.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonDocument>

using namespace vangnet;

// One folder per case: facts.json (with "as_of"), expected.json, and optionally rules.rules
// (else the shipped default set). A new regression case is new files, not new code.
// VANGNET_UPDATE_GOLDEN=1 rewrites expected.json from the current output, to be reviewed in the diff.
TEST_CASE("Golden rule fixtures", "[rules][golden]")
{
    test::useDutch();
    const QDir root(QStringLiteral(VANGNET_RULES_FIXTURES));
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    REQUIRE(cases.size() >= 16);
    const rules::RuleSet defaults = test::defaultRules();
    const bool update = qEnvironmentVariableIsSet("VANGNET_UPDATE_GOLDEN");

    for (const QString &name : cases) {
        DYNAMIC_SECTION(name.toStdString())
        {
            const QDir dir(root.filePath(name));
            const QJsonObject factsJson = test::readJsonObject(dir.filePath(QStringLiteral("facts.json")));
            QString error;
            const auto facts = rules::factsFromJson(factsJson, &error);
            INFO(error.toStdString());
            REQUIRE(facts);
            const QDate asOf = QDate::fromString(factsJson.value(QStringLiteral("as_of")).toString(), Qt::ISODate);
            REQUIRE(asOf.isValid());

            rules::RuleSet ruleSet = defaults;
            if (QFile custom(dir.filePath(QStringLiteral("rules.rules"))); custom.exists()) {
                REQUIRE(custom.open(QIODevice::ReadOnly));
                ruleSet = test::parseOrFail(QString::fromUtf8(custom.readAll()));
                ruleSet.version = factsJson.value(QStringLiteral("rules_version")).toInt(1);
            }

            const QJsonObject actual = rules::evaluationToJson(rules::evaluate(ruleSet, *facts, asOf));
            const QString expectedPath = dir.filePath(QStringLiteral("expected.json"));
            if (update) {
                QFile out(expectedPath);
                REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
                out.write(QJsonDocument(actual).toJson(QJsonDocument::Indented));
            }
            const QJsonObject expected = test::readJsonObject(expectedPath);
            INFO("actual:\n" << QJsonDocument(actual).toJson(QJsonDocument::Indented).toStdString());
            INFO("expected:\n" << QJsonDocument(expected).toJson(QJsonDocument::Indented).toStdString());
            CHECK(actual == expected);
        }
    }
}
