// The facts the case workflow records — ZRM scores (of the household and of each member), contact
// attempts and the cases themselves — reaching the rules, through the full evaluation and through
// the evaluation of one household.
#include "RulesTestSupport.h"
#include "zrm/ZrmFixture.h"

#include "cases/CaseService.h"
#include "rules/DefaultRules.h"
#include "rules/FactsLoader.h"
#include "rules/RulesService.h"

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::rules;
using vangnet::importing::PartnerType;

namespace {

struct CaseFactsFixture : test::ZrmFixture {
    RulesService rules{*db, clock, users.caseworkerA()};

    /// The household's open flags by rule id.
    QStringList openRules(qint64 householdId)
    {
        auto flags = rules.flagsOf(householdId);
        INFO((flags ? std::string() : flags.error().message.toStdString()));
        REQUIRE(flags.ok());
        QStringList out;
        for (const StoredFlag &f : *flags)
            out << f.flag.ruleId;
        return out;
    }

    StoredFlag openFlag(qint64 householdId, const QString &ruleId)
    {
        auto flags = rules.flagsOf(householdId);
        REQUIRE(flags.ok());
        for (const StoredFlag &f : *flags)
            if (f.flag.ruleId == ruleId)
                return f;
        FAIL("no open flag " << ruleId.toStdString());
        return {};
    }

    /// Makes `rulesText` (added to the default set) the rules in force, as a team lead does.
    void activate(const QString &rulesText)
    {
        const Session lead = users.add(QStringLiteral("teamleider-a"), Role::Teamleider, users.teamA().id);
        auto activated = RulesService(*db, clock, lead).activate(defaultRuleSetText() + rulesText, today(), QStringLiteral("test"));
        INFO((activated ? std::string() : activated.error().message.toStdString()));
        REQUIRE(activated.ok());
    }

    /// A case as the workflow leaves it, opened and perhaps closed on earlier days; its id.
    qint64 storedCase(qint64 householdId, const QString &status, const QString &origin, QDate openedOn,
                      QDate closedOn = {}, const QString &outcome = {})
    {
        const QString now = timestampToSql(clock.now());
        auto q = runSql(db->connection(),
                        QStringLiteral("INSERT INTO cases (household_id, status, origin, opened_on, opened_at, opened_by, "
                                       "closed_on, outcome, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, 'consulent-a', "
                                       "?, ?, ?, 'consulent-a') RETURNING id"),
                        {householdId, status, origin, isoDate(openedOn), now,
                         closedOn.isValid() ? QVariant(isoDate(closedOn)) : sqlNull(),
                         outcome.isEmpty() ? sqlNull() : QVariant(outcome), now});
        REQUIRE(q.ok());
        REQUIRE(q->next());
        return q->value(0).toLongLong();
    }

    HouseholdFacts factsOf(qint64 householdId, bool all)
    {
        const FactsLoader loader(db->connection());
        auto loaded = all ? loader.loadAll() : loader.load({householdId});
        REQUIRE(loaded.ok());
        for (const HouseholdFacts &f : *loaded)
            if (f.householdId == householdId)
                return f;
        FAIL("household not loaded");
        return {};
    }
};

/// A rule on the ZRM housing domain.
QString zrmRule()
{
    return QStringLiteral(R"rules(
rule zrm_huisvesting {
  title "Huisvesting acuut of niet zelfredzaam (ZRM)"
  severity hoog
  score 30
  when zrm(huisvesting) >= 1 and zrm(huisvesting) <= 2
  explain "ZRM huisvesting: {zrm(huisvesting)}"
}
)rules");
}

} // namespace

