#pragma once

#include "rules/EvalContext.h"

namespace vangnet::rules {

/// The number of different arrears (achterstanden) among the signals at `items`: a partner
/// re-delivers the same arrear every month, so signals of the same partner type and the same
/// partner name (folded with searchKey: case, accents and spacing do not matter) count once.
/// An unknown partner type does not fail: it is told apart by its text as written.
qint64 countArrears(const EvalContext &ctx, const ItemList &items);

/// The signal before the one at `index` of the same arrear (same partner type and folded partner
/// name, as countArrears tells arrears apart): the latest one dated earlier, among the signals
/// dated by the as-of date; -1 when this is the first. Same-day signals: the one listed first.
int previousOfSameArrear(const EvalContext &ctx, int index);

/// Keeps of the signals at `items` only the latest of each arrear (the partner's current
/// figure): `sum(latest(signals))` adds each arrear once, at its newest amount.
void keepLatestPerArrear(const EvalContext &ctx, ItemList &items);

} // namespace vangnet::rules
