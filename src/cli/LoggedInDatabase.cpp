#include "LoggedInDatabase.h"

#include "Console.h"

#include "DatabaseTarget.h"
#include "PasswordInput.h"

#include <spdlog/spdlog.h>

namespace vangnet::cli {

namespace {

/// The server itself refused a login role: wrong password, unknown or disabled user.
Error refusedByServer(const QString &username, const Error &why)
{
    return Error(ErrorCode::AuthenticationFailed,
                 LoggedInDatabase::tr("the team server refused the login of %1 (wrong user name or password, or a "
                                      "disabled account): %2").arg(username, why.message));
}

} // namespace

LoggedInDatabase::LoggedInDatabase(std::unique_ptr<Database> db) : m_db(std::move(db)), m_auth(*m_db, m_clock) {}

LoggedInDatabase::~LoggedInDatabase()
{
    // One command is one session: its end is on record as a logout.
    if (m_confirmation)
        if (auto out = (m_confirmationAuth ? *m_confirmationAuth : m_auth).logout(*m_confirmation); !out)
            spdlog::error("logout not recorded: {}", out.error().message.toStdString());
    if (m_session)
        if (auto out = m_auth.logout(*m_session); !out)
            spdlog::error("logout not recorded: {}", out.error().message.toStdString());
}

Result<std::unique_ptr<LoggedInDatabase>> LoggedInDatabase::open(const GlobalOptions &global,
                                                                 const BeforeWrites &beforeWrites)
{
    if (global.user.trimmed().isEmpty())
        return Error(ErrorCode::AuthenticationFailed, tr("this command needs --user NAME before the command"));
    auto location = DatabaseTarget::resolve(global.database);
    if (!location)
        return location.error();
    const QString username = global.user.trimmed();
    std::optional<QString> password;
    std::optional<DatabaseLocation> teamServer;
    if (location->connectsAsUser()) {
        teamServer = *location;
        // A team server: the user connects as their own login role, so the password comes first.
        auto typed = readPassword(username, global.passwordFd, {QStringLiteral("--password-fd"), PasswordInput::environmentVariable});
        if (!typed)
            return typed.error();
        password = std::move(*typed);
        *location = location->asUser(username, *password);
    }
    // The database first: a wrong --db is reported without asking for a password.
    auto db = DatabaseTarget::openExisting(*location);
    if (!db) {
        if (!password)
            return db.error();
        PasswordInput::wipe(*password);
        return refusedByServer(username, db.error());
    }
    std::unique_ptr<LoggedInDatabase> opened(new LoggedInDatabase(std::move(*db)));
    opened->m_teamServer = teamServer;
    if (auto loggedIn = opened->login(username, global.passwordFd, beforeWrites, std::move(password)); !loggedIn)
        return loggedIn.error();
    return opened;
}

Result<void> LoggedInDatabase::login(const QString &username, int passwordFd, const BeforeWrites &beforeWrites,
                                     std::optional<QString> typed)
{
    auto empty = m_auth.needsFirstAdministrator();
    if (!empty)
        return empty.error();
    if (*empty)
        return Error(ErrorCode::AuthenticationFailed,
                     tr("this database has no users yet; start Vangnet to create the first administrator"));

    auto password = typed ? Result<QString>(std::move(*typed))
                          : readPassword(username, passwordFd, {QStringLiteral("--password-fd"), PasswordInput::environmentVariable});
    if (!password)
        return password.error();

    std::function<void(const Session &)> proven;
    if (beforeWrites)
        proven = [this, &beforeWrites](const Session &session) { beforeWrites(*m_db, session); };
    auto session = m_auth.login(username, *password, proven);
    PasswordInput::wipe(*password);
    if (!session)
        return session.error();
    m_session.emplace(std::move(*session));
    return success();
}

Result<QString> LoggedInDatabase::readPassword(const QString &username, int passwordFd, const PasswordSource &source)
{
    // Still read (and so removed from the environment) when a descriptor wins: no child inherits it.
    std::optional<QString> password = PasswordInput::fromEnvironment(QLatin1String(source.environment));
    if (passwordFd >= 0) {
        if (password)
            PasswordInput::wipe(*password);
        password = PasswordInput::fromDescriptor(passwordFd);
        if (!password)
            return Error(ErrorCode::AuthenticationFailed,
                         tr("no password: nothing could be read from file descriptor %1 (%2)").arg(passwordFd).arg(source.option));
    }
    if (!password && PasswordInput::canPrompt())
        password = PasswordInput::prompt(tr("Password for %1: ").arg(username));
    if (!password)
        return Error(ErrorCode::AuthenticationFailed, tr("no password: use %1 N, set %2 or run from a terminal")
                                                          .arg(source.option, QLatin1String(source.environment)));
    return *password;
}

Result<const Session *> LoggedInDatabase::confirmWith(const QString &username, int passwordFd, const PasswordSource &source)
{
    auto password = readPassword(username, passwordFd, source);
    if (!password)
        return password.error();
    AuthService *auth = &m_auth;
    if (m_teamServer) {
        // On a team server the second person logs in on a connection of their own role.
        auto db = DatabaseTarget::openExisting(m_teamServer->asUser(username, *password));
        if (!db) {
            PasswordInput::wipe(*password);
            return refusedByServer(username, db.error());
        }
        m_confirmationDb = std::move(*db);
        m_confirmationAuth = std::make_unique<AuthService>(*m_confirmationDb, m_clock);
        auth = m_confirmationAuth.get();
    }
    auto session = auth->login(username, *password);
    PasswordInput::wipe(*password);
    if (!session)
        return session.error();
    m_confirmation.emplace(std::move(*session));
    return &*m_confirmation;
}

std::unique_ptr<LoggedInDatabase> LoggedInDatabase::openOrReport(const GlobalOptions &global, Console &console,
                                                                const BeforeWrites &beforeWrites)
{
    auto opened = open(global, beforeWrites);
    if (!opened) {
        console.failure(opened.error());
        return nullptr;
    }
    return std::move(opened).value();
}

} // namespace vangnet::cli
