#include "cases/CaseService.h"

#include "audit/AuditLog.h"
#include "cases/CaseRepository.h"
#include "cases/CaseTimelines.h"
#include "clocks/ClockService.h"
#include "history/StatusHistory.h"
#include "households/HouseholdService.h"
#include "importing/ImportKeys.h"
#include "rules/RulesService.h"
#include "security/AccessGuard.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"
#include "storage/NoteRepository.h"
#include "storage/SqlStatement.h"
#include "storage/Transaction.h"
#include "support/IsoDate.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

namespace vangnet::cases {

namespace {

Error invalid(const char *field, const QString &message)
{
    return Error::invalid({{QString::fromLatin1(field), message}});
}

Result<qint64> firstValue(const QSqlDatabase &db, const QString &sql, qint64 key, const QString &missing)
{
    auto q = runSql(db, sql, {key}, "find");
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound, missing};
    return q->value(0).toLongLong();
}

} // namespace

CaseService::CaseService(const Database &db, const Clock &clock, const Session &session)
    : m_database(db), m_db(db.connection()), m_clock(clock), m_session(session)
{
}

Result<qint64> CaseService::mayWorkOn(qint64 householdId) const
{
    auto team = HouseholdService(m_database, m_clock, m_session).mayView(householdId);
    if (!team)
        return team.error();
    if (auto allowed = AccessGuard(m_db, m_clock, m_session).requireTeam(Permission::WorkCases, *team, QStringLiteral("household"),
                                                                         householdId);
        !allowed)
        return allowed.error();
    return team;
}

Result<qint64> CaseService::householdOfCase(qint64 caseId) const
{
    auto household = firstValue(m_db, QStringLiteral("SELECT household_id FROM cases WHERE id = ?"), caseId,
                                QCoreApplication::translate("vangnet::cases::CaseService", "Case %1 does not exist.").arg(caseId));
    if (!household)
        return household.error();
    if (auto allowed = mayWorkOn(*household); !allowed)
        return allowed.error();
    return household;
}

Result<void> CaseService::audit(qint64 caseId, const QString &detail) const
{
    return AuditLog(m_db, m_clock).record(m_session, AuditAction::ChangeCase, QStringLiteral("case"), caseId,
                                          AuditResult::Success, {}, detail);
}

Result<void> CaseService::bump(qint64 caseId, int version, const QString &setSql, const QVariantList &values) const
{
    return CaseRepository(m_db, m_session.fields())
        .update(caseId, version, setSql, values, m_clock.now(), m_session.user().displayName);
}

ChangeStamp CaseService::stamp(QDate validFrom) const
{
    return {m_session.user().displayName, m_clock.now(), validFrom.isValid() ? validFrom : m_clock.today()};
}

// --- opening -------------------------------------------------------------------------------

Result<Case> CaseService::open(qint64 householdId, CaseOrigin origin, qint64 flagId, qint64 assigneeId,
                               const HelpRequest *request)
{
    if (auto allowed = mayWorkOn(householdId); !allowed)
        return allowed.error();
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    CaseRepository repo(m_db, m_session.fields());
    auto existing = repo.openCaseOf(householdId);
    if (!existing)
        return existing.error();
    if (*existing != 0)
        return Error{ErrorCode::Conflict, QCoreApplication::translate("vangnet::cases::CaseService", "This household already has an open case (%1). Work on that case, "
                                             "or close it first.").arg(*existing)};
    Case c;
    c.householdId = householdId;
    c.origin = origin;
    c.originFlagId = flagId;
    c.assigneeId = assigneeId;
    c.openedOn = m_clock.today();
    c.openedAt = m_clock.now();
    c.openedBy = m_session.user().displayName;
    c.type = request ? CaseType::Hulpvraag : origin == CaseOrigin::Discharge ? CaseType::Nazorg : CaseType::Vroegsignaal;
    if (request)
        c.request = *request;
    auto id = repo.insert(c);
    if (!id)
        return id.error();
    if (auto linked = repo.linkNew(*id, householdId, stamp()); !linked)
        return linked.error();
    if (auto seeded = repo.seedConditions(*id, m_clock.now(), c.openedBy); !seeded)
        return seeded.error();
    if (auto audited = audit(*id, QStringLiteral("open:%1 type:%2").arg(caseOriginKey(origin), caseTypeKey(c.type)));
        !audited)
        return audited.error();
    if (auto flagged = rules::RulesService(m_database, m_clock, m_session).evaluateHouseholds({householdId}); !flagged)
        return flagged.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    spdlog::info("case {} opened on household {}", *id, householdId);
    return repo.load(*id);
}

