#pragma once

#include "dashboard/Metric.h"
#include "support/Result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <optional>

namespace vangnet::dashboard {

/// What a figure is computed over: the days of the week, the reference day for states ("open
/// at the end of the week", "within 30 days from"), and the team whose households count.
struct MetricScope {
    QDate from;      ///< first day counted (a Monday)
    QDate to;        ///< last day counted (the Sunday)
    QDate reference; ///< the day states are taken on: the Sunday, or today while the week runs
    qint64 teamId = 0;
};

/// One row a figure counts: the household, the group it falls in and what the list shows.
struct MetricRow {
    qint64 householdId = 0;
    QString householdName;
    QString wijk;
    QString group;  ///< e.g. the partner type, the rule id, the outcome
    QString label;  ///< the group as the screens say it (a rule's title, a user's name)
    QDate on;       ///< the date that put the row in the week (signal date, first attempt, …)
    QString detail; ///< partner name, flag title, assignee, place, …
    QDate since;    ///< a second date where the figure has one (the signal a contact counts from)
    qint64 amount = 0; ///< a number where the figure has one (conditions not arranged)
};

/// A group of a figure and its count.
struct GroupCount {
    QString group;
    QString label;
    qint64 count = 0;
};

/// SQL text and its values, for running the same statement elsewhere (the benchmark runs it in
/// the sqlite3 tool).
struct SqlText {
    QString sql;
    QVariantList values;
};

/// The places' occupancy on a day (the whole municipality: places are shared by all teams).
struct Occupancy {
    qint64 capacity = 0; ///< sum of capaciteit of places in use and available by the day
    qint64 occupied = 0; ///< placements running on the day
};

/// The dashboard's SQL (docs/metrics.md). Every figure is defined once here as a statement that
/// yields the rows it counts; counts() groups those rows, rows() lists them, weeklyTotals() counts
/// them for several weeks in one statement. OverdueByCaseworker is not SQL (the clocks count
/// working days and holidays): DashboardService computes it from the work queue.
class DashboardRepository {
public:
    explicit DashboardRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// True when `metric` is one of this repository's statements.
    static bool isSql(Metric metric);

    /// The rows of `metric` as one statement (columns household_id, grp, label, on_date, detail,
    /// since, amount).
    static SqlText rowSource(Metric metric, const MetricScope &scope);
    /// The figure's aggregation: group, label, count.
    static SqlText aggregation(Metric metric, const MetricScope &scope);

    Result<QList<GroupCount>> counts(Metric metric, const MetricScope &scope) const;
    /// The rows behind the figure, only those of `group` when given, with the household's name
    /// and wijk, in date order.
    Result<QList<MetricRow>> rows(Metric metric, const MetricScope &scope,
                                  const std::optional<QString> &group = std::nullopt) const;
    /// The number of rows of `metric` in each of `weeks`, in one statement.
    Result<QList<qint64>> weeklyTotals(Metric metric, const QList<MetricScope> &weeks) const;
    Result<Occupancy> occupancy(const QDate &on) const;

private:
    QSqlDatabase m_db;
};

} // namespace vangnet::dashboard
