#pragma once

#include "importing/ImportRows.h"
#include "support/Result.h"

#include <QList>
#include <QVector>

#include <optional>

namespace vangnet::importing {

/// A stream of validated signal rows from one file, whatever its format. Open one with
/// SignalFileReader::open().
///
/// Typical use:
///     SignalRow row;
///     QList<Reject> rejects;
///     while (reader->next(row, rejects)) { … use row … }
///     if (reader->error()) { … the file broke off in the middle … }
class SignalReader {
public:
    virtual ~SignalReader() = default;

    /// Reads up to and including the next valid row into `row` (every member is assigned, so a
    /// row object can be reused). Rows rejected on the way are appended to `rejects` (one or more
    /// rejects per rejected row). False at the end of the file or on a failure (error()).
    virtual bool next(SignalRow &row, QList<Reject> &rejects) = 0;

    /// Appends up to `max` valid rows to `rows`; returns how many. 0 at the end.
    qsizetype readBatch(qsizetype max, QVector<SignalRow> &rows, QList<Reject> &rejects);

    /// For a progress bar: bytes consumed so far and the file size (0 when unknown).
    virtual qint64 bytesRead() const = 0;
    virtual qint64 totalBytes() const = 0;
    /// Data rows seen so far, kept or rejected (the header not counted).
    virtual qint64 rowsRead() const = 0;
    virtual qint64 rowsRejected() const = 0;
    /// Set when reading stopped in the middle of the file (I/O error, a runaway quoted field);
    /// rows handed out before it are good, the rest of the file was not read.
    virtual const std::optional<Error> &error() const = 0;

protected:
    SignalReader() = default;
    SignalReader(const SignalReader &) = delete;
    SignalReader &operator=(const SignalReader &) = delete;
};

} // namespace vangnet::importing
