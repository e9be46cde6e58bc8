#pragma once

#include "report/ReportRenderer.h"

namespace vangnet {

/// PdfReportWriter as the ReportRenderer core services take (the case summary): an A4 PDF.
/// Safe on a worker thread once a QGuiApplication exists (tests/render/CaseSummaryPdfTest.cpp).
ReportRenderer pdfRenderer();

} // namespace vangnet
