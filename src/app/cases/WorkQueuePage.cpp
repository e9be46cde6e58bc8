#include "cases/WorkQueuePage.h"

#include "ui_WorkQueuePage.h"

#include "BackgroundTask.h"
#include "DataChanges.h"
#include "DialogRunner.h"
#include "cases/CaseText.h"
#include "cases/CaseWindows.h"
#include "cases/ContactAttemptDialog.h"
#include "cases/QueueAssignment.h"
#include "cases/WorkQueueModel.h"
#include "exports/ListExporter.h"
#include "rules/SeverityText.h"
#include "storage/Database.h"
#include "support/Clock.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QShortcut>

namespace vangnet {

using cases::QueueFilter;
using cases::QueueItem;

WorkQueuePage::WorkQueuePage(const Database &db, const Session &session, const Clock &clock, CaseWindows &windows,
                             QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::WorkQueuePage>()), m_db(db), m_session(session), m_clock(clock),
      m_windows(windows), m_queue(db, clock, m_session), m_cases(db, clock, m_session)
{
    m_ui->setupUi(this);
    m_model = new WorkQueueModel(this);
    m_model->setQueue(&m_queue);
    m_task = new BackgroundTask(this);
    m_exporter = new ListExporter(db, m_session, clock, this);

    QTableView *view = m_ui->tableView;
    view->setModel(m_model);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->setIconSize(QSize(16, 16));
    QHeaderView *header = view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    const int em = view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const std::pair<int, int> widths[] = {
        {WorkQueueModel::Priority, 6 * em},      {WorkQueueModel::Household, 12 * em},
        {WorkQueueModel::Wijk, 10 * em},         {WorkQueueModel::TopFlag, 14 * em},
        {WorkQueueModel::Status, 10 * em},       {WorkQueueModel::Assignee, 11 * em},
        {WorkQueueModel::NextDeadline, 32 * em}, {WorkQueueModel::OpenSignals, 5 * em},
    };
    for (const auto &[column, width] : widths) // never narrower than the (translated) header
        header->resizeSection(column, std::max(width, header->sectionSizeHint(column)));
    header->setSectionResizeMode(WorkQueueModel::TopFlag, QHeaderView::Stretch);

    m_ui->severityCombo->addItem(tr("All severities"), 0);
    for (int severity = 1; severity <= 4; ++severity)
        m_ui->severityCombo->addItem(severity == 4 ? SeverityText::label(severity)
                                                   : tr("%1 or higher").arg(SeverityText::label(severity)),
                                     severity);
    m_ui->severityCombo->view()->setAccessibleName(tr("Severities"));
    m_ui->wijkCombo->view()->setAccessibleName(tr("Districts"));
    m_ui->wijkCombo->addItem(tr("All districts"), QString());
    m_ui->busyBar->setMaximumWidth(100);
    m_ui->busyBar->hide();
    m_ui->assignButton->setVisible(session.can(Permission::AssignCases));
    m_ui->messageLabel->setTextFormat(Qt::PlainText);

    for (QPushButton *scope : {m_ui->teamButton, m_ui->mineButton, m_ui->unassignedButton})
        connect(scope, &QPushButton::toggled, this, [this](bool on) {
            if (on)
                applyFilter();
        });
    connect(m_ui->wijkCombo, &QComboBox::currentIndexChanged, this, &WorkQueuePage::applyFilter);
    connect(m_ui->severityCombo, &QComboBox::currentIndexChanged, this, &WorkQueuePage::applyFilter);
    connect(m_ui->overdueCheck, &QCheckBox::toggled, this, &WorkQueuePage::applyFilter);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &WorkQueuePage::reload);
    connect(m_ui->takeButton, &QPushButton::clicked, this, &WorkQueuePage::take);
    connect(m_ui->assignButton, &QPushButton::clicked, this, &WorkQueuePage::assignSelected);
    connect(m_ui->attemptButton, &QPushButton::clicked, this, &WorkQueuePage::quickAttempt);
    connect(m_ui->openButton, &QPushButton::clicked, this, &WorkQueuePage::openSelected);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &WorkQueuePage::exportList);
    connect(m_exporter, &ListExporter::runningChanged, m_ui->exportButton, &QWidget::setDisabled);
    // Double-click or Enter opens the case (not "activated": on some desktops one click activates).
    connect(view, &QTableView::doubleClicked, this, &WorkQueuePage::openSelected);
    for (const QKeySequence &key : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto *open = new QShortcut(key, view);
        open->setContext(Qt::WidgetShortcut);
        connect(open, &QShortcut::activated, this, &WorkQueuePage::openSelected);
    }
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &WorkQueuePage::updateButtons);
    updateButtons();
    reload();
}

