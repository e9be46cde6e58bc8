#include "cases/CaseAttemptsTab.h"

#include "ui_CaseAttemptsTab.h"

#include "cases/CaseService.h"
#include "cases/ContactAttemptForm.h"
#include "cases/DeadlineText.h"

#include <QHeaderView>

namespace vangnet {

CaseAttemptsTab::CaseAttemptsTab(cases::CaseService &service, const QDate &today, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CaseAttemptsTab>()), m_service(service)
{
    m_ui->setupUi(this);
    m_ui->attemptForm->setToday(today);
    QTableWidget *table = m_ui->attemptsTable;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Reached"), tr("Note"), tr("By")});
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    table->setWordWrap(false);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_ui->errorLabel->hide();
    connect(m_ui->addButton, &QPushButton::clicked, this, &CaseAttemptsTab::addAttempt);
}

CaseAttemptsTab::~CaseAttemptsTab() = default;

ContactAttemptForm &CaseAttemptsTab::form() const
{
    return *m_ui->attemptForm;
}

QString CaseAttemptsTab::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

int CaseAttemptsTab::attemptCount() const
{
    return m_ui->attemptsTable->rowCount();
}

void CaseAttemptsTab::showDetail(const cases::CaseDetail &detail)
{
    m_caseId = detail.record.id;
    QTableWidget *table = m_ui->attemptsTable;
    table->setRowCount(static_cast<int>(detail.attempts.size()));
    int reached = 0;
    for (int row = 0; row < detail.attempts.size(); ++row) {
        const cases::ContactAttempt &a = detail.attempts.at(row);
        reached += a.reached ? 1 : 0;
        const QString date = a.dayPart.isEmpty() ? DeadlineText::date(a.date)
                                                 : tr("%1 (%2)").arg(DeadlineText::date(a.date), a.dayPart);
        const QString cells[] = {date, a.kind, a.reached ? tr("Yes") : tr("No"), a.note, a.author};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(column == AuthorColumn ? tr("%1, %2").arg(a.author, DeadlineText::moment(a.createdAt))
                                                    : cells[column]);
            table->setItem(row, column, item);
        }
    }
    m_ui->attemptsTable->setAccessibleDescription(
        tr("%n attempt(s)", nullptr, static_cast<int>(detail.attempts.size())) + QLatin1Char(' ')
        + tr("%n reached", nullptr, reached));
    const bool closed = detail.record.status == cases::CaseStatus::Afgesloten;
    m_ui->addGroup->setEnabled(!closed);
    m_ui->addGroup->setTitle(closed ? tr("New contact attempt (the case is closed)") : tr("New contact attempt"));
}

void CaseAttemptsTab::addAttempt()
{
    QString problem = m_ui->attemptForm->problem();
    if (problem.isEmpty()) {
        auto added = m_service.addAttempt(m_caseId, m_ui->attemptForm->attempt());
        if (added) {
            m_ui->errorLabel->hide();
            m_ui->attemptForm->clear();
            Q_EMIT changed();
            return;
        }
        problem = added.error().message;
    }
    m_ui->errorLabel->setText(problem);
    m_ui->errorLabel->show();
}

} // namespace vangnet
