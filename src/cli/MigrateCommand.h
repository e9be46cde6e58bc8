#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `migrate --from FILE.sqlite --to postgresql://ADMIN@HOST/DB --passwords FILE`: moves a whole
/// SQLite database onto a freshly made, empty team server (server::ServerMigration).
class MigrateCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::MigrateCommand)

public:
    QStringList words() const override { return {QStringLiteral("migrate")}; }
    bool needsLogin() const override { return false; } // the server's administrator, not a Vangnet user
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

} // namespace vangnet::cli
