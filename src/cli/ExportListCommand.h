#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `export list queue|signals|households --format csv|xlsx --out FILE [filters] [--json]`: one
/// of the lists the screens show, as CSV or .xlsx (docs/exports.md), audited.
class ExportListCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::ExportListCommand)

public:
    QStringList words() const override { return {QStringLiteral("export"), QStringLiteral("list")}; }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

} // namespace vangnet::cli
