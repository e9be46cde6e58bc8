#include "RulesTestSupport.h"

#include "rules/DefaultRules.h"
#include "support/Translations.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>

namespace vangnet::test {

void useDutch()
{
    static const bool installed = [] {
        qunsetenv("VANGNET_LANG");
        return installTranslations(*QCoreApplication::instance()) == QStringLiteral("nl");
    }();
    REQUIRE(installed);
}

rules::RuleSet parseOrFail(const QString &text)
{
    const rules::ParseResult result = rules::parseRuleSet(text);
    for (const rules::ParseError &e : result.errors)
        UNSCOPED_INFO(e.toString().toStdString());
    REQUIRE(result.ok());
    return result.ruleSet;
}

rules::RuleSet defaultRules()
{
    rules::RuleSet set = parseOrFail(rules::defaultRuleSetText());
    set.version = 1;
    return set;
}

} // namespace vangnet::test
