#pragma once

#include "Command.h"

#include <QCoreApplication>

#include <optional>

namespace vangnet::cli {

class Console;

/// `user add USERNAME --name NAME --role ROLE [--team TEAM] [--password-env VAR]`: a new user.
/// Administrators only (Permission::ManageUsers, checked by AuthService). The new password
/// comes from the environment variable named, else it is typed twice at the terminal.
class UserAddCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::UserAddCommand)

public:
    QStringList words() const override { return {QStringLiteral("user"), QStringLiteral("add")}; }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;

private:
    /// The new user's password; nullopt (reported on the console) when there is none.
    static std::optional<QString> newPassword(const QString &username, const QString &environmentVariable, Console &console);
};

} // namespace vangnet::cli
