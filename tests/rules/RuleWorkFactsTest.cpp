// The facts that let flags follow the work: the discharge lifecycle and the days
// since a discharge, the case's checklist over the notice, warm handovers and partner names,
// contact attempts since the trouble began, and arrears counted once per partner.
#include "RulesTestSupport.h"

#include "rules/FactsJson.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace vangnet;
using rules::DischargeFact;
using rules::HouseholdFacts;
using rules::SignalFact;

namespace {

const QDate asOf(2024, 6, 1);

SignalFact signal(qint64 id, const char *partner, const char *name, QDate date, const char *status = "nieuw")
{
    SignalFact s;
    s.id = id;
    s.partnerType = QString::fromUtf8(partner);
    s.partnerName = QString::fromUtf8(name);
    s.signalDate = date;
    s.status = QString::fromUtf8(status);
    return s;
}

DischargeFact discharge(qint64 id, QDate expected, const char *lifecycle = "aangekondigd")
{
    DischargeFact d;
    d.id = id;
    d.institutionType = QStringLiteral("detentie");
    d.expectedDate = expected;
    d.idDocument = d.income = d.debts = d.care = QStringLiteral("geregeld");
    d.shelter = QStringLiteral("niet_geregeld");
    d.lifecycle = QString::fromUtf8(lifecycle);
    return d;
}

/// A set of one-line rules `r1`, `r2`, … whose `when` conditions the test gives.
rules::RuleSet rulesWhen(const QStringList &conditions, const QString &explain = QStringLiteral("x"))
{
    QString text;
    for (qsizetype i = 0; i < conditions.size(); ++i) {
        text += QStringLiteral("rule r%1 {\n title \"t\"\n severity midden\n score 5\n when %2\n explain \"%3\"\n}\n")
                    .arg(i + 1)
                    .arg(conditions.at(i), explain);
    }
    return test::parseOrFail(text);
}

QStringList flagged(const rules::Evaluation &result)
{
    QStringList ids;
    for (const rules::Flag &f : result.flags)
        ids << f.ruleId;
    return ids;
}

bool holds(const QString &condition, const HouseholdFacts &facts, QDate date = asOf)
{
    const rules::Evaluation result = rules::evaluate(rulesWhen({condition}), facts, date);
    for (const rules::EvaluationFailure &f : result.failures)
        UNSCOPED_INFO(f.message.toStdString());
    REQUIRE(result.failures.isEmpty());
    return !result.flags.isEmpty();
}

} // namespace

TEST_CASE("days_since counts from the expected date: 0 on the day, negative before", "[rules][evaluator]")
{
    HouseholdFacts facts;
    facts.discharges << discharge(5, asOf);
    CHECK(holds(QStringLiteral("exists(discharges where days_since = 0 and days_until = 0)"), facts));
    CHECK(holds(QStringLiteral("exists(discharges where days_since = 1)"), facts, asOf.addDays(1)));
    CHECK(holds(QStringLiteral("exists(discharges where days_since = -1)"), facts, asOf.addDays(-1)));
    CHECK(holds(QStringLiteral("exists(discharges where days_since = 90)"), facts, asOf.addDays(90)));
}

TEST_CASE("days_since fails on a missing date like days_until", "[rules][evaluator]")
{
    test::useDutch();
    HouseholdFacts facts;
    facts.discharges << discharge(5, QDate());
    const rules::Evaluation result
        = rules::evaluate(rulesWhen({QStringLiteral("exists(discharges where days_since >= 0)"), QStringLiteral("true")}),
                          facts, asOf);
    REQUIRE(result.failures.size() == 1);
    CHECK(result.failures.first().ruleId == QStringLiteral("r1"));
    CHECK(result.failures.first().message == QStringLiteral("uitstroommelding 5 heeft geen geldige uitstroomdatum"));
    CHECK(flagged(result) == QStringList{QStringLiteral("r2")});
}

