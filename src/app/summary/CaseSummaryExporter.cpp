#include "summary/CaseSummaryExporter.h"

#include "BackgroundTask.h"
#include "DialogRunner.h"
#include "FileDialog.h"
#include "PdfRenderer.h"
#include "storage/Database.h"
#include "summary/SummaryProfileDialog.h"
#include "support/Clock.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace vangnet {

using summary::BatchOutcome;
using summary::CaseSummaryService;
using summary::SummaryProfile;

namespace {
const QString folderKey = QStringLiteral("caseSummary/folder");
} // namespace

CaseSummaryExporter::CaseSummaryExporter(
    const Database &db, const Session &session, const Clock &clock, QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
    , m_db(db)
    , m_session(session)
    , m_clock(clock)
{
    m_task = new BackgroundTask(this);
    connect(m_task, &BackgroundTask::runningChanged, this, &CaseSummaryExporter::runningChanged);
    m_window = new ProgressWindow({tr("Writing summaries"), tr("Summary progress"), tr("The summaries being written"),
                                      tr("Households done"), tr("&Cancel"), tr("Cancel the summaries")},
        parent);
    m_window->setObjectName(QStringLiteral("caseSummaryProgress"));
    connect(m_window, &ProgressWindow::cancelRequested, this, &CaseSummaryExporter::cancel);
}

CaseSummaryExporter::~CaseSummaryExporter()
{
    // Before the members the work reads (ids, session) go: stops and waits for a running task.
    delete m_task;
}

bool CaseSummaryExporter::isRunning() const
{
    return m_task->isRunning();
}

void CaseSummaryExporter::cancel()
{
    m_task->cancel();
}

std::optional<SummaryProfile> CaseSummaryExporter::askProfile(int households) const
{
    SummaryProfileDialog dialog(households, m_parent);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return std::nullopt;
    return dialog.profile();
}

bool CaseSummaryExporter::usable(const QList<FieldError> &problems, const QString &title)
{
    if (problems.isEmpty())
        return true;
    QStringList lines;
    for (const FieldError &problem : problems)
        lines << problem.message;
    m_message = lines.join(QLatin1Char('\n'));
    DialogRunner::warn(m_parent, title, m_message);
    return false;
}

bool CaseSummaryExporter::printOne(qint64 householdId)
{
    if (isRunning() || householdId == 0)
        return false;
    const auto profile = askProfile(1);
    if (!profile)
        return false;
    const QString folder = QSettings().value(folderKey, QDir::homePath()).toString();
    const QString fileName = FileDialog::getSaveFileName(m_parent, tr("Save summary"),
        QDir(folder).filePath(CaseSummaryService::fileNameFor(householdId, *profile)), tr("PDF files (*.pdf)"));
    if (fileName.isEmpty() || !usable(CaseSummaryService::checkTarget(fileName), tr("Print summary")))
        return false;
    QSettings().setValue(folderKey, QFileInfo(fileName).absolutePath());
    m_ids = {householdId};
    m_profile = *profile;
    m_file = fileName;
    m_folder.clear();
    start(tr("Writing %1…").arg(QDir::toNativeSeparators(fileName)));
    return true;
}

bool CaseSummaryExporter::exportMany(const QList<qint64> &householdIds)
{
    if (isRunning())
        return false;
    if (householdIds.isEmpty()) {
        m_message = tr("Select the households to export in the list first (Ctrl or Shift selects several).");
        DialogRunner::warn(m_parent, tr("Export summaries"), m_message);
        return false;
    }
    const auto profile = askProfile(int(householdIds.size()));
    if (!profile)
        return false;
    const QString folder = FileDialog::getExistingDirectory(
        m_parent, tr("Folder for the summaries"), QSettings().value(folderKey, QDir::homePath()).toString());
    if (folder.isEmpty() || !usable(CaseSummaryService::checkFolder(folder), tr("Export summaries")))
        return false;
    QSettings().setValue(folderKey, folder);
    m_ids = householdIds;
    m_profile = *profile;
    m_file.clear();
    m_folder = folder;
    start(
        tr("Writing %n summary(ies) to %1…", nullptr, int(householdIds.size())).arg(QDir::toNativeSeparators(folder)));
    return true;
}

void CaseSummaryExporter::start(const QString &label)
{
    m_outcome.reset();
    m_message.clear();
    m_window->setText(label);
    const DatabaseLocation location = m_db.location();
    m_task->start([this, location] { m_outcome = work(location); }, [this] { done(); }, m_window->bar());
    m_window->openWhile([this] { return isRunning(); });
}

Result<BatchOutcome> CaseSummaryExporter::work(const DatabaseLocation &location)
{
    auto worker = openForWorker(location);
    if (!worker)
        return worker.error();
    const CaseSummaryService service(**worker, m_clock, m_session);
    const auto progress = [this](qint64 done, qint64 total) { return m_task->progress(done, total); };
    if (m_file.isEmpty())
        return service.writeAll(m_ids, m_profile, m_folder, pdfRenderer(), progress);

    // One summary: Cancel still counts between reading the household and writing the file.
    BatchOutcome outcome;
    const qint64 id = m_ids.first();
    if (!progress(0, 2)) {
        outcome.cancelled = true;
        return outcome;
    }
    auto summary = service.gather(id, m_profile);
    if (summary && !progress(1, 2)) {
        outcome.cancelled = true;
        return outcome;
    }
    const Result<void> saved = summary ? service.save(*summary, pdfRenderer(), m_file) : Result<void>(summary.error());
    if (!saved) {
        outcome.failedHousehold = id;
        outcome.failure = saved.error();
        return outcome;
    }
    progress(2, 2);
    outcome.written << m_file;
    return outcome;
}

void CaseSummaryExporter::done()
{
    m_window->hide();
    const QString title = m_file.isEmpty() ? tr("Export summaries") : tr("Print summary");
    if (!m_outcome || !*m_outcome) {
        m_message = m_outcome ? m_outcome->error().message : tr("The summaries stopped unexpectedly.");
        DialogRunner::warn(m_parent, title, m_message);
        Q_EMIT finished(false, m_message);
        return;
    }
    const BatchOutcome &outcome = m_outcome->value();
    const int written = int(outcome.written.size());
    if (outcome.failure) {
        m_message = tr("The summary of household %1 could not be written: %2")
                        .arg(outcome.failedHousehold)
                        .arg(outcome.failure->message);
        for (const FieldError &field : outcome.failure->fields)
            m_message += QLatin1Char('\n') + field.message;
        if (m_file.isEmpty())
            m_message += QLatin1Char('\n')
                + tr("%n summary(ies) were written before it; the others were not started.", nullptr, written);
        DialogRunner::warn(m_parent, title, m_message);
        Q_EMIT finished(false, m_message);
        return;
    }
    if (outcome.cancelled) {
        m_message = tr("Stopped: %n summary(ies) written.", nullptr, written);
        Q_EMIT finished(false, m_message);
        return;
    }
    m_message = m_file.isEmpty()
        ? tr("%n summary(ies) written to %1.", nullptr, written).arg(QDir::toNativeSeparators(m_folder))
        : tr("The summary was saved as %1.").arg(QDir::toNativeSeparators(m_file));
    DialogRunner::inform(m_parent, title, m_message);
    Q_EMIT finished(true, m_message);
}

} // namespace vangnet
