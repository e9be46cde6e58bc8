#include "cases/DecisionDialog.h"

#include "ui_DecisionDialog.h"

#include "cases/CaseService.h"
#include "cases/CaseText.h"

#include <QPushButton>

namespace vangnet {

DecisionDialog::DecisionDialog(cases::CaseService &service, const cases::Case &record, const QString &householdName,
                               const QDate &today, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::DecisionDialog>()), m_service(service), m_case(record)
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(tr("%1: the day the decision on the help was taken. It stops the decision deadline.")
                                  .arg(CaseText::title(record, householdName)));
    m_ui->decisionEdit->setMaximumDate(today);
    if (record.openedOn.isValid())
        m_ui->decisionEdit->setMinimumDate(record.openedOn);
    m_ui->decisionEdit->setDate(record.decisionOn.isValid() ? record.decisionOn : today);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_ui->errorLabel->hide();
    m_ui->reloadButton->hide();
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &DecisionDialog::reload);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &DecisionDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &DecisionDialog::reject);
}

DecisionDialog::~DecisionDialog() = default;

QDate DecisionDialog::decisionOn() const
{
    return m_ui->decisionEdit->date();
}

void DecisionDialog::setDecisionOn(const QDate &day)
{
    m_ui->decisionEdit->setDate(day);
}

QString DecisionDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void DecisionDialog::showError(const QString &text, bool offerReload)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->show();
    m_ui->reloadButton->setVisible(offerReload);
}

void DecisionDialog::reload()
{
    auto fresh = m_service.get(m_case.id);
    if (!fresh) {
        showError(fresh.error().message, true);
        return;
    }
    m_case = *fresh;
    showError(CaseText::reloaded(m_case), false);
}

void DecisionDialog::accept()
{
    auto saved = m_service.setDecision(m_case.id, m_case.version, decisionOn());
    if (!saved) {
        const bool stale = CaseText::isStale(saved.error(), m_service, m_case);
        showError(CaseText::refusal(saved.error(), stale), stale);
        return;
    }
    m_case = *saved;
    QDialog::accept();
}

} // namespace vangnet
