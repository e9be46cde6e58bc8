#include "places/PlacesPage.h"

#include "DataChanges.h"

#include "ui_PlacesPage.h"

#include "BackgroundTask.h"
#include "FileDialog.h"
#include "places/PlaceKeys.h"
#include "places/PlacesModel.h"
#include "support/Clock.h"

#include <QHeaderView>
#include <QItemSelectionModel>

namespace vangnet {

PlacesPage::PlacesPage(const Database &db, const Session &session, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PlacesPage>()), m_location(db.location()), m_session(session),
      m_clock(clock), m_service(db, clock, m_session)
{
    m_ui->setupUi(this);
    setAccessibleName(tr("Places"));
    m_model = new PlacesModel(this);
    m_ui->placesTable->setModel(m_model);
    m_ui->placesTable->verticalHeader()->hide();
    m_ui->placesTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->placesTable->sortByColumn(PlacesModel::PlekId, Qt::AscendingOrder);
    m_ui->statusLabel->setTextFormat(Qt::PlainText);
    m_ui->countsLabel->setTextFormat(Qt::PlainText);
    m_ui->rejectsText->hide();

    m_ui->housingTypeFilter->addItem(tr("All housing types"));
    for (places::HousingType type : places::allHousingTypes())
        m_ui->housingTypeFilter->addItem(places::housingTypeLabel(type), int(type));
    m_ui->statusFilter->addItem(tr("All statuses"));
    for (places::PlaceStatus status : places::allPlaceStatuses()) {
        m_ui->statusFilter->addItem(places::placeStatusLabel(status), int(status));
        m_ui->newStatusCombo->addItem(places::placeStatusLabel(status), int(status));
    }
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &PlacesPage::applyFilter);
    connect(m_ui->housingTypeFilter, &QComboBox::currentIndexChanged, this, &PlacesPage::applyFilter);
    connect(m_ui->statusFilter, &QComboBox::currentIndexChanged, this, &PlacesPage::applyFilter);

    // Need-to-know applies to buttons too: who cannot manage places does not see how one would.
    const bool manages = m_session.can(Permission::ManagePlaces);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->importButton), static_cast<QWidget *>(m_ui->importProgress),
                       static_cast<QWidget *>(m_ui->newStatusCombo),
                       static_cast<QWidget *>(m_ui->changeStatusButton)})
        w->setVisible(manages);
    m_ui->importProgress->hide();
    if (manages) {
        m_task = new BackgroundTask(this);
        connect(m_ui->importButton, &QPushButton::clicked, this, &PlacesPage::importPlaces);
        connect(m_ui->changeStatusButton, &QPushButton::clicked, this, &PlacesPage::changeStatus);
        connect(m_ui->placesTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &PlacesPage::updateButtons);
        connect(m_model, &QAbstractItemModel::modelReset, this, &PlacesPage::updateButtons);
    }
    updateButtons();
}

PlacesPage::~PlacesPage() = default; // m_task, a child, cancels and waits for the import

void PlacesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded && !isImporting())
        refresh();
}

bool PlacesPage::isImporting() const
{
    return m_task && m_task->isRunning();
}

void PlacesPage::refresh()
{
    m_loaded = true;
    auto places = m_service.list();
    if (!places) {
        showStatus(tr("The places could not be read: %1").arg(places.error().message), true);
        return;
    }
    m_model->setPlaces(*places);
    m_ui->placesTable->resizeColumnsToContents();
    showCounts();
}

void PlacesPage::applyFilter()
{
    const QString selected = [this] {
        const places::Place *place = m_model->itemAt(m_ui->placesTable->currentIndex());
        return place ? place->details.plekId : QString();
    }();
    std::optional<places::HousingType> type;
    if (const QVariant key = m_ui->housingTypeFilter->currentData(); key.isValid())
        type = places::HousingType(key.toInt());
    std::optional<places::PlaceStatus> status;
    if (const QVariant key = m_ui->statusFilter->currentData(); key.isValid())
        status = places::PlaceStatus(key.toInt());
    m_model->setFilter(m_ui->filterEdit->text(), type, status);
    if (!selected.isEmpty())
        selectPlace(selected);
    showCounts();
}

void PlacesPage::showCounts()
{
    QStringList parts;
    for (places::PlaceStatus status : places::allPlaceStatuses()) {
        const auto count = std::count_if(m_model->allPlaces().cbegin(), m_model->allPlaces().cend(),
                                         [status](const places::Place &p) { return p.status == status; });
        parts << QStringLiteral("%1 %2").arg(places::placeStatusLabel(status).toLower()).arg(count);
    }
    const int shown = m_model->rowCount();
    const int total = int(m_model->allPlaces().size());
    const QString line = parts.join(QStringLiteral(" · "));
    m_ui->countsLabel->setText(shown == total ? tr("%n place(s): %1", nullptr, total).arg(line)
                                              : tr("%1 of %n place(s) shown: %2", nullptr, total).arg(shown).arg(line));
}

