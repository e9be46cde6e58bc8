#pragma once

#include "clocks/ClockSettings.h"

#include <QDate>
#include <QList>

#include <array>

#include <optional>

namespace vangnet::clocks {

/// One open discharge notice as the lead-time clocks see it: the day each basic condition was
/// arranged (the caseworker's checklist over the notice's own state), in conditionClocks() order.
struct NoticeConditions {
    QDate expectedOn;
    std::array<QDate, 5> arrangedOn; ///< invalid while the condition is not arranged
};

/// Whose clocks a timeline holds (docs/clocks.md): a household without an open case, or a case
/// of its type. The type decides which clocks run.
enum class TimelineKind {
    Household,   ///< no case: the contact offer on its signals, the discharge clocks on its notices
    EarlySignal, ///< vroegsignaal case: the contact offer
    HelpRequest, ///< hulpvraag: the Wgs terms (threatening debt, first conversation, decision)
    Aftercare,   ///< nazorg case: the discharge clocks
};

/// An open signal as the contact-offer clock sees it.
struct OpenSignal {
    QDate signalOn;   ///< the signal's own date (signal_date)
    QDate importedOn; ///< the day Vangnet received it (signals.created_at)
};

/// The dates the clocks look at, for one case (or one household without a case: then openedOn
/// is invalid and only the contact-offer and discharge clocks run).
struct CaseTimeline {
    TimelineKind kind = TimelineKind::Household;
    QDate openedOn;
    QList<OpenSignal> openSignals;  ///< the household's open signals (a closed case: its own)
    QList<QDate> dischargeDates;    ///< expected dates of the open discharge notices
    QList<NoticeConditions> noticeConditions; ///< the same notices' basic conditions
    /// A member is in detention until this date (a notice "in detentie"): debt outreach pauses, so
    /// the contact-offer clock starts no earlier than the discharge. Invalid when nobody is.
    QDate outreachPausedUntil;
    /// The days of the case's contact attempts that were contact with the resident (not
    /// "Administratief"), reached or not, ascending.
    QList<QDate> contactDays;
    QDate requestOn;                ///< a hulpvraag's aanmelding
    bool crisis = false;            ///< the aanmelding came with a crisis intervention
    QDate firstConversationOn;      ///< the eerste gesprek the caseworker recorded
    QDate decisionOn;               ///< the beschikking
    QDate closedOn;                 ///< a closed case has every clock stopped
};

/// The first of `days` (ascending) on or after `from`; invalid when none.
QDate firstOnOrAfter(const QList<QDate> &days, const QDate &from);

enum class DeadlineState {
    Met,     ///< done (metOn is set)
    Open,    ///< running, not yet due soon
    DueSoon, ///< due within the DueSoon setting, or a discharge alert has been reached
    Overdue, ///< past its due date and not met
};

QString deadlineStateKey(DeadlineState state);   ///< "met", "open", "due_soon", "overdue"
QString deadlineStateLabel(DeadlineState state); ///< translated

struct Deadline {
    ClockKind clock = ClockKind::ContactOffer; ///< for a discharge: DischargeAlert1; a lead time: Condition…
    QDate startsOn;
    QDate dueOn;
    QDate metOn;        ///< invalid while not met
    DeadlineState state = DeadlineState::Open;
    int alertDays = 0;  ///< for a discharge: the alert reached (90, 30, 7), 0 before the first
    QString label;      ///< translated, e.g. "First conversation (4 weeks)"
};

/// `days` after `from`: calendar days, or working days (Monday–Friday except the public holidays
/// of Holidays.h and the calendar's extra days off; a start on a day off counts from the next
/// working day, so Saturday + 3 working days is Thursday, like Monday + 3). days > 0; 0 gives
/// `from` and a negative number is subtractDays().
QDate addDays(QDate from, int days, bool workingDays, const WorkingDays &calendar = {});
/// `days` before `from`, the mirror of addDays(): a day off counts back from the working day
/// before it. Used for the discharge alerts and the "due soon" window.
QDate subtractDays(QDate from, int days, bool workingDays, const WorkingDays &calendar = {});

/// Every clock that applies to the timeline, as of `asOf`, in due-date order.
QList<Deadline> deadlines(const CaseTimeline &timeline, const ClockSettings &settings, QDate asOf);

/// The statutory terms of the Wgs (art. 4): threatening debt, first conversation, decision. The
/// other clocks are policy.
bool isLegalTerm(ClockKind kind);
/// Whether one of the deadlines is a statutory term that is overdue: the work queue's top band.
bool hasOverdueLegalTerm(const QList<Deadline> &deadlines);

/// The unmet deadline due first (overdue statutory terms first of all, then other overdue ones);
/// nullopt when all are met or none apply.
std::optional<Deadline> mostUrgent(const QList<Deadline> &deadlines);

} // namespace vangnet::clocks
