#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `places list [--json]`: the place inventory (beheerder, team leads, caseworkers).
class PlacesListCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::PlacesListCommand)

public:
    QStringList words() const override { return {QStringLiteral("places"), QStringLiteral("list")}; }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

} // namespace vangnet::cli
