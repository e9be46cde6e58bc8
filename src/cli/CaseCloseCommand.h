#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `case close ID OUTCOME [--on DATE] [--reason KEY] [--note TEXT] [--confirm] [--json]`: closes a
/// case after the closing rules (docs/cases.md, "Closing a case"). Warnings are printed and refuse
/// the closing unless --confirm is given.
class CaseCloseCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::CaseCloseCommand)

public:
    QStringList words() const override { return {QStringLiteral("case"), QStringLiteral("close")}; }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

/// `case reasons [--from DATE] [--to DATE] [--json]`: the team lead's count of internal reasons.
class CaseReasonsCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::CaseReasonsCommand)

public:
    QStringList words() const override { return {QStringLiteral("case"), QStringLiteral("reasons")}; }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

} // namespace vangnet::cli