TEST_CASE_METHOD(CaseFactsFixture, "ZRM facts reach the rules: a low housing score flags, re-scoring resolves",
                 "[rules][zrm]")
{
    test::useDutch();
    activate(zrmRule());
    const auto jansen = household(QStringLiteral("Jansen"), 1);
    const auto visser = household(QStringLiteral("Visser"), 2);
    assess(jansen.first, today().addDays(-10), {{QStringLiteral("huisvesting"), 2}, {QStringLiteral("financien"), 4}});
    assess(visser.first, today(), {{QStringLiteral("huisvesting"), 3}});

    // Recording evaluated the household: the flag is there without a separate evaluation.
    CHECK(openRules(jansen.first) == QStringList{QStringLiteral("zrm_huisvesting")});
    CHECK(openFlag(jansen.first, QStringLiteral("zrm_huisvesting")).flag.explanation == QStringLiteral("ZRM huisvesting: 2"));
    CHECK(openRules(visser.first).isEmpty());

    // The loader gives what ZrmService::latest() gives, in bulk and for one household.
    const QHash<QString, int> expected{{QStringLiteral("huisvesting"), 2}, {QStringLiteral("financien"), 4}};
    CHECK(factsOf(jansen.first, true).zrmScores == expected);
    CHECK(factsOf(jansen.first, false).zrmScores == expected);
    CHECK(factsOf(visser.first, true).zrmScores == QHash<QString, int>{{QStringLiteral("huisvesting"), 3}});
    // … and the day each latest score was given, for zrm_age_days.
    CHECK(factsOf(jansen.first, false).zrmDates.value(QStringLiteral("financien")) == today().addDays(-10));
    CHECK(factsOf(visser.first, true).zrmDates.value(QStringLiteral("huisvesting")) == today());

    // A full evaluation agrees with the one the assessment triggered.
    QList<Evaluation> reported;
    auto full = rules.evaluateAll({}, {}, test::collectInto(reported));
    REQUIRE(full.ok());
    CHECK(full->raised == 0);
    CHECK(full->resolved == 0);
    REQUIRE(reported.size() == 1);
    CHECK(reported.front().householdId == jansen.first);

    // Re-scored to 4: the flag resolves at once; financiën keeps its score.
    assess(jansen.first, today(), {{QStringLiteral("huisvesting"), 4}});
    CHECK(openRules(jansen.first).isEmpty());
    auto history = rules.flagsOf(jansen.first, true);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 1);
    CHECK(history->front().resolution == QStringLiteral("resolved"));
    CHECK(factsOf(jansen.first, true).zrmScores ==
          QHash<QString, int>{{QStringLiteral("huisvesting"), 4}, {QStringLiteral("financien"), 4}});
    reported.clear();
    REQUIRE(rules.evaluateAll({}, {}, test::collectInto(reported)).ok());
    CHECK(reported.isEmpty());
}

TEST_CASE_METHOD(CaseFactsFixture, "Contact attempts reach the rules: three unanswered attempts raise geen_contact",
                 "[rules][cases]")
{
    test::useDutch();
    const auto jansen = household(QStringLiteral("Jansen"), 1);
    const auto visser = household(QStringLiteral("Visser"), 2);
    signal(jansen, PartnerType::Huur, QStringLiteral("H-1"), today().addDays(-45));
    signal(visser, PartnerType::Huur, QStringLiteral("H-2"), today().addDays(-45));
    const qint64 jansenCase = openCase(jansen.first);
    const qint64 visserCase = openCase(visser.first);
    attempt(jansenCase, jansen.first, today().addDays(-20), false);
    attempt(jansenCase, jansen.first, today().addDays(-30), false);
    attempt(jansenCase, jansen.first, today().addDays(-10), false);
    attempt(visserCase, visser.first, today().addDays(-30), false);
    attempt(visserCase, visser.first, today().addDays(-20), false);

    const QList<ContactAttemptFact> loaded = factsOf(jansen.first, true).contactAttempts;
    REQUIRE(loaded.size() == 3);
    CHECK(loaded.front().date == today().addDays(-30)); // by date
    CHECK_FALSE(loaded.front().reached);
    CHECK(factsOf(jansen.first, false).contactAttempts.size() == 3);
    CHECK(factsOf(visser.first, false).contactAttempts.size() == 2);

    SECTION("the full evaluation")
    {
        REQUIRE(rules.evaluateAll().ok());
    }
    SECTION("the evaluation of the household alone")
    {
        REQUIRE(rules.evaluateHouseholds({jansen.first, visser.first}).ok());
    }
    CHECK(openRules(jansen.first) == QStringList{QStringLiteral("geen_contact")});
    CHECK(openRules(visser.first).isEmpty()); // two attempts are not three
    const QString why = openFlag(jansen.first, QStringLiteral("geen_contact")).flag.explanation;
    CHECK(why.startsWith(QStringLiteral("Geen contact na 3 pogingen (")));
    CHECK(why.contains(QStringLiteral("open sinds meer dan 30 dagen: Huur")));

    // Reached at last: the flag resolves.
    attempt(jansenCase, jansen.first, today(), true);
    REQUIRE(rules.evaluateHouseholds({jansen.first}).ok());
    CHECK(openRules(jansen.first).isEmpty());
}

