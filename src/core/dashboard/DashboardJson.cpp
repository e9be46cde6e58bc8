#include "dashboard/DashboardJson.h"

#include <QJsonArray>

namespace vangnet::dashboard {

namespace {

QJsonObject counts(const QList<GroupCount> &groups, const QString &emptyKey = {})
{
    QJsonObject out;
    for (const GroupCount &c : groups)
        out.insert(c.group.isEmpty() && !emptyKey.isEmpty() ? emptyKey : c.group, c.count);
    return out;
}

QJsonValue optional(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject contact(const ContactFigure &f)
{
    return {{QStringLiteral("median_days"), optional(f.medianDays)},
            {QStringLiteral("within_norm_share"), optional(f.withinNormShare())},
            {QStringLiteral("cases"), f.cases},
            {QStringLiteral("within_norm"), f.withinNorm},
            {QStringLiteral("norm_days"), f.normDays},
            {QStringLiteral("norm_working_days"), f.normWorkingDays}};
}

QJsonObject resignal(const ResignalFigure &f)
{
    return {{QStringLiteral("cohort"), f.cohort},
            {QStringLiteral("resignalled"), f.resignalled},
            {QStringLiteral("closed_from"), f.closedFrom.toString(Qt::ISODate)},
            {QStringLiteral("closed_to"), f.closedTo.toString(Qt::ISODate)}};
}

} // namespace

QJsonObject dashboardJson(const WeeklyDashboard &d)
{
    QJsonArray trend;
    for (const TrendPoint &p : d.trend)
        trend.append(QJsonObject{{QStringLiteral("week"), p.week.key()},
                                 {QStringLiteral("signals"), p.signals},
                                 {QStringLiteral("flags"), p.flags},
                                 {QStringLiteral("first_contacts"), p.firstContacts}});
    return {
        {QStringLiteral("week"), d.week.key()},
        {QStringLiteral("from"), d.week.monday().toString(Qt::ISODate)},
        {QStringLiteral("to"), d.week.sunday().toString(Qt::ISODate)},
        {QStringLiteral("reference_date"), d.reference.toString(Qt::ISODate)},
        {QStringLiteral("team"), d.teamName},
        {QStringLiteral("signals_by_partner"), counts(d.signalsByPartner)},
        {QStringLiteral("new_flags_by_rule"), counts(d.newFlagsByRule)},
        {QStringLiteral("new_flags_by_severity"), counts(d.newFlagsBySeverity)},
        {QStringLiteral("open_cases"), d.openCases},
        {QStringLiteral("overdue_by_caseworker"), counts(d.overdueByCaseworker, unassignedKey)},
        {QStringLiteral("first_contact"), contact(d.firstContact)},
        {QStringLiteral("first_reached"), contact(d.firstReached)},
        {QStringLiteral("request_first_conversation"), contact(d.requestConversation)},
        {QStringLiteral("outcomes"), counts(d.outcomes)},
        {QStringLiteral("discharges_next"),
         QJsonObject{{QStringLiteral("30"), d.discharges30}, {QStringLiteral("60"), d.discharges60},
                     {QStringLiteral("90"), d.discharges90}}},
        {QStringLiteral("placements"), WeeklyDashboard::total(d.placements)},
        {QStringLiteral("declined_offers"), WeeklyDashboard::total(d.declinedOffers)},
        {QStringLiteral("placed_households"), d.placedHouseholds},
        {QStringLiteral("occupancy"),
         QJsonObject{{QStringLiteral("capacity"), d.occupancy.capacity}, {QStringLiteral("occupied"), d.occupancy.occupied}}},
        {QStringLiteral("resignal_share"),
         QJsonObject{{QStringLiteral("6m"), optional(d.resignal6m.share())}, {QStringLiteral("12m"), optional(d.resignal12m.share())}}},
        {QStringLiteral("resignal"),
         QJsonObject{{QStringLiteral("6m"), resignal(d.resignal6m)}, {QStringLiteral("12m"), resignal(d.resignal12m)}}},
        {QStringLiteral("trend"), trend},
    };
}

} // namespace vangnet::dashboard
