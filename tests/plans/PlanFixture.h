#pragma once

#include "support/TestDatabase.h"
#include "support/TestUsers.h"

#include "needs/HousingNeed.h"
#include "places/Place.h"
#include "plans/PlanProposal.h"
#include "plans/PlanService.h"

#include <functional>
#include <memory>
#include <utility>

namespace vangnet::test {

/// A municipality for plan runs on a scratch database (SQLite or PostgreSQL): households with
/// needs and flags, places, pins and exclusions, and a team lead who proposes. The plan date is
/// 01-03-2026, the horizon 30 days.
struct PlanFixture {
    static inline const QDate asOf{2026, 3, 1};

    TestDatabase scratch;
    std::unique_ptr<Database> db = scratch.open();
    FixedClock clock{QDateTime(asOf, QTime(9, 0), Qt::UTC)};
    TestUsers users{*db, clock};
    Session teamLead = users.add(QStringLiteral("teamleider-a"), Role::Teamleider, users.teamA().id);
    int streetNumbers = 0;

    /// A household of `session`'s team (caseworker A by default) with one member born on `born`
    /// (an invalid date: unknown); {household id, member id}.
    std::pair<qint64, qint64> household(QDate born = QDate(1990, 5, 1), const Session *session = nullptr);
    /// Records the household's need: one person, any woonvorm and wijk, light care, from the plan
    /// date; `adjust` changes it first.
    void need(std::pair<qint64, qint64> who, const std::function<void(needs::HousingNeed &)> &adjust = {},
        const Session *session = nullptr);
    /// A flag as the rules engine stores it; `resolution` "resolved" or "dismissed" closes it.
    void flag(
        qint64 household, int severity, int score, QDate raisedOn = asOf.addDays(-10), const QString &resolution = {});
    /// A household with a need and one active flag: a candidate of `severity` (4 = kritiek).
    qint64 candidate(int severity, int score = 10, const std::function<void(needs::HousingNeed &)> &adjust = {},
        QDate born = QDate(1990, 5, 1));
    /// A free place for one household of any age, size and need, available on the plan date;
    /// `adjust` changes it first. Its id.
    qint64 place(const QString &plekId, const std::function<void(places::PlaceDetails &)> &adjust = {},
        places::PlaceStatus status = places::PlaceStatus::Vrij);
    /// Someone lives in the place: an open placement of `resident` (0: a new household) takes one
    /// of its capacity.
    void occupy(qint64 placeId, qint64 resident = 0);
    /// An earlier run's proposal for the household, approved: it is in progress.
    void approvedProposal(qint64 household, qint64 placeId);
    void pin(qint64 household, qint64 placeId);
    void exclude(qint64 household, qint64 placeId, plans::ExclusionSource source);

    plans::PlanService service(const Session &session) const { return plans::PlanService(*db, clock, session); }
    /// The team lead's proposal; fails the test when it is refused.
    plans::PlanProposal propose(int horizonDays = 30);
    qint64 count(const QString &sql) const;
};

/// The candidate of household `household` in the proposal (fails the test when it is not one).
const plans::ProposalCandidate &candidateOf(const plans::PlanProposal &proposal, qint64 household);
/// Its index in the proposal; -1 when it is not a candidate.
int indexOf(const plans::PlanProposal &proposal, qint64 household);
/// The plek_id the optimal plan gives the household; empty when none.
QString placeOf(const plans::PlanProposal &proposal, qint64 household);

} // namespace vangnet::test
