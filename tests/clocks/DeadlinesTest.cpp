#include "clocks/Deadlines.h"
#include "clocks/Holidays.h"

#include <catch2/catch.hpp>

using namespace vangnet::clocks;

namespace {

QDate day(int year, int month, int d)
{
    return QDate(year, month, d);
}

/// Counts the working days in (from, to], the way a person with a calendar would: day by day,
/// skipping weekends and the listed public holidays.
int workingDaysBetween(QDate from, QDate to)
{
    int count = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1)) {
        bool holiday = false;
        for (const PublicHoliday &h : publicHolidays(d.year()))
            holiday = holiday || h.date == d;
        if (d.dayOfWeek() <= Qt::Friday && !holiday)
            ++count;
    }
    return count;
}

/// The first working day on or after `date`.
QDate nextWorkingDay(QDate date)
{
    while (!isWorkingDay(date))
        date = date.addDays(1);
    return date;
}

const Deadline &only(const QList<Deadline> &all, ClockKind kind)
{
    const Deadline *found = nullptr;
    for (const Deadline &d : all)
        if (d.clock == kind) {
            REQUIRE(found == nullptr);
            found = &d;
        }
    REQUIRE(found != nullptr);
    return *found;
}

DeadlineState stateOf(const CaseTimeline &timeline, ClockKind kind, QDate asOf)
{
    return only(deadlines(timeline, ClockSettings::defaults(), asOf), kind).state;
}

} // namespace

TEST_CASE("Working days skip the weekend", "[clocks]")
{
    // Friday + 3 working days: Monday, Tuesday, Wednesday.
    CHECK(addDays(day(2026, 11, 27), 3, true) == day(2026, 12, 2));
    CHECK(addDays(day(2026, 11, 27), 1, true) == day(2026, 11, 30));
    CHECK(addDays(day(2026, 11, 27), 5, true) == day(2026, 12, 4));
    CHECK(addDays(day(2026, 11, 27), 10, true) == day(2026, 12, 11));
    // A start on Saturday or Sunday counts from the Monday after: like a start on Monday.
    CHECK(addDays(day(2026, 11, 28), 3, true) == day(2026, 12, 3));
    CHECK(addDays(day(2026, 11, 29), 3, true) == day(2026, 12, 3));
    CHECK(addDays(day(2026, 11, 30), 3, true) == day(2026, 12, 3));
    CHECK(addDays(day(2026, 11, 28), 1, true) == day(2026, 12, 1));
    // Across a month end (Friday 30 January) and a year end (New Year's Day, a Friday in 2027, is a holiday).
    CHECK(addDays(day(2026, 1, 30), 1, true) == day(2026, 2, 2));
    CHECK(addDays(day(2026, 12, 30), 3, true) == day(2027, 1, 5));
    CHECK(addDays(day(2026, 12, 31), 1, true) == day(2027, 1, 4));
    // Zero is the day itself; negative days count back.
    CHECK(addDays(day(2026, 11, 27), 0, true) == day(2026, 11, 27));
    CHECK(addDays(day(2026, 12, 7), -3, true) == day(2026, 12, 2));
}

TEST_CASE("Working days back mirror working days forward", "[clocks]")
{
    CHECK(subtractDays(day(2026, 12, 7), 3, true) == day(2026, 12, 2));  // Monday − 3: Wednesday
    CHECK(subtractDays(day(2026, 12, 5), 1, true) == day(2026, 12, 3));  // Saturday counts from Friday
    CHECK(subtractDays(day(2027, 1, 4), 3, true) == day(2026, 12, 29)); // back over the year end and New Year's Day
    CHECK(subtractDays(day(2027, 1, 1), 1, true) == day(2026, 12, 30)); // a holiday counts back from the day before
    CHECK(subtractDays(day(2026, 3, 2), 7, false) == day(2026, 2, 23));
    CHECK(subtractDays(day(2026, 3, 2), -7, false) == day(2026, 3, 9));
}

