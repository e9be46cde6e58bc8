#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `import signals FILE [--format csv|ddas] [--profile NAME] [--rejects OUT.csv] [--json]` and
/// `import discharges FILE [--profile NAME] [--rejects OUT.csv] [--json]`: one import batch.
class ImportCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::ImportCommand)

public:
    enum class Kind { Signals, Discharges };
    explicit ImportCommand(Kind kind) : m_kind(kind) {}

    QStringList words() const override;
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;

private:
    Kind m_kind;
};

} // namespace vangnet::cli
