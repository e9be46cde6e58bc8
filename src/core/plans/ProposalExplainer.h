#pragma once

#include "plans/Eligibility.h"
#include "plans/PlanProposal.h"
#include "plans/PlanStateRepository.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace vangnet::plans {

/// A place near to fitting a household that fits none: its failing requirements.
struct NearPlace {
    int place = 0; ///< index in ProposalExplainer::places()
    RequirementSet failing; ///< never empty for a household without an eligible place
};

/// Explains a proposal in Dutch (docs/planner.md, "Explanations"), one text per candidate:
///  - placed: the place, that it meets every requirement, the tier and priority, the other
///    eligible places it had (how many, up to three by plek_id), a staff pin, and what the greedy
///    baseline would have done with it;
///  - not placed: the solver's reason (planner::PlanExplainer::text, which names a tier, never a
///    person), and for "no eligible place" and "all excluded" the three nearest places: those
///    with the fewest failing requirements (ties by plek_id), each with what fails.
/// And any one household–place pair on demand, for the explanation pane.
class ProposalExplainer {
public:
    /// `places`: every place (in the run or not) with its capacity left, in plek_id order;
    /// `exclusions`: every stored exclusion.
    ProposalExplainer(
        const PlanParameters &parameters, QList<ProposalPlace> places, const QList<PlanExclusion> &exclusions);

    const QList<ProposalPlace> &places() const { return m_places; }

    /// Fills `candidates[i].explanation` of every candidate; `tick` after each (false stops: the
    /// result is then false and the rest stay empty).
    bool explainAll(PlanProposal &proposal, const std::function<bool()> &tick = {}) const;
    /// The explanation of candidate `candidate` (an index of the proposal).
    QString explain(const PlanProposal &proposal, int candidate) const;

    /// Up to `count` places with the fewest failing requirements for the household, fewest
    /// first, ties by plek_id.
    QList<NearPlace> nearestPlaces(const NeedHolder &holder, int count = 3) const;

    /// One pair: "WP-001 is suitable: …" or "WP-001 is not suitable: too many persons (3, …)".
    QString pair(const NeedHolder &holder, int place) const;
    /// The same for any household, place and exclusion, without an explainer.
    static QString pair(const NeedHolder &holder, const ProposalPlace &place, std::optional<ExclusionSource> exclusion,
        const PlanParameters &parameters);

private:
    std::optional<ExclusionSource> exclusion(qint64 householdId, qint64 placeId) const;
    QString placed(const PlanProposal &proposal, int candidate, const std::vector<int> &alternatives) const;
    QString notPlaced(const PlanProposal &proposal, const planner::PlanUnplaced &unplaced) const;

    PlanParameters m_parameters;
    QList<ProposalPlace> m_places;
    QHash<qint64, QList<PlanExclusion>> m_exclusions; ///< by household id
    Eligibility m_rules;
    std::vector<PlaceTerms> m_placeTerms;
};

} // namespace vangnet::plans
