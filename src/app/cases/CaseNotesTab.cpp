#include "cases/CaseNotesTab.h"

#include "ui_CaseNotesTab.h"

#include "cases/CaseService.h"
#include "cases/DeadlineText.h"

#include <QHeaderView>

namespace vangnet {

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr int OpenRole = Qt::UserRole + 1;

QString when(const QDateTime &at)
{
    return DeadlineText::moment(at);
}
} // namespace

CaseNotesTab::CaseNotesTab(cases::CaseService &service, const QDate &today, qint64 me, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CaseNotesTab>()), m_service(service), m_today(today), m_me(me)
{
    m_ui->setupUi(this);
    QTreeWidget *tree = m_ui->remindersTree;
    tree->setColumnCount(ReminderColumnCount);
    tree->setHeaderLabels({tr("Due"), tr("Reminder"), tr("State"), tr("By")});
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    tree->header()->setStretchLastSection(false);
    m_ui->reminderDateEdit->setMinimumDate(today);
    m_ui->reminderDateEdit->setDate(today.addDays(7));
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_ui->errorLabel->hide();
    m_ui->addNoteButton->setEnabled(false);
    m_ui->addReminderButton->setEnabled(false);
    connect(m_ui->noteEdit, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_ui->addNoteButton->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_ui->reminderEdit, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_ui->addReminderButton->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_ui->noteEdit, &QLineEdit::returnPressed, this, &CaseNotesTab::addNote);
    connect(m_ui->addNoteButton, &QPushButton::clicked, this, &CaseNotesTab::addNote);
    connect(m_ui->reminderEdit, &QLineEdit::returnPressed, this, &CaseNotesTab::addReminder);
    connect(m_ui->addReminderButton, &QPushButton::clicked, this, &CaseNotesTab::addReminder);
    connect(m_ui->completeButton, &QPushButton::clicked, this, &CaseNotesTab::completeSelected);
    connect(tree, &QTreeWidget::currentItemChanged, this, &CaseNotesTab::updateButtons);
    updateButtons();
}

CaseNotesTab::~CaseNotesTab() = default;

QString CaseNotesTab::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void CaseNotesTab::showError(const QString &text)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->setVisible(!text.isEmpty());
}

void CaseNotesTab::showDetail(const cases::CaseDetail &detail)
{
    m_caseId = detail.record.id;
    m_ui->notesList->clear();
    for (const Note &note : detail.notes) // newest first, as the service gives them
        m_ui->notesList->addItem(tr("%1 · %2\n%3").arg(note.author, when(note.createdAt), note.text));
    m_ui->notesGroup->setTitle(tr("Notes (%1)").arg(detail.notes.size()));

    QTreeWidget *tree = m_ui->remindersTree;
    tree->clear();
    int open = 0;
    for (const cases::Reminder &reminder : detail.reminders) { // open ones first, by due date
        auto *row = new QTreeWidgetItem(tree);
        const bool isOpen = !reminder.doneAt.isValid();
        open += isOpen ? 1 : 0;
        QString due = DeadlineText::date(reminder.dueOn);
        if (isOpen && reminder.dueOn.isValid() && reminder.dueOn <= m_today) {
            const auto state = reminder.dueOn < m_today ? clocks::DeadlineState::Overdue : clocks::DeadlineState::DueSoon;
            due = reminder.dueOn < m_today ? tr("%1 (overdue)").arg(due) : tr("%1 (today)").arg(due);
            row->setForeground(DueColumn, DeadlineText::colour(state));
            row->setIcon(DueColumn, DeadlineText::icon(state));
        }
        row->setText(DueColumn, due);
        row->setText(TextColumn, reminder.text);
        row->setToolTip(TextColumn, reminder.text);
        row->setText(StateColumn, isOpen ? tr("Open") : tr("Done %1").arg(when(reminder.doneAt)));
        row->setText(AuthorColumn, reminder.author);
        row->setToolTip(AuthorColumn, tr("%1, %2").arg(reminder.author, when(reminder.createdAt)));
        row->setData(DueColumn, IdRole, reminder.id);
        row->setData(DueColumn, OpenRole, isOpen);
        if (!isOpen) {
            for (int column = 0; column < ReminderColumnCount; ++column)
                row->setForeground(column, QColor(Qt::darkGray));
        }
    }
    m_ui->remindersGroup->setTitle(tr("Reminders (%1 open)").arg(open));
    updateButtons();
}

void CaseNotesTab::setNoteText(const QString &text)
{
    m_ui->noteEdit->setText(text);
}

void CaseNotesTab::addNote()
{
    const QString text = m_ui->noteEdit->text().trimmed();
    if (text.isEmpty())
        return;
    if (auto added = m_service.addNote(m_caseId, text); !added) {
        showError(added.error().message);
        return;
    }
    showError({});
    m_ui->noteEdit->clear();
    Q_EMIT changed();
}

void CaseNotesTab::setReminder(const QString &text, const QDate &due)
{
    m_ui->reminderEdit->setText(text);
    m_ui->reminderDateEdit->setDate(due);
}

void CaseNotesTab::addReminder()
{
    cases::Reminder reminder;
    reminder.text = m_ui->reminderEdit->text().trimmed();
    reminder.dueOn = m_ui->reminderDateEdit->date();
    reminder.forUserId = m_me;
    if (reminder.text.isEmpty())
        return;
    if (auto added = m_service.addReminder(m_caseId, reminder); !added) {
        showError(added.error().message);
        return;
    }
    showError({});
    m_ui->reminderEdit->clear();
    Q_EMIT changed();
}

bool CaseNotesTab::selectReminder(qint64 reminderId)
{
    for (int row = 0; row < m_ui->remindersTree->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_ui->remindersTree->topLevelItem(row);
        if (item->data(DueColumn, IdRole).toLongLong() == reminderId) {
            m_ui->remindersTree->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void CaseNotesTab::updateButtons()
{
    const QTreeWidgetItem *item = m_ui->remindersTree->currentItem();
    m_ui->completeButton->setEnabled(item && item->data(DueColumn, OpenRole).toBool());
}

void CaseNotesTab::completeSelected()
{
    const QTreeWidgetItem *item = m_ui->remindersTree->currentItem();
    if (!item || !item->data(DueColumn, OpenRole).toBool())
        return;
    if (auto done = m_service.completeReminder(item->data(DueColumn, IdRole).toLongLong()); !done) {
        showError(done.error().message);
        return;
    }
    showError({});
    Q_EMIT changed();
}

} // namespace vangnet
