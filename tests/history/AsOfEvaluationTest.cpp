// An evaluation as of a past day judges the statuses of that day, put back from the history
// (docs/rules.md, "As of a past day"), and says when the history does not reach that far.
#include "HistoryFixture.h"

#include "rules/Evaluator.h"
#include "rules/FactsLoader.h"
#include "rules/RulesService.h"

using namespace vangnet;
using namespace vangnet::cases;
using namespace vangnet::rules;
using vangnet::importing::ConditionState;
using vangnet::importing::PartnerType;
using vangnet::test::CaseFixture;
using vangnet::test::HistoryFixture;

namespace {

// Needs no conversation: these tests are about the statuses, not about the contact.
const QString outcome = QStringLiteral("Inwoner al bekend bij schuldhulpverlening");

/// One rule: a household with an open rent signal.
const QString rentRule = QStringLiteral(R"(rule huur_open {
  title "Huur open"
  severity hoog
  score 10
  when exists(signals where open and partner = Huur)
  explain "Huur open"
}
)");

struct AsOfFixture : HistoryFixture {
    RulesService rules{*db, clock, users.caseworkerA()};

    qint64 signalOf(std::pair<qint64, qint64> who, PartnerType type, QDate date, bool crisis = false)
    {
        importing::SignalRow row;
        row.signalId = QStringLiteral("P-%1-%2").arg(who.first).arg(static_cast<int>(type));
        row.partnerType = type;
        row.partnerName = QStringLiteral("Partner %1").arg(static_cast<int>(type));
        row.signalDate = date;
        row.amountCents = 50000;
        row.crisis = crisis;
        return require(households.addSignal(who.first, who.second, row));
    }

    qint64 noticeOf(std::pair<qint64, qint64> who, QDate expected, ConditionState shelter)
    {
        importing::DischargeRow row;
        row.noticeId = QStringLiteral("U-%1").arg(who.first);
        row.institutionType = importing::InstitutionType::Detentie;
        row.expectedDate = expected;
        row.idDocument = ConditionState::Geregeld;
        row.shelter = shelter;
        return require(households.addDischarge(who.first, who.second, row));
    }

    EvaluationRun run(QDate day) { return require(rules.evaluateAll(day)); }

    /// The rules that flag the household in an evaluation as of `day`.
    QStringList flagsOn(QDate day, qint64 householdId)
    {
        QStringList out;
        QList<Evaluation> reported;
        require(rules.evaluateAll(day, {}, [&reported](const Evaluation &e) { reported << e; }));
        for (const Evaluation &e : reported)
            if (e.householdId == householdId)
                for (const Flag &f : e.flags)
                    out << f.ruleId;
        return out;
    }

    void historySince(const QDateTime &at)
    {
        REQUIRE(runSql(db->connection(),
            QStringLiteral("INSERT INTO schema_meta (key, value) VALUES ('status_history_since', ?)"),
            {timestampToSql(at)})
                    .ok());
    }
};

} // namespace

TEST_CASE_METHOD(AsOfFixture, "A signal closed after the as-of day is open on that day", "[history][rules]")
{
    const auto who = household(QStringLiteral("Smit"), 1);
    const qint64 rent = signalOf(who, PartnerType::Huur, today().addDays(-40));
    signalOf(who, PartnerType::Energie, today().addDays(-40));
    on(today().addDays(-30));
    const Case c = require(service.openFromSignal(rent));
    on(today().addDays(-10));
    REQUIRE(service.closeSignal(c.id, rent).ok());
    on(today());

    CHECK(flagsOn(today().addDays(-11), who.first).contains(QStringLiteral("meerdere_achterstanden")));
    CHECK_FALSE(flagsOn(today().addDays(-10), who.first).contains(QStringLiteral("meerdere_achterstanden")));
    // What the store says now, without the history: closed.
    const auto now = require(FactsLoader(db->connection()).load({who.first}));
    CHECK(now.first().signals.first().status == QStringLiteral("afgesloten"));
    const auto then = require(FactsLoader(db->connection(), today().addDays(-11)).load({who.first}));
    CHECK(then.first().signals.first().status == QStringLiteral("in_behandeling"));
}

TEST_CASE_METHOD(AsOfFixture, "A condition arranged after the as-of day was not arranged then", "[history][rules]")
{
    // The institution said housing was arranged; the caseworker found it was not, and arranged it later.
    const auto who = household(QStringLiteral("Bos"), 2);
    const qint64 notice = noticeOf(who, today().addDays(30), ConditionState::Geregeld);
    on(today().addDays(-20));
    const Case c = require(service.openFromDischarge(notice));
    REQUIRE(service.setCondition(c.id, QStringLiteral("onderdak"), ConditionState::NietGeregeld).ok());
    on(today().addDays(-3));
    REQUIRE(service.setCondition(c.id, QStringLiteral("onderdak"), ConditionState::Geregeld).ok());
    on(today());

    const QString rule = QStringLiteral("uitstroom_zonder_onderdak");
    CHECK(flagsOn(today().addDays(-10), who.first).contains(rule)); // the case said: not arranged
    CHECK_FALSE(flagsOn(today().addDays(-3), who.first).contains(rule)); // arranged from that day on
    CHECK_FALSE(flagsOn(today().addDays(-25), who.first).contains(rule)); // before the case: the notice's word
    CHECK_FALSE(flagsOn(today(), who.first).contains(rule));
}

