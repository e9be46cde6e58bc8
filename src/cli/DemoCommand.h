#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `demo --db FILE --households N [--seed S]`: a new database with a synthetic municipality.
/// Never writes into existing data: a non-empty file or a PostgreSQL database that already
/// holds households is refused. It makes the demo accounts (DemoGenerator's demoAccounts), so it
/// is the one command that needs no `--user`.
class DemoCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::DemoCommand)

public:
    QStringList words() const override { return {QStringLiteral("demo")}; }
    QString summary() const override;
    QString help() const override;
    bool needsLogin() const override { return false; }
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

} // namespace vangnet::cli
