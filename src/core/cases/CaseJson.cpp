#include "cases/CaseJson.h"

#include "importing/ImportKeys.h"
#include "rules/Severity.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace vangnet::cases {

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

/// A hulpvraag's request; null on another type.
QJsonValue helpRequestJson(const Case &c)
{
    if (c.type != CaseType::Hulpvraag)
        return QJsonValue();
    return QJsonObject{{QStringLiteral("registered_on"), date(c.request.registeredOn)},
                       {QStringLiteral("crisis"), c.request.crisis()},
                       {QStringLiteral("crisis_kind"), text(c.request.crisisKind)},
                       {QStringLiteral("first_conversation_on"), date(c.request.firstConversationOn)},
                       {QStringLiteral("decision_on"), date(c.decisionOn)},
                       {QStringLiteral("decision"), text(c.request.decision)}};
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

QJsonObject queueItemJson(const QueueItem &item)
{
    return QJsonObject{
        {QStringLiteral("household_id"), item.householdId},
        {QStringLiteral("household"), item.householdName},
        {QStringLiteral("wijk"), item.wijk},
        {QStringLiteral("case_id"), item.caseId ? QJsonValue(item.caseId) : QJsonValue()},
        {QStringLiteral("status"), item.caseId ? QJsonValue(caseStatusKey(item.status)) : QJsonValue()},
        {QStringLiteral("assignee"), text(item.assigneeName)},
        {QStringLiteral("priority"), item.priorityRank},
        {QStringLiteral("severity"),
         item.severity ? QJsonValue(rules::severityKey(static_cast<rules::Severity>(item.severity))) : QJsonValue()},
        {QStringLiteral("flag"), text(item.topFlag)},
        {QStringLiteral("open_flags"), item.openFlags},
        {QStringLiteral("open_signals"), item.openSignals},
        {QStringLiteral("open_notices"), item.openNotices},
        {QStringLiteral("deadline"), item.next ? QJsonValue(deadlineJson(*item.next)) : QJsonValue()},
        {QStringLiteral("overdue"), item.next && item.next->state == clocks::DeadlineState::Overdue},
        {QStringLiteral("legal_overdue"), item.legalOverdue},
    };
}

QJsonObject caseDetailJson(const CaseDetail &d)
{
    const Case &c = d.record;
    QJsonArray attempts;
    for (const ContactAttempt &a : d.attempts)
        attempts.append(QJsonObject{{QStringLiteral("date"), date(a.date)}, {QStringLiteral("kind"), a.kind},
                                    {QStringLiteral("reached"), a.reached}, {QStringLiteral("day_part"), text(a.dayPart)},
                                    {QStringLiteral("note"), text(a.note)}, {QStringLiteral("author"), a.author}});
    QJsonArray deadlines;
    for (const clocks::Deadline &x : d.deadlines)
        deadlines.append(deadlineJson(x));
    QJsonArray plan;
    for (const PlanItem &p : d.plan)
        plan.append(QJsonObject{{QStringLiteral("id"), p.id},
                                {QStringLiteral("kind"), p.kind == PlanItem::Kind::Goal ? QStringLiteral("goal")
                                                                                               : QStringLiteral("action")},
                                {QStringLiteral("goal_id"), p.goalId ? QJsonValue(p.goalId) : QJsonValue()},
                                {QStringLiteral("text"), p.text}, {QStringLiteral("owner"), text(p.owner)},
                                {QStringLiteral("due"), date(p.dueOn)}, {QStringLiteral("done"), date(p.doneOn)}});
    QJsonArray conditions;
    for (const BasicCondition &b : d.conditions)
        conditions.append(QJsonObject{{QStringLiteral("condition"), b.key},
                                      {QStringLiteral("state"), importing::conditionStateKey(b.state)},
                                      {QStringLiteral("set_on_case"), b.setOnCase},
                                      {QStringLiteral("since"), date(b.since)}});
    QJsonArray notes;
    for (const Note &n : d.notes)
        notes.append(QJsonObject{{QStringLiteral("at"), n.createdAt.toString(Qt::ISODate)},
                                 {QStringLiteral("author"), n.author}, {QStringLiteral("text"), n.text}});
    QJsonArray reminders;
    for (const Reminder &r : d.reminders)
        reminders.append(QJsonObject{{QStringLiteral("due"), date(r.dueOn)}, {QStringLiteral("text"), r.text},
                                     {QStringLiteral("done"), r.doneAt.isValid()}});
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("household_id"), c.householdId},
        {QStringLiteral("household"), d.householdName},
        {QStringLiteral("status"), caseStatusKey(c.status)},
        {QStringLiteral("origin"), caseOriginKey(c.origin)},
        {QStringLiteral("type"), caseTypeKey(c.type)},
        {QStringLiteral("request"), helpRequestJson(c)},
        {QStringLiteral("assignee"), text(c.assigneeName)},
        {QStringLiteral("opened_on"), date(c.openedOn)},
        {QStringLiteral("taken_up_on"), date(c.takenUpOn)},
        {QStringLiteral("decision_on"), date(c.decisionOn)},
        {QStringLiteral("closed_on"), date(c.closedOn)},
        {QStringLiteral("outcome"), text(c.outcome)},
        {QStringLiteral("internal_reason"), text(c.internalReason)},
        {QStringLiteral("reason_key"), text(c.reasonKey)},
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

QJsonArray signalDecisionsJson(const QList<SignalDecision> &decisions)
{
    QJsonArray out;
    for (const SignalDecision &d : decisions)
        out.append(QJsonObject{{QStringLiteral("id"), d.signalId},
                               {QStringLiteral("status"), d.ddasStatus},
                               {QStringLiteral("decided_on"), date(d.decidedOn)},
                               {QStringLiteral("decided_alone"), d.setForSignal},
                               {QStringLiteral("reason_key"), text(d.reasonKey)}});
    return out;
}

} // namespace vangnet::cases
