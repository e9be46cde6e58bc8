#include "DemoCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "DatabaseTarget.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoIntake.h"
#include "demo/DemoSignals.h"
#include "importing/SignalCsvWriter.h"
#include "storage/Database.h"
#include "support/Clock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace vangnet::cli {

namespace {

/// The demo signal file: `rows` synthetic signals about the people just written.
Result<void> writeSignals(const QString &path, int rows, demo::DemoSignals &people)
{
    auto writer = importing::SignalCsvWriter::create(path);
    if (!writer)
        return writer.error();
    for (int i = 0; i < rows; ++i)
        if (auto written = (*writer)->write(people.next()); !written)
            return written;
    return (*writer)->finish();
}

void removeSqliteFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

QStringList accountNames()
{
    QStringList names;
    for (const DemoAccount &account : demoAccounts)
        names << QString::fromLatin1(account.username);
    return names;
}

} // namespace

QString DemoCommand::summary() const
{
    return tr("create a new database filled with a synthetic demo municipality");
}

QString DemoCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] demo [--db FILE|URL] --households N [--seed S]\n"
              "                   [--as-of DATE] [--signals-csv OUT --rows N] [--workday] [--json]\n\n"
              "Creates a new database and fills it with a synthetic municipality: invented people with\n"
              "Dutch-looking names, BSNs from the 9999 test range, addresses in postcodes 7411-7439,\n"
              "and the places of its supported-housing providers (about 3 per 1000 households).\n"
              "The same seed gives the same data. An existing non-empty file is never overwritten;\n"
              "a PostgreSQL database must not hold households yet. It also makes the demo accounts\n"
              "%2 with the password \"demo\"; log in with one of them, e.g.\n"
              "VANGNET_PASSWORD=demo vangnet-cli --db FILE --user consulent household list\n\n"
              "  --households N   number of households, 1 to %1\n"
              "  --seed S         seed for the generator (a whole number, default 1)\n"
              "  --as-of DATE     the day the demo stands on (YYYY-MM-DD): ages, signal dates and deadlines\n"
              "                   are counted from it. Default 2026-01-01, so the same seed gives the same\n"
              "                   data on any day; with --workday, today\n"
              "  --signals-csv OUT  also write N synthetic early signals about these people to OUT, in the\n"
              "                   documented CSV layout (for benchmarks and tests of `import signals`)\n"
              "  --rows N         the number of signal rows for --signals-csv\n"
              "  --workday        also play the year before that day, as the application's demo database\n"
              "                   does: synthetic signals (about 30 per 100 households) arrive in weekly\n"
              "                   batches, the signal rules flag households and the demo caseworkers take\n"
              "                   them up, contact them, close their cases and record housing needs for\n"
              "                   part of the flagged households; today's work is left open\n"
              "  --json           print the summary as JSON")
        .arg(DemoGenerator::maxHouseholds())
        .arg(accountNames().join(QStringLiteral(", ")));
}

int DemoCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({QStringLiteral("db"), QStringLiteral("households"), QStringLiteral("seed"),
                           QStringLiteral("signals-csv"), QStringLiteral("rows"), QStringLiteral("as-of")},
                          {QStringLiteral("json"), QStringLiteral("workday")});
    if (!reader.parse(args, console))
        return NothingDone;
    if (!reader.has(QStringLiteral("households"))) {
        console.error(tr("demo needs --households N (a positive whole number)"));
        return NothingDone;
    }
    const auto households = reader.integer(QStringLiteral("households"), 1);
    if (!households) {
        console.error(reader.error());
        return NothingDone;
    }
    if (*households > DemoGenerator::maxHouseholds()) {
        console.error(tr("--households: at most %1 households fit in the demo municipality").arg(DemoGenerator::maxHouseholds()));
        return NothingDone;
    }
    quint64 seed = 1;
    if (reader.has(QStringLiteral("seed"))) {
        bool ok = false;
        seed = reader.value(QStringLiteral("seed")).trimmed().toULongLong(&ok);
        if (!ok) {
            console.error(tr("--seed must be a whole number, not '%1'").arg(reader.value(QStringLiteral("seed"))));
            return NothingDone;
        }
    }

    const bool workday = reader.has(QStringLiteral("workday"));
    // A working day's demo stands on today, as the application's own demo database does.
    const auto givenDay = reader.date(QStringLiteral("as-of"));
    if (!givenDay) {
        console.error(reader.error());
        return NothingDone;
    }
    const QDate asOf = givenDay->isValid() ? *givenDay : workday ? QDate::currentDate() : DemoOptions{}.asOf;

    const QString signalsCsv = reader.value(QStringLiteral("signals-csv"));
    int signalRows = 0;
    if (reader.has(QStringLiteral("signals-csv")) != reader.has(QStringLiteral("rows"))) {
        console.error(tr("--signals-csv OUT and --rows N go together"));
        return NothingDone;
    }
    if (reader.has(QStringLiteral("rows"))) {
        const auto rows = reader.integer(QStringLiteral("rows"), 1);
        if (!rows) {
            console.error(reader.error());
            return NothingDone;
        }
        signalRows = *rows;
        if (QFileInfo::exists(signalsCsv)) {
            console.error(tr("'%1' exists already; choose a new file for the signals").arg(signalsCsv));
            return NothingDone;
        }
    }

    auto location = DatabaseTarget::resolve(reader.has(QStringLiteral("db")) ? reader.value(QStringLiteral("db")) : global.database);
    if (!location) {
        console.error(location.error().message);
        return NothingDone;
    }
    const bool sqlite = location->engine == Engine::Sqlite;
    if (sqlite && QFileInfo(location->path).exists() && QFileInfo(location->path).size() > 0) {
        console.error(tr("'%1' exists already; choose a new file").arg(location->path));
        return NothingDone;
    }
    const bool createdFile = sqlite && !QFileInfo::exists(location->path);

    QElapsedTimer timer;
    timer.start();
    demo::DemoSignals people(seed, asOf);
    Result<DemoSummary> written = Error{};
    {
        auto db = Database::open(*location);
        if (!db) {
            console.error(db.error().message);
            return NothingDone;
        }
        DemoOptions options;
        options.households = *households;
        options.seed = seed;
        options.asOf = asOf;
        if (signalRows > 0 || workday)
            options.written = [&people](const Household &h) { people.add(h); };
        written = DemoGenerator(options).writeTo(**db);
        if (written && workday) {
            // The day's import, flags and cases happen on the demo's day: today, or the --as-of day.
            const SystemClock system;
            const FixedClock onDay(QDateTime(asOf, QTime(9, 0)));
            const Clock &clock = asOf == QDate::currentDate() ? static_cast<const Clock &>(system) : onDay;
            if (auto intake = demo::importDemoSignals(**db, clock, people, demo::demoSignalRows(*households)); !intake)
                written = intake.error();
        }
    }
    if (written && signalRows > 0)
        if (auto signalFile = writeSignals(signalsCsv, signalRows, people); !signalFile) {
            console.error(signalFile.error().message);
            return DoneWithProblems;
        }
    if (!written) {
        if (createdFile)
            removeSqliteFiles(location->path); // our own empty file: leave nothing half-made behind
        console.error(written.error().message);
        return NothingDone;
    }

    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    if (reader.has(QStringLiteral("json"))) {
        console.json(QJsonObject{{QStringLiteral("location"), location->display()},
                                 {QStringLiteral("households"), written->households},
                                 {QStringLiteral("people"), written->persons},
                                 {QStringLiteral("places"), written->places},
                                 {QStringLiteral("seed"), QString::number(seed)},
                                 {QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
                                 {QStringLiteral("signals_csv"), signalsCsv},
                                 {QStringLiteral("signal_rows"), signalRows},
                                 {QStringLiteral("accounts"), QJsonArray::fromStringList(accountNames())},
                                 {QStringLiteral("seconds"), seconds}});
    } else {
        console.out(tr("Demo municipality written to %1: %2 households, %3 people in %4 s (seed %5).")
                        .arg(location->display())
                        .arg(written->households)
                        .arg(written->persons)
                        .arg(seconds, 0, 'f', 1)
                        .arg(seed));
        console.out(tr("Demo accounts, password \"demo\": %1.").arg(accountNames().join(QStringLiteral(", "))));
        if (signalRows > 0)
            console.out(tr("%1 early signals about these people written to %2.").arg(signalRows).arg(signalsCsv));
    }
    return Done;
}

} // namespace vangnet::cli
