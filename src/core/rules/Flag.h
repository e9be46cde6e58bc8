#pragma once

#include "rules/Severity.h"

#include <QDate>
#include <QList>
#include <QString>

#include <compare>

namespace vangnet::rules {

/// A household flagged by one rule (signalering): what, how serious, and why.
struct Flag {
    QString ruleId;
    int ruleVersion = 0;          ///< the rule set's version
    QString title;
    Severity severity = Severity::Midden;
    int score = 0;
    QList<qint64> signalIds;      ///< evidence: the signals the rule looked at, ascending
    QList<qint64> dischargeIds;   ///< evidence: the discharge notices, ascending
    QString explanation;          ///< rendered from the facts, Dutch

    bool operator==(const Flag &) const = default;
};

/// A rule that could not judge this household's data; the other rules still ran.
struct EvaluationFailure {
    QString ruleId;
    int ruleVersion = 0;
    QString message; ///< translated

    bool operator==(const EvaluationFailure &) const = default;
};

/// The outcome of evaluating a rule set for one household as of a date.
struct Evaluation {
    qint64 householdId = 0;
    QDate asOf;
    QList<Flag> flags;                 ///< in rule-set order
    QList<EvaluationFailure> failures; ///< in rule-set order

    bool operator==(const Evaluation &) const = default;
};

/// How urgent a household is, from its flags: the highest severity first, then the sum of the
/// scores, then the number of flags. Unflagged households compare lowest.
struct Priority {
    int severity = 0;   ///< 0 = no flags, else the highest Severity as int (1..4)
    int score = 0;      ///< sum of the flags' scores
    int flagCount = 0;

    auto operator<=>(const Priority &) const = default;
    /// One sortable number: severity × 1,000,000 + min(score, 999,999) (for SQL ordering).
    qint64 rank() const;
    /// The severity a rank() holds: 1..4, 0 for no flag (households.priority_rank of 0).
    static int severityOfRank(qint64 rank);
};

Priority priority(const QList<Flag> &flags);

} // namespace vangnet::rules
