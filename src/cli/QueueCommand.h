#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `queue [--user NAME] [--unassigned] [--wijk W] [--severity LEVEL] [--overdue] [--as-of DATE]
/// [--json]`: the team's work queue (werkvoorraad) as the application shows it.
class QueueCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::QueueCommand)

public:
    QStringList words() const override { return {QStringLiteral("queue")}; }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

/// `case show ID [--json]`: one case with its signals, contact attempts, clocks, plan,
/// conditions, notes and reminders.
class CaseShowCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::CaseShowCommand)

public:
    QStringList words() const override { return {QStringLiteral("case"), QStringLiteral("show")}; }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

} // namespace vangnet::cli
