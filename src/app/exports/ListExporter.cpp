#include "exports/ListExporter.h"

#include "BackgroundTask.h"
#include "DialogRunner.h"
#include "FileDialog.h"
#include "ProgressWindow.h"
#include "storage/Database.h"
#include "support/Clock.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace vangnet {

using exports::ListFormat;

namespace {
const QString folderKey = QStringLiteral("listExport/folder");
const QString formatKey = QStringLiteral("listExport/format");
} // namespace

ListExporter::ListExporter(const Database &db, const Session &session, const Clock &clock, QWidget *parent)
    : QObject(parent), m_parent(parent), m_db(db), m_session(session), m_clock(clock)
{
    m_task = new BackgroundTask(this);
    connect(m_task, &BackgroundTask::runningChanged, this, &ListExporter::runningChanged);

    m_window = new ProgressWindow({tr("Exporting list"), tr("Export progress"), tr("The file being written"),
                                   tr("Rows written"), tr("&Cancel"), tr("Cancel the export")},
                                  parent);
    m_window->setObjectName(QStringLiteral("listExportProgress"));
    connect(m_window, &ProgressWindow::cancelRequested, this, &ListExporter::cancel);
}

ListExporter::~ListExporter()
{
    // Before the members the work reads (request, session) go: stops and waits for a running export.
    delete m_task;
}

bool ListExporter::isRunning() const
{
    return m_task->isRunning();
}

void ListExporter::cancel()
{
    m_task->cancel();
}

std::pair<QString, ListFormat> ListExporter::askFile(const QString &baseName) const
{
    const QSettings settings;
    const QString folder = settings.value(folderKey, QDir::homePath()).toString();
    const ListFormat last = exports::listFormatFromKey(settings.value(formatKey).toString()).value_or(ListFormat::Xlsx);
    const QString excel = tr("Excel workbook (*.xlsx)");
    const QString csv = tr("CSV, separated by semicolons (*.csv)");
    QString selected = last == ListFormat::Xlsx ? excel : csv;
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("%1-%2.%3").arg(baseName, m_clock.today().toString(Qt::ISODate), exports::listFormatKey(last)));
    QString fileName = FileDialog::getSaveFileName(m_parent, tr("Export list"), suggested,
                                                   excel + QStringLiteral(";;") + csv, &selected);
    if (fileName.isEmpty())
        return {};
    // The name's suffix decides; without one, the chosen filter does and names the suffix.
    if (const auto named = exports::listFormatForFile(fileName))
        return {fileName, *named};
    const ListFormat chosen = selected == csv ? ListFormat::Csv : ListFormat::Xlsx;
    return {fileName + QLatin1Char('.') + exports::listFormatKey(chosen), chosen};
}

bool ListExporter::run(exports::ListExportRequest request, const QString &baseName)
{
    if (isRunning())
        return false;
    const auto [fileName, format] = askFile(baseName);
    if (fileName.isEmpty())
        return false;
    if (const QList<FieldError> problems = exports::ListExport::checkTarget(fileName); !problems.isEmpty()) {
        QStringList lines;
        for (const FieldError &problem : problems)
            lines << problem.message;
        m_message = lines.join(QLatin1Char('\n'));
        DialogRunner::warn(m_parent, tr("Export list"), m_message);
        return false;
    }
    QSettings settings;
    settings.setValue(folderKey, QFileInfo(fileName).absolutePath());
    settings.setValue(formatKey, exports::listFormatKey(format));

    m_request = std::move(request);
    m_request.format = format;
    m_fileName = fileName;
    m_outcome.reset();
    m_message.clear();
    m_window->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(fileName)));
    const DatabaseLocation location = m_db.location();
    m_task->start(
        [this, location] {
            auto worker = openForWorker(location);
            if (!worker) {
                m_outcome = Result<exports::ListExportCounts>(worker.error());
                return;
            }
            m_outcome = exports::ListExport(**worker, m_clock, m_session)
                            .write(m_request, m_fileName,
                                   [this](qint64 done, qint64 total) { return m_task->progress(done, total); });
        },
        [this] { done(); }, m_window->bar());
    m_window->openWhile([this] { return isRunning(); });
    return true;
}

void ListExporter::done()
{
    m_window->hide();
    const QString title = tr("Export list");
    if (!m_outcome || !*m_outcome) {
        m_message = m_outcome ? m_outcome->error().message : tr("The export stopped unexpectedly.");
        DialogRunner::warn(m_parent, title, m_message);
        Q_EMIT finished(false, m_message);
        return;
    }
    const exports::ListExportCounts counts = m_outcome->value();
    if (counts.cancelled) {
        m_message = tr("The export was cancelled; nothing was written.");
        Q_EMIT finished(false, m_message);
        return;
    }
    m_message = tr("%n row(s) written to %1.", nullptr, static_cast<int>(counts.rows)).arg(QDir::toNativeSeparators(m_fileName));
    DialogRunner::inform(m_parent, title, m_message);
    Q_EMIT finished(true, m_message);
}

} // namespace vangnet
