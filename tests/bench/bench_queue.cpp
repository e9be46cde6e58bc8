// Work-queue benchmark (docs/performance.md, "Work queue"): the team lead's queue on a
// city-scale database — the first page from the head of the priorities, the whole index, a page
// of full lines, every filter change as the page makes it (filter + the buttons' counts), the
// peak memory after each step, and for comparison the old way (every full line at once).
//
//   bench_queue --db FILE [--repeat R]

#include "cases/WorkQueue.h"
#include "storage/Database.h"
#include "support/Clock.h"
#include "support/Logging.h"
#include "users/AuthService.h"

#include "BenchSupport.h"

#include <QFile>

#include <malloc.h>
#include <sqlite3.h>

using namespace vangnet;
using namespace vangnet::bench;
using namespace vangnet::cases;

namespace {

/// Heap in use outside SQLite's own (its page cache grows with what a run reads), in MB: what
/// the queue's results hold.
double heldMb()
{
    const struct mallinfo2 heap = mallinfo2();
    return double(heap.uordblks + heap.hblkhd - std::size_t(sqlite3_memory_used())) / 1048576.0;
}

/// The process's peak resident memory so far (VmHWM, SQLite's page cache included), in MB.
double peakMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

QString memory()
{
    return QStringLiteral("[held %1 MB, peak RSS %2 MB]").arg(heldMb(), 0, 'f', 1).arg(peakMb(), 0, 'f', 0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_queue"));
    initLogging(LogOptions{QString(), QStringLiteral("warn"), true});
    const DbArguments args = dbArguments(app.arguments(), QStringLiteral("usage: bench_queue --db FILE [--repeat R]"));

    auto db = orFail(Database::open(DatabaseLocation::sqliteFile(args.path)));
    const SystemClock clock;
    const Session lead = orFail(AuthService(*db, clock).login(QStringLiteral("teamleider"), QStringLiteral("demo")));
    const WorkQueue queue(*db, clock, lead);
    std::printf("%-44s %s\n", "opened, logged in", memory().toUtf8().constData());

    // What the page does before the whole queue is in: the head, then the rows of its first page.
    QueueIndex head;
    QList<QueueItem> firstPage;
    std::vector<double> runs = timed(args.repeat, [&] {
        head = orFail(queue.head(QueueFilter::Scope::Team, 200));
        firstPage = orFail(queue.rows(head.householdIds(0, 200), head.asOf));
    });
    report("first page from the head (head + 200 rows)", runs,
           QStringLiteral("(%1 lines in the head, %2 rows) %3").arg(head.keys.size()).arg(firstPage.size()).arg(memory()));

    QueueIndex index;
    runs = timed(args.repeat, [&] { index = orFail(queue.index()); });
    report("whole index (WorkQueue::index)", runs,
           QStringLiteral("(%1 lines, %2 MB of keys) %3")
               .arg(index.keys.size())
               .arg(double(index.keys.size() * sizeof(QueueKey)) / 1048576.0, 0, 'f', 1)
               .arg(memory()));
    bool same = head.keys.size() <= index.keys.size();
    for (std::size_t i = 0; same && i < head.keys.size(); ++i)
        same = head.keys[i].householdId == index.keys[i].householdId;
    std::printf("%-44s %s\n", "head is the beginning of the index", same ? "yes" : "NO");

    QList<QueueItem> page;
    runs = timed(args.repeat, [&] {
        page = orFail(queue.rows(index.householdIds(index.keys.size() / 2, 200), index.asOf));
    });
    report("a page of 200 rows, middle of the queue", runs, memory());

    // A filter change as the page makes it: the filter, then the counts on the buttons (the
    // other filters under Team, and the overdue count under the scope), then the first rows.
    auto change = [&](const char *name, const QueueFilter &filter) {
        std::size_t shown = 0;
        const std::vector<double> filtering = timed(args.repeat, [&] {
            const QueueIndex lines = queue.filtered(index, filter);
            QueueFilter others = filter;
            others.scope = QueueFilter::Scope::Team;
            (void)queue.counts(queue.filtered(index, others));
            QueueFilter withoutOverdue = filter;
            withoutOverdue.overdueOnly = false;
            (void)queue.counts(queue.filtered(index, withoutOverdue));
            (void)WorkQueue::wijken(index);
            shown = lines.keys.size();
            orFail(queue.rows(lines.householdIds(0, 200), lines.asOf));
        });
        report(name, filtering, QStringLiteral("(%1 lines)").arg(shown));
    };
    const QStringList wijken = WorkQueue::wijken(index);
    change("filter: team", QueueFilter{});
    change("filter: mine", QueueFilter{QueueFilter::Scope::Mine, {}, 0, false, 0});
    change("filter: unassigned", QueueFilter{QueueFilter::Scope::Unassigned, {}, 0, false, 0});
    change("filter: one wijk", QueueFilter{QueueFilter::Scope::Team, wijken.value(0), 0, false, 0});
    change("filter: severity high or more", QueueFilter{QueueFilter::Scope::Team, {}, 3, false, 0});
    change("filter: overdue only", QueueFilter{QueueFilter::Scope::Team, {}, 0, true, 0});

    // The old way, for comparison: every full line of the queue in memory at once.
    QList<QueueItem> all;
    runs = timed(1, [&] { all = orFail(queue.load()); });
    report("(before) every full line at once (load)", runs, QStringLiteral("(%1 lines) %2").arg(all.size()).arg(memory()));
    return 0;
}
