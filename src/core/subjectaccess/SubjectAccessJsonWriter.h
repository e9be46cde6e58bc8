#pragma once

#include "subjectaccess/SubjectAccessWriter.h"

#include <QJsonObject>

namespace vangnet {

/// The machine-readable subject-access export. The keys are stable and documented in
/// docs/security.md ("Subject access"); `format_version` goes up when one changes meaning.
class SubjectAccessJsonWriter final : public SubjectAccessWriter {
public:
    static constexpr int formatVersion = 1;

    QString formatKey() const override { return QStringLiteral("json"); }
    Result<void> write(const SubjectAccessReport &report, QIODevice &out) const override;

    static QJsonObject toJson(const SubjectAccessReport &report);
};

} // namespace vangnet
