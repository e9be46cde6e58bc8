#include "CaseJson.h"

#include "importing/ImportKeys.h"
#include "rules/Severity.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace vangnet::cli {

namespace {

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray out;
    for (qint64 id : ids)
        out.append(id);
    return out;
}

QString tr(const char *source)
{
    return QCoreApplication::translate("vangnet::cli::CaseShowCommand", source);
}

} // namespace

QJsonObject deadlineJson(const clocks::Deadline &d)
{
    return QJsonObject{{QStringLiteral("clock"), clocks::clockKey(d.clock)},
                       {QStringLiteral("label"), d.label},
                       {QStringLiteral("starts"), date(d.startsOn)},
                       {QStringLiteral("due"), date(d.dueOn)},
                       {QStringLiteral("met"), date(d.metOn)},
                       {QStringLiteral("state"), clocks::deadlineStateKey(d.state)}};
}

QJsonObject queueItemJson(const cases::QueueItem &item)
{
    return QJsonObject{
        {QStringLiteral("household_id"), item.householdId},
        {QStringLiteral("household"), item.householdName},
        {QStringLiteral("wijk"), item.wijk},
        {QStringLiteral("case_id"), item.caseId ? QJsonValue(item.caseId) : QJsonValue()},
        {QStringLiteral("status"), item.caseId ? QJsonValue(cases::caseStatusKey(item.status)) : QJsonValue()},
        {QStringLiteral("assignee"), text(item.assigneeName)},
        {QStringLiteral("priority"), item.priorityRank},
        {QStringLiteral("severity"),
         item.severity ? QJsonValue(rules::severityKey(static_cast<rules::Severity>(item.severity))) : QJsonValue()},
        {QStringLiteral("flag"), text(item.topFlag)},
        {QStringLiteral("open_flags"), item.openFlags},
        {QStringLiteral("open_signals"), item.openSignals},
        {QStringLiteral("deadline"), item.next ? QJsonValue(deadlineJson(*item.next)) : QJsonValue()},
        {QStringLiteral("overdue"), item.next && item.next->state == clocks::DeadlineState::Overdue},
    };
}

QJsonObject caseDetailJson(const cases::CaseDetail &d)
{
    const cases::Case &c = d.record;
    QJsonArray attempts;
    for (const cases::ContactAttempt &a : d.attempts)
        attempts.append(QJsonObject{{QStringLiteral("date"), date(a.date)}, {QStringLiteral("kind"), a.kind},
                                    {QStringLiteral("reached"), a.reached}, {QStringLiteral("day_part"), text(a.dayPart)},
                                    {QStringLiteral("note"), text(a.note)}, {QStringLiteral("author"), a.author}});
    QJsonArray deadlines;
    for (const clocks::Deadline &x : d.deadlines)
        deadlines.append(deadlineJson(x));
    QJsonArray plan;
    for (const cases::PlanItem &p : d.plan)
        plan.append(QJsonObject{{QStringLiteral("id"), p.id},
                                {QStringLiteral("kind"), p.kind == cases::PlanItem::Kind::Goal ? QStringLiteral("goal")
                                                                                               : QStringLiteral("action")},
                                {QStringLiteral("goal_id"), p.goalId ? QJsonValue(p.goalId) : QJsonValue()},
                                {QStringLiteral("text"), p.text}, {QStringLiteral("owner"), text(p.owner)},
                                {QStringLiteral("due"), date(p.dueOn)}, {QStringLiteral("done"), date(p.doneOn)}});
    QJsonArray conditions;
    for (const cases::BasicCondition &b : d.conditions)
        conditions.append(QJsonObject{{QStringLiteral("condition"), b.key},
                                      {QStringLiteral("state"), importing::conditionStateKey(b.state)}});
    QJsonArray notes;
    for (const Note &n : d.notes)
        notes.append(QJsonObject{{QStringLiteral("at"), n.createdAt.toString(Qt::ISODate)},
                                 {QStringLiteral("author"), n.author}, {QStringLiteral("text"), n.text}});
    QJsonArray reminders;
    for (const cases::Reminder &r : d.reminders)
        reminders.append(QJsonObject{{QStringLiteral("due"), date(r.dueOn)}, {QStringLiteral("text"), r.text},
                                     {QStringLiteral("done"), r.doneAt.isValid()}});
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("household_id"), c.householdId},
        {QStringLiteral("household"), d.householdName},
        {QStringLiteral("status"), cases::caseStatusKey(c.status)},
        {QStringLiteral("origin"), cases::caseOriginKey(c.origin)},
        {QStringLiteral("assignee"), text(c.assigneeName)},
        {QStringLiteral("opened_on"), date(c.openedOn)},
        {QStringLiteral("taken_up_on"), date(c.takenUpOn)},
        {QStringLiteral("decision_on"), date(c.decisionOn)},
        {QStringLiteral("closed_on"), date(c.closedOn)},
        {QStringLiteral("outcome"), text(c.outcome)},
        {QStringLiteral("internal_reason"), text(c.internalReason)},
        {QStringLiteral("version"), c.version},
        {QStringLiteral("signal_ids"), idArray(c.signalIds)},
        {QStringLiteral("discharge_ids"), idArray(c.dischargeIds)},
        {QStringLiteral("unlinked_signal_ids"), idArray(d.unlinkedSignalIds)},
        {QStringLiteral("attempts"), attempts},
        {QStringLiteral("deadlines"), deadlines},
        {QStringLiteral("plan"), plan},
        {QStringLiteral("conditions"), conditions},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("reminders"), reminders},
    };
}

