#include "plans/PlannerPage.h"

#include "ui_PlannerPage.h"

#include "BackgroundTask.h"
#include "DataChanges.h"
#include "plans/PlanEntriesModel.h"
#include "plans/PlanStepDialogs.h"
#include "support/Clock.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QSortFilterProxyModel>

namespace vangnet {

using plans::EntryStatus;
using plans::PlanEntry;

namespace {

QString runLabel(const plans::PlanRunSummary &run)
{
    const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
    return PlannerPage::tr("Run %1 — plan date %2, horizon %3 days, by %4 on %5")
        .arg(run.id)
        .arg(run.asOf.toString(QStringLiteral("dd-MM-yyyy")))
        .arg(run.horizonDays)
        .arg(run.runBy, dutch.toString(run.runAt.toLocalTime(), QStringLiteral("dd-MM-yyyy HH:mm")));
}

} // namespace

PlannerPage::PlannerPage(const Database &db, const Session &session, const Clock &clock, DataChanges &changes,
                         QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PlannerPage>()), m_location(db.location()), m_session(session),
      m_clock(clock), m_changes(changes), m_runs(db, clock, m_session), m_workflow(db, clock, m_session)
{
    m_ui->setupUi(this);
    setAccessibleName(tr("Planner"));
    m_model = new PlanEntriesModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PlanEntriesModel::SortRole);
    m_ui->entriesTable->setModel(m_proxy);
    m_ui->entriesTable->verticalHeader()->hide();
    m_ui->entriesTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->statusLabel->setTextFormat(Qt::PlainText);
    m_ui->resultSplitter->setStretchFactor(0, 3);
    m_ui->resultSplitter->setStretchFactor(1, 2);

    m_ui->summaryTable->setColumnCount(3);
    m_ui->summaryTable->setRowCount(planner::tierCount);
    m_ui->summaryTable->setHorizontalHeaderLabels({tr("Optimal plan"), tr("Greedy"), tr("More than greedy")});
    QStringList tiers;
    for (planner::Tier tier : planner::allTiers)
        tiers << planner::tierKey(tier);
    m_ui->summaryTable->setVerticalHeaderLabels(tiers);
    m_ui->summaryTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->summaryTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->summaryTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->summaryTable->setFixedHeight(m_ui->summaryTable->horizontalHeader()->sizeHint().height()
                                       + planner::tierCount * m_ui->summaryTable->verticalHeader()->defaultSectionSize()
                                       + 2 * m_ui->summaryTable->frameWidth());

    for (auto filter : {PlanEntriesModel::Filter::All, PlanEntriesModel::Filter::Proposed,
                        PlanEntriesModel::Filter::NotPlaced, PlanEntriesModel::Filter::InProgress,
                        PlanEntriesModel::Filter::OwnTeam})
        m_ui->filterCombo->addItem(PlanEntriesModel::filterLabel(filter), int(filter));
    connect(m_ui->filterCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setFilter(PlanEntriesModel::Filter(m_ui->filterCombo->currentData().toInt()));
        showSelected();
        updateButtons();
    });
    connect(m_ui->runCombo, &QComboBox::activated, this,
            [this](int index) { loadRun(m_ui->runCombo->itemData(index).toLongLong()); });
    connect(m_ui->entriesTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showSelected();
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        showSelected();
        updateButtons();
    });

    // Need-to-know for buttons: running and approving is the team lead's (ApprovePlacements).
    const bool plans = m_session.can(Permission::ApprovePlacements);
    m_ui->newRunBox->setVisible(plans);
    m_ui->approveButton->setVisible(plans);
    m_ui->runProgress->hide();
    m_ui->stopButton->hide();
    if (plans) {
        m_ui->asOfEdit->setDate(m_clock.today());
        m_task = new BackgroundTask(this);
        connect(m_ui->runButton, &QPushButton::clicked, this, &PlannerPage::runPlanner);
        connect(m_ui->stopButton, &QPushButton::clicked, this, [this] {
            m_task->cancel();
            showStatus(tr("Stopping the plan run…"));
        });
        connect(m_ui->approveButton, &QPushButton::clicked, this, &PlannerPage::approveSelected);
        connect(m_ui->pinButton, &QPushButton::clicked, this, [this] {
            if (const auto plekId = askPinPlace(this))
                pinSelected(*plekId);
        });
    }
    m_ui->pinButton->setVisible(plans);
    connect(m_ui->excludeButton, &QPushButton::clicked, this, &PlannerPage::excludeSelected);
    connect(m_ui->offerButton, &QPushButton::clicked, this, &PlannerPage::offerSelected);
    connect(m_ui->acceptButton, &QPushButton::clicked, this, &PlannerPage::acceptSelected);
    connect(m_ui->declineButton, &QPushButton::clicked, this, [this] {
        if (const auto reason = askDeclineReason(this))
            declineSelected(*reason);
    });
    connect(m_ui->placeButton, &QPushButton::clicked, this, [this] {
        if (const auto day = askPlacedOn(this, m_clock.today()))
            placeSelected(*day);
    });
    connect(m_ui->openHouseholdButton, &QPushButton::clicked, this, [this] {
        if (const PlanEntry *entry = selected())
            Q_EMIT householdRequested(entry->householdId);
    });
    connect(m_ui->entriesTable, &QAbstractItemView::doubleClicked, this, [this] {
        if (const PlanEntry *entry = selected(); entry && !entry->restricted)
            Q_EMIT householdRequested(entry->householdId);
    });
    connect(&m_changes, &DataChanges::changed, this, [this](DataKind kind) { onDataChanged(kind); });
    updateButtons();
}

