#pragma once

#include "importing/CsvTable.h"
#include "importing/FieldReader.h"
#include "importing/ImportFields.h"
#include "importing/SignalReader.h"

#include <array>
#include <memory>

namespace vangnet::importing {

/// Early signals from a CSV file in a profile's column layout (docs/formats.md).
class SignalCsvReader final : public SignalReader {
public:
    /// Refuses (ErrorCode::Invalid) empty and binary files and headers without the required
    /// columns; ErrorCode::Io when the device cannot be opened.
    static Result<std::unique_ptr<SignalCsvReader>> open(
        std::unique_ptr<QIODevice> device, const QString &displayName, const ImportProfile &profile);

    bool next(SignalRow &row, QList<Reject> &rejects) override;
    qint64 bytesRead() const override { return m_table->bytesRead(); }
    qint64 totalBytes() const override { return m_table->totalBytes(); }
    qint64 rowsRead() const override { return m_table->recordsRead(); }
    qint64 rowsRejected() const override { return m_table->recordsRejected() + m_rowsRejected; }
    const std::optional<Error> &error() const override { return m_table->error(); }

private:
    explicit SignalCsvReader(std::unique_ptr<CsvTable> table);

    std::unique_ptr<CsvTable> m_table;
    FieldReader m_fields;
    std::array<QByteArrayView, signalFieldCount> m_raw{};
    qint64 m_rowsRejected = 0;
};

} // namespace vangnet::importing
