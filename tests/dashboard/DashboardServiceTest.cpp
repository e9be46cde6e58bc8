#include "DashboardFixture.h"

#include "audit/AuditLog.h"
#include "settings/OrganisationService.h"
#include "support/TestResult.h"

#include <QTemporaryDir>

using namespace vangnet;
using namespace vangnet::dashboard;
using vangnet::test::DashboardFixture;

namespace {

qint64 countOf(const QList<GroupCount> &counts, const QString &group)
{
    for (const GroupCount &c : counts)
        if (c.group == group)
            return c.count;
    return 0;
}

} // namespace

TEST_CASE_METHOD(DashboardFixture,
                 "Signal to contact counts only attempts on or after the signal and never an administrative one",
                 "[dashboard]")
{
    // h8's signal of Wednesday 18 November; a reached call a week before it (the household was in
    // touch about something else), an administrative entry marked reached on the day, and the
    // first real attempt (not reached) on Friday 20 November: two days, within the offer's 14.
    const auto h8 = household(QStringLiteral("Hendriks"), 8, QStringLiteral("Centrum"));
    const qint64 s8 = signal(h8, QStringLiteral("S8"), QDate(2026, 11, 18));
    const qint64 c8 = openCase(h8.first, users.caseworkerA().user().id, QDate(2026, 11, 18), {s8});
    attempt(c8, h8.first, QDate(2026, 11, 11), true);
    attempt(c8, h8.first, QDate(2026, 11, 18), true, QStringLiteral("Administratief"));
    attempt(c8, h8.first, QDate(2026, 11, 20), false);

    const DashboardService dashboards(*db, clock, teamLeadA);
    const WeeklyDashboard d = require(dashboards.weekly(week()));
    // c1 (2 days), c2 (30 days) and c8 (2 days: the Friday call, not the earlier ones).
    CHECK(d.firstContact.cases == 3);
    CHECK(d.firstContact.withinNorm == 2);
    CHECK(*d.firstContact.medianDays == Approx(2.0));
    // Neither the call before the signal nor the administrative entry is a reached contact.
    CHECK(d.firstReached.cases == 1);
}

TEST_CASE_METHOD(DashboardFixture, "Request to first conversation is judged by the Wgs term of each request",
                 "[dashboard]")
{
    // Two requests for help whose eerste gesprek was in the week: an eviction registered on Friday
    // 13 November, spoken to on Wednesday 18 (3 working days: within), and a request of 1 October
    // spoken to on 17 November (47 days: outside the 4 weeks). A reached call is no eerste gesprek:
    // h1's case (reached on 21 November) is no request and is not counted.
    const auto request = [this](std::pair<qint64, qint64> who, QDate on, const QString &crisis, QDate spoken) {
        const qint64 id = openCase(who.first, users.caseworkerA().user().id, on);
        exec(QStringLiteral("UPDATE cases SET case_type = 'hulpvraag', request_on = ?, request_crisis = NULLIF(?, ''), "
                            "first_conversation_on = ? WHERE id = ?"),
             {on.toString(Qt::ISODate), crisis, spoken.toString(Qt::ISODate), id});
    };
    request(household(QStringLiteral("Jacobs"), 9), QDate(2026, 11, 13), QStringLiteral("ontruiming"), QDate(2026, 11, 18));
    request(household(QStringLiteral("Kok"), 10), QDate(2026, 10, 1), QString(), QDate(2026, 11, 17));

    const DashboardService dashboards(*db, clock, teamLeadA);
    const WeeklyDashboard d = require(dashboards.weekly(week()));
    CHECK(d.requestConversation.cases == 2);
    CHECK(d.requestConversation.withinNorm == 1);
    CHECK(*d.requestConversation.medianDays == Approx(26.0));
    CHECK(d.requestConversation.normDays == 28);
    const auto within = require(dashboards.drillDown(week(), Metric::RequestConversation, groupWithinNorm));
    REQUIRE(within.size() == 1);
    CHECK(within.first().since == QDate(2026, 11, 13));
}

