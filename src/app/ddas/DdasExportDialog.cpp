#include "ddas/DdasExportDialog.h"

#include "ui_DdasExportDialog.h"

#include "BackgroundTask.h"
#include "FileDialog.h"
#include "ddas/DdasDeliveries.h"
#include "storage/Database.h"
#include "support/Clock.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSettings>

namespace vangnet {

namespace {
const QString codeKey = QStringLiteral("ddas/gemeentecode");
const QString organisationKey = QStringLiteral("ddas/organisatie");
const QString folderKey = QStringLiteral("ddas/folder");
} // namespace

DdasExportDialog::DdasExportDialog(const Database &db, const Session &session, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DdasExportDialog>())
    , m_db(db)
    , m_location(db.location())
    , m_session(session)
    , m_clock(clock)
    , m_task(std::make_unique<BackgroundTask>())
{
    m_ui->setupUi(this);
    const auto [from, to] = lastFullMonth(clock.today());
    m_ui->fromEdit->setDate(from);
    m_ui->toEdit->setDate(to);
    const QSettings settings;
    m_ui->gemeentecodeEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[\\d, ]*")), this));
    m_ui->gemeentecodeEdit->setText(settings.value(codeKey).toString());
    m_ui->organisatieEdit->setText(settings.value(organisationKey).toString());
    m_ui->progressBar->setVisible(false);

    QPushButton *ok = m_ui->buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Export"));
    ok->setAccessibleName(tr("Export"));
    m_ui->buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(ok, &QPushButton::clicked, this, &DdasExportDialog::startExport);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &DdasExportDialog::reject);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &DdasExportDialog::chooseFile);
    connect(m_ui->saveCopyButton, &QPushButton::clicked, this, &DdasExportDialog::saveCopy);
    m_ui->keptTable->setColumnCount(6);
    m_ui->keptTable->setHorizontalHeaderLabels(
        {tr("Number"), tr("Period"), tr("Municipalities"), tr("Signals"), tr("Cases"), tr("Written")});
    m_ui->keptTable->verticalHeader()->setVisible(false);
    m_ui->keptTable->horizontalHeader()->setStretchLastSection(true);
    loadKept();
    auto placeholder = [this] {
        m_ui->organisatieEdit->setPlaceholderText(request().organisationName(request().gemeentecodes.value(0)));
        suggestFileName();
    };
    connect(m_ui->gemeentecodeEdit, &QLineEdit::textChanged, this, placeholder);
    connect(m_ui->fromEdit, &QDateEdit::dateChanged, this, &DdasExportDialog::suggestFileName);
    connect(m_ui->toEdit, &QDateEdit::dateChanged, this, &DdasExportDialog::suggestFileName);
    connect(m_ui->fileEdit, &QLineEdit::textEdited, this, [this] { m_suggested = false; });
    placeholder();
}

DdasExportDialog::~DdasExportDialog() = default;

std::pair<QDate, QDate> DdasExportDialog::lastFullMonth(const QDate &today)
{
    const QDate firstOfThisMonth(today.year(), today.month(), 1);
    return {firstOfThisMonth.addMonths(-1), firstOfThisMonth.addDays(-1)};
}

DdasRequest DdasExportDialog::request() const
{
    DdasRequest r;
    r.from = m_ui->fromEdit->date();
    r.to = m_ui->toEdit->date();
    // One levering per municipality: several codes separated by commas.
    for (const QString &code : m_ui->gemeentecodeEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        r.gemeentecodes << code.trimmed();
    r.organisatie = m_ui->organisatieEdit->text().trimmed();
    return r;
}

void DdasExportDialog::suggestFileName()
{
    if (!m_suggested)
        return;
    const DdasRequest r = request();
    const QString folder = QSettings().value(folderKey, QDir::homePath()).toString();
    const QString name = QStringLiteral("ddas-%1-%2-%3.json")
                             .arg(r.gemeentecodes.isEmpty() ? QStringLiteral("gemeente") : r.gemeentecodes.join(QLatin1Char('-')),
                                 r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate));
    m_ui->fileEdit->setText(QDir(folder).filePath(name));
}

void DdasExportDialog::chooseFile()
{
    const QString chosen = FileDialog::getSaveFileName(
        this, tr("Save DDAS delivery"), m_ui->fileEdit->text(), tr("JSON files (*.json)"));
    if (chosen.isEmpty())
        return;
    m_ui->fileEdit->setText(chosen);
    m_suggested = false;
}

bool DdasExportDialog::startExport()
{
    if (isRunning())
        return false;
    m_request = request();
    m_fileName = m_ui->fileEdit->text().trimmed();
    // The options are checked here too, so a mistake shows at once instead of after a thread start.
    if (const QList<FieldError> problems = m_request.validate() + checkDdasTarget(m_fileName); !problems.isEmpty()) {
        QStringList lines;
        for (const FieldError &p : problems)
            lines << p.message;
        showResult(lines.join(QLatin1Char('\n')), true);
        return false;
    }
    QSettings settings;
    settings.setValue(codeKey, m_request.gemeentecodes.join(QLatin1Char(',')));
    settings.setValue(organisationKey, m_request.organisatie);
    settings.setValue(folderKey, QFileInfo(m_fileName).absolutePath());

    m_outcome.reset();
    showResult(tr("Exporting…"), false);
    setRunning(true);
    m_task->start(
        [this] {
            auto worker = openForWorker(m_location);
            if (!worker) {
                m_outcome = Result<DdasCounts>(worker.error());
                return;
            }
            m_outcome = DdasExport(**worker, m_clock, m_session)
                            .write(m_request, m_fileName,
                                [this](qint64 done, qint64 total) { return m_task->progress(done, total); });
        },
        [this] { exportDone(); }, m_ui->progressBar);
    return true;
}

