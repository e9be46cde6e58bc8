#include "importing/CsvFormatter.h"

namespace vangnet::importing {

void CsvFormatter::field(QByteArray &out, const QString &text)
{
    field(out, QByteArrayView(text.toUtf8()));
}

void CsvFormatter::field(QByteArray &out, QByteArrayView utf8)
{
    if (!m_first)
        out.append(m_delimiter);
    m_first = false;
    bool quote = false;
    for (const char c : utf8) {
        if (c == m_delimiter || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out.append(utf8);
        return;
    }
    out.append('"');
    for (const char c : utf8) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

void CsvFormatter::endRecord(QByteArray &out)
{
    out.append("\r\n");
    m_first = true;
}

} // namespace vangnet::importing
