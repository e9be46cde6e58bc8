#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `plan outlook [--as-of DATE] [--json]`: the capacity outlook for the next 13 weeks, per
/// woonvorm (team leads). Registered before `plan`, whose words it starts with.
class PlanOutlookCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::PlanOutlookCommand)

public:
    QStringList words() const override { return {QStringLiteral("plan"), QStringLiteral("outlook")}; }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

} // namespace vangnet::cli
