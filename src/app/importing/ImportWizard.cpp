#include "importing/ImportWizard.h"

#include "BackgroundTask.h"

#include "ui_ImportWizard.h"

#include "DialogRunner.h"
#include "FileDialog.h"
#include "importing/ColumnMapping.h"
#include "importing/ColumnMappingTable.h"
#include "importing/ImportFiles.h"
#include "importing/RejectWriter.h"
#include "importing/TextDecoder.h"
#include "storage/Database.h"
#include "support/Clock.h"

#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QThread>
#include <QTimer>

namespace vangnet {

using namespace vangnet::importing;

namespace {
constexpr int previewLines = 20;
constexpr int rejectsShown = 500; ///< the table shows this many; "Save skipped rows" writes them all

/// Reads every row of `source`, counting the usable ones; the failure that stopped it, or "".
template <typename Row>
QString drain(RowSource<Row> &source, QList<Reject> &rejects, qint64 &rows, std::atomic<qint64> &done,
              std::atomic<qint64> &total, const std::atomic<bool> &cancel)
{
    Row row;
    for (;;) {
        auto more = source.next(row, rejects);
        done = source.done();
        total = source.total();
        if (!more)
            return more.error().message;
        if (!*more || cancel)
            return {};
        ++rows;
    }
}
} // namespace

ImportWizard::ImportWizard(const Database &db, const Session &session, const Clock &clock, QWidget *parent)
    : QWizard(parent), m_ui(std::make_unique<Ui::ImportWizard>()), m_location(db.location()), m_db(db.connection()),
      m_session(session), m_clock(clock)
{
    m_ui->setupUi(this);
    setOption(QWizard::NoBackButtonOnLastPage);
    m_ui->checkPage->setButtonText(QWizard::NextButton, tr("&Import"));
    m_ui->kindCombo->addItem(tr("Early signals"), static_cast<int>(ImportProfile::Kind::Signals));
    m_ui->kindCombo->addItem(tr("Discharge notices"), static_cast<int>(ImportProfile::Kind::Discharges));
    m_ui->formatCombo->addItem(tr("By file name (.json is DDAS)"), QString());
    m_ui->formatCombo->addItem(tr("CSV"), QStringLiteral("csv"));
    m_ui->formatCombo->addItem(tr("DDAS JSON (VNG Uitwisselmodel)"), QStringLiteral("ddas"));
    for (QTableWidget *table : {m_ui->checkRejects, m_ui->runRejects}) {
        table->setColumnCount(3);
        table->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Reason")});
        table->verticalHeader()->setVisible(false);
        table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        table->horizontalHeader()->setStretchLastSection(true);
    }
    m_ui->previewPage->setEditor(m_ui->mappingTable);
    // A few lines of the file suffice to recognise it; the column choice needs the room.
    m_ui->previewText->setMaximumHeight(m_ui->previewText->fontMetrics().lineSpacing() * 8);
    m_ui->saveRejectsButton->setEnabled(false);
    m_ui->cancelImportButton->setEnabled(false);
    fillProfiles();

    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->formatCombo->setEnabled(kind() == ImportProfile::Kind::Signals);
        fillProfiles();
    });
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::getOpenFileName(this, tr("Choose the file to import"),
                                                         tr("Signal files (*.csv *.txt *.json);;All files (*)"));
        if (!path.isEmpty())
            m_ui->pathEdit->setText(path);
    });
    connect(m_ui->cancelImportButton, &QPushButton::clicked, this, [this] { m_cancel = true; });
    connect(m_ui->saveRejectsButton, &QPushButton::clicked, this, &ImportWizard::saveRejects);
    connect(m_ui->mappingTable, &ColumnMappingTable::mappingChanged, this, &ImportWizard::showMappingProblems);
    connect(m_ui->saveProfileButton, &QPushButton::clicked, this, &ImportWizard::saveMappingAsProfile);
}

ImportWizard::~ImportWizard()
{
    m_cancel = true;
    if (m_worker)
        m_worker->wait();
}

ImportProfile::Kind ImportWizard::kind() const
{
    return static_cast<ImportProfile::Kind>(m_ui->kindCombo->currentData().toInt());
}

void ImportWizard::fillProfiles()
{
    m_ui->profileCombo->clear();
    auto profiles = ProfileRepository(m_db).list(kind());
    m_profiles = profiles ? *profiles : QList<ImportProfile>{};
    for (const ImportProfile &p : m_profiles)
        m_ui->profileCombo->addItem(p.name);
}

ImportProfile ImportWizard::chosenProfile() const
{
    return m_profiles.value(m_ui->profileCombo->currentIndex());
}

