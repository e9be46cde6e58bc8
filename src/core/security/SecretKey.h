#pragma once

#include <QByteArray>

#include <cstddef>

namespace vangnet {

/// 32 bytes of key material in libsodium's guarded memory: locked in RAM (never swapped),
/// zeroed when freed. Move-only.
class SecretKey {
public:
    static constexpr std::size_t size = 32;

    SecretKey(); ///< zero-filled
    static SecretKey random();
    ~SecretKey();
    SecretKey(SecretKey &&other) noexcept;
    SecretKey &operator=(SecretKey &&other) noexcept;
    SecretKey(const SecretKey &) = delete;
    SecretKey &operator=(const SecretKey &) = delete;

    unsigned char *data() { return m_bytes; }
    const unsigned char *data() const { return m_bytes; }

private:
    unsigned char *m_bytes = nullptr;
};

/// Calls sodium_init() once; every security function calls it first. False if libsodium failed.
bool ensureSodium();

} // namespace vangnet
