#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// The housing planner from the command line (docs/planner.md).
/// `plan --instance FILE [--solver augmenting|network-simplex] [--json]` solves an exported
/// instance alone: no login, no database. Planning from the database (`plan [--as-of DATE]
/// [--horizon DAYS] [--export-instance FILE]`) is the other mode of this same command and is
/// not built yet; it will log in itself in run(), which is why needsLogin() is false here.
class PlanCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::PlanCommand)

public:
    QStringList words() const override;
    QString summary() const override;
    QString help() const override;
    bool needsLogin() const override { return false; }
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;

private:
    int solveInstanceFile(const QString &path, const QString &solver, bool json, Console &console);
};

} // namespace vangnet::cli
