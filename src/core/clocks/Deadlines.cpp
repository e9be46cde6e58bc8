#include "clocks/Deadlines.h"

#include "clocks/Holidays.h"

#include <QCoreApplication>

#include <algorithm>

namespace vangnet::clocks {

namespace {

/// The earliest valid date of the list; invalid when there is none.
QDate earliest(const QList<QDate> &dates)
{
    QDate first;
    for (const QDate &date : dates)
        if (date.isValid() && (!first.isValid() || date < first))
            first = date;
    return first;
}

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
    case ClockKind::DueSoon:
    // Policy settings, not deadlines of a case: they have no name on the deadline list.
    case ClockKind::ConditionOnderdak:
    case ClockKind::ConditionIdBewijs:
    case ClockKind::ConditionSchulden:
    case ClockKind::ConditionInkomen:
    case ClockKind::ConditionZorg:
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
    const QDate met = happenedBy(metOn, asOf);
    const QDate closed = happenedBy(timeline.closedOn, asOf);
    if (met.isValid() || closed.isValid()) {
        d.metOn = met.isValid() ? met : closed;
        d.state = DeadlineState::Met;
        return d;
    }
    const ClockSetting &soon = settings.of(ClockKind::DueSoon);
    if (asOf > d.dueOn)
        d.state = DeadlineState::Overdue;
    else if (asOf >= subtractDays(d.dueOn, soon.days, soon.workingDays, settings.workingDays()))
        d.state = DeadlineState::DueSoon;
    else
        d.state = DeadlineState::Open;
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

int urgencyRank(DeadlineState state)
{
    return state == DeadlineState::Overdue ? 0 : 1;
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

QList<Deadline> deadlines(const CaseTimeline &timeline, const ClockSettings &settings, QDate asOf)
{
    QList<Deadline> out;
    if (const QDate signalOn = earliest(timeline.openSignalDates); signalOn.isValid())
        out << running(ClockKind::ContactOffer, signalOn, timeline.firstAttemptOn, timeline, settings, asOf);
    if (const QDate crisisOn = earliest(timeline.crisisSignalDates); crisisOn.isValid())
        out << running(ClockKind::ThreateningDebt, crisisOn, timeline.firstConversationOn, timeline, settings, asOf);
    if (timeline.openedOn.isValid())
        out << running(
            ClockKind::FirstConversation, timeline.openedOn, timeline.firstConversationOn, timeline, settings, asOf);
    // The decision clock starts at the first conversation, so not before it has happened.
    if (const QDate conversationOn = happenedBy(timeline.firstConversationOn, asOf); conversationOn.isValid())
        out << running(ClockKind::Decision, conversationOn, timeline.decisionOn, timeline, settings, asOf);
    for (const QDate &expectedOn : timeline.dischargeDates)
        if (expectedOn.isValid())
            out << discharge(expectedOn, timeline, settings, asOf);
    std::stable_sort(out.begin(), out.end(), [](const Deadline &a, const Deadline &b) { return a.dueOn < b.dueOn; });
    return out;
}

std::optional<Deadline> mostUrgent(const QList<Deadline> &deadlines)
{
    std::optional<Deadline> urgent;
    for (const Deadline &d : deadlines) {
        if (d.state == DeadlineState::Met)
            continue;
        if (!urgent || urgencyRank(d.state) < urgencyRank(urgent->state)
            || (urgencyRank(d.state) == urgencyRank(urgent->state) && d.dueOn < urgent->dueOn))
            urgent = d;
    }
    return urgent;
}

} // namespace vangnet::clocks
