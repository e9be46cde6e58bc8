#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `retention set CATEGORY MONTHS`: changes one retention period (administrator).
class RetentionSetCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::RetentionSetCommand)

public:
    QStringList words() const override { return {QStringLiteral("retention"), QStringLiteral("set")}; }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

} // namespace vangnet::cli
