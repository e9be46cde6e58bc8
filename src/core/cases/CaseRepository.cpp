#include "cases/CaseRepository.h"

#include "history/ConditionHistory.h"
#include "history/StatusHistory.h"
#include "importing/ImportKeys.h"
#include "security/FieldCipher.h"
#include "storage/SealedColumns.h"
#include "storage/SqlStatement.h"
#include "storage/Transaction.h"
#include "support/IsoDate.h"

#include <QCoreApplication>

namespace vangnet::cases {

namespace {

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(isoDate(d)) : sqlNull();
}

QDate dateFrom(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

Result<QList<qint64>> ids(const QSqlDatabase &db, const QString &sql, qint64 key, const char *what)
{
    auto q = runSql(db, sql, {key}, what);
    if (!q)
        return q.error();
    QList<qint64> out;
    while (q->next())
        out << q->value(0).toLongLong();
    return out;
}

Result<qint64> insertReturningId(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                                 const char *what)
{
    auto q = runSql(db, sql + QStringLiteral(" RETURNING id"), values, what);
    if (!q)
        return q.error();
    if (!q->next())
        return databaseError(QStringLiteral("no id returned"), what);
    return q->value(0).toLongLong();
}

/// Inserts a row whose sealed column is written once the row has its id (the sealed text names
/// its row); the row's placeholder for it ('' or NULL) is in `values`. One transaction.
Result<qint64> insertSealed(const QSqlDatabase &db, const FieldCipher &fields, const QString &sql,
                            const QVariantList &values, SealedColumn column, const QString &plain, const char *what)
{
    Transaction tx(db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    auto id = insertReturningId(db, sql, values, what);
    if (!id)
        return id;
    if (!plain.isEmpty())
        if (auto written = column.write(db, fields, *id, plain); !written)
            return written.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return id;
}

Result<qint64> single(const QSqlDatabase &db, const QString &sql, qint64 key, const char *what)
{
    auto q = runSql(db, sql, {key}, what);
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("vangnet::cases::CaseRepository", "This case or entry no longer exists.")};
    return q->value(0).toLongLong();
}

} // namespace

Result<QList<Case>> CaseRepository::select(const QString &where, const QVariantList &values) const
{
    auto q = runSql(m_db, QStringLiteral(
        "SELECT c.id, c.household_id, c.status, c.origin, c.origin_flag_id, c.assignee_id, u.display_name, "
        "c.opened_on, c.opened_at, c.opened_by, c.taken_up_on, c.decision_on, c.closed_on, c.outcome, "
        "c.internal_reason_enc, c.version, c.updated_at, c.updated_by, c.case_type, c.request_on, c.request_crisis, "
        "c.first_conversation_on, c.decision, c.reason_key "
        "FROM cases c LEFT JOIN users u ON u.id = c.assignee_id WHERE %1 "
        "ORDER BY CASE WHEN c.status = 'afgesloten' THEN 1 ELSE 0 END, c.opened_at DESC, c.id DESC").arg(where),
        values, "read cases");
    if (!q)
        return q.error();
    QList<Case> out;
    while (q->next()) {
        Case c;
        c.id = q->value(0).toLongLong();
        c.householdId = q->value(1).toLongLong();
        c.status = caseStatusFromKey(q->value(2).toString()).value_or(CaseStatus::Nieuw);
        c.origin = caseOriginFromKey(q->value(3).toString()).value_or(CaseOrigin::Manual);
        c.originFlagId = q->value(4).toLongLong();
        c.assigneeId = q->value(5).toLongLong();
        c.assigneeName = q->value(6).toString();
        c.openedOn = dateFrom(q->value(7));
        c.openedAt = timestampFromSql(q->value(8));
        c.openedBy = q->value(9).toString();
        c.takenUpOn = dateFrom(q->value(10));
        c.decisionOn = dateFrom(q->value(11));
        c.closedOn = dateFrom(q->value(12));
        c.outcome = q->value(13).toString();
        auto reason = sealed::caseInternalReason.show(m_fields, q->value(14), c.id);
        if (!reason)
            return reason.error();
        c.internalReason = *reason;
        c.version = q->value(15).toInt();
        c.updatedAt = timestampFromSql(q->value(16));
        c.updatedBy = q->value(17).toString();
        c.type = caseTypeFromKey(q->value(18).toString()).value_or(CaseType::Vroegsignaal);
        c.request.registeredOn = dateFrom(q->value(19));
        c.request.crisisKind = q->value(20).toString();
        c.request.firstConversationOn = dateFrom(q->value(21));
        c.request.decision = q->value(22).toString();
        c.reasonKey = q->value(23).toString();
        out << c;
    }
    for (Case &c : out) {
        auto signalIds = ids(m_db, QStringLiteral("SELECT signal_id FROM case_signals WHERE case_id = ? ORDER BY signal_id"),
                             c.id, "read case signals");
        if (!signalIds)
            return signalIds.error();
        c.signalIds = *signalIds;
        auto dischargeIds = ids(m_db, QStringLiteral("SELECT discharge_id FROM case_discharges WHERE case_id = ? "
                                                     "ORDER BY discharge_id"), c.id, "read case notices");
        if (!dischargeIds)
            return dischargeIds.error();
        c.dischargeIds = *dischargeIds;
    }
    return out;
}

Result<Case> CaseRepository::load(qint64 caseId) const
{
    auto found = select(QStringLiteral("c.id = ?"), {caseId});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("vangnet::cases::CaseRepository", "Case %1 does not exist.").arg(caseId)};
    return found->first();
}

