#pragma once

#include "ProgressWindow.h"
#include "security/Session.h"
#include "summary/CaseSummaryService.h"
#include "support/Result.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class QWidget;

namespace vangnet {

class BackgroundTask;
struct DatabaseLocation;
class Clock;
class Database;

/// Case summaries from the GUI (docs/case-summary.md): "Print summary…" on a household asks the
/// profile (SummaryProfileDialog) and the file; "Export summaries…" on the household list asks
/// the profile and a folder and writes one PDF per selected household. Gathering and rendering
/// run off the GUI thread (BackgroundTask, its own database connection) behind a progress
/// window with Cancel. summary::CaseSummaryService checks the permission, writes each file
/// whole or not at all and audits it; this class asks and tells.
class CaseSummaryExporter final : public QObject {
    Q_OBJECT
public:
    /// Dialogs open over `parent`, which also owns this object.
    CaseSummaryExporter(const Database &db, const Session &session, const Clock &clock, QWidget *parent);
    ~CaseSummaryExporter() override;

    /// Asks the profile and the file, then starts writing the household's summary. False when
    /// nothing started: a dialog was cancelled, the file is unusable (warned), or a task runs.
    bool printOne(qint64 householdId);
    /// Asks the profile and the folder, then starts writing one summary per household, named
    /// samenvatting-<id>-<profile>.pdf. False when nothing started, as for printOne().
    bool exportMany(const QList<qint64> &householdIds);

    bool isRunning() const;
    /// Stops before the next household (a single summary: before it is written); what was
    /// written stays, complete and recorded.
    void cancel();
    /// What the last run came to: where it wrote, why it stopped, or that it was cancelled.
    QString lastMessage() const { return m_message; }
    ProgressWindow *progressWindow() const { return m_window; }

Q_SIGNALS:
    void runningChanged(bool running);
    /// A run ended; `complete` when every summary asked for is in place.
    void finished(bool complete, const QString &message);

private:
    std::optional<summary::SummaryProfile> askProfile(int households) const;
    /// Warns about `problems` (field errors of the target); true when there are none.
    bool usable(const QList<FieldError> &problems, const QString &title);
    void start(const QString &label);
    /// The work, on the task's thread.
    Result<summary::BatchOutcome> work(const DatabaseLocation &location);
    void done();

    QWidget *m_parent;
    const Database &m_db;
    Session m_session; ///< a copy: the work reads it on its own thread
    const Clock &m_clock;
    BackgroundTask *m_task = nullptr;
    ProgressWindow *m_window = nullptr;
    QList<qint64> m_ids;
    summary::SummaryProfile m_profile = summary::SummaryProfile::Intern;
    QString m_file; ///< the one summary's file (printOne)
    QString m_folder; ///< the batch's folder (exportMany)
    std::optional<Result<summary::BatchOutcome>> m_outcome; ///< written by the work, read in done()
    QString m_message;
};

} // namespace vangnet
