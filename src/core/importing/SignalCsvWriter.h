#pragma once

#include "importing/CsvFormatter.h"
#include "importing/CsvOutput.h"
#include "importing/ImportRows.h"
#include "support/Result.h"

#include <QByteArray>

#include <memory>

class QIODevice;

namespace vangnet::importing {

/// Writes signals in the default CSV profile (docs/formats.md), the exact inverse of
/// SignalCsvReader with ImportProfile::defaultSignals(): UTF-8 with a byte order mark (so Excel
/// reads it as UTF-8), ';', ISO dates, amounts as 1234.56, flags ja/nee. For the demo's
/// synthetic signal files and for tests.
class SignalCsvWriter {
public:
    /// Creates (or truncates) `path` and writes the header.
    static Result<std::unique_ptr<SignalCsvWriter>> create(const QString &path);
    /// Writes to `device` (opened for writing here if it is not open). The header is written first.
    static Result<std::unique_ptr<SignalCsvWriter>> create(
        std::unique_ptr<QIODevice> device, const QString &displayName);

    SignalCsvWriter(const SignalCsvWriter &) = delete;
    SignalCsvWriter &operator=(const SignalCsvWriter &) = delete;

    Result<void> write(const SignalRow &row);
    /// Writes what is buffered; call before closing (the destructor flushes without reporting).
    Result<void> finish();

    /// The row as one CSV record (CRLF-terminated), for tests and previews.
    static QByteArray record(const SignalRow &row);

private:
    explicit SignalCsvWriter(std::unique_ptr<CsvOutput> out) : m_out(std::move(out)) {}

    std::unique_ptr<CsvOutput> m_out;
};

} // namespace vangnet::importing
