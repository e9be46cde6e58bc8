#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `household merge KEEP OTHER [--json]`: merges household OTHER into KEEP.
class HouseholdMergeCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::HouseholdMergeCommand)

public:
    QStringList words() const override { return {QStringLiteral("household"), QStringLiteral("merge")}; }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

} // namespace vangnet::cli
