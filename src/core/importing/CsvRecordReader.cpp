#include "importing/CsvRecordReader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace vangnet::importing {

CsvRecordReader::CsvRecordReader(QIODevice &device, QString displayName, qsizetype blockSize)
    : m_device(device)
    , m_displayName(std::move(displayName))
    , m_blockSize(std::max<qsizetype>(blockSize, 1))
{ }

bool CsvRecordReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buf.remove(0, m_pos);
        m_base += m_pos;
        m_pos = 0;
    }
    if (m_buf.size() > maxRecordSize) {
        m_error = Error{ErrorCode::Invalid,
            QCoreApplication::translate("vangnet::importing::CsvRecordReader",
                "%1, line %2: a record longer than 1 MiB; probably a quote that is "
                "never closed. Nothing after this line was read.")
                .arg(m_displayName)
                .arg(m_line)};
        return false;
    }
    const qsizetype old = m_buf.size();
    m_buf.resize(old + m_blockSize);
    const qint64 got = m_device.read(m_buf.data() + old, m_blockSize);
    if (got < 0) {
        m_buf.resize(old);
        m_error = Error{ErrorCode::Io,
            QCoreApplication::translate("vangnet::importing::CsvRecordReader", "%1 could not be read: %2")
                .arg(m_displayName, m_device.errorString())};
        return false;
    }
    m_buf.resize(old + qsizetype(got));
    if (got == 0)
        m_eof = true;
    return true;
}

Result<void> CsvRecordReader::start(char delimiter)
{
    // Read a whole first block (a pipe may deliver less at a time) that holds at least the
    // header line and the byte order mark: the checks below look at them.
    while (!m_eof && (m_buf.size() < std::max<qsizetype>(m_blockSize, 4) || !m_buf.contains('\n')) &&
           m_buf.size() <= maxRecordSize) {
        if (!fill())
            break;
    }
    if (m_error)
        return *m_error;
    m_firstBlock = m_buf;

    const QByteArrayView head = QByteArrayView(m_buf).first(std::min<qsizetype>(m_buf.size(), 65536));
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return Error{ErrorCode::Invalid,
            QCoreApplication::translate("vangnet::importing::CsvRecordReader",
                "%1 is in UTF-16, which is not supported: save "
                "it as CSV in UTF-8 or Windows-1252.")
                .arg(m_displayName)};
    if (head.contains('\0'))
        return Error{ErrorCode::Invalid,
            QCoreApplication::translate("vangnet::importing::CsvRecordReader",
                "%1 is not a text file (it holds binary data). "
                "Is it an Excel workbook? Save it as CSV.")
                .arg(m_displayName)};
    if (head.startsWith("\xEF\xBB\xBF")) {
        m_bom = true;
        m_pos = 3;
    }
    bool blank = true;
    for (qsizetype i = m_pos; i < m_buf.size() && blank; ++i)
        blank = m_buf[i] == ' ' || m_buf[i] == '\t' || m_buf[i] == '\r' || m_buf[i] == '\n';
    if (blank)
        return Error{ErrorCode::Invalid,
            QCoreApplication::translate("vangnet::importing::CsvRecordReader", "%1 is empty: it has no header line.")
                .arg(m_displayName)};

    if (delimiter != 0) {
        m_delimiter = delimiter;
        return success();
    }
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    bool quoted = false;
    for (qsizetype i = m_pos; i < m_buf.size(); ++i) {
        const char c = m_buf[i];
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == '\n')
            break;
        else if (c == ';')
            ++semicolons;
        else if (c == ',')
            ++commas;
        else if (c == '\t')
            ++tabs;
    }
    m_delimiter = ';';
    if (commas > semicolons && commas >= tabs)
        m_delimiter = ',';
    else if (tabs > semicolons && tabs > commas)
        m_delimiter = '\t';
    return success();
}

bool CsvRecordReader::next()
{
    if (m_error)
        return false;
    for (;;) {
        switch (parseRecord()) {
        case Parse::Record:
            if (m_fields.size() == 1 && m_fields.front().trimmed().isEmpty())
                continue; // a blank line
            return true;
        case Parse::End:
            return false;
        case Parse::NeedMore:
            if (!fill() && m_error)
                return false;
            break;
        }
    }
}

