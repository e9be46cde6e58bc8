#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

class ArgumentReader;

/// The housing planner from the command line (docs/planner.md).
/// `plan [--as-of DATE] [--horizon DAYS] [--json] [--export-instance FILE]` plans from the
/// database (a team lead logs in: PlanService checks ApprovePlacements); `plan --instance FILE
/// [--solver augmenting|network-simplex] [--json]` solves an exported instance alone: no login,
/// no database. Which of the two the arguments ask for decides whether a login is needed.
class PlanCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::PlanCommand)

public:
    QStringList words() const override;
    QString summary() const override;
    QString help() const override;
    bool needsLoginFor(const QStringList &args) const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;

private:
    int solveInstanceFile(const QString &path, const QString &solver, bool json, Console &console);
    int planFromDatabase(ArgumentReader &reader, const GlobalOptions &global, Console &console);
};

} // namespace vangnet::cli
