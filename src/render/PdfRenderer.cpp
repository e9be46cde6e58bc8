#include "PdfRenderer.h"

#include "PdfReportWriter.h"

namespace vangnet {

ReportRenderer pdfRenderer()
{
    return [](const ReportDocument &document, QIODevice &out) { return PdfReportWriter().write(document, out); };
}

} // namespace vangnet
