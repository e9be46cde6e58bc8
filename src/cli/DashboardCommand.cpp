#include "DashboardCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "DashboardPdfWriter.h"
#include "LoggedInDatabase.h"
#include "dashboard/DashboardDocument.h"
#include "dashboard/DashboardJson.h"
#include "support/OutputTarget.h"

#include <QJsonArray>

namespace vangnet::cli {

namespace {

using namespace vangnet::dashboard;

QString shortDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

void printCounts(Console &console, const QString &heading, const QList<GroupCount> &counts)
{
    console.out(heading);
    if (counts.isEmpty())
        console.out(QStringLiteral("  –"));
    for (const GroupCount &c : counts)
        console.out(QStringLiteral("  %1  %2").arg(QString::number(c.count), 6).arg(c.label.isEmpty() ? c.group : c.label));
}

} // namespace

QString DashboardCommand::summary() const
{
    return tr("the team's weekly dashboard: signals, flags, caseload, contact times, outcomes, trends");
}

QString DashboardCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME dashboard [--week YYYY-Www] [--json] [--pdf FILE]\n"
              "       vangnet-cli [--db FILE|URL] --user NAME dashboard --list METRIC [--group GROUP] [--week …] [--json]\n\n"
              "The figures of one ISO week for your own team (team leads and caseworkers); every figure is\n"
              "defined in docs/metrics.md. Without --week: the last complete week. A week that has not\n"
              "begun is refused.\n\n"
              "  --week 2026-W47   the ISO week\n"
              "  --json            print {week, from, to, reference_date, team, signals_by_partner,\n"
              "                    new_flags_by_rule, new_flags_by_severity, open_cases, overdue_by_caseworker,\n"
              "                    first_contact {median_days, within_norm_share, cases, within_norm, norm_days},\n"
              "                    first_reached {…}, request_first_conversation {…}, outcomes,\n"
              "                    discharges_next {30, 60, 90}, placements,\n"
              "                    declined_offers, placed_households, occupancy {capacity, occupied},\n"
              "                    resignal_share {6m, 12m}, resignal {6m: {cohort, resignalled, closed_from,\n"
              "                    closed_to}, 12m}, trend [{week, signals, flags, first_contacts}]}\n"
              "  --pdf FILE        also write the dashboard as a PDF (A4, written completely or not at all;\n"
              "                    audited as an export)\n"
              "  --list METRIC     the households behind a figure instead: signals_by_partner, new_flags_by_rule,\n"
              "                    new_flags_by_severity, open_cases, overdue_by_caseworker, first_contact,\n"
              "                    first_reached, request_first_conversation, outcomes, discharges_next_30, discharges_next_60,\n"
              "                    discharges_next_90, placements, declined_offers, placed_households,\n"
              "                    resignal_6m, resignal_12m\n"
              "  --group GROUP     with --list: one bar of the figure (a partner type, a rule id, a severity,\n"
              "                    a user name or - for nobody, an outcome, binnen_norm or buiten_norm,\n"
              "                    nieuw_signaal or geen_nieuw_signaal)");
}

int DashboardCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({QStringLiteral("week"), QStringLiteral("pdf"), QStringLiteral("list"), QStringLiteral("group")},
                          {QStringLiteral("json")});
    if (!reader.parse(args, console))
        return NothingDone;
    const bool json = reader.has(QStringLiteral("json"));
    const QString pdf = reader.value(QStringLiteral("pdf"));
    std::optional<Metric> listed;
    if (reader.has(QStringLiteral("list"))) {
        listed = metricFromKey(reader.value(QStringLiteral("list")).trimmed());
        if (!listed) {
            console.error(tr("unknown figure '%1'; see vangnet-cli help dashboard").arg(reader.value(QStringLiteral("list"))));
            return NothingDone;
        }
        if (reader.has(QStringLiteral("pdf"))) {
            console.error(tr("--pdf writes the whole dashboard; leave out --list"));
            return NothingDone;
        }
    } else if (reader.has(QStringLiteral("group"))) {
        console.error(tr("--group goes with --list METRIC"));
        return NothingDone;
    }
    if (reader.has(QStringLiteral("pdf"))) {
        if (pdf.trimmed().isEmpty()) {
            console.error(tr("--pdf needs a file name"));
            return NothingDone;
        }
        // An unusable file is reported before the login, which asks for a password.
        if (console.problems(checkOutputTarget(pdf, QStringLiteral("pdf"))))
            return NothingDone;
    }

    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    const DashboardService service(open->database(), open->clock(), open->session());
    auto week = service.week(reader.value(QStringLiteral("week")));
    if (!week) {
        console.failure(week.error());
        return NothingDone;
    }

    if (listed) {
        std::optional<QString> group;
        if (reader.has(QStringLiteral("group"))) {
            group = reader.value(QStringLiteral("group"));
            if (*listed == Metric::OverdueByCaseworker && *group == unassignedKey)
                group = QString();
        }
        auto rows = service.drillDown(*week, *listed, group);
        if (!rows) {
            console.failure(rows.error());
            return NothingDone;
        }
        if (json) {
            QJsonArray households;
            for (const MetricRow &r : std::as_const(*rows))
                households.append(QJsonObject{{QStringLiteral("household_id"), r.householdId},
                                              {QStringLiteral("name"), r.householdName},
                                              {QStringLiteral("wijk"), r.wijk},
                                              {QStringLiteral("group"), r.group},
                                              {QStringLiteral("date"), r.on.toString(Qt::ISODate)},
                                              {QStringLiteral("detail"), r.detail}});
            console.json({{QStringLiteral("week"), week->key()},
                          {QStringLiteral("metric"), metricKey(*listed)},
                          {QStringLiteral("group"), group ? QJsonValue(*group) : QJsonValue(QJsonValue::Null)},
                          {QStringLiteral("count"), rows->size()},
                          {QStringLiteral("households"), households}});
            return Done;
        }
        QList<QStringList> table;
        for (const MetricRow &r : std::as_const(*rows))
            table << QStringList{QString::number(r.householdId), r.householdName, r.wijk, shortDate(r.on),
                                 r.label.isEmpty() ? r.group : r.label, r.detail};
        console.table({tr("Household"), tr("Name"), tr("District"), tr("Date"), tr("Group"), tr("Detail")}, table, {0});
        console.out(tr("%n row(s)", nullptr, int(rows->size())));
        return Done;
    }

    auto dashboard = service.weekly(*week);
    if (!dashboard) {
        console.failure(dashboard.error());
        return NothingDone;
    }
    if (reader.has(QStringLiteral("pdf"))) {
        if (auto saved = service.save(*dashboard, DashboardPdfWriter(), pdf); !saved) {
            console.failure(saved.error());
            return NothingDone;
        }
    }
    if (json) {
        QJsonObject out = dashboardJson(*dashboard);
        if (reader.has(QStringLiteral("pdf")))
            out.insert(QStringLiteral("pdf"), pdf);
        console.json(out);
        return Done;
    }
    const WeeklyDashboard &d = *dashboard;
    console.out(tr("Week %1 (%2 to %3), %4").arg(d.week.key(), shortDate(d.week.monday()), shortDate(d.week.sunday()), d.teamName));
    printCounts(console, tr("New signals by partner:"), d.signalsByPartner);
    printCounts(console, tr("Households newly flagged, by rule:"), d.newFlagsByRule);
    printCounts(console, tr("Households newly flagged, by severity:"), d.newFlagsBySeverity);
    console.out(tr("Open cases on %1: %2").arg(shortDate(d.reference)).arg(d.openCases));
    printCounts(console, tr("Overdue cases by caseworker:"), d.overdueByCaseworker);
    console.out(tr("Signal to first contact attempt: median %1, %2 within the norm (%3 cases)")
                    .arg(medianText(d.firstContact.medianDays), shareText(d.firstContact.withinNormShare()))
                    .arg(d.firstContact.cases));
    console.out(tr("Signal to first reached contact: median %1, %2 within the norm (%3 cases)")
                    .arg(medianText(d.firstReached.medianDays), shareText(d.firstReached.withinNormShare()))
                    .arg(d.firstReached.cases));
    console.out(tr("Request to first conversation (Wgs): median %1, %2 within the term (%3 requests)")
                    .arg(medianText(d.requestConversation.medianDays), shareText(d.requestConversation.withinNormShare()))
                    .arg(d.requestConversation.cases));
    printCounts(console, tr("Cases closed, by outcome:"), d.outcomes);
    console.out(tr("Discharges with basic conditions not arranged: %1 within 30 days, %2 within 60, %3 within 90")
                    .arg(d.discharges30).arg(d.discharges60).arg(d.discharges90));
    console.out(tr("Placed: %1, offers declined: %2, households in a place: %3, places occupied: %4")
                    .arg(WeeklyDashboard::total(d.placements))
                    .arg(WeeklyDashboard::total(d.declinedOffers))
                    .arg(d.placedHouseholds)
                    .arg(partText(d.occupancy.occupied, d.occupancy.capacity)));
    console.out(tr("New signal after closing: %1 after 6 months, %2 after 12 months")
                    .arg(partText(d.resignal6m.resignalled, d.resignal6m.cohort),
                         partText(d.resignal12m.resignalled, d.resignal12m.cohort)));
    QList<QStringList> trend;
    for (const TrendPoint &p : d.trend)
        trend << QStringList{p.week.key(), QString::number(p.signals), QString::number(p.flags), QString::number(p.firstContacts)};
    console.table({tr("Week"), tr("Signals"), tr("Households flagged"), tr("First contacts")}, trend, {1, 2, 3});
    if (reader.has(QStringLiteral("pdf")))
        console.out(tr("Written: %1").arg(pdf));
    return Done;
}

} // namespace vangnet::cli
