#pragma once

#include "security/Session.h"
#include "support/Clock.h"
#include "users/AuthService.h"

#include <optional>

namespace vangnet::test {

/// Users for tests on one database: an administrator, two teams (A and B) and a caseworker in
/// each, all with cheap key derivation (KdfLimits::minimumForTests) so tests stay fast.
/// Passwords: passwordOf(username).
class TestUsers {
public:
    TestUsers(const Database &db, const Clock &clock);

    AuthService &auth() { return m_auth; }
    const Session &admin() const { return *m_admin; }
    const Session &caseworkerA() const { return *m_caseworkerA; }
    const Session &caseworkerB() const { return *m_caseworkerB; }
    const Team &teamA() const { return m_teamA; }
    const Team &teamB() const { return m_teamB; }

    static QString passwordOf(const QString &username) { return QStringLiteral("geheim-%1-wachtwoord").arg(username.size()); }
    /// Creates and logs in another user of `role` in `team` (0 = none).
    Session add(const QString &username, Role role, qint64 teamId);

private:
    AuthService m_auth;
    std::optional<Session> m_admin;
    Team m_teamA;
    Team m_teamB;
    std::optional<Session> m_caseworkerA;
    std::optional<Session> m_caseworkerB;
};

} // namespace vangnet::test
