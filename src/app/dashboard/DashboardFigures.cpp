#include "dashboard/DashboardFigures.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QCoreApplication>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QKeyEvent>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace vangnet {

FigureTable::FigureTable(const QString &accessibleName, QWidget *parent) : QTableWidget(0, 2, parent)
{
    setAccessibleName(accessibleName);
    setHorizontalHeaderLabels({tr("Figure"), tr("Number")});
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    horizontalHeader()->hide();
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWordWrap(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    setToolTip(tr("Click a number to list the households behind it"));
    connect(this, &QTableWidget::cellClicked, this, [this](int row, int) {
        if (auto drill = drillAt(row))
            Q_EMIT drillRequested(*drill);
    });
    connect(this, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (auto drill = drillAt(row))
            Q_EMIT drillRequested(*drill);
    });
}

void FigureTable::addFigure(const QString &label, const QString &value, std::optional<DrillRequest> drill)
{
    const int row = rowCount();
    insertRow(row);
    auto *name = new QTableWidgetItem(label);
    auto *number = new QTableWidgetItem(value);
    number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont f = number->font();
    f.setBold(true);
    number->setFont(f);
    if (drill) {
        number->setForeground(palette().link());
        name->setToolTip(tr("Click to list the households behind this number"));
    }
    for (QTableWidgetItem *item : {name, number})
        item->setData(Qt::AccessibleTextRole, QStringLiteral("%1: %2").arg(label, value));
    setItem(row, 0, name);
    setItem(row, 1, number);
    m_drills << std::move(drill);
}

std::optional<DrillRequest> FigureTable::drillAt(int row) const
{
    return row >= 0 && row < m_drills.size() ? m_drills.at(row) : std::nullopt;
}

int FigureTable::rowOf(dashboard::Metric metric, const std::optional<QString> &group) const
{
    for (qsizetype i = 0; i < m_drills.size(); ++i)
        if (m_drills.at(i) && m_drills.at(i)->metric == metric && m_drills.at(i)->group == group)
            return int(i);
    return -1;
}

void FigureTable::fitRows()
{
    int height = 2 * frameWidth();
    for (int r = 0; r < rowCount(); ++r)
        height += rowHeight(r);
    setFixedHeight(std::max(height, 2 * frameWidth() + 4));
}

void FigureTable::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && currentRow() >= 0) {
        if (auto drill = drillAt(currentRow()))
            Q_EMIT drillRequested(*drill);
        return;
    }
    QTableWidget::keyPressEvent(event);
}

namespace {

/// About five ticks on whole numbers, with room above the highest value.
void wholeNumberAxis(QValueAxis *axis, double highest)
{
    const int top = std::max(1, int(std::ceil(highest)));
    const int step = std::max(1, (top + 4) / 5);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setRange(0, (top / step + 1) * step);
}

QChartView *viewOf(QChart *chart, const QString &accessibleName, int height, QWidget *parent)
{
    auto *view = new QChartView(chart, parent); // owns the chart
    view->setAccessibleName(accessibleName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(height);
    return view;
}

} // namespace

QChartView *barChart(const QList<dashboard::GroupCount> &counts, const QString &accessibleName,
                     const std::function<void(const QString &group)> &clicked, QWidget *parent)
{
    auto *set = new QBarSet(accessibleName);
    set->setColor(QColor(0x1f, 0x3a, 0x5f));
    QStringList categories;
    QStringList groups;
    double highest = 0;
    // Qt draws the first category at the bottom: add them smallest first, so the largest is on top.
    for (auto it = counts.crbegin(); it != counts.crend(); ++it) {
        const QString label = it->label.isEmpty() ? it->group : it->label;
        categories << (label.size() > 40 ? label.left(39) + QChar(0x2026) : label);
        groups << it->group;
        *set << double(it->count);
        highest = std::max(highest, double(it->count));
    }
    auto *series = new QHorizontalBarSeries();
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    QObject::connect(set, &QBarSet::clicked, set, [groups, clicked](int index) {
        if (index >= 0 && index < groups.size())
            clicked(groups.at(index));
    });
    auto *chart = new QChart();
    chart->addSeries(series);
    chart->legend()->hide();
    auto *categoryAxis = new QBarCategoryAxis();
    categoryAxis->append(categories);
    auto *valueAxis = new QValueAxis();
    wholeNumberAxis(valueAxis, highest);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return viewOf(chart, accessibleName, 60 + 26 * int(std::max<qsizetype>(1, counts.size())), parent);
}

QChartView *trendChart(const QList<dashboard::TrendPoint> &trend, const std::function<void(int week, int series)> &clicked,
                       QWidget *parent)
{
    const QList<std::pair<QString, QPen>> looks{
        {QCoreApplication::translate("vangnet::DashboardPage", "Signals"), QPen(QColor(0x1f, 0x3a, 0x5f), 2.5)},
        {QCoreApplication::translate("vangnet::DashboardPage", "Households flagged"), QPen(QColor(0xc2, 0x6a, 0x00), 2.5, Qt::DashLine)},
        {QCoreApplication::translate("vangnet::DashboardPage", "First contacts"), QPen(QColor(0x2e, 0x7d, 0x32), 2.5, Qt::DotLine)}};
    auto *chart = new QChart();
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    auto *weeks = new QCategoryAxis(); // the week numbers under the points
    weeks->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    weeks->setRange(-0.3, double(std::max<qsizetype>(1, trend.size())) - 0.7);
    for (qsizetype i = 0; i < trend.size(); ++i)
        weeks->append(QStringLiteral("W%1").arg(trend.at(i).week.number(), 2, 10, QLatin1Char('0')), double(i));
    auto *values = new QValueAxis();
    double highest = 0;
    chart->addAxis(weeks, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    for (int s = 0; s < looks.size(); ++s) {
        auto *line = new QLineSeries();
        line->setName(looks.at(s).first);
        line->setPen(looks.at(s).second);
        line->setPointsVisible(true);
        for (qsizetype i = 0; i < trend.size(); ++i) {
            const dashboard::TrendPoint &p = trend.at(i);
            const double v = double(s == 0 ? p.signals : s == 1 ? p.flags : p.firstContacts);
            line->append(double(i), v);
            highest = std::max(highest, v);
        }
        chart->addSeries(line);
        line->attachAxis(weeks);
        line->attachAxis(values);
        QObject::connect(line, &QLineSeries::clicked, line, [s, clicked](const QPointF &point) {
            clicked(int(std::lround(point.x())), s);
        });
    }
    wholeNumberAxis(values, highest);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return viewOf(chart, QCoreApplication::translate("vangnet::DashboardPage", "Trend over 12 weeks: signals, households flagged and first contacts"), 260, parent);
}

} // namespace vangnet
