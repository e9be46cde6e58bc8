#include "RulesTestSupport.h"
#include "support/TestDatabase.h"
#include "support/TestUsers.h"

#include "households/HouseholdService.h"
#include "rules/DefaultRules.h"
#include "rules/RulesService.h"
#include "storage/SqlStatement.h"

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::rules;
using vangnet::importing::PartnerType;
using vangnet::importing::SignalRow;
using vangnet::test::TestDatabase;

namespace {

const QDate today(2026, 11, 24);

struct Fixture {
    TestDatabase scratch;
    std::unique_ptr<Database> db = scratch.open();
    FixedClock clock{QDateTime(today, QTime(9, 30), Qt::UTC)};
    test::TestUsers users{*db, clock};
    Session teamLeadA = users.add(QStringLiteral("teamleider-a"), Role::Teamleider, users.teamA().id);
    HouseholdService households{*db, clock, users.caseworkerA()};
    RulesService rules{*db, clock, users.caseworkerA()};

    /// A household of team A with one member; returns {household, person}.
    std::pair<qint64, qint64> household(const QString &achternaam, int huisnummer)
    {
        Household h;
        h.address = Address{0, QStringLiteral("Lindelaan"), huisnummer, QString(), QStringLiteral("7411 AB"),
                            QStringLiteral("Vangstad"), {}};
        Person p;
        p.voorletters = QStringLiteral("A.");
        p.achternaam = achternaam;
        p.geboortedatum = QDate(1980, 1, 1);
        h.members << p;
        auto created = households.create(h);
        REQUIRE(created.ok());
        return {created->id, created->members[0].id};
    }

    qint64 signal(std::pair<qint64, qint64> who, PartnerType type, const QString &id, qint64 cents, QDate arisen)
    {
        SignalRow row;
        row.signalId = id;
        row.partnerType = type;
        row.partnerName = QStringLiteral("Partner %1").arg(id);
        row.signalDate = arisen.addDays(30);
        row.arisenDate = arisen;
        row.amountCents = cents;
        auto added = households.addSignal(who.first, who.second, row);
        INFO((added ? std::string() : added.error().message.toStdString()));
        REQUIRE(added.ok());
        return *added;
    }

    qint64 count(const QString &sql, const QVariantList &values = {})
    {
        auto q = runSql(db->connection(), sql, values);
        REQUIRE(q.ok());
        REQUIRE(q->next());
        return q->value(0).toLongLong();
    }

    /// A full evaluation as of today; what it reports goes to `reported`.
    EvaluationRun evaluate(RulesService &service, QList<Evaluation> *reported = nullptr)
    {
        auto run = service.evaluateAll({}, {}, reported ? test::collectInto(*reported) : EvaluationSink{});
        INFO((run ? std::string() : run.error().message.toStdString()));
        REQUIRE(run.ok());
        return *run;
    }

    /// Every stored flag as one comparable text.
    QStringList storedFlags()
    {
        auto q = runSql(db->connection(), QStringLiteral(
            "SELECT household_id, rule_id, rule_version, severity, score, explanation, signal_ids, resolved_on, resolution "
            "FROM flags ORDER BY household_id, rule_id, id"));
        REQUIRE(q.ok());
        QStringList out;
        while (q->next()) {
            QStringList row;
            for (int i = 0; i < 9; ++i)
                row << q->value(i).toString();
            out << row.join(QLatin1Char('|'));
        }
        return out;
    }
};

/// A rule set with one extra rule on top of the default: any open signal at all.
QString withAnySignalRule()
{
    return defaultRuleSetText() + QStringLiteral(R"(
rule elk_signaal {
  title "Elk open signaal"
  severity laag
  score 1
  let open_signals = signals where open
  when count(open_signals) >= 1
  explain "{count(open_signals)} open signaal"
}
)");
}

} // namespace

