#include "security/IdleLock.h"

#include <QCoreApplication>
#include <QEvent>

namespace vangnet {

namespace {
bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}
} // namespace

IdleLock::IdleLock(std::chrono::milliseconds timeout, QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(timeout);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_paused = true;
        Q_EMIT idle();
    });
    QCoreApplication::instance()->installEventFilter(this);
    m_timer.start();
}

IdleLock::~IdleLock()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

std::chrono::milliseconds IdleLock::timeout() const
{
    return m_timer.intervalAsDuration();
}

void IdleLock::setTimeout(std::chrono::milliseconds timeout)
{
    m_timer.setInterval(timeout);
    if (!m_paused)
        m_timer.start();
}

void IdleLock::pause()
{
    m_paused = true;
    m_timer.stop();
}

void IdleLock::resume()
{
    m_paused = false;
    m_timer.start();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    // Restarting a running timer only moves its deadline: cheap enough for every mouse move.
    if (!m_paused && isInput(event->type()))
        m_timer.start();
    return QObject::eventFilter(watched, event);
}

} // namespace vangnet
