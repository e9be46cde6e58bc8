// The clocks per case type (docs/clocks.md): the Wgs terms run from the aanmelding and are met
// only by the eerste gesprek; the contact offer runs from the later of a signal's date and the day
// it was received, and is met only by a contact on or after its start.
#include "clocks/Deadlines.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace vangnet::clocks;

namespace {

QDate day(int year, int month, int d)
{
    return QDate(year, month, d);
}

std::optional<Deadline> find(const QList<Deadline> &all, ClockKind kind)
{
    const auto it = std::find_if(all.cbegin(), all.cend(), [kind](const Deadline &d) { return d.clock == kind; });
    return it == all.cend() ? std::nullopt : std::optional<Deadline>(*it);
}

Deadline only(const CaseTimeline &t, ClockKind kind, QDate asOf, const ClockSettings &settings = ClockSettings::defaults())
{
    const auto found = find(deadlines(t, settings, asOf), kind);
    REQUIRE(found.has_value());
    return *found;
}

CaseTimeline request(QDate on, bool crisis)
{
    CaseTimeline t;
    t.kind = TimelineKind::HelpRequest;
    t.openedOn = on;
    t.requestOn = on;
    t.crisis = crisis;
    return t;
}

} // namespace

TEST_CASE("Threatening debt runs 3 working days from the aanmelding around Easter, met only by the eerste gesprek", "[clocks][wgs]")
{
    // Thursday 2 April 2026; Good Friday 3 April and Easter Monday 6 April are days off.
    CaseTimeline t = request(day(2026, 4, 2), true);
    t.contactDays = {day(2026, 4, 1), day(2026, 4, 7)}; // a reached call before, and one after the aanmelding
    Deadline debt = only(t, ClockKind::ThreateningDebt, day(2026, 4, 2));
    CHECK(debt.startsOn == day(2026, 4, 2));
    CHECK(debt.dueOn == day(2026, 4, 9)); // Tuesday 7, Wednesday 8, Thursday 9
    CHECK(debt.label == QStringLiteral("Threatening debt (3 working days)"));
    // Phone calls, reached or not, are no eerste gesprek: still overdue on Friday 10 April.
    CHECK(only(t, ClockKind::ThreateningDebt, day(2026, 4, 10)).state == DeadlineState::Overdue);

    t.firstConversationOn = day(2026, 4, 8);
    debt = only(t, ClockKind::ThreateningDebt, day(2026, 4, 10));
    CHECK(debt.state == DeadlineState::Met);
    CHECK(debt.metOn == day(2026, 4, 8));
    // Standing on the day before the conversation it was still running.
    CHECK(only(t, ClockKind::ThreateningDebt, day(2026, 4, 7)).state == DeadlineState::DueSoon);

    // An aanmelding on Good Friday counts from the next working day (Tuesday 7): due Friday 10.
    CHECK(only(request(day(2026, 4, 3), true), ClockKind::ThreateningDebt, day(2026, 4, 3)).dueOn == day(2026, 4, 10));
    // Without a crisis intervention there is no 3-working-day term.
    CHECK_FALSE(find(deadlines(request(day(2026, 4, 2), false), ClockSettings::defaults(), day(2026, 4, 2)),
                     ClockKind::ThreateningDebt));
}

TEST_CASE("The first conversation runs 4 weeks from the aanmelding and the decision 8 weeks from the conversation", "[clocks][wgs]")
{
    CaseTimeline t = request(day(2026, 3, 6), false); // a Friday
    t.openedOn = day(2026, 2, 2);                     // an outreach case opened earlier: not where the term starts
    t.contactDays = {day(2026, 3, 9)};
    Deadline first = only(t, ClockKind::FirstConversation, day(2026, 3, 10));
    CHECK(first.startsOn == day(2026, 3, 6));
    CHECK(first.dueOn == day(2026, 4, 3));
    CHECK(first.state == DeadlineState::Open);
    CHECK_FALSE(find(deadlines(t, ClockSettings::defaults(), day(2026, 3, 10)), ClockKind::Decision));
    CHECK(only(t, ClockKind::FirstConversation, day(2026, 4, 4)).state == DeadlineState::Overdue);

    t.firstConversationOn = day(2026, 3, 20);
    first = only(t, ClockKind::FirstConversation, day(2026, 4, 4));
    CHECK(first.state == DeadlineState::Met);
    CHECK(first.metOn == day(2026, 3, 20));
    const Deadline decision = only(t, ClockKind::Decision, day(2026, 4, 4));
    CHECK(decision.startsOn == day(2026, 3, 20));
    CHECK(decision.dueOn == day(2026, 5, 15));
    CHECK(decision.state == DeadlineState::Open);
    CHECK(only(t, ClockKind::Decision, day(2026, 5, 16)).state == DeadlineState::Overdue);
    t.decisionOn = day(2026, 5, 11);
    CHECK(only(t, ClockKind::Decision, day(2026, 5, 16)).metOn == day(2026, 5, 11));
    // Standing before the conversation, the decision term had not started.
    CHECK_FALSE(find(deadlines(t, ClockSettings::defaults(), day(2026, 3, 19)), ClockKind::Decision));
}

