#include "security/SecretKey.h"

#include <sodium.h>

#include <new>
#include <utility>

namespace vangnet {

bool ensureSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

SecretKey::SecretKey()
{
    if (!ensureSodium())
        throw std::bad_alloc();
    m_bytes = static_cast<unsigned char *>(sodium_malloc(size));
    if (!m_bytes)
        throw std::bad_alloc();
    sodium_memzero(m_bytes, size);
}

SecretKey SecretKey::random()
{
    SecretKey key;
    randombytes_buf(key.m_bytes, size);
    return key;
}

SecretKey::~SecretKey()
{
    if (m_bytes)
        sodium_free(m_bytes); // zeroes before freeing
}

SecretKey::SecretKey(SecretKey &&other) noexcept : m_bytes(std::exchange(other.m_bytes, nullptr)) {}

SecretKey &SecretKey::operator=(SecretKey &&other) noexcept
{
    if (this != &other) {
        if (m_bytes)
            sodium_free(m_bytes);
        m_bytes = std::exchange(other.m_bytes, nullptr);
    }
    return *this;
}

} // namespace vangnet
