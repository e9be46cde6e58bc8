#pragma once

#include "dashboard/WeeklyDashboard.h"
#include "report/ReportDocument.h"

namespace vangnet::dashboard {

/// The week's dashboard as a report for the manager and the council: every figure of the screen
/// in the same order, each chart with its figures as a table beside it, the organisation's name
/// and logo, "Vertrouwelijk" and who made it when. Counts only: no household is named.
ReportDocument dashboardDocument(const WeeklyDashboard &dashboard);

/// "16 dagen", "–" without cases: a median as the screens say it.
QString medianText(const std::optional<double> &days);
/// "50%", "–" without a count: a share as the screens say it.
QString shareText(const std::optional<double> &share);
/// "1 van 2 (50%)": a part, its whole and the share.
QString partText(qint64 part, qint64 whole);

} // namespace vangnet::dashboard
