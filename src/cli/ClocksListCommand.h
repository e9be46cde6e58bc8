#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `clocks list [--json]`: every deadline setting (anyone who works with households).
class ClocksListCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::ClocksListCommand)

public:
    QStringList words() const override { return {QStringLiteral("clocks"), QStringLiteral("list")}; }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

} // namespace vangnet::cli
