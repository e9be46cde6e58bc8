#pragma once

#include "support/Result.h"

#include <QString>

namespace vangnet {

class AuditTableModel;

/// Writes the audit rows shown to CSV for a spreadsheet: `;`-separated (the Dutch Excel
/// default), UTF-8 with a byte-order mark so Excel reads the accents, one header row, fields
/// quoted when they hold `;`, quotes or line breaks. Written atomically (QSaveFile).
class AuditCsvWriter {
public:
    static Result<void> write(const AuditTableModel &model, const QString &fileName);
    static QString field(const QString &value);
};

} // namespace vangnet
