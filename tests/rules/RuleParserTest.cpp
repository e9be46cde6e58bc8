#include "RulesTestSupport.h"

#include "rules/DefaultRules.h"

#include <catch2/catch.hpp>

using namespace vangnet;

namespace {

/// A complete rule whose `when` line (line 5) and `explain` line (line 6) the test supplies.
QString ruleWith(const QString &when, const QString &explain = QStringLiteral("  explain \"x\""))
{
    return QStringLiteral("rule a {\n  title \"t\"\n  severity hoog\n  score 1\n%1\n%2\n}\n").arg(when, explain);
}

QStringList errorsOf(const QString &text)
{
    QStringList out;
    for (const rules::ParseError &e : rules::parseRuleSet(text).errors)
        out << e.toString();
    return out;
}

QString onlyError(const QString &text)
{
    const QStringList errors = errorsOf(text);
    INFO(errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(errors.size() == 1);
    return errors.first();
}

} // namespace

TEST_CASE("The shipped default rule set parses", "[rules][parser]")
{
    const rules::RuleSet set = test::defaultRules();
    QStringList ids;
    for (const rules::Rule &r : set.rules)
        ids << r.id;
    CHECK(ids == QStringList{QStringLiteral("meerdere_achterstanden"), QStringLiteral("crisissignaal"),
                             QStringLiteral("uitstroom_zonder_onderdak"),
                             QStringLiteral("uitgestroomd_zonder_onderdak"),
                             QStringLiteral("jeugdzorg_18_zonder_woonplek"), QStringLiteral("veel_signalen"),
                             QStringLiteral("zorgverzekering"), QStringLiteral("uitstroom_met_achterstand"),
                             QStringLiteral("geen_contact"), QStringLiteral("warme_overdracht")});
    CHECK(set.text == rules::defaultRuleSetText());
}

TEST_CASE("Parse errors say where and why, in Dutch", "[rules][parser]")
{
    test::useDutch();

    SECTION("unknown fact")
    {
        CHECK(onlyError(ruleWith(QStringLiteral("  when count(sigals) >= 2")))
              == QStringLiteral("regel 5, kolom 14: onbekend feit 'sigals'"));
    }
    SECTION("comparing a count with a partner type")
    {
        CHECK(onlyError(ruleWith(QStringLiteral("  when count(signals) = Huur")))
              == QStringLiteral("regel 5, kolom 23: kan een getal niet vergelijken met een signaalpartner"));
    }
    SECTION("comparing an amount with a plain number")
    {
        CHECK(onlyError(ruleWith(QStringLiteral("  when sum(signals) > 1000")))
              == QStringLiteral("regel 5, kolom 21: kan een bedrag niet vergelijken met een getal"));
    }
    SECTION("empty time window")
    {
        CHECK(onlyError(ruleWith(QStringLiteral("  when exists(signals within 0 days)")))
              == QStringLiteral("regel 5, kolom 30: leeg tijdvenster: gebruik minstens 1 dag"));
    }
    SECTION("unknown time unit")
    {
        CHECK(onlyError(ruleWith(QStringLiteral("  when exists(signals within 3 weeks)")))
              == QStringLiteral("regel 5, kolom 32: onbekende tijdseenheid 'weeks': gebruik days, months of years"));
    }
    SECTION("missing closing parenthesis")
    {
        CHECK(onlyError(ruleWith(QStringLiteral("  when exists(signals where crisis")))
              == QStringLiteral("regel 6, kolom 3: ')' verwacht, maar 'explain' gevonden"));
    }
    SECTION("unknown partner type")
    {
        CHECK(onlyError(ruleWith(QStringLiteral("  when exists(signals where partner = \"Telefoon\")")))
              == QStringLiteral("regel 5, kolom 39: onbekende waarde 'Telefoon': een signaalpartner verwacht"));
    }
    SECTION("a fact of an item used outside 'where'")
    {
        CHECK(onlyError(ruleWith(QStringLiteral("  when crisis")))
              == QStringLiteral("regel 5, kolom 8: 'crisis' is een feit van elk van de signalen: gebruik het na 'where'"));
    }
    SECTION("a condition is required after when")
    {
        CHECK(onlyError(ruleWith(QStringLiteral("  when count(signals)")))
              == QStringLiteral("regel 5, kolom 8: hier hoort een voorwaarde (waar of onwaar), maar dit is een getal"));
    }
    SECTION("ordering a partner type")
    {
        CHECK(onlyError(ruleWith(QStringLiteral("  when exists(signals where partner > Huur)")))
              == QStringLiteral("regel 5, kolom 37: '>' kan alleen getallen en bedragen vergelijken"));
    }
    SECTION("an error inside an explanation placeholder points into the string")
    {
        CHECK(onlyError(ruleWith(QStringLiteral("  when true"), QStringLiteral("  explain \"Aantal: {count(signal)}\"")))
              == QStringLiteral("regel 6, kolom 27: onbekend feit 'signal'"));
    }
    SECTION("unclosed placeholder")
    {
        CHECK(onlyError(ruleWith(QStringLiteral("  when true"), QStringLiteral("  explain \"Aantal: {count(signals)\"")))
              == QStringLiteral("regel 6, kolom 20: '{' zonder '}' in de uitleg"));
    }
    SECTION("unexpected character")
    {
        CHECK(onlyError(ruleWith(QStringLiteral("  when count(signals) >= 2;")))
              == QStringLiteral("regel 5, kolom 27: onverwacht teken ';'"));
    }
    SECTION("unknown severity")
    {
        CHECK(onlyError(QStringLiteral("rule a {\n  severity hoogst\n}\n"))
              == QStringLiteral("regel 2, kolom 12: onbekende ernst 'hoogst': gebruik laag, midden, hoog of kritiek"));
    }
    SECTION("a missing part")
    {
        CHECK(onlyError(QStringLiteral("rule a {\n  title \"t\"\n  severity laag\n  score 1\n  explain \"x\"\n}\n"))
              == QStringLiteral("regel 6, kolom 1: regel 'a' mist 'when'"));
    }
    SECTION("turns_18_within outside persons or discharges")
    {
        CHECK(onlyError(ruleWith(QStringLiteral("  when exists(signals where turns_18_within(90 days))")))
              == QStringLiteral("regel 5, kolom 29: turns_18_within kan alleen na 'where' op persons of discharges"));
    }
    SECTION("a let name that is already taken")
    {
        CHECK(onlyError(ruleWith(QStringLiteral("  let count = signals\n  when true")).replace(
                  QStringLiteral("\n\n"), QStringLiteral("\n")))
              == QStringLiteral("regel 5, kolom 7: de naam 'count' is al in gebruik"));
    }
    SECTION("an empty rule set")
    {
        CHECK(onlyError(QStringLiteral("# alleen commentaar\n")) == QStringLiteral("regel 2, kolom 1: de regelset bevat geen regels"));
    }
}

TEST_CASE("One broken rule does not hide the next one's errors", "[rules][parser]")
{
    test::useDutch();
    const QString text = QStringLiteral("rule a {\n  title \"t\"\n  severity hoog\n  score 1\n  when count(sigals) > 1\n"
                                        "  explain \"x\"\n}\n"
                                        "rule b {\n  title \"t\"\n  severity laag\n  score 2\n  when true\n  explain \"x\"\n}\n"
                                        "rule c {\n  title \"t\"\n  severity laag\n  score 2\n  when exists(persons within 3 days)\n"
                                        "  explain \"x\"\n}\n"
                                        "rule b {\n  title \"t\"\n  severity laag\n  score 2\n  when true\n  explain \"x\"\n}\n");
    const rules::ParseResult result = rules::parseRuleSet(text);
    REQUIRE(result.errors.size() == 3);
    CHECK(result.errors.at(0).toString() == QStringLiteral("regel 5, kolom 14: onbekend feit 'sigals'"));
    CHECK(result.errors.at(1).toString()
          == QStringLiteral("regel 19, kolom 23: personen hebben geen tijdvenster; gebruik age of turns_18_within"));
    CHECK(result.errors.at(2).toString() == QStringLiteral("regel 22, kolom 6: regel 'b' komt twee keer voor"));
    REQUIRE(result.ruleSet.rules.size() == 1);
    CHECK(result.ruleSet.rules.first().id == QStringLiteral("b"));
}

TEST_CASE("The language accepts its documented forms", "[rules][parser]")
{
    const QString text = QStringLiteral(R"(# commentaar
rule alles {
  title "Alle vormen" " samengevoegd"
  severity KRITIEK
  score 1000
  let huur = signals where partner in [Huur, "CAK Zorgverzekeringen", cak_eigen_bijdrage] within 1 year
  let bedrag = sum(huur)
  when (bedrag >= € 1.250,50 or bedrag - € 10 > €0 * 2 and not count(huur) != 0)
       and exists(discharges where onderdak in [niet_geregeld, onbekend] and zorg = geregeld within 2 months)
       or exists(persons where child and age < 18 or turns_18_within(30 days))
       or zrm(huisvesting) <= 2 or exists(attempts where reached within 12 months)
       or exists(signals where status = "afgesloten" and repeated and since_days > 100 / 2)
  explain "{{letterlijk}} {bedrag}, {count(huur)}, {huur}, {list(persons)}, \"aanhalingsteken\""
}
)");
    const rules::RuleSet set = test::parseOrFail(text);
    REQUIRE(set.rules.size() == 1);
    const rules::Rule &rule = set.rules.first();
    CHECK(rule.title == QStringLiteral("Alle vormen samengevoegd"));
    CHECK(rule.severity == rules::Severity::Kritiek);
    CHECK(rule.score == 1000);
    CHECK(rule.letCount == 2);
    CHECK(rule.explanation.size() == 9);
    CHECK(rule.explanation.first().text == QStringLiteral("{letterlijk} "));
    CHECK(rule.explanation.last().text == QStringLiteral(", \"aanhalingsteken\""));
}

TEST_CASE("The facts that follow the work type-check", "[rules][parser]")
{
    const rules::RuleSet set = test::parseOrFail(QStringLiteral(R"(
rule werk {
  title "t"
  severity hoog
  score 1
  let weg = discharges where state in [uitgestroomd, "in detentie", Afgerond] and days_since >= 0
                             and state != vervangen and ingetrokken != state
  let warm = signals where warm_handover and partner_name = "Woonstichting Zonnehof"
  let pogingen = attempts where after_open_signal and not reached within 90 days
  when exists(weg) or exists(warm) or arrears(signals within 12 months) >= 3 or count(pogingen) > 2
  explain "{arrears(signals)} achterstanden; {weg}; {uitgestroomd}"
}
)"));
    REQUIRE(set.rules.size() == 1);
    CHECK(set.rules.first().letCount == 3);
}

TEST_CASE("Mistakes with the facts that follow the work say where and why", "[rules][parser]")
{
    test::useDutch();

    SECTION("arrears counts signals only")
    {
        CHECK(onlyError(ruleWith(QStringLiteral("  when arrears(discharges) > 1")))
              == QStringLiteral("regel 5, kolom 16: arrears verwacht signalen, geen uitstroommeldingen"));
        CHECK(onlyError(ruleWith(QStringLiteral("  when arrears(attempts where reached) > 1")))
              == QStringLiteral("regel 5, kolom 25: arrears verwacht signalen, geen contactpogingen"));
    }
    SECTION("arrears is a number, not a condition")
    {
        CHECK(onlyError(ruleWith(QStringLiteral("  when arrears(signals)")))
              == QStringLiteral("regel 5, kolom 8: hier hoort een voorwaarde (waar of onwaar), maar dit is een getal"));
    }
    SECTION("an unknown discharge state")
    {
        CHECK(onlyError(ruleWith(QStringLiteral("  when exists(discharges where state = \"vertrokken\")")))
              == QStringLiteral("regel 5, kolom 40: onbekende waarde 'vertrokken': een uitstroomfase verwacht"));
    }
    SECTION("a state is not a basic condition")
    {
        CHECK(onlyError(ruleWith(QStringLiteral("  when exists(discharges where state = geregeld)")))
              == QStringLiteral("regel 5, kolom 38: kan een uitstroomfase niet vergelijken met een status van een "
                                "basisvoorwaarde"));
    }
    SECTION("states have no order")
    {
        CHECK(onlyError(ruleWith(QStringLiteral("  when exists(discharges where state >= uitgestroomd)")))
              == QStringLiteral("regel 5, kolom 38: '>=' kan alleen getallen en bedragen vergelijken"));
    }
    SECTION("days_since is a fact of each discharge")
    {
        CHECK(onlyError(ruleWith(QStringLiteral("  when days_since > 0")))
              == QStringLiteral("regel 5, kolom 8: 'days_since' is een feit van elk van de uitstroommeldingen: "
                                "gebruik het na 'where'"));
    }
    SECTION("after_open_signal belongs to contact attempts")
    {
        CHECK(onlyError(ruleWith(QStringLiteral("  when exists(signals where after_open_signal)")))
              == QStringLiteral("regel 5, kolom 29: 'after_open_signal' is een feit van elk van de contactpogingen, "
                                "niet van de signalen"));
    }
    SECTION("a partner name is text, not a partner type")
    {
        CHECK(onlyError(ruleWith(QStringLiteral("  when exists(signals where partner_name = Huur)")))
              == QStringLiteral("regel 5, kolom 42: kan een tekst niet vergelijken met een signaalpartner"));
    }
    SECTION("warm_handover is a condition")
    {
        CHECK(onlyError(ruleWith(QStringLiteral("  when exists(signals where warm_handover = 1)")))
              == QStringLiteral("regel 5, kolom 43: kan een voorwaarde niet vergelijken met een getal"));
    }
    SECTION("the new words are taken")
    {
        CHECK(onlyError(ruleWith(QStringLiteral("  let arrears = signals\n  when true")).replace(
                  QStringLiteral("\n\n"), QStringLiteral("\n")))
              == QStringLiteral("regel 5, kolom 7: de naam 'arrears' is al in gebruik"));
        CHECK(onlyError(ruleWith(QStringLiteral("  let state = signals\n  when true")).replace(
                  QStringLiteral("\n\n"), QStringLiteral("\n")))
              == QStringLiteral("regel 5, kolom 7: de naam 'state' is al in gebruik"));
    }
}

TEST_CASE("Cases and a member's own ZRM scores type-check, in English and Dutch", "[rules][parser]")
{
    const rules::RuleSet set = test::parseOrFail(QStringLiteral(R"(
rule zaken {
  title "t"
  severity laag
  score 1
  let eerder = cases where not open and closed_days < 183 and outcome != "Geen reactie na eerder contact"
  let nu = zaken waar open en opened_days > 56 en type in [signaal, flag, "Uitstroommelding", manual]
  let lid = persons where zrm(huisvesting) <= 2 and zrm_age_days(huisvesting) < 365
  when count(eerder) > 0 or exists(nu) or exists(lid) or zrm(huisvesting) = 1 or exists(cases where signal = type)
  explain "{eerder}; {lijst(nu)}; {count(zaken)}"
}
)"));
    REQUIRE(set.rules.size() == 1);
    CHECK(set.rules.first().letCount == 3);
}

TEST_CASE("Mistakes with cases and a member's ZRM scores say where and why", "[rules][parser]")
{
    test::useDutch();

    SECTION("an unknown collection")
    {
        CHECK(onlyError(ruleWith(QStringLiteral("  when count(zaakjes) > 1")))
              == QStringLiteral("regel 5, kolom 14: onbekend feit 'zaakjes'"));
    }
    SECTION("an unknown fact of a case")
    {
        CHECK(onlyError(ruleWith(QStringLiteral("  when exists(cases where opend_days > 3)")))
              == QStringLiteral("regel 5, kolom 27: onbekend feit 'opend_days'"));
    }
    SECTION("a fact of cases used on signals")
    {
        CHECK(onlyError(ruleWith(QStringLiteral("  when exists(signals where opened_days > 3)")))
              == QStringLiteral("regel 5, kolom 29: 'opened_days' is een feit van elk van de zaken, niet van de signalen"));
    }
    SECTION("a fact of discharges and persons used on cases")
    {
        CHECK(onlyError(ruleWith(QStringLiteral("  when exists(zaken waar age > 3)")))
              == QStringLiteral("regel 5, kolom 26: 'age' is een feit van elk van de uitstroommeldingen of personen, "
                                "niet van de zaken"));
    }
    SECTION("a fact of cases outside 'where'")
    {
        CHECK(onlyError(ruleWith(QStringLiteral("  when closed_days > 3")))
              == QStringLiteral("regel 5, kolom 8: 'closed_days' is een feit van elk van de zaken: gebruik het na 'where'"));
    }
    SECTION("cases have no time window")
    {
        CHECK(onlyError(ruleWith(QStringLiteral("  when exists(cases within 90 days)")))
              == QStringLiteral("regel 5, kolom 21: zaken hebben geen tijdvenster; gebruik opened_days of closed_days"));
    }
    SECTION("an unknown case type")
    {
        CHECK(onlyError(ruleWith(QStringLiteral("  when exists(cases where type = telefoon)")))
              == QStringLiteral("regel 5, kolom 34: onbekende waarde 'telefoon': een zaaktype verwacht"));
    }
    SECTION("an unknown outcome")
    {
        CHECK(onlyError(ruleWith(QStringLiteral("  when exists(zaken waar outcome = \"Opgelost\")")))
              == QStringLiteral("regel 5, kolom 36: onbekende waarde 'Opgelost': een eindresultaat verwacht"));
    }
    SECTION("outcomes have no order")
    {
        CHECK(onlyError(ruleWith(QStringLiteral("  when exists(cases where outcome >= \"Geen reactie na eerder contact\")")))
              == QStringLiteral("regel 5, kolom 35: '>=' kan alleen getallen en bedragen vergelijken"));
    }
    SECTION("a case type is not a number")
    {
        CHECK(onlyError(ruleWith(QStringLiteral("  when exists(cases where type = 3)")))
              == QStringLiteral("regel 5, kolom 32: kan een zaaktype niet vergelijken met een getal"));
    }
    SECTION("distinct does not count cases")
    {
        CHECK(onlyError(ruleWith(QStringLiteral("  when distinct(cases) > 1")))
              == QStringLiteral("regel 5, kolom 17: distinct verwacht signalen, geen zaken"));
    }
    SECTION("the new words are taken")
    {
        for (const QString &word : {QStringLiteral("type"), QStringLiteral("outcome"), QStringLiteral("cases"),
                                   QStringLiteral("closed_days")}) {
            CHECK(onlyError(ruleWith(QStringLiteral("  let %1 = signals\n  when true").arg(word)).replace(
                      QStringLiteral("\n\n"), QStringLiteral("\n")))
                  == QStringLiteral("regel 5, kolom 7: de naam '%1' is al in gebruik").arg(word));
        }
    }
}

TEST_CASE("A let named zaken comes before the Dutch word for cases", "[rules][parser]")
{
    const rules::RuleSet set = test::parseOrFail(QStringLiteral(R"(
rule a {
  title "t"
  severity laag
  score 1
  let zaken = signals where open
  when sum(zaken) > € 0
  explain "{zaken}"
}
)"));
    REQUIRE(set.rules.size() == 1);
}
