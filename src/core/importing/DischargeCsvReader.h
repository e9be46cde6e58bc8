#pragma once

#include "importing/CsvTable.h"
#include "importing/FieldReader.h"
#include "importing/ImportFields.h"

#include <QString>
#include <QVector>

#include <array>
#include <memory>

namespace vangnet::importing {

/// Discharge notices (uitstroommeldingen) from a CSV file in a profile's column layout
/// (docs/formats.md). Same contract as SignalReader.
class DischargeCsvReader final {
public:
    /// Opens a file by path (ErrorCode::Io when it cannot be read).
    static Result<std::unique_ptr<DischargeCsvReader>> open(
        const QString &path, const ImportProfile &profile = ImportProfile::defaultDischarges());
    /// Reads from `device` (opened for reading here if it is not open); `displayName` names it
    /// in errors. Refuses empty and binary input and headers without the required columns.
    static Result<std::unique_ptr<DischargeCsvReader>> open(
        std::unique_ptr<QIODevice> device, const QString &displayName, const ImportProfile &profile);

    DischargeCsvReader(const DischargeCsvReader &) = delete;
    DischargeCsvReader &operator=(const DischargeCsvReader &) = delete;

    /// The next valid row; rejected rows on the way go to `rejects`. False at the end or on error().
    bool next(DischargeRow &row, QList<Reject> &rejects);
    qsizetype readBatch(qsizetype max, QVector<DischargeRow> &rows, QList<Reject> &rejects);

    qint64 bytesRead() const { return m_table->bytesRead(); }
    qint64 totalBytes() const { return m_table->totalBytes(); }
    qint64 rowsRead() const { return m_table->recordsRead(); }
    qint64 rowsRejected() const { return m_table->recordsRejected() + m_rowsRejected; }
    const std::optional<Error> &error() const { return m_table->error(); }
    /// The field's column as the file's header spells it (DischargeField index).
    QString columnName(int field) const { return m_table->columnName(field); }

private:
    explicit DischargeCsvReader(std::unique_ptr<CsvTable> table);

    std::unique_ptr<CsvTable> m_table;
    FieldReader m_fields;
    std::array<QByteArrayView, dischargeFieldCount> m_raw{};
    qint64 m_rowsRejected = 0;
};

} // namespace vangnet::importing
