#pragma once

#include <QByteArrayView>
#include <QString>

#include <vector>

namespace vangnet::importing {

/// Hands out shared QStrings for ASCII text that repeats (street, town and partner names,
/// voorvoegsels, first names), so a million rows do not allocate a million copies of
/// "Kerkstraat". A direct-mapped cache: a hit costs a hash and a compare instead of an allocation
/// (and the rows share one buffer); a miss replaces the slot. Each slot keeps the bytes it was
/// made from, so a hit is one memcmp.
class StringPool {
public:
    static constexpr std::size_t slots = 1024;

    /// The text of `ascii` (which must be ASCII and trimmed).
    QString get(QByteArrayView ascii);

    static constexpr qsizetype maxLength = 40;

private:
    struct Slot {
        QString text;
        qsizetype size = -1;
        char bytes[maxLength];
    };
    std::vector<Slot> m_slots; ///< allocated on first use
};

} // namespace vangnet::importing