TEST_CASE("A notice's state follows its date, its stored lifecycle and its case", "[rules][evaluator]")
{
    HouseholdFacts facts;
    facts.discharges << discharge(5, QDate(2024, 6, 10));
    const QString announced = QStringLiteral("exists(discharges where state = aangekondigd and open)");
    const QString discharged = QStringLiteral("exists(discharges where state = \"uitgestroomd\" and open)");

    CHECK(holds(announced, facts, QDate(2024, 6, 9)));
    CHECK_FALSE(holds(discharged, facts, QDate(2024, 6, 9)));
    // Uitgestroomd from the expected date on, also when the file still says in_detentie.
    CHECK(holds(discharged, facts, QDate(2024, 6, 10)));
    facts.discharges[0].lifecycle = QStringLiteral("in_detentie");
    CHECK(holds(QStringLiteral("exists(discharges where state = in_detentie)"), facts, QDate(2024, 6, 9)));
    CHECK(holds(discharged, facts, QDate(2024, 6, 10)));

    // Vervangen and ingetrokken end a notice, whatever its date.
    for (const char *ended : {"vervangen", "ingetrokken", "afgerond"}) {
        INFO(ended);
        facts.discharges[0].lifecycle = QString::fromLatin1(ended);
        CHECK(holds(QStringLiteral("exists(discharges where state = %1 and not open)").arg(QLatin1String(ended)), facts));
        CHECK(holds(QStringLiteral("not exists(discharges where open)"), facts));
    }

    // A closed case closes its notices: afgerond.
    facts.discharges[0].lifecycle = QStringLiteral("aangekondigd");
    facts.discharges[0].status = QStringLiteral("afgesloten");
    CHECK(holds(QStringLiteral("exists(discharges where state in [afgerond] and not open)"), facts, QDate(2024, 6, 9)));
}

TEST_CASE("An unknown stored lifecycle fails only the rules that read the state", "[rules][evaluator]")
{
    test::useDutch();
    HouseholdFacts facts;
    facts.discharges << discharge(5, QDate(2024, 7, 1), "verdwenen");
    const rules::Evaluation result = rules::evaluate(
        rulesWhen({QStringLiteral("exists(discharges where state != uitgestroomd)"),
                   QStringLiteral("exists(discharges where open and days_until = 30)")}),
        facts, asOf);
    REQUIRE(result.failures.size() == 1);
    CHECK(result.failures.first().ruleId == QStringLiteral("r1"));
    CHECK(result.failures.first().message
          == QStringLiteral("uitstroommelding 5 heeft een onbekende uitstroomfase 'verdwenen'"));
    CHECK(flagged(result) == QStringList{QStringLiteral("r2")});
}

TEST_CASE("A discharge whose date has come reads as uitgestroomd in an explanation", "[rules][evaluator]")
{
    test::useDutch();
    HouseholdFacts facts;
    facts.discharges << discharge(5, QDate(2023, 11, 28)) << discharge(6, QDate(2024, 7, 15));
    facts.discharges[1].income = QStringLiteral("in_behandeling");
    facts.discharges << discharge(7, QDate(2024, 5, 20), "in_detentie");
    facts.discharges[2].shelter = QStringLiteral("geregeld");
    const rules::Evaluation result
        = rules::evaluate(rulesWhen({QStringLiteral("true")}, QStringLiteral("{discharges}; {uitgestroomd}")), facts,
                          QDate(2024, 6, 1));
    REQUIRE(result.flags.size() == 1);
    CHECK(result.flags.first().explanation
          == QStringLiteral("Detentie, uitgestroomd op 28 nov 2023 (onderdak: niet geregeld), "
                            "Detentie op 15 jul (onderdak: niet geregeld, inkomen: in behandeling), "
                            "Detentie, uitgestroomd op 20 mei; uitgestroomd"));
}