ImportProfile ImportWizard::readingProfile() const
{
    const auto &mapping = m_ui->mappingTable->mapping();
    if (!mapping)
        return chosenProfile();
    ImportProfile profile = mapping->profile();
    if (mapping->edited()) // the batch records this name; it is not the saved profile any more
        profile.name = tr("%1 (edited)").arg(profile.name);
    return profile;
}

bool ImportWizard::validateCurrentPage()
{
    if (isBusy())
        return false;
    if (currentId() == FilePage) {
        // The whole file is refused here when it cannot be used, before anything is read or stored.
        const Result<void> usable = checkFile();
        m_ui->fileErrorLabel->setText(usable ? QString() : usable.error().message);
        return usable.ok();
    }
    if (currentId() == PreviewPage) {
        if (!m_ui->mappingTable->isComplete())
            return false;
        const Result<void> readable = checkMapping();
        if (!readable)
            m_ui->mappingProblemLabel->setText(readable.error().message);
        return readable.ok();
    }
    return true;
}

Result<void> ImportWizard::checkFile()
{
    m_header.clear();
    const QString path = m_ui->pathEdit->text().trimmed();
    if (path.isEmpty())
        return Error{ErrorCode::Invalid, tr("Choose a file.")};
    const QString format = m_ui->formatCombo->currentData().toString();
    if (kind() == ImportProfile::Kind::Signals && signalFormatName(path, format) != QLatin1String("csv")) {
        // A DDAS delivery has fixed names: nothing to choose, so it is checked whole here.
        auto source = openSignalFile(path, format, chosenProfile());
        return source ? success() : Result<void>(source.error());
    }
    // Whether the columns fit is for the next page, where they can be chosen by hand.
    auto header = readCsvHeader(path, chosenProfile());
    if (!header)
        return header.error();
    m_header = *header;
    return success();
}

Result<void> ImportWizard::checkMapping() const
{
    const QString path = m_ui->pathEdit->text().trimmed();
    if (kind() == ImportProfile::Kind::Signals) {
        auto source = openSignalFile(path, m_ui->formatCombo->currentData().toString(), readingProfile());
        return source ? success() : Result<void>(source.error());
    }
    auto source = openDischargeFile(path, readingProfile());
    return source ? success() : Result<void>(source.error());
}

void ImportWizard::initializePage(int id)
{
    if (id == PreviewPage)
        showPreview();
    else if (id == CheckPage)
        startCheck();
    else if (id == RunPage)
        startImport();
}

void ImportWizard::showPreview()
{
    QFile file(m_ui->pathEdit->text().trimmed());
    QString text;
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray head = file.read(64 * 1024);
        // As the readers decide: UTF-8 when it is valid, else Windows-1252.
        text = TextDecoder::isValidUtf8(head, true) ? QString::fromUtf8(head) : TextDecoder::fromWindows1252(head);
    }
    m_ui->previewText->setPlainText(text.split(QLatin1Char('\n')).mid(0, previewLines).join(QLatin1Char('\n')));
    m_ui->profileSavedLabel->clear();
    if (m_header.isEmpty()) {
        m_ui->mappingTable->clearMapping();
        m_ui->saveProfileButton->setEnabled(false);
        m_ui->mappingProblemLabel->setText(tr("A DDAS file names its fields itself: there are no columns to choose."));
        return;
    }
    m_ui->saveProfileButton->setEnabled(true);
    m_ui->mappingTable->setMapping(ColumnMapping(chosenProfile(), m_header));
}

void ImportWizard::showMappingProblems()
{
    if (m_ui->mappingTable->mapping())
        m_ui->mappingProblemLabel->setText(m_ui->mappingTable->problemText());
}

void ImportWizard::saveMappingAsProfile()
{
    const auto &mapping = m_ui->mappingTable->mapping();
    if (!mapping)
        return;
    const QString title = tr("Save as profile");
    QInputDialog ask(this);
    ask.setWindowTitle(title);
    ask.setLabelText(tr("Name of the column layout, for instance the platform that made the file:"));
    ask.setAccessibleName(tr("Name for the new column layout"));
    const bool builtIn = mapping->base().name == m_profiles.value(0).name;
    ask.setTextValue(builtIn ? QString() : mapping->base().name);
    if (DialogRunner::exec(ask) != QDialog::Accepted)
        return;
    const QString name = ask.textValue().trimmed();
    if (name.isEmpty()) {
        DialogRunner::warn(this, title, tr("The profile was not saved: give it a name."));
        return;
    }
    ProfileRepository profiles(m_db);
    auto existing = profiles.named(name);
    if (!existing) {
        DialogRunner::warn(this, title, tr("The saved profiles could not be read: %1").arg(existing.error().message));
        return;
    }
    if (*existing) {
        const ImportProfile &old = **existing;
        const QString question = old.kind == kind()
            ? tr("There already is a column layout named “%1”. Replace it with these columns?").arg(old.name)
            : tr("There already is a column layout named “%1”, for another kind of file. Replace it with these "
                 "columns? Imports of that other kind can then no longer use it.")
                  .arg(old.name);
        if (!DialogRunner::confirm(this, tr("Replace column layout?"), question))
            return;
    }
    ImportProfile profile = mapping->profile();
    profile.name = name;
    if (auto saved = profiles.save(m_session, profile, m_clock.now()); !saved) {
        DialogRunner::warn(this, title, tr("The profile “%1” was not saved: %2").arg(name, saved.error().message));
        return;
    }
    // From now on the columns are that profile's, and it can be chosen for the next file.
    fillProfiles();
    m_ui->profileCombo->setCurrentIndex(m_ui->profileCombo->findText(name));
    m_ui->mappingTable->setMapping(ColumnMapping(profile, m_header));
    m_ui->profileSavedLabel->setText(
        tr("Saved as column layout “%1”: choose it under Column layout for the next file like this.").arg(name));
}

