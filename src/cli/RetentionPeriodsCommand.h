#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `retention periods [--json]`: the retention period of every category (administrator).
class RetentionPeriodsCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::RetentionPeriodsCommand)

public:
    QStringList words() const override { return {QStringLiteral("retention"), QStringLiteral("periods")}; }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

} // namespace vangnet::cli