TEST_CASE_METHOD(CaseFactsFixture, "Contact attempts recorded in a case flag the household at once", "[rules][cases]")
{
    const auto jansen = household(QStringLiteral("Jansen"), 1);
    signal(jansen, PartnerType::Huur, QStringLiteral("H-1"), today().addDays(-45));
    cases::CaseService caseService(*db, clock, users.caseworkerA());
    auto opened = caseService.openManual(jansen.first);
    INFO((opened ? std::string() : opened.error().message.toStdString()));
    REQUIRE(opened.ok());
    for (int i = 0; i < 3; ++i) {
        cases::ContactAttempt a;
        a.kind = QStringLiteral("Telefoon");
        a.date = today().addDays(-3 * i);
        REQUIRE(caseService.addAttempt(opened->id, a).ok());
        // Two failed attempts are not yet "no contact"; the third is.
        CHECK(openRules(jansen.first).contains(QStringLiteral("geen_contact")) == (i == 2));
    }
    cases::ContactAttempt reached;
    reached.kind = QStringLiteral("Huisbezoek");
    reached.reached = true;
    reached.date = today();
    REQUIRE(caseService.addAttempt(opened->id, reached).ok());
    CHECK_FALSE(openRules(jansen.first).contains(QStringLiteral("geen_contact")));
}

TEST_CASE_METHOD(CaseFactsFixture, "The household's wijk and its members' roles reach the rules", "[rules][household]")
{
    const auto who = household(QStringLiteral("Wijkstra"), 12, 3);
    REQUIRE(runSql(db->connection(), QStringLiteral("UPDATE addresses SET wijk = 'Rivierenwijk' WHERE id = "
                                                    "(SELECT address_id FROM households WHERE id = ?)"),
                   {who.first})
                .ok());
    for (const bool all : {false, true}) {
        const HouseholdFacts facts = factsOf(who.first, all);
        CHECK(facts.wijk == QStringLiteral("Rivierenwijk"));
        REQUIRE(facts.persons.size() == 3);
        QStringList roles;
        for (const PersonFact &p : facts.persons)
            roles << p.role;
        CHECK_FALSE(roles.contains(QString()));
        CHECK(roles.first() == roleKey(MemberRole::Hoofdbewoner));
        CHECK(roles.at(1) == roleKey(MemberRole::Partner));
    }
}

TEST_CASE_METHOD(CaseFactsFixture, "The household's cases reach the rules, oldest first, in bulk and per household",
                 "[rules][cases]")
{
    const auto jansen = household(QStringLiteral("Jansen"), 1);
    const auto visser = household(QStringLiteral("Visser"), 2);
    const QString noContact = QStringLiteral("Definitief geen contact kunnen krijgen");
    const qint64 open = storedCase(jansen.first, QStringLiteral("in_behandeling"), QStringLiteral("signal"), today().addDays(-10));
    const qint64 closed = storedCase(jansen.first, QStringLiteral("afgesloten"), QStringLiteral("flag"), today().addDays(-300),
                                     today().addDays(-100), noContact);
    storedCase(visser.first, QStringLiteral("nieuw"), QStringLiteral("manual"), today());

    for (const bool all : {false, true}) {
        const QList<CaseFact> cases = factsOf(jansen.first, all).cases;
        REQUIRE(cases.size() == 2);
        const CaseFact &first = cases.at(0); // opened first
        CHECK(first.id == closed);
        CHECK(first.status == QStringLiteral("afgesloten"));
        CHECK(first.origin == QStringLiteral("flag"));
        CHECK(first.openedOn == today().addDays(-300));
        CHECK(first.closedOn == today().addDays(-100));
        CHECK(first.outcome == noContact);
        const CaseFact &second = cases.at(1);
        CHECK(second.id == open);
        CHECK(second.origin == QStringLiteral("signal"));
        CHECK_FALSE(second.closedOn.isValid());
        CHECK(second.outcome.isEmpty());
        CHECK(factsOf(visser.first, all).cases.size() == 1);
    }
}

