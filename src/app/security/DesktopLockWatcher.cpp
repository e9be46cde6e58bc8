#include "security/DesktopLockWatcher.h"

#include <spdlog/spdlog.h>

#ifdef VANGNET_HAVE_DBUS
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusObjectPath>
#include <QDBusReply>
#endif

namespace vangnet {

DesktopLockWatcher::DesktopLockWatcher(QObject *parent) : QObject(parent)
{
#ifdef VANGNET_HAVE_DBUS
    // QDBusConnection::connect takes its receiver as a SLOT() string only (no functor overload
    // in Qt 6.4): the one place here that uses one.
    QDBusConnection session = QDBusConnection::sessionBus();
    if (session.isConnected())
        m_listening |= session.connect(QString(), QStringLiteral("/org/freedesktop/ScreenSaver"),
                                       QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("ActiveChanged"),
                                       this, SLOT(screenSaverActiveChanged(bool)));
    QDBusConnection system = QDBusConnection::systemBus();
    if (system.isConnected()) {
        // logind sends Lock on the object of the session it locks: find ours by process id.
        QDBusInterface manager(QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
                               QStringLiteral("org.freedesktop.login1.Manager"), system);
        const QDBusReply<QDBusObjectPath> path =
            manager.call(QStringLiteral("GetSessionByPID"), static_cast<quint32>(QCoreApplication::applicationPid()));
        if (path.isValid())
            m_listening |= system.connect(QStringLiteral("org.freedesktop.login1"), path.value().path(),
                                          QStringLiteral("org.freedesktop.login1.Session"), QStringLiteral("Lock"), this,
                                          SLOT(sessionLocked()));
    }
#endif
    spdlog::info("desktop lock signals {}", m_listening ? "followed" : "not available");
}

void DesktopLockWatcher::screenSaverActiveChanged(bool active)
{
    if (active)
        Q_EMIT desktopLocked();
}

void DesktopLockWatcher::sessionLocked()
{
    Q_EMIT desktopLocked();
}

} // namespace vangnet
