#include "cases/ClosingRules.h"

#include "cases/CaseVocabulary.h"
#include "cases/InternalReason.h"

#include <QCoreApplication>

#include <algorithm>

namespace vangnet::cases {

namespace {

/// Value i of EnumEindresultaat (the schema's order, CaseVocabulary): one list, no retyping.
const QString &outcomeAt(int i)
{
    return ddas::eindresultaat().at(i);
}

/// A wrong signal shows at the first conversation or before it; after a second conversation the
/// caseworker has worked with the resident, so "onterecht" is worth a second look.
constexpr int wrongSignalContacts = 2;
/// As many failed attempts as the geen_contact signal rule counts before it says "no contact"
/// (docs/rules.md).
constexpr int noContactAttempts = 3;

} // namespace

namespace ddas {

bool needsContact(const QString &eindresultaat)
{
    // Geen reactie na eerder contact, Inwoner hoeft geen hulp, (Budget)advies, both Vervolghulp.
    static const QStringList values{outcomeAt(8), outcomeAt(9), outcomeAt(11), outcomeAt(12), outcomeAt(14)};
    return values.contains(eindresultaat);
}

bool isTakenUpOutcome(const QString &eindresultaat)
{
    // (Budget)advies, Vervolghulp financieel, Verwijzing zonder contact, Vervolghulp niet financieel.
    static const QStringList values{outcomeAt(11), outcomeAt(12), outcomeAt(13), outcomeAt(14)};
    return values.contains(eindresultaat);
}

QString noContactOutcome()
{
    return outcomeAt(7);
}

} // namespace ddas

bool isContact(const ContactAttempt &attempt)
{
    return attempt.reached && attempt.kind != QLatin1String("Administratief");
}

ClosingJudgement judgeClosing(
    const Closing &closing, const Case &c, const QList<ContactAttempt> &attempts, const SignalTally &signalTally)
{
    ClosingJudgement verdict;
    QList<ContactAttempt> before;
    std::copy_if(attempts.cbegin(), attempts.cend(), std::back_inserter(before),
        [&](const ContactAttempt &a) { return !closing.closedOn.isValid() || a.date <= closing.closedOn; });
    const auto contacts = std::count_if(before.cbegin(), before.cend(), isContact);
    const auto tries = std::count_if(before.cbegin(), before.cend(),
        [](const ContactAttempt &a) { return a.kind != QLatin1String("Administratief"); });
    const QString &outcome = closing.outcome;
    const QString field = QStringLiteral("outcome");

    if (ddas::needsContact(outcome) && contacts == 0)
        verdict.errors << FieldError{field,
            QCoreApplication::translate("vangnet::cases::ClosingRules",
                "\"%1\" says the resident was spoken to, but the case has no reached "
                "contact attempt (an administrative one does not count). Record the "
                "contact first, or choose another outcome.")
                .arg(outcome)};
    if (outcome == ddas::noContactOutcome() && contacts > 0)
        verdict.errors << FieldError{field,
            QCoreApplication::translate("vangnet::cases::ClosingRules",
                "\"%1\" cannot close a case with a reached contact attempt: the "
                "resident was spoken to. Choose the outcome of that contact.")
                .arg(outcome)};
    if (!closing.reasonKey.isEmpty() && !internalReasonKeys().contains(closing.reasonKey))
        verdict.errors << FieldError{QStringLiteral("reason"),
            QCoreApplication::translate(
                "vangnet::cases::ClosingRules", "\"%1\" is not an internal reason; use one of: %2.")
                .arg(closing.reasonKey, internalReasonKeys().join(QStringLiteral(", ")))};
    else if (!closing.reasonKey.isEmpty() && !ddas::isNotTakenUpOutcome(outcome))
        verdict.errors << FieldError{QStringLiteral("reason"),
            QCoreApplication::translate("vangnet::cases::ClosingRules",
                "An internal reason says why a signal was not taken "
                "up; \"%1\" is not such an outcome.")
                .arg(outcome)};

    if (outcome == outcomeAt(1) && contacts >= wrongSignalContacts)
        verdict.warnings << QCoreApplication::translate("vangnet::cases::ClosingRules",
            "The case has %1 reached contacts, yet the outcome says the signal was wrong "
            "(onterecht). Is that what happened?")
                                .arg(contacts);
    if (outcome == outcomeAt(4) && before.isEmpty())
        verdict.warnings << QCoreApplication::translate("vangnet::cases::ClosingRules",
            "No contact attempt was recorded, and the outcome is \"%1\". Is there no attempt to "
            "record first?")
                                .arg(outcome);
    if (outcome == ddas::noContactOutcome() && contacts == 0 && tries < noContactAttempts)
        verdict.warnings << QCoreApplication::translate("vangnet::cases::ClosingRules",
            "Only %1 attempt(s) to reach the resident were recorded; \"no contact\" usually "
            "follows %2 or more.")
                                .arg(tries)
                                .arg(noContactAttempts);
    if (outcome == outcomeAt(13) && contacts > 0)
        verdict.warnings << QCoreApplication::translate("vangnet::cases::ClosingRules",
            "The outcome says the referral was made without contact, but the case has a reached "
            "contact attempt.");
    if (ddas::isTakenUpOutcome(outcome) && signalTally.linked > 0 && signalTally.decided == signalTally.linked)
        verdict.warnings << QCoreApplication::translate("vangnet::cases::ClosingRules",
            "Every signal of this case was marked as not taken up on its own, yet the outcome "
            "says help was taken up.");

    if (ddas::isTakenUpOutcome(outcome) && !c.takenUpOn.isValid()) {
        // Help began at the first conversation; a referral without one is taken up when it is made.
        const auto first = std::find_if(before.cbegin(), before.cend(), isContact);
        verdict.takenUpOn = first != before.cend() ? std::max(first->date, c.openedOn) : closing.closedOn;
    }
    return verdict;
}

} // namespace vangnet::cases
