#pragma once

#include "report/ReportDocument.h"
#include "support/Result.h"

class QIODevice;

namespace vangnet {

/// Renders a ReportDocument as an A4 PDF: title, sections with paragraphs, label/value lists
/// and tables (header row repeated across pages), and on every page a header with the title
/// and the confidentiality marking and a footer with the document's footer text and
/// "page X of Y". Text stays text (embedded DejaVu subsets with Unicode maps), so the PDF can be
/// searched, copied and read aloud. Needs a QGuiApplication (fonts); docs/adr/0007-pdf-with-qt-gui.md.
class PdfReportWriter {
public:
    Result<void> write(const ReportDocument &document, QIODevice &out) const;
};

} // namespace vangnet