Result<QList<Case>> CaseRepository::forHousehold(qint64 householdId) const
{
    return select(QStringLiteral("c.household_id = ?"), {householdId});
}

Result<qint64> CaseRepository::openCaseOf(qint64 householdId) const
{
    auto q = runSql(m_db, QStringLiteral("SELECT id FROM cases WHERE household_id = ? AND status <> 'afgesloten' "
                                         "ORDER BY id LIMIT 1"), {householdId}, "find open case");
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Result<qint64> CaseRepository::insert(const Case &c)
{
    return insertReturningId(m_db, QStringLiteral(
        "INSERT INTO cases (household_id, status, origin, origin_flag_id, assignee_id, opened_on, opened_at, opened_by, "
        "taken_up_on, updated_at, updated_by, case_type, request_on, request_crisis) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {c.householdId, caseStatusKey(c.status), caseOriginKey(c.origin),
         c.originFlagId ? QVariant(c.originFlagId) : sqlNull(), c.assigneeId ? QVariant(c.assigneeId) : sqlNull(),
         isoDate(c.openedOn), timestampToSql(c.openedAt), c.openedBy, dateOrNull(c.takenUpOn),
         timestampToSql(c.openedAt), c.openedBy, caseTypeKey(c.type), dateOrNull(c.request.registeredOn),
         c.request.crisis() ? QVariant(c.request.crisisKind) : sqlNull()}, "open case");
}

Result<void> CaseRepository::update(qint64 caseId, int version, const QString &setSql, QVariantList values,
                                    const QDateTime &at, const QString &by)
{
    values << timestampToSql(at) << by << caseId << version;
    auto q = runSql(m_db, QStringLiteral("UPDATE cases SET %1, version = version + 1, updated_at = ?, updated_by = ? "
                                         "WHERE id = ? AND version = ?").arg(setSql), values, "save case");
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 1)
        return success();
    auto current = load(caseId);
    if (!current)
        return current.error();
    return staleEdit(*current);
}

Error CaseRepository::staleEdit(const Case &current)
{
    return Error{ErrorCode::StaleEdit,
                 QCoreApplication::translate("vangnet::cases::CaseRepository",
                                             "%1 changed this case since you opened it. Nothing was saved; what you "
                                             "entered is still here. Reload the case to see the change, then try again.")
                     .arg(current.updatedBy)};
}

Result<int> CaseRepository::linkNew(qint64 caseId, qint64 householdId, const ChangeStamp &stamp)
{
    auto signalsLinked = runSql(m_db, QStringLiteral(
        "INSERT INTO case_signals (case_id, signal_id) SELECT ?, s.id FROM signals s WHERE s.household_id = ? "
        "AND s.status = 'nieuw' AND NOT EXISTS (SELECT 1 FROM case_signals cs WHERE cs.signal_id = s.id)"),
        {caseId, householdId}, "link signals");
    if (!signalsLinked)
        return signalsLinked.error();
    const int linked = signalsLinked->numRowsAffected();
    auto noticesLinked = runSql(m_db, QStringLiteral(
        "INSERT INTO case_discharges (case_id, discharge_id) SELECT ?, d.id FROM discharge_notices d "
        "WHERE d.household_id = ? AND d.status = 'nieuw' AND d.lifecycle NOT IN ('afgerond', 'vervangen', 'ingetrokken') "
        "AND NOT EXISTS (SELECT 1 FROM case_discharges cd WHERE cd.discharge_id = d.id)"),
        {caseId, householdId}, "link notices");
    if (!noticesLinked)
        return noticesLinked.error();
    const StatusHistory statuses(m_db);
    const QString inProgress = QStringLiteral("in_behandeling");
    if (auto marked = statuses.change(StatusOf::Signal, QStringLiteral("status = 'nieuw' AND id IN "
                                                                       "(SELECT signal_id FROM case_signals WHERE case_id = ?)"),
                                      {caseId}, inProgress, stamp);
        !marked)
        return marked.error();
    if (auto marked = statuses.change(StatusOf::Discharge,
                                      QStringLiteral("status = 'nieuw' AND id IN "
                                                     "(SELECT discharge_id FROM case_discharges WHERE case_id = ?)"),
                                      {caseId}, inProgress, stamp);
        !marked)
        return marked.error();
    return linked + noticesLinked->numRowsAffected();
}

