#include "SubjectAccessPdfWriter.h"

#include "PdfReportWriter.h"
#include "subjectaccess/SubjectAccessDocument.h"

namespace vangnet {

Result<void> SubjectAccessPdfWriter::write(const SubjectAccessReport &report, QIODevice &out) const
{
    return PdfReportWriter().write(subjectAccessDocument(report), out);
}

} // namespace vangnet
