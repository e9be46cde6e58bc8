#include "households/DuplicatePair.h"

#include <QCoreApplication>

namespace vangnet::households {

int duplicateReasonWeight(DuplicateReasonKind kind, bool exact)
{
    // Policy (docs/duplicates.md, "Score"): a shared BSN is certain; a same-born member with the
    // same surname nearly so, one edit apart a little less (a typo, or a different name that
    // happens to be close); an address shared with a same-born member is strong but also fits
    // twins in two households; an earlier address is the weakest (people move into homes that
    // others left).
    switch (kind) {
    case DuplicateReasonKind::SameBsn:
        return 100;
    case DuplicateReasonKind::SimilarName:
        return exact ? 50 : 40;
    case DuplicateReasonKind::SameAddress:
        return 40;
    case DuplicateReasonKind::EarlierAddress:
        return 30;
    }
    return 0;
}

QString duplicateReasonKey(DuplicateReasonKind kind)
{
    switch (kind) {
    case DuplicateReasonKind::SameBsn:
        return QStringLiteral("same_bsn");
    case DuplicateReasonKind::SimilarName:
        return QStringLiteral("similar_name");
    case DuplicateReasonKind::SameAddress:
        return QStringLiteral("same_address");
    case DuplicateReasonKind::EarlierAddress:
        return QStringLiteral("earlier_address");
    }
    return {};
}

QString duplicateReasonLabel(DuplicateReasonKind kind)
{
    switch (kind) {
    case DuplicateReasonKind::SameBsn:
        return QCoreApplication::translate(
            "vangnet::households::DuplicatePair", "Same BSN (error: a BSN belongs to one person)");
    case DuplicateReasonKind::SimilarName:
        return QCoreApplication::translate(
            "vangnet::households::DuplicatePair", "Same birth date, (nearly) the same surname");
    case DuplicateReasonKind::SameAddress:
        return QCoreApplication::translate(
            "vangnet::households::DuplicatePair", "Same address, a member born the same day");
    case DuplicateReasonKind::EarlierAddress:
        return QCoreApplication::translate(
            "vangnet::households::DuplicatePair", "Earlier address, a member born the same day");
    }
    return {};
}

bool DuplicatePair::hasError() const
{
    for (const DuplicateReason &r : reasons)
        if (r.isError())
            return true;
    return false;
}

QString DuplicatePair::reasonsText() const
{
    QStringList parts;
    for (const DuplicateReason &r : reasons)
        parts << (r.detail.isEmpty()
                ? duplicateReasonLabel(r.kind)
                : duplicateReasonLabel(r.kind) + QStringLiteral(" (") + r.detail + QLatin1Char(')'));
    return parts.join(QStringLiteral("; "));
}

} // namespace vangnet::households
