#pragma once

#include "support/Result.h"

#include <QString>

class QIODevice;

namespace vangnet {

struct SubjectAccessReport;

/// One file format for a subject-access report. JSON lives in core
/// (SubjectAccessJsonWriter); PDF needs Qt Gui and lives in the render library
/// (SubjectAccessPdfWriter). SubjectAccessService::save() takes either.
class SubjectAccessWriter {
public:
    virtual ~SubjectAccessWriter() = default;

    /// "json", "pdf": the audit record's detail and the file suffix.
    virtual QString formatKey() const = 0;
    /// Writes the whole report to `out` (open for writing).
    virtual Result<void> write(const SubjectAccessReport &report, QIODevice &out) const = 0;
};

} // namespace vangnet