Result<void> CaseRepository::setLinkedStatus(qint64 caseId, const QString &status, const QString &ddasStatus,
                                             const ChangeStamp &stamp)
{
    const StatusHistory statuses(m_db);
    // A signal decided on its own (ddas_status_set) keeps its status and what it reports.
    const QVariant decidedOn = status == QLatin1String("afgesloten") ? QVariant(isoDate(stamp.validFrom)) : sqlNull();
    if (auto s = statuses.change(StatusOf::Signal,
                                 QStringLiteral("id IN (SELECT signal_id FROM case_signals WHERE case_id = ?) AND ddas_status_set = 0"),
                                 {caseId}, status, stamp, QStringLiteral("ddas_status = ?, ddas_status_on = ?"), {ddasStatus, decidedOn});
        !s)
        return s.error();
    if (auto d = statuses.change(StatusOf::Discharge,
                                 QStringLiteral("id IN (SELECT discharge_id FROM case_discharges WHERE case_id = ?)"), {caseId},
                                 status, stamp);
        !d)
        return d.error();
    return success();
}

Result<QList<qint64>> CaseRepository::unlinkedSignals(qint64 householdId) const
{
    return ids(m_db, QStringLiteral("SELECT s.id FROM signals s WHERE s.household_id = ? AND s.status = 'nieuw' "
                                    "AND NOT EXISTS (SELECT 1 FROM case_signals cs WHERE cs.signal_id = s.id) "
                                    "ORDER BY s.signal_date, s.id"), householdId, "read new signals");
}

Result<QList<ContactAttempt>> CaseRepository::attempts(qint64 caseId) const
{
    auto q = runSql(m_db, QStringLiteral("SELECT id, kind, reached, attempt_date, day_part, note_enc, author_name, created_at "
                                         "FROM contact_attempts WHERE case_id = ? ORDER BY attempt_date, id"),
                    {caseId}, "read contact attempts");
    if (!q)
        return q.error();
    QList<ContactAttempt> out;
    while (q->next()) {
        auto note = sealed::attemptNote.show(m_fields, q->value(5), q->value(0).toLongLong());
        if (!note)
            return note.error();
        out << ContactAttempt{q->value(0).toLongLong(), caseId, q->value(1).toString(), q->value(2).toInt() != 0,
                              dateFrom(q->value(3)), q->value(4).toString(), *note, q->value(6).toString(),
                              timestampFromSql(q->value(7))};
    }
    return out;
}

Result<qint64> CaseRepository::insertAttempt(const ContactAttempt &a, qint64 householdId)
{
    return insertSealed(m_db, m_fields, QStringLiteral(
        "INSERT INTO contact_attempts (case_id, household_id, kind, reached, attempt_date, day_part, note_enc, "
        "author_name, created_at) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)"),
        {a.caseId, householdId, a.kind, a.reached ? 1 : 0, isoDate(a.date), textOrNull(a.dayPart), a.author,
         timestampToSql(a.createdAt)},
        sealed::attemptNote, a.note, "add contact attempt");
}

