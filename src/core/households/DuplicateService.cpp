#include "households/DuplicateService.h"

#include "audit/AuditLog.h"
#include "households/DuplicateRepository.h"
#include "security/AccessGuard.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"
#include "storage/Transaction.h"
#include "support/Clock.h"

#include <QCoreApplication>

namespace vangnet::households {

namespace {

const QString householdObject = QStringLiteral("household");

} // namespace

DuplicateService::DuplicateService(const Database &db, const Clock &clock, const Session &session)
    : m_db(db.connection())
    , m_clock(clock)
    , m_session(session)
{ }

Result<QList<DuplicatePair>> DuplicateService::candidates() const
{
    AccessGuard guard(m_db, m_clock, m_session);
    if (auto allowed
        = guard.require(Permission::ViewHouseholds, householdObject, 0, QStringLiteral("attempt:duplicates"));
        !allowed)
        return allowed.error();
    const qint64 team = m_session.user().teamId;
    if (!m_session.canSeeTeam(team))
        return QList<DuplicatePair>(); // no team: no households to compare
    DuplicateRepository repository(m_db);
    auto households = repository.households(team);
    if (!households)
        return households.error();
    auto members = repository.members(team);
    if (!members)
        return members.error();
    auto dismissed = repository.dismissed(team);
    if (!dismissed)
        return dismissed.error();
    return DuplicateFinder(std::move(*households), std::move(*members)).find(*dismissed);
}

Result<void> DuplicateService::notDuplicate(qint64 a, qint64 b)
{
    AccessGuard guard(m_db, m_clock, m_session);
    if (auto allowed
        = guard.require(Permission::EditHouseholds, householdObject, a, QStringLiteral("attempt:not_duplicate"));
        !allowed)
        return allowed;
    if (a == b)
        return Error{ErrorCode::Invalid,
            QCoreApplication::translate(
                "vangnet::households::DuplicateService", "A household is no pair with itself.")};
    HouseholdRepository households(m_db);
    for (const qint64 id : {a, b}) {
        auto team = households.teamOf(id);
        if (!team && team.error().code != ErrorCode::NotFound)
            return team.error();
        if (!team || !m_session.canSeeTeam(*team))
            return guard.refuse(Error{ErrorCode::NotFound,
                                    QCoreApplication::translate("vangnet::households::DuplicateService",
                                        "There is no household %1 that you may see.")
                                        .arg(id)},
                householdObject, id, QStringLiteral("attempt:not_duplicate"));
    }
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun;
    if (auto stored = DuplicateRepository(m_db).dismiss(
            {std::min(a, b), std::max(a, b)}, m_clock.now().toUTC(), m_session.user().username);
        !stored)
        return stored;
    if (auto audited
        = AuditLog(m_db, m_clock)
              .record(m_session, AuditAction::ChangeHousehold, householdObject, std::min(a, b), AuditResult::Success,
                  {}, QStringLiteral("not a duplicate of household %1").arg(std::max(a, b)));
        !audited)
        return audited;
    return tx.commit();
}

} // namespace vangnet::households
