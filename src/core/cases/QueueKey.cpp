#include "cases/QueueKey.h"

#include <algorithm>

namespace vangnet::cases {

QList<qint64> QueueIndex::householdIds(std::size_t from, std::size_t count) const
{
    QList<qint64> out;
    const std::size_t end = from + std::min(count, keys.size() - std::min(from, keys.size()));
    out.reserve(qsizetype(end > from ? end - from : 0));
    for (std::size_t i = from; i < end; ++i)
        out << keys[i].householdId;
    return out;
}

qsizetype QueueIndex::find(qint64 householdId) const
{
    const auto found = std::find_if(keys.begin(), keys.end(),
                                    [householdId](const QueueKey &k) { return k.householdId == householdId; });
    return found == keys.end() ? -1 : qsizetype(found - keys.begin());
}

} // namespace vangnet::cases
