#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace vangnet::cli {

/// What staff do after a plan run (docs/planner.md, "Plan runs and the workflow"):
/// `plan approve|offer|accept ENTRY`, `plan decline ENTRY --reason TEXT`,
/// `plan place ENTRY [--date DATE]`, and the pins and exclusions later runs respect:
/// `plan pin HOUSEHOLD PLEK_ID`, `plan unpin HOUSEHOLD`, `plan exclude HOUSEHOLD PLEK_ID`,
/// `plan unexclude HOUSEHOLD PLEK_ID`. One class for all: each is one call of
/// PlanWorkflowService with the same argument checks and answer.
class PlanRunStepCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::PlanRunStepCommand)

public:
    enum class Kind { Approve, Offer, Accept, Decline, Place, Pin, Unpin, Exclude, Unexclude };
    explicit PlanRunStepCommand(Kind kind) : m_kind(kind) {}
    static constexpr Kind allKinds[] = {Kind::Approve, Kind::Offer,  Kind::Accept,  Kind::Decline,  Kind::Place,
                                        Kind::Pin,     Kind::Unpin,  Kind::Exclude, Kind::Unexclude};

    QStringList words() const override;
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, const GlobalOptions &global, Console &console) override;

private:
    bool onEntry() const; ///< the step names a plan entry, not a household
    Kind m_kind;
};

} // namespace vangnet::cli
