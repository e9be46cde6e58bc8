#pragma once

#include "demo/DemoHistory.h"
#include "support/Clock.h"
#include "support/Result.h"

namespace vangnet {
class Database;
}

namespace vangnet::demo {

class DemoSignals;

/// A demo municipality's past year and today: `rows` synthetic early signals about the people of
/// the demo (and some people it does not know yet, who get new households of their team) and a
/// discharge notice for about every 45 signal rows arrive in weekly batches, and the demo
/// caseworkers of both teams work through the flagged households
/// (DemoHistory.h); then the rules are evaluated as of today, the caseworker starts on the most
/// urgent households nobody has taken up yet (DemoCases.h) and both caseworkers record housing
/// needs (DemoNeeds.h). The signals list, the timelines, the flags, the work queue, the cases,
/// the DDAS delivery and the housing planner then have something to show. Uses the
/// demo accounts and their password; only for demo databases.
Result<void> importDemoSignals(const Database &db, const Clock &clock, DemoSignals &people, int rows,
                               const DemoProgress &progress = {});

/// How many signal rows a year brings a demo of `households`: about 30 per 100 households, a
/// busy municipality's share (most households never get one; some get several at once).
int demoSignalRows(int households);

} // namespace vangnet::demo