QStringList caseDetailText(const cases::CaseDetail &d)
{
    const cases::Case &c = d.record;
    QStringList out;
    out << tr("Case %1 — %2 (household %3)").arg(c.id).arg(d.householdName).arg(c.householdId)
        << tr("Status: %1; %2; assignee: %3").arg(cases::caseStatusLabel(c.status), cases::caseOriginLabel(c.origin),
                                                 c.assigneeName.isEmpty() ? tr("nobody") : c.assigneeName)
        << tr("Opened %1 by %2").arg(c.openedOn.toString(Qt::ISODate), c.openedBy);
    if (c.takenUpOn.isValid())
        out << tr("Taken up %1").arg(c.takenUpOn.toString(Qt::ISODate));
    if (c.decisionOn.isValid())
        out << tr("Decision %1").arg(c.decisionOn.toString(Qt::ISODate));
    if (c.closedOn.isValid())
        out << tr("Closed %1: %2").arg(c.closedOn.toString(Qt::ISODate), c.outcome);
    if (!c.internalReason.isEmpty())
        out << tr("Internal reason (not reported): %1").arg(c.internalReason);
    out << tr("Signals: %1; discharge notices: %2; new signals not linked: %3")
               .arg(c.signalIds.size()).arg(c.dischargeIds.size()).arg(d.unlinkedSignalIds.size());
    out << QString() << tr("Deadlines:");
    for (const clocks::Deadline &x : d.deadlines)
        out << QStringLiteral("  %1  %2  %3").arg(x.dueOn.toString(Qt::ISODate), clocks::deadlineStateLabel(x.state), x.label);
    out << QString() << tr("Contact attempts:");
    for (const cases::ContactAttempt &a : d.attempts)
        out << QStringLiteral("  %1 %2  %3  %4  %5")
                   .arg(a.date.toString(Qt::ISODate), a.dayPart, a.kind, a.reached ? tr("reached") : tr("not reached"), a.note);
    if (!d.plan.isEmpty()) {
        out << QString() << tr("Plan of action:");
        for (const cases::PlanItem &p : d.plan)
            out << QStringLiteral("  %1%2 %3%4")
                       .arg(p.kind == cases::PlanItem::Kind::Goal ? QString() : QStringLiteral("  - "),
                            p.doneOn.isValid() ? QStringLiteral("[x]") : QStringLiteral("[ ]"), p.text,
                            p.dueOn.isValid() ? QStringLiteral(" (%1)").arg(p.dueOn.toString(Qt::ISODate)) : QString());
    }
    if (!d.conditions.isEmpty()) {
        out << QString() << tr("Basic conditions:");
        for (const cases::BasicCondition &b : d.conditions)
            out << QStringLiteral("  %1: %2").arg(cases::basicConditionLabel(b.key), importing::conditionStateLabel(b.state));
    }
    if (!d.notes.isEmpty()) {
        out << QString() << tr("Notes:");
        for (const Note &n : d.notes)
            out << QStringLiteral("  %1 %2: %3").arg(n.createdAt.toString(Qt::ISODate), n.author, n.text);
    }
    if (!d.reminders.isEmpty()) {
        out << QString() << tr("Reminders:");
        for (const cases::Reminder &r : d.reminders)
            out << QStringLiteral("  %1 %2 %3").arg(r.dueOn.toString(Qt::ISODate),
                                                    r.doneAt.isValid() ? QStringLiteral("[x]") : QStringLiteral("[ ]"), r.text);
    }
    return out;
}

} // namespace vangnet::cli