TEST_CASE_METHOD(Fixture, "The shipped rules are version 1 and flag stacked arrears with an explanation", "[rules]")
{
    test::useDutch();
    auto sets = rules.ruleSets();
    REQUIRE(sets.ok());
    REQUIRE(sets->size() == 1);
    CHECK(sets->front().version == 1);
    CHECK(sets->front().source == defaultRuleSetText());

    const auto jansen = household(QStringLiteral("Jansen"), 1);
    const auto visser = household(QStringLiteral("Visser"), 2);
    const qint64 rent = signal(jansen, PartnerType::Huur, QStringLiteral("H-1"), 125000, QDate(2026, 9, 1));
    const qint64 energy = signal(jansen, PartnerType::Energie, QStringLiteral("E-1"), 43000, QDate(2026, 9, 20));
    signal(visser, PartnerType::Huur, QStringLiteral("H-2"), 50000, QDate(2026, 9, 1));

    CHECK_FALSE(rules.lastFullEvaluation()->isValid());
    QList<Evaluation> reported;
    const EvaluationRun run = evaluate(rules, &reported);
    CHECK(run.stored);
    CHECK(*rules.lastFullEvaluation() == today);
    CHECK(run.evaluated == 2);
    CHECK(run.ruleSetVersion == 1);
    REQUIRE(reported.size() == 1);
    CHECK(reported[0].householdId == jansen.first);

    auto flags = rules.flagsOf(jansen.first);
    REQUIRE(flags.ok());
    REQUIRE(flags->size() == 1);
    const StoredFlag &f = flags->front();
    CHECK(f.flag.ruleId == QStringLiteral("meerdere_achterstanden"));
    CHECK(f.flag.ruleVersion == 1);
    CHECK(f.flag.severity == Severity::Hoog);
    CHECK(f.flag.signalIds == QList<qint64>{rent, energy});
    CHECK(f.flag.explanation ==
          QStringLiteral("2 soorten betalingsachterstand open: Huur € 1.250 (sinds 1 sep), Energie € 430 (sinds 20 sep)"));
    CHECK(f.raisedOn == today);
    CHECK(f.isOpen());
    CHECK(count(QStringLiteral("SELECT priority_rank FROM households WHERE id = ?"), {jansen.first}) ==
          priority({f.flag}).rank());
    CHECK(count(QStringLiteral("SELECT priority_rank FROM households WHERE id = ?"), {visser.first}) == 0);

    SECTION("evaluating again changes nothing")
    {
        const QStringList before = storedFlags();
        const EvaluationRun again = evaluate(rules);
        CHECK(again.raised == 0);
        CHECK(again.updated == 0);
        CHECK(again.resolved == 0);
        CHECK(storedFlags() == before);
    }
    SECTION("a flag whose facts no longer hold resolves by itself, its history kept")
    {
        REQUIRE(runSql(db->connection(), QStringLiteral("UPDATE signals SET status = 'afgesloten' WHERE id = ?"), {energy}).ok());
        const EvaluationRun again = evaluate(rules);
        CHECK(again.resolved == 1);
        auto open = rules.flagsOf(jansen.first);
        REQUIRE(open.ok());
        CHECK(open->isEmpty());
        auto history = rules.flagsOf(jansen.first, true);
        REQUIRE(history.ok());
        REQUIRE(history->size() == 1);
        CHECK(history->front().resolution == QStringLiteral("resolved"));
        CHECK(history->front().resolvedOn == today);
        CHECK(count(QStringLiteral("SELECT priority_rank FROM households WHERE id = ?"), {jansen.first}) == 0);
    }
    SECTION("a dismissed flag stays dismissed on the same evidence; new evidence raises it again")
    {
        CHECK(rules.dismiss(f.id, QStringLiteral("  ")).error().code == ErrorCode::Invalid);
        REQUIRE(rules.dismiss(f.id, QStringLiteral("Regeling getroffen met verhuurder")).ok());
        CHECK(rules.dismiss(f.id, QStringLiteral("nogmaals")).error().code == ErrorCode::StaleEdit);
        CHECK(count(QStringLiteral("SELECT priority_rank FROM households WHERE id = ?"), {jansen.first}) == 0);
        CHECK(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'dismiss_flag'")) == 1);
        CHECK(evaluate(rules).raised == 0);
        signal(jansen, PartnerType::Water, QStringLiteral("W-1"), 9000, QDate(2026, 10, 1));
        evaluate(rules);
        auto history = rules.flagsOf(jansen.first, true);
        REQUIRE(history.ok());
        QStringList stacked; // the arrears rule's flags, newest first
        for (const StoredFlag &s : *history)
            if (s.flag.ruleId == QStringLiteral("meerdere_achterstanden"))
                stacked << (s.isOpen() ? QStringLiteral("open") : s.resolution + QLatin1Char(':') + s.dismissReason);
        CHECK(stacked == QStringList{QStringLiteral("open"), QStringLiteral("dismissed:Regeling getroffen met verhuurder")});
    }
    SECTION("as of another day the result is reported, not stored")
    {
        const QStringList before = storedFlags();
        QList<Evaluation> pastReported;
        auto past = rules.evaluateAll(QDate(2026, 9, 10), {}, test::collectInto(pastReported));
        REQUIRE(past.ok());
        CHECK_FALSE(past->stored);
        CHECK(pastReported.isEmpty()); // the energy arrear was not known yet
        CHECK(storedFlags() == before);
    }
    SECTION("another team sees no results for these households and may not read their flags")
    {
        RulesService other(*db, clock, users.caseworkerB());
        QList<Evaluation> otherReported;
        auto run2 = other.evaluateAll({}, {}, test::collectInto(otherReported));
        REQUIRE(run2.ok());
        CHECK(run2->evaluated == 2);
        CHECK(otherReported.isEmpty());
        CHECK(other.flagsOf(jansen.first).error().code == ErrorCode::PermissionDenied);
    }
}

TEST_CASE_METHOD(Fixture, "Evaluating households one by one gives what a full evaluation gives", "[rules]")
{
    QList<qint64> ids;
    for (int i = 0; i < 6; ++i) {
        const auto h = household(QStringLiteral("Huis%1").arg(i), 10 + i);
        ids << h.first;
        signal(h, PartnerType::Huur, QStringLiteral("H-%1").arg(i), 10000 * (i + 1), QDate(2026, 9, 1));
        if (i % 2 == 0)
            signal(h, PartnerType::Zorg, QStringLiteral("Z-%1").arg(i), 20000, QDate(2026, 7, 1));
        if (i % 3 == 0)
            signal(h, PartnerType::Energie, QStringLiteral("E-%1").arg(i), 30000, QDate(2026, 10, 1));
    }
    for (const qint64 id : ids)
        REQUIRE(rules.evaluateHouseholds({id}).ok());
    const QStringList incremental = storedFlags();
    REQUIRE_FALSE(incremental.isEmpty());
    REQUIRE(runSql(db->connection(), QStringLiteral("DELETE FROM flags")).ok());
    REQUIRE(runSql(db->connection(), QStringLiteral("UPDATE households SET priority_rank = 0")).ok());
    evaluate(rules);
    CHECK(storedFlags() == incremental);
}

TEST_CASE_METHOD(Fixture, "A team lead previews a new rule set and activates it as a new version", "[rules]")
{
    const auto jansen = household(QStringLiteral("Jansen"), 1);
    const auto visser = household(QStringLiteral("Visser"), 2);
    signal(jansen, PartnerType::Huur, QStringLiteral("H-1"), 125000, QDate(2026, 9, 1));
    signal(jansen, PartnerType::Energie, QStringLiteral("E-1"), 43000, QDate(2026, 9, 20));
    signal(visser, PartnerType::Water, QStringLiteral("W-1"), 8000, QDate(2026, 10, 1));
    RulesService lead(*db, clock, teamLeadA);

    SECTION("text with a mistake is refused with its line and column")
    {
        const QString broken = QStringLiteral("rule x {\n  title \"X\"\n  severity hoog\n  score 1\n  when count(sigals) >= 1\n"
                                              "  explain \"x\"\n}\n");
        CHECK_FALSE(RulesService::check(broken).ok());
        auto saved = lead.activate(broken, today, QString());
        REQUIRE_FALSE(saved.ok());
        CHECK(saved.error().code == ErrorCode::Invalid);
        CHECK(saved.error().message.contains(QStringLiteral("5")));
    }
    SECTION("a caseworker may neither preview nor activate; the refusal is on record")
    {
        CHECK(rules.preview(withAnySignalRule()).error().code == ErrorCode::PermissionDenied);
        CHECK(rules.activate(withAnySignalRule(), today, QString()).error().code == ErrorCode::PermissionDenied);
        CHECK(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'permission_denied'")) >= 1);
    }
    SECTION("preview: +1 / -0, then activation makes version 2, used from its date")
    {
        auto preview = lead.preview(withAnySignalRule());
        REQUIRE(preview.ok());
        CHECK(preview->activeVersion == 1);
        CHECK(preview->flaggedByActive == 1);
        CHECK(preview->flaggedByCandidate == 2);
        CHECK(preview->added == QList<qint64>{visser.first});
        CHECK(preview->dropped.isEmpty());

        CHECK(lead.activate(withAnySignalRule(), today.addDays(-1), QString()).error().code == ErrorCode::Invalid);
        auto saved = lead.activate(withAnySignalRule(), today, QStringLiteral("Elk signaal telt"));
        REQUIRE(saved.ok());
        CHECK(saved->version == 2);
        CHECK(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'rules_change'")) == 1);
        auto sets = lead.ruleSets();
        REQUIRE(sets.ok());
        REQUIRE(sets->size() == 2);
        CHECK(sets->front().version == 2);
        CHECK(sets->front().note == QStringLiteral("Elk signaal telt"));

        const EvaluationRun run = evaluate(rules);
        CHECK(run.ruleSetVersion == 2);
        auto flags = rules.flagsOf(visser.first);
        REQUIRE(flags.ok());
        REQUIRE(flags->size() == 1);
        CHECK(flags->front().flag.ruleId == QStringLiteral("elk_signaal"));
        CHECK(flags->front().flag.ruleVersion == 2);
        // Yesterday's evaluation still uses version 1.
        auto yesterday = rules.evaluateAll(today.addDays(-1));
        REQUIRE(yesterday.ok());
        CHECK(yesterday->ruleSetVersion == 1);
    }
}

TEST_CASE_METHOD(Fixture, "A signal entered by hand flags its household at once", "[rules]")
{
    const auto jansen = household(QStringLiteral("Jansen"), 1);
    signal(jansen, PartnerType::Huur, QStringLiteral("H-1"), 125000, QDate(2026, 9, 1));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM flags")) == 0);
    signal(jansen, PartnerType::Energie, QStringLiteral("E-1"), 43000, QDate(2026, 9, 20));
    auto flags = rules.flagsOf(jansen.first);
    REQUIRE(flags.ok());
    REQUIRE(flags->size() == 1);
    CHECK(flags->front().flag.ruleId == QStringLiteral("meerdere_achterstanden"));
    CHECK(count(QStringLiteral("SELECT priority_rank FROM households WHERE id = ?"), {jansen.first}) > 0);
}
