#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `server init --db postgresql://ADMIN@HOST/DB`: sets up an empty PostgreSQL database as a team
/// server (server::ServerSetup): roles, schema, rights, row-level security and the first
/// functioneel beheerder with their own login role. On a team server of an older schema it
/// brings the schema and the rights up to date.
class ServerInitCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::ServerInitCommand)

public:
    QStringList words() const override { return {QStringLiteral("server"), QStringLiteral("init")}; }
    bool needsLogin() const override { return false; } // the server's administrator, not a Vangnet user
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

} // namespace vangnet::cli