TEST_CASE("Working days skip the public holidays", "[clocks]")
{
    // Easter 2026: Good Friday 3 April, Easter Monday 6 April. Thursday 2 April + 1: Tuesday 7 April.
    CHECK(addDays(day(2026, 4, 2), 1, true) == day(2026, 4, 7));
    CHECK(addDays(day(2026, 4, 2), 3, true) == day(2026, 4, 9));
    // A start on a holiday counts from the next working day, like a start on a weekend.
    CHECK(addDays(day(2026, 4, 3), 3, true) == addDays(day(2026, 4, 7), 3, true));
    // Friday 1 May 2026 + 3: Monday 4, (Tuesday 5 May, Liberation Day), Wednesday 6, Thursday 7.
    CHECK(addDays(day(2026, 5, 1), 3, true) == day(2026, 5, 7));
    // Ascension Day (Thursday 14 May 2026) and Whit Monday (25 May).
    CHECK(addDays(day(2026, 5, 13), 1, true) == day(2026, 5, 15));
    CHECK(addDays(day(2026, 5, 22), 1, true) == day(2026, 5, 26));
    // Christmas 2026 is Friday and Saturday: Thursday 24 December + 1 is Monday 28.
    CHECK(addDays(day(2026, 12, 24), 1, true) == day(2026, 12, 28));
    // Whole weeks over a holiday: ten working days from Monday 30 March 2026 skip Good Friday and Easter Monday.
    CHECK(addDays(day(2026, 3, 30), 10, true) == day(2026, 4, 15));
    CHECK(subtractDays(day(2026, 4, 15), 10, true) == day(2026, 3, 30));
    // Calendar days are not moved for a holiday.
    CHECK(addDays(day(2026, 4, 2), 4, false) == day(2026, 4, 6));
}

TEST_CASE("Every working-day due date is a working day with exactly that many working days after the start",
          "[clocks]")
{
    for (QDate start = day(2026, 1, 1); start <= day(2028, 1, 10); start = start.addDays(1)) {
        // A start on a weekend or holiday counts from the working day after it.
        const QDate countedFrom = nextWorkingDay(start);
        for (int days : {1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 14, 15, 16, 23, 40, 61}) {
            const QDate due = addDays(start, days, true);
            INFO(start.toString(Qt::ISODate).toStdString() << " + " << days);
            CHECK(isWorkingDay(due));
            CHECK(workingDaysBetween(countedFrom, due) == days);
            CHECK(subtractDays(due, days, true) == countedFrom);
        }
    }
}

TEST_CASE("Calendar days follow month ends, leap years and year ends", "[clocks]")
{
    CHECK(addDays(day(2026, 1, 31), 28, false) == day(2026, 2, 28));
    CHECK(addDays(day(2026, 1, 31), 56, false) == day(2026, 3, 28));
    CHECK(addDays(day(2026, 2, 28), 28, false) == day(2026, 3, 28));
    CHECK(addDays(day(2028, 2, 29), 28, false) == day(2028, 3, 28));
    CHECK(addDays(day(2028, 1, 31), 29, false) == day(2028, 2, 29));
    CHECK(addDays(day(2026, 12, 20), 14, false) == day(2027, 1, 3));
    // Calendar deadlines may fall on a weekend: 2026-02-28 is a Saturday.
    CHECK(addDays(day(2026, 1, 31), 28, false).dayOfWeek() == Qt::Saturday);
}

TEST_CASE("The contact offer runs from the earliest open signal until the first attempt", "[clocks]")
{
    CaseTimeline t;
    t.openSignals = {{day(2026, 3, 10), {}}, {QDate(), {}}, {day(2026, 3, 2), {}}};
    const auto all = deadlines(t, ClockSettings::defaults(), day(2026, 3, 10));
    REQUIRE(all.size() == 1); // no case, no crisis, no discharge: only the contact offer
    const Deadline &offer = only(all, ClockKind::ContactOffer);
    CHECK(offer.startsOn == day(2026, 3, 2));
    CHECK(offer.dueOn == day(2026, 3, 16));
    CHECK(offer.label == QStringLiteral("Contact offer (14 days)"));
    CHECK_FALSE(offer.metOn.isValid());

    CHECK(stateOf(t, ClockKind::ContactOffer, day(2026, 3, 12)) == DeadlineState::Open);
    CHECK(stateOf(t, ClockKind::ContactOffer, day(2026, 3, 13)) == DeadlineState::DueSoon); // 3 days before
    CHECK(stateOf(t, ClockKind::ContactOffer, day(2026, 3, 16)) == DeadlineState::DueSoon); // the due date
    CHECK(stateOf(t, ClockKind::ContactOffer, day(2026, 3, 17)) == DeadlineState::Overdue);

    t.contactDays = {day(2026, 3, 20)}; // late, but met
    const Deadline met = only(deadlines(t, ClockSettings::defaults(), day(2026, 3, 25)), ClockKind::ContactOffer);
    CHECK(met.state == DeadlineState::Met);
    CHECK(met.metOn == day(2026, 3, 20));
    // Standing before the attempt, it has not happened yet.
    CHECK(stateOf(t, ClockKind::ContactOffer, day(2026, 3, 19)) == DeadlineState::Overdue);

    t.contactDays = {day(2026, 2, 20)}; // an attempt before the signal does not count
    CHECK(stateOf(t, ClockKind::ContactOffer, day(2026, 3, 25)) == DeadlineState::Overdue);
}

