#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `settings idle-lock [MINUTES]`: the administrator's idle-lock time for every workstation
/// (docs/security.md, "Idle lock"); without MINUTES it prints the time in force.
class SettingsIdleLockCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::SettingsIdleLockCommand)

public:
    QStringList words() const override { return {QStringLiteral("settings"), QStringLiteral("idle-lock")}; }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

} // namespace vangnet::cli
