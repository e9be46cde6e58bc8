// PlanWorkflowService: staff pins and exclusions (plan_pins, plan_exclusions).
#include "plans/PlanWorkflowService.h"

#include "needs/NeedRepository.h"
#include "places/PlaceKeys.h"
#include "places/PlaceRepository.h"
#include "plans/PlanStateRepository.h"
#include "security/Session.h"
#include "storage/HouseholdRepository.h"
#include "storage/Transaction.h"
#include "support/Clock.h"

#include <QCoreApplication>

#include <algorithm>

namespace vangnet::plans {

namespace {

const QString householdObject = QStringLiteral("household");

Result<places::Place> placeNamed(const QSqlDatabase &db, const QString &plekId)
{
    auto found = places::PlaceRepository(db).find(plekId.trimmed());
    if (!found)
        return found.error();
    if (!*found)
        return Error{ErrorCode::NotFound, QCoreApplication::translate("vangnet::plans::PlanWorkflowService",
                                                                      "There is no place with plek_id \"%1\".")
                                              .arg(plekId.trimmed())};
    return **found;
}

/// The exclusion of the pair, if there is one.
Result<std::optional<PlanExclusion>> exclusionOf(const QSqlDatabase &db, qint64 householdId, qint64 placeId)
{
    auto all = PlanStateRepository(db).exclusions();
    if (!all)
        return all.error();
    const auto found = std::find_if(all->cbegin(), all->cend(), [&](const PlanExclusion &e) {
        return e.householdId == householdId && e.placeId == placeId;
    });
    return found == all->cend() ? std::optional<PlanExclusion>() : std::optional<PlanExclusion>(*found);
}

Result<std::optional<PlanPin>> pinOf(const QSqlDatabase &db, qint64 householdId)
{
    auto all = PlanStateRepository(db).pins();
    if (!all)
        return all.error();
    const auto found = std::find_if(all->cbegin(), all->cend(), [&](const PlanPin &p) { return p.householdId == householdId; });
    return found == all->cend() ? std::optional<PlanPin>() : std::optional<PlanPin>(*found);
}

} // namespace

Result<qint64> PlanWorkflowService::mayActOnHousehold(qint64 householdId, Permission permission,
                                                      const QString &attempt) const
{
    auto team = HouseholdRepository(m_db).teamOf(householdId);
    if (!team && team.error().code != ErrorCode::NotFound)
        return team.error();
    // One message for "does not exist" and "not yours", as for housing needs.
    const Error unknown{ErrorCode::NotFound, QCoreApplication::translate("vangnet::plans::PlanWorkflowService",
                                                                         "There is no household %1 that you may see.")
                                                 .arg(householdId)};
    if (auto ok = mayAct(permission, team ? *team : 0, householdObject, householdId, attempt); !ok)
        return ok.error().code == ErrorCode::PermissionDenied && m_session.can(permission) ? unknown : ok.error();
    if (!team)
        return unknown;
    return *team;
}

Result<void> PlanWorkflowService::pin(qint64 householdId, const QString &plekId)
{
    if (auto team = mayActOnHousehold(householdId, Permission::ApprovePlacements, QStringLiteral("pin")); !team)
        return team.error();
    auto place = placeNamed(m_db, plekId);
    if (!place)
        return place.error();
    const QString plek = place->details.plekId;
    auto need = needs::NeedRepository(m_db).find(householdId);
    if (!need)
        return need.error();
    if (!*need)
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vangnet::plans::PlanWorkflowService",
            "Household %1 has no housing need; record one before pinning it to a place.").arg(householdId)};
    if (place->status != places::PlaceStatus::Vrij)
        return Error{ErrorCode::Conflict, QCoreApplication::translate("vangnet::plans::PlanWorkflowService",
            "Place %1 is %2; only a place that is vrij can take a pin.").arg(plek, places::placeStatusLabel(place->status))};
    auto excluded = exclusionOf(m_db, householdId, place->id);
    if (!excluded)
        return excluded.error();
    if (*excluded)
        return Error{ErrorCode::Conflict, QCoreApplication::translate("vangnet::plans::PlanWorkflowService",
            "Household %1 and place %2 are excluded (%3); lift the exclusion first.")
            .arg(QString::number(householdId), plek, exclusionSourceKey((*excluded)->source))};

    PlanStateRepository state(m_db);
    auto pins = state.pins();
    if (!pins)
        return pins.error();
    int pinnedHere = 0;
    for (const PlanPin &p : *pins) {
        if (p.householdId == householdId && p.placeId == place->id)
            return success(); // pinned there already
        pinnedHere += p.placeId == place->id ? 1 : 0;
    }
    auto taken = state.takenCapacity();
    if (!taken)
        return taken.error();
    const int used = taken->value(place->id);
    if (pinnedHere + used >= place->details.capacity)
        return Error{ErrorCode::Conflict, QCoreApplication::translate("vangnet::plans::PlanWorkflowService",
            "Place %1 takes %2 household(s); with %3 pinned and %4 taken there is no room for another pin.")
            .arg(plek).arg(place->details.capacity).arg(pinnedHere).arg(used)};

    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun;
    if (auto added = state.addPin(householdId, place->id, m_session.user().username, m_clock.now().toUTC()); !added)
        return added;
    if (auto audited = audit(householdObject, householdId, QStringLiteral("pin place:%1").arg(plek)); !audited)
        return audited;
    return tx.commit();
}

