#include "plans/Eligibility.h"

#include "places/PlaceKeys.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>

namespace vangnet::plans {

namespace {

quint8 woonvormBit(places::HousingType type)
{
    return static_cast<quint8>(1u << static_cast<unsigned>(type));
}

/// Dates as the Dutch UI shows them.
QString day(const QDate &date)
{
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

QString housingTypes(const QList<places::HousingType> &types)
{
    QStringList keys;
    for (const places::HousingType t : types)
        keys << places::housingTypeKey(t);
    return keys.join(QStringLiteral(", "));
}

} // namespace

QString requirementKey(Requirement requirement)
{
    switch (requirement) {
    case Requirement::PlaceNotFree:
        return QStringLiteral("place_not_free");
    case Requirement::NoCapacityLeft:
        return QStringLiteral("no_capacity_left");
    case Requirement::PlaceNotAvailable:
        return QStringLiteral("place_not_available");
    case Requirement::NeedBeyondHorizon:
        return QStringLiteral("need_beyond_horizon");
    case Requirement::TooManyPersons:
        return QStringLiteral("too_many_persons");
    case Requirement::TooYoung:
        return QStringLiteral("too_young");
    case Requirement::TooOld:
        return QStringLiteral("too_old");
    case Requirement::AgeUnknown:
        return QStringLiteral("age_unknown");
    case Requirement::NoWheelchair:
        return QStringLiteral("no_wheelchair");
    case Requirement::NoPets:
        return QStringLiteral("no_pets");
    case Requirement::TooLittleCare:
        return QStringLiteral("too_little_care");
    case Requirement::WoonvormNotWanted:
        return QStringLiteral("woonvorm_not_wanted");
    case Requirement::WijkNotWanted:
        return QStringLiteral("wijk_not_wanted");
    case Requirement::Declined:
        return QStringLiteral("declined");
    case Requirement::ExcludedByStaff:
        return QStringLiteral("excluded_by_staff");
    }
    return {};
}

int RequirementSet::count() const
{
    return std::popcount(m_bits);
}

QList<Requirement> RequirementSet::toList() const
{
    QList<Requirement> list;
    for (int r = 0; r < requirementCount; ++r) {
        if (contains(static_cast<Requirement>(r)))
            list << static_cast<Requirement>(r);
    }
    return list;
}

Eligibility::Eligibility(const PlanParameters &parameters)
    : m_parameters(parameters)
    , m_horizonEnd(parameters.asOf.addDays(parameters.horizonDays))
{ }

QString Eligibility::wijkKey(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

PlaceTerms Eligibility::placeTerms(const places::Place &place, int capacityLeft)
{
    const places::PlaceDetails &d = place.details;
    PlaceTerms t;
    if (place.status != places::PlaceStatus::Vrij)
        t.ownFailures.add(Requirement::PlaceNotFree);
    if (capacityLeft < 1)
        t.ownFailures.add(Requirement::NoCapacityLeft);
    if (!d.availableFrom.isValid() || d.availableFrom > m_horizonEnd)
        t.ownFailures.add(Requirement::PlaceNotAvailable);
    t.minAge = d.minAge.value_or(-1);
    t.maxAge = d.maxAge.value_or(-1);
    t.maxPersons = d.maxPersons.value_or(-1);
    t.wheelchair = d.wheelchair;
    t.pets = d.pets;
    t.care = static_cast<int>(d.care);
    t.woonvorm = woonvormBit(d.housingType);
    if (const QString key = wijkKey(d.wijk); !key.isEmpty()) {
        // The wijk's number: the one it has, or the next one (value() and insert() rather than
        // dereferencing iterators, which a release build's null-dereference check cannot follow).
        const int next = int(m_wijken.size());
        t.wijk = m_wijken.value(key, next);
        if (t.wijk == next)
            m_wijken.insert(key, next);
    }
    return t;
}

NeedTerms Eligibility::needTerms(const NeedHolder &holder) const
{
    const needs::HousingNeed &n = holder.need;
    NeedTerms t;
    if (n.availableFrom.isValid() && n.availableFrom > m_horizonEnd)
        t.ownFailures.add(Requirement::NeedBeyondHorizon);
    t.age = holder.applicantAge(m_parameters.asOf).value_or(-1);
    t.persons = n.persons;
    t.wheelchair = n.wheelchair;
    t.pet = n.pet;
    t.care = static_cast<int>(n.care);
    for (const places::HousingType type : n.woonvormen)
        t.woonvormen |= woonvormBit(type);
    // A name no place has gets an id no place has (-2): the list is given, and nothing matches.
    for (const QString &wijk : n.wijken) {
        if (const QString key = wijkKey(wijk); !key.isEmpty())
            t.wijken.push_back(m_wijken.value(key, -2));
    }
    return t;
}

RequirementSet Eligibility::check(const NeedTerms &need, const PlaceTerms &place)
{
    RequirementSet failing = place.ownFailures | need.ownFailures;
    if (place.maxPersons >= 0 && need.persons > place.maxPersons)
        failing.add(Requirement::TooManyPersons);
    if (place.minAge >= 0 || place.maxAge >= 0) {
        if (need.age < 0)
            failing.add(Requirement::AgeUnknown);
        else if (place.minAge >= 0 && need.age < place.minAge)
            failing.add(Requirement::TooYoung);
        else if (place.maxAge >= 0 && need.age > place.maxAge)
            failing.add(Requirement::TooOld);
    }
    if (need.wheelchair && !place.wheelchair)
        failing.add(Requirement::NoWheelchair);
    if (need.pet && !place.pets)
        failing.add(Requirement::NoPets);
    if (need.care > place.care)
        failing.add(Requirement::TooLittleCare);
    if (need.woonvormen != 0 && (need.woonvormen & place.woonvorm) == 0)
        failing.add(Requirement::WoonvormNotWanted);
    if (!need.wijken.empty() && std::find(need.wijken.begin(), need.wijken.end(), place.wijk) == need.wijken.end())
        failing.add(Requirement::WijkNotWanted);
    return failing;
}

Requirement Eligibility::exclusionRequirement(ExclusionSource source)
{
    return source == ExclusionSource::Declined ? Requirement::Declined : Requirement::ExcludedByStaff;
}

RequirementSet failingRequirements(const NeedHolder &holder, const places::Place &place, int capacityLeft,
    std::optional<ExclusionSource> exclusion, const PlanParameters &parameters)
{
    Eligibility rules(parameters);
    const PlaceTerms placeTerms = rules.placeTerms(place, capacityLeft);
    RequirementSet failing = Eligibility::check(rules.needTerms(holder), placeTerms);
    if (exclusion)
        failing.add(Eligibility::exclusionRequirement(*exclusion));
    return failing;
}

QString requirementText(Requirement requirement, const NeedHolder &holder, const places::Place &place, int capacityLeft,
    const PlanParameters &parameters)
{
    const places::PlaceDetails &d = place.details;
    const needs::HousingNeed &n = holder.need;
    const QDate horizonEnd = parameters.asOf.addDays(parameters.horizonDays);
    const int age = holder.applicantAge(parameters.asOf).value_or(-1);
    switch (requirement) {
    case Requirement::PlaceNotFree:
        return QCoreApplication::translate("vangnet::plans", "the place is not free (%1)")
            .arg(places::placeStatusLabel(place.status));
    case Requirement::NoCapacityLeft:
        return QCoreApplication::translate("vangnet::plans", "no capacity left (capacity %1, %2 taken)")
            .arg(d.capacity)
            .arg(d.capacity - capacityLeft);
    case Requirement::PlaceNotAvailable:
        return QCoreApplication::translate("vangnet::plans", "the place is available from %1, after the horizon (%2)")
            .arg(day(d.availableFrom), day(horizonEnd));
    case Requirement::NeedBeyondHorizon:
        return QCoreApplication::translate("vangnet::plans", "the household can move from %1, after the horizon (%2)")
            .arg(day(n.availableFrom), day(horizonEnd));
    case Requirement::TooManyPersons:
        return QCoreApplication::translate("vangnet::plans", "too many persons (%1, the place takes %2)")
            .arg(n.persons)
            .arg(d.maxPersons.value_or(0));
    case Requirement::TooYoung:
        return QCoreApplication::translate("vangnet::plans", "the applicant is %1, the place from %2")
            .arg(age)
            .arg(d.minAge.value_or(0));
    case Requirement::TooOld:
        return QCoreApplication::translate("vangnet::plans", "the applicant is %1, the place up to %2")
            .arg(age)
            .arg(d.maxAge.value_or(0));
    case Requirement::AgeUnknown:
        return QCoreApplication::translate(
            "vangnet::plans", "the applicant's age is unknown and the place has an age limit");
    case Requirement::NoWheelchair:
        return QCoreApplication::translate("vangnet::plans", "no wheelchair-accessible place");
    case Requirement::NoPets:
        return QCoreApplication::translate("vangnet::plans", "no pets allowed");
    case Requirement::TooLittleCare:
        return QCoreApplication::translate("vangnet::plans", "too little support (needs %1, the place provides %2)")
            .arg(places::careLevelKey(n.care), places::careLevelKey(d.care));
    case Requirement::WoonvormNotWanted:
        return QCoreApplication::translate("vangnet::plans", "woonvorm %1 not asked for (asked: %2)")
            .arg(places::housingTypeKey(d.housingType), housingTypes(n.woonvormen));
    case Requirement::WijkNotWanted:
        if (d.wijk.trimmed().isEmpty())
            return QCoreApplication::translate("vangnet::plans", "the place has no wijk (asked: %1)")
                .arg(n.wijken.join(QStringLiteral(", ")));
        return QCoreApplication::translate("vangnet::plans", "wijk %1 not asked for (asked: %2)")
            .arg(d.wijk, n.wijken.join(QStringLiteral(", ")));
    case Requirement::Declined:
        return QCoreApplication::translate("vangnet::plans", "the household declined this place");
    case Requirement::ExcludedByStaff:
        return QCoreApplication::translate("vangnet::plans", "excluded by staff");
    }
    return {};
}

QString requirementsText(RequirementSet failing, const NeedHolder &holder, const places::Place &place, int capacityLeft,
    const PlanParameters &parameters)
{
    QStringList parts;
    for (const Requirement r : failing.toList())
        parts << requirementText(r, holder, place, capacityLeft, parameters);
    return parts.join(QStringLiteral("; "));
}

} // namespace vangnet::plans
