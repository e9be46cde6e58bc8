#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `export pdf --household ID --profile intern|partner --out FILE [--json]`: a household's case
/// summary (casusoverzicht) as PDF (docs/case-summary.md), audited. With --household given more
/// than once, --out is a folder and each summary is named samenvatting-<id>-<profile>.pdf.
class ExportPdfCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::ExportPdfCommand)

public:
    QStringList words() const override { return {QStringLiteral("export"), QStringLiteral("pdf")}; }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

} // namespace vangnet::cli
