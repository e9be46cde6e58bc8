#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `export ddas --from DATE --to DATE --gemeentecode CODE --out FILE [--organisatie NAME]
/// [--kvk NUMBER] [--contact "naam;telefoon;email;functie"]… [--leverancier CODE] [--json]`:
/// the DDAS delivery for CBS statistics (docs/ddas.md; team lead), audited.
class ExportCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::ExportCommand)

public:
    QStringList words() const override { return {QStringLiteral("export"), QStringLiteral("ddas")}; }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

} // namespace vangnet::cli
