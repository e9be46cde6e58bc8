#pragma once

#include "dashboard/IsoWeek.h"
#include "dashboard/Metric.h"
#include "dashboard/WeeklyDashboard.h"

#include <QTableWidget>

#include <functional>
#include <optional>

class QChartView;

namespace vangnet {

/// What a click on a dashboard number asks for: the rows of one figure (one group of it) in
/// one week, and how the list is titled.
struct DrillRequest {
    dashboard::Metric metric = dashboard::Metric::SignalsByPartner;
    std::optional<QString> group;
    dashboard::IsoWeek week;
    QString title;
};

/// A list of a dashboard section's figures: a label and its number per row. Every row that
/// counts households drills down to them on a click, Enter or Space (drillRequested); the list
/// is read out by a screen reader as "label: number".
class FigureTable final : public QTableWidget {
    Q_OBJECT
public:
    FigureTable(const QString &accessibleName, QWidget *parent = nullptr);

    /// A row; without `drill` the number is information only (no households behind it).
    void addFigure(const QString &label, const QString &value, std::optional<DrillRequest> drill);
    /// The drill request of row `row`, if it has one.
    std::optional<DrillRequest> drillAt(int row) const;
    /// The row whose request is (metric, group); -1 when there is none.
    int rowOf(dashboard::Metric metric, const std::optional<QString> &group) const;
    /// Height for all rows, so the page scrolls rather than each list.
    void fitRows();

Q_SIGNALS:
    void drillRequested(const vangnet::DrillRequest &request);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QList<std::optional<DrillRequest>> m_drills;
};

/// A horizontal bar chart of `counts` (largest first, at the top); a click on a bar calls
/// `clicked` with that bar's group.
QChartView *barChart(const QList<dashboard::GroupCount> &counts, const QString &accessibleName,
                     const std::function<void(const QString &group)> &clicked, QWidget *parent);

/// The 12-week trend as three lines (signals, households flagged, first contacts, told apart
/// by dash pattern as well as colour); a click near a point calls `clicked` with the week index
/// and the series (0, 1, 2).
QChartView *trendChart(const QList<dashboard::TrendPoint> &trend, const std::function<void(int week, int series)> &clicked,
                       QWidget *parent);

} // namespace vangnet
