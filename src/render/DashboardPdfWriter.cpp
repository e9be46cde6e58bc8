#include "DashboardPdfWriter.h"

#include "PdfReportWriter.h"
#include "dashboard/DashboardDocument.h"

namespace vangnet {

Result<void> DashboardPdfWriter::write(const dashboard::WeeklyDashboard &dashboard, QIODevice &out) const
{
    return PdfReportWriter().write(dashboard::dashboardDocument(dashboard), out);
}

} // namespace vangnet