TEST_CASE_METHOD(DashboardFixture, "Every figure of the week matches the hand count", "[dashboard]")
{
    const DashboardService dashboards(*db, clock, teamLeadA);
    const WeeklyDashboard d = require(dashboards.weekly(week()));
    CHECK(d.week.key() == QStringLiteral("2026-W47"));
    CHECK(d.reference == QDate(2026, 11, 22));
    CHECK(d.teamId == users.teamA().id);

    // Two rent signals of h1 and one energy signal of h2 dated in the week; team B's is not counted.
    CHECK(d.signalsByPartner.size() == 2);
    CHECK(countOf(d.signalsByPartner, QStringLiteral("Huur")) == 2);
    CHECK(countOf(d.signalsByPartner, QStringLiteral("Energie")) == 1);
    CHECK(d.signalsByPartner.first().group == QStringLiteral("Huur")); // largest first
    // h1 and h2 under huur_2, h1 under stapeling; by the highest severity raised: h1 3, h2 2.
    CHECK(countOf(d.newFlagsByRule, QStringLiteral("huur_2")) == 2);
    CHECK(countOf(d.newFlagsByRule, QStringLiteral("stapeling")) == 1);
    CHECK(WeeklyDashboard::total(d.newFlagsBySeverity) == 2);
    CHECK(countOf(d.newFlagsBySeverity, QStringLiteral("3")) == 1);
    CHECK(countOf(d.newFlagsBySeverity, QStringLiteral("2")) == 1);
    // Open on Sunday: c1, c2, c3 (c4 closed on Friday).
    CHECK(d.openCases == 3);
    // c3 never had its first conversation (due 29 September); c2's housing is not arranged 90
    // days before its discharge on 15 January.
    CHECK(countOf(d.overdueByCaseworker, QStringLiteral("consulent-a")) == 1);
    CHECK(countOf(d.overdueByCaseworker, QStringLiteral("consulent-a2")) == 1);
    CHECK(WeeklyDashboard::total(d.overdueByCaseworker) == 2);
    // First attempts in the week: c1 after 2 days (within 14), c2 30 days after its first signal.
    CHECK(d.firstContact.cases == 2);
    CHECK(d.firstContact.withinNorm == 1);
    REQUIRE(d.firstContact.medianDays.has_value());
    CHECK(*d.firstContact.medianDays == Approx(16.0));
    CHECK(*d.firstContact.withinNormShare() == Approx(0.5));
    CHECK(d.firstContact.normDays == 14);
    // First reached: c1 on day 5, within the 28 days of the first-conversation clock.
    CHECK(d.firstReached.cases == 1);
    CHECK(*d.firstReached.medianDays == Approx(5.0));
    CHECK(*d.firstReached.withinNormShare() == Approx(1.0));
    CHECK(d.firstReached.normDays == 28);
    CHECK(WeeklyDashboard::total(d.outcomes) == 1);
    CHECK(countOf(d.outcomes, cases::ddas::eindresultaat().at(8)) == 1);
    // h4 in 18 days; h2 in 54 days; h3 has everything arranged; h1 lies beyond 90 days.
    CHECK(d.discharges30 == 1);
    CHECK(d.discharges60 == 2);
    CHECK(d.discharges90 == 2);
    CHECK(WeeklyDashboard::total(d.placements) == 1);
    CHECK(WeeklyDashboard::total(d.declinedOffers) == 1);
    CHECK(d.placedHouseholds == 1);
    CHECK(d.occupancy.capacity == 2);
    CHECK(d.occupancy.occupied == 1);
    // Closed in the four weeks to 24 May: h5 (signal in August) and h6; to 23 November 2025: h7.
    CHECK(d.resignal6m.cohort == 2);
    CHECK(d.resignal6m.resignalled == 1);
    CHECK(*d.resignal6m.share() == Approx(0.5));
    CHECK(d.resignal6m.closedTo == QDate(2026, 5, 24));
    CHECK(d.resignal12m.cohort == 1);
    CHECK(d.resignal12m.resignalled == 0);

    REQUIRE(d.trend.size() == trendWeeks);
    CHECK(d.trend.first().week.key() == QStringLiteral("2026-W36"));
    CHECK(d.trend.last().week == week());
    CHECK(d.trend.last().signals == 3);
    CHECK(d.trend.last().flags == 2);
    CHECK(d.trend.last().firstContacts == 2);
    const TrendPoint &w46 = d.trend.at(trendWeeks - 2);
    CHECK(w46.signals == 1);
    CHECK(w46.flags == 1);
    CHECK(w46.firstContacts == 0);
    CHECK(d.trend.first().firstContacts == 0); // c3's attempt of 2 September: a case without a signal has no signal-to-contact time
    CHECK(d.trend.at(trendWeeks - 5).signals == 1); // h2's signal of 20 October, week 43
}

