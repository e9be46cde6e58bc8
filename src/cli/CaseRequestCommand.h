#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// `case request ID --on DATE [--crisis KIND]`, `case conversation ID --on DATE` and
/// `case decision ID --on DATE --decision toelating|afwijzing`: the Wgs request of a case
/// (docs/cases.md "Case types"). One class for the three: they share their argument checks and
/// their answer.
class CaseRequestCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::CaseRequestCommand)

public:
    enum class Kind { Request, Conversation, Decision };
    explicit CaseRequestCommand(Kind kind) : m_kind(kind) {}

    QStringList words() const override;
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;

private:
    Kind m_kind;
};

} // namespace vangnet::cli