Result<Case> CaseService::openFromFlag(qint64 flagId)
{
    auto household = firstValue(m_db, QStringLiteral("SELECT household_id FROM flags WHERE id = ? AND resolved_on IS NULL"),
                                flagId, QCoreApplication::translate("vangnet::cases::CaseService", "This flag is no longer open."));
    if (!household)
        return household.error();
    return open(*household, CaseOrigin::Flag, flagId, 0);
}

Result<Case> CaseService::openFromSignal(qint64 signalId)
{
    auto household = firstValue(m_db, QStringLiteral("SELECT household_id FROM signals WHERE id = ?"), signalId,
                                QCoreApplication::translate("vangnet::cases::CaseService", "Signal %1 does not exist.").arg(signalId));
    if (!household)
        return household.error();
    return open(*household, CaseOrigin::Signal, 0, 0);
}

Result<Case> CaseService::openFromDischarge(qint64 dischargeId)
{
    auto household = firstValue(m_db, QStringLiteral("SELECT household_id FROM discharge_notices WHERE id = ?"), dischargeId,
                                QCoreApplication::translate("vangnet::cases::CaseService", "Discharge notice %1 does not exist.").arg(dischargeId));
    if (!household)
        return household.error();
    return open(*household, CaseOrigin::Discharge, 0, 0);
}

Result<Case> CaseService::openManual(qint64 householdId)
{
    return open(householdId, CaseOrigin::Manual, 0, 0);
}

Result<Case> CaseService::claim(qint64 householdId)
{
    if (auto allowed = mayWorkOn(householdId); !allowed)
        return allowed.error();
    const qint64 me = m_session.user().id;
    auto existing = CaseRepository(m_db, m_session.fields()).openCaseOf(householdId);
    if (!existing)
        return existing.error();
    if (*existing != 0) {
        auto c = get(*existing);
        if (!c)
            return c.error();
        if (c->assigneeId == me)
            return c;
        if (c->assigneeId != 0)
            return Error{ErrorCode::Conflict, QCoreApplication::translate("vangnet::cases::CaseService", "%1 already works on this case.").arg(c->assigneeName)};
        return assign(c->id, c->version, me);
    }
    return openFor(householdId, me);
}

Result<Case> CaseService::openFromQueue(qint64 householdId)
{
    if (auto allowed = mayWorkOn(householdId); !allowed)
        return allowed.error();
    return openFor(householdId, 0);
}

Result<Case> CaseService::openFor(qint64 householdId, qint64 assigneeId)
{
    auto q = runSql(m_db, QStringLiteral("SELECT id FROM flags WHERE household_id = ? AND resolved_on IS NULL "
                                         "ORDER BY severity DESC, score DESC, id LIMIT 1"), {householdId}, "find flag");
    if (!q)
        return q.error();
    const qint64 flagId = q->next() ? q->value(0).toLongLong() : 0;
    if (flagId)
        return open(householdId, CaseOrigin::Flag, flagId, assigneeId);
    // No flag: the queue offered it for a signal or a discharge notice nobody has taken up yet.
    auto origin = CaseRepository(m_db, m_session.fields()).originOfNewWork(householdId);
    if (!origin)
        return origin.error();
    return open(householdId, *origin, 0, assigneeId);
}

// --- reading -------------------------------------------------------------------------------

Result<Case> CaseService::getAtVersion(qint64 caseId, int version) const
{
    auto c = get(caseId);
    if (c && c->version != version) // what the user acted on is out of date: say so before judging it
        return CaseRepository::staleEdit(*c);
    return c;
}

Result<Case> CaseService::get(qint64 caseId) const
{
    if (auto household = householdOfCase(caseId); !household)
        return household.error();
    auto loaded = CaseRepository(m_db, m_session.fields()).load(caseId);
    if (!loaded)
        return AuditLog(m_db, m_clock).recordDamage(m_session, loaded.error(), QStringLiteral("case"), caseId);
    return loaded;
}

Result<QList<Case>> CaseService::casesOf(qint64 householdId) const
{
    if (auto allowed = mayWorkOn(householdId); !allowed)
        return allowed.error();
    return CaseRepository(m_db, m_session.fields()).forHousehold(householdId);
}

Result<qint64> CaseService::openCaseOf(qint64 householdId) const
{
    if (auto allowed = mayWorkOn(householdId); !allowed)
        return allowed.error();
    return CaseRepository(m_db, m_session.fields()).openCaseOf(householdId);
}

