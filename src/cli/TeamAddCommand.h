#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `team add NAME`: a new team. Administrators only (checked by AuthService).
class TeamAddCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::TeamAddCommand)

public:
    QStringList words() const override { return {QStringLiteral("team"), QStringLiteral("add")}; }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

} // namespace vangnet::cli