QString PlacesPage::countsText() const
{
    return m_ui->countsLabel->text();
}

QString PlacesPage::statusText() const
{
    return m_ui->statusLabel->text();
}

QString PlacesPage::rejectsText() const
{
    return m_ui->rejectsText->toPlainText();
}

void PlacesPage::showStatus(const QString &text, bool problem)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
}

bool PlacesPage::selectPlace(const QString &plekId)
{
    const QModelIndex index = m_model->indexOf(plekId);
    if (!index.isValid())
        return false;
    m_ui->placesTable->setCurrentIndex(index);
    m_ui->placesTable->selectionModel()->select(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->placesTable->scrollTo(index);
    return true;
}

void PlacesPage::updateButtons()
{
    const bool importing = isImporting();
    m_ui->importButton->setEnabled(!importing);
    const bool selected = m_model->itemAt(m_ui->placesTable->currentIndex()) != nullptr;
    m_ui->changeStatusButton->setEnabled(selected && !importing);
    m_ui->newStatusCombo->setEnabled(selected && !importing);
    if (const places::Place *place = m_model->itemAt(m_ui->placesTable->currentIndex()))
        m_ui->newStatusCombo->setCurrentIndex(m_ui->newStatusCombo->findData(int(place->status)));
}

void PlacesPage::importPlaces()
{
    if (!m_task || isImporting())
        return;
    const QString path = FileDialog::getOpenFileName(this, tr("Import places"),
                                                     tr("Place files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    m_summary.reset();
    m_importError.clear();
    m_ui->rejectsText->clear();
    m_ui->rejectsText->hide();
    // importFile is one transaction that reports no progress, so a busy bar and no Stop button.
    m_ui->importProgress->setRange(0, 0);
    m_ui->importProgress->show();
    showStatus(tr("Importing %1…").arg(path));
    const DatabaseLocation location = m_location;
    m_task->start(
        [this, location, path] {
            auto worker = openForWorker(location);
            if (!worker) {
                m_importError = worker.error().message;
                return;
            }
            auto summary = places::PlaceService(**worker, m_clock, m_session).importFile(path);
            if (summary)
                m_summary = std::move(summary).value();
            else
                m_importError = summary.error().message;
        },
        [this] { onImported(); }, nullptr);
    updateButtons();
}

void PlacesPage::onImported()
{
    m_ui->importProgress->hide();
    if (!m_summary) {
        showStatus(tr("The file was not imported: %1").arg(m_importError), true);
    } else {
        const places::PlaceImportSummary &s = *m_summary;
        showStatus(tr("%1 added, %2 updated, %3 unchanged, %4 rejected.")
                       .arg(s.inserted)
                       .arg(s.updated)
                       .arg(s.unchanged)
                       .arg(s.rejected),
                   s.rejected > 0);
        QStringList lines;
        for (const importing::Reject &r : s.rejects) {
            lines << (r.column.isEmpty() ? tr("line %1: %2").arg(r.line).arg(r.reason)
                                         : tr("line %1, %2: %3").arg(r.line).arg(r.column, r.reason));
        }
        m_ui->rejectsText->setPlainText(lines.join(QLatin1Char('\n')));
        m_ui->rejectsText->setVisible(!lines.isEmpty());
        refresh();
        if (s.inserted > 0 || s.updated > 0)
            Q_EMIT placesChanged();
    }
    updateButtons();
    Q_EMIT importFinished();
}

void PlacesPage::changeStatus()
{
    const places::Place *place = m_model->itemAt(m_ui->placesTable->currentIndex());
    if (!place || isImporting())
        return;
    const QString plekId = place->details.plekId;
    const auto status = places::PlaceStatus(m_ui->newStatusCombo->currentData().toInt());
    if (status == place->status) {
        showStatus(tr("%1 already has status %2.").arg(plekId, places::placeStatusLabel(status)));
        return;
    }
    if (auto changed = m_service.setStatus(plekId, status); !changed) {
        showStatus(tr("The status of %1 was not changed: %2").arg(plekId, changed.error().message), true);
        return;
    }
    refresh();
    selectPlace(plekId);
    showStatus(tr("%1 now has status %2.").arg(plekId, places::placeStatusLabel(status)));
    Q_EMIT placesChanged();
}

void PlacesPage::setDataChanges(DataChanges &changes)
{
    connect(this, &PlacesPage::placesChanged, &changes, [this, &changes] {
        m_publishing = true; // shown here already
        changes.publish(DataKind::Places);
        m_publishing = false;
    });
    // A placement (planner) or a colleague's import or status: read again, unless an import runs.
    connect(&changes, &DataChanges::changed, this, [this](DataKind kind) {
        if ((kind == DataKind::Places || kind == DataKind::PlanRuns) && !m_publishing && !isImporting())
            refresh();
    });
}

} // namespace vangnet
