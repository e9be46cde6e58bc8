#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `household show ID [--json]`: one household of your team with its members and housing need.
class HouseholdShowCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::HouseholdShowCommand)

public:
    QStringList words() const override { return {QStringLiteral("household"), QStringLiteral("show")}; }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

} // namespace vangnet::cli
