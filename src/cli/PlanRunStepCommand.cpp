#include "PlanRunStepCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "plans/PlanWorkflowService.h"

namespace vangnet::cli {

using namespace vangnet::plans;

QStringList PlanRunStepCommand::words() const
{
    static const char *const verbs[] = {"approve", "offer", "accept", "decline", "place",
                                        "pin", "unpin", "exclude", "unexclude"};
    return {QStringLiteral("plan"), QString::fromLatin1(verbs[static_cast<int>(m_kind)])};
}

bool PlanRunStepCommand::onEntry() const
{
    return m_kind == Kind::Approve || m_kind == Kind::Offer || m_kind == Kind::Accept || m_kind == Kind::Decline
        || m_kind == Kind::Place;
}

QString PlanRunStepCommand::summary() const
{
    switch (m_kind) {
    case Kind::Approve: return tr("approve a proposal of a plan run (team lead)");
    case Kind::Offer: return tr("record that an approved proposal was offered to the household");
    case Kind::Accept: return tr("record that the household accepted the offer");
    case Kind::Decline: return tr("record that the household declined the offer, and why");
    case Kind::Place: return tr("record that the household moved into the place");
    case Kind::Pin: return tr("pin a household to a place for later plan runs (team lead)");
    case Kind::Unpin: return tr("remove a household's pin (team lead)");
    case Kind::Exclude: return tr("never propose this place to this household");
    case Kind::Unexclude: return tr("lift an exclusion (team lead)");
    }
    return {};
}

QString PlanRunStepCommand::help() const
{
    const QString usage = tr("Usage: vangnet-cli [--db FILE|URL] --user NAME plan %1\n\n");
    switch (m_kind) {
    case Kind::Approve:
        return usage.arg(QStringLiteral("approve ENTRY"))
            + tr("Approves proposal ENTRY (its number in 'plan show'): voorgesteld becomes goedgekeurd and the\n"
                 "place is held for the household. Only the team lead of the household's team may; the place\n"
                 "must still be vrij with capacity left.");
    case Kind::Offer:
        return usage.arg(QStringLiteral("offer ENTRY"))
            + tr("Records that approved proposal ENTRY was offered to the household (goedgekeurd becomes\n"
                 "aangeboden). A caseworker or the team lead of the household's team.");
    case Kind::Accept:
        return usage.arg(QStringLiteral("accept ENTRY"))
            + tr("Records that the household accepted offer ENTRY (aangeboden becomes geaccepteerd).");
    case Kind::Decline:
        return usage.arg(QStringLiteral("decline ENTRY --reason TEXT"))
            + tr("Records that the household declined offer ENTRY (aangeboden becomes afgewezen). The reason\n"
                 "is required and stored encrypted; the household and place are excluded from later runs.");
    case Kind::Place:
        return usage.arg(QStringLiteral("place ENTRY [--date DATE]"))
            + tr("Records that the household moved into the place of accepted offer ENTRY on DATE (YYYY-MM-DD,\n"
                 "default today): geaccepteerd becomes geplaatst, the place's capacity is taken (bezet when\n"
                 "full) and the household's open case gets a note of the placement.");
    case Kind::Pin:
        return usage.arg(QStringLiteral("pin HOUSEHOLD PLEK_ID"))
            + tr("Pins household HOUSEHOLD (its id) to place PLEK_ID: later plan runs place it there. The team\n"
                 "lead of the household's team; the household needs a housing need, the place must be vrij,\n"
                 "have room for another pin, and the pair may not be excluded.");
    case Kind::Unpin:
        return usage.arg(QStringLiteral("unpin HOUSEHOLD")) + tr("Removes the pin of household HOUSEHOLD (team lead).");
    case Kind::Exclude:
        return usage.arg(QStringLiteral("exclude HOUSEHOLD PLEK_ID"))
            + tr("Rules place PLEK_ID out for household HOUSEHOLD in later plan runs. A caseworker or the team\n"
                 "lead of the household's team.");
    case Kind::Unexclude:
        return usage.arg(QStringLiteral("unexclude HOUSEHOLD PLEK_ID"))
            + tr("Lifts the exclusion of place PLEK_ID for household HOUSEHOLD, also one a declined offer made\n"
                 "(team lead).");
    }
    return {};
}

int PlanRunStepCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    QStringList options;
    if (m_kind == Kind::Decline)
        options << QStringLiteral("reason");
    if (m_kind == Kind::Place)
        options << QStringLiteral("date");
    const bool withPlace = m_kind == Kind::Pin || m_kind == Kind::Exclude || m_kind == Kind::Unexclude;
    const qsizetype positionals = withPlace ? 2 : 1;
    ArgumentReader reader(options, {}, positionals);
    if (!reader.parse(args, console))
        return NothingDone;
    const qint64 id = reader.positionalId(0).value_or(0);
    if (reader.positionals().size() != positionals || id < 1) {
        console.error(tr("give %1; see 'vangnet-cli %2 --help'")
                          .arg(onEntry() ? tr("the entry number (see 'plan show')")
                                         : withPlace ? tr("the household id and the plek_id") : tr("the household id"),
                               words().join(QLatin1Char(' '))));
        return NothingDone;
    }
    const QString plekId = reader.positionals().value(1).trimmed();
    if (m_kind == Kind::Decline && reader.value(QStringLiteral("reason")).trimmed().isEmpty()) {
        console.error(tr("say why the household declined: --reason TEXT"));
        return NothingDone;
    }
    const std::optional<QDate> date = reader.date(QStringLiteral("date"));
    if (!date) {
        console.error(reader.error());
        return NothingDone;
    }
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    PlanWorkflowService workflow(open->database(), open->clock(), open->session());

    if (onEntry()) {
        Result<PlanEntry> moved = m_kind == Kind::Approve ? workflow.approve(id)
                                : m_kind == Kind::Offer   ? workflow.offer(id)
                                : m_kind == Kind::Accept  ? workflow.accept(id)
                                : m_kind == Kind::Decline ? workflow.decline(id, reader.value(QStringLiteral("reason")))
                                                          : workflow.place(id, *date);
        if (!moved) {
            console.failure(moved.error());
            return NothingDone;
        }
        console.out(tr("Proposal %1 (household %2, place %3) is now %4.")
                        .arg(QString::number(id), QString::number(moved->householdId), moved->plekId,
                             entryStatusLabel(moved->status)));
        return Done;
    }
    Result<void> done = m_kind == Kind::Pin     ? workflow.pin(id, plekId)
                      : m_kind == Kind::Unpin   ? workflow.unpin(id)
                      : m_kind == Kind::Exclude ? workflow.exclude(id, plekId)
                                                : workflow.unexclude(id, plekId);
    if (!done) {
        console.failure(done.error());
        return NothingDone;
    }
    switch (m_kind) {
    case Kind::Pin: console.out(tr("Household %1 is pinned to %2.").arg(QString::number(id), plekId)); break;
    case Kind::Unpin: console.out(tr("Household %1 is no longer pinned.").arg(id)); break;
    case Kind::Exclude:
        console.out(tr("Household %1 will not be proposed for %2.").arg(QString::number(id), plekId));
        break;
    default: console.out(tr("Household %1 may be proposed for %2 again.").arg(QString::number(id), plekId)); break;
    }
    return Done;
}

} // namespace vangnet::cli
