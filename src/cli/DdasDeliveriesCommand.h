#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `export ddas-deliveries [--json]` lists the kept DDAS deliveries; `export ddas-delivery ID
/// --out FILE` writes one back as it was delivered (docs/ddas.md, "Kept deliveries"; audited).
class DdasDeliveriesCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::DdasDeliveriesCommand)

public:
    enum class Action { List, Write };
    explicit DdasDeliveriesCommand(Action action)
        : m_action(action)
    { }

    QStringList words() const override;
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;

private:
    Action m_action;
};

} // namespace vangnet::cli
