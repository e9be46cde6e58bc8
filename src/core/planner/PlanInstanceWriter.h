#pragma once

#include "planner/PlanInstance.h"
#include "support/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace vangnet::planner {

/// Writes an instance in the format PlanInstanceReader reads (docs/planner.md): what
/// `plan --export-instance` saves so anyone can solve the same instance with another solver.
/// Candidates and places one per line, pairs sixteen to a line, so a diff stays readable.
/// `meta` (plan date, horizon, …) is written as given and ignored by the reader.
class PlanInstanceWriter {
public:
    static QByteArray write(const PlanInstance &instance, const QJsonObject &meta = {});
    /// write() into a file, replaced as a whole (QSaveFile); ErrorCode::Io when it cannot be.
    static Result<void> writeFile(const PlanInstance &instance, const QString &path, const QJsonObject &meta = {});
};

} // namespace vangnet::planner
