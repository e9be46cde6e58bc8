#include "dashboard/DashboardDocument.h"

#include "clocks/ClockSettings.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace vangnet::dashboard {

namespace {

QString tr(const char *text)
{
    // The context lupdate gives a free tr() in this namespace.
    return QCoreApplication::translate("vangnet::dashboard", text);
}

QString date(const QDate &d)
{
    return d.toString(QStringLiteral("dd-MM-yyyy"));
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}

/// A bar chart of `counts` and the same figures as a table.
QList<ReportBlock> barsAndTable(const QList<GroupCount> &counts, const QString &groupHeading, const QString &empty)
{
    ReportChart chart;
    chart.kind = ReportChart::Kind::Bars;
    chart.emptyText = empty;
    ReportChart::Series series;
    ReportTable table;
    table.header = {groupHeading, tr("Number")};
    table.widths = {80, 20};
    table.emptyText = empty;
    for (const GroupCount &c : counts) {
        const QString label = c.label.isEmpty() ? c.group : c.label;
        chart.categories << label;
        series.values << double(c.count);
        table.rows << QStringList{label, count(c.count)};
    }
    chart.series << series;
    if (counts.isEmpty())
        return {ReportParagraph{empty}};
    return {chart, table};
}

ReportKeyValues::Row contactRow(const QString &what, const ContactFigure &f)
{
    return {what, QCoreApplication::translate("vangnet::dashboard", "median %1 · %2 within %3 · %4 cases")
                      .arg(medianText(f.medianDays), shareText(f.withinNormShare()),
                           clocks::clockPeriodText(f.normDays, f.normWorkingDays),
                           count(f.cases))};
}

} // namespace

QString medianText(const std::optional<double> &days)
{
    if (!days)
        return QStringLiteral("–");
    const bool whole = std::abs(*days - std::round(*days)) < 1e-9;
    const QString number = whole ? QLocale().toString(qint64(std::llround(*days))) : QLocale().toString(*days, 'f', 1);
    return tr("%1 days").arg(number);
}

QString shareText(const std::optional<double> &share)
{
    if (!share)
        return QStringLiteral("–");
    return QStringLiteral("%1%").arg(QLocale().toString(qint64(std::llround(*share * 100))));
}

QString partText(qint64 part, qint64 whole)
{
    return tr("%1 of %2 (%3)")
        .arg(count(part), count(whole), shareText(whole ? std::optional<double>(double(part) / double(whole)) : std::nullopt));
}