WorkQueuePage::~WorkQueuePage() = default;

bool WorkQueuePage::isLoading() const
{
    return m_task->isRunning();
}

void WorkQueuePage::reload()
{
    if (m_task->isRunning()) {
        m_loadAgain = true; // the running load may have read before the change
        return;
    }
    rememberSelection();
    m_model->refreshRows(); // the lines shown are read afresh at once; their keys follow
    m_ui->busyBar->show();
    m_ui->countLabel->setText(tr("Loading…"));
    m_ui->refreshButton->setEnabled(false);
    m_loadError.clear();
    m_loading = {};
    // The first time, the first lines of the scope the page opens with come first: the whole
    // queue of a city team takes seconds (docs/performance.md, "Work queue").
    const bool headFirst = !m_haveLines;
    const QueueFilter::Scope scope = filter().scope;
    const DatabaseLocation location = m_db.location();
    m_task->start(
        [this, location, headFirst, scope] {
            auto worker = openForWorker(location);
            if (!worker) {
                m_loadError = worker.error().message;
                return;
            }
            const cases::WorkQueue queue(**worker, m_clock, m_session);
            if (headFirst) {
                auto head = queue.head(scope, WorkQueueModel::PageSize);
                if (!head) {
                    m_loadError = head.error().message;
                    return;
                }
                if (head->complete) {
                    m_loading = std::move(head).value();
                    return;
                }
                auto shared = std::make_shared<cases::QueueIndex>(std::move(head).value());
                QMetaObject::invokeMethod(this, [this, shared] { onHead(std::move(*shared)); }, Qt::QueuedConnection);
            }
            auto index = queue.index(); // the same day as the head: both ask the clock
            if (index)
                m_loading = std::move(index).value();
            else
                m_loadError = index.error().message;
        },
        [this] { onLoaded(); }, nullptr);
}

void WorkQueuePage::onHead(cases::QueueIndex head)
{
    if (m_haveLines)
        return; // the whole queue is in already
    replaceIndex(std::move(head));
    Q_EMIT firstLinesShown();
}

void WorkQueuePage::onLoaded()
{
    if (m_loadAgain) {
        m_loadAgain = false;
        reload();
        return;
    }
    m_ui->busyBar->hide();
    m_ui->refreshButton->setEnabled(true);
    if (!m_loadError.isEmpty()) {
        showMessage(tr("The work queue could not be loaded: %1").arg(m_loadError), true);
    } else {
        replaceIndex(std::move(m_loading));
        m_loading = {};
        m_haveLines = true;
    }
    Q_EMIT loaded();
}

void WorkQueuePage::replaceIndex(cases::QueueIndex index)
{
    QTableView *view = m_ui->tableView;
    const cases::QueueKey *top = m_model->keyAt(view->rowAt(0));
    const qint64 topHousehold = top ? top->householdId : 0;
    m_index = std::move(index);
    fillDistricts();
    applyFilter();
    // The line that was at the top stays there: the lines before it may have grown meanwhile.
    if (const QModelIndex at = m_model->indexOf(topHousehold); at.isValid())
        view->scrollTo(at, QAbstractItemView::PositionAtTop);
}

void WorkQueuePage::fillDistricts()
{
    const QString current = m_ui->wijkCombo->currentData().toString();
    const QSignalBlocker blocker(m_ui->wijkCombo);
    m_ui->wijkCombo->clear();
    m_ui->wijkCombo->addItem(tr("All districts"), QString());
    for (const QString &wijk : cases::WorkQueue::wijken(m_index))
        m_ui->wijkCombo->addItem(wijk, wijk);
    m_ui->wijkCombo->setCurrentIndex(std::max(0, m_ui->wijkCombo->findData(current)));
}

