#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `household list [--search TEXT] [--wijk W] [--limit N] [--json]`: the household list of the
/// application, searched exactly like its search box (HouseholdQuery), sorted by name.
class HouseholdListCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::HouseholdListCommand)

public:
    QStringList words() const override { return {QStringLiteral("household"), QStringLiteral("list")}; }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

} // namespace vangnet::cli
