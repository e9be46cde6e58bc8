#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `clocks holidays [--year YEAR] [--json]`: the public holidays that working-day deadlines skip.
/// Needs no database: the days follow from the law and the calendar.
class ClocksHolidaysCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::ClocksHolidaysCommand)

public:
    QStringList words() const override { return {QStringLiteral("clocks"), QStringLiteral("holidays")}; }
    bool needsLogin() const override { return false; }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

} // namespace vangnet::cli
