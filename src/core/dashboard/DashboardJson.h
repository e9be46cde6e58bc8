#pragma once

#include "dashboard/WeeklyDashboard.h"

#include <QJsonObject>

namespace vangnet::dashboard {

/// `vangnet-cli dashboard --json` (docs/metrics.md, "From the command line"): the figures under
/// their documented keys, counts keyed by group (partner type, rule id, severity 1–4, user name,
/// outcome). Shares are fractions 0–1 and medians days, null without cases.
QJsonObject dashboardJson(const WeeklyDashboard &dashboard);

/// The key an unassigned case's count has in overdue_by_caseworker.
inline const QString unassignedKey = QStringLiteral("-");

} // namespace vangnet::dashboard
