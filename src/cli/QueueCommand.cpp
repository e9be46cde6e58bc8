#include "QueueCommand.h"

#include "ArgumentReader.h"
#include "cases/CaseJson.h"
#include "importing/ImportKeys.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "cases/CaseService.h"
#include "cases/WorkQueue.h"
#include "rules/Severity.h"
#include "storage/SqlStatement.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vangnet::cli {

QString QueueCommand::summary() const
{
    return tr("the team's work queue: flagged households, signals not taken up and open cases, most urgent first");
}

QString QueueCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME queue [--user NAME] [--unassigned] [--wijk W]\n"
              "       [--severity LEVEL] [--overdue] [--as-of YYYY-MM-DD] [--json]\n\n"
              "Lists your team's work queue (werkvoorraad): households with open flags, signals and\n"
              "discharge notices nobody has taken up yet and open cases, ordered by priority and then by\n"
              "the deadline due first, with each item's most urgent deadline as of today (or --as-of).\n\n"
              "  --user NAME       only the items assigned to this user of your team (after 'queue';\n"
              "                    the --user before the command is who logs in)\n"
              "  --unassigned      only items nobody has taken\n"
              "  --wijk W          only households in this wijk\n"
              "  --severity LEVEL  only items with an open flag of at least laag, midden, hoog or kritiek\n"
              "  --overdue         only items with an overdue deadline\n"
              "  --json            {\"items\": [{household_id, household, wijk, case_id, status, assignee,\n"
              "                    priority, severity, flag, open_flags, open_signals, open_notices,\n"
              "                    deadline: {clock, label, due, state} | null, overdue}], \"count\",\n"
              "                    \"counts\": {team, mine, unassigned, overdue, due_soon}}");
}

int QueueCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({QStringLiteral("user"), QStringLiteral("wijk"), QStringLiteral("severity"), QStringLiteral("as-of")},
                          {QStringLiteral("json"), QStringLiteral("unassigned"), QStringLiteral("overdue")});
    if (!reader.parse(args, console))
        return NothingDone;
    cases::QueueFilter filter;
    filter.wijk = reader.value(QStringLiteral("wijk"));
    filter.overdueOnly = reader.has(QStringLiteral("overdue"));
    if (reader.has(QStringLiteral("severity"))) {
        const auto severity = rules::severityFromKey(reader.value(QStringLiteral("severity")).trimmed().toLower());
        if (!severity) {
            console.error(tr("--severity takes laag, midden, hoog or kritiek, not '%1'").arg(reader.value(QStringLiteral("severity"))));
            return NothingDone;
        }
        filter.minSeverity = static_cast<int>(*severity);
    }
    const auto asOf = reader.date(QStringLiteral("as-of"));
    if (!asOf) {
        console.error(reader.error());
        return NothingDone;
    }
    if (reader.has(QStringLiteral("user")) && reader.has(QStringLiteral("unassigned"))) {
        console.error(tr("--user and --unassigned exclude each other"));
        return NothingDone;
    }
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    if (reader.has(QStringLiteral("user"))) {
        const QString name = reader.value(QStringLiteral("user")).trimmed().toLower();
        auto q = runSql(open->database().connection(), QStringLiteral("SELECT id FROM users WHERE username = ? AND team_id = ?"),
                        {name, open->session().user().teamId}, "find user");
        if (!q) {
            console.failure(q.error());
            return NothingDone;
        }
        if (!q->next()) {
            console.error(tr("'%1' is not a user of your team").arg(name));
            return NothingDone;
        }
        filter.scope = cases::QueueFilter::Scope::Mine;
        filter.assigneeId = q->value(0).toLongLong();
    } else if (reader.has(QStringLiteral("unassigned"))) {
        filter.scope = cases::QueueFilter::Scope::Unassigned;
    }

    const cases::WorkQueue queue(open->database(), open->clock(), open->session());
    auto index = queue.index(*asOf);
    if (!index) {
        console.failure(index.error());
        return NothingDone;
    }
    // Full lines only for what is shown: the keys filter and count the whole queue.
    auto rows = queue.rows(queue.filtered(*index, filter).householdIds(), index->asOf);
    if (!rows) {
        console.failure(rows.error());
        return NothingDone;
    }
    const QList<cases::QueueItem> &shown = *rows;
    if (reader.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const cases::QueueItem &item : shown)
            list.append(cases::queueItemJson(item));
        const cases::QueueCounts c = queue.counts(*index);
        console.json(QJsonObject{{QStringLiteral("items"), list},
                                 {QStringLiteral("count"), static_cast<qint64>(shown.size())},
                                 {QStringLiteral("counts"), QJsonObject{{QStringLiteral("team"), c.team},
                                                                        {QStringLiteral("mine"), c.mine},
                                                                        {QStringLiteral("unassigned"), c.unassigned},
                                                                        {QStringLiteral("overdue"), c.overdue},
                                                                        {QStringLiteral("due_soon"), c.dueSoon}}}});
        return Done;
    }
    QList<QStringList> table;
    for (const cases::QueueItem &item : shown)
        table << QStringList{QString::number(item.householdId), item.householdName, item.wijk,
                             item.severity ? rules::severityKey(static_cast<rules::Severity>(item.severity)) : QString(),
                             item.topFlag, item.caseId ? QString::number(item.caseId) : QString(),
                             item.caseId ? cases::caseStatusLabel(item.status) : QString(), item.assigneeName,
                             item.next ? item.next->dueOn.toString(Qt::ISODate) : QString(),
                             item.next ? clocks::deadlineStateLabel(item.next->state) : QString()};
    console.table({tr("Household"), tr("Name"), tr("Wijk"), tr("Severity"), tr("Flag"), tr("Case"), tr("Status"),
                   tr("Assignee"), tr("Due"), tr("Deadline")},
                  table, {0, 5});
    console.out(tr("%1 of %2 items shown").arg(shown.size()).arg(index->keys.size()));
    return Done;
}