Result<CaseDetail> CaseService::detail(qint64 caseId, bool recordReading) const
{
    auto c = get(caseId);
    if (!c)
        return c.error();
    CaseRepository repo(m_db, m_session.fields());
    CaseDetail d;
    d.record = *c;
    auto name = runSql(m_db, QStringLiteral("SELECT display_name FROM households WHERE id = ?"), {c->householdId}, "read household");
    if (!name)
        return name.error();
    if (name->next())
        d.householdName = name->value(0).toString();
    auto attempts = repo.attempts(caseId);
    auto plan = repo.plan(caseId);
    auto conditions = repo.conditions(caseId);
    auto notes = NoteRepository(m_db, m_session.fields()).forCase(caseId);
    auto reminders = repo.reminders(caseId);
    auto unlinked = repo.unlinkedSignals(c->householdId);
    auto settings = ClockService(m_database, m_clock, m_session).settings();
    auto timeline = CaseTimelines(m_db).ofCase(*c);
    for (const Error *e : std::initializer_list<const Error *>{attempts.errorOrNull(), plan.errorOrNull(), conditions.errorOrNull(), notes.errorOrNull(),
                           reminders.errorOrNull(), unlinked.errorOrNull(), settings.errorOrNull(), timeline.errorOrNull()})
        if (e)
            return AuditLog(m_db, m_clock).recordDamage(m_session, *e, QStringLiteral("case"), caseId);
    d.attempts = *attempts;
    d.plan = *plan;
    d.conditions = *conditions;
    d.notes = *notes;
    d.reminders = *reminders;
    d.unlinkedSignalIds = *unlinked;
    d.deadlines = clocks::deadlines(*timeline, *settings, m_clock.today());
    if (recordReading)
        if (auto audited = AuditLog(m_db, m_clock).record(m_session, AuditAction::OpenCase, QStringLiteral("case"), caseId);
            !audited)
            return audited.error();
    return d;
}

Result<QList<CaseService::Worker>> CaseService::workersFor(qint64 caseId) const
{
    auto household = householdOfCase(caseId);
    if (!household)
        return household.error();
    return workersForHousehold(*household);
}

Result<QList<CaseService::Worker>> CaseService::workersForHousehold(qint64 householdId) const
{
    auto team = mayWorkOn(householdId);
    if (!team)
        return team.error();
    auto q = runSql(m_db, QStringLiteral("SELECT id, display_name FROM users WHERE team_id = ? AND active = 1 "
                                         "AND role IN ('consulent', 'teamleider') ORDER BY display_name, id"),
                    {*team}, "read team");
    if (!q)
        return q.error();
    QList<Worker> out;
    while (q->next())
        out << Worker{q->value(0).toLongLong(), q->value(1).toString()};
    return out;
}

// --- the case's own fields -------------------------------------------------------------------

