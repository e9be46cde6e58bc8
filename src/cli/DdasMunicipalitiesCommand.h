#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `ddas municipalities list [--json]`, `ddas municipalities set --wijk W --gemeentecode CODE`,
/// `ddas municipalities remove --wijk W`: which wijk belongs to which municipality in the DDAS
/// delivery (docs/ddas.md, "Municipalities"; team lead or administrator, audited).
class DdasMunicipalitiesCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::DdasMunicipalitiesCommand)

public:
    enum class Action { List, Set, Remove };
    explicit DdasMunicipalitiesCommand(Action action)
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
