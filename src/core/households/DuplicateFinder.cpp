#include "households/DuplicateFinder.h"

#include "households/SurnameKey.h"

#include <algorithm>
#include <vector>

namespace vangnet::households {

namespace {

QString dateText(const QDate &d)
{
    return d.toString(QStringLiteral("dd-MM-yyyy"));
}

/// FNV-1a over `s` without the character at `skip` (-1: none), then the day: the same string
/// and day give the same key however it was cut, so no variant string is ever built. Keys that
/// collide only bring a candidate that the full comparison then turns down.
quint64 variantKey(const QString &s, qsizetype skip, qint64 day)
{
    quint64 h = 14695981039346656037ull;
    for (qsizetype i = 0; i < s.size(); ++i)
        if (i != skip) {
            h ^= s.at(i).unicode();
            h *= 1099511628211ull;
        }
    h ^= quint64(day) * 0x9E3779B97F4A7C15ull;
    return h;
}

/// Address and birth date in one number (a Julian day is below 2^23).
quint64 placeKey(qint64 addressId, const QDate &born)
{
    return (quint64(addressId) << 23) ^ quint64(born.toJulianDay());
}

} // namespace

DuplicateFinder::DuplicateFinder(QList<DuplicateHousehold> households, QList<DuplicateMember> members)
    : m_households(std::move(households))
    , m_members(std::move(members))
{
    m_index.reserve(m_households.size());
    for (qsizetype i = 0; i < m_households.size(); ++i)
        m_index.insert(m_households.at(i).side.id, i);
}

void DuplicateFinder::add(Found &found, qint64 x, qint64 y, DuplicateReason reason)
{
    if (x == y)
        return;
    QList<DuplicateReason> &reasons = found[{std::min(x, y), std::max(x, y)}];
    for (DuplicateReason &r : reasons)
        if (r.kind == reason.kind) { // one reason of each kind: the strongest
            if (reason.weight() > r.weight())
                r = std::move(reason);
            return;
        }
    reasons << std::move(reason);
}

void DuplicateFinder::bySameBsn(Found &found) const
{
    QHash<QString, const DuplicateMember *> byHash;
    for (const DuplicateMember &m : m_members) {
        if (m.bsnHash.isEmpty())
            continue;
        if (const DuplicateMember *other = byHash.value(m.bsnHash); other && other->householdId != m.householdId)
            add(found, other->householdId, m.householdId,
                {DuplicateReasonKind::SameBsn, true, other->name + QStringLiteral(" / ") + m.name});
        else if (!other)
            byHash.insert(m.bsnHash, &m);
    }
}

void DuplicateFinder::bySimilarName(Found &found) const
{
    // Key: birth date + the surname with at most one character left out. Two surnames within one
    // edit share such a key, so a member meets only the few born that day with a close name. The
    // keys are sorted rather than hashed: one array, no allocation per key.
    std::vector<std::pair<quint64, qsizetype>> keys;
    keys.reserve(size_t(m_members.size()) * 10);
    for (qsizetype n = 0; n < m_members.size(); ++n) {
        const DuplicateMember &m = m_members.at(n);
        if (!m.born.isValid() || m.surname.isEmpty())
            continue;
        const qint64 day = m.born.toJulianDay();
        keys.emplace_back(variantKey(m.surname, -1, day), n);
        for (qsizetype i = 0; i < m.surname.size(); ++i)
            if (i == 0 || m.surname.at(i) != m.surname.at(i - 1)) // "ss" without either s is one variant
                keys.emplace_back(variantKey(m.surname, i, day), n);
    }
    std::sort(keys.begin(), keys.end());
    QSet<std::pair<qsizetype, qsizetype>> seen;
    for (size_t first = 0; first < keys.size();) {
        size_t end = first + 1;
        while (end < keys.size() && keys[end].first == keys[first].first)
            ++end;
        for (size_t x = first; x < end; ++x)
            for (size_t y = x + 1; y < end; ++y) {
                const DuplicateMember &a = m_members.at(keys[x].second);
                const DuplicateMember &b = m_members.at(keys[y].second);
                if (a.householdId == b.householdId || a.born != b.born || !withinOneEdit(a.surname, b.surname)
                    || seen.contains({keys[x].second, keys[y].second}))
                    continue;
                seen.insert({keys[x].second, keys[y].second});
                add(found, a.householdId, b.householdId,
                    {DuplicateReasonKind::SimilarName, a.surname == b.surname,
                        a.name + QStringLiteral(" / ") + b.name + QStringLiteral(", ") + dateText(a.born)});
            }
        first = end;
    }
}

void DuplicateFinder::byAddress(Found &found) const
{
    // Key: address + birth date of a member living there now.
    QHash<quint64, QList<const DuplicateMember *>> living;
    living.reserve(m_members.size());
    for (const DuplicateMember &m : m_members) {
        const auto at = m_index.constFind(m.householdId);
        if (!m.born.isValid() || at == m_index.cend())
            continue;
        living[placeKey(m_households.at(*at).addressId, m.born)] << &m;
    }
    const auto addressOf = [this](qint64 household) { return m_households.at(m_index.value(household)).side.address; };
    for (const QList<const DuplicateMember *> &bucket : std::as_const(living))
        for (qsizetype i = 0; i < bucket.size(); ++i)
            for (qsizetype j = i + 1; j < bucket.size(); ++j)
                if (bucket[i]->householdId != bucket[j]->householdId)
                    add(found, bucket[i]->householdId, bucket[j]->householdId,
                        {DuplicateReasonKind::SameAddress, true,
                            addressOf(bucket[i]->householdId) + QStringLiteral(", ") + dateText(bucket[i]->born)});
    // A member of a household signalled at an address where another household lives now.
    for (const DuplicateMember &m : m_members) {
        const auto at = m_index.constFind(m.householdId);
        if (!m.born.isValid() || at == m_index.cend())
            continue;
        for (const qint64 earlier : m_households.at(*at).earlierAddressIds) {
            const auto there = living.constFind(placeKey(earlier, m.born));
            if (there == living.cend())
                continue;
            for (const DuplicateMember *other : *there)
                if (other->householdId != m.householdId)
                    add(found, other->householdId, m.householdId,
                        {DuplicateReasonKind::EarlierAddress, true,
                            addressOf(other->householdId) + QStringLiteral(", ") + dateText(m.born)});
        }
    }
}

QList<DuplicatePair> DuplicateFinder::find(const QSet<HouseholdPairKey> &dismissed) const
{
    Found found;
    bySameBsn(found);
    bySimilarName(found);
    byAddress(found);
    QList<DuplicatePair> pairs;
    pairs.reserve(found.size());
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        const auto a = m_index.constFind(it.key().first);
        const auto b = m_index.constFind(it.key().second);
        if (a == m_index.cend() || b == m_index.cend() || dismissed.contains(it.key()))
            continue;
        DuplicatePair pair{m_households.at(*a).side, m_households.at(*b).side, 0, it.value()};
        std::sort(pair.reasons.begin(), pair.reasons.end(),
            [](const DuplicateReason &x, const DuplicateReason &y) { return int(x.kind) < int(y.kind); });
        for (const DuplicateReason &r : std::as_const(pair.reasons))
            pair.score += r.weight();
        pair.score = std::min(pair.score, 100);
        pairs << std::move(pair);
    }
    std::sort(pairs.begin(), pairs.end(), [](const DuplicatePair &x, const DuplicatePair &y) {
        if (x.score != y.score)
            return x.score > y.score;
        return std::pair(x.a.id, x.b.id) < std::pair(y.a.id, y.b.id);
    });
    return pairs;
}

} // namespace vangnet::households