PlannerPage::~PlannerPage() = default; // m_task, a child, cancels and waits for the run

void PlannerPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded && !isRunning())
        refresh();
}

bool PlannerPage::isRunning() const
{
    return m_task && m_task->isRunning();
}

void PlannerPage::onDataChanged(DataKind kind)
{
    if (m_publishing || !m_loaded)
        return;
    // Steps of other pages (a placement on a case, a place's status) move entries' statuses.
    if (kind == DataKind::PlanRuns || kind == DataKind::Places)
        refresh();
}

void PlannerPage::refresh()
{
    m_loaded = true;
    loadNotCandidates();
    auto runs = m_runs.runs();
    if (!runs) {
        showStatus(tr("The plan runs could not be read: %1").arg(runs.error().message), true);
        return;
    }
    m_summaries = *runs;
    const qint64 keep = m_runId;
    m_ui->runCombo->clear();
    for (const plans::PlanRunSummary &run : m_summaries)
        m_ui->runCombo->addItem(runLabel(run), run.id);
    if (m_summaries.isEmpty()) {
        m_ui->runCombo->addItem(tr("No plan run yet"));
        m_ui->runCombo->setEnabled(false);
        m_runId = 0;
        m_model->setEntries({});
        showSummary(std::nullopt);
        return;
    }
    m_ui->runCombo->setEnabled(true);
    const bool known = std::any_of(m_summaries.cbegin(), m_summaries.cend(),
                                   [keep](const plans::PlanRunSummary &r) { return r.id == keep; });
    loadRun(known ? keep : m_summaries.first().id);
}

void PlannerPage::loadNotCandidates()
{
    m_ui->notCandidatesList->clear();
    auto holders = m_runs.notCandidates();
    if (!holders) {
        m_ui->notCandidatesList->addItem(tr("Could not be read: %1").arg(holders.error().message));
        return;
    }
    for (const plans::NeedHolder &h : *holders)
        m_ui->notCandidatesList->addItem(
            tr("Household %1 — %2").arg(h.householdId).arg(plans::standingLabel(h.standing)));
    if (holders->isEmpty())
        m_ui->notCandidatesList->addItem(tr("None: every household of your team with a housing need is a candidate."));
}

QStringList PlannerPage::notCandidatesText() const
{
    QStringList lines;
    for (int i = 0; i < m_ui->notCandidatesList->count(); ++i)
        lines << m_ui->notCandidatesList->item(i)->text();
    return lines;
}

bool PlannerPage::showRun(qint64 runId)
{
    const int index = m_ui->runCombo->findData(runId);
    if (index < 0)
        return false;
    loadRun(runId);
    return true;
}

void PlannerPage::loadRun(qint64 runId)
{
    if (runId == 0)
        return;
    const qint64 selectedEntry = (m_runId == runId && selected()) ? selected()->id : 0;
    auto entries = m_runs.entries(runId);
    if (!entries) {
        showStatus(tr("Plan run %1 could not be read: %2").arg(runId).arg(entries.error().message), true);
        return;
    }
    m_runId = runId;
    m_ui->runCombo->setCurrentIndex(m_ui->runCombo->findData(runId));
    m_model->setEntries(*entries);
    m_ui->entriesTable->resizeColumnsToContents();
    for (const plans::PlanRunSummary &run : m_summaries) {
        if (run.id == runId)
            showSummary(run);
    }
    if (selectedEntry) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(selectedEntry));
        if (index.isValid())
            m_ui->entriesTable->setCurrentIndex(index);
    }
}

