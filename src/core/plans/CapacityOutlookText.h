#pragma once

#include "plans/CapacityOutlook.h"

#include <QString>

namespace vangnet::plans {

// The outlook's sentences, the same on the page and in `plan outlook` (translated, context
// "vangnet::plans", the one lupdate gives the tr() calls of these free functions; dates DD-MM-YYYY).

/// A cell's cumulative balance: "+2", "0", or "short 3".
QString balanceLabel(const OutlookCell &cell);
/// "First shortage: Young people in week 4 (from 03-01-2027)", or that no woonvorm runs short.
QString firstShortageSentence(const CapacityOutlook &outlook);
/// When all woonvormen together run short, or that they do not.
QString totalSentence(const CapacityOutlook &outlook);
/// What was counted: candidates, discharges, 18th birthdays, later, places, no preference.
QString countsSentence(const OutlookCounts &counts);

} // namespace vangnet::plans
