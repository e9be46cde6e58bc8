#include "UserAddCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "PasswordInput.h"

namespace vangnet::cli {

QString UserAddCommand::summary() const
{
    return tr("add a user with a role and a team (administrator)");
}

QString UserAddCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME user add USERNAME --name \"DISPLAY NAME\"\n"
              "       --role consulent|teamleider|beheerder [--team TEAM] [--password-env VAR]\n\n"
              "Adds a user who can log in at once. Only an administrator (beheerder) may do this.\n\n"
              "  USERNAME           the login name\n"
              "  --name NAME        the name shown in Vangnet, e.g. \"Sanne de Wit\"\n"
              "  --role ROLE        consulent (caseworker), teamleider (team lead) or beheerder\n"
              "                     (administrator, works without a team)\n"
              "  --team TEAM        the team's name, as 'vangnet-cli team list' shows it\n"
              "  --password-env VAR the new user's password is in the environment variable VAR;\n"
              "                     without it the password is asked twice on the terminal");
}

int UserAddCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("team"), QStringLiteral("password-env")},
                          {}, 1);
    if (!reader.parse(args, console))
        return NothingDone;
    if (reader.positionals().isEmpty()) {
        console.error(tr("user add needs the new user's login name: user add USERNAME --name NAME --role ROLE"));
        return NothingDone;
    }
    const QString username = reader.positionals().first();
    if (!reader.has(QStringLiteral("name")) || reader.value(QStringLiteral("name")).trimmed().isEmpty()) {
        console.error(tr("user add needs --name \"DISPLAY NAME\""));
        return NothingDone;
    }
    if (!reader.has(QStringLiteral("role"))) {
        console.error(tr("user add needs --role consulent|teamleider|beheerder"));
        return NothingDone;
    }
    const std::optional<Role> role = userRoleFromKey(reader.value(QStringLiteral("role")).trimmed().toLower());
    if (!role) {
        console.error(tr("--role must be consulent, teamleider or beheerder, not '%1'").arg(reader.value(QStringLiteral("role"))));
        return NothingDone;
    }
    const QString passwordVariable = reader.value(QStringLiteral("password-env"));
    if (reader.has(QStringLiteral("password-env"))
        && (passwordVariable.isEmpty() || passwordVariable == QLatin1String(PasswordInput::environmentVariable))) {
        console.error(tr("--password-env needs the name of a variable other than %1, which holds your own password")
                          .arg(QLatin1String(PasswordInput::environmentVariable)));
        return NothingDone;
    }

    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    LoggedInDatabase &in = *open;
    // Refused before a password is asked: the check is the core's, made with the session.
    if (auto allowed = in.session().require(Permission::ManageUsers); !allowed) {
        console.failure(allowed.error());
        return NothingDone;
    }

    User user;
    user.username = username;
    user.displayName = reader.value(QStringLiteral("name")).trimmed();
    user.role = *role;
    QString teamName;
    if (reader.has(QStringLiteral("team"))) {
        auto teams = in.auth().teams();
        if (!teams) {
            console.failure(teams.error());
            return NothingDone;
        }
        const QString wanted = reader.value(QStringLiteral("team")).trimmed();
        QStringList known;
        for (const Team &team : *teams) {
            known << team.name;
            if (team.name.compare(wanted, Qt::CaseInsensitive) == 0) {
                user.teamId = team.id;
                teamName = team.name;
            }
        }
        if (user.teamId == 0) {
            console.error(tr("there is no team '%1'; the teams are: %2").arg(wanted, known.join(QStringLiteral(", "))));
            return NothingDone;
        }
    }

    std::optional<QString> password = newPassword(username, passwordVariable, console);
    if (!password)
        return NothingDone;
    auto created = in.auth().createUser(in.session(), user, *password);
    PasswordInput::wipe(*password);
    if (!created) {
        console.failure(created.error());
        return NothingDone;
    }
    console.out(tr("User '%1' added (id %2): %3, %4, %5.")
                    .arg(created->username)
                    .arg(created->id)
                    .arg(created->displayName, roleLabel(created->role), teamName.isEmpty() ? tr("no team") : teamName));
    return Done;
}

std::optional<QString> UserAddCommand::newPassword(const QString &username, const QString &environmentVariable, Console &console)
{
    if (!environmentVariable.isEmpty()) {
        auto password = PasswordInput::fromEnvironment(environmentVariable);
        if (!password)
            console.error(tr("the environment variable %1 is not set or empty").arg(environmentVariable));
        return password;
    }
    if (!PasswordInput::canPrompt()) {
        console.error(tr("no password for the new user: use --password-env VAR or run from a terminal"));
        return std::nullopt;
    }
    auto first = PasswordInput::prompt(tr("Password for the new user %1: ").arg(username));
    auto second = first ? PasswordInput::prompt(tr("The same password again: ")) : std::nullopt;
    if (!first || !second) {
        console.error(tr("no password given; nothing changed"));
        return std::nullopt;
    }
    const bool same = *first == *second;
    PasswordInput::wipe(*second);
    if (!same) {
        PasswordInput::wipe(*first);
        console.error(tr("the two passwords differ; nothing changed"));
        return std::nullopt;
    }
    return first;
}

} // namespace vangnet::cli
