#pragma once

#include "report/ReportDocument.h"

namespace vangnet {

struct SubjectAccessReport;

/// The subject-access report as a document for the resident: translated headings (Dutch in
/// the product), Dutch date notation, every section present even when empty, so the reader
/// sees that nothing is held rather than wondering whether it was left out.
ReportDocument subjectAccessDocument(const SubjectAccessReport &report);

} // namespace vangnet
