#pragma once

#include "support/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVector>

#include <optional>

class QIODevice;

namespace vangnet::importing {

/// Splits a CSV stream into records of raw byte fields, block by block (1 MiB), never holding
/// more of the file than the current block and one record.
///
/// RFC 4180 with the habits of spreadsheet exports: a field that starts with a double quote runs
/// to the closing quote and may hold delimiters, newlines and doubled quotes (""); text after the
/// closing quote is kept as part of the field. Records end at LF; a CR before it is trimmed with
/// the field. Line numbers count physical lines, so a quoted newline moves later rows down.
class CsvRecordReader {
public:
    static constexpr qsizetype defaultBlockSize = 1 << 20;
    static constexpr qsizetype maxRecordSize = 1 << 20;

    /// `device` must be open for reading and outlive the reader. `displayName` names the file in
    /// errors. `blockSize` is for tests and the fuzzer, which make records cross block ends.
    CsvRecordReader(QIODevice &device, QString displayName, qsizetype blockSize = defaultBlockSize);

    /// Reads the first block. Refuses an empty file, binary data (a NUL byte in the first 64 KiB)
    /// and UTF-16; skips a UTF-8 byte order mark; detects the delimiter from the first line unless
    /// `delimiter` is given: the most frequent of ';', ',' and tab outside quotes (';' on a tie).
    Result<void> start(char delimiter = 0);

    /// The next record, blank lines skipped. False at the end, or on failure (see error()).
    bool next();

    /// The fields of the current record: valid until the next call of next().
    const QVector<QByteArrayView> &fields() const { return m_fields; }
    /// The physical line (1-based) on which the current record starts.
    qint64 line() const { return m_recordLine; }
    /// True when the current record ran to the end of the file inside an open quote.
    bool quoteUnclosed() const { return m_unclosed; }

    char delimiter() const { return m_delimiter; }
    bool hadByteOrderMark() const { return m_bom; }
    /// The first block as read (for encoding detection).
    QByteArrayView firstBlock() const { return m_firstBlock; }
    qint64 bytesRead() const { return m_base + m_pos; }
    /// Set when reading failed in the middle of the file (I/O error, runaway record).
    const std::optional<Error> &error() const { return m_error; }

private:
    enum class Parse { Record, NeedMore, End };

    Parse parseRecord();
    bool fill();

    QIODevice &m_device;
    QString m_displayName;
    qsizetype m_blockSize;
    QByteArray m_buf;
    QByteArray m_scratch; ///< unescaped text of quoted fields with "" inside
    QByteArray m_firstBlock;
    qsizetype m_pos = 0; ///< start of the next record in m_buf
    qint64 m_base = 0; ///< file offset of m_buf[0]
    bool m_eof = false;
    char m_delimiter = ';';
    bool m_bom = false;
    bool m_unclosed = false;
    qint64 m_line = 1; ///< line of the next record
    qint64 m_recordLine = 0;
    QVector<QByteArrayView> m_fields;
    std::optional<Error> m_error;
};

} // namespace vangnet::importing
