#include "cases/CasePlanTab.h"

#include "ui_CasePlanTab.h"

#include "DialogRunner.h"
#include "cases/CaseService.h"
#include "cases/DeadlineText.h"
#include "importing/ImportKeys.h"

#include <QAbstractItemView>
#include <QDateEdit>
#include <QHeaderView>

namespace vangnet {

using cases::PlanItem;

namespace {
constexpr int IdRole = Qt::UserRole;
const importing::ConditionState ConditionStates[] = {importing::ConditionState::Onbekend,
                                                     importing::ConditionState::NietGeregeld,
                                                     importing::ConditionState::InBehandeling,
                                                     importing::ConditionState::Geregeld};
} // namespace

CasePlanTab::CasePlanTab(cases::CaseService &service, const QDate &today, const QString &me, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CasePlanTab>()), m_service(service), m_today(today)
{
    m_ui->setupUi(this);
    QTreeWidget *tree = m_ui->planTree;
    tree->setColumnCount(ColumnCount);
    tree->setHeaderLabels({tr("Goal or action"), tr("Owner"), tr("Due"), tr("Done")});
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    tree->header()->setStretchLastSection(false);
    m_ui->kindCombo->addItem(tr("Action"), static_cast<int>(PlanItem::Kind::Action));
    m_ui->kindCombo->addItem(tr("Goal"), static_cast<int>(PlanItem::Kind::Goal));
    m_ui->kindCombo->view()->setAccessibleName(tr("Goal or action"));
    m_ui->goalCombo->view()->setAccessibleName(tr("Goals"));
    m_ui->ownerEdit->addItems({tr("Resident"), tr("Caseworker"), me});
    m_ui->ownerEdit->setCurrentIndex(-1);
    m_ui->ownerEdit->lineEdit()->setPlaceholderText(tr("Who does it"));
    m_ui->ownerEdit->lineEdit()->setAccessibleName(tr("Who does it"));
    m_ui->ownerEdit->view()->setAccessibleName(tr("Owners"));
    m_ui->dueEdit->setDate(today.addDays(14));
    m_ui->dueEdit->setEnabled(false);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_ui->errorLabel->hide();
    m_ui->conditionsGroup->hide();
    connect(m_ui->dueCheck, &QCheckBox::toggled, m_ui->dueEdit, &QWidget::setEnabled);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->goalCombo->setEnabled(m_ui->kindCombo->currentData().toInt() == static_cast<int>(PlanItem::Kind::Action));
    });
    connect(m_ui->textEdit, &QLineEdit::returnPressed, this, &CasePlanTab::addItem);
    connect(m_ui->addButton, &QPushButton::clicked, this, &CasePlanTab::addItem);
    connect(m_ui->doneButton, &QPushButton::clicked, this, [this] { setSelectedDone(true); });
    connect(m_ui->reopenButton, &QPushButton::clicked, this, [this] { setSelectedDone(false); });
    connect(m_ui->removeButton, &QPushButton::clicked, this, &CasePlanTab::removeSelected);
    connect(tree, &QTreeWidget::currentItemChanged, this, &CasePlanTab::updateButtons);
    updateButtons();
}

CasePlanTab::~CasePlanTab() = default;

QString CasePlanTab::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void CasePlanTab::showError(const QString &text)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->setVisible(!text.isEmpty());
}

void CasePlanTab::showDetail(const cases::CaseDetail &detail)
{
    m_caseId = detail.record.id;
    const bool closed = detail.record.status == cases::CaseStatus::Afgesloten;
    m_ui->addGroup->setEnabled(!closed);
    showPlan(detail.plan);
    showConditions(detail.conditions);
    m_ui->conditionsGroup->setEnabled(!closed);
}

