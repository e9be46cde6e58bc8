#include "cases/ContactAttemptDialog.h"

#include "ui_ContactAttemptDialog.h"

#include "cases/CaseService.h"
#include "cases/ContactAttemptForm.h"

#include <QPushButton>

namespace vangnet {

ContactAttemptDialog::ContactAttemptDialog(cases::CaseService &service, qint64 caseId, const QString &about,
                                           const QDate &today, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ContactAttemptDialog>()), m_service(service), m_caseId(caseId)
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(about);
    m_ui->attemptForm->setToday(today);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_ui->errorLabel->hide();
    m_ui->buttons->button(QDialogButtonBox::Save)->setText(tr("&Save attempt"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ContactAttemptDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &ContactAttemptDialog::reject);
    m_ui->attemptForm->focusFirst();
}

ContactAttemptDialog::~ContactAttemptDialog() = default;

ContactAttemptForm &ContactAttemptDialog::form() const
{
    return *m_ui->attemptForm;
}

QString ContactAttemptDialog::errorText() const
{
    return m_ui->errorLabel->text();
}

void ContactAttemptDialog::accept()
{
    QString problem = m_ui->attemptForm->problem();
    if (problem.isEmpty()) {
        auto added = m_service.addAttempt(m_caseId, m_ui->attemptForm->attempt());
        if (added) {
            m_saved = *added;
            QDialog::accept();
            return;
        }
        problem = added.error().message;
    }
    // The fields keep what was typed: only the message is new.
    m_ui->errorLabel->setText(problem);
    m_ui->errorLabel->show();
}

} // namespace vangnet
