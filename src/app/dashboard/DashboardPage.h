#pragma once

#include "DataChanges.h"
#include "dashboard/DashboardFigures.h"
#include "dashboard/WeeklyDashboard.h"
#include "security/Session.h"
#include "storage/Database.h"

#include <QWidget>

#include <memory>
#include <optional>

class QGroupBox;

namespace vangnet {

class BackgroundTask;
class Clock;
class DrillDownModel;

namespace Ui {
class DashboardPage;
}

/// Weekoverzicht: the team lead's week in figures (docs/metrics.md) for their own team. An ISO
/// week chooser (the last complete week first), the figures in sections with Qt Charts, and
/// beside them the households behind any number or bar a click asks for — the very rows the
/// figure counted. Computed off the GUI thread with progress and Stop; computed again when data
/// changes (DataChanges). "Export PDF…" writes the week as an A4 report (audited).
class DashboardPage final : public QWidget {
    Q_OBJECT
public:
    DashboardPage(const Database &db, const Session &session, const Clock &clock, DataChanges &changes,
                  QWidget *parent = nullptr);
    ~DashboardPage() override;

    /// Computes the chosen week again in the background (queued while one runs).
    void refresh();
    bool isBusy() const;
    /// Chooses `week` (it must be in the chooser: not after this week) and computes it.
    bool selectWeek(const dashboard::IsoWeek &week);
    dashboard::IsoWeek selectedWeek() const;
    /// The figures last computed; nullopt before the first or after an error.
    const std::optional<dashboard::WeeklyDashboard> &dashboard() const { return m_result; }
    QString statusText() const;

    /// Lists the households behind (metric, group) of the chosen week, as a click does.
    void drillDown(const DrillRequest &request);
    /// The number shown for (metric, group) in the figure lists, "" when there is no such row.
    QString figureText(dashboard::Metric metric, const std::optional<QString> &group = std::nullopt) const;
    /// Clicks the row of (metric, group) in the figure lists; false when there is none.
    bool clickFigure(dashboard::Metric metric, const std::optional<QString> &group = std::nullopt);
    DrillDownModel &drillModel() const { return *m_drillModel; }
    QString drillTitle() const;

    /// Asks for a file (FileDialog) and writes the computed week as PDF in the background.
    void exportPdf();
    QString lastExportMessage() const { return m_exportMessage; }

Q_SIGNALS:
    void computed();
    void drilledDown();
    void exported(bool written);
    void householdRequested(qint64 householdId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillWeeks();
    void onComputed();
    void onDataChanged();
    void clearSections();
    void buildSections(const dashboard::WeeklyDashboard &d);
    QGroupBox *section(const QString &title, int row, int column, int columnSpan = 1);
    FigureTable *figures(QGroupBox *box, const QString &name);
    DrillRequest request(dashboard::Metric metric, std::optional<QString> group, const QString &title) const;
    void showStatus(const QString &text, bool error);
    void setBusy(bool busy);
    void openSelected();

    std::unique_ptr<Ui::DashboardPage> m_ui;
    DatabaseLocation m_location;
    Session m_session;
    const Clock &m_clock;
    BackgroundTask *m_task = nullptr;
    BackgroundTask *m_drillTask = nullptr;
    DrillDownModel *m_drillModel = nullptr;
    QList<FigureTable *> m_figureTables;
    std::optional<dashboard::WeeklyDashboard> m_result;
    QString m_error;
    std::optional<QList<dashboard::MetricRow>> m_drillRows;
    DrillRequest m_drillRequest;
    QString m_exportMessage;
    bool m_loaded = false;
    bool m_stale = false;
};

} // namespace vangnet
