#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `places import FILE [--json]`: reads a provider's place inventory (beheerder).
class PlacesImportCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::PlacesImportCommand)

public:
    QStringList words() const override { return {QStringLiteral("places"), QStringLiteral("import")}; }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

} // namespace vangnet::cli
