#pragma once

#include "cases/Case.h"
#include "cases/ClosingRepository.h"
#include "cases/WorkQueue.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vangnet::cases {

/// The JSON of `vangnet-cli queue --json` items and `case show --json`, and the cases of a
/// subject access export (public keys: see the commands' help and docs/cases.md).
QJsonObject queueItemJson(const QueueItem &item);
QJsonObject deadlineJson(const clocks::Deadline &deadline);
QJsonObject caseDetailJson(const CaseDetail &detail);
/// What each linked signal's partner hears back (`case show --json` "signals").
QJsonArray signalDecisionsJson(const QList<SignalDecision> &decisions);

} // namespace vangnet::cases
