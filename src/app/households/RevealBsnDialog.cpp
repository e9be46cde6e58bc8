#include "households/RevealBsnDialog.h"

#include "ui_RevealBsnDialog.h"

#include <QLineEdit>
#include <QPushButton>

namespace vangnet {

RevealBsnDialog::RevealBsnDialog(const QString &personName, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RevealBsnDialog>())
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(tr("The BSN of %1 is shown once you give the reason. Your name, the time and the "
                                 "reason are recorded in the audit log.")
                                  .arg(personName));
    m_ui->reasonEdit->addItems({QString(), tr("Registration with a creditor or institution"),
                                tr("Identity check with the resident"), tr("Application for a provision"),
                                tr("Correcting the registration")});
    m_ui->reasonEdit->setCurrentIndex(0);
    m_ui->reasonEdit->lineEdit()->setPlaceholderText(tr("Choose or type the reason"));
    m_ui->reasonEdit->lineEdit()->setAccessibleName(tr("Reason for showing the BSN"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Show BSN"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &RevealBsnDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &RevealBsnDialog::reject);
    m_ui->reasonEdit->setFocus();
}

RevealBsnDialog::~RevealBsnDialog() = default;

QString RevealBsnDialog::reason() const
{
    return m_ui->reasonEdit->currentText().trimmed();
}

void RevealBsnDialog::setReason(const QString &reason)
{
    m_ui->reasonEdit->setEditText(reason);
}

void RevealBsnDialog::accept()
{
    if (reason().isEmpty()) {
        m_ui->errorLabel->setText(tr("Give the reason for looking at the BSN."));
        m_ui->reasonEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace vangnet
