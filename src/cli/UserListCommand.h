#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `user list [--json]`: every user with role, team and status. Administrators only
/// (Permission::ManageUsers, checked by AuthService).
class UserListCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::UserListCommand)

public:
    QStringList words() const override { return {QStringLiteral("user"), QStringLiteral("list")}; }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

} // namespace vangnet::cli
