#pragma once

#include "DataChanges.h"
#include "plans/CapacityOutlook.h"
#include "security/Session.h"
#include "storage/Database.h"

#include <QWidget>

#include <memory>
#include <optional>

class QChart;
class QChartView;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace vangnet {

class BackgroundTask;
class Clock;
class OutlookModel;

namespace Ui {
class OutlookPage;
}

/// Capaciteitsprognose: for the next 13 weeks, per woonvorm, the households expected to need a
/// place against the places coming free (docs/planner.md, "Capacity outlook"): the first
/// shortage in one line, a chart of cumulative demand and supply for a chosen woonvorm, and the
/// weeks × woonvormen table with the short cells marked in words and colour. Computed off the
/// GUI thread; computed again when data changes (DataChanges), at once when the page shows, else
/// when it is next shown. For team leads (Permission::ApprovePlacements, checked again in core).
class OutlookPage final : public QWidget {
    Q_OBJECT
public:
    OutlookPage(const Database &db, const Session &session, const Clock &clock, DataChanges &changes,
                QWidget *parent = nullptr);
    ~OutlookPage() override;

    /// Computes the outlook again in the background (queued when a computation runs).
    void refresh();
    bool isComputing() const;

    OutlookModel &model() const { return *m_model; }
    /// "First shortage: Young people in week 4 (from 03-01-2027)", or that none runs short.
    QString firstShortageText() const;
    QString totalText() const;
    QString countsText() const;
    /// An error, when the outlook could not be computed.
    QString statusText() const;
    /// Shows this woonvorm in the chart; nullopt = all together.
    void showInChart(std::optional<places::HousingType> woonvorm);
    /// The chart's cumulative demand and supply per week, for tests: {demand, supply}.
    QList<QPointF> chartDemand() const;
    QList<QPointF> chartSupply() const;

Q_SIGNALS:
    /// A computation ended (its result or error is shown).
    void computed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildChart();
    void onComputed();
    void onDataChanged();
    void updateChart();
    void showStatus(const QString &text);

    std::unique_ptr<Ui::OutlookPage> m_ui;
    DatabaseLocation m_location;
    Session m_session;
    const Clock &m_clock;
    OutlookModel *m_model = nullptr;
    BackgroundTask *m_task = nullptr;
    QChart *m_chart = nullptr;
    QChartView *m_chartView = nullptr;
    QLineSeries *m_demand = nullptr;
    QLineSeries *m_supply = nullptr;
    QScatterSeries *m_short = nullptr;
    QValueAxis *m_weeks = nullptr;
    QValueAxis *m_households = nullptr;
    bool m_loaded = false;
    bool m_stale = false;   ///< data changed while hidden or while computing
    bool m_chosen = false;  ///< the user picked the chart's woonvorm: keep it
    // Written by the worker thread, read in onComputed() on the GUI thread after it ended.
    std::optional<plans::CapacityOutlook> m_result;
    QString m_error;
};

} // namespace vangnet
