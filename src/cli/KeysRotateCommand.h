#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `keys rotate --team NAME --admin NAME`: a new version of a team's key, every field of the team
/// re-sealed, granted to each active member (KeyService::rotate). `--user` is a member of the
/// team who holds its current key; the administrator agrees with a second login.
class KeysRotateCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::KeysRotateCommand)

public:
    QStringList words() const override { return {QStringLiteral("keys"), QStringLiteral("rotate")}; }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;
};

} // namespace vangnet::cli
