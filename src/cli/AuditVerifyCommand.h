#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `audit verify [--against FILE [--last]] [--json]`: checks the audit log's hash chain, seals and
/// sequence (Permission::ReviewAudit) before the command's own login writes anything, and
/// compares it with checkpoints kept outside the database. Exit 0 intact, 1 problems found
/// (listed), 2 cannot run, not allowed, or a checkpoint that is not this database's.
class AuditVerifyCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::AuditVerifyCommand)

public:
    QStringList words() const override { return {QStringLiteral("audit"), QStringLiteral("verify")}; }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

} // namespace vangnet::cli
