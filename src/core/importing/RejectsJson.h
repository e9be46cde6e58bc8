#pragma once

#include "importing/ImportRows.h"

#include <QJsonArray>
#include <QList>

namespace vangnet::importing {

/// Rejected rows as every import's `--json` prints them: `[{line, column, reason}]`.
QJsonArray rejectsJson(const QList<Reject> &rejects);

} // namespace vangnet::importing