namespace {

/// `case show` as lines of text.
QStringList caseDetailText(const cases::CaseDetail &d)
{
    const cases::Case &c = d.record;
    QStringList out;
    out << CaseShowCommand::tr("Case %1 — %2 (household %3)").arg(c.id).arg(d.householdName).arg(c.householdId)
        << CaseShowCommand::tr("Status: %1; %2; assignee: %3").arg(cases::caseStatusLabel(c.status), cases::caseOriginLabel(c.origin),
                                                 c.assigneeName.isEmpty() ? CaseShowCommand::tr("nobody") : c.assigneeName)
        << CaseShowCommand::tr("Opened %1 by %2").arg(c.openedOn.toString(Qt::ISODate), c.openedBy);
    if (c.takenUpOn.isValid())
        out << CaseShowCommand::tr("Taken up %1").arg(c.takenUpOn.toString(Qt::ISODate));
    out << CaseShowCommand::tr("Type: %1").arg(cases::caseTypeLabel(c.type));
    if (c.type == cases::CaseType::Hulpvraag) {
        out << CaseShowCommand::tr("Request registered %1%2").arg(c.request.registeredOn.toString(Qt::ISODate),
            c.request.crisis() ? CaseShowCommand::tr("; crisis intervention: %1").arg(cases::crisisKindLabel(c.request.crisisKind))
                               : QString());
        if (c.request.firstConversationOn.isValid())
            out << CaseShowCommand::tr("First conversation %1").arg(c.request.firstConversationOn.toString(Qt::ISODate));
    }
    if (c.decisionOn.isValid())
        out << CaseShowCommand::tr("Decision %1 %2").arg(c.decisionOn.toString(Qt::ISODate),
                                                           cases::requestDecisionLabel(c.request.decision));
    if (c.closedOn.isValid())
        out << CaseShowCommand::tr("Closed %1: %2").arg(c.closedOn.toString(Qt::ISODate), c.outcome);
    if (!c.internalReason.isEmpty())
        out << CaseShowCommand::tr("Internal reason (not reported): %1").arg(c.internalReason);
    out << CaseShowCommand::tr("Signals: %1; discharge notices: %2; new signals not linked: %3")
               .arg(c.signalIds.size()).arg(c.dischargeIds.size()).arg(d.unlinkedSignalIds.size());
    out << QString() << CaseShowCommand::tr("Deadlines:");
    for (const clocks::Deadline &x : d.deadlines)
        out << QStringLiteral("  %1  %2  %3").arg(x.dueOn.toString(Qt::ISODate), clocks::deadlineStateLabel(x.state), x.label);
    out << QString() << CaseShowCommand::tr("Contact attempts:");
    for (const cases::ContactAttempt &a : d.attempts)
        out << QStringLiteral("  %1 %2  %3  %4  %5")
                   .arg(a.date.toString(Qt::ISODate), a.dayPart, a.kind, a.reached ? CaseShowCommand::tr("reached") : CaseShowCommand::tr("not reached"), a.note);
    if (!d.plan.isEmpty()) {
        out << QString() << CaseShowCommand::tr("Plan of action:");
        for (const cases::PlanItem &p : d.plan)
            out << QStringLiteral("  %1%2 %3%4")
                       .arg(p.kind == cases::PlanItem::Kind::Goal ? QString() : QStringLiteral("  - "),
                            p.doneOn.isValid() ? QStringLiteral("[x]") : QStringLiteral("[ ]"), p.text,
                            p.dueOn.isValid() ? QStringLiteral(" (%1)").arg(p.dueOn.toString(Qt::ISODate)) : QString());
    }
    if (!d.conditions.isEmpty()) {
        out << QString() << CaseShowCommand::tr("Basic conditions:");
        for (const cases::BasicCondition &b : d.conditions)
            out << QStringLiteral("  %1: %2").arg(cases::basicConditionLabel(b.key), importing::conditionStateLabel(b.state));
    }
    if (!d.notes.isEmpty()) {
        out << QString() << CaseShowCommand::tr("Notes:");
        for (const Note &n : d.notes)
            out << QStringLiteral("  %1 %2: %3").arg(n.createdAt.toString(Qt::ISODate), n.author, n.text);
    }
    if (!d.reminders.isEmpty()) {
        out << QString() << CaseShowCommand::tr("Reminders:");
        for (const cases::Reminder &r : d.reminders)
            out << QStringLiteral("  %1 %2 %3").arg(r.dueOn.toString(Qt::ISODate),
                                                    r.doneAt.isValid() ? QStringLiteral("[x]") : QStringLiteral("[ ]"), r.text);
    }
    return out;
}

} // namespace

