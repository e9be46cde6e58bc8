// Weekly-dashboard benchmark (docs/performance.md, "Weekly dashboard"): the team lead's
// DashboardService::weekly for one week on a large demo database, its parts, a drill-down, and
// the same aggregation statements written out for the sqlite3 tool (the reference).
//
//   bench_dashboard --db FILE [--week 2026-W47] [--repeat R] [--sql-out FILE]

#include "dashboard/DashboardRepository.h"
#include "dashboard/DashboardService.h"
#include "storage/Database.h"
#include "support/Clock.h"
#include "support/Logging.h"
#include "users/AuthService.h"

#include "BenchSupport.h"

#include <QFile>

using namespace vangnet;
using namespace vangnet::bench;
using namespace vangnet::dashboard;

namespace {

/// The statement with its values written in as SQL literals (our statements hold no '?' of their own).
QString inlined(const SqlText &statement)
{
    QString out;
    qsizetype next = 0;
    for (const QChar c : statement.sql) {
        if (c != QLatin1Char('?')) {
            out += c;
            continue;
        }
        const QVariant v = statement.values.value(next++);
        if (v.typeId() == QMetaType::QString)
            out += QLatin1Char('\'') + v.toString().replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
        else
            out += QString::number(v.toLongLong());
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_dashboard"));
    initLogging(LogOptions{QString(), QStringLiteral("warn"), true});
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, const QString &fallback = {}) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const QString path = option(QStringLiteral("--db"));
    if (path.isEmpty())
        fail(QStringLiteral("usage: bench_dashboard --db FILE [--week 2026-W47] [--repeat R] [--sql-out FILE]"));
    const int repeat = option(QStringLiteral("--repeat"), QStringLiteral("5")).toInt();

    auto db = orFail(Database::open(DatabaseLocation::sqliteFile(path)));
    const SystemClock clock;
    const Session lead = orFail(AuthService(*db, clock).login(QStringLiteral("teamleider"), QStringLiteral("demo")));
    const DashboardService service(*db, clock, lead);
    const IsoWeek week = orFail(service.week(option(QStringLiteral("--week"))));

    WeeklyDashboard last;
    const std::vector<double> whole = timed(repeat, [&] { last = orFail(service.weekly(week)); });
    report("weekly dashboard, whole (DashboardService)", whole,
           QStringLiteral("(%1: %2 signals, %3 households flagged, %4 open cases, %5 first contacts)")
               .arg(week.key())
               .arg(WeeklyDashboard::total(last.signalsByPartner))
               .arg(WeeklyDashboard::total(last.newFlagsBySeverity))
               .arg(last.openCases)
               .arg(last.firstContact.cases));

    // The parts: the SQL figures one by one, the trend, and the work queue's overdue.
    const DashboardRepository repo(db->connection());
    const MetricScope scope{week.monday(), week.sunday(), std::min(week.sunday(), clock.today()), lead.user().teamId};
    QList<MetricScope> weeks;
    for (int i = trendWeeks - 1; i >= 0; --i) {
        const IsoWeek w = week.plusWeeks(-i);
        weeks << MetricScope{w.monday(), w.sunday(), std::min(w.sunday(), clock.today()), lead.user().teamId};
    }
    report("  every SQL figure of the week", timed(repeat, [&] {
               for (Metric m : allMetrics())
                   if (DashboardRepository::isSql(m))
                       orFail(repo.counts(m, scope));
           }));
    report("  the 12-week trend (3 statements)", timed(repeat, [&] {
               for (Metric m : {Metric::SignalsByPartner, Metric::NewFlagsBySeverity, Metric::FirstContact})
                   orFail(repo.weeklyTotals(m, weeks));
           }));
    report("  overdue by caseworker (work queue, clocks)",
           timed(repeat, [&] { orFail(service.drillDown(week, Metric::OverdueByCaseworker)); }));
    qsizetype listed = 0;
    const std::vector<double> drill = timed(repeat, [&] { listed = orFail(service.drillDown(week, Metric::SignalsByPartner)).size(); });
    report("drill-down: the week's signals, all partners", drill, QStringLiteral("(%1 rows)").arg(listed));

    if (const QString out = option(QStringLiteral("--sql-out")); !out.isEmpty()) {
        QFile file(out);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            fail(QStringLiteral("%1: %2").arg(out, file.errorString()));
        QStringList statements;
        for (Metric m : allMetrics())
            if (DashboardRepository::isSql(m))
                statements << inlined(DashboardRepository::aggregation(m, scope));
        for (Metric m : {Metric::SignalsByPartner, Metric::NewFlagsBySeverity, Metric::FirstContact}) {
            QStringList parts;
            for (qsizetype i = 0; i < weeks.size(); ++i)
                parts << QStringLiteral("SELECT %1 AS wk, COUNT(*) AS n FROM (%2) m%1")
                             .arg(i)
                             .arg(inlined(DashboardRepository::rowSource(m, weeks.at(i))));
            statements << parts.join(QStringLiteral(" UNION ALL "));
        }
        file.write((statements.join(QStringLiteral(";\n")) + QStringLiteral(";\n")).toUtf8());
    }
    return 0;
}
