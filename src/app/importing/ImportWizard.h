#pragma once

#include "importing/ImportProfile.h"
#include "importing/ImportService.h"
#include "security/Session.h"
#include "storage/DatabaseLocation.h"

#include <QWizard>

#include <atomic>
#include <functional>
#include <memory>

class QProgressBar;
class QTableWidget;
class QThread;
class QTimer;

namespace vangnet {

class Clock;
class Database;

namespace Ui {
class ImportWizard;
}

/// "Importeren": choose a file, see its first lines and choose which of its columns holds each
/// field (saving the choice as a profile if wanted), check every row (nothing stored), then
/// import it as one batch with a progress bar and a stop button, and see and save the rows that
/// were skipped. Reading and importing run on a worker thread with its own
/// database connection, so the window keeps responding.
class ImportWizard final : public QWizard {
    Q_OBJECT
public:
    enum Page { FilePage, PreviewPage, CheckPage, RunPage };

    ImportWizard(const Database &db, const Session &session, const Clock &clock, QWidget *parent = nullptr);
    ~ImportWizard() override;

    bool validateCurrentPage() override;
    void initializePage(int id) override;
    void reject() override;

    bool isBusy() const { return m_worker != nullptr; }
    const importing::ImportSummary &summary() const { return m_summary; }
    /// Writes the skipped rows of the last check or import as CSV (the "Save skipped rows" button).
    void saveRejects();
    /// Saves the columns chosen on the mapping page as a profile under a name the user gives
    /// (the "Save as profile…" button); asks before replacing one.
    void saveMappingAsProfile();
    /// The profile the check and the import read with: the chosen one as edited on the mapping page.
    importing::ImportProfile readingProfile() const;

Q_SIGNALS:
    void checkFinished();
    void importFinished();

private:
    importing::ImportProfile::Kind kind() const;
    void fillProfiles();
    importing::ImportProfile chosenProfile() const;
    /// The file page's check: the file can be read at all (its CSV header, or the DDAS delivery).
    Result<void> checkFile();
    /// The mapping page's check: the readers accept the file with readingProfile().
    Result<void> checkMapping() const;
    void showPreview();
    void showMappingProblems();
    void startCheck();
    void startImport();
    /// Runs `work` on a worker thread; `done` on this thread afterwards. The bar follows progress.
    void runInBackground(std::function<void()> work, std::function<void()> done, QProgressBar *bar);
    void showRejects(QTableWidget &table, const QList<importing::Reject> &rejects);

    std::unique_ptr<Ui::ImportWizard> m_ui;
    DatabaseLocation m_location;
    QSqlDatabase m_db;
    Session m_session;
    const Clock &m_clock;
    QList<importing::ImportProfile> m_profiles;
    QStringList m_header; ///< the CSV file's header line; empty for DDAS
    QThread *m_worker = nullptr;
    QTimer *m_progressTimer = nullptr;
    std::atomic<bool> m_cancel{false};
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
    importing::ImportSummary m_summary;
    QList<importing::Reject> m_checkRejects;
    qint64 m_checkRows = 0;
    QString m_failure;
};

} // namespace vangnet
