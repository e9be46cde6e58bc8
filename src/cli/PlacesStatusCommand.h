#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `places status PLEK_ID STATUS`: sets a place's status (beheerder).
class PlacesStatusCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::PlacesStatusCommand)

public:
    QStringList words() const override { return {QStringLiteral("places"), QStringLiteral("status")}; }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

} // namespace vangnet::cli