void CasePlanTab::fillItem(QTreeWidgetItem &row, const PlanItem &item) const
{
    const bool done = item.doneOn.isValid();
    const QString kind = item.kind == PlanItem::Kind::Goal ? tr("Goal") : tr("Action");
    row.setText(TextColumn, tr("%1: %2").arg(kind, item.text));
    row.setText(OwnerColumn, item.owner);
    QString due = DeadlineText::date(item.dueOn);
    if (!done && item.dueOn.isValid() && item.dueOn < m_today) {
        due = tr("%1 (overdue)").arg(due);
        row.setForeground(DueColumn, DeadlineText::colour(clocks::DeadlineState::Overdue));
        row.setIcon(DueColumn, DeadlineText::icon(clocks::DeadlineState::Overdue));
    }
    row.setText(DueColumn, due);
    row.setText(DoneColumn, done ? tr("Done %1").arg(DeadlineText::date(item.doneOn)) : tr("Open"));
    if (done)
        row.setIcon(DoneColumn, DeadlineText::icon(clocks::DeadlineState::Met));
    QFont font = row.font(TextColumn);
    font.setStrikeOut(done);
    font.setBold(item.kind == PlanItem::Kind::Goal);
    row.setFont(TextColumn, font);
    row.setData(TextColumn, IdRole, item.id);
    row.setToolTip(TextColumn, tr("%1\nAdded by %2 on %3")
                                   .arg(item.text, item.createdBy,
                                        DeadlineText::moment(item.createdAt)));
}

void CasePlanTab::showPlan(const QList<PlanItem> &plan)
{
    const qint64 keep = selectedId();
    m_plan = plan;
    QTreeWidget *tree = m_ui->planTree;
    tree->clear();
    QHash<qint64, QTreeWidgetItem *> goals;
    const qint64 chosenGoal = m_ui->goalCombo->currentData().toLongLong();
    m_ui->goalCombo->clear();
    m_ui->goalCombo->addItem(tr("No goal"), qint64(0));
    int open = 0;
    for (const PlanItem &item : plan) {
        QTreeWidgetItem *parent = item.kind == PlanItem::Kind::Action ? goals.value(item.goalId) : nullptr;
        auto *row = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
        fillItem(*row, item);
        open += item.doneOn.isValid() ? 0 : 1;
        if (item.kind == PlanItem::Kind::Goal) {
            goals.insert(item.id, row);
            m_ui->goalCombo->addItem(item.text, item.id);
        }
    }
    m_ui->goalCombo->setCurrentIndex(std::max(0, m_ui->goalCombo->findData(chosenGoal)));
    tree->expandAll();
    if (keep != 0)
        selectItem(keep);
    tree->setAccessibleDescription(tr("%n open item(s)", nullptr, open));
    updateButtons();
}

void CasePlanTab::showConditions(const QList<cases::BasicCondition> &conditions)
{
    QGridLayout *grid = m_ui->conditionsGrid;
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_ui->conditionsGroup->setVisible(!conditions.isEmpty());
    int row = 0;
    for (const cases::BasicCondition &condition : conditions) {
        const QString name = cases::basicConditionLabel(condition.key);
        auto *label = new QLabel(name, m_ui->conditionsGroup);
        auto *combo = new QComboBox(m_ui->conditionsGroup);
        combo->setObjectName(QStringLiteral("condition_%1").arg(condition.key));
        combo->setAccessibleName(tr("State of %1").arg(name));
        combo->view()->setAccessibleName(tr("States"));
        label->setBuddy(combo);
        for (importing::ConditionState state : ConditionStates)
            combo->addItem(importing::conditionStateLabel(state), importing::conditionStateKey(state));
        combo->setCurrentIndex(combo->findData(importing::conditionStateKey(condition.state)));
        // The day the state holds from: the rules and the clocks count it from then.
        auto *since = new QDateEdit(condition.setOnCase && condition.since.isValid() ? condition.since : m_today,
                                    m_ui->conditionsGroup);
        since->setObjectName(QStringLiteral("conditionSince_%1").arg(condition.key));
        since->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
        since->setCalendarPopup(true);
        since->setMaximumDate(m_today);
        since->setAccessibleName(tr("%1 holds from").arg(name));
        since->setToolTip(tr("The day this state holds from; the flags and deadlines count it from then"));
        auto *changed = new QLabel(condition.setOnCase ? tr("%1, %2").arg(condition.updatedBy,
                                                                         DeadlineText::moment(condition.updatedAt))
                                                       : tr("From the discharge notice"),
                                   m_ui->conditionsGroup);
        changed->setAccessibleName(tr("Who changed %1 last").arg(name));
        changed->setEnabled(false);
        grid->addWidget(label, row, 0);
        grid->addWidget(combo, row, 1);
        grid->addWidget(since, row, 2);
        grid->addWidget(changed, row, 3);
        const QString key = condition.key;
        connect(combo, &QComboBox::activated, this, [this, key, combo, since] { setCondition(key, combo, since->date()); });
        // A new day for the state the caseworker set: recorded again with that day.
        if (condition.setOnCase)
            connect(since, &QDateEdit::editingFinished, this, [this, key, combo, since, was = condition.since] {
                if (since->date() != was)
                    setCondition(key, combo, since->date());
            });
        ++row;
    }
    grid->setColumnStretch(3, 1);
}