Result<void> PlanWorkflowService::unpin(qint64 householdId)
{
    if (auto team = mayActOnHousehold(householdId, Permission::ApprovePlacements, QStringLiteral("unpin")); !team)
        return team.error();
    auto pin = pinOf(m_db, householdId);
    if (!pin)
        return pin.error();
    if (!*pin)
        return Error{ErrorCode::NotFound, QCoreApplication::translate("vangnet::plans::PlanWorkflowService",
                                                                      "Household %1 has no pin.").arg(householdId)};
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun;
    if (auto removed = PlanStateRepository(m_db).removePin(householdId); !removed)
        return removed;
    if (auto audited = audit(householdObject, householdId, QStringLiteral("unpin place_id:%1").arg((*pin)->placeId));
        !audited)
        return audited;
    return tx.commit();
}

Result<void> PlanWorkflowService::exclude(qint64 householdId, const QString &plekId)
{
    if (auto team = mayActOnHousehold(householdId, Permission::WorkCases, QStringLiteral("exclude")); !team)
        return team.error();
    auto place = placeNamed(m_db, plekId);
    if (!place)
        return place.error();
    auto pin = pinOf(m_db, householdId);
    if (!pin)
        return pin.error();
    if (*pin && (*pin)->placeId == place->id)
        return Error{ErrorCode::Conflict, QCoreApplication::translate("vangnet::plans::PlanWorkflowService",
            "Household %1 is pinned to %2; remove the pin first.").arg(QString::number(householdId), place->details.plekId)};
    auto excluded = exclusionOf(m_db, householdId, place->id);
    if (!excluded)
        return excluded.error();
    if (*excluded)
        return success(); // ruled out already
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun;
    if (auto added = PlanStateRepository(m_db).addExclusion(householdId, place->id, ExclusionSource::Staff,
                                                            m_session.user().username, m_clock.now().toUTC());
        !added)
        return added;
    if (auto audited = audit(householdObject, householdId, QStringLiteral("exclude place:%1").arg(place->details.plekId));
        !audited)
        return audited;
    return tx.commit();
}

Result<void> PlanWorkflowService::unexclude(qint64 householdId, const QString &plekId)
{
    if (auto team = mayActOnHousehold(householdId, Permission::ApprovePlacements, QStringLiteral("unexclude")); !team)
        return team.error();
    auto place = placeNamed(m_db, plekId);
    if (!place)
        return place.error();
    auto excluded = exclusionOf(m_db, householdId, place->id);
    if (!excluded)
        return excluded.error();
    if (!*excluded)
        return Error{ErrorCode::NotFound, QCoreApplication::translate("vangnet::plans::PlanWorkflowService",
            "Household %1 and place %2 are not excluded.").arg(QString::number(householdId), place->details.plekId)};
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun;
    if (auto removed = PlanStateRepository(m_db).removeExclusion(householdId, place->id); !removed)
        return removed;
    if (auto audited = audit(householdObject, householdId, QStringLiteral("unexclude place:%1 source:%2")
                                                               .arg(place->details.plekId,
                                                                    exclusionSourceKey((*excluded)->source)));
        !audited)
        return audited;
    return tx.commit();
}

} // namespace vangnet::plans
