#pragma once

#include "support/Clock.h"
#include "support/Result.h"

namespace vangnet {
class Database;
}

namespace vangnet::demo {

class DemoSignals;

/// A demo municipality's first working day: the demo caseworker imports `rows` synthetic early
/// signals about the people of the demo as one batch, the way a platform file arrives (people
/// not in the demo get new households of their team), and the signal rules are evaluated; then the caseworker starts on the most
/// urgent households (DemoCases.h). The signals list, the timelines, the flags and the work queue
/// then have something to show. Uses the demo accounts and their password; only for demo databases.
Result<void> importDemoSignals(const Database &db, const Clock &clock, DemoSignals &people, int rows);

} // namespace vangnet::demo
