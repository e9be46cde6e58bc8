// CaseService: the records kept on a case (contact attempts, notes, reminders, plan of action,
// basic conditions). The case's own fields and transitions are in CaseService.cpp.
#include "audit/AuditLog.h"
#include "cases/CaseRepository.h"
#include "cases/CaseService.h"
#include "cases/HelpRequest.h"
#include "history/StatusHistory.h"
#include "importing/ImportKeys.h"
#include "rules/RulesService.h"
#include "security/Session.h"
#include "signals/DischargeRepository.h"
#include "storage/NoteRepository.h"
#include "storage/SqlStatement.h"
#include "storage/Transaction.h"
#include "support/IsoDate.h"

#include <QCoreApplication>

namespace vangnet::cases {

namespace {

Error invalid(const char *field, const QString &message)
{
    return Error::invalid({{QString::fromLatin1(field), message}});
}

Error closedCase()
{
    return invalid("status", QCoreApplication::translate("vangnet::cases::CaseService", "This case is closed. Reopen it to add to it."));
}

/// Work has started: a new case moves on, whoever else is looking at it (no version check, the
/// attempt is a record of its own; the version still moves so open forms reload). It was taken up
/// on the attempt's day.
Result<void> takeUp(const QSqlDatabase &db, const ChangeStamp &stamp, qint64 caseId, const ContactAttempt &attempt)
{
    if (auto kept = StatusHistory(db).record(StatusOf::Case, QStringLiteral("id = ? AND status = 'nieuw'"), {caseId},
                                             caseStatusKey(CaseStatus::InBehandeling), stamp);
        !kept)
        return kept.error();
    auto started = runSql(db, QStringLiteral(
        "UPDATE cases SET status = 'in_behandeling', taken_up_on = COALESCE(taken_up_on, ?), version = version + 1, "
        "updated_at = ?, updated_by = ? WHERE id = ? AND status = 'nieuw'"),
        {isoDate(attempt.date), timestampToSql(attempt.createdAt), attempt.author, caseId}, "start case");
    if (!started)
        return started.error();
    return success();
}

} // namespace

Result<ContactAttempt> CaseService::addAttempt(qint64 caseId, ContactAttempt attempt)
{
    auto c = get(caseId);
    if (!c)
        return c.error();
    if (c->status == CaseStatus::Afgesloten)
        return closedCase();
    QList<FieldError> errors;
    if (!ddas::contactsoort().contains(attempt.kind))
        errors << FieldError{QStringLiteral("kind"), QCoreApplication::translate("vangnet::cases::CaseService", "Choose how contact was attempted (letter, phone, home visit, …).")};
    if (!attempt.dayPart.isEmpty() && !ddas::dagdeel().contains(attempt.dayPart))
        errors << FieldError{QStringLiteral("dayPart"), QCoreApplication::translate("vangnet::cases::CaseService", "\"%1\" is not a part of the day (Ochtend, Middag, Avond).")
                                                            .arg(attempt.dayPart)};
    if (!attempt.date.isValid())
        errors << FieldError{QStringLiteral("date"), QCoreApplication::translate("vangnet::cases::CaseService", "Give the date of the contact attempt.")};
    else if (attempt.date > m_clock.today())
        errors << FieldError{QStringLiteral("date"), QCoreApplication::translate("vangnet::cases::CaseService", "The contact attempt is dated %1, which is in the future.")
                                                         .arg(attempt.date.toString(Qt::ISODate))};
    if (!errors.isEmpty())
        return Error::invalid(errors);
    attempt.caseId = caseId;
    attempt.note = attempt.note.trimmed();
    attempt.author = m_session.user().displayName;
    attempt.createdAt = m_clock.now();
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    auto id = CaseRepository(m_db, m_session.fields()).insertAttempt(attempt, c->householdId);
    if (!id)
        return id.error();
    attempt.id = *id;
    // An administrative entry is no contact with the resident: it takes nothing up.
    if (isResidentContact(attempt.kind))
        if (auto started = takeUp(m_db, stamp(attempt.date), caseId, attempt); !started)
            return started.error();
    if (auto flagged = rules::RulesService(m_database, m_clock, m_session).evaluateHouseholds({c->householdId}); !flagged)
        return flagged.error();
    if (auto audited = audit(caseId, QStringLiteral("attempt:%1").arg(*id)); !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return attempt;
}

Result<Note> CaseService::addNote(qint64 caseId, const QString &text)
{
    const QString body = text.trimmed();
    if (body.isEmpty())
        return invalid("note", QCoreApplication::translate("vangnet::cases::CaseService", "A note cannot be empty."));
    auto household = householdOfCase(caseId);
    if (!household)
        return household.error();
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    auto note = NoteRepository(m_db, m_session.fields())
                    .add(Note{0, *household, m_session.user().displayName, m_clock.now(), body, caseId});
    if (!note)
        return note.error();
    if (auto audited = audit(caseId, QStringLiteral("note:%1").arg(note->id)); !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return note;
}

Result<Reminder> CaseService::addReminder(qint64 caseId, Reminder reminder)
{
    auto c = get(caseId);
    if (!c)
        return c.error();
    QList<FieldError> errors;
    reminder.text = reminder.text.trimmed();
    if (reminder.text.isEmpty())
        errors << FieldError{QStringLiteral("text"), QCoreApplication::translate("vangnet::cases::CaseService", "Say what the reminder is about.")};
    if (!reminder.dueOn.isValid())
        errors << FieldError{QStringLiteral("dueOn"), QCoreApplication::translate("vangnet::cases::CaseService", "Give the date of the reminder.")};
    if (reminder.forUserId != 0) {
        auto workers = workersFor(caseId);
        if (!workers)
            return workers.error();
        if (std::none_of(workers->cbegin(), workers->cend(), [&](const Worker &w) { return w.id == reminder.forUserId; }))
            errors << FieldError{QStringLiteral("forUser"), QCoreApplication::translate("vangnet::cases::CaseService", "A reminder is for someone of the household's team.")};
    }
    if (!errors.isEmpty())
        return Error::invalid(errors);
    reminder.caseId = caseId;
    reminder.author = m_session.user().displayName;
    reminder.createdAt = m_clock.now();
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    auto id = CaseRepository(m_db, m_session.fields()).insertReminder(reminder);
    if (!id)
        return id.error();
    reminder.id = *id;
    if (auto audited = audit(caseId, QStringLiteral("reminder:%1").arg(*id)); !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return reminder;
}

Result<void> CaseService::completeReminder(qint64 reminderId)
{
    auto caseId = CaseRepository(m_db, m_session.fields()).caseOfReminder(reminderId);
    if (!caseId)
        return caseId.error();
    if (auto household = householdOfCase(*caseId); !household)
        return household.error();
    return changeEntry(*caseId, QStringLiteral("UPDATE reminders SET done_at = ? WHERE id = ? AND done_at IS NULL"),
                       {timestampToSql(m_clock.now()), reminderId}, QStringLiteral("reminder_done:%1").arg(reminderId));
}

Result<PlanItem> CaseService::addPlanItem(qint64 caseId, PlanItem item)
{
    auto c = get(caseId);
    if (!c)
        return c.error();
    if (c->status == CaseStatus::Afgesloten)
        return closedCase();
    item.text = item.text.trimmed();
    item.owner = item.owner.trimmed();
    QList<FieldError> errors;
    if (item.text.isEmpty())
        errors << FieldError{QStringLiteral("text"), item.kind == PlanItem::Kind::Goal ? QCoreApplication::translate("vangnet::cases::CaseService", "Describe the goal.")
                                                                                       : QCoreApplication::translate("vangnet::cases::CaseService", "Describe the action.")};
    if (item.kind == PlanItem::Kind::Goal && item.goalId != 0)
        errors << FieldError{QStringLiteral("goal"), QCoreApplication::translate("vangnet::cases::CaseService", "A goal cannot belong to another goal.")};
    CaseRepository repo(m_db, m_session.fields());
    if (item.goalId != 0) {
        auto plan = repo.plan(caseId);
        if (!plan)
            return plan.error();
        if (std::none_of(plan->cbegin(), plan->cend(),
                         [&](const PlanItem &p) { return p.id == item.goalId && p.kind == PlanItem::Kind::Goal; }))
            errors << FieldError{QStringLiteral("goal"), QCoreApplication::translate("vangnet::cases::CaseService", "The chosen goal is not part of this case's plan.")};
    }
    if (!errors.isEmpty())
        return Error::invalid(errors);
    item.caseId = caseId;
    item.doneOn = {};
    item.createdBy = m_session.user().displayName;
    item.createdAt = m_clock.now();
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    auto id = repo.insertPlanItem(item);
    if (!id)
        return id.error();
    item.id = *id;
    if (auto audited = audit(caseId, QStringLiteral("plan_add:%1").arg(*id)); !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return item;
}

Result<void> CaseService::setPlanItemDone(qint64 itemId, QDate doneOn)
{
    auto caseId = CaseRepository(m_db, m_session.fields()).caseOfPlanItem(itemId);
    if (!caseId)
        return caseId.error();
    if (auto household = householdOfCase(*caseId); !household)
        return household.error();
    if (doneOn.isValid() && doneOn > m_clock.today())
        return invalid("doneOn", QCoreApplication::translate("vangnet::cases::CaseService", "The date done (%1) is in the future.").arg(doneOn.toString(Qt::ISODate)));
    return changeEntry(*caseId, QStringLiteral("UPDATE plan_items SET done_on = ? WHERE id = ?"),
                       {doneOn.isValid() ? QVariant(isoDate(doneOn)) : sqlNull(), itemId},
                       QStringLiteral("plan_done:%1").arg(itemId));
}

Result<void> CaseService::removePlanItem(qint64 itemId)
{
    auto caseId = CaseRepository(m_db, m_session.fields()).caseOfPlanItem(itemId);
    if (!caseId)
        return caseId.error();
    if (auto household = householdOfCase(*caseId); !household)
        return household.error();
    // A goal's actions go with it (ON DELETE CASCADE on goal_id).
    return changeEntry(*caseId, QStringLiteral("DELETE FROM plan_items WHERE id = ?"), {itemId},
                       QStringLiteral("plan_remove:%1").arg(itemId));
}

Result<void> CaseService::changeEntry(qint64 caseId, const QString &sql, const QVariantList &values,
                                      const QString &auditDetail)
{
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    if (auto changed = runSql(m_db, sql, values, "change case entry"); !changed)
        return changed.error();
    if (auto audited = audit(caseId, auditDetail); !audited)
        return audited;
    return tx.commit();
}

Result<void> CaseService::changeFacts(qint64 caseId, const std::function<Result<void>(const Case &)> &change)
{
    auto c = get(caseId);
    if (!c)
        return c.error();
    if (c->status == CaseStatus::Afgesloten)
        return closedCase();
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    if (auto changed = change(*c); !changed)
        return changed;
    // The case is the source of truth for what was arranged: the flags follow in this transaction.
    if (auto flagged = rules::RulesService(m_database, m_clock, m_session).evaluateHouseholds({c->householdId}); !flagged)
        return flagged.error();
    return tx.commit();
}

Result<void> CaseService::setCondition(qint64 caseId, const QString &key, importing::ConditionState state, QDate since)
{
    if (!basicConditionKeys().contains(key))
        return invalid("condition", QCoreApplication::translate("vangnet::cases::CaseService", "\"%1\" is not one of the five basic conditions.").arg(key));
    if (!since.isValid())
        since = m_clock.today();
    else if (since > m_clock.today())
        return invalid("since", QCoreApplication::translate("vangnet::cases::CaseService",
                                                            "The condition is dated %1, which is in the future.")
                                    .arg(since.toString(QStringLiteral("dd-MM-yyyy"))));
    return changeFacts(caseId, [&](const Case &) -> Result<void> {
        CaseRepository repo(m_db, m_session.fields());
        const QDateTime now = m_clock.now();
        const QString by = m_session.user().displayName;
        // The first change on a case without a checklist starts it: the other four are "onbekend",
        // which the caseworker did not say (so not the case's word for the rules).
        auto existing = repo.conditions(caseId);
        if (!existing)
            return existing.error();
        if (existing->isEmpty())
            for (const QString &other : basicConditionKeys())
                if (auto set = repo.setCondition(caseId, other, importing::conditionStateKey(importing::ConditionState::Onbekend),
                                                 false, {}, now, by);
                    !set)
                    return set;
        if (auto set = repo.setCondition(caseId, key, importing::conditionStateKey(state), true, since, now, by); !set)
            return set;
        return audit(caseId, QStringLiteral("condition:%1").arg(key));
    });
}

Result<void> CaseService::closeSignal(qint64 caseId, qint64 signalId)
{
    return changeFacts(caseId, [&](const Case &) -> Result<void> {
        auto closed = CaseRepository(m_db, m_session.fields()).closeLinkedSignal(caseId, signalId, stamp());
        if (!closed)
            return closed.error();
        if (!*closed)
            return invalid("signal", QCoreApplication::translate("vangnet::cases::CaseService",
                                                                 "Signal %1 is not an open signal of this case.")
                                         .arg(signalId));
        return audit(caseId, QStringLiteral("signal_closed:%1").arg(signalId));
    });
}

Result<void> CaseService::setNoticeLifecycle(qint64 caseId, qint64 dischargeId, importing::DischargeLifecycle state)
{
    using importing::DischargeLifecycle;
    if (state == DischargeLifecycle::Uitgestroomd || state == DischargeLifecycle::Vervangen)
        return invalid("lifecycle", QCoreApplication::translate("vangnet::cases::CaseService",
                                                                "\"%1\" is not a state a caseworker sets: a notice is "
                                                                "discharged from its date on, and superseded by a newer notice.")
                                        .arg(importing::dischargeLifecycleLabel(state)));
    return changeFacts(caseId, [&](const Case &) -> Result<void> {
        auto linked = CaseRepository(m_db, m_session.fields()).hasNotice(caseId, dischargeId);
        if (!linked)
            return linked.error();
        if (!*linked)
            return invalid("discharge", QCoreApplication::translate("vangnet::cases::CaseService",
                                                                    "Discharge notice %1 is not linked to this case.")
                                            .arg(dischargeId));
        if (auto set = DischargeRepository(m_db).setLifecycle(dischargeId, state, m_session.user().displayName, m_clock.now());
            !set)
            return set;
        return AuditLog(m_db, m_clock).record(m_session, AuditAction::ChangeDischarge, QStringLiteral("discharge_notice"),
                                              dischargeId, AuditResult::Success, {},
                                              QStringLiteral("lifecycle:%1 case:%2")
                                                  .arg(importing::dischargeLifecycleKey(state))
                                                  .arg(caseId));
    });
}

} // namespace vangnet::cases
