#include "households/DismissFlagDialog.h"

#include "ui_DismissFlagDialog.h"

#include <QLineEdit>
#include <QPushButton>

namespace vangnet {

DismissFlagDialog::DismissFlagDialog(const QString &flagTitle, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DismissFlagDialog>())
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(tr("Dismiss the flag \"%1\"? It stays dismissed while the same evidence holds; new "
                                 "evidence raises it again. Your name and the reason are recorded.")
                                  .arg(flagTitle));
    m_ui->reasonEdit->addItems(
        {QString(), tr("Already in contact with the household"), tr("The arrears have been settled"),
            tr("Help is arranged elsewhere"), tr("The signal is not about this household")});
    m_ui->reasonEdit->setCurrentIndex(0);
    m_ui->reasonEdit->lineEdit()->setPlaceholderText(tr("Choose or type the reason"));
    m_ui->reasonEdit->lineEdit()->setAccessibleName(tr("Reason for dismissing the flag"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Dismiss flag"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &DismissFlagDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &DismissFlagDialog::reject);
    m_ui->reasonEdit->setFocus();
}

DismissFlagDialog::~DismissFlagDialog() = default;

QString DismissFlagDialog::reason() const
{
    return m_ui->reasonEdit->currentText().trimmed();
}

void DismissFlagDialog::setReason(const QString &reason)
{
    m_ui->reasonEdit->setEditText(reason);
}

void DismissFlagDialog::accept()
{
    if (reason().isEmpty()) {
        m_ui->errorLabel->setText(tr("Give the reason for dismissing the flag."));
        m_ui->reasonEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace vangnet
