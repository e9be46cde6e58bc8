#pragma once

#include "DataChanges.h"
#include "households/DuplicatePair.h"
#include "security/Session.h"
#include "storage/Database.h"

#include <QWidget>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace vangnet {

class BackgroundTask;
class Clock;
class DuplicatesModel;

/// Mogelijke dubbelingen: pairs of households of the user's team that may be one family, with
/// the reasons and a score (docs/duplicates.md). "Samenvoegen…" merges a pair into the household
/// the user picks (MergeDialog); "Geen dubbeling" sets it aside for good. Detection runs off the
/// GUI thread (BackgroundTask) and again when households or flags change (DataChanges: an import,
/// an edit, a merge), at once when the page shows, else when it is next shown. For caseworkers
/// and team leads; core checks every action again.
class DuplicatesPage final : public QWidget {
    Q_OBJECT
public:
    DuplicatesPage(const Database &db, const Session &session, const Clock &clock, DataChanges &changes,
        QWidget *parent = nullptr);
    ~DuplicatesPage() override;

    /// Detects again in the background (queued when a run is going).
    void refresh();
    bool isComputing() const;
    /// Samenvoegen… on the selected pair.
    void mergeSelected();
    /// Geen dubbeling on the selected pair.
    void dismissSelected();
    /// The team's merges, to undo one (MergesDialog).
    void showMerges();
    /// Selects the pair (a, b); false when it is not shown.
    bool selectPair(qint64 a, qint64 b);

    DuplicatesModel &model() const { return *m_model; }
    QString statusText() const;

Q_SIGNALS:
    /// A detection run ended (its pairs or error are shown).
    void computed();
    /// Two households became one: `kept` holds them now.
    void merged(qint64 kept);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onComputed();
    void onDataChanged(DataKind kind);
    void updateButtons();
    void showStatus(const QString &text, bool problem = false);
    const households::DuplicatePair *selectedPair() const;

    const Database &m_db;
    Session m_session;
    const Clock &m_clock;
    DataChanges &m_changes;
    DuplicatesModel *m_model = nullptr;
    BackgroundTask *m_task = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_dismiss = nullptr;
    QPushButton *m_merges = nullptr;
    bool m_loaded = false;
    bool m_stale = false;
    // Written by the worker thread, read in onComputed() on the GUI thread after it ended.
    std::optional<QList<households::DuplicatePair>> m_result;
    QString m_error;
};

} // namespace vangnet
