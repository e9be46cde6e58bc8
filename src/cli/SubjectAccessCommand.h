#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `subject-access --person ID --reference TEXT --format json|pdf --output FILE`: the
/// inzageverzoek export of one person (team lead of the person's team), audited.
class SubjectAccessCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::SubjectAccessCommand)

public:
    QStringList words() const override { return {QStringLiteral("subject-access")}; }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

} // namespace vangnet::cli