TEST_CASE("The case's checklist decides a condition from its since day on", "[rules][evaluator]")
{
    HouseholdFacts facts;
    facts.discharges << discharge(5, QDate(2024, 7, 1));
    facts.discharges[0].caseConditions[1] = rules::CaseCondition{QStringLiteral("geregeld"), QDate(2024, 5, 15)};
    const QString unarranged = QStringLiteral("exists(discharges where onderdak != geregeld)");
    CHECK(holds(unarranged, facts, QDate(2024, 5, 14)));
    CHECK_FALSE(holds(unarranged, facts, QDate(2024, 5, 15)));
    // Without a since day the case's word holds always; a condition it did not set is the notice's.
    facts.discharges[0].caseConditions[1].since = QDate();
    CHECK_FALSE(holds(unarranged, facts, QDate(2024, 1, 1)));
    CHECK(holds(QStringLiteral("exists(discharges where id_bewijs = geregeld)"), facts));
}

TEST_CASE("Signals carry a warm handover and a partner name compared ignoring case", "[rules][evaluator]")
{
    HouseholdFacts facts;
    facts.signals << signal(1, "Huur", "Woonstichting Zonnehof", QDate(2024, 5, 1));
    CHECK_FALSE(holds(QStringLiteral("exists(signals where warm_handover)"), facts));
    facts.signals[0].warmHandover = true;
    CHECK(holds(QStringLiteral("exists(signals where warm_handover)"), facts));
    CHECK(holds(QStringLiteral("exists(signals where partner_name = \"WOONSTICHTING zonnehof\")"), facts));
    CHECK(holds(QStringLiteral("exists(signals where partner_name in [\"Ymere\", \"woonstichting zonnehof\"])"), facts));
    CHECK_FALSE(holds(QStringLiteral("exists(signals where partner_name = \"Ymere\")"), facts));
}

TEST_CASE("after_open_signal: an attempt on or after the oldest open signal's date", "[rules][evaluator]")
{
    HouseholdFacts facts;
    facts.signals << signal(1, "Huur", "", QDate(2024, 1, 10), "afgesloten") << signal(2, "Energie", "", QDate(2024, 4, 1))
                  << signal(3, "Water", "", QDate(2024, 5, 1));
    facts.contactAttempts << rules::ContactAttemptFact{QDate(2024, 3, 31), true}
                          << rules::ContactAttemptFact{QDate(2024, 4, 1), false}
                          << rules::ContactAttemptFact{QDate(2024, 5, 2), false};
    // The closed January signal does not start the trouble; the open one of 1 April does.
    CHECK(holds(QStringLiteral("count(attempts where after_open_signal) = 2"), facts));
    CHECK(holds(QStringLiteral("not exists(attempts where after_open_signal and reached)"), facts));
    // As of 15 April the attempt of 2 May has not happened yet.
    CHECK(holds(QStringLiteral("count(attempts where after_open_signal) = 1"), facts, QDate(2024, 4, 15)));
    // No open signal: no attempt is after one.
    for (SignalFact &s : facts.signals)
        s.status = QStringLiteral("afgesloten");
    CHECK(holds(QStringLiteral("not exists(attempts where after_open_signal)"), facts));
}

