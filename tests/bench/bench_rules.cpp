// Signal-rules benchmark (docs/performance.md): on a database with households and signals (made
// by scripts/bench-rules.sh), times reading the facts, evaluating the active rule set, a full
// stored evaluation (first: raising every flag; again: nothing changed) and one household after
// a new signal. Medians of R runs.
//
//   bench_rules --db FILE [--repeat R]

#include "households/HouseholdService.h"
#include "rules/Evaluator.h"
#include "rules/FactsLoader.h"
#include "rules/RulesService.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "support/Clock.h"
#include "support/Logging.h"
#include "support/Translations.h"
#include "users/AuthService.h"

#include "BenchSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace vangnet;
using namespace vangnet::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    initLogging(LogOptions{QString(), QStringLiteral("warn"), true});
    installTranslations(app); // explanations are built in Dutch, as in the application
    const auto [path, repeat] = dbArguments(app.arguments(), QStringLiteral("usage: bench_rules --db FILE [--repeat R]"));
    auto db = orFail(Database::open(DatabaseLocation::sqliteFile(path)));
    const SystemClock clock;
    AuthService auth(*db, clock);
    const Session session = orFail(auth.login(QStringLiteral("consulent"), QStringLiteral("demo")));
    rules::RulesService service(*db, clock, session);
    const rules::StoredRuleSet active = orFail(service.ruleSetOn(QDate::currentDate()));
    rules::ParseResult parsed = rules::parseRuleSet(active.source);
    parsed.ruleSet.version = active.version;

    QList<rules::HouseholdFacts> facts;
    const auto load = timed(repeat, [&] { facts = orFail(rules::FactsLoader(db->connection()).loadAll()); });
    qint64 signals = 0;
    for (const rules::HouseholdFacts &f : std::as_const(facts))
        signals += f.signals.size();
    report("read facts (all households)", load,
           QStringLiteral("(%1 households, %2 signals)").arg(facts.size()).arg(signals));

    rules::Evaluator evaluator(parsed.ruleSet);
    qint64 flags = 0;
    const auto evaluate = timed(repeat, [&] {
        flags = 0;
        for (const rules::HouseholdFacts &f : std::as_const(facts))
            flags += evaluator.evaluate(f, QDate::currentDate()).flags.size();
    });
    report("evaluate default rules (in memory)", evaluate, QStringLiteral("(%1 flags)").arg(flags));

    (void)runSql(db->connection(), QStringLiteral("DELETE FROM flags"));
    (void)runSql(db->connection(), QStringLiteral("UPDATE households SET priority_rank = 0"));
    rules::EvaluationRun first;
    const auto firstRun = timed(1, [&] { first = orFail(service.evaluateAll()); });
    report("full evaluation, stored (first: all raised)", firstRun, QStringLiteral("(%1 raised)").arg(first.raised));
    const auto steady = timed(repeat, [&] { (void)orFail(service.evaluateAll()); });
    report("full evaluation, stored (again, unchanged)", steady);

    // One household after a new signal: the incremental evaluation an import or entry triggers.
    HouseholdService households(*db, clock, session);
    const qint64 household = facts.isEmpty() ? 0 : facts.constFirst().householdId;
    auto q = orFail(runSql(db->connection(), QStringLiteral("SELECT id FROM persons WHERE household_id = ? LIMIT 1"), {household}));
    const qint64 person = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    int n = 0;
    std::vector<double> single;
    for (int i = 0; i < std::max(repeat, 10); ++i) {
        importing::SignalRow row;
        row.signalId = QStringLiteral("BENCH-%1-%2").arg(QCoreApplication::applicationPid()).arg(++n);
        row.partnerType = importing::PartnerType::Energie;
        row.partnerName = QStringLiteral("Bench Energie");
        row.signalDate = QDate::currentDate();
        row.arisenDate = QDate::currentDate().addDays(-40);
        row.amountCents = 10000 + n + 1000 * (QCoreApplication::applicationPid() % 100000);
        (void)orFail(households.addSignal(household, person, row));
        const auto t = timed(1, [&] { (void)orFail(service.evaluateHouseholds({household})); });
        single.push_back(t.front());
    }
    report("one household after a new signal", single);

    // As of 30 days ago (docs/rules.md, "As of a past day"): the statuses of that day, put back from
    // the history. Every closed signal gets a closing spread over the past year, as a municipality
    // closes them day by day; the ones closed in the last 30 days are open again on that day.
    (void)orFail(runSql(db->connection(), QStringLiteral(
        "INSERT INTO status_history (signal_id, old_status, new_status, valid_from, changed_at, changed_by) "
        "SELECT id, 'in_behandeling', status, date('now', '-' || (id % 365) || ' days'), "
        "strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'bench' FROM signals s WHERE status = 'afgesloten' "
        "AND NOT EXISTS (SELECT 1 FROM status_history h WHERE h.signal_id = s.id)")));
    const QDate monthAgo = QDate::currentDate().addDays(-30);
    auto later = orFail(runSql(db->connection(), QStringLiteral("SELECT COUNT(*) FROM status_history WHERE valid_from > ?"),
                               {monthAgo.toString(Qt::ISODate)}));
    const qint64 changed = later.next() ? later.value(0).toLongLong() : 0;
    later.finish();
    const auto pastLoad = timed(repeat, [&] { facts = orFail(rules::FactsLoader(db->connection(), monthAgo).loadAll()); });
    report("read facts as of 30 days ago", pastLoad, QStringLiteral("(%1 statuses put back)").arg(changed));
    const auto past = timed(repeat, [&] { (void)orFail(service.evaluateAll(monthAgo)); });
    report("full evaluation as of 30 days ago (not stored)", past);
    return 0;
}
