#include "rules/ActivateRulesDialog.h"

#include "ui_ActivateRulesDialog.h"

#include <QPushButton>

namespace vangnet {

ActivateRulesDialog::ActivateRulesDialog(QDate today, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ActivateRulesDialog>())
{
    m_ui->setupUi(this);
    // A version never applies to the past: flags already raised keep the version that raised them.
    m_ui->dateEdit->setMinimumDate(today);
    m_ui->dateEdit->setDate(today);
    m_ui->buttons->setAccessibleName(tr("Activate or cancel"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Activate"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ActivateRulesDialog::~ActivateRulesDialog() = default;

QDate ActivateRulesDialog::effectiveFrom() const
{
    return m_ui->dateEdit->date();
}

QString ActivateRulesDialog::note() const
{
    return m_ui->noteEdit->text().trimmed();
}

void ActivateRulesDialog::setAnswer(QDate effectiveFrom, const QString &note)
{
    m_ui->dateEdit->setDate(effectiveFrom);
    m_ui->noteEdit->setText(note);
}

} // namespace vangnet