void PlannerPage::showSummary(const std::optional<plans::PlanRunSummary> &summary)
{
    for (planner::Tier tier : planner::allTiers) {
        const int row = int(planner::tierIndex(tier));
        const qint64 optimal = summary ? summary->placedByTier[planner::tierIndex(tier)] : 0;
        const qint64 greedy = summary ? summary->greedyPlacedByTier[planner::tierIndex(tier)] : 0;
        const QStringList cells{summary ? QString::number(optimal) : QString(),
                                summary ? QString::number(greedy) : QString(),
                                summary ? QLocale(QLocale::Dutch).toString(optimal - greedy) : QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_ui->summaryTable->setItem(row, column, item);
        }
    }
    m_ui->summaryTable->setToolTip(summaryText());
}

QString PlannerPage::summaryText() const
{
    QStringList lines;
    for (planner::Tier tier : planner::allTiers) {
        const int row = int(planner::tierIndex(tier));
        const QTableWidgetItem *optimal = m_ui->summaryTable->item(row, 0);
        const QTableWidgetItem *greedy = m_ui->summaryTable->item(row, 1);
        if (!optimal || optimal->text().isEmpty())
            continue;
        lines << tr("%1: optimal: %2 placed, greedy: %3").arg(planner::tierKey(tier), optimal->text(), greedy->text());
    }
    return lines.join(QLatin1Char('\n'));
}

const PlanEntry *PlannerPage::selected() const
{
    return m_model->entryAt(m_proxy->mapToSource(m_ui->entriesTable->currentIndex()));
}

bool PlannerPage::selectHousehold(qint64 householdId)
{
    for (const PlanEntry &entry : m_model->allEntries()) {
        if (entry.householdId != householdId)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(entry.id));
        if (!index.isValid())
            return false;
        m_ui->entriesTable->setCurrentIndex(index);
        m_ui->entriesTable->scrollTo(index);
        return true;
    }
    return false;
}

