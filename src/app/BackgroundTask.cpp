#include "BackgroundTask.h"

#include <QPointer>
#include <QProgressBar>
#include <QThread>
#include <QTimer>

namespace vangnet {

Result<std::unique_ptr<Database>> openForWorker(const DatabaseLocation &location)
{
    Database::Options options;
    options.create = false;
    options.migrate = false;
    return Database::open(location, options);
}

BackgroundTask::BackgroundTask(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(100);
}

BackgroundTask::~BackgroundTask()
{
    m_cancel = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool BackgroundTask::progress(qint64 done, qint64 total)
{
    m_done = done;
    m_total = total;
    return !m_cancel.load();
}

bool BackgroundTask::start(std::function<void()> work, std::function<void()> done, QProgressBar *bar)
{
    if (m_thread)
        return false;
    m_cancel = false;
    m_done = 0;
    m_total = 0;
    QPointer<QProgressBar> progressBar(bar);
    if (progressBar) {
        progressBar->setRange(0, 1000);
        progressBar->setValue(0);
    }
    m_timer->disconnect();
    connect(m_timer, &QTimer::timeout, this, [this, progressBar] {
        const qint64 total = m_total;
        if (progressBar && total > 0)
            progressBar->setValue(static_cast<int>(1000 * m_done / total));
    });
    m_thread = QThread::create(std::move(work));
    m_thread->setObjectName(QStringLiteral("background-task"));
    connect(m_thread, &QThread::finished, this, [this, progressBar, done = std::move(done)] {
        m_timer->stop();
        m_thread->deleteLater();
        m_thread = nullptr;
        if (progressBar)
            progressBar->setValue(progressBar->maximum());
        Q_EMIT runningChanged(false);
        done();
    });
    m_timer->start();
    m_thread->start();
    Q_EMIT runningChanged(true);
    return true;
}

} // namespace vangnet
