#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `household merge-undo-days [DAYS]`: how long a merge can be undone; the beheerder sets it.
class HouseholdMergeUndoDaysCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::HouseholdMergeUndoDaysCommand)

public:
    QStringList words() const override { return {QStringLiteral("household"), QStringLiteral("merge-undo-days")}; }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

} // namespace vangnet::cli
