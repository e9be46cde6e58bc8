#pragma once

#include "places/Place.h"
#include "plans/NeedHolder.h"
#include "plans/PlanProposal.h"
#include "plans/PlanStateRepository.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace vangnet::plans {

/// A hard requirement of a household–place pair (docs/planner.md, "Eligibility"). Every one
/// must hold for the planner to propose the pair; the list is the municipality's policy. In the
/// order explanations list them: the place's own state first, then the household's, then the pair.
enum class Requirement {
    PlaceNotFree, ///< the place's status is not vrij
    NoCapacityLeft, ///< capacity minus what placements and proposals in progress take is below 1
    PlaceNotAvailable, ///< beschikbaar_vanaf after asOf + horizon
    NeedBeyondHorizon, ///< the need's vanaf after asOf + horizon
    TooManyPersons, ///< persons > max_personen
    TooYoung, ///< the applicant's age on asOf below min_leeftijd
    TooOld, ///< the applicant's age on asOf above max_leeftijd
    AgeUnknown, ///< no applicant or no birth date, while the place has an age bound
    NoWheelchair, ///< a wheelchair is needed, the place has rolstoel=nee
    NoPets, ///< a pet comes along, the place has huisdieren=nee
    TooLittleCare, ///< the care needed exceeds the care the place provides
    WoonvormNotWanted, ///< the need names woonvormen and the place's is not one of them
    WijkNotWanted, ///< the need names wijken and the place's is not one of them
    Declined, ///< the household declined this place before (exclusion afgewezen)
    ExcludedByStaff, ///< staff ruled the pair out (exclusion medewerker)
};

inline constexpr int requirementCount = 15;

/// "place_not_free", "no_capacity_left", …: stable keys for scripts and stored runs.
QString requirementKey(Requirement requirement);

/// A set of failing requirements: a bit per Requirement, so a pair check allocates nothing.
class RequirementSet {
public:
    constexpr RequirementSet() = default;

    void add(Requirement r) { m_bits |= bit(r); }
    bool contains(Requirement r) const { return (m_bits & bit(r)) != 0; }
    bool isEmpty() const { return m_bits == 0; }
    int count() const;
    /// The requirements in the order of the enum.
    QList<Requirement> toList() const;

    RequirementSet &operator|=(RequirementSet other)
    {
        m_bits |= other.m_bits;
        return *this;
    }
    friend RequirementSet operator|(RequirementSet a, RequirementSet b) { return a |= b; }
    friend bool operator==(RequirementSet, RequirementSet) = default;

private:
    static constexpr quint32 bit(Requirement r) { return quint32(1) << static_cast<int>(r); }
    quint32 m_bits = 0;
};

/// What the rules read of a place, computed once per place so that a pair check is a few
/// comparisons: 10,000 households × 2,000 places are 20 million checks.
struct PlaceTerms {
    RequirementSet ownFailures; ///< PlaceNotFree, NoCapacityLeft, PlaceNotAvailable
    int minAge = -1; ///< -1 = no bound
    int maxAge = -1; ///< -1 = no bound
    int maxPersons = -1; ///< -1 = no limit
    bool wheelchair = false;
    bool pets = false;
    int care = 1; ///< places::CareLevel as int
    quint8 woonvorm = 0; ///< the place's woonvorm as one bit
    int wijk = -1; ///< the place's wijk in the Eligibility's names; -1 = none
};

/// What the rules read of a household's need, computed once per household.
struct NeedTerms {
    RequirementSet ownFailures; ///< NeedBeyondHorizon
    int age = -1; ///< whole years on asOf; -1 = unknown
    int persons = 1;
    bool wheelchair = false;
    bool pet = false;
    int care = 1;
    quint8 woonvormen = 0; ///< a bit per acceptable woonvorm; 0 = any
    std::vector<int> wijken; ///< acceptable wijken by name id; empty = any
};

/// The hard requirements of the housing planner (docs/planner.md, "Eligibility") for one plan
/// date and horizon. Terms are computed once per place and per need; check() then tells every
/// failing requirement of a pair. Wijk names are compared ignoring case and surrounding spaces
/// (a caseworker's "noord" is the provider's "Noord"), by id, so that no pair compares text.
class Eligibility {
public:
    explicit Eligibility(const PlanParameters &parameters);

    const PlanParameters &parameters() const { return m_parameters; }
    /// The last day of the horizon: asOf + horizonDays. A place available on that day, and a
    /// need whose vanaf is that day, are within it.
    QDate horizonEnd() const { return m_horizonEnd; }

    /// The place's terms; also learns its wijk name.
    PlaceTerms placeTerms(const places::Place &place, int capacityLeft);
    /// The need's terms. Its wijken are looked up among the names the places brought, so make
    /// the place terms first: a wijk no place has matches no place.
    NeedTerms needTerms(const NeedHolder &holder) const;

    /// Every failing requirement of the pair except the exclusions (those are per pair and kept
    /// by the caller): the place's own, the need's own and the pair's.
    static RequirementSet check(const NeedTerms &need, const PlaceTerms &place);

    /// The requirement an exclusion of this source stands for.
    static Requirement exclusionRequirement(ExclusionSource source);

private:
    static QString wijkKey(const QString &name);

    PlanParameters m_parameters;
    QDate m_horizonEnd;
    QHash<QString, int> m_wijken;
};

/// Every failing requirement of one household–place pair (empty = eligible): the pure form of
/// the rules, for one pair at a time. `capacityLeft` is the place's capacity minus what is taken;
/// `exclusion` the pair's exclusion, if any.
RequirementSet failingRequirements(const NeedHolder &holder, const places::Place &place, int capacityLeft,
    std::optional<ExclusionSource> exclusion, const PlanParameters &parameters);

/// One failing requirement as a short translated phrase with the values that decide it, e.g.
/// "too many persons (3, the place takes 2)", "the applicant is 17, the place from 18".
QString requirementText(Requirement requirement, const NeedHolder &holder, const places::Place &place, int capacityLeft,
    const PlanParameters &parameters);
/// Every requirement of `failing`, in order, joined by "; ".
QString requirementsText(RequirementSet failing, const NeedHolder &holder, const places::Place &place, int capacityLeft,
    const PlanParameters &parameters);

} // namespace vangnet::plans
