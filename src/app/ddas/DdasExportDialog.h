#pragma once

#include "ddas/DdasExport.h"
#include "security/Session.h"
#include "storage/DatabaseLocation.h"

#include <QDialog>

#include <memory>
#include <optional>
#include <utility>

namespace vangnet {

class BackgroundTask;
class Clock;
class Database;

namespace Ui {
class DdasExportDialog;
}

/// Bestand → DDAS-levering exporteren…: asks the period (default the last full month), the
/// municipality code (remembered), the organisation and the file, then writes the delivery
/// off the GUI thread with DdasExport, which checks the permission and audits. Shows the
/// counts or the error in the dialog, and the deliveries kept (DdasDeliveries): "Save copy…"
/// writes the chosen one back as it was delivered.
class DdasExportDialog final : public QDialog {
    Q_OBJECT
public:
    DdasExportDialog(const Database &db, const Session &session, const Clock &clock, QWidget *parent = nullptr);
    ~DdasExportDialog() override;

    /// The first and last day of the month before `today`'s month.
    static std::pair<QDate, QDate> lastFullMonth(const QDate &today);

    /// The request as the fields stand.
    DdasRequest request() const;
    /// Starts the export (the Export button); false when the fields are unusable (shown in the dialog).
    bool startExport();
    bool isRunning() const;
    /// What the dialog says about the last export: the counts, or why it failed.
    QString resultText() const;
    /// Reads the kept deliveries into the list (after each export, and on opening).
    void loadKept();
    /// Asks a file name and writes the chosen kept delivery to it; false when nothing was written.
    bool saveCopy();

Q_SIGNALS:
    /// An export ended: written (`ok`), failed or cancelled.
    void finished(bool ok);

public Q_SLOTS:
    /// While an export runs: stops it (nothing is written). Otherwise: closes the dialog.
    void reject() override;

private:
    void chooseFile();
    void suggestFileName();
    void exportDone();
    void setRunning(bool running);
    void showResult(const QString &text, bool failed);

    std::unique_ptr<Ui::DdasExportDialog> m_ui;
    const Database &m_db;
    DatabaseLocation m_location;
    Session m_session;
    const Clock &m_clock;
    DdasRequest m_request;
    QString m_fileName;
    std::optional<Result<DdasCounts>> m_outcome; ///< written by the worker, read once it finished
    bool m_suggested = true; ///< the file name is still the suggested one
    std::unique_ptr<BackgroundTask> m_task; ///< last: it waits for the worker before the rest goes
};

} // namespace vangnet
