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
        if (i == index || s.day == noDay || s.day > self.day || (s.day == self.day && i > index))
            continue;
        if (best >= 0 && s.day < ctx.signals[std::size_t(best)].day)
            continue;
        if (!samePartnerType(s, self))
            continue;
        if (s.fact->partnerName != self.fact->partnerName) {
            if (!isFolded) {
                folded = searchKey(self.fact->partnerName);
                isFolded = true;
            }
            if (searchKey(s.fact->partnerName) != folded)
                continue;
        }
        best = i;
    }
    return best;
}

} // namespace vangnet::rules