void ImportWizard::runInBackground(std::function<void()> work, std::function<void()> done, QProgressBar *bar)
{
    m_cancel = false;
    m_done = 0;
    m_total = 0;
    bar->setRange(0, 1000);
    bar->setValue(0);
    button(QWizard::BackButton)->setEnabled(false);
    button(QWizard::NextButton)->setEnabled(false);
    button(QWizard::FinishButton)->setEnabled(false);
    m_worker = QThread::create(std::move(work));
    m_worker->setObjectName(QStringLiteral("import-worker"));
    m_progressTimer = new QTimer(this);
    connect(m_progressTimer, &QTimer::timeout, this, [this, bar] {
        const qint64 total = m_total;
        if (total > 0)
            bar->setValue(static_cast<int>(1000 * m_done / total));
    });
    connect(m_worker, &QThread::finished, this, [this, bar, done = std::move(done)] {
        m_progressTimer->stop();
        m_progressTimer->deleteLater();
        m_progressTimer = nullptr;
        m_worker->deleteLater();
        m_worker = nullptr;
        bar->setValue(bar->maximum());
        button(QWizard::BackButton)->setEnabled(true);
        button(QWizard::NextButton)->setEnabled(true);
        button(QWizard::FinishButton)->setEnabled(true);
        done();
    });
    m_progressTimer->start(100);
    m_worker->start();
}

void ImportWizard::startCheck()
{
    m_checkRejects.clear();
    m_checkRows = 0;
    m_failure.clear();
    m_ui->checkSummary->setText(tr("Checking…"));
    const QString path = m_ui->pathEdit->text().trimmed();
    const QString format = m_ui->formatCombo->currentData().toString();
    const ImportProfile profile = readingProfile();
    const ImportProfile::Kind what = kind();
    runInBackground(
        [this, path, format, profile, what] {
            // A dry run over the file: the readers only, no database.
            if (what == ImportProfile::Kind::Signals) {
                auto source = openSignalFile(path, format, profile);
                m_failure = source ? drain<SignalRow>(**source, m_checkRejects, m_checkRows, m_done, m_total, m_cancel)
                                   : source.error().message;
            } else {
                auto source = openDischargeFile(path, profile);
                m_failure = source ? drain<DischargeRow>(**source, m_checkRejects, m_checkRows, m_done, m_total, m_cancel)
                                   : source.error().message;
            }
        },
        [this] {
            if (!m_failure.isEmpty()) {
                m_ui->checkSummary->setText(tr("The file cannot be imported: %1").arg(m_failure));
                button(QWizard::NextButton)->setEnabled(false);
            } else {
                m_ui->checkSummary->setText(tr("%1 rows can be imported; %2 rows will be skipped (below). Rows already "
                                               "imported earlier are recognised during the import and skipped as "
                                               "duplicates.")
                                                .arg(m_checkRows)
                                                .arg(m_checkRejects.size()));
            }
            showRejects(*m_ui->checkRejects, m_checkRejects);
            m_ui->saveRejectsButton->setEnabled(!m_checkRejects.isEmpty());
            Q_EMIT checkFinished();
        },
        m_ui->checkProgress);
}

