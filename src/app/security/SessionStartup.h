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
};

} // namespace vangnet
