#pragma once

#include "support/Clock.h"
#include "support/Result.h"

namespace vangnet {
class Database;
class Session;
}

namespace vangnet::demo {

/// The demo caseworker's work of today: the six most urgent households of their queue that
/// nobody has taken up yet get a case — some with contact attempts, a plan and a note, one waiting for the resident, two
/// closed (one taken up, one not) — so the queue, the case screen and the DDAS delivery have
/// something to show. Only for demo databases; needs the flags evaluated first.
Result<void> startDemoCases(const Database &db, const Clock &clock, const Session &caseworker);

} // namespace vangnet::demo
