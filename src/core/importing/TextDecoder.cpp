#include "importing/TextDecoder.h"

#include <array>

namespace vangnet::importing {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80–0x9F. The five unassigned bytes map to the
// C1 control of the same value, as the WHATWG encoding standard does.
constexpr std::array<char16_t, 32> cp1252High{
    0x20AC,
    0x0081,
    0x201A,
    0x0192,
    0x201E,
    0x2026,
    0x2020,
    0x2021,
    0x02C6,
    0x2030,
    0x0160,
    0x2039,
    0x0152,
    0x008D,
    0x017D,
    0x008F,
    0x0090,
    0x2018,
    0x2019,
    0x201C,
    0x201D,
    0x2022,
    0x2013,
    0x2014,
    0x02DC,
    0x2122,
    0x0161,
    0x203A,
    0x0153,
    0x009D,
    0x017E,
    0x0178,
};

} // namespace

QByteArrayView TextDecoder::trimmed(QByteArrayView bytes)
{
    const char *begin = bytes.data();
    const char *end = begin + bytes.size();
    while (begin < end && (*begin == ' ' || *begin == '\t' || *begin == '\r'))
        ++begin;
    while (end > begin && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
        --end;
    return QByteArrayView(begin, end - begin);
}

bool TextDecoder::isAscii(QByteArrayView bytes)
{
    unsigned char any = 0;
    for (const char c : bytes)
        any |= static_cast<unsigned char>(c);
    return any < 0x80;
}

bool TextDecoder::isValidUtf8(QByteArrayView bytes, bool allowTruncatedEnd)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        unsigned int minimum = 0;
        unsigned int code = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            minimum = 0x80;
            code = c & 0x1Fu;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            minimum = 0x800;
            code = c & 0x0Fu;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            minimum = 0x10000;
            code = c & 0x07u;
        } else {
            return false;
        }
        if (end - p <= extra) {
            // Fewer continuation bytes than announced: fine only when cut off by the block end.
            for (const unsigned char *q = p + 1; q < end; ++q) {
                if ((*q & 0xC0u) != 0x80u)
                    return false;
            }
            return allowTruncatedEnd;
        }
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0u) != 0x80u)
                return false;
            code = (code << 6) | (p[i] & 0x3Fu);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        p += extra + 1;
    }
    return true;
}

QString TextDecoder::fromWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *out++ = (b >= 0x80 && b < 0xA0) ? cp1252High[b - 0x80u] : char16_t(b);
    }
    return text;
}

void TextDecoder::observe(QByteArrayView block)
{
    if (m_encoding != TextEncoding::Auto || isAscii(block))
        return;
    m_encoding = isValidUtf8(block, true) ? TextEncoding::Utf8 : TextEncoding::Windows1252;
}

QString TextDecoder::decode(QByteArrayView bytes)
{
    bytes = trimmed(bytes);
    if (bytes.isEmpty())
        return QString();
    if (isAscii(bytes))
        return QString::fromLatin1(bytes.data(), bytes.size());
    if (m_encoding == TextEncoding::Windows1252)
        return fromWindows1252(bytes);
    if (isValidUtf8(bytes)) {
        if (m_encoding == TextEncoding::Auto)
            m_encoding = TextEncoding::Utf8;
        return QString::fromUtf8(bytes);
    }
    if (m_encoding == TextEncoding::Auto)
        m_encoding = TextEncoding::Windows1252;
    return fromWindows1252(bytes);
}

} // namespace vangnet::importing
