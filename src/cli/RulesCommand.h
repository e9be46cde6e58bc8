#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// The signal-rules engine from the command line (docs/rules.md):
/// `rules evaluate [--as-of DATE] [--json]`, `rules list [--json]`, `rules test FILE [--json]`,
/// `rules activate FILE [--from DATE] [--note TEXT]` and `rules preview FILE [--as-of DATE] [--json]`.
class RulesCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::RulesCommand)

public:
    enum class Action { Evaluate, List, Test, Activate, Preview };
    explicit RulesCommand(Action action) : m_action(action) {}

    QStringList words() const override;
    QString summary() const override;
    QString help() const override;
    bool needsLogin() const override { return m_action != Action::Test; }
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;

private:
    int evaluate(const QStringList &args, const GlobalOptions &global, Console &console);
    int list(const QStringList &args, const GlobalOptions &global, Console &console);
    int test(const QStringList &args, Console &console);
    int activate(const QStringList &args, const GlobalOptions &global, Console &console);
    int preview(const QStringList &args, const GlobalOptions &global, Console &console);

    Action m_action;
};

} // namespace vangnet::cli