TEST_CASE("Discharge alerts come at exactly 90, 30 and 7 days before the date", "[clocks]")
{
    CaseTimeline t;
    t.dischargeDates = {day(2026, 9, 30)};
    struct Step {
        QDate asOf;
        DeadlineState state;
        int alertDays;
    };
    const Step steps[] = {
        {day(2026, 7, 1), DeadlineState::Open, 0},      {day(2026, 7, 2), DeadlineState::DueSoon, 90},
        {day(2026, 8, 30), DeadlineState::DueSoon, 90}, {day(2026, 8, 31), DeadlineState::DueSoon, 30},
        {day(2026, 9, 22), DeadlineState::DueSoon, 30}, {day(2026, 9, 23), DeadlineState::DueSoon, 7},
        {day(2026, 9, 30), DeadlineState::DueSoon, 7},  {day(2026, 10, 1), DeadlineState::Overdue, 7},
    };
    for (const Step &step : steps) {
        INFO(step.asOf.toString(Qt::ISODate).toStdString());
        const auto all = deadlines(t, ClockSettings::defaults(), step.asOf);
        REQUIRE(all.size() == 1);
        const Deadline &d = all.first();
        CHECK(d.clock == ClockKind::DischargeAlert1);
        CHECK(d.startsOn == day(2026, 7, 2));
        CHECK(d.dueOn == day(2026, 9, 30));
        CHECK(d.state == step.state);
        CHECK(d.alertDays == step.alertDays);
    }
    CHECK(deadlines(t, ClockSettings::defaults(), day(2026, 8, 31)).first().label ==
          QStringLiteral("Expected discharge (alert 30 days before)"));
    CHECK(deadlines(t, ClockSettings::defaults(), day(2026, 7, 1)).first().label ==
          QStringLiteral("Expected discharge"));

    // Two notices: one deadline each, in date order.
    t.dischargeDates = {day(2026, 12, 31), day(2026, 9, 30)};
    const auto two = deadlines(t, ClockSettings::defaults(), day(2026, 10, 2));
    REQUIRE(two.size() == 2);
    CHECK(two[0].dueOn == day(2026, 9, 30));
    CHECK(two[0].state == DeadlineState::Overdue);
    CHECK(two[1].dueOn == day(2026, 12, 31));
    CHECK(two[1].state == DeadlineState::DueSoon);
    CHECK(two[1].alertDays == 90);
}

TEST_CASE("The settings change the clocks", "[clocks]")
{
    ClockSettings settings = ClockSettings::defaults();
    settings.set({ClockKind::ContactOffer, 5, true, {}, {}});
    settings.set({ClockKind::DueSoon, 1, false, {}, {}});
    CaseTimeline t;
    t.openSignals = {{day(2026, 11, 27), {}}};
    const auto all = deadlines(t, settings, day(2026, 12, 3));
    CHECK(only(all, ClockKind::ContactOffer).dueOn == day(2026, 12, 4));
    CHECK(only(all, ClockKind::ContactOffer).label == QStringLiteral("Contact offer (5 working days)"));
    CHECK(only(all, ClockKind::ContactOffer).state == DeadlineState::DueSoon);
    CHECK(only(deadlines(t, settings, day(2026, 12, 2)), ClockKind::ContactOffer).state == DeadlineState::Open);
    CHECK(only(deadlines(t, settings, day(2026, 12, 4)), ClockKind::ContactOffer).label ==
          QStringLiteral("Contact offer (5 working days)"));
    settings.set({ClockKind::ContactOffer, 1, false, {}, {}});
    CHECK(only(deadlines(t, settings, day(2026, 12, 4)), ClockKind::ContactOffer).label ==
          QStringLiteral("Contact offer (1 day)"));
}