void PlannerPage::showSelected()
{
    const PlanEntry *entry = selected();
    if (!entry) {
        m_ui->explanationText->setPlainText(
            m_runId ? tr("Select a household to read why it got its place, or why not.") : QString());
        return;
    }
    if (entry->restricted) {
        m_ui->explanationText->setPlainText(
            tr("Household %1 belongs to another team: you see its tier (%2) and status (%3) only.")
                .arg(entry->householdId)
                .arg(planner::tierKey(entry->tier), plans::entryStatusLabel(entry->status)));
        return;
    }
    QString text = entry->explanation;
    if (entry->status == EntryStatus::Declined && !entry->declineReason.isEmpty())
        text += QLatin1String("\n\n") + tr("Declined: %1").arg(entry->declineReason);
    if (!entry->updatedBy.isEmpty())
        text += QLatin1String("\n\n")
            + tr("Status %1, last changed by %2 on %3.")
                  .arg(plans::entryStatusLabel(entry->status), entry->updatedBy,
                       entry->updatedAt.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm")));
    m_ui->explanationText->setPlainText(text);
}

QString PlannerPage::explanationText() const
{
    return m_ui->explanationText->toPlainText();
}

void PlannerPage::updateButtons()
{
    const PlanEntry *entry = selected();
    const bool running = isRunning();
    const bool own = entry && !entry->restricted && !running;
    const auto is = [entry](EntryStatus s) { return entry && entry->status == s; };
    m_ui->approveButton->setEnabled(own && is(EntryStatus::Proposed));
    m_ui->offerButton->setEnabled(own && is(EntryStatus::Approved));
    m_ui->acceptButton->setEnabled(own && is(EntryStatus::Offered));
    m_ui->declineButton->setEnabled(own && is(EntryStatus::Offered));
    m_ui->placeButton->setEnabled(own && is(EntryStatus::Accepted));
    m_ui->openHouseholdButton->setEnabled(own);
    m_ui->pinButton->setEnabled(own);
    m_ui->excludeButton->setEnabled(own && !entry->plekId.isEmpty() && !entry->pinned
                                    && (is(EntryStatus::Proposed) || is(EntryStatus::Superseded)));
    if (m_task) {
        m_ui->runButton->setEnabled(!running);
        m_ui->asOfEdit->setEnabled(!running);
        m_ui->horizonSpin->setEnabled(!running);
    }
}

void PlannerPage::step(const std::function<Result<PlanEntry>(qint64)> &move, const QString &done)
{
    const PlanEntry *entry = selected();
    if (!entry)
        return;
    auto moved = move(entry->id);
    if (!moved) {
        showStatus(moved.error().message, true);
        return;
    }
    m_model->replace(*moved);
    selectHousehold(moved->householdId);
    showStatus(done.arg(moved->householdId));
    m_publishing = true;
    m_changes.publish(DataKind::PlanRuns, {moved->householdId});
    m_publishing = false;
}

void PlannerPage::approveSelected()
{
    step([this](qint64 id) { return m_workflow.approve(id); }, tr("The proposal for household %1 is approved."));
}

void PlannerPage::offerSelected()
{
    step([this](qint64 id) { return m_workflow.offer(id); }, tr("The place is offered to household %1."));
}

void PlannerPage::acceptSelected()
{
    step([this](qint64 id) { return m_workflow.accept(id); }, tr("Household %1 accepted the place."));
}

void PlannerPage::declineSelected(const QString &reason)
{
    step([this, reason](qint64 id) { return m_workflow.decline(id, reason); },
         tr("Household %1 declined; later runs will not propose this place to it again."));
}

void PlannerPage::placeSelected(const QDate &placedOn)
{
    step([this, placedOn](qint64 id) { return m_workflow.place(id, placedOn); },
         tr("Household %1 is placed; the place's capacity is taken."));
}

void PlannerPage::decide(const Result<void> &done, qint64 householdId, const QString &text)
{
    if (!done) {
        showStatus(done.error().message, true);
        return;
    }
    showStatus(text);
    m_publishing = true;
    m_changes.publish(DataKind::PlanRuns, {householdId});
    m_publishing = false;
}

void PlannerPage::pinSelected(const QString &plekId)
{
    if (const PlanEntry *entry = selected())
        decide(m_workflow.pin(entry->householdId, plekId), entry->householdId,
               tr("Household %1 is pinned to %2: the next run places it there.").arg(entry->householdId).arg(plekId));
}

void PlannerPage::excludeSelected()
{
    const PlanEntry *entry = selected();
    if (!entry || entry->plekId.isEmpty())
        return;
    decide(m_workflow.exclude(entry->householdId, entry->plekId), entry->householdId,
           tr("Later runs will not propose %1 to household %2.").arg(entry->plekId).arg(entry->householdId));
}

void PlannerPage::runPlanner()
{
    if (!m_task || isRunning())
        return;
    const plans::PlanParameters parameters{m_ui->asOfEdit->date(), m_ui->horizonSpin->value()};
    m_stored.reset();
    m_runError.clear();
    m_runCancelled = false;
    m_ui->runProgress->setRange(0, 0);
    m_ui->runProgress->show();
    m_ui->stopButton->show();
    showStatus(tr("Planning…"));
    const DatabaseLocation location = m_location;
    BackgroundTask *task = m_task;
    m_task->start(
        [this, location, parameters, task] {
            auto worker = openForWorker(location);
            if (!worker) {
                m_runError = worker.error().message;
                return;
            }
            auto stored = plans::PlanRunService(**worker, m_clock, m_session)
                              .run(parameters, [task](int done, int total) { return task->progress(done, total); });
            if (stored)
                m_stored = std::move(stored).value();
            else if (task->cancelled())
                m_runCancelled = true;
            else
                m_runError = stored.error().message;
        },
        [this] { onRunFinished(); }, m_ui->runProgress);
    updateButtons();
}

void PlannerPage::onRunFinished()
{
    m_ui->runProgress->hide();
    m_ui->stopButton->hide();
    if (m_runCancelled) {
        showStatus(tr("The plan run was stopped; nothing was stored."));
    } else if (!m_runError.isEmpty()) {
        showStatus(m_runError, true);
    } else if (m_stored) {
        m_runId = m_stored->id;
        refresh();
        qint64 optimal = 0;
        qint64 greedy = 0;
        for (planner::Tier tier : planner::allTiers) {
            optimal += m_stored->placedByTier[planner::tierIndex(tier)];
            greedy += m_stored->greedyPlacedByTier[planner::tierIndex(tier)];
        }
        showStatus(tr("Run %1 stored: %2 candidates, %3 places; optimal: %4 placed, greedy: %5.")
                       .arg(m_stored->id)
                       .arg(m_stored->candidates)
                       .arg(m_stored->places)
                       .arg(optimal)
                       .arg(greedy));
        m_publishing = true;
        m_changes.publish(DataKind::PlanRuns);
        m_publishing = false;
    }
    updateButtons();
    Q_EMIT runFinished();
}

QString PlannerPage::statusText() const
{
    return m_ui->statusLabel->text();
}

void PlannerPage::showStatus(const QString &text, bool problem)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace vangnet
