#include "security/Wipe.h"

#include <sodium.h>

namespace vangnet {

namespace {

/// data() would detach a shared buffer and wipe only the fresh copy; the shared one is the
/// one to reach, so it is written through constData() when it is heap memory Qt allocated.
template <typename Text>
void zeroShared(Text &text, std::size_t charSize)
{
    if (text.isEmpty() || !text.data_ptr().isMutable())
        return;
    sodium_memzero(const_cast<typename Text::value_type *>(text.constData()), static_cast<std::size_t>(text.size()) * charSize);
}

} // namespace

void wipeSecret(QString &text)
{
    zeroShared(text, sizeof(QChar));
    text.clear();
}

void wipeSecret(QByteArray &bytes)
{
    zeroShared(bytes, 1);
    bytes.clear();
}

} // namespace vangnet
