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

/// The dates the clocks look at, for one case (or one flagged household without a case: then
/// openedOn is invalid and only the signal and discharge clocks run).
struct CaseTimeline {
    QDate openedOn;
    QList<QDate> openSignalDates;   ///< signal dates of the open signals
    QList<QDate> crisisSignalDates; ///< signal dates of the open crisis signals
    QList<QDate> dischargeDates;    ///< expected dates of the open discharge notices
    QList<NoticeConditions> noticeConditions; ///< the same notices' basic conditions
    /// A member is in detention until this date (a notice "in detentie"): debt outreach pauses, so
    /// the contact-offer clock starts no earlier than the discharge. Invalid when nobody is.
    QDate outreachPausedUntil;
    QDate firstAttemptOn;           ///< first contact attempt (any outcome); invalid when none
    QDate firstConversationOn;      ///< first reached contact attempt
    QDate decisionOn;
    QDate closedOn;                 ///< a closed case has every clock stopped
};

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

/// The unmet deadline due first (overdue ones first of all); nullopt when all are met or none apply.
std::optional<Deadline> mostUrgent(const QList<Deadline> &deadlines);

} // namespace vangnet::clocks
