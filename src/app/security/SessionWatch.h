#pragma once

#include "security/Session.h"

#include <QObject>
#include <QTimer>

#include <chrono>

namespace vangnet {

class AuthService;

/// Re-reads the logged-in user's record every interval (30 s), so an administrator's change
/// reaches an open window within a minute (docs/security.md, "Disabled accounts"): a disabled
/// account is logged out, a changed role or team must log in again for its new rights. One row
/// by primary key, so it runs on the GUI thread.
class SessionWatch final : public QObject {
    Q_OBJECT
public:
    static constexpr std::chrono::seconds DefaultInterval{30};

    SessionWatch(const AuthService &auth, const Session &session, QObject *parent = nullptr);

    void setInterval(std::chrono::milliseconds interval) { m_timer.start(interval); }
    /// One check now (the timer calls it); emits ended() once when the session must end.
    void check();

Q_SIGNALS:
    /// A check found the session current (MainWindow reads the idle-lock policy again then).
    void checked();
    /// The session must end; `message` (Dutch via tr()) tells the user why.
    void ended(const QString &message);

private:
    const AuthService &m_auth;
    const Session &m_session;
    QTimer m_timer;
    bool m_ended = false;
};

} // namespace vangnet