TEST_CASE_METHOD(AsOfFixture, "A case closed after the as-of day leaves its signals and notices open on that day",
    "[history][rules]")
{
    const auto who = household(QStringLiteral("Kok"), 3);
    const qint64 crisis = signalOf(who, PartnerType::Huur, today().addDays(-30), true);
    noticeOf(who, today().addDays(30), ConditionState::NietGeregeld);
    on(today().addDays(-25));
    Case c = require(service.openFromSignal(crisis));
    c = require(service.move(c.id, c.version, CaseStatus::InBehandeling));
    on(today());
    require(service.close(c.id, c.version, outcome, today().addDays(-5)));

    const QStringList before = flagsOn(today().addDays(-6), who.first);
    CHECK(before.contains(QStringLiteral("crisissignaal")));
    CHECK(before.contains(QStringLiteral("uitstroom_zonder_onderdak")));
    CHECK(flagsOn(today().addDays(-5), who.first).isEmpty()); // closed from the closing date on
    CHECK(flagsOn(today(), who.first).isEmpty());
}

TEST_CASE_METHOD(AsOfFixture, "A notice withdrawn after the as-of day was still announced then", "[history][rules]")
{
    const auto who = household(QStringLiteral("Mol"), 4);
    const qint64 notice = noticeOf(who, today().addDays(20), ConditionState::NietGeregeld);
    on(today().addDays(-7));
    const Case c = require(service.openFromDischarge(notice));
    on(today());
    REQUIRE(service.setNoticeLifecycle(c.id, notice, importing::DischargeLifecycle::Ingetrokken).ok());

    CHECK(flagsOn(today().addDays(-1), who.first).contains(QStringLiteral("uitstroom_zonder_onderdak")));
    CHECK(flagsOn(today(), who.first).isEmpty());
}

TEST_CASE_METHOD(AsOfFixture, "An evaluation of a day before the history began says so", "[history][rules]")
{
    const auto who = household(QStringLiteral("Smit"), 1);
    signalOf(who, PartnerType::Huur, today().addDays(-60));
    CHECK(run(today().addDays(-400)).history.complete); // a database made with the history keeps it from the start

    historySince(QDateTime(today().addDays(-10), QTime(8, 0), Qt::UTC));
    const EvaluationRun early = run(today().addDays(-20));
    CHECK_FALSE(early.history.complete);
    CHECK(early.history.since == today().addDays(-10));
    CHECK(run(today().addDays(-10)).history.complete);
    CHECK(run(today()).history.complete);
}

TEST_CASE_METHOD(AsOfFixture, "A rules preview as of a past day adds the households flagged with that day's statuses",
    "[history][rules][preview]")
{
    const auto who = household(QStringLiteral("Smit"), 1);
    const qint64 rent = signalOf(who, PartnerType::Huur, today().addDays(-40));
    on(today().addDays(-30));
    const Case c = require(service.openFromSignal(rent));
    on(today().addDays(-10));
    REQUIRE(service.closeSignal(c.id, rent).ok());
    on(today());

    const RulesService lead(*db, clock, teamLeadA);
    const RulePreview now = require(lead.preview(rentRule));
    CHECK(now.asOf == today());
    CHECK(now.added.isEmpty());
    const RulePreview then = require(lead.preview(rentRule, {}, today().addDays(-20)));
    CHECK(then.asOf == today().addDays(-20));
    CHECK(then.activeVersion == 1);
    CHECK(then.added == QList<qint64>{who.first});
    CHECK(then.history.complete);

    historySince(QDateTime(today().addDays(-15), QTime(8, 0), Qt::UTC));
    const RulePreview early = require(lead.preview(rentRule, {}, today().addDays(-20)));
    CHECK_FALSE(early.history.complete);
    CHECK(early.history.since == today().addDays(-15));
    // A caseworker may not preview rules.
    CHECK_FALSE(rules.preview(rentRule, {}, today().addDays(-20)).ok());
}

TEST_CASE_METHOD(AsOfFixture, "A case closed and reopened since was closed on a day in between", "[history][rules]")
{
    const auto who = household(QStringLiteral("Vos"), 4);
    const qint64 rent = signalOf(who, PartnerType::Huur, today().addDays(-40));
    on(today().addDays(-30));
    Case c = require(service.openFromSignal(rent));
    c = require(service.move(c.id, c.version, CaseStatus::InBehandeling));
    on(today().addDays(-20));
    c = require(service.close(c.id, c.version, outcome, today().addDays(-20)));
    on(today().addDays(-10));
    c = require(service.move(c.id, c.version, CaseStatus::InBehandeling)); // reopened: closed_on is cleared
    on(today());

    const auto caseOn = [&](QDate day) {
        const auto facts = require(FactsLoader(db->connection(), day).load({who.first}));
        REQUIRE(facts.first().cases.size() == 1);
        return facts.first().cases.first();
    };
    const CaseFact between = caseOn(today().addDays(-15));
    CHECK(between.status == QStringLiteral("afgesloten"));
    CHECK(between.closedOn == today().addDays(-20));
    const CaseFact before = caseOn(today().addDays(-25));
    CHECK(before.status == QStringLiteral("in_behandeling"));
    CHECK_FALSE(before.closedOn.isValid());
    CHECK(before.outcome.isEmpty());
    CHECK(caseOn(today()).status == QStringLiteral("in_behandeling"));

    // So a rule about a case closed a few days before sees it on the day in between only.
    const ParseResult parsed = parseRuleSet(QStringLiteral(R"(rule eerder_gesloten {
  title "Eerder gesloten"
  severity midden
  score 5
  when count(cases where not open and closed_days < 30) > 0
  explain "Eerder gesloten"
}
)"));
    REQUIRE(parsed.ok());
    const auto flagged = [&](QDate day) {
        const auto facts = require(FactsLoader(db->connection(), day < today() ? day : QDate()).load({who.first}));
        return !evaluate(parsed.ruleSet, facts.first(), day).flags.isEmpty();
    };
    CHECK(flagged(today().addDays(-15)));
    CHECK_FALSE(flagged(today().addDays(-25)));
    CHECK_FALSE(flagged(today()));
}
