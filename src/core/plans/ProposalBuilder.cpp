#include "plans/ProposalBuilder.h"

#include "planner/Planner.h"
#include "plans/Eligibility.h"
#include "plans/ProposalExplainer.h"

#include <QCoreApplication>

#include <algorithm>

namespace vangnet::plans {

namespace {

std::size_t at(int index)
{
    return static_cast<std::size_t>(index);
}

/// The candidates in household id order and the rest, with their Standing.
void splitHolders(const QList<NeedHolder> &holders, PlanProposal &proposal, const QDate &asOf)
{
    QList<NeedHolder> sorted = holders;
    std::sort(sorted.begin(), sorted.end(),
        [](const NeedHolder &a, const NeedHolder &b) { return a.householdId < b.householdId; });
    for (const NeedHolder &h : sorted) {
        const std::optional<planner::Tier> tier = h.tier();
        if (h.standing != Standing::Candidate || !tier) {
            proposal.notCandidates << h;
            continue;
        }
        proposal.candidates << ProposalCandidate{h, *tier, h.priority(asOf), QString()};
        proposal.instance.candidates.push_back({h.householdId, *tier, h.priority(asOf)});
    }
}

/// Every place in plek_id order with its capacity left: what the run's places are taken from and
/// what explanations name as nearest places.
QList<ProposalPlace> allPlaces(const PlanInputs &inputs)
{
    QList<ProposalPlace> places;
    places.reserve(inputs.places.size());
    for (const places::Place &p : inputs.places)
        places << ProposalPlace{p, p.details.capacity - inputs.taken.value(p.id)};
    std::sort(places.begin(), places.end(),
        [](const ProposalPlace &a, const ProposalPlace &b) { return a.place.details.plekId < b.place.details.plekId; });
    return places;
}

Error noCandidates(const PlanProposal &proposal)
{
    return Error::invalid({{QStringLiteral("candidates"),
        QCoreApplication::translate("vangnet::plans",
            "No candidates: no household has a housing need and an active "
            "flag (households with a need that are not candidates: %1).")
            .arg(proposal.notCandidates.size())}});
}

Error noPlaces(qsizetype places, const Eligibility &rules)
{
    return Error::invalid({{QStringLiteral("places"),
        QCoreApplication::translate("vangnet::plans",
            "No places available: none of the %1 places is free, has "
            "capacity left and is available by %2.")
            .arg(places)
            .arg(rules.horizonEnd().toString(QStringLiteral("dd-MM-yyyy")))}});
}

/// Staff pins as instance pairs, or every pin that cannot be kept with why (field "pins").
class PinCheck {
public:
    PinCheck(const PlanInputs &inputs, const PlanProposal &proposal, const QList<ProposalPlace> &places,
        const Eligibility &rules, const std::vector<PlaceTerms> &placeTerms, const QHash<qint64, int> &candidateOf,
        const QHash<qint64, int> &runPlaceOf)
        : m_inputs(inputs)
        , m_proposal(proposal)
        , m_places(places)
        , m_rules(rules)
        , m_placeTerms(placeTerms)
        , m_candidateOf(candidateOf)
        , m_runPlaceOf(runPlaceOf)
    { }

    Result<std::vector<planner::PlanPair>> pairs()
    {
        std::vector<planner::PlanPair> pins;
        QHash<int, int> perPlace;
        for (const PlanPin &pin : m_inputs.pins) {
            const auto placeIt = std::find_if(
                m_places.begin(), m_places.end(), [&](const ProposalPlace &p) { return p.place.id == pin.placeId; });
            const QString plekId
                = placeIt != m_places.end() ? placeIt->place.details.plekId : QStringLiteral("#%1").arg(pin.placeId);
            const auto candidate = m_candidateOf.constFind(pin.householdId);
            if (candidate == m_candidateOf.constEnd()) {
                refuse(pin, plekId, notCandidate(pin.householdId));
                continue;
            }
            if (placeIt == m_places.end()) {
                refuse(pin, plekId, QCoreApplication::translate("vangnet::plans", "the place is not in the inventory"));
                continue;
            }
            const int k = int(placeIt - m_places.begin());
            const NeedHolder &holder = m_proposal.candidates[*candidate].holder;
            RequirementSet failing = Eligibility::check(m_rules.needTerms(holder), m_placeTerms[at(k)]);
            for (const PlanExclusion &e : m_inputs.exclusions) {
                if (e.householdId == pin.householdId && e.placeId == pin.placeId)
                    failing.add(Eligibility::exclusionRequirement(e.source));
            }
            if (!failing.isEmpty()) {
                refuse(pin, plekId,
                    QCoreApplication::translate("vangnet::plans", "it breaks a hard requirement: %1")
                        .arg(requirementsText(
                            failing, holder, placeIt->place, placeIt->capacityLeft, m_rules.parameters())));
                continue;
            }
            const int place = m_runPlaceOf.value(placeIt->place.id);
            pins.push_back({*candidate, place});
            if (++perPlace[place] == placeIt->capacityLeft + 1) {
                m_errors << FieldError{QStringLiteral("pins"),
                    QCoreApplication::translate("vangnet::plans", "Pins on place %1 go beyond its capacity left (%2).")
                        .arg(plekId)
                        .arg(placeIt->capacityLeft)};
            }
        }
        if (m_errors.isEmpty())
            return pins;
        return Error::invalid(m_errors);
    }

private:
    QString notCandidate(qint64 householdId) const
    {
        for (const NeedHolder &h : m_proposal.notCandidates) {
            if (h.householdId == householdId)
                return QCoreApplication::translate("vangnet::plans", "the household is %1")
                    .arg(standingLabel(h.standing));
        }
        return QCoreApplication::translate("vangnet::plans", "the household has no housing need");
    }

