#pragma once

#include "cases/ClosingRules.h"
#include "history/ChangeStamp.h"
#include "support/Result.h"

#include <QDate>
#include <QSqlDatabase>

#include <functional>

namespace vangnet::cases {

/// A linked signal's reported status (EnumSignaalstatus) as the case screen shows it.
struct SignalDecision {
    qint64 signalId = 0;
    QString ddasStatus;   ///< what the partner hears back
    QDate decidedOn;      ///< the day it was decided; invalid while "Nog niet opgepakt"
    bool setForSignal = false; ///< decided for this signal alone: closing the case keeps it
    QString reasonKey;    ///< internalReasonKeys(), or empty
};

/// How often one internal reason was chosen in a period.
struct ReasonCount {
    QString reason;  ///< the key
    int cases = 0;   ///< cases closed with it
    int signals = 0; ///< signals decided on their own with it
};

/// One line of the feedback to a signal partner (terugkoppeling, docs/exports.md).
struct FeedbackRow {
    QString partnerType;
    QString partnerName;
    QString partnerSignalId;
    QDate signalDate;
    QString ddasStatus;
    QDate decidedOn;
    QDate takenUpOn; ///< the case's; invalid when not taken up
};

/// Which signals the feedback holds: the team's, of one partner (type and/or name), dated in the period.
struct FeedbackFilter {
    qint64 teamId = 0;
    QString partnerType; ///< empty: any
    QString partnerName; ///< empty: any
    QDate from;          ///< signal date on or after; invalid: no bound
    QDate to;            ///< signal date on or before; invalid: no bound
};

/// The SQL of closing: the signals' reported status, the reason keys and their counts, and the
/// feedback rows. No permission checks: the services do those.
class ClosingRepository {
public:
    explicit ClosingRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<SignalTally> tally(qint64 caseId) const;
    Result<QList<SignalDecision>> decisions(qint64 caseId) const;
    /// The reported status of linked signal `signalId`, for that signal alone: a not-taken-up
    /// value closes it ("afgesloten", in the status history from `stamp.validFrom`) with `reasonKey`;
    /// "Nog niet opgepakt" undoes an earlier decision (back "in_behandeling"). False when the signal
    /// is not linked to the case (or, undoing, was not decided on its own).
    Result<bool> decide(qint64 caseId, qint64 signalId, const QString &ddasStatus, const QString &reasonKey,
                        const ChangeStamp &stamp) const;
    /// Reasons chosen by the team: on cases closed, and on signals decided, in [from, to].
    Result<QList<ReasonCount>> reasonCounts(qint64 teamId, QDate from, QDate to) const;
    Result<qint64> feedbackCount(const FeedbackFilter &filter) const;
    /// The rows, oldest signal first; `row` returns false to stop.
    Result<void> feedback(const FeedbackFilter &filter, const std::function<bool(const FeedbackRow &)> &row) const;

private:
    QSqlDatabase m_db;
};

} // namespace vangnet::cases
