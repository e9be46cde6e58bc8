#pragma once

#include "importing/ImportProfile.h"

#include <QByteArrayView>
#include <QString>

namespace vangnet::importing {

/// Turns the bytes of one field into text, deciding the file's encoding once.
///
/// Auto detection: the first field (or block, see observe()) that holds any byte above 0x7F
/// decides. Valid UTF-8 → the file is UTF-8; otherwise it is Windows-1252 (Excel's "CSV" on a
/// Dutch Windows). A field that is not valid UTF-8 in a file judged UTF-8 is still read as
/// Windows-1252 rather than turned into replacement characters: the mixed files some exports
/// produce then read right, and nothing is lost silently.
class TextDecoder {
public:
    explicit TextDecoder(TextEncoding encoding = TextEncoding::Auto)
        : m_encoding(encoding)
    { }

    /// Lets the decoder judge a block of raw bytes (e.g. the first 64 KiB of the file) so that
    /// the decision does not depend on which field happens to be decoded first.
    void observe(QByteArrayView block);

    /// The field's text, without leading and trailing spaces and tabs.
    QString decode(QByteArrayView bytes);

    /// The encoding decided so far (Auto while everything seen was ASCII).
    TextEncoding encoding() const { return m_encoding; }

    /// Strips leading/trailing spaces, tabs and CRs.
    static QByteArrayView trimmed(QByteArrayView bytes);
    static bool isAscii(QByteArrayView bytes);
    /// True when `bytes` is valid UTF-8; a sequence cut off at the very end counts as valid when
    /// `allowTruncatedEnd` (a block boundary can split a character).
    static bool isValidUtf8(QByteArrayView bytes, bool allowTruncatedEnd = false);
    static QString fromWindows1252(QByteArrayView bytes);

private:
    TextEncoding m_encoding;
};

} // namespace vangnet::importing
