#pragma once

#include "Command.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "support/Clock.h"
#include "support/Result.h"
#include "users/AuthService.h"

#include <QCoreApplication>

#include <functional>
#include <memory>
#include <optional>

namespace vangnet::cli {

class Console;

/// What every command but `demo` starts from: the existing database of `--db`, opened as it
/// is, with the `--user` logged in. The password comes from `--password-fd N`, else from
/// VANGNET_PASSWORD, else from a prompt on the terminal; it is wiped once the login is done.
class LoggedInDatabase {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::LoggedInDatabase)

public:
    /// Runs once the password is proven, before the session writes anything (its login record,
    /// the sealing of pending anonymous records): `audit verify` checks the log as it is on disk.
    using BeforeWrites = std::function<void(Database &database, const Session &session)>;

    /// ErrorCode::AuthenticationFailed (with the core's message) when the login is refused.
    static Result<std::unique_ptr<LoggedInDatabase>> open(const GlobalOptions &global,
                                                          const BeforeWrites &beforeWrites = {});
    /// open(), printing the failure on the console; nullptr then (the command ends NothingDone).
    static std::unique_ptr<LoggedInDatabase> openOrReport(const GlobalOptions &global, Console &console,
                                                          const BeforeWrites &beforeWrites = {});

    ~LoggedInDatabase();
    LoggedInDatabase(const LoggedInDatabase &) = delete;
    LoggedInDatabase &operator=(const LoggedInDatabase &) = delete;

    /// A second login on the same database, for a command that needs two people's agreement
    /// (`keys rotate`: a team member and the administrator). Its password comes from
    /// `passwordFd` (≥ 0), else from `source`'s environment variable, else a prompt. The
    /// session is logged out with the first.
    struct PasswordSource {
        QString option;          ///< "--password-fd": named in the message when no password came
        const char *environment; ///< the variable read (and removed from the environment)
    };
    /// Where an administrator's password comes from for commands that need one besides --user's
    /// (`keys rotate`, `server init`): `--admin-password-fd`, else VANGNET_ADMIN_PASSWORD, else a prompt.
    static PasswordSource administratorPassword()
    {
        return {QStringLiteral("--admin-password-fd"), "VANGNET_ADMIN_PASSWORD"};
    }
    Result<const Session *> confirmWith(const QString &username, int passwordFd, const PasswordSource &source);

    Database &database() { return *m_db; }
    const DatabaseLocation &location() const { return m_db->location(); }
    AuthService &auth() { return m_auth; }
    const Session &session() const { return *m_session; }
    const Clock &clock() const { return m_clock; }

    /// The password of `username`: from the descriptor, the environment variable or a prompt.
    static Result<QString> readPassword(const QString &username, int passwordFd, const PasswordSource &source);

private:
    explicit LoggedInDatabase(std::unique_ptr<Database> db);
    /// `typed`: the password when it was read already (a team server's connection needed it).
    Result<void> login(const QString &username, int passwordFd, const BeforeWrites &beforeWrites,
                       std::optional<QString> typed = std::nullopt);

    std::unique_ptr<Database> m_db;
    SystemClock m_clock;
    AuthService m_auth; ///< the product's moderate Argon2id limits, as the application uses
    std::optional<Session> m_session;
    std::optional<Session> m_confirmation;
    /// A team server: where its users connect (no user name), and the second login's own
    /// connection as that user's login role (a role reads no other user's key slot).
    std::optional<DatabaseLocation> m_teamServer;
    std::unique_ptr<Database> m_confirmationDb;
    std::unique_ptr<AuthService> m_confirmationAuth;
};

} // namespace vangnet::cli
