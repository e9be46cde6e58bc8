#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `household unmerge MERGE_ID`: splits a merge back.
class HouseholdUnmergeCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::HouseholdUnmergeCommand)

public:
    QStringList words() const override { return {QStringLiteral("household"), QStringLiteral("unmerge")}; }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

} // namespace vangnet::cli
