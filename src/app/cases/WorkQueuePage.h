#pragma once

#include "cases/CaseService.h"
#include "cases/WorkQueue.h"
#include "security/Session.h"

#include <QWidget>

#include <memory>

namespace vangnet {

class BackgroundTask;
class CaseWindows;
class Clock;
class DataChanges;
class Database;
class ListExporter;
class WorkQueueModel;

namespace Ui {
class WorkQueuePage;
}

/// Werkvoorraad: the team's flagged households and open cases, most urgent first (priority, then
/// deadline), with filters (team / mine / unassigned, district, minimum severity, overdue only)
/// that show their counts, and the actions on it: take, assign (team lead, several at once), a
/// quick contact attempt and opening the case. The queue loads off the GUI thread: first the lines
/// of the highest priorities (WorkQueue::head()), then the keys of the whole queue; the model reads
/// the full lines of the pages on screen (docs/cases.md, "Work queue").
class WorkQueuePage final : public QWidget {
    Q_OBJECT
public:
    WorkQueuePage(const Database &db, const Session &session, const Clock &clock, CaseWindows &windows,
                  QWidget *parent = nullptr);
    ~WorkQueuePage() override;

    WorkQueueModel &model() const { return *m_model; }
    bool isLoading() const;
    /// Loads the queue again in the background; the selection is kept.
    void reload();
    /// Takes part in the session's change channel: publishes the cases changed here and loads
    /// again when cases, flags, signals, households or the deadline settings change (here, on
    /// another page or, on a team server, by a colleague). Without it the page reloads itself
    /// and the case windows after its own changes only.
    void setDataChanges(DataChanges &changes);

    cases::QueueFilter filter() const;
    void setScope(cases::QueueFilter::Scope scope);
    /// The counts the filter buttons show (under the district, severity and overdue filters).
    const cases::QueueCounts &counts() const { return m_counts; }
    /// Lines in the whole queue, before filtering (the first lines only, while the rest load).
    int totalCount() const { return static_cast<int>(m_index.keys.size()); }
    /// False while only the first lines are shown (WorkQueue::head()) and the rest still load.
    bool isComplete() const { return m_index.complete; }

    QList<cases::QueueItem> selectedItems() const;
    /// Selects the households' lines; false when one of them is not shown.
    bool selectHouseholds(const QList<qint64> &householdIds);

    /// "Take": the selected household's case becomes mine (opened from its flag when needed).
    void take();
    /// "Assign…": the team lead gives the selected households' cases to one caseworker.
    void assignSelected();
    /// "Contact attempt…": quick entry; takes the case first when nobody has it (after asking).
    void quickAttempt();
    /// "Open case": the case window (a new case after asking, for a household without one).
    void openSelected();
    /// "Export…": the lines the filters show, as CSV or Excel (docs/exports.md).
    void exportList();
    ListExporter &exporter() const { return *m_exporter; }
    /// The last message beside the buttons.
    QString messageText() const;

Q_SIGNALS:
    /// The first lines are shown, before the whole queue is in (the first load only).
    void firstLinesShown();
    /// A load finished (also when it failed: see messageText()).
    void loaded();
    /// Cases were taken, assigned or worked on from here.
    void casesChanged();

private:
    void onHead(cases::QueueIndex head);
    void onLoaded();
    void applyFilter();
    /// Shows `index` instead of the lines shown, keeping the selection and the line at the top.
    void replaceIndex(cases::QueueIndex index);
    QList<int> selectedRows() const;
    void rememberSelection();
    void showCounts();
    void updateButtons();
    void showMessage(const QString &text, bool problem);
    /// Done with a change: tells the others and loads again.
    void afterChange();
    void fillDistricts();

    std::unique_ptr<Ui::WorkQueuePage> m_ui;
    const Database &m_db;
    Session m_session;
    const Clock &m_clock;
    CaseWindows &m_windows;
    DataChanges *m_changes = nullptr;
    cases::WorkQueue m_queue;
    cases::CaseService m_cases;
    WorkQueueModel *m_model = nullptr;
    BackgroundTask *m_task = nullptr;
    ListExporter *m_exporter = nullptr;
    bool m_loadAgain = false;
    cases::QueueIndex m_index;   ///< the keys of every line (or the first lines, see isComplete())
    cases::QueueIndex m_loading; ///< written by the background load, read when it is done
    bool m_haveLines = false;    ///< a load has shown lines: reloads keep them until the new keys are in
    QString m_loadError;
    QList<qint64> m_keepSelected;
    cases::QueueCounts m_counts;
};

} // namespace vangnet
