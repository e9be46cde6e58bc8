#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `audit checkpoint [--append FILE]`: the audit log's head as one sealed line (database id, seq
/// and hash of the last record, time, mac), printed or appended to FILE (created 0600), for
/// `audit verify --against FILE` to catch a log rolled back or rewritten later. Kept on another
/// machine, e.g. by a daily scheduled job. Exit 0 written, 1 the log is not intact (nothing
/// written), 2 cannot run or not allowed.
class AuditCheckpointCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::AuditCheckpointCommand)

public:
    QStringList words() const override { return {QStringLiteral("audit"), QStringLiteral("checkpoint")}; }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

} // namespace vangnet::cli
