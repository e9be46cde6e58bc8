#pragma once

#include "places/Place.h"
#include "plans/NeedHolder.h"
#include "signals/SignalRecords.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <array>
#include <optional>

namespace vangnet::plans {

// The capacity outlook (docs/planner.md, "Capacity outlook"): for the next 13 weeks, per
// woonvorm, the households expected to need a place against the places becoming available, and
// where the cumulative balance runs short. Pure computation on what CapacityOutlookService read;
// it holds counts only, never a household.

/// A quarter: 13 weeks of 7 days, week 0 starting on the outlook's date.
inline constexpr int outlookWeeks = 13;
/// Policy: an applicant younger than this counts for `jongeren`. The Jeugdwet (art. 1.1, "jeugdige")
/// lets youth care run on to 23, and young people's housing follows that bound.
inline constexpr int youngAdultAgeLimit = 23;
/// Policy: this many persons moving or more count for a `gezinsplek`; one or two fit the single
/// and couple units of the other woonvormen.
inline constexpr int familyPersons = 3;

/// Why a household is expected to need a place.
enum class DemandSource {
    Candidate,       ///< a candidate now (need + active flag), from its need's vanaf
    Discharge,       ///< a discharge notice whose date the rules flag
    TurningEighteen, ///< youth care (jeugdzorg) ends at the 18th birthday
};

/// How the woonvorm of a household was chosen (the policy's steps, in order).
enum class WoonvormReason {
    Need,        ///< the first woonvorm its need lists
    Persons,     ///< familyPersons or more moving: gezinsplek
    Age,         ///< under youngAdultAgeLimit: jongeren
    Institution, ///< the institution it leaves (detentie → begeleid_wonen, …)
    None,        ///< no step applies: "geen voorkeur"
};
inline constexpr int woonvormReasonCount = 5;

/// A household's woonvorm in the outlook; nullopt = geen voorkeur (any woonvorm will do).
struct WoonvormAssignment {
    std::optional<places::HousingType> woonvorm;
    WoonvormReason reason = WoonvormReason::None;

    bool operator==(const WoonvormAssignment &) const = default;
};

/// The policy for the woonvorm a household counts for. `needWoonvormen` are those its need lists
/// (empty: no need, or any); `age` is the applicant's (or the leaving person's) on the day it
/// counts; `institutionType` the key of the notice that brings it in ("" for a candidate).
WoonvormAssignment assignWoonvorm(const QList<places::HousingType> &needWoonvormen, int persons,
                                  std::optional<int> age, const QString &institutionType);

/// The day in [from, to] on which an open notice brings its household in: the earlier of its
/// expected date and, for jeugdzorg, its person's 18th birthday, of those in the range;
/// nullopt when neither is.
std::optional<QDate> noticeDemandDate(const UpcomingDischarge &notice, const QDate &from, const QDate &to);

/// One woonvorm in one week. Cumulative values count from week 0 up to this week.
struct OutlookCell {
    int demand = 0;           ///< households expected to need a place in this week
    int supply = 0;           ///< places (capacity left) becoming available in this week
    int cumulativeDemand = 0;
    int cumulativeSupply = 0;

    int balance() const { return cumulativeSupply - cumulativeDemand; }
    bool isShort() const { return balance() < 0; }
    bool operator==(const OutlookCell &) const = default;
};

struct OutlookWeek {
    int week = 0;   ///< 0 … outlookWeeks − 1
    QDate start;    ///< the outlook's date + 7 × week
    QDate end;      ///< start + 6, inclusive
    /// Per woonvorm, indexed by int(places::HousingType).
    std::array<OutlookCell, 7> woonvormen{};
    OutlookCell noPreference; ///< demand only: any woonvorm's place will do (see `total`)
    OutlookCell total;        ///< every woonvorm and geen voorkeur together

    const OutlookCell &cell(places::HousingType type) const { return woonvormen[std::size_t(type)]; }
};

/// A woonvorm (or, nullopt, all together) whose cumulative balance is below zero in a week.
struct OutlookShortage {
    std::optional<places::HousingType> woonvorm;
    int week = 0;
    QDate start;
    int deficit = 0; ///< households more than places, cumulative

    bool operator==(const OutlookShortage &) const = default;
};

/// What the outlook counted, for an honest reading of the figures.
struct OutlookCounts {
    int candidates = 0;       ///< candidates counted in a week
    int discharges = 0;       ///< households brought in by a discharge
    int turningEighteen = 0;  ///< households brought in by an 18th birthday in youth care
    int later = 0;            ///< expected, but their move date (vanaf) lies after the outlook
    int places = 0;           ///< places counted as supply
    std::array<int, woonvormReasonCount> byReason{}; ///< households per WoonvormReason
};

struct CapacityOutlook {
    QDate asOf;
    QList<OutlookWeek> weeks; ///< outlookWeeks of them
    /// Every woonvorm and week that runs short, by week, then woonvorm (geen voorkeur and the
    /// total are not woonvormen: see firstTotalShortage).
    QList<OutlookShortage> shortages;
    /// The earliest week with a shortage; in that week the largest deficit, then the woonvorm order.
    std::optional<OutlookShortage> firstShortage;
    /// The first week in which all places together fall short of all demand.
    std::optional<OutlookShortage> firstTotalShortage;
    OutlookCounts counts;
};

/// What the outlook is computed from (read by CapacityOutlookService).
struct OutlookInput {
    QDate asOf;
    QList<NeedHolder> holders;           ///< CandidateRepository::needHolders()
    QList<UpcomingDischarge> notices;    ///< open notices in the outlook (DischargeRepository::upcoming)
    QSet<qint64> flaggedByRules;         ///< notices the rules flag on their demand date
    QList<places::Place> places;         ///< PlaceRepository::all()
    QHash<qint64, int> takenCapacity;    ///< PlanStateRepository::takenCapacity()
};

/// The last day of the outlook that starts on `asOf`.
QDate outlookEnd(const QDate &asOf);

CapacityOutlook computeOutlook(const OutlookInput &input);

/// "wens", "personen", "leeftijd", "instelling", "geen": for scripts.
QString woonvormReasonKey(WoonvormReason reason);

} // namespace vangnet::plans