Result<Case> CaseService::move(qint64 caseId, int version, CaseStatus to)
{
    auto c = getAtVersion(caseId, version);
    if (!c)
        return c.error();
    if (to == CaseStatus::Afgesloten)
        return invalid("outcome", QCoreApplication::translate("vangnet::cases::CaseService", "Closing a case needs an outcome: use Close case."));
    if (!canMove(c->status, to))
        return invalid("status", QCoreApplication::translate("vangnet::cases::CaseService", "A case cannot go from \"%1\" to \"%2\".")
                                     .arg(caseStatusLabel(c->status), caseStatusLabel(to)));
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    QString set = QStringLiteral("status = ?");
    QVariantList values{caseStatusKey(to)};
    if (to == CaseStatus::InBehandeling && !c->takenUpOn.isValid()) {
        set += QStringLiteral(", taken_up_on = ?");
        values << isoDate(m_clock.today());
    }
    const bool reopening = c->status == CaseStatus::Afgesloten;
    if (reopening)
        set += QStringLiteral(", closed_on = NULL, outcome = NULL");
    if (auto kept = StatusHistory(m_db).record(StatusOf::Case, QStringLiteral("id = ? AND version = ?"), {caseId, version},
                                               caseStatusKey(to), stamp());
        !kept)
        return kept.error();
    if (auto saved = bump(caseId, version, set, values); !saved)
        return saved.error();
    CaseRepository repo(m_db, m_session.fields());
    if (reopening) {
        if (auto reset = repo.setLinkedStatus(caseId, QStringLiteral("in_behandeling"), ddas::notYetTakenUp(), stamp()); !reset)
            return reset.error();
        if (auto flagged = rules::RulesService(m_database, m_clock, m_session).evaluateHouseholds({c->householdId}); !flagged)
            return flagged.error();
    }
    if (auto audited = audit(caseId, QStringLiteral("status:%1>%2").arg(caseStatusKey(c->status), caseStatusKey(to)));
        !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return repo.load(caseId);
}

Result<Case> CaseService::close(qint64 caseId, int version, const QString &outcome, QDate closedOn,
                                const QString &internalReason)
{
    return close(caseId, version, Closing{outcome, closedOn, internalReason, {}, true});
}

Result<Case> CaseService::assign(qint64 caseId, int version, qint64 userId)
{
    auto c = getAtVersion(caseId, version);
    if (!c)
        return c.error();
    if (auto written = writeAssignment(*c, userId); !written)
        return written.error();
    return CaseRepository(m_db, m_session.fields()).load(caseId);
}

Result<void> CaseService::writeAssignment(const Case &c, qint64 userId)
{
    const qint64 caseId = c.id;
    const qint64 me = m_session.user().id;
    const bool takeFree = userId == me && (c.assigneeId == 0 || c.assigneeId == me);
    const bool giveUpOwn = userId == 0 && c.assigneeId == me;
    if (!takeFree && !giveUpOwn) {
        if (!m_session.can(Permission::AssignCases)) {
            if (c.assigneeId != 0 && userId == me)
                return Error{ErrorCode::Conflict, QCoreApplication::translate("vangnet::cases::CaseService", "%1 already works on this case.").arg(c.assigneeName)};
            if (auto allowed = AccessGuard(m_db, m_clock, m_session).require(Permission::AssignCases, QStringLiteral("case"), caseId,
                                                                             QStringLiteral("attempt:assign"));
                !allowed)
                return allowed.error();
        }
    }
    if (userId != 0) {
        auto workers = workersFor(caseId);
        if (!workers)
            return workers.error();
        const bool ofTeam = std::any_of(workers->cbegin(), workers->cend(), [&](const Worker &w) { return w.id == userId; });
        if (!ofTeam)
            return invalid("assignee", QCoreApplication::translate("vangnet::cases::CaseService", "Only an active caseworker or team lead of the household's team can get this case."));
    }
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    if (auto saved = bump(caseId, c.version, QStringLiteral("assignee_id = ?"), {userId ? QVariant(userId) : sqlNull()}); !saved)
        return saved.error();
    if (auto audited = audit(caseId, QStringLiteral("assign:%1").arg(userId)); !audited)
        return audited.error();
    return tx.commit();
}

Result<int> CaseService::assignEach(const QList<qint64> &ids, qint64 userId,
                                    const std::function<Result<Case>(qint64)> &caseFor)
{
    if (auto allowed = AccessGuard(m_db, m_clock, m_session).require(Permission::AssignCases, QStringLiteral("case"), 0,
                                                                     QStringLiteral("attempt:assign"));
        !allowed)
        return allowed.error();
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    int assigned = 0;
    for (qint64 id : ids) {
        auto c = caseFor(id);
        if (!c)
            return c.error();
        if (c->assigneeId == userId)
            continue;
        if (auto done = writeAssignment(*c, userId); !done)
            return done.error();
        ++assigned;
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return assigned;
}

Result<int> CaseService::bulkAssign(const QList<qint64> &caseIds, qint64 userId)
{
    return assignEach(caseIds, userId, [this](qint64 caseId) { return get(caseId); });
}

Result<int> CaseService::assignHouseholds(const QList<qint64> &householdIds, qint64 userId)
{
    return assignEach(householdIds, userId, [this](qint64 householdId) -> Result<Case> {
        auto existing = openCaseOf(householdId);
        if (!existing)
            return existing.error();
        return *existing != 0 ? get(*existing) : openFromQueue(householdId);
    });
}

Result<Case> CaseService::linkNewSignals(qint64 caseId)
{
    auto c = get(caseId);
    if (!c)
        return c.error();
    if (c->status == CaseStatus::Afgesloten)
        return invalid("status", QCoreApplication::translate("vangnet::cases::CaseService", "A closed case takes no new signals; reopen it or open a new case."));
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    CaseRepository repo(m_db, m_session.fields());
    auto linked = repo.linkNew(caseId, c->householdId, stamp());
    if (!linked)
        return linked.error();
    if (auto seeded = repo.seedConditions(caseId, m_clock.now(), m_session.user().displayName); !seeded)
        return seeded.error();
    if (auto audited = audit(caseId, QStringLiteral("link:%1").arg(*linked)); !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return repo.load(caseId);
}

} // namespace vangnet::cases
