#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `household duplicates [--json]`: pairs of households of your team that may be one family.
class HouseholdDuplicatesCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::HouseholdDuplicatesCommand)

public:
    QStringList words() const override { return {QStringLiteral("household"), QStringLiteral("duplicates")}; }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

} // namespace vangnet::cli
