#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `plan runs [--json]` and `plan show RUN [--json]`: the stored plan runs and one run with its
/// entries (docs/planner.md, "Plan runs and the workflow"). One class for the two: they read the
/// same service and print the same figures.
class PlanRunReadCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::PlanRunReadCommand)

public:
    enum class Kind { Runs, Show };
    explicit PlanRunReadCommand(Kind kind) : m_kind(kind) {}

    QStringList words() const override;
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;

private:
    Kind m_kind;
};

} // namespace vangnet::cli
