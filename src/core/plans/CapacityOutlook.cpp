#include "plans/CapacityOutlook.h"

#include "importing/ImportKeys.h"
#include "places/PlaceKeys.h"

#include <algorithm>
#include <map>

namespace vangnet::plans {

using places::HousingType;

namespace {

/// The woonvorm a household leaving this kind of institution counts for when nothing else
/// decided (docs/planner.md, "Capacity outlook"); nullopt for ziekenhuis, overig and unknown keys.
std::optional<HousingType> woonvormAfter(const QString &institutionType)
{
    using importing::InstitutionType;
    const auto type = importing::institutionTypeFromKey(institutionType);
    if (!type)
        return std::nullopt;
    switch (*type) {
    case InstitutionType::Jeugdzorg: return HousingType::Jongeren;
    case InstitutionType::Detentie: return HousingType::BegeleidWonen;
    case InstitutionType::GgzKliniek: return HousingType::BeschermdWonen;
    case InstitutionType::BeschermdWonen: return HousingType::BegeleidWonen;
    case InstitutionType::MaatschappelijkeOpvang: return HousingType::HousingFirst;
    case InstitutionType::Ziekenhuis:
    case InstitutionType::Overig: return std::nullopt;
    }
    return std::nullopt;
}

/// One household expected to need a place.
struct Demand {
    DemandSource source = DemandSource::Candidate;
    QDate date;
    WoonvormAssignment assignment;
};

int weekOf(const QDate &asOf, const QDate &date)
{
    return static_cast<int>(asOf.daysTo(date) / 7);
}

/// The household's demand, from the earliest of its flagged notices; nullopt when none counts.
std::optional<Demand> newcomer(const QList<const UpcomingDischarge *> &notices, const NeedHolder *holder,
                               const QDate &from, const QDate &to)
{
    const UpcomingDischarge *first = nullptr;
    QDate firstDate;
    for (const UpcomingDischarge *n : notices) {
        const auto date = noticeDemandDate(*n, from, to);
        if (date && (!first || *date < firstDate || (*date == firstDate && n->id < first->id))) {
            first = n;
            firstDate = *date;
        }
    }
    if (!first)
        return std::nullopt;
    const bool eighteenth = first->personBirthDate.isValid() && firstDate == first->personBirthDate.addYears(18)
        && first->institutionType == importing::institutionTypeKey(importing::InstitutionType::Jeugdzorg);
    // A household without a need is judged by the notice: its members move, its person applies.
    NeedHolder who;
    if (holder) {
        who = *holder;
    } else {
        who.need.persons = std::max(1, first->householdMembers);
        who.applicantBirthDate = first->personBirthDate;
    }
    Demand d;
    d.source = eighteenth ? DemandSource::TurningEighteen : DemandSource::Discharge;
    // A need that starts later moves the demand to its vanaf, as for candidates.
    d.date = who.need.availableFrom.isValid() ? std::max(firstDate, who.need.availableFrom) : firstDate;
    d.assignment = assignWoonvorm(who.need.woonvormen, who.need.persons, who.applicantAge(d.date), first->institutionType);
    return d;
}

/// Every household expected to need a place: the candidates and, once per household, the
/// newcomers that are not already candidates, in progress or placed.
QList<Demand> demands(const OutlookInput &input, const QDate &last)
{
    QList<Demand> out;
    QHash<qint64, const NeedHolder *> holderOf;
    for (const NeedHolder &h : input.holders) {
        holderOf.insert(h.householdId, &h);
        if (h.standing != Standing::Candidate)
            continue;
        Demand d;
        d.date = h.need.availableFrom.isValid() ? std::max(input.asOf, h.need.availableFrom) : input.asOf;
        d.assignment = assignWoonvorm(h.need.woonvormen, h.need.persons, h.applicantAge(d.date), QString());
        out << d;
    }
    std::map<qint64, QList<const UpcomingDischarge *>> flagged; // ordered: the same result on every run
    for (const UpcomingDischarge &n : input.notices) {
        if (!n.linkedToActiveFlag && !input.flaggedByRules.contains(n.id))
            continue;
        const NeedHolder *holder = holderOf.value(n.householdId);
        if (holder && holder->standing != Standing::NoActiveFlag)
            continue; // counted as a candidate already, or looked after by a proposal or a place
        flagged[n.householdId] << &n;
    }
    for (const auto &[household, notices] : flagged)
        if (auto d = newcomer(notices, holderOf.value(household), input.asOf, last))
            out << *d;
    return out;
}

void addSupply(CapacityOutlook &outlook, const OutlookInput &input, const QDate &last)
{
    for (const places::Place &p : input.places) {
        if (p.status != places::PlaceStatus::Vrij)
            continue;
        const int left = p.details.capacity - input.takenCapacity.value(p.id);
        const QDate from = p.details.availableFrom.isValid() ? std::max(input.asOf, p.details.availableFrom) : input.asOf;
        if (left < 1 || from > last)
            continue;
        OutlookWeek &week = outlook.weeks[weekOf(input.asOf, from)];
        week.woonvormen[std::size_t(p.details.housingType)].supply += left;
        week.total.supply += left;
        ++outlook.counts.places;
    }
}

void accumulate(OutlookCell &cell, const OutlookCell *before)
{
    cell.cumulativeDemand = cell.demand + (before ? before->cumulativeDemand : 0);
    cell.cumulativeSupply = cell.supply + (before ? before->cumulativeSupply : 0);
}

void findShortages(CapacityOutlook &outlook)
{
    for (const OutlookWeek &week : std::as_const(outlook.weeks)) {
        for (HousingType type : places::allHousingTypes()) {
            const OutlookCell &cell = week.cell(type);
            if (!cell.isShort())
                continue;
            const OutlookShortage shortage{type, week.week, week.start, -cell.balance()};
            outlook.shortages << shortage;
            // Within the first week, the largest deficit; a tie keeps the earlier woonvorm.
            if (!outlook.firstShortage
                || (outlook.firstShortage->week == week.week && shortage.deficit > outlook.firstShortage->deficit))
                outlook.firstShortage = shortage;
        }
        if (week.total.isShort() && !outlook.firstTotalShortage)
            outlook.firstTotalShortage = OutlookShortage{std::nullopt, week.week, week.start, -week.total.balance()};
    }
}

} // namespace

WoonvormAssignment assignWoonvorm(const QList<HousingType> &needWoonvormen, int persons, std::optional<int> age,
                                  const QString &institutionType)
{
    if (!needWoonvormen.isEmpty())
        return {needWoonvormen.first(), WoonvormReason::Need};
    if (persons >= familyPersons)
        return {HousingType::Gezinsplek, WoonvormReason::Persons};
    if (age && *age < youngAdultAgeLimit)
        return {HousingType::Jongeren, WoonvormReason::Age};
    if (const auto after = woonvormAfter(institutionType))
        return {*after, WoonvormReason::Institution};
    return {std::nullopt, WoonvormReason::None};
}

std::optional<QDate> noticeDemandDate(const UpcomingDischarge &notice, const QDate &from, const QDate &to)
{
    const auto inRange = [&](const QDate &d) { return d.isValid() && d >= from && d <= to; };
    std::optional<QDate> date;
    if (inRange(notice.expectedDate))
        date = notice.expectedDate;
    if (notice.institutionType == importing::institutionTypeKey(importing::InstitutionType::Jeugdzorg)
        && notice.personBirthDate.isValid()) {
        const QDate eighteen = notice.personBirthDate.addYears(18);
        if (inRange(eighteen) && (!date || eighteen < *date))
            date = eighteen;
    }
    return date;
}

QDate outlookEnd(const QDate &asOf)
{
    return asOf.addDays(qint64(outlookWeeks) * 7 - 1);
}

CapacityOutlook computeOutlook(const OutlookInput &input)
{
    CapacityOutlook outlook;
    outlook.asOf = input.asOf;
    const QDate last = outlookEnd(input.asOf);
    for (int w = 0; w < outlookWeeks; ++w) {
        OutlookWeek week;
        week.week = w;
        week.start = input.asOf.addDays(qint64(w) * 7);
        week.end = week.start.addDays(6);
        outlook.weeks << week;
    }

    for (const Demand &d : demands(input, last)) {
        if (d.date > last) {
            ++outlook.counts.later;
            continue;
        }
        switch (d.source) {
        case DemandSource::Candidate: ++outlook.counts.candidates; break;
        case DemandSource::Discharge: ++outlook.counts.discharges; break;
        case DemandSource::TurningEighteen: ++outlook.counts.turningEighteen; break;
        }
        ++outlook.counts.byReason[std::size_t(d.assignment.reason)];
        OutlookWeek &week = outlook.weeks[weekOf(input.asOf, d.date)];
        OutlookCell &cell = d.assignment.woonvorm ? week.woonvormen[std::size_t(*d.assignment.woonvorm)] : week.noPreference;
        ++cell.demand;
        ++week.total.demand;
    }
    addSupply(outlook, input, last);

    for (qsizetype w = 0; w < outlook.weeks.size(); ++w) {
        OutlookWeek &week = outlook.weeks[w];
        const OutlookWeek *before = w > 0 ? &outlook.weeks[w - 1] : nullptr;
        for (std::size_t t = 0; t < week.woonvormen.size(); ++t)
            accumulate(week.woonvormen[t], before ? &before->woonvormen[t] : nullptr);
        accumulate(week.noPreference, before ? &before->noPreference : nullptr);
        accumulate(week.total, before ? &before->total : nullptr);
    }
    findShortages(outlook);
    return outlook;
}

QString woonvormReasonKey(WoonvormReason reason)
{
    switch (reason) {
    case WoonvormReason::Need: return QStringLiteral("wens");
    case WoonvormReason::Persons: return QStringLiteral("personen");
    case WoonvormReason::Age: return QStringLiteral("leeftijd");
    case WoonvormReason::Institution: return QStringLiteral("instelling");
    case WoonvormReason::None: return QStringLiteral("geen");
    }
    return QString();
}

} // namespace vangnet::plans
