#pragma once

#include "storage/ChangeFeed.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <functional>
#include <utility>

namespace vangnet::test {

/// Processes events until `done` holds or `ms` have passed; true when it holds. For what
/// arrives through the event loop (notifications from the server, background loads).
inline bool waitUntil(const std::function<bool()> &done, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

/// What a ChangeFeed reported, in order.
class ChangeLog {
public:
    explicit ChangeLog(ChangeFeed &feed)
    {
        QObject::connect(&feed, &ChangeFeed::changed, &feed,
                         [this](DataKind kind, const QList<qint64> &ids) { m_heard << std::pair(kind, ids); });
    }

    int count() const { return static_cast<int>(m_heard.size()); }
    QList<DataKind> kinds() const
    {
        QList<DataKind> out;
        for (const auto &[kind, ids] : m_heard)
            out << kind;
        return out;
    }
    /// Every id reported with `kind`.
    QList<qint64> idsOf(DataKind kind) const
    {
        QList<qint64> out;
        for (const auto &[k, ids] : m_heard)
            if (k == kind)
                out += ids;
        return out;
    }
    bool waitFor(DataKind kind, int ms) const { return waitUntil([&] { return kinds().contains(kind); }, ms); }

private:
    QList<std::pair<DataKind, QList<qint64>>> m_heard;
};

} // namespace vangnet::test