void DdasExportDialog::exportDone()
{
    setRunning(false);
    if (!m_outcome || !*m_outcome) {
        showResult(m_outcome ? m_outcome->error().message : tr("The export stopped unexpectedly."), true);
        Q_EMIT finished(false);
        return;
    }
    const DdasCounts counts = m_outcome->value();
    if (counts.cancelled) {
        showResult(tr("The export was cancelled; nothing was written."), false);
        Q_EMIT finished(false);
        return;
    }
    QString text = tr("The delivery was written to %1.").arg(QDir::toNativeSeparators(m_fileName)) + QLatin1Char('\n')
        + tr("Signals: %1. Cases: %2.").arg(counts.signals).arg(counts.cases);
    if (counts.casesWithoutSignals > 0)
        text += QLatin1Char('\n')
            + tr("%n case(s) without signals (discharge notice or opened by hand) are not part of DDAS and were "
                 "left out.",
                nullptr, counts.casesWithoutSignals);
    for (const QString &warning : std::as_const(counts.warnings))
        text += QLatin1Char('\n') + warning;
    showResult(text, false);
    loadKept();
    Q_EMIT finished(true);
}

bool DdasExportDialog::isRunning() const
{
    return m_task->isRunning();
}

QString DdasExportDialog::resultText() const
{
    return m_ui->resultLabel->text();
}

void DdasExportDialog::reject()
{
    if (isRunning()) {
        m_task->cancel();
        return;
    }
    QDialog::reject();
}

void DdasExportDialog::setRunning(bool running)
{
    for (QWidget *input : {static_cast<QWidget *>(m_ui->fromEdit), static_cast<QWidget *>(m_ui->toEdit),
             static_cast<QWidget *>(m_ui->gemeentecodeEdit), static_cast<QWidget *>(m_ui->organisatieEdit),
             static_cast<QWidget *>(m_ui->fileEdit), static_cast<QWidget *>(m_ui->browseButton),
             static_cast<QWidget *>(m_ui->keptTable), static_cast<QWidget *>(m_ui->saveCopyButton)})
        input->setEnabled(!running);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!running);
    QPushButton *close = m_ui->buttons->button(QDialogButtonBox::Close);
    close->setText(running ? tr("&Cancel") : tr("&Close"));
    close->setAccessibleName(running ? tr("Cancel") : tr("Close"));
    m_ui->progressBar->setVisible(running);
}

void DdasExportDialog::loadKept()
{
    m_ui->keptTable->setRowCount(0);
    m_ui->saveCopyButton->setEnabled(false);
    // Someone without the right sees an empty list; the export itself says why it is refused.
    if (!m_session.can(Permission::ExportStatisticsMunicipality))
        return;
    // A few rows of periods, codes and counts: read on the GUI thread.
    auto kept = DdasDeliveries(m_db, m_clock, m_session).list();
    if (!kept)
        return;
    m_ui->saveCopyButton->setEnabled(!kept->isEmpty());
    for (const DdasDelivery &d : std::as_const(*kept)) {
        const int row = m_ui->keptTable->rowCount();
        m_ui->keptTable->insertRow(row);
        const QStringList cells{QString::number(d.id),
            tr("%1 to %2").arg(QLocale().toString(d.from, QLocale::ShortFormat), QLocale().toString(d.to, QLocale::ShortFormat)),
            d.gemeentecodes.join(QStringLiteral(", ")), QString::number(d.signals), QString::number(d.cases),
            tr("%1 by %2").arg(QLocale().toString(d.createdAt.toLocalTime(), QLocale::ShortFormat), d.createdBy)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, d.id);
            m_ui->keptTable->setItem(row, column, item);
        }
    }
    m_ui->keptTable->selectRow(0);
}

bool DdasExportDialog::saveCopy()
{
    const QTableWidgetItem *chosen = m_ui->keptTable->item(m_ui->keptTable->currentRow(), 0);
    if (!chosen)
        return false;
    const qint64 id = chosen->data(Qt::UserRole).toLongLong();
    const QString folder = QSettings().value(folderKey, QDir::homePath()).toString();
    const QString fileName = FileDialog::getSaveFileName(this, tr("Save a copy of DDAS delivery %1").arg(id),
        QDir(folder).filePath(QStringLiteral("ddas-levering-%1.json").arg(id)), tr("JSON files (*.json)"));
    if (fileName.isEmpty())
        return false;
    auto written = DdasDeliveries(m_db, m_clock, m_session).writeCopy(id, fileName);
    if (!written) {
        showResult(written.error().message, true);
        return false;
    }
    showResult(tr("Delivery %1 was written to %2 as it was delivered (SHA-256 %3).")
                   .arg(id)
                   .arg(QDir::toNativeSeparators(fileName), written->sha256),
        false);
    return true;
}

void DdasExportDialog::showResult(const QString &text, bool failed)
{
    m_ui->resultLabel->setStyleSheet(failed ? QStringLiteral("color: #b00020;") : QString());
    m_ui->resultLabel->setText(text);
}

} // namespace vangnet
