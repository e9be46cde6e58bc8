#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `need import FILE [--json]`: reads housing needs (woonvragen) for households of your team.
class NeedImportCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::NeedImportCommand)

public:
    QStringList words() const override { return {QStringLiteral("need"), QStringLiteral("import")}; }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

} // namespace vangnet::cli
