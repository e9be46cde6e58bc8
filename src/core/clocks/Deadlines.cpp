#include "clocks/Deadlines.h"

#include "clocks/Holidays.h"

#include <QCoreApplication>

#include <algorithm>

namespace vangnet::clocks {

namespace {

/// What happened on or before `asOf`: standing on an earlier day, a later event has not happened yet.
QDate happenedBy(const QDate &date, const QDate &asOf)
{
    return date.isValid() && date <= asOf ? date : QDate();
}

QString clockName(ClockKind kind)
{
    switch (kind) {
    case ClockKind::ContactOffer:
        return QCoreApplication::translate("vangnet::clocks", "Contact offer");
    case ClockKind::ThreateningDebt:
        return QCoreApplication::translate("vangnet::clocks", "Threatening debt");
    case ClockKind::FirstConversation:
        return QCoreApplication::translate("vangnet::clocks", "First conversation");
    case ClockKind::Decision:
        return QCoreApplication::translate("vangnet::clocks", "Decision");
    case ClockKind::DischargeAlert1:
    case ClockKind::DischargeAlert2:
    case ClockKind::DischargeAlert3:
        return QCoreApplication::translate("vangnet::clocks", "Expected discharge");
    case ClockKind::ConditionOnderdak:
        return QCoreApplication::translate("vangnet::clocks", "Housing arranged");
    case ClockKind::ConditionIdBewijs:
        return QCoreApplication::translate("vangnet::clocks", "Identity document arranged");
    case ClockKind::ConditionSchulden:
        return QCoreApplication::translate("vangnet::clocks", "Debts in hand");
    case ClockKind::ConditionInkomen:
        return QCoreApplication::translate("vangnet::clocks", "Income arranged");
    case ClockKind::ConditionZorg:
        return QCoreApplication::translate("vangnet::clocks", "Care and health insurance arranged");
    case ClockKind::DueSoon:
    case ClockKind::DischargeDatePast:
    case ClockKind::DischargeDateAhead:
        break;
    }
    return {};
}

/// "First conversation (28 days)", "Threatening debt (3 working days)".
QString periodLabel(const ClockSetting &setting)
{
    return QCoreApplication::translate("vangnet::clocks", "%1 (%2)")
        .arg(clockName(setting.kind), clockPeriodText(setting.days, setting.workingDays));
}

/// The state of a deadline whose due date is set: met on `metOn` or when the case closed (as of
/// `asOf`), else overdue after its due date, due soon within the DueSoon setting, else open.
void settle(Deadline &d, const QDate &metOn, const CaseTimeline &timeline, const ClockSettings &settings, const QDate &asOf)
{
    const QDate met = happenedBy(metOn, asOf);
    const QDate closed = happenedBy(timeline.closedOn, asOf);
    if (met.isValid() || closed.isValid()) {
        d.metOn = met.isValid() ? met : closed;
        d.state = DeadlineState::Met;
        return;
    }
    const ClockSetting &soon = settings.of(ClockKind::DueSoon);
    if (asOf > d.dueOn)
        d.state = DeadlineState::Overdue;
    else if (asOf >= subtractDays(d.dueOn, soon.days, soon.workingDays, settings.workingDays()))
        d.state = DeadlineState::DueSoon;
    else
        d.state = DeadlineState::Open;
}

/// A clock that runs from `startsOn` for its setting and stops at `metOn` (or when the case closes).
Deadline running(ClockKind kind, const QDate &startsOn, const QDate &metOn, const CaseTimeline &timeline,
    const ClockSettings &settings, const QDate &asOf)
{
    const ClockSetting &setting = settings.of(kind);
    Deadline d;
    d.clock = kind;
    d.startsOn = startsOn;
    d.dueOn = addDays(startsOn, setting.days, setting.workingDays, settings.workingDays());
    d.label = periodLabel(setting);
    settle(d, metOn, timeline, settings, asOf);
    return d;
}

/// One expected discharge date: due on the date itself, due soon from the first alert reached.
Deadline discharge(
    const QDate &expectedOn, const CaseTimeline &timeline, const ClockSettings &settings, const QDate &asOf)
{
    Deadline d;
    d.clock = ClockKind::DischargeAlert1;
    d.dueOn = expectedOn;
    QDate latestAlertReached;
    bool alertInWorkingDays = false;
    for (ClockKind alert : {ClockKind::DischargeAlert1, ClockKind::DischargeAlert2, ClockKind::DischargeAlert3}) {
        const ClockSetting &setting = settings.of(alert);
        const QDate alertOn = subtractDays(expectedOn, setting.days, setting.workingDays, settings.workingDays());
        if (!d.startsOn.isValid() || alertOn < d.startsOn)
            d.startsOn = alertOn;
        // The alert reached most recently is the one closest to the date (7 after 30 after 90).
        if (alertOn <= asOf && (!latestAlertReached.isValid() || alertOn > latestAlertReached)) {
            latestAlertReached = alertOn;
            d.alertDays = setting.days;
            alertInWorkingDays = setting.workingDays;
        }
    }
    const QDate closed = happenedBy(timeline.closedOn, asOf);
    if (closed.isValid()) {
        d.metOn = closed;
        d.state = DeadlineState::Met;
    } else if (asOf > expectedOn) {
        d.state = DeadlineState::Overdue;
    } else if (d.alertDays > 0) {
        d.state = DeadlineState::DueSoon;
    } else {
        d.state = DeadlineState::Open;
    }
    d.label = d.alertDays > 0 && d.state == DeadlineState::DueSoon
        ? QCoreApplication::translate("vangnet::clocks", "Expected discharge (alert %1 before)")
              .arg(clockPeriodText(d.alertDays, alertInWorkingDays))
        : clockName(ClockKind::DischargeAlert1);
    return d;
}

/// A basic condition's lead time: due the setting's days before the discharge date, met on the
/// day it was arranged (late or not), or when the case closes.
Deadline leadTime(ClockKind kind, const QDate &expectedOn, const QDate &arrangedOn, const CaseTimeline &timeline,
                  const ClockSettings &settings, const QDate &asOf)
{
    const ClockSetting &setting = settings.of(kind);
    Deadline d;
    d.clock = kind;
    d.dueOn = subtractDays(expectedOn, setting.days, setting.workingDays, settings.workingDays());
    d.startsOn = d.dueOn;
    d.label = QCoreApplication::translate("vangnet::clocks", "%1 (%2 before the discharge)")
                  .arg(clockName(kind), clockPeriodText(setting.days, setting.workingDays));
    settle(d, arrangedOn, timeline, settings, asOf);
    return d;
}

/// When the offer of help is due from: the earliest open signal's start, each signal starting on
/// its own date or, by default, on the later of that date and the day it was received (a signal
/// delivered late cannot have been answered before it arrived).
QDate offerStart(const QList<OpenSignal> &signals, OfferStart rule)
{
    QDate first;
    for (const OpenSignal &s : signals) {
        QDate start = s.signalOn;
        if (rule == OfferStart::LaterOfSignalAndImport && s.importedOn.isValid() && (!start.isValid() || s.importedOn > start))
            start = s.importedOn;
        if (start.isValid() && (!first.isValid() || start < first))
            first = start;
    }
    return first;
}

/// An overdue statutory term before any other overdue clock, and those before the rest.
int urgencyRank(const Deadline &d)
{
    if (d.state != DeadlineState::Overdue)
        return 2;
    return isLegalTerm(d.clock) ? 0 : 1;
}

} // namespace

QString deadlineStateKey(DeadlineState state)
{
    switch (state) {
    case DeadlineState::Met:
        return QStringLiteral("met");
    case DeadlineState::Open:
        return QStringLiteral("open");
    case DeadlineState::DueSoon:
        return QStringLiteral("due_soon");
    case DeadlineState::Overdue:
        return QStringLiteral("overdue");
    }
    return {};
}

QString deadlineStateLabel(DeadlineState state)
{
    switch (state) {
    case DeadlineState::Met:
        return QCoreApplication::translate("vangnet::clocks", "Met");
    case DeadlineState::Open:
        return QCoreApplication::translate("vangnet::clocks", "Open");
    case DeadlineState::DueSoon:
        return QCoreApplication::translate("vangnet::clocks", "Due soon");
    case DeadlineState::Overdue:
        return QCoreApplication::translate("vangnet::clocks", "Overdue");
    }
    return {};
}

QDate addDays(QDate from, int days, bool workingDays, const WorkingDays &calendar)
{
    if (days < 0)
        return subtractDays(from, -days, workingDays, calendar);
    if (!from.isValid() || !workingDays)
        return from.addDays(days);
    if (days == 0)
        return from;
    // A start on a day off counts as a start on the working day after it (docs/clocks.md).
    QDate start = from;
    while (!calendar.isWorkingDay(start))
        start = start.addDays(1);
    // Whole weeks first (five weekdays each, less the days off among them), then the rest day by day.
    QDate date = start.addDays(7 * (days / 5));
    for (int left = days % 5 + calendar.weekdaysOffIn(start, date); left > 0;) {
        date = date.addDays(1);
        if (calendar.isWorkingDay(date))
            --left;
    }
    return date;
}

QDate subtractDays(QDate from, int days, bool workingDays, const WorkingDays &calendar)
{
    if (days < 0)
        return addDays(from, -days, workingDays, calendar);
    if (!from.isValid() || !workingDays)
        return from.addDays(-days);
    if (days == 0)
        return from;
    QDate start = from;
    while (!calendar.isWorkingDay(start))
        start = start.addDays(-1);
    QDate date = start.addDays(-7 * (days / 5));
    for (int left = days % 5 + calendar.weekdaysOffIn(date.addDays(-1), start.addDays(-1)); left > 0;) {
        date = date.addDays(-1);
        if (calendar.isWorkingDay(date))
            --left;
    }
    return date;
}

QDate firstOnOrAfter(const QList<QDate> &days, const QDate &from)
{
    const auto it = std::lower_bound(days.cbegin(), days.cend(), from);
    return it == days.cend() ? QDate() : *it;
}

QList<Deadline> deadlines(const CaseTimeline &timeline, const ClockSettings &settings, QDate asOf)
{
    QList<Deadline> out;
    const bool offerRuns = timeline.kind == TimelineKind::Household || timeline.kind == TimelineKind::EarlySignal;
    if (QDate offerOn = offerStart(timeline.openSignals, settings.offerStart()); offerRuns && offerOn.isValid()) {
        // In detention: the offer of help waits for the discharge (the resident cannot be reached
        // at home).
        if (timeline.outreachPausedUntil.isValid() && timeline.outreachPausedUntil > offerOn)
            offerOn = timeline.outreachPausedUntil;
        out << running(ClockKind::ContactOffer, offerOn, firstOnOrAfter(timeline.contactDays, offerOn), timeline,
                       settings, asOf);
    }
    if (timeline.kind == TimelineKind::HelpRequest && timeline.requestOn.isValid()) {
        // Wgs art. 4: both terms run from the aanmelding and only the eerste gesprek meets them.
        const QDate requestOn = timeline.requestOn;
        const QDate conversationOn = timeline.firstConversationOn >= requestOn ? timeline.firstConversationOn : QDate();
        if (timeline.crisis)
            out << running(ClockKind::ThreateningDebt, requestOn, conversationOn, timeline, settings, asOf);
        out << running(ClockKind::FirstConversation, requestOn, conversationOn, timeline, settings, asOf);
        // The decision term runs from the eerste gesprek, so not before it has been held.
        if (const QDate heldOn = happenedBy(conversationOn, asOf); heldOn.isValid())
            out << running(ClockKind::Decision, heldOn,
                           timeline.decisionOn >= heldOn ? timeline.decisionOn : QDate(), timeline, settings, asOf);
    }
    for (const QDate &expectedOn : timeline.dischargeDates)
        if (expectedOn.isValid())
            out << discharge(expectedOn, timeline, settings, asOf);
    for (const NoticeConditions &notice : timeline.noticeConditions) {
        if (!notice.expectedOn.isValid())
            continue;
        for (qsizetype i = 0; i < conditionClocks().size(); ++i)
            out << leadTime(conditionClocks().at(i), notice.expectedOn, notice.arrangedOn[std::size_t(i)], timeline,
                            settings, asOf);
    }
    std::stable_sort(out.begin(), out.end(), [](const Deadline &a, const Deadline &b) { return a.dueOn < b.dueOn; });
    return out;
}

bool isLegalTerm(ClockKind kind)
{
    return kind == ClockKind::ThreateningDebt || kind == ClockKind::FirstConversation || kind == ClockKind::Decision;
}

bool hasOverdueLegalTerm(const QList<Deadline> &deadlines)
{
    return std::any_of(deadlines.cbegin(), deadlines.cend(), [](const Deadline &d) {
        return d.state == DeadlineState::Overdue && isLegalTerm(d.clock);
    });
}

std::optional<Deadline> mostUrgent(const QList<Deadline> &deadlines)
{
    std::optional<Deadline> urgent;
    for (const Deadline &d : deadlines) {
        if (d.state == DeadlineState::Met)
            continue;
        if (!urgent || urgencyRank(d) < urgencyRank(*urgent)
            || (urgencyRank(d) == urgencyRank(*urgent) && d.dueOn < urgent->dueOn))
            urgent = d;
    }
    return urgent;
}

} // namespace vangnet::clocks
