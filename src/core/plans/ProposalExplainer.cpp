#include "plans/ProposalExplainer.h"

#include "planner/PlanExplainer.h"

#include <QCoreApplication>

#include <algorithm>

namespace vangnet::plans {

namespace {

constexpr int namedAlternatives = 3;

std::size_t at(qsizetype index)
{
    return static_cast<std::size_t>(index);
}

} // namespace

ProposalExplainer::ProposalExplainer(
    const PlanParameters &parameters, QList<ProposalPlace> places, const QList<PlanExclusion> &exclusions)
    : m_parameters(parameters)
    , m_places(std::move(places))
    , m_rules(parameters)
{
    for (const PlanExclusion &e : exclusions)
        m_exclusions[e.householdId].append(e);
    m_placeTerms.reserve(at(m_places.size()));
    for (const ProposalPlace &p : m_places)
        m_placeTerms.push_back(m_rules.placeTerms(p.place, p.capacityLeft));
}

std::optional<ExclusionSource> ProposalExplainer::exclusion(qint64 householdId, qint64 placeId) const
{
    for (const PlanExclusion &e : m_exclusions.value(householdId)) {
        if (e.placeId == placeId)
            return e.source;
    }
    return std::nullopt;
}

bool ProposalExplainer::explainAll(PlanProposal &proposal, const std::function<bool()> &tick) const
{
    // The usable alternatives of every candidate at once: its pairs minus its exclusions.
    const std::size_t n = at(proposal.candidates.size());
    std::vector<std::vector<int>> usable(n);
    for (const planner::PlanPair &pair : proposal.instance.pairs)
        usable[at(pair.candidate)].push_back(pair.place);
    for (const planner::PlanPair &e : proposal.instance.exclusions) {
        std::vector<int> &places = usable[at(e.candidate)];
        places.erase(std::remove(places.begin(), places.end(), e.place), places.end());
    }
    for (std::size_t i = 0; i < n; ++i)
        std::sort(usable[i].begin(), usable[i].end());

    std::vector<const planner::PlanUnplaced *> reasonOf(n, nullptr);
    for (const planner::PlanUnplaced &u : proposal.result.unplaced)
        reasonOf[at(u.candidate)] = &u;
    for (std::size_t i = 0; i < n; ++i) {
        ProposalCandidate &c = proposal.candidates[qsizetype(i)];
        if (reasonOf[i])
            c.explanation = notPlaced(proposal, *reasonOf[i]);
        else if (i < proposal.result.placeOf.size() && proposal.result.placeOf[i] >= 0)
            c.explanation = placed(proposal, int(i), usable[i]);
        if (tick && !tick())
            return false;
    }
    return true;
}

QString ProposalExplainer::explain(const PlanProposal &proposal, int candidate) const
{
    for (const planner::PlanUnplaced &u : proposal.result.unplaced) {
        if (u.candidate == candidate)
            return notPlaced(proposal, u);
    }
    std::vector<int> usable;
    for (const planner::PlanPair &pair : proposal.instance.pairs) {
        if (pair.candidate == candidate)
            usable.push_back(pair.place);
    }
    for (const planner::PlanPair &e : proposal.instance.exclusions) {
        if (e.candidate == candidate)
            usable.erase(std::remove(usable.begin(), usable.end(), e.place), usable.end());
    }
    std::sort(usable.begin(), usable.end());
    return placed(proposal, candidate, usable);
}

QString ProposalExplainer::placed(
    const PlanProposal &proposal, int candidate, const std::vector<int> &alternatives) const
{
    const std::size_t c = at(candidate);
    const int place = proposal.result.placeOf[c];
    if (place < 0)
        return {};
    const ProposalCandidate &who = proposal.candidates[candidate];
    const auto plekId = [&](int p) { return proposal.places[p].place.details.plekId; };
    QStringList parts;
    parts << QCoreApplication::translate(
        "vangnet::plans", "Proposed: %1. It meets every requirement; tier %2, priority %3.")
                 .arg(plekId(place), planner::tierKey(who.tier))
                 .arg(who.priority);
    const bool pinned = std::any_of(proposal.instance.pins.begin(), proposal.instance.pins.end(),
        [&](const planner::PlanPair &pin) { return pin.candidate == candidate; });
    if (pinned)
        parts << QCoreApplication::translate("vangnet::plans", "Pinned by staff.");
    QStringList named;
    int others = 0;
    for (const int p : alternatives) {
        if (p == place)
            continue;
        if (++others <= namedAlternatives)
            named << plekId(p);
    }
    if (others > namedAlternatives)
        named << QStringLiteral("…");
    if (others == 0)
        parts << QCoreApplication::translate("vangnet::plans", "It had no other eligible place.");
    else
        parts << QCoreApplication::translate(
            "vangnet::plans", "It had %n other eligible place(s): %1.", nullptr, others)
                     .arg(named.join(QStringLiteral(", ")));
    const int greedy = c < proposal.result.greedyPlaceOf.size() ? proposal.result.greedyPlaceOf[c] : -1;
    if (greedy == place)
        parts << QCoreApplication::translate("vangnet::plans", "The greedy baseline would give it the same place.");
    else if (greedy >= 0)
        parts << QCoreApplication::translate("vangnet::plans", "The greedy baseline would give it %1.")
                     .arg(plekId(greedy));
    else
        parts << QCoreApplication::translate("vangnet::plans", "The greedy baseline would not place it.");
    return parts.join(QLatin1Char(' '));
}

QString ProposalExplainer::notPlaced(const PlanProposal &proposal, const planner::PlanUnplaced &unplaced) const
{
    const ProposalCandidate &who = proposal.candidates[unplaced.candidate];
    QString text = QCoreApplication::translate("vangnet::plans", "Not placed (tier %1, priority %2): %3.")
                       .arg(planner::tierKey(who.tier))
                       .arg(who.priority)
                       .arg(planner::PlanExplainer::text(unplaced));
    if (unplaced.reason != planner::UnplacedReason::NoEligiblePlace
        && unplaced.reason != planner::UnplacedReason::AllExcluded)
        return text;
    QStringList nearest;
    for (const NearPlace &near : nearestPlaces(who.holder)) {
        const ProposalPlace &p = m_places[near.place];
        nearest << QStringLiteral("%1 (%2)").arg(
            p.place.details.plekId, requirementsText(near.failing, who.holder, p.place, p.capacityLeft, m_parameters));
    }
    if (!nearest.isEmpty())
        text += QLatin1Char(' ')
            + QCoreApplication::translate("vangnet::plans", "Nearest places: %1.")
                  .arg(nearest.join(QStringLiteral(", ")));
    return text;
}

QList<NearPlace> ProposalExplainer::nearestPlaces(const NeedHolder &holder, int count) const
{
    const NeedTerms need = m_rules.needTerms(holder);
    const QList<PlanExclusion> excluded = m_exclusions.value(holder.householdId); // usually none
    // The places are in plek_id order, so a stable choice of the fewest failures breaks ties by plek_id.
    QList<NearPlace> nearest;
    for (qsizetype k = 0; k < m_places.size(); ++k) {
        RequirementSet failing = Eligibility::check(need, m_placeTerms[at(k)]);
        for (const PlanExclusion &e : excluded) {
            if (e.placeId == m_places[k].place.id)
                failing.add(Eligibility::exclusionRequirement(e.source));
        }
        const auto after = std::upper_bound(nearest.begin(), nearest.end(), failing.count(),
            [](int c, const NearPlace &near) { return c < near.failing.count(); });
        if (after - nearest.begin() >= count)
            continue;
        nearest.insert(after, NearPlace{int(k), failing});
        if (nearest.size() > count)
            nearest.removeLast();
    }
    return nearest;
}

QString ProposalExplainer::pair(const NeedHolder &holder, int place) const
{
    const ProposalPlace &p = m_places[place];
    return pair(holder, p, exclusion(holder.householdId, p.place.id), m_parameters);
}

QString ProposalExplainer::pair(const NeedHolder &holder, const ProposalPlace &place,
    std::optional<ExclusionSource> exclusion, const PlanParameters &parameters)
{
    const RequirementSet failing = failingRequirements(holder, place.place, place.capacityLeft, exclusion, parameters);
    if (failing.isEmpty())
        return QCoreApplication::translate("vangnet::plans", "%1 is suitable: it meets every requirement.")
            .arg(place.place.details.plekId);
    return QCoreApplication::translate("vangnet::plans", "%1 is not suitable: %2.")
        .arg(
            place.place.details.plekId, requirementsText(failing, holder, place.place, place.capacityLeft, parameters));
}

} // namespace vangnet::plans