QueueFilter WorkQueuePage::filter() const
{
    QueueFilter f;
    f.scope = m_ui->mineButton->isChecked()         ? QueueFilter::Scope::Mine
              : m_ui->unassignedButton->isChecked() ? QueueFilter::Scope::Unassigned
                                                    : QueueFilter::Scope::Team;
    f.wijk = m_ui->wijkCombo->currentData().toString();
    f.minSeverity = m_ui->severityCombo->currentData().toInt();
    f.overdueOnly = m_ui->overdueCheck->isChecked();
    return f;
}

void WorkQueuePage::setScope(QueueFilter::Scope scope)
{
    QPushButton *button = scope == QueueFilter::Scope::Mine         ? m_ui->mineButton
                          : scope == QueueFilter::Scope::Unassigned ? m_ui->unassignedButton
                                                                    : m_ui->teamButton;
    button->setChecked(true);
}

void WorkQueuePage::rememberSelection()
{
    if (!m_keepSelected.isEmpty())
        return;
    for (int row : selectedRows())
        if (const cases::QueueKey *key = m_model->keyAt(row))
            m_keepSelected << key->householdId;
}

void WorkQueuePage::applyFilter()
{
    rememberSelection();
    const QueueFilter f = filter();
    // The first lines of "Mine" are no beginning of the team's or the unassigned lines: those
    // wait for the whole queue. The team's first lines are the beginning of every filter.
    if (m_index.onlyMine && f.scope != QueueFilter::Scope::Mine) {
        cases::QueueIndex none = m_index;
        none.keys.clear();
        m_model->setKeys(std::move(none));
    } else {
        m_model->setKeys(m_queue.filtered(m_index, f));
    }
    selectHouseholds(m_keepSelected);
    m_keepSelected.clear();
    showCounts();
    updateButtons();
}

void WorkQueuePage::showCounts()
{
    if (!m_index.complete) {
        m_ui->countLabel->setText(tr("First %n line(s); loading the rest…", nullptr, m_model->rowCount()));
        return;
    }
    // Each button counts what it would show under the other filters now set.
    QueueFilter others = filter();
    others.scope = QueueFilter::Scope::Team;
    m_counts = m_queue.counts(m_queue.filtered(m_index, others));
    QueueFilter withoutOverdue = filter();
    withoutOverdue.overdueOnly = false;
    const cases::QueueCounts scoped = m_queue.counts(m_queue.filtered(m_index, withoutOverdue));
    m_counts.overdue = scoped.overdue;
    m_counts.dueSoon = scoped.dueSoon;
    m_ui->teamButton->setText(tr("Team (%1)").arg(m_counts.team));
    m_ui->mineButton->setText(tr("Mine (%1)").arg(m_counts.mine));
    m_ui->unassignedButton->setText(tr("Unassigned (%1)").arg(m_counts.unassigned));
    m_ui->overdueCheck->setText(tr("&Overdue only (%1)").arg(m_counts.overdue));
    const int shown = m_model->rowCount();
    const int all = totalCount();
    m_ui->countLabel->setText(shown == all ? tr("%n line(s)", nullptr, shown)
                                           : tr("%n line(s) of %1", nullptr, shown).arg(all));
}

QList<int> WorkQueuePage::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_ui->tableView->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

QList<QueueItem> WorkQueuePage::selectedItems() const
{
    return m_model->itemsAt(selectedRows());
}

bool WorkQueuePage::selectHouseholds(const QList<qint64> &householdIds)
{
    QItemSelection selection;
    bool all = true;
    QModelIndex first;
    for (qint64 id : householdIds) {
        const QModelIndex index = m_model->indexOf(id);
        if (!index.isValid()) {
            all = false;
            continue;
        }
        if (!first.isValid())
            first = index;
        selection.select(index, index.siblingAtColumn(WorkQueueModel::ColumnCount - 1));
    }
    QItemSelectionModel *model = m_ui->tableView->selectionModel();
    model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (first.isValid()) {
        model->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_ui->tableView->scrollTo(first);
    }
    updateButtons();
    return all && !householdIds.isEmpty();
}

void WorkQueuePage::updateButtons()
{
    // From the keys: a selection of thousands of lines reads no rows.
    const QList<int> rows = selectedRows();
    const cases::QueueKey *key = rows.size() == 1 ? m_model->keyAt(rows.first()) : nullptr;
    const bool free = key && (!key->hasCase || key->assigneeId == 0);
    m_ui->takeButton->setEnabled(free && key->assigneeId != m_session.user().id);
    m_ui->assignButton->setEnabled(!rows.isEmpty());
    m_ui->attemptButton->setEnabled(rows.size() == 1);
    m_ui->openButton->setEnabled(rows.size() == 1);
}