TEST_CASE_METHOD(DashboardFixture, "Each drill-down lists exactly the rows its figure counted", "[dashboard]")
{
    const DashboardService dashboards(*db, clock, teamLeadA);
    const WeeklyDashboard d = require(dashboards.weekly(week()));
    auto rowsOf = [&](Metric metric, std::optional<QString> group = std::nullopt) {
        return require(dashboards.drillDown(week(), metric, group));
    };
    for (const auto &[metric, counts] :
         {std::pair{Metric::SignalsByPartner, d.signalsByPartner}, std::pair{Metric::NewFlagsByRule, d.newFlagsByRule},
          std::pair{Metric::NewFlagsBySeverity, d.newFlagsBySeverity},
          std::pair{Metric::OverdueByCaseworker, d.overdueByCaseworker}, std::pair{Metric::Outcomes, d.outcomes},
          std::pair{Metric::Placements, d.placements}, std::pair{Metric::DeclinedOffers, d.declinedOffers}}) {
        INFO(metricKey(metric).toStdString());
        CHECK(rowsOf(metric).size() == WeeklyDashboard::total(counts));
        for (const GroupCount &c : counts)
            CHECK(rowsOf(metric, c.group).size() == c.count);
    }
    CHECK(rowsOf(Metric::OpenCases).size() == d.openCases);
    CHECK(rowsOf(Metric::Discharges30).size() == d.discharges30);
    CHECK(rowsOf(Metric::Discharges60).size() == d.discharges60);
    CHECK(rowsOf(Metric::Discharges90).size() == d.discharges90);
    CHECK(rowsOf(Metric::PlacedAtWeekEnd).size() == d.placedHouseholds);
    CHECK(rowsOf(Metric::FirstContact).size() == d.firstContact.cases);
    CHECK(rowsOf(Metric::FirstContact, groupWithinNorm).size() == d.firstContact.withinNorm);
    CHECK(rowsOf(Metric::FirstReached).size() == d.firstReached.cases);
    CHECK(rowsOf(Metric::Resignal6m).size() == d.resignal6m.cohort);
    CHECK(rowsOf(Metric::Resignal6m, groupResignalled).size() == d.resignal6m.resignalled);
    CHECK(rowsOf(Metric::Resignal12m).size() == d.resignal12m.cohort);

    // The households behind the figures are the ones the hand count named.
    const auto overdueA2 = rowsOf(Metric::OverdueByCaseworker, QStringLiteral("consulent-a2"));
    REQUIRE(overdueA2.size() == 1);
    CHECK(overdueA2.first().householdId == h2.first);
    CHECK(overdueA2.first().label == caseworkerA2.user().displayName);
    const auto late = rowsOf(Metric::FirstContact, groupOutsideNorm);
    REQUIRE(late.size() == 1);
    CHECK(late.first().householdId == h2.first);
    CHECK(late.first().amount == 30);
    CHECK(late.first().since == QDate(2026, 10, 20));
    const auto resignalled = rowsOf(Metric::Resignal6m, groupResignalled);
    REQUIRE(resignalled.size() == 1);
    CHECK(resignalled.first().householdId == h5.first);
    const auto soon = rowsOf(Metric::Discharges30);
    REQUIRE(soon.size() == 1);
    CHECK(soon.first().householdId == h4.first);
    CHECK(soon.first().amount == 4); // only the identity document is arranged
    for (const MetricRow &r : rowsOf(Metric::SignalsByPartner)) {
        CHECK(r.householdId != hb.first);
        CHECK_FALSE(r.householdName.isEmpty());
    }
}

