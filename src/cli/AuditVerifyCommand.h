#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `audit verify [--json]`: checks the audit log's hash chain and seals (Permission::ReviewAudit).
/// Exit 0 intact, 1 problems found (listed), 2 cannot run or not allowed.
class AuditVerifyCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::AuditVerifyCommand)

public:
    QStringList words() const override { return {QStringLiteral("audit"), QStringLiteral("verify")}; }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

} // namespace vangnet::cli
