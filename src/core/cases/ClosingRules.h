#pragma once

#include "cases/Case.h"
#include "support/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace vangnet::cases {

/// What the caseworker asks for when closing a case (Zaak afsluiten).
struct Closing {
    QString outcome;        ///< EnumEindresultaat value
    QDate closedOn;
    QString internalReason; ///< free text, sealed, optional, never reported
    QString reasonKey;      ///< internalReasonKeys(), or empty; only with a not-taken-up outcome
    bool confirmed = false; ///< the caseworker saw the warnings and closes anyway
};

/// The case's linked signals as the closing rules see them.
struct SignalTally {
    int linked = 0;  ///< signals linked to the case
    int decided = 0; ///< of those, with a reported status the caseworker set for that signal alone
};

/// The verdict on a closing: errors refuse it (nothing changes); warnings are a judgement the
/// caseworker confirms. `takenUpOn` is the day to record as taken up when the case has none yet
/// and the outcome says help was taken up (invalid: leave it).
struct ClosingJudgement {
    QList<FieldError> errors;
    QStringList warnings;
    QDate takenUpOn;
};

/// The plausibility of closing `c` with `closing` (docs/cases.md, "Closing a case"), judged on the
/// case's contact attempts (only those on or before the closing date) and its signals. Pure: the
/// service reads, this judges. Assumes the outcome is a value of EnumEindresultaat.
ClosingJudgement judgeClosing(const Closing &closing, const Case &c, const QList<ContactAttempt> &attempts,
                              const SignalTally &signalTally);

namespace ddas {
/// Outcomes that say the resident was spoken to: a reached contact attempt is required.
bool needsContact(const QString &eindresultaat);
/// Outcomes that say help was taken up (advice given, referred, follow-up help).
bool isTakenUpOutcome(const QString &eindresultaat);
/// "Definitief geen contact kunnen krijgen".
QString noContactOutcome();
} // namespace ddas

/// An attempt that reached the resident: "Administratief" is no contact, whatever it says.
bool isContact(const ContactAttempt &attempt);

} // namespace vangnet::cases
