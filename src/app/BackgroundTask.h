#pragma once

#include "storage/Database.h"
#include "support/Result.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QProgressBar;
class QThread;
class QTimer;

namespace vangnet {

/// A connection of the background work's own (SQLite connections must not cross threads): the
/// database is neither created nor migrated here, the GUI thread's connection did that.
Result<std::unique_ptr<Database>> openForWorker(const DatabaseLocation &location);

/// Long work off the GUI thread, as the import wizard does it: `work` runs on its own QThread
/// (open a database connection there: connections belong to the thread that opened them),
/// reports progress through progress(), and polls cancelled(); a timer moves the bar on the GUI
/// thread, and `done` runs on the GUI thread afterwards. One task at a time.
class BackgroundTask final : public QObject {
    Q_OBJECT
public:
    explicit BackgroundTask(QObject *parent = nullptr);
    ~BackgroundTask() override; ///< cancels and waits for the work to end

    /// Starts `work`; `bar` (may be null) follows the progress. False while a task runs.
    bool start(std::function<void()> work, std::function<void()> done, QProgressBar *bar);
    bool isRunning() const { return m_thread != nullptr; }
    /// Asks the work to stop; it stops at its next progress report.
    void cancel() { m_cancel = true; }

    /// For the work: records progress; false once the user stopped it (the engines' callback shape).
    bool progress(qint64 done, qint64 total);
    bool cancelled() const { return m_cancel; }

Q_SIGNALS:
    void runningChanged(bool running);

private:
    QThread *m_thread = nullptr;
    QTimer *m_timer = nullptr;
    std::atomic<bool> m_cancel{false};
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
};

} // namespace vangnet