    void refuse(const PlanPin &pin, const QString &plekId, const QString &why)
    {
        m_errors << FieldError{QStringLiteral("pins"),
            QCoreApplication::translate("vangnet::plans",
                "The pin of household %1 on place %2 "
                "cannot be kept: %3.")
                .arg(pin.householdId)
                .arg(plekId, why)};
    }

    const PlanInputs &m_inputs;
    const PlanProposal &m_proposal;
    const QList<ProposalPlace> &m_places;
    const Eligibility &m_rules;
    const std::vector<PlaceTerms> &m_placeTerms;
    const QHash<qint64, int> &m_candidateOf;
    const QHash<qint64, int> &m_runPlaceOf;
    QList<FieldError> m_errors;
};

} // namespace

Result<PlanProposal> ProposalBuilder::build(
    const PlanParameters &parameters, const PlanInputs &inputs, const PlanProgress &progress)
{
    PlanProposal proposal;
    proposal.parameters = parameters;
    splitHolders(inputs.holders, proposal, parameters.asOf);
    if (proposal.candidates.isEmpty())
        return noCandidates(proposal);

    Eligibility rules(parameters);
    const QList<ProposalPlace> places = allPlaces(inputs);
    std::vector<PlaceTerms> placeTerms;
    placeTerms.reserve(at(int(places.size())));
    std::vector<PlaceTerms> runTerms;
    QHash<qint64, int> runPlaceOf; // place id → index in the run
    for (const ProposalPlace &p : places) {
        placeTerms.push_back(rules.placeTerms(p.place, p.capacityLeft));
        if (!placeTerms.back().ownFailures.isEmpty())
            continue;
        runPlaceOf.insert(p.place.id, int(proposal.places.size()));
        runTerms.push_back(placeTerms.back());
        proposal.places << p;
        proposal.instance.places.push_back({p.place.details.plekId, p.capacityLeft});
    }
    if (proposal.places.isEmpty())
        return noPlaces(places.size(), rules);

    QHash<qint64, int> candidateOf; // household id → index
    for (int i = 0; i < proposal.candidates.size(); ++i)
        candidateOf.insert(proposal.candidates[i].holder.householdId, i);
    auto pins = PinCheck(inputs, proposal, places, rules, placeTerms, candidateOf, runPlaceOf).pairs();
    if (!pins)
        return pins.error();
    proposal.instance.pins = std::move(*pins);

    // Progress: one step per candidate for the pairs, one for the solve, one per explanation.
    const int n = int(proposal.candidates.size());
    const int total = 2 * n + 1;
    const auto report = [&](int done) { return !progress || progress(done, total); };
    for (int i = 0; i < n; ++i) {
        const NeedTerms need = rules.needTerms(proposal.candidates[i].holder);
        if (need.ownFailures.isEmpty()) {
            for (std::size_t j = 0; j < runTerms.size(); ++j) {
                if (Eligibility::check(need, runTerms[j]).isEmpty())
                    proposal.instance.pairs.push_back({i, int(j)});
            }
        }
        if (i % 64 == 63 && !report(i + 1)) {
            proposal.cancelled = true;
            return proposal;
        }
    }
    for (const PlanExclusion &e : inputs.exclusions) {
        const auto c = candidateOf.constFind(e.householdId);
        const auto p = runPlaceOf.constFind(e.placeId);
        if (c != candidateOf.constEnd() && p != runPlaceOf.constEnd())
            proposal.instance.exclusions.push_back({*c, *p});
    }

    auto result = planner::Planner::solve(proposal.instance);
    if (!result)
        return result.error();
    proposal.result = std::move(*result);
    if (!report(n + 1)) {
        proposal.cancelled = true;
        return proposal;
    }

    int explained = 0;
    const bool finished = ProposalExplainer(parameters, places, inputs.exclusions).explainAll(proposal, [&] {
        ++explained;
        return explained % 64 != 0 || report(n + 1 + explained);
    });
    if (!finished || !report(total))
        proposal.cancelled = true;
    return proposal;
}

} // namespace vangnet::plans
