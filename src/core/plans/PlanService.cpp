#include "plans/PlanService.h"

#include "places/PlaceRepository.h"
#include "plans/CandidateRepository.h"
#include "plans/PlanStateRepository.h"
#include "plans/ProposalExplainer.h"
#include "security/AccessGuard.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "support/Clock.h"

#include <QCoreApplication>

#include <algorithm>

namespace vangnet::plans {

namespace {

const QString planObject = QStringLiteral("plan");

} // namespace

PlanService::PlanService(const Database &db, const Clock &clock, const Session &session)
    : m_db(db.connection())
    , m_clock(clock)
    , m_session(session)
{ }

Result<void> PlanService::allowed() const
{
    return AccessGuard(m_db, m_clock, m_session)
        .require(Permission::ApprovePlacements, planObject, 0, QStringLiteral("attempt:plan_propose"));
}

Result<PlanParameters> PlanService::checked(PlanParameters parameters) const
{
    if (!parameters.asOf.isValid())
        parameters.asOf = m_clock.today();
    if (parameters.horizonDays < 0 || parameters.horizonDays > maxHorizonDays)
        return Error::invalid({{QStringLiteral("horizon_days"),
            QCoreApplication::translate("vangnet::plans", "The horizon is a number of days from 0 to %1, not %2.")
                .arg(maxHorizonDays)
                .arg(parameters.horizonDays)}});
    return parameters;
}

Result<PlanInputs> PlanService::readInputs() const
{
    PlanInputs inputs;
    auto holders = CandidateRepository(m_db).needHolders();
    if (!holders)
        return holders.error();
    inputs.holders = std::move(*holders);
    auto places = places::PlaceRepository(m_db).all();
    if (!places)
        return places.error();
    inputs.places = std::move(*places);
    const PlanStateRepository state(m_db);
    auto pins = state.pins();
    if (!pins)
        return pins.error();
    inputs.pins = std::move(*pins);
    auto exclusions = state.exclusions();
    if (!exclusions)
        return exclusions.error();
    inputs.exclusions = std::move(*exclusions);
    auto taken = state.takenCapacity();
    if (!taken)
        return taken.error();
    inputs.taken = std::move(*taken);
    return inputs;
}

Result<PlanInputs> PlanService::prepare(PlanParameters &parameters) const
{
    if (auto ok = allowed(); !ok)
        return ok.error();
    auto checkedParameters = checked(parameters);
    if (!checkedParameters)
        return checkedParameters.error();
    parameters = *checkedParameters;
    return readInputs();
}

Result<PlanProposal> PlanService::propose(
    const PlanParameters &parameters, const std::function<bool(int, int)> &progress) const
{
    PlanParameters run = parameters;
    auto inputs = prepare(run);
    if (!inputs)
        return inputs.error();
    return ProposalBuilder::build(run, *inputs, progress);
}

Result<QString> PlanService::explainPair(const PlanParameters &parameters, qint64 householdId, qint64 placeId) const
{
    PlanParameters run = parameters;
    auto inputs = prepare(run);
    if (!inputs)
        return inputs.error();
    const auto holder = std::find_if(inputs->holders.cbegin(), inputs->holders.cend(),
        [&](const NeedHolder &h) { return h.householdId == householdId; });
    const auto place = std::find_if(
        inputs->places.cbegin(), inputs->places.cend(), [&](const places::Place &p) { return p.id == placeId; });
    if (holder == inputs->holders.cend())
        return Error(ErrorCode::NotFound,
            QCoreApplication::translate("vangnet::plans", "Household %1 has no housing need.").arg(householdId));
    if (place == inputs->places.cend())
        return Error(ErrorCode::NotFound,
            QCoreApplication::translate("vangnet::plans", "There is no place with id %1.").arg(placeId));
    std::optional<ExclusionSource> exclusion;
    for (const PlanExclusion &e : inputs->exclusions) {
        if (e.householdId == householdId && e.placeId == placeId)
            exclusion = e.source;
    }
    const ProposalPlace target{*place, place->details.capacity - inputs->taken.value(placeId)};
    return ProposalExplainer::pair(*holder, target, exclusion, run);
}

} // namespace vangnet::plans
