#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `info [--json]`: engine, location, schema version and counts of a Vangnet database.
class InfoCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::InfoCommand)

public:
    QStringList words() const override { return {QStringLiteral("info")}; }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

} // namespace vangnet::cli
