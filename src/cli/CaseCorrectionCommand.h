#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `case condition ID KEY STATE [--since DATE]`, `case notice ID NOTICE STATE` and
/// `case close-signal ID SIGNAL`: what a caseworker records on a case that the signal rules
/// read (docs/rules.md, "Facts from the case"). One class for the three: they share their
/// argument checks and their answer.
class CaseCorrectionCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::CaseCorrectionCommand)

public:
    enum class Kind { Condition, Notice, CloseSignal };
    explicit CaseCorrectionCommand(Kind kind) : m_kind(kind) {}

    QStringList words() const override;
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;

private:
    Kind m_kind;
};

} // namespace vangnet::cli
