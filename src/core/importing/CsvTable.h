#pragma once

#include "importing/CsvRecordReader.h"
#include "importing/ImportProfile.h"
#include "importing/ImportRows.h"
#include "importing/TextDecoder.h"
#include "support/Result.h"

#include <QIODevice>
#include <QStringList>
#include <QVector>

#include <memory>

namespace vangnet::importing {

/// A CSV file read through an import profile: the header decides which column holds which
/// field, and every later record is handed out as raw fields in field order.
///
/// open() refuses the whole file (before any row) when it is empty, binary, or its header lacks
/// a required column. Records with more non-empty columns than the header, fewer columns, or a
/// quote that is never closed become rejects; a record whose fields are all blank (";;;;" from
/// a spreadsheet) is skipped.
class CsvTable {
public:
    /// Which fields the header must have. The person's address alternative: a file needs a BSN
    /// column, or both a postcode and a house-number column.
    struct Rules {
        ImportProfile::Kind kind = ImportProfile::Kind::Signals; ///< the profile must be of this kind
        QList<int> required;
        int bsn = -1;
        int postcode = -1;
        int houseNumber = -1;
    };

    /// What the readers of `kind` demand of a header (SignalCsvReader, DischargeCsvReader); the
    /// import wizard checks a hand-made column mapping against the same rules.
    static Rules rulesFor(ImportProfile::Kind kind);

    static Result<std::unique_ptr<CsvTable>> open(std::unique_ptr<QIODevice> device, const QString &displayName,
        const ImportProfile &profile, const Rules &rules);

    /// The header line's column names, read as open() reads them (the profile's delimiter and
    /// encoding, or detected), whichever fields they hold. Refuses empty and binary input.
    static Result<QStringList> headerOf(
        std::unique_ptr<QIODevice> device, const QString &displayName, const ImportProfile &profile);

    /// The next record that has the header's shape: its raw fields by field index in `fields`
    /// (fieldCount entries; empty where the file has no such column). Misshapen records on the
    /// way are appended to `rejects`. False at the end or on failure (error()).
    bool next(QByteArrayView *fields, qint64 &line, QList<Reject> &rejects);

    /// The column's name as the file's header spells it (the profile's name when absent).
    QString columnName(int field) const { return m_columnNames.value(field); }
    TextDecoder &decoder() { return m_decoder; }
    qint64 bytesRead() const { return m_records.bytesRead(); }
    qint64 totalBytes() const { return m_totalBytes; }
    /// Data records handed out or rejected so far (the header not counted).
    qint64 recordsRead() const { return m_recordsRead; }
    qint64 recordsRejected() const { return m_recordsRejected; }
    const std::optional<Error> &error() const { return m_records.error(); }
    char delimiter() const { return m_records.delimiter(); }

private:
    CsvTable(std::unique_ptr<QIODevice> device, const QString &displayName, const ImportProfile &profile);
    static Result<std::unique_ptr<CsvTable>> start(
        std::unique_ptr<QIODevice> device, const QString &displayName, const ImportProfile &profile);
    Result<QStringList> readHeaderLine();
    Result<void> readHeader(const Rules &rules);

    std::unique_ptr<QIODevice> m_device;
    QString m_displayName;
    ImportProfile m_profile;
    CsvRecordReader m_records;
    TextDecoder m_decoder;
    qint64 m_totalBytes = 0;
    int m_headerColumns = 0;
    QVector<int> m_columnOfField; ///< field index → column index, -1 when the file lacks it
    QStringList m_columnNames; ///< field index → name for rejects
    qint64 m_recordsRead = 0;
    qint64 m_recordsRejected = 0;
};

} // namespace vangnet::importing
