#pragma once

#include "plans/PlanRun.h"
#include "plans/PlanRunService.h"
#include "plans/PlanWorkflowService.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "support/Result.h"

#include <QWidget>

#include <memory>
#include <optional>

class QSortFilterProxyModel;

namespace vangnet {

class BackgroundTask;
class Clock;
class DataChanges;
class PlanEntriesModel;
enum class DataKind;

namespace Ui {
class PlannerPage;
}

/// Plaatsingsplanner (docs/planner.md, "The planner in the app"): the team lead runs the planner
/// (off the GUI thread, with progress and Stop), reads per tier "optimal: N placed, greedy: M",
/// reopens earlier runs, reads for each household why it got its place or why not, and approves
/// proposals; the caseworker records offered, accepted, declined and placed for the households
/// of their team. Core checks every step again; the buttons only follow the session and status.
class PlannerPage final : public QWidget {
    Q_OBJECT
public:
    PlannerPage(const Database &db, const Session &session, const Clock &clock, DataChanges &changes,
                QWidget *parent = nullptr);
    ~PlannerPage() override;

    /// Reads the stored runs again and shows the newest (or the one shown).
    void refresh();
    /// Plan maken: runs the planner with the page's date and horizon and stores the run.
    void runPlanner();
    /// Shows stored run `runId`; false when it is not in the list.
    bool showRun(qint64 runId);
    /// Selects the entry of this household in the shown run; false when it is not shown.
    bool selectHousehold(qint64 householdId);

    /// The workflow buttons, on the selected entry. declineSelected and placeSelected take the
    /// reason and date the dialogs would ask for (tests); the buttons ask.
    void approveSelected();
    void offerSelected();
    void acceptSelected();
    void declineSelected(const QString &reason);
    void placeSelected(const QDate &placedOn);
    /// Staff decisions for later runs on the selected household: pin it to the place with this
    /// plek_id (team lead), or never propose its proposed place again.
    void pinSelected(const QString &plekId);
    void excludeSelected();

    /// The "geen kandidaat" list, one line a household: "Household 12 — not a candidate: …".
    QStringList notCandidatesText() const;

    PlanEntriesModel &model() const { return *m_model; }
    bool isRunning() const;
    qint64 shownRunId() const { return m_runId; }
    /// The explanation pane's text.
    QString explanationText() const;
    /// The line under the buttons: a refusal, what a step did, a run's outcome.
    QString statusText() const;
    /// Per tier "kritiek: optimal 5, greedy 4 (+1)", one a line (what the summary table shows).
    QString summaryText() const;

Q_SIGNALS:
    /// A run ended (stored, refused or stopped); its outcome is in statusText().
    void runFinished();
    /// "Open household" (MainWindow shows it).
    void householdRequested(qint64 householdId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onDataChanged(DataKind kind);
    void onRunFinished();
    void showSelected();
    void showSummary(const std::optional<plans::PlanRunSummary> &summary);
    void showStatus(const QString &text, bool problem = false);
    void updateButtons();
    void step(const std::function<Result<plans::PlanEntry>(qint64)> &move, const QString &done);
    void loadRun(qint64 runId);
    void loadNotCandidates();
    /// A staff decision through PlanWorkflowService: shown on the status line, published.
    void decide(const Result<void> &done, qint64 householdId, const QString &text);
    const plans::PlanEntry *selected() const;

    std::unique_ptr<Ui::PlannerPage> m_ui;
    DatabaseLocation m_location;
    Session m_session;
    const Clock &m_clock;
    DataChanges &m_changes;
    plans::PlanRunService m_runs;
    plans::PlanWorkflowService m_workflow;
    PlanEntriesModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    BackgroundTask *m_task = nullptr;
    QList<plans::PlanRunSummary> m_summaries;
    qint64 m_runId = 0;
    bool m_loaded = false;
    bool m_publishing = false; ///< our own change notice: the page already shows it
    // Written by the run's thread, read in onRunFinished() on the GUI thread after it ended.
    std::optional<plans::PlanRunSummary> m_stored;
    QString m_runError;
    bool m_runCancelled = false;
};

} // namespace vangnet
