#pragma once

#include "importing/CsvFormatter.h"
#include "importing/ImportRows.h"
#include "importing/CsvOutput.h"
#include "support/Result.h"

#include <QByteArray>
#include <QList>

#include <memory>

class QIODevice;

namespace vangnet::importing {

/// Writes rejected rows to a CSV report (the CLI's --rejects OUT.csv): UTF-8 with a byte order
/// mark, ';', a header `file;line;column;reason`, one record per reject. The line is empty for
/// JSON rejects (their column holds the JSON path). A value starting with =, +, - or @ gets a
/// leading apostrophe so a spreadsheet shows it as text instead of running it as a formula.
class RejectWriter {
public:
    static Result<std::unique_ptr<RejectWriter>> create(const QString &path);
    static Result<std::unique_ptr<RejectWriter>> create(std::unique_ptr<QIODevice> device, const QString &displayName);

    RejectWriter(const RejectWriter &) = delete;
    RejectWriter &operator=(const RejectWriter &) = delete;

    /// `file` names the imported file the reject comes from.
    Result<void> write(const QString &file, const Reject &reject);
    Result<void> write(const QString &file, const QList<Reject> &rejects);
    /// Writes what is buffered; call before closing.
    Result<void> finish();

private:
    explicit RejectWriter(std::unique_ptr<CsvOutput> out) : m_out(std::move(out)) {}

    std::unique_ptr<CsvOutput> m_out;
};

} // namespace vangnet::importing
