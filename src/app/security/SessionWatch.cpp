#include "security/SessionWatch.h"

#include "users/AuthService.h"

#include <spdlog/spdlog.h>

namespace vangnet {

SessionWatch::SessionWatch(const AuthService &auth, const Session &session, QObject *parent)
    : QObject(parent), m_auth(auth), m_session(session)
{
    connect(&m_timer, &QTimer::timeout, this, &SessionWatch::check);
    m_timer.start(DefaultInterval);
}

void SessionWatch::check()
{
    if (m_ended)
        return;
    auto state = m_auth.sessionState(m_session);
    if (!state) {
        // A database that cannot be read now is not a reason to end the work: next time again.
        spdlog::warn("the session's user record could not be read again");
        return;
    }
    if (*state == SessionState::Current) {
        // A colleague waiting for the team's key (new account, new password) gets it from here.
        if (auto shared = m_auth.shareKeys(m_session); !shared)
            spdlog::warn("the session's keys could not be shared: {}", shared.error().message.toStdString());
        Q_EMIT checked();
        return;
    }
    m_ended = true;
    m_timer.stop();
    spdlog::info("session of user {} ends: {}", m_session.user().id,
                 *state == SessionState::Disabled ? "account disabled" : "role or team changed");
    Q_EMIT ended(*state == SessionState::Disabled
                     ? tr("Your account was disabled by the administrator. You have been logged out.")
                     : tr("The administrator changed your role or team. Log in again to continue with your new rights."));
}

} // namespace vangnet
