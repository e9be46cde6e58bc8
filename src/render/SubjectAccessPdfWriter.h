#pragma once

#include "subjectaccess/SubjectAccessWriter.h"

namespace vangnet {

/// The subject-access report as PDF: subjectAccessDocument() rendered by PdfReportWriter.
class SubjectAccessPdfWriter final : public SubjectAccessWriter {
public:
    QString formatKey() const override { return QStringLiteral("pdf"); }
    Result<void> write(const SubjectAccessReport &report, QIODevice &out) const override;
};

} // namespace vangnet
