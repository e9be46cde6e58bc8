#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace vangnet::dashboard {

/// The figures of the weekly dashboard. Each has one definition (docs/metrics.md): the rows it
/// counts, read by DashboardRepository from one SQL statement, so a figure and the list of
/// households behind it (its drill-down) are always the same rows.
enum class Metric {
    SignalsByPartner,   ///< early signals dated in the week, by partner type (one row per signal)
    NewFlagsByRule,     ///< households that got a flag raised in the week, per rule
    NewFlagsBySeverity, ///< households that got a flag raised in the week, by the highest severity raised
    OpenCases,          ///< cases open at the end of the reference day
    OverdueByCaseworker,///< open cases with an overdue deadline on the reference day, per assignee (clocks)
    FirstContact,       ///< cases whose first contact attempt fell in the week (signal → attempt)
    FirstReached,       ///< cases whose first reached contact fell in the week (signal → reached attempt)
    RequestConversation,///< requests for help whose eerste gesprek fell in the week (aanmelding → eerste gesprek, Wgs)
    Outcomes,           ///< cases closed in the week, by eindresultaat
    Discharges30,       ///< open discharge notices within 30 days with a basic condition not arranged
    Discharges60,       ///< … within 60 days
    Discharges90,       ///< … within 90 days
    Placements,         ///< households placed in the week
    DeclinedOffers,     ///< offers of a place declined in the week
    PlacedAtWeekEnd,    ///< households of the team living in a place on the reference day
    Resignal6m,         ///< households whose case closed about 6 months before, by "new signal since"
    Resignal12m,        ///< … about 12 months before
};

const QList<Metric> &allMetrics();
QString metricKey(Metric metric); ///< "signals_by_partner", … (the CLI's and the JSON's names)
std::optional<Metric> metricFromKey(const QString &key);
QString metricLabel(Metric metric); ///< translated heading, e.g. "New signals by partner"
/// A time-to-contact figure (median days and the share within the norm of a clock).
bool isContactMetric(Metric metric);

/// The groups of the share figures.
inline const QString groupWithinNorm = QStringLiteral("binnen_norm");
inline const QString groupOutsideNorm = QStringLiteral("buiten_norm");
inline const QString groupResignalled = QStringLiteral("nieuw_signaal");
inline const QString groupNotResignalled = QStringLiteral("geen_nieuw_signaal");

} // namespace vangnet::dashboard
