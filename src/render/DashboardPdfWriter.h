#pragma once

#include "dashboard/DashboardService.h"

namespace vangnet {

/// The weekly dashboard as an A4 PDF (dashboard::dashboardDocument through PdfReportWriter).
class DashboardPdfWriter final : public dashboard::DashboardWriter {
public:
    QString formatKey() const override { return QStringLiteral("pdf"); }
    Result<void> write(const dashboard::WeeklyDashboard &dashboard, QIODevice &out) const override;
};

} // namespace vangnet
