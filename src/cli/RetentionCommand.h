#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `retention --dry-run|--apply [--json]`: what the retention periods make due today, per
/// category; --apply purges it (Permission::ManageRetention, the administrator).
class RetentionCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::RetentionCommand)

public:
    QStringList words() const override { return {QStringLiteral("retention")}; }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

} // namespace vangnet::cli
