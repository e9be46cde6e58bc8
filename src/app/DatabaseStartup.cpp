#include "DatabaseStartup.h"

#include "demo/DemoGenerator.h"
#include "demo/DemoIntake.h"
#include "demo/DemoSignals.h"
#include "support/AppPaths.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>

#include <spdlog/spdlog.h>

#include <atomic>
#include <optional>

namespace vangnet {

Result<std::unique_ptr<Database>> DatabaseStartup::open(const QString &argument, int demoHouseholds)
{
    auto location = locate(argument, demoHouseholds);
    if (!location)
        return location.error();
    return Database::open(*location);
}

Result<DatabaseLocation> DatabaseStartup::locate(const QString &argument, int demoHouseholds)
{
    QString text = argument;
    if (text.isEmpty())
        text = paths::configuredDatabase();
    if (text.isEmpty()) {
        text = paths::defaultDemoDatabase();
        if (!QFileInfo::exists(text)) {
            if (auto created = createDemo(text, demoHouseholds); !created)
                return created.error();
        }
    }
    // A URL from the settings file may not carry a password; one given with --db is the user's.
    return argument.isEmpty() ? DatabaseLocation::parseSaved(text) : DatabaseLocation::parse(text);
}

Result<void> DatabaseStartup::createDemo(const QString &path, int households)
{
    spdlog::info("creating demo database with {} households", households);
    QProgressDialog progress(tr("Creating a demo municipality with %1 households…").arg(households), tr("Cancel"), 0,
                             households);
    progress.setWindowTitle(tr("Vangnet"));
    progress.setAccessibleName(tr("Creating the demo database"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);

    // Written under a temporary name and renamed when complete, so an interrupted first run
    // leaves no half-made demo database behind that the next run would open.
    const QString partial = path + QStringLiteral(".part");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(partial + suffix);
    std::atomic_bool cancelled = false;
    std::optional<Error> failure;
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&cancelled] { cancelled = true; });

    // The generator writes through a connection of its own, opened in (and owned by) the worker.
    QThread *worker = QThread::create([&] {
        auto db = Database::open(DatabaseLocation::sqliteFile(partial));
        if (!db) {
            failure = db.error();
            return;
        }
        DemoOptions options;
        options.households = households;
        options.asOf = QDate::currentDate();
        demo::DemoSignals people(options.seed, options.asOf);
        options.written = [&people](const Household &h) { people.add(h); };
        const auto report = [&](int done, int total) {
            QMetaObject::invokeMethod(
                &progress,
                [&progress, done, total] {
                    progress.setMaximum(total);
                    progress.setValue(done);
                },
                Qt::QueuedConnection);
            return !cancelled;
        };
        auto written = DemoGenerator(options).writeTo(**db, report);
        if (!written) {
            failure = written.error();
            return;
        }
        if (written->cancelled)
            return;
        // The demo's past year: weekly signal batches, flags, and the cases the team worked on.
        QMetaObject::invokeMethod(
            &progress, [&progress] { progress.setLabelText(tr("Playing the demo team's past year…")); },
            Qt::QueuedConnection);
        auto intake = demo::importDemoSignals(**db, SystemClock(), people, demo::demoSignalRows(households), report);
        if (!intake && !cancelled)
            failure = intake.error();
    });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;

    if (cancelled && !failure)
        failure = Error{ErrorCode::Invalid, tr("Creating the demo database was cancelled.")};
    if (!failure && !QFile::rename(partial, path))
        failure = Error{ErrorCode::Io, tr("The demo database could not be saved as %1.").arg(path)};
    if (failure) {
        QFile::remove(partial);
        spdlog::error("demo database not created: {}", failure->message.toStdString());
        return *failure;
    }
    return success();
}

} // namespace vangnet
