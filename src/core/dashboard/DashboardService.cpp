#include "dashboard/DashboardService.h"

#include "audit/AuditLog.h"
#include "audit/AuditedExport.h"
#include "cases/WorkQueue.h"
#include "clocks/ClockService.h"
#include "clocks/Deadlines.h"
#include "rules/Severity.h"
#include "security/AccessGuard.h"
#include "security/Session.h"
#include "settings/OrganisationService.h"
#include "storage/Database.h"
#include "support/Clock.h"
#include "users/AuthService.h"
#include "users/UserRepository.h"


#include <spdlog/spdlog.h>

#include <algorithm>

namespace vangnet::dashboard {

namespace {

const QString dashboardObject = QStringLiteral("dashboard");

/// Largest first, then by label: the order of every bar chart and table.
void sortCounts(QList<GroupCount> &counts)
{
    std::sort(counts.begin(), counts.end(), [](const GroupCount &a, const GroupCount &b) {
        return a.count != b.count ? a.count > b.count : a.label.localeAwareCompare(b.label) < 0;
    });
}

/// The middle value of `days` (the mean of the middle two for an even count).
std::optional<double> median(QList<qint64> days)
{
    if (days.isEmpty())
        return std::nullopt;
    std::sort(days.begin(), days.end());
    const qsizetype mid = days.size() / 2;
    if (days.size() % 2)
        return double(days.at(mid));
    return (double(days.at(mid - 1)) + double(days.at(mid))) / 2.0;
}

/// The clock a time to contact is judged by (docs/metrics.md): the contact offer for a first
/// attempt, the first conversation (4 weeks) for a first reached contact and for a request's
/// eerste gesprek — a crisis request's row is judged by the threatening-debt term (rowNorm).
clocks::ClockKind normClock(Metric metric)
{
    return metric == Metric::FirstContact ? clocks::ClockKind::ContactOffer : clocks::ClockKind::FirstConversation;
}

/// The row's own clock: a request with a crisis intervention (its row's amount is 1, see
/// DashboardRepository) has the 3-working-day term of Wgs art. 4.
clocks::ClockKind rowNorm(Metric metric, const MetricRow &row)
{
    return metric == Metric::RequestConversation && row.amount == 1 ? clocks::ClockKind::ThreateningDebt
                                                                     : normClock(metric);
}

ContactFigure contactFigure(const QList<MetricRow> &rows, const clocks::ClockSetting &norm)
{
    ContactFigure f;
    f.normDays = norm.days;
    f.normWorkingDays = norm.workingDays;
    QList<qint64> days;
    for (const MetricRow &r : rows) {
        ++f.cases;
        if (r.group == groupWithinNorm)
            ++f.withinNorm;
        days << r.amount;
    }
    f.medianDays = median(days);
    return f;
}

ResignalFigure resignalFigure(const QList<GroupCount> &counts, const MetricScope &scope, int weeks)
{
    ResignalFigure f;
    for (const GroupCount &c : counts) {
        f.cohort += c.count;
        if (c.group == groupResignalled)
            f.resignalled += c.count;
    }
    f.closedTo = scope.to.addDays(-7 * weeks);
    f.closedFrom = f.closedTo.addDays(-27);
    return f;
}

} // namespace

std::optional<double> ContactFigure::withinNormShare() const
{
    return cases ? std::optional<double>(double(withinNorm) / double(cases)) : std::nullopt;
}

std::optional<double> ResignalFigure::share() const
{
    return cohort ? std::optional<double>(double(resignalled) / double(cohort)) : std::nullopt;
}

qint64 WeeklyDashboard::total(const QList<GroupCount> &counts)
{
    qint64 n = 0;
    for (const GroupCount &c : counts)
        n += c.count;
    return n;
}

DashboardService::DashboardService(const Database &db, const Clock &clock, const Session &session)
    : m_database(db), m_clock(clock), m_session(session)
{
}

IsoWeek DashboardService::defaultWeek() const
{
    return IsoWeek::lastComplete(m_clock.today());
}

Result<IsoWeek> DashboardService::week(const QString &text) const
{
    if (text.trimmed().isEmpty())
        return defaultWeek();
    auto parsed = IsoWeek::parse(text);
    if (!parsed)
        return parsed;
    if (parsed->monday() > m_clock.today())
        return Error(ErrorCode::Invalid,
                     tr("Week %1 has not begun yet (it starts on %2); choose this week or an earlier one.")
                         .arg(parsed->key(), parsed->monday().toString(QStringLiteral("dd-MM-yyyy"))),
                     {FieldError{QStringLiteral("week"), tr("in the future")}});
    return parsed;
}

Result<qint64> DashboardService::permittedTeam(std::optional<qint64> teamId, const QString &attempt) const
{
    const qint64 team = teamId.value_or(m_session.user().teamId);
    auto allowed = m_session.requireTeam(Permission::ViewDashboard, team);
    if (allowed)
        return team;
    const AccessGuard guard(m_database.connection(), m_clock, m_session);
    if (m_session.can(Permission::ViewDashboard) && m_session.user().teamId != 0)
        return guard.refuse(Error(ErrorCode::PermissionDenied, tr("You see the dashboard of your own team only.")),
                            dashboardObject, team, attempt);
    return guard.refuse(allowed.error(), dashboardObject, team, attempt);
}

MetricScope DashboardService::scopeOf(const IsoWeek &week, qint64 teamId) const
{
    return MetricScope{week.monday(), week.sunday(), std::min(week.sunday(), m_clock.today()), teamId};
}

Result<QList<MetricRow>> DashboardService::overdueRows(const MetricScope &scope) const
{
    // The work queue's own "overdue" (docs/cases.md): the same clocks, so the team lead's
    // number is the caseworker's "Te laat" filter on the reference day.
    auto items = cases::WorkQueue(m_database, m_clock, m_session).loadOpenCases(scope.reference);
    if (!items)
        return items.error();
    auto users = UserRepository(m_database.connection()).all();
    if (!users)
        return users.error();
    QHash<qint64, QString> usernameOf;
    for (const User &u : std::as_const(*users))
        usernameOf.insert(u.id, u.username);
    QList<MetricRow> out;
    for (const cases::QueueItem &item : std::as_const(*items)) {
        if (!item.caseId || !item.next || item.next->state != clocks::DeadlineState::Overdue)
            continue;
        MetricRow r;
        r.householdId = item.householdId;
        r.householdName = item.householdName;
        r.wijk = item.wijk;
        r.group = usernameOf.value(item.assigneeId);
        r.label = item.assigneeId ? item.assigneeName : tr("Not assigned");
        r.on = item.next->dueOn;
        r.detail = item.next->label;
        out << r;
    }
    std::sort(out.begin(), out.end(), [](const MetricRow &a, const MetricRow &b) {
        return a.on != b.on ? a.on < b.on : a.householdId < b.householdId;
    });
    return out;
}

Result<QList<MetricRow>> DashboardService::contactRows(Metric metric, const MetricScope &scope) const
{
    auto rows = DashboardRepository(m_database.connection()).rows(metric, scope);
    if (!rows)
        return rows.error();
    auto settings = ClockService(m_database, m_clock, m_session).settings();
    if (!settings)
        return settings.error();
    for (MetricRow &r : *rows) {
        const clocks::ClockSetting &norm = settings->of(rowNorm(metric, r));
        // Only attempts on or after the earliest signal are read (firstContact), so never negative.
        r.amount = r.since.daysTo(r.on);
        const QDate due = clocks::addDays(r.since, norm.days, norm.workingDays, settings->workingDays());
        r.group = r.on <= due ? groupWithinNorm : groupOutsideNorm;
        r.label = r.group == groupWithinNorm ? tr("Within the norm") : tr("Outside the norm");
    }
    return rows;
}

Result<WeeklyDashboard> DashboardService::weekly(const IsoWeek &week, std::optional<qint64> teamId,
                                                 const Progress &progress) const
{
    auto team = permittedTeam(teamId, QStringLiteral("attempt:dashboard"));
    if (!team)
        return team.error();
    WeeklyDashboard d;
    d.week = week;
    d.teamId = *team;
    const MetricScope scope = scopeOf(week, *team);
    d.reference = scope.reference;
    d.generatedAt = m_clock.now();
    d.generatedBy = m_session.user().displayName;
    if (auto teams = AuthService(m_database, m_clock).teams())
        for (const Team &t : std::as_const(*teams))
            if (t.id == *team)
                d.teamName = t.name;
    auto organisation = settings::OrganisationService(m_database, m_clock, m_session).settings();
    if (!organisation)
        return organisation.error();
    d.municipality = organisation->municipality;
    d.logo = organisation->logo;

    const DashboardRepository repo(m_database.connection());
    auto settings = ClockService(m_database, m_clock, m_session).settings();
    if (!settings)
        return settings.error();
    auto counted = [&](Metric metric, QList<GroupCount> &into) -> Result<void> {
        auto c = repo.counts(metric, scope);
        if (!c)
            return c.error();
        into = std::move(*c);
        sortCounts(into);
        return success();
    };
    auto single = [&](Metric metric, qint64 &into) -> Result<void> {
        auto c = repo.counts(metric, scope);
        if (!c)
            return c.error();
        into = WeeklyDashboard::total(*c);
        return success();
    };
    auto all = [](std::initializer_list<Result<void>> results) -> Result<void> {
        for (const Result<void> &r : results)
            if (!r)
                return r;
        return success();
    };
    // One step per section, so the progress bar moves and a cancel is heard between them.
    const QList<std::function<Result<void>()>> steps{
        [&] {
            auto r = all({counted(Metric::SignalsByPartner, d.signalsByPartner), counted(Metric::NewFlagsByRule, d.newFlagsByRule),
                          counted(Metric::NewFlagsBySeverity, d.newFlagsBySeverity)});
            for (GroupCount &c : d.newFlagsBySeverity)
                c.label = rules::severityLabel(c.group.toInt());
            return r;
        },
        [&]() -> Result<void> {
            if (auto open = single(Metric::OpenCases, d.openCases); !open)
                return open;
            auto overdue = overdueRows(scope);
            if (!overdue)
                return overdue.error();
            QHash<QString, qsizetype> at;
            for (const MetricRow &r : std::as_const(*overdue)) {
                if (!at.contains(r.group)) {
                    at.insert(r.group, d.overdueByCaseworker.size());
                    d.overdueByCaseworker << GroupCount{r.group, r.label, 0};
                }
                ++d.overdueByCaseworker[at.value(r.group)].count;
            }
            sortCounts(d.overdueByCaseworker);
            return success();
        },
        [&]() -> Result<void> {
            for (auto [metric, figure] : {std::pair{Metric::FirstContact, &d.firstContact},
                                          std::pair{Metric::FirstReached, &d.firstReached},
                                          std::pair{Metric::RequestConversation, &d.requestConversation}}) {
                auto rows = contactRows(metric, scope);
                if (!rows)
                    return rows.error();
                *figure = contactFigure(*rows, settings->of(normClock(metric)));
            }
            return success();
        },
        [&] {
            return all({counted(Metric::Outcomes, d.outcomes), single(Metric::Discharges30, d.discharges30),
                        single(Metric::Discharges60, d.discharges60), single(Metric::Discharges90, d.discharges90)});
        },
        [&]() -> Result<void> {
            if (auto r = all({counted(Metric::Placements, d.placements), counted(Metric::DeclinedOffers, d.declinedOffers),
                              single(Metric::PlacedAtWeekEnd, d.placedHouseholds)});
                !r)
                return r;
            auto occupancy = repo.occupancy(scope.reference);
            if (!occupancy)
                return occupancy.error();
            d.occupancy = *occupancy;
            return success();
        },
        [&]() -> Result<void> {
            for (auto [metric, weeks, into] : {std::tuple{Metric::Resignal6m, 26, &d.resignal6m},
                                               std::tuple{Metric::Resignal12m, 52, &d.resignal12m}}) {
                auto c = repo.counts(metric, scope);
                if (!c)
                    return c.error();
                *into = resignalFigure(*c, scope, weeks);
            }
            return success();
        },
        [&]() -> Result<void> {
            QList<MetricScope> weeks;
            for (int i = trendWeeks - 1; i >= 0; --i)
                weeks << scopeOf(week.plusWeeks(-i), *team);
            auto signals = repo.weeklyTotals(Metric::SignalsByPartner, weeks);
            if (!signals)
                return signals.error();
            auto flags = repo.weeklyTotals(Metric::NewFlagsBySeverity, weeks);
            if (!flags)
                return flags.error();
            auto contacts = repo.weeklyTotals(Metric::FirstContact, weeks);
            if (!contacts)
                return contacts.error();
            for (qsizetype i = 0; i < weeks.size(); ++i)
                d.trend << TrendPoint{week.plusWeeks(int(i) - (trendWeeks - 1)), signals->at(i), flags->at(i),
                                      contacts->at(i)};
            return success();
        },
    };
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (progress && !progress(int(i), int(steps.size())))
            return Error(ErrorCode::Invalid, tr("The dashboard was stopped."));
        if (auto done = steps.at(i)(); !done)
            return done.error();
    }
    if (progress)
        progress(int(steps.size()), int(steps.size()));
    return d;
}

