#pragma once

#include "needs/HousingNeed.h"
#include "planner/Tier.h"

#include <QDate>
#include <QString>

#include <optional>

namespace vangnet::plans {

/// Where a household with a housing need stands for the next plan run (docs/planner.md,
/// "Candidates").
enum class Standing {
    Candidate,    ///< a current need and at least one active flag: the planner considers it
    NoActiveFlag, ///< "geen kandidaat": a need, but nothing flags the household (now)
    InProgress,   ///< a proposal of an earlier run is approved, offered or accepted
    Placed,       ///< lives in a place (an open placement): the need is met
};

/// "kandidaat", "geen_actief_signaal", "in_behandeling", "geplaatst": for scripts.
QString standingKey(Standing standing);
/// Translated, e.g. "geen kandidaat: geen actief signaal".
QString standingLabel(Standing standing);

/// A household with a current housing need, with what the planner ranks it by. Read by
/// CandidateRepository; the derived values below are the policy (docs/planner.md, "Candidates").
struct NeedHolder {
    qint64 householdId = 0;
    qint64 teamId = 0;              ///< 0 = no team
    QString householdWijk;          ///< the wijk of the household's current address
    needs::HousingNeed need;
    QDate applicantBirthDate;       ///< invalid when the applicant is unknown or has no birth date
    int activeFlags = 0;            ///< flags not resolved nor dismissed
    int highestSeverity = 0;        ///< rules::Severity as int (4 = kritiek); 0 = no active flag
    qint64 scoreSum = 0;            ///< the active flags' scores
    QDate firstFlagRaised;          ///< the earliest raised_on of the active flags
    Standing standing = Standing::NoActiveFlag;

    /// The tier: the highest severity among the active flags (kritiek > hoog > midden > laag);
    /// nullopt without an active flag.
    std::optional<planner::Tier> tier() const;
    /// Days the household has waited as a candidate on `asOf`: since the later of the day it
    /// first asked for housing (need.registeredOn) and the earliest active flag; never below 0.
    qint64 waitingDays(const QDate &asOf) const;
    /// The priority within the tier: the active flags' scores plus the waiting days.
    qint64 priority(const QDate &asOf) const;
    /// The applicant's age in whole years on `date`; nullopt when the birth date is unknown.
    std::optional<int> applicantAge(const QDate &date) const;
};

} // namespace vangnet::plans
