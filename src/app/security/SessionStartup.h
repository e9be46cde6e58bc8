#pragma once

#include "security/Session.h"
#include "support/Result.h"

#include <optional>

class QWidget;

namespace vangnet {

class AuthService;
class AuthWorker;
class Database;

/// Who works with the database: on a database without users the first-run dialog creates the
/// administrator; otherwise the login dialog asks. Both go through DialogRunner.
class SessionStartup {
public:
    /// The session; std::nullopt when the user cancelled; an Error when the users could not be read.
    static Result<std::optional<Session>> start(const Database &db, const AuthService &auth, AuthWorker &worker,
                                                QWidget *parent = nullptr);
    /// On a team server (docs/team-mode.md) the login comes before any connection: the login
    /// dialog's name and password connect the worker as the user's login role. std::nullopt when
    /// the user cancelled. `server init` made the first administrator, so there is no first run.
    static std::optional<Session> startOnTeamServer(AuthWorker &worker, QWidget *parent = nullptr);
};

} // namespace vangnet