Result<QList<MetricRow>> DashboardService::drillDown(const IsoWeek &week, Metric metric,
                                                     const std::optional<QString> &group,
                                                     std::optional<qint64> teamId) const
{
    auto team = permittedTeam(teamId, QStringLiteral("attempt:dashboard:") + metricKey(metric));
    if (!team)
        return team.error();
    const MetricScope scope = scopeOf(week, *team);
    Result<QList<MetricRow>> rows = metric == Metric::OverdueByCaseworker ? overdueRows(scope)
                                    : isContactMetric(metric) ? contactRows(metric, scope)
                                        : DashboardRepository(m_database.connection()).rows(metric, scope, group);
    if (!rows || !group)
        return rows;
    QList<MetricRow> picked;
    for (const MetricRow &r : std::as_const(*rows))
        if (r.group == *group)
            picked << r;
    return picked;
}

Result<void> DashboardService::save(const WeeklyDashboard &dashboard, const DashboardWriter &writer,
                                    const QString &fileName) const
{
    auto team = permittedTeam(dashboard.teamId, QStringLiteral("attempt:dashboard_export"));
    if (!team)
        return team.error();
    auto ioError = [&fileName](const QString &why) {
        return Error(ErrorCode::Io, tr("%1 could not be written: %2").arg(fileName, why));
    };
    AuditLog log(m_database, m_clock);
    const QString detail = QStringLiteral("dashboard:%1 format:%2").arg(dashboard.week.key(), writer.formatKey());
    if (auto committed = writeAuditedExport(
            fileName, [&](QIODevice &out) { return writer.write(dashboard, out); }, log, m_session,
            {dashboardObject, *team, {}, detail}, ioError);
        !committed)
        return committed;
    spdlog::info("dashboard {} of team {} exported ({})", dashboard.week.key().toStdString(), *team,
                 writer.formatKey().toStdString());
    return success();
}

} // namespace vangnet::dashboard