TEST_CASE("A closed case has every clock met", "[clocks]")
{
    CaseTimeline t;
    t.kind = TimelineKind::HelpRequest;
    t.openedOn = day(2026, 4, 1);
    t.requestOn = day(2026, 3, 25);
    t.crisis = true;
    t.dischargeDates = {day(2026, 6, 30)};
    t.contactDays = {day(2026, 4, 3)};
    t.firstConversationOn = day(2026, 4, 10);
    t.closedOn = day(2026, 5, 1);
    const auto all = deadlines(t, ClockSettings::defaults(), day(2026, 12, 1));
    REQUIRE(all.size() == 4);
    for (const Deadline &d : all)
        CHECK(d.state == DeadlineState::Met);
    CHECK(only(all, ClockKind::ThreateningDebt).metOn == day(2026, 4, 10));
    CHECK(only(all, ClockKind::FirstConversation).metOn == day(2026, 4, 10));
    CHECK(only(all, ClockKind::Decision).metOn == day(2026, 5, 1)); // no decision: stopped by the closing
    CHECK(only(all, ClockKind::DischargeAlert1).metOn == day(2026, 5, 1));
    CHECK_FALSE(mostUrgent(all).has_value());
    // Standing before the closing, the clocks still run.
    CHECK(only(deadlines(t, ClockSettings::defaults(), day(2026, 4, 30)), ClockKind::Decision).state ==
          DeadlineState::Open);
}

TEST_CASE("Deadlines are in due-date order and the most urgent is the overdue one due first", "[clocks]")
{
    CaseTimeline t;
    t.kind = TimelineKind::HelpRequest;
    t.openedOn = day(2026, 5, 4);
    t.requestOn = day(2026, 5, 1);
    t.crisis = true;
    t.dischargeDates = {day(2026, 5, 20)};
    const auto all = deadlines(t, ClockSettings::defaults(), day(2026, 5, 12));
    REQUIRE(all.size() == 3);
    for (int i = 1; i < all.size(); ++i)
        CHECK(all[i - 1].dueOn <= all[i].dueOn);
    CHECK(all[0].clock == ClockKind::ThreateningDebt); // Friday 1 May + 3 working days, 5 May a holiday: 7 May
    CHECK(all[0].dueOn == day(2026, 5, 7));
    CHECK(all[1].clock == ClockKind::DischargeAlert1); // 20 May
    CHECK(all[2].clock == ClockKind::FirstConversation); // 29 May

    auto urgent = mostUrgent(all);
    REQUIRE(urgent.has_value());
    CHECK(urgent->clock == ClockKind::ThreateningDebt);
    CHECK(urgent->state == DeadlineState::Overdue);

    // An overdue deadline outranks a due-soon one even when listed later.
    Deadline soon{ClockKind::ContactOffer, day(2026, 1, 1), day(2026, 1, 10), {}, DeadlineState::DueSoon, 0, {}};
    Deadline late{ClockKind::Decision, day(2026, 1, 1), day(2026, 1, 12), {}, DeadlineState::Overdue, 0, {}};
    Deadline met{ClockKind::FirstConversation, day(2026, 1, 1), day(2026, 1, 2), day(2026, 1, 2), DeadlineState::Met,
                 0, {}};
    urgent = mostUrgent({met, soon, late});
    REQUIRE(urgent.has_value());
    CHECK(urgent->clock == ClockKind::Decision);
    urgent = mostUrgent({met, soon});
    REQUIRE(urgent.has_value());
    CHECK(urgent->clock == ClockKind::ContactOffer);
    CHECK_FALSE(mostUrgent({met}).has_value());
    CHECK_FALSE(mostUrgent({}).has_value());
    CHECK(deadlines(CaseTimeline{}, ClockSettings::defaults(), day(2026, 1, 1)).isEmpty());
}

