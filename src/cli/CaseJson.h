#pragma once

#include "cases/Case.h"
#include "cases/WorkQueue.h"

#include <QJsonObject>
#include <QStringList>

namespace vangnet::cli {

/// The JSON of `queue --json` items and `case show --json` (public keys: see the commands' help).
QJsonObject queueItemJson(const cases::QueueItem &item);
QJsonObject deadlineJson(const clocks::Deadline &deadline);
QJsonObject caseDetailJson(const cases::CaseDetail &detail);
/// `case show` as lines of text.
QStringList caseDetailText(const cases::CaseDetail &detail);

} // namespace vangnet::cli