QString CaseShowCommand::summary() const
{
    return tr("one case: status, signals, contact attempts, deadlines, plan, notes");
}

QString CaseShowCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME case show ID [--json]\n\n"
              "Shows case ID of your team: status, assignee, dates, outcome, linked signals and discharge\n"
              "notices, contact attempts, deadlines as of today, plan of action, basic conditions, notes\n"
              "and reminders. The internal reason for not taking a signal up is shown too (it is never\n"
              "reported to a signal partner).\n\n"
              "  --json   {id, household_id, household, status, origin, type, request: {registered_on, crisis,\n"
              "           crisis_kind, first_conversation_on, decision_on, decision}, assignee, opened_on,\n"
              "           taken_up_on, decision_on, closed_on, outcome, internal_reason, reason_key, version,\n"
              "           signals: [{id, status, decided_on, decided_alone, reason_key}], signal_ids,\n"
              "           discharge_ids, unlinked_signal_ids, attempts: [{date, kind, reached, day_part, note,\n"
              "           author}], deadlines: [{clock, label, starts, due, met, state}], plan: [{id, kind,\n"
              "           goal_id, text, owner, due, done}], conditions: [{condition, state}], notes:\n"
              "           [{at, author, text}], reminders: [{due, text, done}]}");
}

int CaseShowCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({}, {QStringLiteral("json")}, 1);
    if (!reader.parse(args, console))
        return NothingDone;
    const qint64 id = reader.positionalId(0).value_or(0);
    if (reader.positionals().size() != 1 || id < 1) {
        console.error(tr("give the case number: case show ID"));
        return NothingDone;
    }
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    const cases::CaseService service(open->database(), open->clock(), open->session());
    auto detail = service.detail(id);
    if (!detail) {
        console.failure(detail.error());
        return NothingDone;
    }
    if (reader.has(QStringLiteral("json"))) {
        auto decisions = service.signalDecisions(id);
        if (!decisions) {
            console.failure(decisions.error());
            return NothingDone;
        }
        QJsonObject json = cases::caseDetailJson(*detail);
        json.insert(QStringLiteral("signals"), cases::signalDecisionsJson(*decisions));
        console.json(json);
        return Done;
    }
    for (const QString &line : caseDetailText(*detail))
        console.out(line);
    return Done;
}

} // namespace vangnet::cli