void CasePlanTab::setCondition(const QString &key, QComboBox *combo, QDate since)
{
    const auto state = importing::conditionStateFromKey(combo->currentData().toString());
    if (!state)
        return;
    if (auto set = m_service.setCondition(m_caseId, key, *state, since); !set) {
        showError(set.error().message);
        return;
    }
    showError({});
    Q_EMIT changed();
}

QComboBox *CasePlanTab::conditionCombo(const QString &key) const
{
    return m_ui->conditionsGroup->findChild<QComboBox *>(QStringLiteral("condition_%1").arg(key));
}

void CasePlanTab::setNewItem(PlanItem::Kind kind, const QString &text, const QString &owner, const QDate &due,
                             qint64 goalId)
{
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(static_cast<int>(kind)));
    m_ui->textEdit->setText(text);
    m_ui->ownerEdit->setEditText(owner);
    m_ui->dueCheck->setChecked(due.isValid());
    if (due.isValid())
        m_ui->dueEdit->setDate(due);
    m_ui->goalCombo->setCurrentIndex(std::max(0, m_ui->goalCombo->findData(goalId)));
}

void CasePlanTab::addItem()
{
    PlanItem item;
    item.kind = static_cast<PlanItem::Kind>(m_ui->kindCombo->currentData().toInt());
    item.text = m_ui->textEdit->text().trimmed();
    item.owner = m_ui->ownerEdit->currentText().trimmed();
    item.dueOn = m_ui->dueCheck->isChecked() ? m_ui->dueEdit->date() : QDate();
    item.goalId = item.kind == PlanItem::Kind::Action ? m_ui->goalCombo->currentData().toLongLong() : 0;
    if (item.text.isEmpty()) {
        showError(tr("Describe the goal or action."));
        m_ui->textEdit->setFocus();
        return;
    }
    auto added = m_service.addPlanItem(m_caseId, item);
    if (!added) {
        showError(added.error().message);
        return;
    }
    showError({});
    m_ui->textEdit->clear();
    m_ui->dueCheck->setChecked(false);
    Q_EMIT changed();
    selectItem(added->id);
}

qint64 CasePlanTab::selectedId() const
{
    const QTreeWidgetItem *item = m_ui->planTree->currentItem();
    return item ? item->data(TextColumn, IdRole).toLongLong() : 0;
}

bool CasePlanTab::selectItem(qint64 itemId)
{
    for (QTreeWidgetItemIterator it(m_ui->planTree); *it; ++it) {
        if ((*it)->data(TextColumn, IdRole).toLongLong() == itemId) {
            m_ui->planTree->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

void CasePlanTab::updateButtons()
{
    const qint64 id = selectedId();
    bool done = false;
    for (const PlanItem &item : std::as_const(m_plan))
        if (item.id == id)
            done = item.doneOn.isValid();
    const bool editable = m_ui->addGroup->isEnabled();
    m_ui->doneButton->setEnabled(editable && id != 0 && !done);
    m_ui->reopenButton->setEnabled(editable && id != 0 && done);
    m_ui->removeButton->setEnabled(editable && id != 0);
}

void CasePlanTab::setSelectedDone(bool done)
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    if (auto set = m_service.setPlanItemDone(id, done ? m_today : QDate()); !set) {
        showError(set.error().message);
        return;
    }
    showError({});
    Q_EMIT changed();
}

void CasePlanTab::removeSelected()
{
    const QTreeWidgetItem *item = m_ui->planTree->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(TextColumn, IdRole).toLongLong();
    QString question = tr("Remove \"%1\" from the plan?").arg(item->text(TextColumn));
    if (item->childCount() > 0)
        question += QLatin1Char(' ') + tr("Its %n action(s) are removed with it.", nullptr, item->childCount());
    if (!DialogRunner::confirm(this, tr("Remove from the plan"), question))
        return;
    if (auto removed = m_service.removePlanItem(id); !removed) {
        showError(removed.error().message);
        return;
    }
    showError({});
    Q_EMIT changed();
}

} // namespace vangnet