ReportDocument dashboardDocument(const WeeklyDashboard &d)
{
    ReportDocument doc;
    doc.organisation = d.municipality;
    doc.logo = d.logo;
    doc.title = tr("Weekly overview week %1, %2").arg(d.week.number()).arg(d.week.year());
    doc.subtitle = tr("%1 · %2 to %3").arg(d.teamName, date(d.week.monday()), date(d.week.sunday()));
    doc.marking = tr("Confidential");
    doc.footer = tr("Made on %1 by %2").arg(d.generatedAt.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm")),
                                              d.generatedBy);

    ReportSection summary{tr("The week in brief"), {}};
    ReportKeyValues key;
    key.rows << ReportKeyValues::Row{tr("New signals"), count(WeeklyDashboard::total(d.signalsByPartner))}
             << ReportKeyValues::Row{tr("Households newly flagged"), count(WeeklyDashboard::total(d.newFlagsBySeverity))}
             << ReportKeyValues::Row{tr("Open cases on %1").arg(date(d.reference)), count(d.openCases)}
             << ReportKeyValues::Row{tr("Overdue cases"), count(WeeklyDashboard::total(d.overdueByCaseworker))}
             << contactRow(tr("Signal to first contact attempt"), d.firstContact)
             << contactRow(tr("Signal to first reached contact"), d.firstReached)
             << contactRow(tr("Request to first conversation (Wgs)"), d.requestConversation)
             << ReportKeyValues::Row{tr("Cases closed"), count(WeeklyDashboard::total(d.outcomes))}
             << ReportKeyValues::Row{tr("Households placed"), count(WeeklyDashboard::total(d.placements))};
    summary.blocks << key;
    if (d.reference < d.week.sunday())
        summary.blocks << ReportParagraph{tr("The week has not ended: states are taken on %1.").arg(date(d.reference))};
    doc.sections << summary;

    doc.sections << ReportSection{tr("New signals by partner"),
                                  barsAndTable(d.signalsByPartner, tr("Partner"), tr("No signals this week."))};
    doc.sections << ReportSection{tr("Households newly flagged, by rule"),
                                  barsAndTable(d.newFlagsByRule, tr("Rule"), tr("No household was flagged this week."))};
    doc.sections << ReportSection{tr("Households newly flagged, by severity"),
                                  barsAndTable(d.newFlagsBySeverity, tr("Severity"), tr("No household was flagged this week."))};
    doc.sections << ReportSection{tr("Overdue cases by caseworker on %1").arg(date(d.reference)),
                                  barsAndTable(d.overdueByCaseworker, tr("Caseworker"), tr("No case is overdue."))};
    doc.sections << ReportSection{tr("Cases closed, by outcome"),
                                  barsAndTable(d.outcomes, tr("Outcome"), tr("No case was closed this week."))};

    ReportSection discharges{tr("Discharges ahead with basic conditions not arranged"), {}};
    ReportTable ahead;
    ahead.header = {tr("Expected within"), tr("Notices")};
    ahead.widths = {80, 20};
    ahead.rows << QStringList{clocks::clockPeriodText(30, false), count(d.discharges30)}
               << QStringList{clocks::clockPeriodText(60, false), count(d.discharges60)}
               << QStringList{clocks::clockPeriodText(90, false), count(d.discharges90)};
    discharges.blocks << ahead;
    doc.sections << discharges;

    ReportSection places{tr("Placements"), {}};
    ReportKeyValues placed;
    placed.rows << ReportKeyValues::Row{tr("Households placed this week"), count(WeeklyDashboard::total(d.placements))}
                << ReportKeyValues::Row{tr("Offers declined this week"), count(WeeklyDashboard::total(d.declinedOffers))}
                << ReportKeyValues::Row{tr("Households of the team in a place"), count(d.placedHouseholds)}
                << ReportKeyValues::Row{tr("Places occupied (municipality)"), partText(d.occupancy.occupied, d.occupancy.capacity)};
    places.blocks << placed;
    doc.sections << places;

    ReportSection lasting{tr("Did the help last?"), {}};
    ReportTable resignal;
    resignal.header = {tr("After"), tr("Case closed"), tr("New signal since")};
    resignal.widths = {20, 40, 40};
    resignal.rows << QStringList{tr("6 months"), tr("%1 to %2").arg(date(d.resignal6m.closedFrom), date(d.resignal6m.closedTo)),
                                 partText(d.resignal6m.resignalled, d.resignal6m.cohort)}
                  << QStringList{tr("12 months"), tr("%1 to %2").arg(date(d.resignal12m.closedFrom), date(d.resignal12m.closedTo)),
                                 partText(d.resignal12m.resignalled, d.resignal12m.cohort)};
    lasting.blocks << resignal;
    doc.sections << lasting;

    ReportSection trend{
        QCoreApplication::translate("vangnet::dashboard::DashboardDocument", "Trend over %n weeks", nullptr, int(d.trend.size())), {}};
    ReportChart lines;
    lines.kind = ReportChart::Kind::Lines;
    ReportChart::Series signals{tr("Signals"), {}}, flags{tr("Households flagged"), {}}, contacts{tr("First contacts"), {}};
    ReportTable table;
    table.header = {tr("Week"), tr("Signals"), tr("Households flagged"), tr("First contacts")};
    for (const TrendPoint &p : d.trend) {
        lines.categories << QStringLiteral("W%1").arg(p.week.number(), 2, 10, QLatin1Char('0'));
        signals.values << double(p.signals);
        flags.values << double(p.flags);
        contacts.values << double(p.firstContacts);
        table.rows << QStringList{p.week.key(), count(p.signals), count(p.flags), count(p.firstContacts)};
    }
    lines.series << signals << flags << contacts;
    trend.blocks << lines << table;
    doc.sections << trend;
    doc.sections << ReportSection{tr("About these figures"),
                                  {ReportParagraph{tr("Each figure counts the team's households as defined in the "
                                                      "Vangnet documentation (metrics). Counts only: the households "
                                                      "behind a figure are listed in the application, not here.")}}};
    return doc;
}

} // namespace vangnet::dashboard
