#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `need show HOUSEHOLD [--json]`: the housing need of one household of your team.
class NeedShowCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::NeedShowCommand)

public:
    QStringList words() const override { return {QStringLiteral("need"), QStringLiteral("show")}; }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

} // namespace vangnet::cli
