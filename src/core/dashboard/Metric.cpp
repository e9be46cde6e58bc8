#include "dashboard/Metric.h"

#include <QCoreApplication>

namespace vangnet::dashboard {

namespace {

struct MetricName {
    Metric metric;
    const char *key;
    const char *label;
};

const MetricName names[] = {
    {Metric::SignalsByPartner, "signals_by_partner", QT_TRANSLATE_NOOP("vangnet::dashboard", "New signals by partner")},
    {Metric::NewFlagsByRule, "new_flags_by_rule", QT_TRANSLATE_NOOP("vangnet::dashboard", "Households newly flagged, by rule")},
    {Metric::NewFlagsBySeverity, "new_flags_by_severity",
     QT_TRANSLATE_NOOP("vangnet::dashboard", "Households newly flagged, by severity")},
    {Metric::OpenCases, "open_cases", QT_TRANSLATE_NOOP("vangnet::dashboard", "Open cases")},
    {Metric::OverdueByCaseworker, "overdue_by_caseworker", QT_TRANSLATE_NOOP("vangnet::dashboard", "Overdue cases by caseworker")},
    {Metric::FirstContact, "first_contact", QT_TRANSLATE_NOOP("vangnet::dashboard", "Signal to first contact attempt")},
    {Metric::FirstReached, "first_reached", QT_TRANSLATE_NOOP("vangnet::dashboard", "Signal to first reached contact")},
    {Metric::RequestConversation, "request_first_conversation",
     QT_TRANSLATE_NOOP("vangnet::dashboard", "Request to first conversation (Wgs)")},
    {Metric::Outcomes, "outcomes", QT_TRANSLATE_NOOP("vangnet::dashboard", "Cases closed, by outcome")},
    {Metric::Discharges30, "discharges_next_30", QT_TRANSLATE_NOOP("vangnet::dashboard", "Discharges within 30 days, conditions not arranged")},
    {Metric::Discharges60, "discharges_next_60", QT_TRANSLATE_NOOP("vangnet::dashboard", "Discharges within 60 days, conditions not arranged")},
    {Metric::Discharges90, "discharges_next_90", QT_TRANSLATE_NOOP("vangnet::dashboard", "Discharges within 90 days, conditions not arranged")},
    {Metric::Placements, "placements", QT_TRANSLATE_NOOP("vangnet::dashboard", "Households placed")},
    {Metric::DeclinedOffers, "declined_offers", QT_TRANSLATE_NOOP("vangnet::dashboard", "Offers declined")},
    {Metric::PlacedAtWeekEnd, "placed_households", QT_TRANSLATE_NOOP("vangnet::dashboard", "Households living in a place")},
    {Metric::Resignal6m, "resignal_6m", QT_TRANSLATE_NOOP("vangnet::dashboard", "New signal after closing, 6 months")},
    {Metric::Resignal12m, "resignal_12m", QT_TRANSLATE_NOOP("vangnet::dashboard", "New signal after closing, 12 months")},
};

const MetricName &nameOf(Metric metric)
{
    for (const MetricName &n : names)
        if (n.metric == metric)
            return n;
    return names[0];
}

} // namespace

const QList<Metric> &allMetrics()
{
    static const QList<Metric> all = [] {
        QList<Metric> out;
        for (const MetricName &n : names)
            out << n.metric;
        return out;
    }();
    return all;
}

bool isContactMetric(Metric metric)
{
    return metric == Metric::FirstContact || metric == Metric::FirstReached || metric == Metric::RequestConversation;
}

QString metricKey(Metric metric)
{
    return QString::fromLatin1(nameOf(metric).key);
}

std::optional<Metric> metricFromKey(const QString &key)
{
    for (const MetricName &n : names)
        if (key == QLatin1String(n.key))
            return n.metric;
    return std::nullopt;
}

QString metricLabel(Metric metric)
{
    return QCoreApplication::translate("vangnet::dashboard", nameOf(metric).label);
}

} // namespace vangnet::dashboard
