#pragma once

#include <QByteArray>
#include <QString>

namespace vangnet {

/// Plaintext copies of secrets and personal data (a revealed BSN, an export's bytes before they
/// go to the file) are overwritten once done with, so they do not linger in freed memory.
///
/// wipeSecret() zeroes the buffer where it lies (sodium_memzero), for every copy that shares it
/// through Qt's implicit sharing, and empties the variable: call it only when every holder of
/// the text is done with it. Static data (a literal, fromRawData) is not written to. Copies Qt
/// made on its own (a widget's layout cache, a converted string) are not reached: the limit is
/// in docs/security.md.
void wipeSecret(QString &text);
void wipeSecret(QByteArray &bytes);

/// Wipes a buffer when the scope ends, whichever way it ends.
class ScopedWipe {
public:
    explicit ScopedWipe(QByteArray &bytes) : m_bytes(bytes) {}
    ~ScopedWipe() { wipeSecret(m_bytes); }
    ScopedWipe(const ScopedWipe &) = delete;
    ScopedWipe &operator=(const ScopedWipe &) = delete;

private:
    QByteArray &m_bytes;
};

} // namespace vangnet