void WorkQueuePage::exportList()
{
    // The queue as the filters show it, read afresh: a line taken meanwhile shows as taken.
    exports::ListExportRequest request;
    request.kind = exports::ListKind::Queue;
    request.queue = filter();
    m_exporter->run(request, QStringLiteral("werkvoorraad"));
}

QString WorkQueuePage::messageText() const
{
    return m_ui->messageLabel->text();
}

void WorkQueuePage::showMessage(const QString &text, bool problem)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setStyleSheet(problem ? QStringLiteral("color: #b71c1c;") : QString());
}

void WorkQueuePage::setDataChanges(DataChanges &changes)
{
    m_changes = &changes;
    connect(&changes, &DataChanges::changed, this, [this](DataKind kind) {
        if (kind == DataKind::Cases || kind == DataKind::Flags || kind == DataKind::Signals
            || kind == DataKind::Households || kind == DataKind::Settings)
            reload();
    });
}

void WorkQueuePage::afterChange()
{
    Q_EMIT casesChanged();
    if (m_changes) { // the queue and the case windows follow the channel
        m_changes->publish(DataKind::Cases);
        return;
    }
    m_windows.reloadAll();
    reload();
}

void WorkQueuePage::take()
{
    const QList<QueueItem> items = selectedItems();
    if (items.size() != 1)
        return;
    const QueueItem item = items.first();
    auto claimed = m_cases.claim(item.householdId);
    if (!claimed) {
        showMessage(claimed.error().message, true);
        return;
    }
    showMessage(tr("%1 is yours now (case %2).").arg(item.householdName).arg(claimed->id), false);
    m_keepSelected = {item.householdId};
    afterChange();
}

void WorkQueuePage::openSelected()
{
    const QList<QueueItem> items = selectedItems();
    if (items.size() != 1)
        return;
    const QueueItem &item = items.first();
    if (item.caseId != 0)
        m_windows.open(item.caseId);
    else if (m_windows.openForHousehold(item.householdId, item.householdName))
        reload(); // a new case: the line shows it
}

void WorkQueuePage::quickAttempt()
{
    const QList<QueueItem> items = selectedItems();
    if (items.size() != 1)
        return;
    const QueueItem item = items.first();
    qint64 caseId = item.caseId;
    bool claimed = false;
    if (caseId == 0 || item.assigneeId == 0) {
        const QString question
            = caseId == 0 ? tr("%1 has no case yet. Open a case, take it, and log the contact attempt on it?")
                                .arg(item.householdName)
                          : tr("Nobody has the case of %1 yet. Take it and log the contact attempt on it?")
                                .arg(item.householdName);
        if (!DialogRunner::confirm(this, tr("Contact attempt"), question))
            return;
        auto taken = m_cases.claim(item.householdId);
        if (!taken) {
            showMessage(taken.error().message, true);
            return;
        }
        caseId = taken->id;
        claimed = true;
    }
    const QString about = item.assigneeId != 0 && item.assigneeId != m_session.user().id
                              ? tr("Contact attempt for %1 (case %2, assigned to %3).")
                                    .arg(item.householdName)
                                    .arg(caseId)
                                    .arg(item.assigneeName)
                              : tr("Contact attempt for %1 (case %2).").arg(item.householdName).arg(caseId);
    ContactAttemptDialog dialog(m_cases, caseId, about, m_clock.today(), this);
    const bool saved = DialogRunner::exec(dialog) == QDialog::Accepted;
    if (saved)
        showMessage(tr("Contact attempt logged for %1.").arg(item.householdName), false);
    if (saved || claimed) {
        m_keepSelected = {item.householdId};
        afterChange();
    }
}

void WorkQueuePage::assignSelected()
{
    const QList<QueueItem> items = selectedItems();
    if (items.isEmpty() || !m_session.can(Permission::AssignCases))
        return;
    const QueueAssignment::Outcome done = QueueAssignment(m_cases).run(this, items);
    if (!done.message.isEmpty())
        showMessage(done.message, done.problem);
    if (done.changed) {
        for (const QueueItem &item : items)
            m_keepSelected << item.householdId;
        afterChange();
    }
}

} // namespace vangnet