CsvRecordReader::Parse CsvRecordReader::parseRecord()
{
    const char *const begin = m_buf.constData();
    const char *const end = begin + m_buf.size();
    const char *p = begin + m_pos;
    if (p == end)
        return m_eof ? Parse::End : Parse::NeedMore;
    if (m_scratch.size() < m_buf.size())
        m_scratch.resize(m_buf.size()); // never reallocated while views into it are handed out
    char *scratch = m_scratch.data();
    qsizetype scratchUsed = 0;
    qint64 newlines = 0;
    bool unclosed = false;
    const char delimiter = m_delimiter;
    m_fields.clear();

    // Fast path, most records: the whole line is in the buffer and has no quote in it. One
    // SIMD search for the line end and one for a quote, then a tight split on the delimiter.
    if (const auto *lineEnd = static_cast<const char *>(std::memchr(p, '\n', std::size_t(end - p)));
        lineEnd && !std::memchr(p, '"', std::size_t(lineEnd - p))) {
        const char *start = p;
        const char *q = p;
#if defined(__SSE2__)
        // Sixteen bytes at a time: one compare gives a bit per delimiter.
        const __m128i needle = _mm_set1_epi8(delimiter);
        for (; lineEnd - q >= 16; q += 16) {
            const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(q));
            for (auto mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(chunk, needle))); mask != 0;
                 mask &= mask - 1) {
                const char *hit = q + __builtin_ctz(mask);
                m_fields.append(QByteArrayView(start, hit - start));
                start = hit + 1;
            }
        }
#endif
        for (; q < lineEnd; ++q) {
            if (*q == delimiter) {
                m_fields.append(QByteArrayView(start, q - start));
                start = q + 1;
            }
        }
        m_fields.append(QByteArrayView(start, lineEnd - start));
        m_recordLine = m_line;
        ++m_line;
        m_unclosed = false;
        m_pos = lineEnd + 1 - begin;
        return Parse::Record;
    }

    for (;;) {
        // One field starts at p.
        if (p < end && *p == '"') {
            ++p;
            const char *segment = p;
            const qsizetype scratchStart = scratchUsed;
            bool copied = false; // the field's text is in scratch rather than in the buffer
            const char *fieldEnd = nullptr;
            for (;;) {
                const auto *quote = static_cast<const char *>(std::memchr(p, '"', std::size_t(end - p)));
                const char *stop = quote ? quote : end;
                newlines += std::count(p, stop, '\n');
                if (!quote) {
                    if (!m_eof)
                        return Parse::NeedMore;
                    unclosed = true;
                    fieldEnd = end;
                    p = end;
                    break;
                }
                if (quote + 1 == end && !m_eof)
                    return Parse::NeedMore; // cannot tell "" from a closing quote yet
                if (quote + 1 < end && quote[1] == '"') {
                    std::memcpy(scratch + scratchUsed, segment, std::size_t(quote + 1 - segment));
                    scratchUsed += quote + 1 - segment;
                    copied = true;
                    p = quote + 2;
                    segment = p;
                    continue;
                }
                fieldEnd = quote;
                p = quote + 1;
                break;
            }
            // Text between the closing quote and the delimiter belongs to the field too.
            const char *trailing = p;
            while (p < end && *p != delimiter && *p != '\n')
                ++p;
            if (p == end && !m_eof)
                return Parse::NeedMore;
            bool trailingText = false;
            for (const char *t = trailing; t < p; ++t)
                trailingText = trailingText || (*t != ' ' && *t != '\t' && *t != '\r');
            if (copied || trailingText) {
                std::memcpy(scratch + scratchUsed, segment, std::size_t(fieldEnd - segment));
                scratchUsed += fieldEnd - segment;
                if (trailingText) {
                    std::memcpy(scratch + scratchUsed, trailing, std::size_t(p - trailing));
                    scratchUsed += p - trailing;
                }
                m_fields.append(QByteArrayView(scratch + scratchStart, scratchUsed - scratchStart));
            } else {
                m_fields.append(QByteArrayView(segment, fieldEnd - segment));
            }
        } else {
            const char *start = p;
            while (p < end && *p != delimiter && *p != '\n')
                ++p;
            if (p == end && !m_eof)
                return Parse::NeedMore;
            m_fields.append(QByteArrayView(start, p - start));
        }
        if (p == end)
            break;
        if (*p == '\n') {
            ++newlines;
            ++p;
            break;
        }
        ++p; // the delimiter; a field follows, empty if the record ends here
        if (p == end && !m_eof)
            return Parse::NeedMore;
        if (p == end) {
            m_fields.append(QByteArrayView());
            break;
        }
    }
    m_recordLine = m_line;
    m_line += newlines;
    m_unclosed = unclosed;
    m_pos = p - begin;
    return Parse::Record;
}

} // namespace vangnet::importing
