#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `clocks set KEY DAYS [--working-days|--calendar-days]`: changes one deadline (team lead).
class ClocksSetCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::ClocksSetCommand)

public:
    QStringList words() const override { return {QStringLiteral("clocks"), QStringLiteral("set")}; }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;

private:
    /// `clocks set contact_offer_start VALUE`: the one clock option that is a choice, not days.
    int setOfferStart(const QString &value, const GlobalOptions &global, Console &console);
};

} // namespace vangnet::cli
