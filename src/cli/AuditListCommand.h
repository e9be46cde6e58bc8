#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `audit list [--user NAME] [--household ID] [--from DATE] [--to DATE] [--json]`: audit records,
/// newest first (Permission::ReviewAudit).
class AuditListCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::AuditListCommand)

public:
    QStringList words() const override { return {QStringLiteral("audit"), QStringLiteral("list")}; }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

} // namespace vangnet::cli
