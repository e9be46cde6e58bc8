#include "subjectaccess/SubjectAccessDialog.h"

#include "ui_SubjectAccessDialog.h"

#include "subjectaccess/SubjectAccessService.h"

#include <QPushButton>

namespace vangnet {

SubjectAccessDialog::SubjectAccessDialog(const QString &personName, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SubjectAccessDialog>())
{
    m_ui->setupUi(this);
    m_ui->introLabel->setTextFormat(Qt::PlainText);
    m_ui->introLabel->setText(tr("Export everything Vangnet holds about %1, to answer their subject access request. "
                                 "The export is recorded in the audit log with the request reference.")
                                  .arg(personName));
    m_ui->referenceEdit->setMaxLength(SubjectAccessService::maxReferenceLength);
    m_ui->formatCombo->addItem(tr("PDF, to hand to the resident"), QStringLiteral("pdf"));
    m_ui->formatCombo->addItem(tr("JSON, machine-readable"), QStringLiteral("json"));
    QPushButton *ok = m_ui->buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Export…"));
    ok->setAccessibleName(tr("Export"));
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    ok->setEnabled(false);
    connect(m_ui->referenceEdit, &QLineEdit::textChanged, this,
            [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SubjectAccessDialog::~SubjectAccessDialog() = default;

QString SubjectAccessDialog::reference() const
{
    return m_ui->referenceEdit->text().simplified();
}

QString SubjectAccessDialog::formatKey() const
{
    return m_ui->formatCombo->currentData().toString();
}

} // namespace vangnet
