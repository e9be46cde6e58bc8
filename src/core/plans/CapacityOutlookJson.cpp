#include "plans/CapacityOutlookJson.h"

#include "places/PlaceKeys.h"
#include "support/IsoDate.h"

#include <QJsonArray>

namespace vangnet::plans {

namespace {

QJsonObject cellJson(const OutlookCell &cell)
{
    return {{QStringLiteral("demand"), cell.demand},
            {QStringLiteral("supply"), cell.supply},
            {QStringLiteral("cumulative_demand"), cell.cumulativeDemand},
            {QStringLiteral("cumulative_supply"), cell.cumulativeSupply},
            {QStringLiteral("balance"), cell.balance()},
            {QStringLiteral("short"), cell.isShort()}};
}

QJsonValue shortageJson(const std::optional<OutlookShortage> &shortage)
{
    if (!shortage)
        return QJsonValue::Null;
    QJsonObject out{{QStringLiteral("week"), shortage->week},
                    {QStringLiteral("start"), isoDate(shortage->start)},
                    {QStringLiteral("deficit"), shortage->deficit}};
    if (shortage->woonvorm)
        out.insert(QStringLiteral("woonvorm"), places::housingTypeKey(*shortage->woonvorm));
    return out;
}

} // namespace

QJsonObject capacityOutlookToJson(const CapacityOutlook &outlook)
{
    QJsonArray weeks;
    for (const OutlookWeek &week : outlook.weeks) {
        QJsonObject woonvormen;
        for (places::HousingType type : places::allHousingTypes())
            woonvormen.insert(places::housingTypeKey(type), cellJson(week.cell(type)));
        weeks.append(QJsonObject{
            {QStringLiteral("week"), week.week},
            {QStringLiteral("start"), isoDate(week.start)},
            {QStringLiteral("end"), isoDate(week.end)},
            {QStringLiteral("woonvormen"), woonvormen},
            {QStringLiteral("geen_voorkeur"), QJsonObject{{QStringLiteral("demand"), week.noPreference.demand},
                                                          {QStringLiteral("cumulative_demand"),
                                                           week.noPreference.cumulativeDemand}}},
            {QStringLiteral("total"), cellJson(week.total)}});
    }
    QJsonArray shortages;
    for (const OutlookShortage &s : outlook.shortages)
        shortages.append(shortageJson(s));
    QJsonObject assignedBy;
    for (int r = 0; r < woonvormReasonCount; ++r)
        assignedBy.insert(woonvormReasonKey(WoonvormReason(r)), outlook.counts.byReason[std::size_t(r)]);
    const OutlookCounts &c = outlook.counts;
    return {{QStringLiteral("as_of"), isoDate(outlook.asOf)},
            {QStringLiteral("end"), isoDate(outlookEnd(outlook.asOf))},
            {QStringLiteral("weeks"), weeks},
            {QStringLiteral("first_shortage"), shortageJson(outlook.firstShortage)},
            {QStringLiteral("first_total_shortage"), shortageJson(outlook.firstTotalShortage)},
            {QStringLiteral("shortages"), shortages},
            {QStringLiteral("counts"), QJsonObject{{QStringLiteral("candidates"), c.candidates},
                                                   {QStringLiteral("discharges"), c.discharges},
                                                   {QStringLiteral("turning_18"), c.turningEighteen},
                                                   {QStringLiteral("later"), c.later},
                                                   {QStringLiteral("places"), c.places},
                                                   {QStringLiteral("assigned_by"), assignedBy}}}};
}

} // namespace vangnet::plans