Result<QList<PlanItem>> CaseRepository::plan(qint64 caseId) const
{
    auto q = runSql(m_db, QStringLiteral("SELECT id, kind, goal_id, text_enc, owner_name, due_on, done_on, created_by, "
                                         "created_at FROM plan_items WHERE case_id = ? ORDER BY id"),
                    {caseId}, "read plan");
    if (!q)
        return q.error();
    QList<PlanItem> all;
    while (q->next()) {
        auto text = sealed::planItemText.show(m_fields, q->value(3), q->value(0).toLongLong());
        if (!text)
            return text.error();
        PlanItem item;
        item.id = q->value(0).toLongLong();
        item.caseId = caseId;
        item.kind = q->value(1).toString() == QLatin1String("goal") ? PlanItem::Kind::Goal : PlanItem::Kind::Action;
        item.goalId = q->value(2).toLongLong();
        item.text = *text;
        item.owner = q->value(4).toString();
        item.dueOn = dateFrom(q->value(5));
        item.doneOn = dateFrom(q->value(6));
        item.createdBy = q->value(7).toString();
        item.createdAt = timestampFromSql(q->value(8));
        all << item;
    }
    // Goals in order, each followed by its actions; then actions without a goal.
    QList<PlanItem> out;
    for (const PlanItem &goal : all) {
        if (goal.kind != PlanItem::Kind::Goal)
            continue;
        out << goal;
        for (const PlanItem &action : all)
            if (action.kind == PlanItem::Kind::Action && action.goalId == goal.id)
                out << action;
    }
    for (const PlanItem &action : all)
        if (action.kind == PlanItem::Kind::Action && action.goalId == 0)
            out << action;
    return out;
}

Result<qint64> CaseRepository::insertPlanItem(const PlanItem &item)
{
    return insertSealed(m_db, m_fields, QStringLiteral(
        "INSERT INTO plan_items (case_id, kind, goal_id, text_enc, owner_name, due_on, created_at, created_by) "
        "VALUES (?, ?, ?, '', ?, ?, ?, ?)"),
        {item.caseId, item.kind == PlanItem::Kind::Goal ? QStringLiteral("goal") : QStringLiteral("action"),
         item.goalId ? QVariant(item.goalId) : sqlNull(), item.owner, dateOrNull(item.dueOn),
         timestampToSql(item.createdAt), item.createdBy}, sealed::planItemText, item.text, "add plan item");
}

Result<qint64> CaseRepository::caseOfPlanItem(qint64 itemId) const
{
    return single(m_db, QStringLiteral("SELECT case_id FROM plan_items WHERE id = ?"), itemId, "find plan item");
}

Result<QList<Reminder>> CaseRepository::reminders(qint64 caseId) const
{
    auto q = runSql(m_db, QStringLiteral("SELECT id, due_on, text_enc, for_user_id, done_at, author_name, created_at "
                                         "FROM reminders WHERE case_id = ? "
                                         "ORDER BY CASE WHEN done_at IS NULL THEN 0 ELSE 1 END, due_on, id"),
                    {caseId}, "read reminders");
    if (!q)
        return q.error();
    QList<Reminder> out;
    while (q->next()) {
        auto text = sealed::reminderText.show(m_fields, q->value(2), q->value(0).toLongLong());
        if (!text)
            return text.error();
        out << Reminder{q->value(0).toLongLong(), caseId, dateFrom(q->value(1)), *text, q->value(3).toLongLong(),
                        q->value(4).isNull() ? QDateTime() : timestampFromSql(q->value(4)), q->value(5).toString(),
                        timestampFromSql(q->value(6))};
    }
    return out;
}

Result<qint64> CaseRepository::insertReminder(const Reminder &r)
{
    return insertSealed(m_db, m_fields, QStringLiteral(
        "INSERT INTO reminders (case_id, due_on, text_enc, for_user_id, author_name, created_at) VALUES (?, ?, '', ?, ?, ?)"),
        {r.caseId, isoDate(r.dueOn), r.forUserId ? QVariant(r.forUserId) : sqlNull(), r.author,
         timestampToSql(r.createdAt)}, sealed::reminderText, r.text, "add reminder");
}

Result<qint64> CaseRepository::caseOfReminder(qint64 reminderId) const
{
    return single(m_db, QStringLiteral("SELECT case_id FROM reminders WHERE id = ?"), reminderId, "find reminder");
}

Result<QList<BasicCondition>> CaseRepository::conditions(qint64 caseId) const
{
    auto q = runSql(m_db, QStringLiteral("SELECT condition_key, state, source, since, updated_at, updated_by "
                                         "FROM basic_conditions WHERE case_id = ?"), {caseId}, "read conditions");
    if (!q)
        return q.error();
    QHash<QString, BasicCondition> byKey;
    while (q->next()) {
        BasicCondition c;
        c.key = q->value(QStringLiteral("condition_key")).toString();
        c.state = importing::conditionStateFromKey(q->value(QStringLiteral("state")).toString())
                      .value_or(importing::ConditionState::Onbekend);
        c.setOnCase = q->value(QStringLiteral("source")).toString() == QLatin1String("zaak");
        c.since = QDate::fromString(q->value(QStringLiteral("since")).toString(), Qt::ISODate);
        c.updatedAt = timestampFromSql(q->value(QStringLiteral("updated_at")));
        c.updatedBy = q->value(QStringLiteral("updated_by")).toString();
        byKey.insert(c.key, c);
    }
    QList<BasicCondition> out;
    if (byKey.isEmpty())
        return out;
    for (const QString &key : basicConditionKeys())
        out << byKey.value(key, BasicCondition{key, importing::ConditionState::Onbekend, false, {}, {}, {}});
    return out;
}

