#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `import batches [--json]` lists the import batches; `import withdraw BATCH` withdraws one
/// whose rows nobody has worked on yet.
class ImportBatchCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::ImportBatchCommand)

public:
    enum class Action { List, Withdraw };
    explicit ImportBatchCommand(Action action) : m_action(action) {}

    QStringList words() const override;
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;

private:
    Action m_action;
};

} // namespace vangnet::cli
