#pragma once

#include "planner/PlanInstance.h"
#include "support/Result.h"

#include <QByteArrayView>
#include <QString>

namespace vangnet::planner {

/// Reads an instance file (docs/planner.md, "Instance file"):
/// `{"tiers": ["kritiek","hoog","midden","laag"], "candidates": [{"id", "tier", "priority"}],
///   "places": [{"id", "capacity"}], "pairs": [[candidate_index, place_index], …],
///   "pins": [[c, p], …], "exclusions": [[c, p], …], "meta": {…}}` (pins, exclusions and meta optional).
/// Everything is checked before the instance is returned — syntax, types, every index and
/// pin (PlanInstance::validate) — and the first mistake is an ErrorCode::Invalid whose message
/// starts with its JSON path, e.g. "pairs[17]: candidate index 10002 is out of range (10000
/// candidates)" or "candidates[3].tier (line 5, column 30): unknown tier "urgent"; …".
class PlanInstanceReader {
public:
    static Result<PlanInstance> read(QByteArrayView json);
    /// read() of a file; a file that cannot be read is ErrorCode::Io.
    static Result<PlanInstance> readFile(const QString &path);
};

} // namespace vangnet::planner
