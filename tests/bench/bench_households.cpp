// Household-list benchmark: generating the demo municipality, the list's first paint, sorting
// and searching, each repeated and reported as a median. Run by scripts/bench-households.sh.
//
//   bench_households --dir DIR [--households N] [--repeat R]
//
// Leaves DIR/bench.sqlite (the last generated municipality) for the script's reference timings.

#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "storage/HouseholdQuery.h"
#include "storage/SqlStatement.h"
#include "support/Clock.h"
#include "support/Logging.h"
#include "users/AuthService.h"

#include "BenchSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace vangnet;
using namespace vangnet::bench;

namespace {

void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    initLogging(LogOptions{QString(), QStringLiteral("warn"), true});
    QString dir;
    int households = 100000;
    int repeat = 5;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--dir"))
            dir = args[i + 1];
        else if (args[i] == QLatin1String("--households"))
            households = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--repeat"))
            repeat = args[i + 1].toInt();
    }
    if (dir.isEmpty() || households < 1 || repeat < 1)
        fail(QStringLiteral("usage: bench_households --dir DIR [--households N] [--repeat R]"));
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("bench.sqlite"));
    const DatabaseLocation location = DatabaseLocation::sqliteFile(path);

    // 1. Generating the demo municipality: a fresh file each run, seed 1.
    int people = 0;
    const auto generation = timed(std::max(1, repeat / 2), [&] {
        removeDatabase(path);
        auto db = Database::open(location);
        if (!db)
            fail(db.error().message);
        auto written = DemoGenerator(DemoOptions{households, 1, QDate(2026, 1, 1)}).writeTo(**db);
        if (!written)
            fail(written.error().message);
        people = written->persons;
    });
    const QString generated = QStringLiteral("(%1 households, %2 people)").arg(households).arg(people);
    report("generate demo municipality", generation, generated);

    auto db = Database::open(location, Database::Options{false, false, {}});
    if (!db)
        fail(db.error().message);
    // The list as caseworker "consulent" (Team Noord) sees it: need-to-know scopes it to one team.
    const SystemClock clock;
    auto session = AuthService(**db, clock).login(QString::fromLatin1(demoAccounts[2].username), QString::fromLatin1(demoPassword));
    if (!session)
        fail(session.error().message);
    const HouseholdQuery query((*db)->connection(), *session);

    // 2. First paint of the household list: every id in the default order, rows of the first 100.
    qsizetype listed = 0;
    const auto firstPaint = timed(repeat, [&] {
        auto ids = query.ids(HouseholdFilter{});
        if (!ids)
            fail(ids.error().message);
        listed = ids->size();
        auto rows = query.rows(ids->mid(0, 100));
        if (!rows || rows->size() != std::min<qsizetype>(100, listed))
            fail(QStringLiteral("first page incomplete"));
    });
    report("list first paint (ids + 100 rows)", firstPaint);

    // 3. Sorting by postcode (a click on the column header): ids in the new order + first 100 rows.
    const auto sortPostcode = timed(repeat, [&] {
        auto ids = query.ids(HouseholdFilter{QString(), QString(), HouseholdSort::Postcode, false, QString(), 0});
        if (!ids || ids->size() != listed)
            fail(QStringLiteral("sort lost households"));
        (void)query.rows(ids->mid(0, 100));
    });
    report("list sort by postcode", sortPostcode);

    // 4. Searching: a postcode (prefix) and a name, as typed in the search box.
    auto search = [&](const QString &text, qsizetype &hits) {
        return timed(repeat, [&] {
            auto ids = query.ids(HouseholdFilter{text, QString(), HouseholdSort::Name, false, QString(), 0});
            if (!ids)
                fail(ids.error().message);
            hits = ids->size();
            (void)query.rows(ids->mid(0, 100));
        });
    };
    qsizetype hits = 0;
    auto postcodeRuns = search(QStringLiteral("7415 B"), hits);
    QString note = QStringLiteral("(%1 hits)").arg(hits);
    report("search postcode \"7415 B\"", postcodeRuns, note);
    auto nameRuns = search(QStringLiteral("jansen"), hits);
    note = QStringLiteral("(%1 hits)").arg(hits);
    report("search name \"jansen\"", nameRuns, note);
    auto twoWords = search(QStringLiteral("daan de vries"), hits);
    note = QStringLiteral("(%1 hits)").arg(hits);
    report("search name \"daan de vries\"", twoWords, note);

    std::printf("database: %s\n", path.toUtf8().constData());
    return 0;
}
