// The application on a large municipality (docs/performance.md, "The application at city scale"):
// from the moment the login is accepted, how long until the main window is shown and answers, how
// long the work queue takes to fill, and the longest the GUI thread was kept from its events
// meanwhile (a 10 ms heartbeat timer measures the gaps).
//
//   bench_startup --db FILE --user NAME [--wait SECONDS]     (password in VANGNET_PASSWORD)

#include "BenchSupport.h"

#include "AppResources.h"
#include "DatabaseStartup.h"
#include "MainWindow.h"
#include "cases/WorkQueuePage.h"
#include "households/HouseholdService.h"
#include "security/AuthWorker.h"
#include "support/Clock.h"
#include "users/AuthService.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

using namespace vangnet;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_startup"));
    initAppResources();
    const QStringList args = QCoreApplication::arguments();
    const auto option = [&args](const char *name, const QString &fallback = {}) {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const QString file = option("--db");
    const QString user = option("--user", QStringLiteral("teamleider"));
    const int waitSeconds = option("--wait", QStringLiteral("60")).toInt();
    if (file.isEmpty())
        bench::fail(QStringLiteral("usage: bench_startup --db FILE --user NAME [--wait SECONDS]"));

    auto db = bench::orFail(DatabaseStartup::open(file, 0));
    const SystemClock clock;
    const KdfLimits limits = KdfLimits::moderate();
    AuthService auth(*db, clock, limits);
    AuthWorker worker(db->location(), clock, limits);
    const Session session = bench::orFail(auth.login(user, qEnvironmentVariable("VANGNET_PASSWORD")));

    // From here on: the login is accepted.
    QElapsedTimer since;
    since.start();
    qint64 lastBeat = 0;
    qint64 longestBlock = 0;
    QTimer heartbeat;
    heartbeat.setInterval(10);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 now = since.elapsed();
        longestBlock = std::max(longestBlock, now - lastBeat);
        lastBeat = now;
    });
    heartbeat.start();

    HouseholdService households(*db, clock, session);
    MainWindow window(*db, session, households, auth, worker, clock);
    window.show();
    window.refreshFlagsForToday(*db, clock);
    const qint64 constructed = since.elapsed();
    const qint64 blockBeforeLoop = constructed - lastBeat; // the construction itself holds the thread
    QCoreApplication::processEvents();
    const qint64 usable = since.elapsed();

    qint64 queueFilled = -1;
    if (WorkQueuePage *queue = window.workQueuePage()) {
        QElapsedTimer waited;
        waited.start();
        while (queue->isLoading() && waited.elapsed() < waitSeconds * 1000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        queueFilled = queue->isLoading() ? -1 : since.elapsed();
    }
    // A little longer, for whatever else the pages started in the background.
    QElapsedTimer tail;
    tail.start();
    while (tail.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    longestBlock = std::max(longestBlock, blockBeforeLoop);

    bench::report("main window constructed and shown", {double(constructed)});
    bench::report("main window answers events (usable)", {double(usable)});
    bench::report("work queue filled", {double(queueFilled)}, queueFilled < 0 ? QStringLiteral("(not within the wait)") : QString());
    bench::report("longest the GUI thread was kept busy", {double(longestBlock)});
    return 0;
}
