#pragma once

#include <QtGlobal>

#include <cstdint>

namespace vangnet::demo {

/// SplitMix64 (Steele, Lea, Flood 2014). Written out here rather than taken from <random>:
/// the standard distributions are implementation-defined, and the demo must give the same
/// data byte for byte for the same seed on every compiler and platform.
class DemoRandom {
public:
    explicit DemoRandom(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    /// Uniform in [0, n); n > 0. Multiply-shift keeps it free of modulo bias worth noticing.
    int below(int n)
    {
        // 31 random bits times n < 2^31 fits in 64 bits.
        return static_cast<int>(((next() >> 33) * static_cast<quint64>(n)) >> 31);
    }

    /// Uniform in [low, high].
    int between(int low, int high) { return low + below(high - low + 1); }

    /// True with probability `percent` / 100.
    bool chance(int percent) { return below(100) < percent; }

    /// An index drawn with the given integer weights.
    template <typename Weights>
    int weighted(const Weights &weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int pick = below(total);
        int index = 0;
        for (int w : weights) {
            if (pick < w)
                return index;
            pick -= w;
            ++index;
        }
        return index - 1;
    }

    /// Puts `list` in a random order (Fisher–Yates); `list` has size(), swapItemsAt().
    template <typename List>
    void shuffle(List &list)
    {
        for (auto i = list.size() - 1; i > 0; --i)
            list.swapItemsAt(i, below(static_cast<int>(i + 1)));
    }

private:
    quint64 m_state;
};

} // namespace vangnet::demo
