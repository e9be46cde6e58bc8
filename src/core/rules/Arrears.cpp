#include "rules/Arrears.h"

#include "support/SearchKey.h"

#include <QVarLengthArray>

namespace vangnet::rules {

namespace {

/// One arrear seen so far; its name is folded only when a different spelling has to be compared,
/// so a household's monthly re-deliveries (same name, same spelling) cost no folding at all.
struct Arrear {
    const PreparedSignal *first = nullptr;
    QString folded;
    bool isFolded = false;

    const QString &foldedName()
    {
        if (!isFolded) {
            folded = searchKey(first->fact->partnerName);
            isFolded = true;
        }
        return folded;
    }
};

bool samePartnerType(const PreparedSignal &a, const PreparedSignal &b)
{
    if (a.partner >= 0 || b.partner >= 0)
        return a.partner == b.partner;
    return a.fact->partnerType.trimmed().compare(b.fact->partnerType.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace

qint64 countArrears(const EvalContext &ctx, const ItemList &items)
{
    QVarLengthArray<Arrear, 16> seen;
    for (const int i : items) {
        const PreparedSignal &s = ctx.signals[std::size_t(i)];
        QString folded;
        bool isFolded = false;
        bool known = false;
        for (Arrear &a : seen) {
            if (!samePartnerType(*a.first, s))
                continue;
            if (a.first->fact->partnerName == s.fact->partnerName) {
                known = true;
                break;
            }
            if (!isFolded) {
                folded = searchKey(s.fact->partnerName);
                isFolded = true;
            }
            if (a.foldedName() == folded) {
                known = true;
                break;
            }
        }
        if (!known)
            seen.append(Arrear{&s, folded, isFolded});
    }
    return seen.size();
}

namespace {

/// Whether `other` is the same arrear as `self` (partner type and folded name); `folded` caches
/// self's folded name once it is needed.
bool sameArrear(const PreparedSignal &self, const PreparedSignal &other, QString &folded, bool &isFolded)
{
    if (!samePartnerType(other, self))
        return false;
    if (other.fact->partnerName == self.fact->partnerName)
        return true;
    if (!isFolded) {
        folded = searchKey(self.fact->partnerName);
        isFolded = true;
    }
    return searchKey(other.fact->partnerName) == folded;
}

/// Signal `a` comes before signal `b`: an earlier date, or the same date and listed first.
bool before(const EvalContext &ctx, int a, int b)
{
    const qint64 da = ctx.signals[std::size_t(a)].day;
    const qint64 db = ctx.signals[std::size_t(b)].day;
    return da < db || (da == db && a < b);
}

} // namespace

int previousOfSameArrear(const EvalContext &ctx, int index)
{
    const PreparedSignal &self = ctx.signals[std::size_t(index)];
    if (self.day == noDay)
        return -1;
    QString folded;
    bool isFolded = false;
    int best = -1;
    for (int i = 0; i < int(ctx.signals.size()); ++i) {
        const PreparedSignal &s = ctx.signals[std::size_t(i)];
        if (i == index || s.day == noDay || !before(ctx, i, index) || (best >= 0 && before(ctx, i, best)))
            continue;
        if (sameArrear(self, s, folded, isFolded))
            best = i;
    }
    return best;
}

void keepLatestPerArrear(const EvalContext &ctx, ItemList &items)
{
    ItemList kept;
    for (const int i : std::as_const(items)) {
        QString folded;
        bool isFolded = false;
        bool superseded = false;
        for (const int j : std::as_const(items))
            if (j != i && before(ctx, i, j) && sameArrear(ctx.signals[std::size_t(i)], ctx.signals[std::size_t(j)], folded, isFolded)) {
                superseded = true;
                break;
            }
        if (!superseded)
            kept.append(i);
    }
    items = kept;
}

} // namespace vangnet::rules
