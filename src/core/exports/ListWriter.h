#pragma once

#include "exports/ListTable.h"
#include "support/Result.h"

class QIODevice;

namespace vangnet::exports {

/// Writes one list in one file format: begin() with the sheet, row() per line, finish().
/// Text cells are neutralised against formulas (neutralisedCell) by every writer; the caller
/// owns the device (a QSaveFile, so a failed or cancelled export leaves nothing behind).
class ListWriter {
public:
    virtual ~ListWriter() = default;

    virtual ListFormat format() const = 0;
    /// Starts the file on `out` (open for writing); `displayName` names it in messages.
    virtual Result<void> begin(QIODevice &out, const QString &displayName, const ListSheet &sheet) = 0;
    /// One line, a value per column of the sheet.
    virtual Result<void> row(const ListRow &cells) = 0;
    /// Completes the file on the device.
    virtual Result<void> finish() = 0;
};

} // namespace vangnet::exports
