#pragma once

#include "Command.h"
#include "exports/ListExport.h"

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

    /// Checks the file, logs in, writes `request` to `out` and says so (as JSON with `json`): the
    /// end of every list export command. An ExitCode.
    static int write(const exports::ListExportRequest &request, const QString &out, bool json, const GlobalOptions &global,
                     Console &console);
};

} // namespace vangnet::cli
