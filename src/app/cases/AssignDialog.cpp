#include "cases/AssignDialog.h"

#include "ui_AssignDialog.h"

#include <QPushButton>

namespace vangnet {

AssignDialog::AssignDialog(const QList<cases::CaseService::Worker> &workers, const QString &intro,
                           bool allowUnassigned, qint64 current, Save save, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AssignDialog>()), m_save(std::move(save))
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(intro);
    if (allowUnassigned) {
        auto *nobody = new QListWidgetItem(tr("Nobody (unassigned)"), m_ui->workerList);
        nobody->setData(Qt::UserRole, qint64(0));
    }
    for (const cases::CaseService::Worker &worker : workers) {
        auto *item = new QListWidgetItem(worker.name, m_ui->workerList);
        item->setData(Qt::UserRole, worker.id);
    }
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_ui->errorLabel->hide();
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Assign"));
    choose(current);
    connect(m_ui->workerList, &QListWidget::itemDoubleClicked, this, &AssignDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &AssignDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &AssignDialog::reject);
    m_ui->workerList->setFocus();
}

AssignDialog::~AssignDialog() = default;

qint64 AssignDialog::chosen() const
{
    const QListWidgetItem *item = m_ui->workerList->currentItem();
    return item && item->isSelected() ? item->data(Qt::UserRole).toLongLong() : -1;
}

bool AssignDialog::choose(qint64 userId)
{
    for (int row = 0; row < m_ui->workerList->count(); ++row) {
        if (m_ui->workerList->item(row)->data(Qt::UserRole).toLongLong() == userId) {
            m_ui->workerList->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QString AssignDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void AssignDialog::accept()
{
    const qint64 userId = chosen();
    QString problem = userId < 0 ? tr("Choose who gets the work.") : QString();
    if (problem.isEmpty() && m_save)
        problem = m_save(userId);
    if (!problem.isEmpty()) {
        m_ui->errorLabel->setText(problem);
        m_ui->errorLabel->show();
        return;
    }
    QDialog::accept();
}

} // namespace vangnet