TEST_CASE_METHOD(DashboardFixture, "A caseworker sees the own team's dashboard and no other", "[dashboard]")
{
    const DashboardService own(*db, clock, users.caseworkerA());
    CHECK(require(own.weekly(week())).openCases == 3);
    const qint64 denied = count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'permission_denied'"));
    const auto other = own.weekly(week(), users.teamB().id);
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().code == ErrorCode::PermissionDenied);
    CHECK_FALSE(own.drillDown(week(), Metric::SignalsByPartner, std::nullopt, users.teamB().id).ok());
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'permission_denied'")) == denied + 2);

    // Team B's own view counts its household only.
    const DashboardService teamB(*db, clock, users.caseworkerB());
    const WeeklyDashboard b = require(teamB.weekly(week()));
    CHECK(WeeklyDashboard::total(b.signalsByPartner) == 1);
    CHECK(countOf(b.newFlagsBySeverity, QStringLiteral("4")) == 1);
}

TEST_CASE_METHOD(DashboardFixture, "The functioneel beheerder gets no dashboard", "[dashboard]")
{
    const auto refused = DashboardService(*db, clock, users.admin()).weekly(week());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
}

TEST_CASE_METHOD(DashboardFixture, "A week in the future or malformed is refused, this week and earlier ones are not",
                 "[dashboard]")
{
    const DashboardService dashboards(*db, clock, teamLeadA);
    CHECK(dashboards.defaultWeek().key() == QStringLiteral("2026-W47"));
    CHECK(require(dashboards.week(QString())).key() == QStringLiteral("2026-W47"));
    CHECK(require(dashboards.week(QStringLiteral("2026-W48"))).key() == QStringLiteral("2026-W48")); // runs now
    const auto future = dashboards.week(QStringLiteral("2026-W49"));
    REQUIRE_FALSE(future.ok());
    CHECK(future.error().message.contains(QStringLiteral("2026-W49")));
    CHECK_FALSE(dashboards.week(QStringLiteral("2026-W54")).ok());
    // The running week takes its states on today, not on a Sunday still to come.
    CHECK(require(dashboards.weekly(require(dashboards.week(QStringLiteral("2026-W48"))))).reference == today());
}

TEST_CASE_METHOD(DashboardFixture, "Only the functioneel beheerder changes the organisation on reports, audited", "[dashboard]")
{
    const settings::OrganisationService byAdmin(*db, clock, users.admin());
    REQUIRE(byAdmin.setMunicipality(QStringLiteral("  Gemeente   Vangstad ")).ok());
    const QByteArray png("\x89PNG\r\n\x1a\n0000", 12);
    REQUIRE(byAdmin.setLogo(png).ok());
    const auto read = require(settings::OrganisationService(*db, clock, teamLeadA).settings());
    CHECK(read.municipality == QStringLiteral("Gemeente Vangstad"));
    CHECK(read.logo == png);
    CHECK(read.updatedBy == users.admin().user().username);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'change_organisation'")) == 2);
    // The weekly figures carry them, for the PDF's heading.
    CHECK(require(DashboardService(*db, clock, teamLeadA).weekly(week())).municipality == QStringLiteral("Gemeente Vangstad"));

    const auto refused = settings::OrganisationService(*db, clock, teamLeadA).setMunicipality(QStringLiteral("Elders"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK_FALSE(byAdmin.setLogo(QByteArray("GIF89a")).ok());
    CHECK_FALSE(byAdmin.setLogo(QByteArray(settings::OrganisationService::maxLogoBytes + 1, '\xff')).ok());
    CHECK_FALSE(byAdmin.setMunicipality(QString(settings::OrganisationService::maxNameLength + 1, QLatin1Char('x'))).ok());
    REQUIRE(byAdmin.setLogo({}).ok()); // removed
    CHECK(require(byAdmin.settings()).logo.isEmpty());
}
