#pragma once

#include "demo/DemoRandom.h"
#include "needs/HousingNeed.h"
#include "support/Clock.h"
#include "support/Result.h"

#include <QList>

#include <optional>

namespace vangnet {
class Database;
class Session;
struct Household;
} // namespace vangnet

namespace vangnet::demo {

/// The housing needs (woonvragen) the demo caseworkers have recorded by today (docs/planner.md,
/// "Demo"): on part of the households with an open flag — young adults and families more often
/// than others, so that youth and family places run short — and on a few households without a
/// flag, whom the planner shows as no candidate. The applicant is the head of the household (an
/// adult member), the persons moving usually the whole household; woonvormen and wijken are
/// often left open, care levels mixed, pets sometimes, a wheelchair rarely, and the move date
/// lies between eight weeks ago and three weeks ahead. The same seed and flags give the same needs.
class DemoNeeds {
public:
    DemoNeeds(const Database &db, const Clock &clock, quint64 seed);

    /// Each caseworker records needs on households of their team, through NeedService (checked
    /// and audited as any recorded need), all in one transaction. Needs the flags evaluated as of
    /// today. The number of needs recorded.
    Result<int> record(const QList<const Session *> &caseworkers);

private:
    /// The need this household would have, or nullopt when it has no adult to apply.
    std::optional<needs::HousingNeed> needOf(const Household &h);
    /// The needs of one caseworker's team; adds to `recorded`.
    Result<void> recordFor(const Session &caseworker, int &recorded);

    const Database &m_db;
    const Clock &m_clock;
    DemoRandom m_rng;
};

} // namespace vangnet::demo
