#pragma once

#include "zrm/ZrmService.h"

#include <QList>
#include <QPointF>
#include <QWidget>

#include <memory>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace vangnet {

namespace Ui {
class ZrmHistoryWidget;
}

/// The ZRM history of one household: a table of its assessments (newest first; date, who was
/// assessed, assessor, then one column per domain) and a small line chart of one domain's
/// scores over time. Picking a domain column in the table shows that domain in the chart.
class ZrmHistoryWidget final : public QWidget {
    Q_OBJECT
public:
    explicit ZrmHistoryWidget(ZrmService &service, QWidget *parent = nullptr);
    ~ZrmHistoryWidget() override;

    /// Reads the household's assessments again (0 = none shown).
    void setHousehold(qint64 id);
    /// Reads the shown household again (after an assessment was recorded).
    void refresh();
    qint64 householdId() const { return m_householdId; }

    /// The assessments in the order shown (newest first).
    const QList<ZrmAssessment> &assessments() const { return m_assessments; }
    /// Shows this domain (a zrm::domainKeys() key) in the chart.
    void selectDomain(const QString &domain);
    QString selectedDomain() const;
    /// The chart's points, oldest first: x = msecs since the epoch of the date, y = the score.
    QList<QPointF> chartPoints() const;
    /// The last error reading the history; empty when it was read.
    const QString &lastError() const { return m_error; }

private:
    void fillTable();
    void updateChart();

    std::unique_ptr<Ui::ZrmHistoryWidget> m_ui;
    ZrmService &m_service;
    qint64 m_householdId = 0;
    QList<ZrmAssessment> m_assessments;
    QString m_error;
    QChartView *m_chartView = nullptr;
    QChart *m_chart = nullptr;
    QLineSeries *m_series = nullptr;
    QDateTimeAxis *m_dates = nullptr;
    QValueAxis *m_levels = nullptr;
};

} // namespace vangnet
