#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `dashboard [--week 2026-W47] [--json] [--pdf FILE] [--list METRIC [--group GROUP]]`: the
/// team's weekly dashboard (docs/metrics.md), as text, JSON or PDF, or the households behind
/// one of its figures.
class DashboardCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::DashboardCommand)

public:
    QStringList words() const override { return {QStringLiteral("dashboard")}; }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

} // namespace vangnet::cli
