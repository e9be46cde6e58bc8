#include "TestUsers.h"

#include "support/TestResult.h"

#include <catch2/catch.hpp>

namespace vangnet::test {


TestUsers::TestUsers(const Database &db, const Clock &clock) : m_auth(db, clock, KdfLimits::minimumForTests())
{
    m_admin.emplace(required(m_auth.createFirstAdministrator(QStringLiteral("beheer"), QStringLiteral("Beheerder"),
                                                             passwordOf(QStringLiteral("beheer")))));
    m_teamA = required(m_auth.createTeam(*m_admin, QStringLiteral("Team A")));
    m_teamB = required(m_auth.createTeam(*m_admin, QStringLiteral("Team B")));
    m_caseworkerA.emplace(add(QStringLiteral("consulent-a"), Role::Consulent, m_teamA.id));
    m_caseworkerB.emplace(add(QStringLiteral("consulent-b"), Role::Consulent, m_teamB.id));
}

Session TestUsers::add(const QString &username, Role role, qint64 teamId)
{
    User u;
    u.username = username;
    u.displayName = username;
    u.role = role;
    u.teamId = teamId;
    required(m_auth.createUser(*m_admin, u, passwordOf(username)));
    // A colleague with Vangnet open gives the new account the team's key (KeyService::grantPending).
    for (const std::optional<Session> &colleague : {m_caseworkerA, m_caseworkerB})
        if (colleague && colleague->user().teamId == teamId)
            required(m_auth.shareKeys(*colleague));
    return required(m_auth.login(username, passwordOf(username)));
}

} // namespace vangnet::test