TEST_CASE("Which clocks run depends on the case type", "[clocks][wgs]")
{
    CaseTimeline t;
    t.openSignals = {{day(2026, 3, 2), day(2026, 3, 2)}};
    t.dischargeDates = {day(2026, 9, 30)};
    t.requestOn = day(2026, 3, 3); // ignored on a type that is not a request
    t.crisis = true;
    const auto kinds = [&](TimelineKind kind) {
        t.kind = kind;
        QList<ClockKind> out;
        for (const Deadline &d : deadlines(t, ClockSettings::defaults(), day(2026, 3, 4)))
            out << d.clock;
        return out;
    };
    CHECK(kinds(TimelineKind::Household) == QList<ClockKind>{ClockKind::ContactOffer, ClockKind::DischargeAlert1});
    CHECK(kinds(TimelineKind::EarlySignal) == QList<ClockKind>{ClockKind::ContactOffer, ClockKind::DischargeAlert1});
    CHECK(kinds(TimelineKind::Aftercare) == QList<ClockKind>{ClockKind::DischargeAlert1});
    CHECK(kinds(TimelineKind::HelpRequest)
          == QList<ClockKind>{ClockKind::ThreateningDebt, ClockKind::FirstConversation, ClockKind::DischargeAlert1});
}

TEST_CASE("The contact offer starts at the later of signal and import date and counts contacts from then on", "[clocks][wgs]")
{
    CaseTimeline t;
    t.kind = TimelineKind::EarlySignal;
    t.openSignals = {{day(2026, 3, 2), day(2026, 3, 10)}}; // dated 2 March, received 10 March
    t.contactDays = {day(2026, 3, 5)};                      // before it was received: no answer to it
    Deadline offer = only(t, ClockKind::ContactOffer, day(2026, 3, 12));
    CHECK(offer.startsOn == day(2026, 3, 10));
    CHECK(offer.dueOn == day(2026, 3, 24));
    CHECK(offer.state == DeadlineState::Open);
    t.contactDays << day(2026, 3, 11);
    offer = only(t, ClockKind::ContactOffer, day(2026, 3, 12));
    CHECK(offer.state == DeadlineState::Met);
    CHECK(offer.metOn == day(2026, 3, 11));

    // A signal received before its date (a notice ahead of time) starts on its date.
    CaseTimeline early;
    early.openSignals = {{day(2026, 3, 20), day(2026, 3, 10)}};
    CHECK(only(early, ClockKind::ContactOffer, day(2026, 3, 12)).startsOn == day(2026, 3, 20));

    SECTION("the signal_date setting starts it on the signal's date")
    {
        ClockSettings settings = ClockSettings::defaults();
        settings.setOfferStart({OfferStart::SignalDate, {}, {}});
        t.contactDays = {day(2026, 2, 27), day(2026, 3, 5)}; // before the signal, then after it
        offer = only(t, ClockKind::ContactOffer, day(2026, 3, 12), settings);
        CHECK(offer.startsOn == day(2026, 3, 2));
        CHECK(offer.dueOn == day(2026, 3, 16));
        CHECK(offer.metOn == day(2026, 3, 5));
    }
}

TEST_CASE("Only an overdue statutory term puts a line in the queue's top band", "[clocks][wgs]")
{
    CaseTimeline t = request(day(2026, 3, 2), false);
    CHECK_FALSE(hasOverdueLegalTerm(deadlines(t, ClockSettings::defaults(), day(2026, 3, 30))));
    CHECK(hasOverdueLegalTerm(deadlines(t, ClockSettings::defaults(), day(2026, 3, 31))));
    CaseTimeline offer;
    offer.openSignals = {{day(2026, 1, 2), day(2026, 1, 2)}};
    CHECK_FALSE(hasOverdueLegalTerm(deadlines(offer, ClockSettings::defaults(), day(2026, 3, 31)))); // policy only
    CHECK(isLegalTerm(ClockKind::Decision));
    CHECK_FALSE(isLegalTerm(ClockKind::ContactOffer));
    CHECK_FALSE(isLegalTerm(ClockKind::ConditionOnderdak));

    // An overdue statutory term is the most urgent even when a policy clock was due earlier.
    Deadline policy{ClockKind::ContactOffer, day(2026, 1, 1), day(2026, 1, 5), {}, DeadlineState::Overdue, 0, {}};
    Deadline legal{ClockKind::FirstConversation, day(2026, 1, 1), day(2026, 1, 29), {}, DeadlineState::Overdue, 0, {}};
    REQUIRE(mostUrgent({policy, legal}).has_value());
    CHECK(mostUrgent({policy, legal})->clock == ClockKind::FirstConversation);
}