void ImportWizard::startImport()
{
    m_summary = {};
    m_failure.clear();
    m_ui->runSummary->setText(tr("Importing…"));
    m_ui->cancelImportButton->setEnabled(true);
    const QString path = m_ui->pathEdit->text().trimmed();
    const QString format = m_ui->formatCombo->currentData().toString();
    const ImportProfile profile = readingProfile();
    const ImportProfile::Kind what = kind();
    const DatabaseLocation location = m_location;
    runInBackground(
        [this, path, format, profile, what, location] {
            auto db = openForWorker(location); // a connection belongs to the thread that opened it
            if (!db) {
                m_failure = db.error().message;
                return;
            }
            ImportService service(**db, m_clock, m_session);
            const ImportProgress progress = [this](qint64 done, qint64 total) {
                m_done = done;
                m_total = total;
                return !m_cancel.load();
            };
            const ImportOrigin origin{QFileInfo(path).fileName(),
                                      what == ImportProfile::Kind::Signals ? signalFormatName(path, format)
                                                                           : QStringLiteral("csv"),
                                      profile.name};
            Result<ImportSummary> result = Error{};
            if (what == ImportProfile::Kind::Signals) {
                auto source = openSignalFile(path, format, profile);
                result = source ? service.importSignals(**source, origin, progress) : Result<ImportSummary>(source.error());
            } else {
                auto source = openDischargeFile(path, profile);
                result = source ? service.importDischarges(**source, origin, progress) : Result<ImportSummary>(source.error());
            }
            if (!result) {
                m_failure = result.error().message;
                return;
            }
            m_summary = *result;
        },
        [this] {
            m_ui->cancelImportButton->setEnabled(false);
            if (!m_failure.isEmpty())
                m_ui->runSummary->setText(tr("Nothing was imported: %1").arg(m_failure));
            else if (m_summary.cancelled)
                m_ui->runSummary->setText(tr("The import was stopped; nothing was kept."));
            else {
                QString text = tr("Batch %1: %2 rows read, %3 imported (%4 matched to a household, %5 new "
                                  "households, %6 repeated signals), %7 duplicates skipped, %8 rows skipped "
                                  "(below).")
                                   .arg(m_summary.batch).arg(m_summary.read).arg(m_summary.imported)
                                   .arg(m_summary.matched).arg(m_summary.newHouseholds).arg(m_summary.repeated)
                                   .arg(m_summary.duplicates).arg(m_summary.rejected);
                // Discharge notices delivered again with changes, and older ones the new replaced.
                if (m_summary.updated > 0)
                    text += QLatin1Char(' ') + tr("%n notice(s) updated.", nullptr, m_summary.updated);
                if (m_summary.superseded > 0)
                    text += QLatin1Char(' ') + tr("%n older notice(s) superseded.", nullptr, m_summary.superseded);
                m_ui->runSummary->setText(text);
            }
            if (!m_summary.rulesError.isEmpty())
                m_ui->runSummary->setText(m_ui->runSummary->text() + QLatin1Char(' ') +
                                          tr("The signal rules could not evaluate the households: %1").arg(m_summary.rulesError));
            else if (m_summary.rulesEvaluated && !m_summary.households.isEmpty())
                m_ui->runSummary->setText(m_ui->runSummary->text() + QLatin1Char(' ') +
                                          tr("The signal rules evaluated %1 households: %n new flag(s).", nullptr,
                                             m_summary.flagsRaised)
                                              .arg(m_summary.households.size()));
            showRejects(*m_ui->runRejects, m_summary.rejects);
            m_ui->saveRejectsButton->setEnabled(!m_summary.rejects.isEmpty());
            Q_EMIT importFinished();
        },
        m_ui->runProgress);
}

void ImportWizard::showRejects(QTableWidget &table, const QList<Reject> &rejects)
{
    const int shown = static_cast<int>(std::min<qsizetype>(rejects.size(), rejectsShown));
    table.setRowCount(shown);
    for (int r = 0; r < shown; ++r) {
        const Reject &reject = rejects.at(r);
        table.setItem(r, 0, new QTableWidgetItem(reject.line > 0 ? QString::number(reject.line) : QString()));
        table.setItem(r, 1, new QTableWidgetItem(reject.column));
        table.setItem(r, 2, new QTableWidgetItem(reject.reason));
    }
}

void ImportWizard::saveRejects()
{
    const QList<Reject> &rejects = currentId() == RunPage ? m_summary.rejects : m_checkRejects;
    const QString target = FileDialog::getSaveFileName(this, tr("Save skipped rows"),
                                                       QFileInfo(m_ui->pathEdit->text()).completeBaseName() +
                                                           QStringLiteral("-overgeslagen.csv"),
                                                       tr("CSV files (*.csv)"));
    if (target.isEmpty())
        return;
    auto writer = RejectWriter::create(target);
    Result<void> written = writer ? (*writer)->write(QFileInfo(m_ui->pathEdit->text()).fileName(), rejects) : writer.error();
    if (written && writer)
        written = (*writer)->finish();
    (currentId() == RunPage ? m_ui->runSummary : m_ui->checkSummary)
        ->setText(written ? tr("%n skipped row(s) saved to %1.", nullptr, static_cast<int>(rejects.size())).arg(target)
                          : written.error().message);
}

void ImportWizard::reject()
{
    if (isBusy()) { // Cancel while working stops the work first: nothing is kept
        m_cancel = true;
        return;
    }
    QWizard::reject();
}

} // namespace vangnet
