#pragma once

#include "importing/FieldReader.h"
#include "importing/ImportRows.h"
#include "support/Result.h"

#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace vangnet::importing {

/// How many data rows a fixed-header file had, and how many were refused.
struct FixedHeaderCounts {
    qint64 read = 0;     ///< data rows read (usable and rejected)
    qint64 rejected = 0; ///< rows refused; a row can have several rejects, one per bad field
};

/// Reads a small `;`-separated file whose first line must be exactly `header` (the place inventory,
/// housing needs): the format is fixed, so the delimiter is too, and a file with another header is
/// refused whole with `headerRefusal` ("%1" the file, "%2" the expected header). Every data row
/// with as many fields as the header goes to `readRow` with a FieldReader whose rejects name the
/// header's columns; `readRow` returns false when it refused the row (the reasons are in
/// `rejects`). A row with another number of fields is refused here.
Result<FixedHeaderCounts> readFixedHeaderCsv(QIODevice &device, const QString &displayName, const QStringList &header,
                                             const QString &headerRefusal, QList<Reject> &rejects,
                                             const std::function<bool(FieldReader &fields, qint64 line)> &readRow);

} // namespace vangnet::importing
