#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `team list [--json]`: the teams and how many users each has. Administrators only.
class TeamListCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::TeamListCommand)

public:
    QStringList words() const override { return {QStringLiteral("team"), QStringLiteral("list")}; }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

} // namespace vangnet::cli
