#pragma once

#include "ProgressWindow.h"
#include "exports/ListExport.h"
#include "security/Session.h"
#include "support/Result.h"

#include <QObject>
#include <QString>

#include <optional>

class QDialog;
class QWidget;

namespace vangnet {

class BackgroundTask;
class Clock;
class Database;

/// "Export…" on a list page (work queue, signals, households): asks for the file and so the
/// format (FileDialog: an Excel workbook or CSV), writes the list off the GUI thread
/// (BackgroundTask) behind a small progress window with Cancel, and says where it went.
/// exports::ListExport checks the permission, writes the file whole or not at all and audits.
class ListExporter final : public QObject {
    Q_OBJECT
public:
    /// Dialogs open over `parent`, which also owns this object.
    ListExporter(const Database &db, const Session &session, const Clock &clock, QWidget *parent);
    ~ListExporter() override;

    /// Asks for the file, then starts the export of `request` (its format follows the file
    /// name). `baseName` starts the suggested file name ("werkvoorraad"). False when nothing
    /// started: the dialog was cancelled, the file is unusable (warned), or an export runs.
    bool run(exports::ListExportRequest request, const QString &baseName);
    bool isRunning() const;
    /// Stops the running export at its next row; nothing is written.
    void cancel();
    /// What the last export came to ("12 rows written to …", the error, or that it was cancelled).
    QString lastMessage() const { return m_message; }
    /// The progress window (shown while a longer export runs).
    QDialog *progressWindow() const { return m_window; }

Q_SIGNALS:
    void runningChanged(bool running);
    /// An export ended: `written` when the file is in place.
    void finished(bool written, const QString &message);

private:
    /// The file and format the user chose; empty when they cancelled.
    std::pair<QString, exports::ListFormat> askFile(const QString &baseName) const;
    void done();

    QWidget *m_parent;
    const Database &m_db;
    Session m_session; ///< a copy: the work reads it on its own thread
    const Clock &m_clock;
    BackgroundTask *m_task = nullptr;
    ProgressWindow *m_window = nullptr;
    exports::ListExportRequest m_request;
    QString m_fileName;
    std::optional<Result<exports::ListExportCounts>> m_outcome; ///< written by the work, read in done()
    QString m_message;
};

} // namespace vangnet
