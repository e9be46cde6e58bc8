#include "importing/StringPool.h"

#include <cstdint>
#include <algorithm>
#include <cstring>

namespace vangnet::importing {

namespace {

std::uint64_t load(const char *p, std::size_t n)
{
    std::uint64_t v = 0;
    std::memcpy(&v, p, n);
    return v;
}

} // namespace

QString StringPool::get(QByteArrayView ascii)
{
    const auto n = std::size_t(ascii.size());
    if (ascii.size() > maxLength)
        return QString::fromLatin1(ascii.data(), ascii.size()); // long texts rarely repeat
    if (m_slots.empty())
        m_slots.resize(slots);
    // The first and last 8 bytes (overlapping when shorter than 16) and the length.
    const std::uint64_t head = n >= 8 ? load(ascii.data(), 8) : load(ascii.data(), n);
    const std::uint64_t tail = n >= 8 ? load(ascii.data() + n - 8, 8) : 0;
    std::uint64_t hash = (head * 0x9E3779B97F4A7C15ULL) ^ (tail * 0xC2B2AE3D27D4EB4FULL) ^ n;
    hash ^= hash >> 29;
    Slot &slot = m_slots[std::size_t(hash % slots)];
    // Most values fit in 16 bytes: compare them as two words instead of calling memcmp.
    const bool same = slot.size == ascii.size() &&
                      (n <= 16 ? load(slot.bytes, std::min<std::size_t>(n, 8)) == head &&
                                     (n <= 8 || load(slot.bytes + n - 8, 8) == tail)
                               : std::memcmp(slot.bytes, ascii.data(), n) == 0);
    if (!same) {
        slot.text = QString::fromLatin1(ascii.data(), ascii.size());
        slot.size = ascii.size();
        std::memcpy(slot.bytes, ascii.data(), n);
    }
    return slot.text;
}

} // namespace vangnet::importing
