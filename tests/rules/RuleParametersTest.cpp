#include "RulesTestSupport.h"

#include "rules/Lexer.h"

using namespace vangnet;
using namespace vangnet::rules;

namespace {

const QString rule = QStringLiteral(R"(
  title "Huur"
  severity hoog
  score 10
  when sum(signals where partner = Huur) >= huur_drempel
  explain "Huur {sum(signals where partner = Huur)} boven {huur_drempel}"
}
)");

QString errorsOf(const QString &text)
{
    QStringList out;
    for (const ParseError &e : parseRuleSet(text).errors)
        out << e.toString();
    return out.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("A parameter at the top of a rule set is used by name and kept with its place in the text", "[rules][parameters]")
{
    test::useDutch();
    const QString text = QStringLiteral("# drempels\nparam huur_drempel = € 1.000\nparameter dagen_oud = 90\nrule huur {") + rule;
    const RuleSet set = test::parseOrFail(text);
    REQUIRE(set.parameters.size() == 2);
    const RuleParameter &amount = set.parameters.at(0);
    CHECK(amount.name == QStringLiteral("huur_drempel"));
    CHECK(amount.type == ValueType::Money);
    CHECK(amount.value == 100000);
    CHECK(amount.pos.line == 2);
    CHECK(amount.pos.column == 22);
    CHECK(set.parameters.at(1).type == ValueType::Number);
    CHECK(set.parameters.at(1).value == 90);

    // The form changes the value: only the literal changes, and the set still parses.
    const QString changed = withParameterValue(text, amount, 125050);
    CHECK(changed.contains(QStringLiteral("param huur_drempel = € 1.250,50\n")));
    CHECK(changed.count(QLatin1Char('\n')) == text.count(QLatin1Char('\n')));
    const RuleSet reparsed = test::parseOrFail(changed);
    CHECK(reparsed.parameters.at(0).value == 125050);
    CHECK(withParameterValue(changed, reparsed.parameters.at(1), 30).contains(QStringLiteral("parameter dagen_oud = 30\n")));
    CHECK(parameterLiteral(ValueType::Money, 123456789) == QStringLiteral("€ 1.234.567,89"));
    CHECK(parameterLiteral(ValueType::Money, 500) == QStringLiteral("€ 5"));
    CHECK(parameterLiteral(ValueType::Number, 14) == QStringLiteral("14"));
}

TEST_CASE("A parameter of the wrong type or in the wrong place is refused with line, column and reason", "[rules][parameters]")
{
    test::useDutch();
    CHECK(errorsOf(QStringLiteral("param huur_drempel = ja\nrule huur {") + rule)
              .startsWith(QStringLiteral("regel 1, kolom 22: parameter 'huur_drempel' moet een getal (90) of een bedrag (€ 1.000) zijn, niet 'ja'")));
    CHECK(errorsOf(QStringLiteral("param huur_drempel = \"hoog\"\nrule huur {") + rule).contains(QStringLiteral("niet 'hoog'")));
    CHECK(errorsOf(QStringLiteral("param count = 3\nparam huur_drempel = € 5\nrule huur {") + rule)
              .contains(QStringLiteral("regel 1, kolom 7: de naam 'count' is al in gebruik")));
    CHECK(errorsOf(QStringLiteral("param x = 1\nparam x = 2\nparam huur_drempel = € 5\nrule huur {") + rule)
              .contains(QStringLiteral("regel 2, kolom 7: parameter 'x' staat er twee keer")));
    CHECK(errorsOf(QStringLiteral("param huur_drempel = € 5\nrule huur {") + rule + QStringLiteral("param later = 1\n"))
              .contains(QStringLiteral("parameters staan boven de eerste regel")));
    // An amount compared with a number parameter is the usual type error, at the name.
    const QString numberAmount = errorsOf(QStringLiteral("param huur_drempel = 1000\nrule huur {") + rule);
    CHECK(numberAmount.startsWith(QStringLiteral("regel 6, kolom")));
    // Nothing of a refused set is kept.
    CHECK_FALSE(parseRuleSet(QStringLiteral("param huur_drempel = ja\nrule huur {") + rule).ok());
}

TEST_CASE("Dutch keywords read as the English ones, and names that are Dutch words stay names", "[rules][dutch]")
{
    test::useDutch();
    CHECK(canonicalWord(QStringLiteral("regel")) == QStringLiteral("rule"));
    CHECK(canonicalWord(QStringLiteral("binnen")) == QStringLiteral("within"));
    CHECK(canonicalWord(QStringLiteral("onderdak")) == QStringLiteral("onderdak"));
    // The shipped rules call their lets uitstroom, jaar, achterstanden and pogingen: still lets.
    const RuleSet defaults = test::defaultRules();
    CHECK(defaults.rules.size() >= 6);
    const RuleSet dutch = test::parseOrFail(QStringLiteral(
        "regel r {\n titel \"t\"\n ernst midden\n gewicht 3\n"
        " stel jaar = signalen waar open binnen 1 jaar\n"
        " stel uitstroom = uitstroom binnen 30 dagen\n"
        " als achterstanden(jaar) >= 2 of (bestaat(uitstroom) en niet aantal(pogingen waar bereikt = ja) > 0)\n"
        " uitleg \"{lijst(jaar)}\"\n}\n").replace(QStringLiteral("bereikt"), QStringLiteral("reached")));
    CHECK(dutch.rules.at(0).id == QStringLiteral("r"));
    CHECK(dutch.rules.at(0).severity == Severity::Midden);
    CHECK(dutch.rules.at(0).score == 3);
    // A Dutch word where its English one is not expected is an ordinary (unknown) name.
    CHECK(errorsOf(QStringLiteral("regel r {\n titel \"t\"\n ernst midden\n gewicht 3\n als binnen > 2\n uitleg \"x\"\n}\n"))
              .contains(QStringLiteral("regel 5")));
}

TEST_CASE("max and min take the amounts of signals only", "[rules][functions]")
{
    test::useDutch();
    const QString head = QStringLiteral("rule r {\n title \"t\"\n severity laag\n score 1\n when ");
    const QString tail = QStringLiteral("\n explain \"x\"\n}\n");
    CHECK(parseRuleSet(head + QStringLiteral("max(signals) > € 1") + tail).ok());
    CHECK(parseRuleSet(head + QStringLiteral("laagste(signalen) < hoogste(signalen)") + tail).ok());
    CHECK(errorsOf(head + QStringLiteral("max(persons) > € 1") + tail).contains(QStringLiteral("regel 5")));
    CHECK(errorsOf(head + QStringLiteral("max(signals) > 1") + tail).contains(QStringLiteral("regel 5"))); // an amount, not a number
}
