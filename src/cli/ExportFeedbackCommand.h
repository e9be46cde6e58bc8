#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `export feedback --partner NAME|--partner-type TYPE --from DATE --to DATE --out FILE`: each
/// signal's reported status for its partner, as CSV or .xlsx (docs/exports.md, "Feedback to the
/// signal platform"). The list export's machinery: permission, audit record, a whole file or none.
class ExportFeedbackCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::ExportFeedbackCommand)

public:
    QStringList words() const override { return {QStringLiteral("export"), QStringLiteral("feedback")}; }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

} // namespace vangnet::cli
