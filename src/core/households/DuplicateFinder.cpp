#include "households/DuplicateFinder.h"

#include "households/SurnameKey.h"

#include <algorithm>

namespace vangnet::households {

namespace {

QString dateText(const QDate &d)
{
    return d.toString(QStringLiteral("dd-MM-yyyy"));
}

QString bornKey(const QDate &born)
{
    return QString::number(born.toJulianDay());
}

} // namespace

DuplicateFinder::DuplicateFinder(QList<DuplicateHousehold> households, QList<DuplicateMember> members)
    : m_households(std::move(households)), m_members(std::move(members))
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
    // Key: birth date + one deletion variant of the surname. Two surnames within one edit share a
    // variant, so a member meets only the few born that day with a close name.
    QHash<QString, QList<const DuplicateMember *>> index;
    index.reserve(m_members.size() * 4);
    for (const DuplicateMember &m : m_members) {
        if (!m.born.isValid() || m.surname.isEmpty())
            continue;
        const QString day = bornKey(m.born) + QLatin1Char('|');
        QSet<const DuplicateMember *> seen;
        const QStringList variants = oneDeletionVariants(m.surname);
        for (const QString &variant : variants) {
            QList<const DuplicateMember *> &bucket = index[day + variant];
            for (const DuplicateMember *other : std::as_const(bucket)) {
                if (other->householdId == m.householdId || seen.contains(other) || !withinOneEdit(other->surname, m.surname))
                    continue;
                seen.insert(other);
                add(found, other->householdId, m.householdId,
                    {DuplicateReasonKind::SimilarName, other->surname == m.surname,
                     other->name + QStringLiteral(" / ") + m.name + QStringLiteral(", ") + dateText(m.born)});
            }
            bucket << &m;
        }
    }
}

void DuplicateFinder::byAddress(Found &found) const
{
    // Key: address + birth date of a member living there now.
    QHash<QString, QList<const DuplicateMember *>> living;
    for (const DuplicateMember &m : m_members) {
        const auto at = m_index.constFind(m.householdId);
        if (!m.born.isValid() || at == m_index.cend())
            continue;
        living[QString::number(m_households.at(*at).addressId) + QLatin1Char('|') + bornKey(m.born)] << &m;
    }
    for (const QList<const DuplicateMember *> &bucket : std::as_const(living))
        for (qsizetype i = 0; i < bucket.size(); ++i)
            for (qsizetype j = i + 1; j < bucket.size(); ++j)
                if (bucket[i]->householdId != bucket[j]->householdId)
                    add(found, bucket[i]->householdId, bucket[j]->householdId,
                        {DuplicateReasonKind::SameAddress, true,
                         m_households.at(m_index.value(bucket[i]->householdId)).side.address + QStringLiteral(", ")
                             + dateText(bucket[i]->born)});
    // A member of a household signalled at an address where another household lives now.
    for (const DuplicateMember &m : m_members) {
        const auto at = m_index.constFind(m.householdId);
        if (!m.born.isValid() || at == m_index.cend())
            continue;
        const DuplicateHousehold &h = m_households.at(*at);
        for (const qint64 earlier : h.earlierAddressIds) {
            const auto there = living.constFind(QString::number(earlier) + QLatin1Char('|') + bornKey(m.born));
            if (there == living.cend())
                continue;
            for (const DuplicateMember *other : *there)
                if (other->householdId != m.householdId)
                    add(found, other->householdId, m.householdId,
                        {DuplicateReasonKind::EarlierAddress, true,
                         m_households.at(m_index.value(other->householdId)).side.address + QStringLiteral(", ")
                             + dateText(m.born)});
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
