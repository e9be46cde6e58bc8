#include "cases/RequestStepDialog.h"

#include "ui_RequestStepDialog.h"

#include "cases/CaseService.h"
#include "cases/CaseText.h"

#include <QPushButton>

namespace vangnet {

RequestStepDialog::RequestStepDialog(cases::CaseService &service, Step step, const cases::Case &record,
                                     const QString &householdName, const QDate &today, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RequestStepDialog>()), m_service(service), m_step(step), m_case(record)
{
    m_ui->setupUi(this);
    const QString title = CaseText::title(record, householdName);
    const cases::HelpRequest &r = record.request;
    QDate shown = today;
    switch (step) {
    case Step::Request:
        setWindowTitle(tr("Offer accepted / register request"));
        m_ui->introLabel->setText(tr("%1: the day the resident asked for debt help or accepted the offer. The "
                                     "4-week term for the first conversation runs from it; with a crisis "
                                     "intervention, 3 working days.").arg(title));
        m_ui->dateEdit->setAccessibleName(tr("Date the request was registered"));
        if (r.registeredOn.isValid())
            shown = r.registeredOn;
        break;
    case Step::Conversation:
        setWindowTitle(tr("First conversation"));
        m_ui->introLabel->setText(tr("%1: the day of the first conversation about the request (not a phone call "
                                     "to make contact). It meets the first-conversation terms and starts the "
                                     "decision term.").arg(title));
        m_ui->dateEdit->setAccessibleName(tr("Date of the first conversation"));
        if (r.firstConversationOn.isValid())
            shown = r.firstConversationOn;
        break;
    case Step::Decision:
        setWindowTitle(tr("Decision on the request"));
        m_ui->introLabel->setText(tr("%1: the day of the decision on admission to debt help, and what it "
                                     "decided. It stops the decision term.").arg(title));
        m_ui->dateEdit->setAccessibleName(tr("Date of the decision"));
        if (record.decisionOn.isValid())
            shown = record.decisionOn;
        break;
    }
    m_ui->dateEdit->setMaximumDate(today);
    m_ui->dateEdit->setDate(shown);
    for (const QString &kind : cases::crisisKinds())
        m_ui->crisisCombo->addItem(cases::crisisKindLabel(kind), kind);
    for (const QString &decision : cases::requestDecisions())
        m_ui->decisionCombo->addItem(cases::requestDecisionLabel(decision), decision);
    const bool request = step == Step::Request;
    m_ui->crisisCheck->setVisible(request);
    m_ui->crisisLabel->setVisible(request);
    m_ui->crisisCombo->setVisible(request);
    m_ui->decisionLabel->setVisible(step == Step::Decision);
    m_ui->decisionCombo->setVisible(step == Step::Decision);
    setCrisisKind(r.crisisKind);
    if (!r.decision.isEmpty())
        setDecision(r.decision);
    connect(m_ui->crisisCheck, &QCheckBox::toggled, m_ui->crisisCombo, &QWidget::setEnabled);
    m_ui->crisisCombo->setEnabled(m_ui->crisisCheck->isChecked());
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_ui->errorLabel->hide();
    m_ui->reloadButton->hide();
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &RequestStepDialog::reload);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &RequestStepDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &RequestStepDialog::reject);
}

RequestStepDialog::~RequestStepDialog() = default;

QDate RequestStepDialog::date() const
{
    return m_ui->dateEdit->date();
}

void RequestStepDialog::setDate(const QDate &day)
{
    m_ui->dateEdit->setDate(day);
}

QString RequestStepDialog::crisisKind() const
{
    return m_ui->crisisCheck->isChecked() ? m_ui->crisisCombo->currentData().toString() : QString();
}

void RequestStepDialog::setCrisisKind(const QString &kind)
{
    m_ui->crisisCheck->setChecked(!kind.isEmpty());
    if (const int at = m_ui->crisisCombo->findData(kind); at >= 0)
        m_ui->crisisCombo->setCurrentIndex(at);
}

QString RequestStepDialog::decision() const
{
    return m_ui->decisionCombo->currentData().toString();
}

void RequestStepDialog::setDecision(const QString &decision)
{
    if (const int at = m_ui->decisionCombo->findData(decision); at >= 0)
        m_ui->decisionCombo->setCurrentIndex(at);
}

QString RequestStepDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void RequestStepDialog::showError(const QString &text, bool offerReload)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->show();
    m_ui->reloadButton->setVisible(offerReload);
}

void RequestStepDialog::reload()
{
    auto fresh = m_service.get(m_case.id);
    if (!fresh) {
        showError(fresh.error().message, true);
        return;
    }
    m_case = *fresh;
    showError(CaseText::reloaded(m_case), false);
}

void RequestStepDialog::accept()
{
    auto saved = m_step == Step::Request ? m_service.registerRequest(m_case.id, m_case.version, date(), crisisKind())
        : m_step == Step::Conversation   ? m_service.setFirstConversation(m_case.id, m_case.version, date())
                                         : m_service.setDecision(m_case.id, m_case.version, date(), decision());
    if (!saved) {
        const bool stale = CaseText::isStale(saved.error(), m_service, m_case);
        showError(CaseText::refusal(saved.error(), stale), stale);
        return;
    }
    m_case = *saved;
    QDialog::accept();
}

} // namespace vangnet
