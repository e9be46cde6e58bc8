#include "households/DuplicatesPage.h"

#include "BackgroundTask.h"
#include "DialogRunner.h"
#include "households/DuplicateService.h"
#include "households/DuplicatesModel.h"
#include "households/HouseholdMergeService.h"
#include "households/MergeDialog.h"
#include "households/MergesDialog.h"
#include "support/Clock.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace vangnet {

DuplicatesPage::DuplicatesPage(
    const Database &db, const Session &session, const Clock &clock, DataChanges &changes, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_session(session)
    , m_clock(clock)
    , m_changes(changes)
{
    setAccessibleName(tr("Possible duplicates"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Households of your team that may be one family: a typo in a surname, a house number "
                                "written two ways or a move can make a second household for the same people."),
        this);
    intro->setWordWrap(true);
    intro->setAccessibleName(tr("Explanation"));
    layout->addWidget(intro);

    m_model = new DuplicatesModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("pairsTable"));
    m_table->setAccessibleName(tr("Possible duplicates"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setAccessibleName(tr("Refresh"));
    m_merge = new QPushButton(tr("Merge…"), this);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_merge->setAccessibleName(tr("Merge the selected pair"));
    m_merges = new QPushButton(tr("Merges…"), this);
    m_merges->setObjectName(QStringLiteral("mergesButton"));
    m_merges->setAccessibleName(tr("The merges of your team, to undo one"));
    m_dismiss = new QPushButton(tr("Not a duplicate"), this);
    m_dismiss->setObjectName(QStringLiteral("dismissButton"));
    m_dismiss->setAccessibleName(tr("The selected pair is not a duplicate"));
    const bool mayEdit = session.can(Permission::EditHouseholds);
    m_merge->setVisible(mayEdit);
    m_dismiss->setVisible(mayEdit);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Detection progress"));
    m_progress->setRange(0, 0);
    m_progress->hide();
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_progress);
    buttons->addStretch();
    buttons->addWidget(m_merges);
    buttons->addWidget(m_dismiss);
    buttons->addWidget(m_merge);
    layout->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_task = new BackgroundTask(this);
    connect(m_refresh, &QPushButton::clicked, this, &DuplicatesPage::refresh);
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesPage::mergeSelected);
    connect(m_dismiss, &QPushButton::clicked, this, &DuplicatesPage::dismissSelected);
    connect(m_merges, &QPushButton::clicked, this, &DuplicatesPage::showMerges);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DuplicatesPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DuplicatesPage::updateButtons);
    connect(&changes, &DataChanges::changed, this, [this](DataKind kind) { onDataChanged(kind); });
    updateButtons();
}

DuplicatesPage::~DuplicatesPage() = default; // m_task, a child, cancels and waits for the run

void DuplicatesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded || m_stale)
        refresh();
}

void DuplicatesPage::onDataChanged(DataKind kind)
{
    // An import publishes Flags (new signals, maybe new households); an edit or a merge Households.
    if (kind != DataKind::Households && kind != DataKind::Flags)
        return;
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

bool DuplicatesPage::isComputing() const
{
    return m_task->isRunning();
}

void DuplicatesPage::refresh()
{
    if (isComputing()) {
        m_stale = true; // once more when this one ends: it may have read before the change
        return;
    }
    m_loaded = true;
    m_stale = false;
    m_result.reset();
    m_error.clear();
    m_refresh->setEnabled(false);
    m_progress->show();
    const DatabaseLocation location = m_db.location();
    m_task->start(
        [this, location] {
            auto worker = openForWorker(location);
            if (!worker) {
                m_error = worker.error().message;
                return;
            }
            auto pairs = households::DuplicateService(**worker, m_clock, m_session).candidates();
            if (pairs)
                m_result = std::move(*pairs);
            else
                m_error = pairs.error().message;
        },
        [this] { onComputed(); }, m_progress);
}

void DuplicatesPage::onComputed()
{
    m_refresh->setEnabled(true);
    m_progress->hide();
    if (!m_result) {
        showStatus(tr("Possible duplicates could not be found: %1").arg(m_error), true);
    } else {
        m_model->setPairs(std::move(*m_result));
        showStatus(m_model->rowCount() == 0 ? tr("No possible duplicates.")
                                            : tr("%n possible duplicate(s).", nullptr, m_model->rowCount()));
    }
    if (m_stale && isVisible())
        refresh();
    Q_EMIT computed();
}

const households::DuplicatePair *DuplicatesPage::selectedPair() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->itemAt(rows.constFirst());
}

bool DuplicatesPage::selectPair(qint64 a, qint64 b)
{
    const QModelIndex at = m_model->indexOf(a, b);
    if (!at.isValid())
        return false;
    m_table->selectRow(at.row());
    return true;
}

void DuplicatesPage::updateButtons()
{
    const bool chosen = selectedPair() != nullptr;
    m_merge->setEnabled(chosen);
    m_dismiss->setEnabled(chosen);
}

void DuplicatesPage::mergeSelected()
{
    const households::DuplicatePair *pair = selectedPair();
    if (!pair)
        return;
    MergeDialog dialog(*pair, this);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    const households::DuplicateSide keep = dialog.keep();
    const households::DuplicateSide other = dialog.other();
    auto done = households::HouseholdMergeService(m_db, m_clock, m_session)
                    .merge(keep.id, other.id, keep.version, other.version);
    if (!done) {
        DialogRunner::warn(this, tr("Merge refused"), done.error().message);
        showStatus(done.error().message, true);
        return;
    }
    m_model->removePair(keep.id, other.id);
    showStatus(
        tr("Household %1 was merged into household %2 (merge %3).").arg(other.id).arg(keep.id).arg(done->mergeId));
    Q_EMIT merged(keep.id);
    m_changes.publish(DataKind::Households, {keep.id, other.id});
    m_changes.publish(DataKind::Flags, {keep.id});
}

void DuplicatesPage::showMerges()
{
    MergesDialog dialog(m_db, m_clock, m_session, this);
    connect(&dialog, &MergesDialog::undone, this, [this](qint64 kept, qint64 returned) {
        Q_EMIT merged(kept);
        m_changes.publish(DataKind::Households, {kept, returned});
        m_changes.publish(DataKind::Flags, {kept, returned});
    });
    DialogRunner::exec(dialog);
}

void DuplicatesPage::dismissSelected()
{
    const households::DuplicatePair *pair = selectedPair();
    if (!pair)
        return;
    const qint64 a = pair->a.id;
    const qint64 b = pair->b.id;
    if (auto set = households::DuplicateService(m_db, m_clock, m_session).notDuplicate(a, b); !set) {
        showStatus(set.error().message, true);
        return;
    }
    m_model->removePair(a, b);
    showStatus(tr("Households %1 and %2 are not proposed as duplicates again.").arg(a).arg(b));
}

QString DuplicatesPage::statusText() const
{
    return m_status->text();
}

void DuplicatesPage::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #842029;") : QString());
}

} // namespace vangnet
