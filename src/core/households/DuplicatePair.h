#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace vangnet::households {

/// Why two households were proposed as one family (docs/duplicates.md, "Detection").
enum class DuplicateReasonKind {
    SameBsn, ///< a member of each has the same BSN: must never happen (error level)
    SimilarName, ///< members born the same day whose surnames are equal or one edit apart
    SameAddress, ///< the same address, and a member of each born the same day
    EarlierAddress, ///< one lives where the other was signalled before, with a member born the same day
};

/// The weight of a reason in a pair's score; the weights are a policy choice documented in
/// docs/duplicates.md ("Score").
int duplicateReasonWeight(DuplicateReasonKind kind, bool exact);
QString duplicateReasonKey(DuplicateReasonKind kind); ///< "same_bsn", "similar_name", … (CLI JSON)
QString duplicateReasonLabel(DuplicateReasonKind kind); ///< translated

struct DuplicateReason {
    DuplicateReasonKind kind = DuplicateReasonKind::SimilarName;
    bool exact = false; ///< SimilarName: the surnames are equal after normalising
    QString detail; ///< the members or address it is about, for the caseworker (own team only)

    bool isError() const { return kind == DuplicateReasonKind::SameBsn; }
    int weight() const { return duplicateReasonWeight(kind, exact); }
};

/// One household as a pair shows it.
struct DuplicateSide {
    qint64 id = 0;
    int version = 0; ///< as read: a merge is refused when the household changed since
    QString name;
    QString address;
    int members = 0;
};

/// Two households that may be one family, a.id < b.id; score 1 … 100 (the reasons' weights
/// added, capped at 100).
struct DuplicatePair {
    DuplicateSide a;
    DuplicateSide b;
    int score = 0;
    QList<DuplicateReason> reasons;

    bool hasError() const;
    QString reasonsText() const; ///< the reasons' labels and details, one line
};

} // namespace vangnet::households