TEST_CASE("arrears counts a partner's repeated signals once", "[rules][evaluator]")
{
    HouseholdFacts facts;
    // Three monthly re-deliveries of one rent arrear, the name spelled a little differently.
    facts.signals << signal(1, "Huur", "Woonstichting Zonnehof", QDate(2024, 3, 1))
                  << signal(2, "Huur", "  woonstichting   ZONNEHOF ", QDate(2024, 4, 1))
                  << signal(3, "Huur", "Woonstichting Zonnehof", QDate(2024, 5, 1));
    const QString count = QStringLiteral("arrears(signals) = %1");
    CHECK(holds(count.arg(1), facts));
    CHECK(holds(QStringLiteral("count(signals) = 3 and distinct(signals) = 1"), facts));

    // Another landlord is another arrear; so is the same name at another partner type.
    facts.signals << signal(4, "Huur", "Ymere", QDate(2024, 5, 2)) << signal(5, "Energie", "Zonnehof", QDate(2024, 5, 3));
    CHECK(holds(count.arg(3), facts));
    // Accents do not matter, nor how the partner type was written.
    facts.signals << signal(6, "CAK Zorgverzekeringen", "Zorgverzekeraar Één", QDate(2024, 5, 4))
                  << signal(7, "CAK_Zorgverzekeringen", "zorgverzekeraar een", QDate(2024, 5, 5));
    CHECK(holds(count.arg(4), facts));
    // No partner name: one arrear per partner type.
    facts.signals << signal(8, "Water", "", QDate(2024, 5, 6)) << signal(9, "Water", "", QDate(2024, 5, 7));
    CHECK(holds(count.arg(5), facts));
    // An unknown partner type is told apart by its text; counting does not need to know it.
    facts.signals << signal(10, "Telefoon", "KPN", QDate(2024, 5, 8)) << signal(11, "telefoon ", "kpn", QDate(2024, 5, 9));
    CHECK(holds(count.arg(6), facts));
    // Closed signals are arrears too, unless the rule filters them out; windows apply as usual.
    CHECK(holds(QStringLiteral("arrears(signals where open within 30 days) = 5"), facts));
}

TEST_CASE("arrears records every signal it counted as evidence", "[rules][evaluator]")
{
    HouseholdFacts facts;
    facts.signals << signal(1, "Huur", "Zonnehof", QDate(2024, 3, 1)) << signal(2, "Huur", "Zonnehof", QDate(2024, 4, 1))
                  << signal(3, "Energie", "", QDate(2023, 1, 1));
    const rules::Evaluation result
        = rules::evaluate(rulesWhen({QStringLiteral("arrears(signals within 12 months) = 1")}), facts, asOf);
    REQUIRE(result.flags.size() == 1);
    CHECK(result.flags.first().signalIds == QList<qint64>{1, 2});
}

TEST_CASE("Facts as JSON carry the new optional keys, with the defaults of HouseholdFacts", "[rules][evaluator]")
{
    const QByteArray json = R"({
      "signals": [{"id": 1, "partner": "Huur", "date": "2024-05-01", "partner_name": "Zonnehof", "warm_handover": true},
                  {"id": 2, "partner": "Huur", "date": "2024-05-01"}],
      "discharges": [{"id": 5, "institution": "detentie", "expected": "2024-07-01", "lifecycle": "in_detentie",
                      "case_conditions": {"onderdak": {"state": "geregeld", "since": "2024-05-01"},
                                          "zorg": {"state": "in_behandeling"}}},
                     {"id": 6, "institution": "detentie", "expected": "2024-07-01"}]
    })";
    QString error;
    const auto facts = rules::factsFromJson(QJsonDocument::fromJson(json).object(), &error);
    INFO(error.toStdString());
    REQUIRE(facts);
    CHECK(facts->signals[0].partnerName == QStringLiteral("Zonnehof"));
    CHECK(facts->signals[0].warmHandover);
    CHECK(facts->signals[1].partnerName.isEmpty());
    CHECK_FALSE(facts->signals[1].warmHandover);
    const DischargeFact &d = facts->discharges[0];
    CHECK(d.lifecycle == QStringLiteral("in_detentie"));
    CHECK(d.caseConditions[1].state == QStringLiteral("geregeld"));
    CHECK(d.caseConditions[1].since == QDate(2024, 5, 1));
    CHECK(d.caseConditions[4].state == QStringLiteral("in_behandeling"));
    CHECK_FALSE(d.caseConditions[4].since.isValid());
    CHECK(d.caseConditions[0].state.isEmpty());
    CHECK(facts->discharges[1].lifecycle == QStringLiteral("aangekondigd"));

    const QByteArray bad = R"({"discharges": [{"id": 5, "expected": "2024-07-01",
                                               "case_conditions": {"woning": {"state": "geregeld"}}}]})";
    CHECK_FALSE(rules::factsFromJson(QJsonDocument::fromJson(bad).object(), &error));
    CHECK(error == QStringLiteral("'woning' is not a basic condition"));
}
