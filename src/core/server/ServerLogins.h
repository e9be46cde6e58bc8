#pragma once

#include "security/Role.h"
#include "support/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace vangnet::server {

/// The users' own PostgreSQL login roles on a team server (docs/team-mode.md), kept in step with
/// Vangnet's users by AuthService: a new user gets a login role in their role's group, a disabled
/// user's role cannot log in, a new password is the role's password too. Through the server's
/// vangnet_set_login function, which only a functioneel beheerder (or a user for their own
/// password) may call, in the caller's transaction.
class ServerLogins {
public:
    explicit ServerLogins(QSqlDatabase db) : m_db(std::move(db)) {}

    /// True on a database made by `server init` (schema_meta team_server = 1).
    static bool onTeamServer(const QSqlDatabase &db);

    /// Unset parts stay as they are. The password goes to the server only as a SCRAM-SHA-256
    /// verifier made here (libpq's PQencryptPasswordConn).
    Result<void> set(const QString &username, std::optional<Role> role, std::optional<bool> active,
                     const QString *password) const;

private:
    QSqlDatabase m_db;
};

} // namespace vangnet::server
