#pragma once

#include <QByteArray>
#include <QString>

namespace vangnet::importing {

/// Builds CSV output: UTF-8, fields quoted only when they must be (they hold the delimiter, a
/// quote, a CR or LF), records ending in CRLF as RFC 4180 and Excel expect.
class CsvFormatter {
public:
    explicit CsvFormatter(char delimiter = ';')
        : m_delimiter(delimiter)
    { }

    /// Appends one field (preceded by the delimiter unless it starts the record).
    void field(QByteArray &out, const QString &text);
    void field(QByteArray &out, QByteArrayView utf8);
    /// Ends the record.
    void endRecord(QByteArray &out);

private:
    char m_delimiter;
    bool m_first = true;
};

} // namespace vangnet::importing
