#pragma once

#include "dashboard/DashboardRepository.h"
#include "dashboard/IsoWeek.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <optional>

namespace vangnet::dashboard {

/// Signal-to-contact times of the cases whose first (reached) contact fell in the week,
/// judged against a clock of docs/clocks.md.
struct ContactFigure {
    qint64 cases = 0;       ///< cases counted
    qint64 withinNorm = 0;  ///< of which the contact came by the clock's due date
    std::optional<double> medianDays; ///< calendar days from the case's first signal; none without cases
    int normDays = 0;
    bool normWorkingDays = false;
    std::optional<double> withinNormShare() const;
};

/// Households whose case closed in a four-week window months ago, and how many signalled again.
struct ResignalFigure {
    qint64 cohort = 0;
    qint64 resignalled = 0;
    QDate closedFrom;
    QDate closedTo;
    std::optional<double> share() const;
};

struct TrendPoint {
    IsoWeek week;
    qint64 signals = 0;       ///< as SignalsByPartner, all partners
    qint64 flags = 0;         ///< as NewFlagsBySeverity, all severities: households newly flagged
    qint64 firstContacts = 0; ///< as FirstContact: cases with their first contact attempt
};

/// The team lead's week in figures (docs/metrics.md). Each count list holds the groups that
/// occur, largest first; every number drills down through DashboardService::drillDown().
struct WeeklyDashboard {
    IsoWeek week;
    QDate reference;   ///< the day states are taken on (the Sunday, or today in a running week)
    qint64 teamId = 0;
    QString teamName;
    QString municipality; ///< from the organisation settings, for the PDF
    QByteArray logo;      ///< PNG or JPEG, empty = none
    QDateTime generatedAt;
    QString generatedBy;  ///< display name

    QList<GroupCount> signalsByPartner;
    QList<GroupCount> newFlagsByRule;
    QList<GroupCount> newFlagsBySeverity; ///< groups "1" … "4", labels translated
    qint64 openCases = 0;
    QList<GroupCount> overdueByCaseworker; ///< group = user name ("" = nobody), label = display name
    ContactFigure firstContact;
    ContactFigure firstReached;
    /// Requests for help (hulpvragen) whose eerste gesprek was in the week, from the aanmelding: the
    /// Wgs term (normDays is the 4-week one; a crisis request is judged by the 3-working-day term).
    ContactFigure requestConversation;
    QList<GroupCount> outcomes;
    qint64 discharges30 = 0;
    qint64 discharges60 = 0;
    qint64 discharges90 = 0;
    QList<GroupCount> placements;     ///< by woonvorm
    QList<GroupCount> declinedOffers; ///< by tier
    qint64 placedHouseholds = 0;
    Occupancy occupancy;
    ResignalFigure resignal6m;
    ResignalFigure resignal12m;
    QList<TrendPoint> trend; ///< 12 weeks, oldest first, the last is `week`

    static qint64 total(const QList<GroupCount> &counts);
};

/// How many weeks the trend shows.
constexpr int trendWeeks = 12;

} // namespace vangnet::dashboard