TEST_CASE("Clock keys, states and the seeded example policy", "[clocks]")
{
    for (ClockKind kind : allClocks()) {
        CHECK(clockFromKey(clockKey(kind)) == kind);
        CHECK_FALSE(clockLabel(kind).isEmpty());
    }
    CHECK_FALSE(clockFromKey(QStringLiteral("nonsense")).has_value());
    CHECK(clockKey(ClockKind::ThreateningDebt) == QStringLiteral("threatening_debt"));
    CHECK(deadlineStateKey(DeadlineState::DueSoon) == QStringLiteral("due_soon"));
    CHECK(deadlineStateLabel(DeadlineState::Overdue) == QStringLiteral("Overdue"));

    const ClockSettings defaults = ClockSettings::defaults();
    CHECK(defaults.all().size() == allClocks().size());
    CHECK(defaults.of(ClockKind::ContactOffer).days == 14);
    CHECK(defaults.of(ClockKind::ThreateningDebt).days == 3);
    CHECK(defaults.of(ClockKind::ThreateningDebt).workingDays);
    CHECK(defaults.of(ClockKind::FirstConversation).days == 28);
    CHECK(defaults.of(ClockKind::Decision).days == 56);
    CHECK(defaults.of(ClockKind::DischargeAlert1).days == 90);
    CHECK(defaults.of(ClockKind::DischargeAlert2).days == 30);
    CHECK(defaults.of(ClockKind::DischargeAlert3).days == 7);
    CHECK(defaults.of(ClockKind::DueSoon).days == 3);
    CHECK(validateClockSettings(defaults).isEmpty());

    // An empty set answers with the example policy; set() replaces, never duplicates.
    ClockSettings partial;
    CHECK(partial.of(ClockKind::Decision).days == 56);
    partial.set({ClockKind::Decision, 40, false, {}, {}});
    partial.set({ClockKind::Decision, 42, false, {}, {}});
    CHECK(partial.all().size() == 1);
    CHECK(partial.of(ClockKind::Decision).days == 42);
}

TEST_CASE("A deadline of zero, negative or absurd days is refused by name", "[clocks]")
{
    for (int days : {0, -1, 3651}) {
        INFO(days);
        const auto error = validateClockSetting({ClockKind::FirstConversation, days, false, {}, {}});
        REQUIRE(error.has_value());
        CHECK(error->field == QStringLiteral("first_conversation"));
        CHECK(error->message.contains(clockLabel(ClockKind::FirstConversation)));
        CHECK(error->message.contains(QString::number(days)));
    }
    CHECK_FALSE(validateClockSetting({ClockKind::FirstConversation, 1, false, {}, {}}).has_value());
    CHECK_FALSE(validateClockSetting({ClockKind::FirstConversation, 3650, true, {}, {}}).has_value());

    ClockSettings settings = ClockSettings::defaults();
    settings.set({ClockKind::DischargeAlert3, 30, false, {}, {}});
    auto errors = validateClockSettings(settings);
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().field == QStringLiteral("discharge_alert_3"));
    settings.set({ClockKind::DischargeAlert3, 7, false, {}, {}});
    settings.set({ClockKind::DueSoon, 0, false, {}, {}});
    errors = validateClockSettings(settings);
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().field == QStringLiteral("due_soon"));
}

TEST_CASE("Working days skip the extra days off a team lead entered", "[clocks]")
{
    // Friday 15 May 2026, the day after Ascension Day, added by decree.
    const WorkingDays calendar({ExtraDayOff{day(2026, 5, 15), QStringLiteral("Vrijdag na Hemelvaartsdag"), {}, {}},
                                ExtraDayOff{day(2026, 5, 16), QStringLiteral("a Saturday: ignored"), {}, {}}});
    CHECK_FALSE(calendar.isWorkingDay(day(2026, 5, 15)));
    CHECK(calendar.isWorkingDay(day(2026, 5, 18)));
    // Wednesday 13 May + 1: Thursday is Ascension Day, Friday the extra day: Monday 18 May.
    CHECK(addDays(day(2026, 5, 13), 1, true, calendar) == day(2026, 5, 18));
    CHECK(addDays(day(2026, 5, 13), 1, true) == day(2026, 5, 15)); // without it
    // Whole weeks over it count it once; backwards mirrors forwards.
    CHECK(addDays(day(2026, 5, 11), 10, true, calendar) == day(2026, 5, 28)); // Ascension, the Friday, Whit Monday
    CHECK(subtractDays(day(2026, 5, 28), 10, true, calendar) == day(2026, 5, 11));
    for (int n = 1; n <= 25; ++n) {
        const QDate due = addDays(day(2026, 5, 4), n, true, calendar);
        CHECK(calendar.isWorkingDay(due));
        int working = 0;
        for (QDate d = day(2026, 5, 4).addDays(1); d <= due; d = d.addDays(1))
            working += calendar.isWorkingDay(d) ? 1 : 0;
        CHECK(working == n);
    }
    // Calendar days do not move.
    CHECK(addDays(day(2026, 5, 13), 2, false, calendar) == day(2026, 5, 15));

    // Through the settings, a working-day clock uses them.
    ClockSettings settings = ClockSettings::defaults();
    settings.setExtraDaysOff({ExtraDayOff{day(2026, 5, 15), QStringLiteral("Vrijdag na Hemelvaartsdag"), {}, {}}});
    CaseTimeline t;
    t.kind = TimelineKind::HelpRequest;
    t.requestOn = day(2026, 5, 12); // Tuesday: + 3 working days = Wednesday 13, Monday 18, Tuesday 19
    t.crisis = true;
    const QList<Deadline> list = deadlines(t, settings, day(2026, 5, 12));
    const auto threat = std::find_if(list.cbegin(), list.cend(), [](const Deadline &d) { return d.clock == ClockKind::ThreateningDebt; });
    REQUIRE(threat != list.cend());
    CHECK(threat->dueOn == day(2026, 5, 19));
}