Result<void> CaseRepository::seedConditions(qint64 caseId, const QDateTime &at, const QString &by)
{
    auto existing = conditions(caseId);
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return success();
    auto q = runSql(m_db, QStringLiteral("SELECT d.id_document, d.shelter, d.income, d.debts, d.care FROM discharge_notices d "
                                         "JOIN case_discharges cd ON cd.discharge_id = d.id WHERE cd.case_id = ? "
                                         "AND d.lifecycle NOT IN ('vervangen', 'ingetrokken') "
                                         "ORDER BY d.expected_date DESC, d.id DESC LIMIT 1"), {caseId}, "read notice");
    if (!q)
        return q.error();
    if (!q->next())
        return success();
    for (int i = 0; i < basicConditionKeys().size(); ++i)
        if (auto set = setCondition(caseId, basicConditionKeys().at(i), q->value(i).toString(), false, {}, at, by); !set)
            return set;
    return success();
}

Result<void> CaseRepository::setCondition(qint64 caseId, const QString &key, const QString &state, bool setOnCase,
                                          QDate since, const QDateTime &at, const QString &by)
{
    const QString source = setOnCase ? QStringLiteral("zaak") : QStringLiteral("melding");
    const QDate holds = setOnCase && since.isValid() ? since : QDate();
    if (auto kept = ConditionHistory(m_db).recordSet(caseId, key, state, source, holds,
                                                     ChangeStamp{by, at, holds.isValid() ? holds : at.toLocalTime().date()});
        !kept)
        return kept;
    if (auto removed = runSql(m_db, QStringLiteral("DELETE FROM basic_conditions WHERE case_id = ? AND condition_key = ?"),
                              {caseId, key}, "set condition"); !removed)
        return removed.error();
    auto q = runSql(m_db, QStringLiteral("INSERT INTO basic_conditions (case_id, condition_key, state, source, since, "
                                         "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {caseId, key, state, source, holds.isValid() ? QVariant(isoDate(holds)) : sqlNull(), timestampToSql(at), by},
                    "set condition");
    if (!q)
        return q.error();
    return success();
}

Result<CaseOrigin> CaseRepository::originOfNewWork(qint64 householdId) const
{
    auto signal = runSql(m_db, QStringLiteral("SELECT 1 FROM signals WHERE household_id = ? AND status = 'nieuw' LIMIT 1"),
                         {householdId}, "find new signal");
    if (!signal)
        return signal.error();
    if (signal->next())
        return CaseOrigin::Signal;
    auto notice = runSql(m_db, QStringLiteral("SELECT 1 FROM discharge_notices WHERE household_id = ? AND status = 'nieuw' "
                                              "AND lifecycle NOT IN ('afgerond', 'vervangen', 'ingetrokken') LIMIT 1"),
                         {householdId}, "find new discharge notice");
    if (!notice)
        return notice.error();
    return notice->next() ? CaseOrigin::Discharge : CaseOrigin::Manual;
}

Result<bool> CaseRepository::closeLinkedSignal(qint64 caseId, qint64 signalId, const ChangeStamp &stamp)
{
    auto closed = StatusHistory(m_db).change(StatusOf::Signal,
                                             QStringLiteral("id = ? AND status <> 'afgesloten' "
                                                            "AND id IN (SELECT signal_id FROM case_signals WHERE case_id = ?)"),
                                             {signalId, caseId}, QStringLiteral("afgesloten"), stamp);
    if (!closed)
        return closed.error();
    return *closed > 0;
}

Result<bool> CaseRepository::hasNotice(qint64 caseId, qint64 dischargeId) const
{
    auto q = runSql(m_db, QStringLiteral("SELECT 1 FROM case_discharges WHERE case_id = ? AND discharge_id = ?"),
                    {caseId, dischargeId}, "find case notice");
    if (!q)
        return q.error();
    return q->next();
}

} // namespace vangnet::cases
