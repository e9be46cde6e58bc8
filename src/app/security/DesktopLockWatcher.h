#pragma once

#include <QObject>

namespace vangnet {

/// Tells when the desktop session locks, so Vangnet locks its window too (docs/security.md,
/// "Idle lock"): the org.freedesktop.ScreenSaver ActiveChanged signal on the session bus and
/// logind's Lock signal for this session on the system bus. Without QtDBus in the build, or
/// without a bus (a kiosk, the tests), it listens to nothing and the idle timer still works.
class DesktopLockWatcher final : public QObject {
    Q_OBJECT
public:
    explicit DesktopLockWatcher(QObject *parent = nullptr);

    /// True when at least one of the two signals is subscribed.
    bool isListening() const { return m_listening; }

Q_SIGNALS:
    /// The desktop locked (or its screen saver started).
    void desktopLocked();

private Q_SLOTS:
    void screenSaverActiveChanged(bool active);
    void sessionLocked();

private:
    bool m_listening = false;
};

} // namespace vangnet
