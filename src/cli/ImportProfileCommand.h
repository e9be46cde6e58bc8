#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `import profile list [--json]` and `import profile save FILE.json`: the saved column layouts
/// (mapping profiles) that `import signals|discharges --profile NAME` reads with.
class ImportProfileCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::ImportProfileCommand)

public:
    enum class Action { List, Save };
    explicit ImportProfileCommand(Action action) : m_action(action) {}

    QStringList words() const override;
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;

private:
    Action m_action;
};

} // namespace vangnet::cli