TEST_CASE_METHOD(CaseFactsFixture, "Closing and reopening a case re-evaluates the rules on cases", "[rules][cases]")
{
    activate(QStringLiteral(R"rules(
rule eerdere_zaak_geen_contact {
  title "Eerder geen contact kunnen krijgen"
  severity midden
  score 10
  let eerder = zaken waar niet open en closed_days < 183 en outcome = "Definitief geen contact kunnen krijgen"
  when exists(eerder)
  explain "{count(eerder)} zaak, {count(cases where open)} open"
}
)rules"));
    const auto jansen = household(QStringLiteral("Jansen"), 1);
    cases::CaseService caseService(*db, clock, users.caseworkerA());
    auto opened = caseService.openManual(jansen.first);
    INFO((opened ? std::string() : opened.error().message.toStdString()));
    REQUIRE(opened.ok());
    CHECK(openRules(jansen.first).isEmpty());

    auto closed = caseService.close(opened->id, opened->version, QStringLiteral("Definitief geen contact kunnen krijgen"), today());
    INFO((closed ? std::string() : closed.error().message.toStdString()));
    REQUIRE(closed.ok());
    CHECK(openRules(jansen.first) == QStringList{QStringLiteral("eerdere_zaak_geen_contact")});
    CHECK(openFlag(jansen.first, QStringLiteral("eerdere_zaak_geen_contact")).flag.explanation == QStringLiteral("1 zaak, 0 open"));

    // Reopened: the case is open again and has no outcome, so the flag resolves at once.
    REQUIRE(caseService.move(closed->id, closed->version, cases::CaseStatus::InBehandeling).ok());
    CHECK(openRules(jansen.first).isEmpty());

    // As of a day before the case was opened it did not exist yet.
    const FactsLoader loader(db->connection());
    auto loaded = loader.load({jansen.first});
    REQUIRE(loaded.ok());
    REQUIRE(loaded->size() == 1);
    REQUIRE(loaded->front().cases.size() == 1);
    const RuleSet set = test::parseOrFail(QStringLiteral(
        "rule a {\n title \"t\"\n severity laag\n score 1\n when exists(cases)\n explain \"{count(cases)}\"\n}\n"));
    CHECK(evaluate(set, loaded->front(), today()).flags.size() == 1);
    CHECK(evaluate(set, loaded->front(), today().addDays(-1)).flags.isEmpty());
}

TEST_CASE_METHOD(CaseFactsFixture, "A member's own ZRM scores reach the rules beside the household's", "[rules][zrm]")
{
    activate(QStringLiteral(R"rules(
rule lid_huisvesting_laag {
  title "Een lid met huisvesting acuut of niet zelfredzaam"
  severity hoog
  score 30
  when exists(persons where zrm(huisvesting) >= 1 and zrm(huisvesting) <= 2)
  explain "huishouden {zrm(huisvesting)}, leden {count(persons where zrm(huisvesting) >= 1 and zrm(huisvesting) <= 2)}"
}
)rules"));
    const auto jansen = household(QStringLiteral("Jansen"), 1, 2);
    const qint64 first = jansen.second;
    const qint64 second = count(QStringLiteral("SELECT MAX(id) FROM persons WHERE household_id = ?"), {jansen.first});
    REQUIRE(second != first);
    assess(jansen.first, today().addDays(-30), {{QStringLiteral("huisvesting"), 2}}, first);
    assess(jansen.first, today().addDays(-400), {{QStringLiteral("financien"), 1}}, second);
    assess(jansen.first, today().addDays(-10), {{QStringLiteral("huisvesting"), 4}, {QStringLiteral("financien"), 3}});
    assess(jansen.first, today().addDays(-5), {{QStringLiteral("financien"), 2}}, first);

    for (const bool all : {false, true}) {
        const HouseholdFacts facts = factsOf(jansen.first, all);
        // The household: the latest over every assessment, of the household and of its members.
        CHECK(facts.zrmScores == QHash<QString, int>{{QStringLiteral("huisvesting"), 4}, {QStringLiteral("financien"), 2}});
        REQUIRE(facts.persons.size() == 2);
        const PersonFact &a = facts.persons.at(0);
        const PersonFact &b = facts.persons.at(1);
        REQUIRE(a.id == first);
        // A member: only the assessments of that member.
        CHECK(a.zrmScores == QHash<QString, int>{{QStringLiteral("huisvesting"), 2}, {QStringLiteral("financien"), 2}});
        CHECK(a.zrmDates.value(QStringLiteral("huisvesting")) == today().addDays(-30));
        CHECK(a.zrmDates.value(QStringLiteral("financien")) == today().addDays(-5));
        CHECK(b.zrmScores == QHash<QString, int>{{QStringLiteral("financien"), 1}});
        CHECK(b.zrmDates.value(QStringLiteral("financien")) == today().addDays(-400));
    }

    // Recording the member's score evaluated the household: the household's 4 does not hide it.
    CHECK(openRules(jansen.first) == QStringList{QStringLiteral("lid_huisvesting_laag")});
    CHECK(openFlag(jansen.first, QStringLiteral("lid_huisvesting_laag")).flag.explanation == QStringLiteral("huishouden 4, leden 1"));
    auto full = rules.evaluateAll();
    REQUIRE(full.ok());
    CHECK(full->raised == 0);
    CHECK(full->resolved == 0);
}
