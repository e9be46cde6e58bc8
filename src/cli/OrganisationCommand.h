#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `organisation [--name NAME] [--logo FILE | --no-logo] [--json]`: the municipality's name and
/// logo on reports (docs/metrics.md, "The organisation on reports"); changing them is for the
/// functioneel beheerder, reading them for everyone.
class OrganisationCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::OrganisationCommand)

public:
    QStringList words() const override { return {QStringLiteral("organisation")}; }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

} // namespace vangnet::cli