TEST_CASE("Each basic condition has a lead time before the discharge, met on the day it was arranged", "[clocks][discharge]")
{
    CaseTimeline t;
    NoticeConditions notice{day(2026, 9, 30), {}};
    notice.arrangedOn[0] = day(2026, 7, 1); // id_bewijs, before its lead time (42 days: 19 Aug)
    t.dischargeDates << notice.expectedOn;
    t.noticeConditions << notice;
    const auto all = deadlines(t, ClockSettings::defaults(), day(2026, 8, 1));
    const Deadline &housing = only(all, ClockKind::ConditionOnderdak);
    CHECK(housing.dueOn == day(2026, 7, 2)); // 90 days before 30 Sep
    CHECK(housing.state == DeadlineState::Overdue);
    CHECK(housing.label.contains(QStringLiteral("90")));
    CHECK(only(all, ClockKind::ConditionIdBewijs).state == DeadlineState::Met);
    CHECK(only(all, ClockKind::ConditionIdBewijs).metOn == day(2026, 7, 1));
    CHECK(only(all, ClockKind::ConditionSchulden).dueOn == day(2026, 8, 31));
    CHECK(only(all, ClockKind::ConditionSchulden).state == DeadlineState::Open);
    CHECK(only(all, ClockKind::ConditionInkomen).dueOn == day(2026, 9, 2));
    CHECK(only(all, ClockKind::ConditionZorg).dueOn == day(2026, 9, 16));
    // The overdue housing deadline is the most urgent one.
    REQUIRE(mostUrgent(all).has_value());
    CHECK(mostUrgent(all)->clock == ClockKind::ConditionOnderdak);

    SECTION("arranged late still meets it, on that day")
    {
        t.noticeConditions[0].arrangedOn[1] = day(2026, 8, 10);
        const Deadline late = only(deadlines(t, ClockSettings::defaults(), day(2026, 8, 20)), ClockKind::ConditionOnderdak);
        CHECK(late.state == DeadlineState::Met);
        CHECK(late.metOn == day(2026, 8, 10));
        // Standing on a day before it was arranged, it was still overdue then.
        CHECK(stateOf(t, ClockKind::ConditionOnderdak, day(2026, 8, 5)) == DeadlineState::Overdue);
    }
    SECTION("a team lead's lead time is used")
    {
        ClockSettings settings = ClockSettings::defaults();
        settings.set({ClockKind::ConditionOnderdak, 120, false, {}, {}});
        CHECK(only(deadlines(t, settings, day(2026, 5, 1)), ClockKind::ConditionOnderdak).dueOn == day(2026, 6, 2));
    }
}

TEST_CASE("In detention the offer of help waits for the discharge", "[clocks][discharge]")
{
    CaseTimeline t;
    t.openSignals << OpenSignal{day(2026, 3, 2), {}};
    t.outreachPausedUntil = day(2026, 5, 1);
    const auto all = deadlines(t, ClockSettings::defaults(), day(2026, 4, 1));
    CHECK(only(all, ClockKind::ContactOffer).startsOn == day(2026, 5, 1));
    CHECK(only(all, ClockKind::ContactOffer).state == DeadlineState::Open);
    // A pause that ended before the signal changes nothing.
    t.outreachPausedUntil = day(2026, 2, 1);
    CHECK(only(deadlines(t, ClockSettings::defaults(), day(2026, 4, 1)), ClockKind::ContactOffer).startsOn == day(2026, 3, 2));
}
