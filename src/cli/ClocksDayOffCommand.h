#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `clocks day-off add|remove --date DATE [--name TEXT]`: a day the government adds to the
/// public holidays by decree, which working-day deadlines skip (team lead).
class ClocksDayOffCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::ClocksDayOffCommand)

public:
    QStringList words() const override { return {QStringLiteral("clocks"), QStringLiteral("day-off")}; }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

} // namespace vangnet::cli
