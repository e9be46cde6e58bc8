#include "cases/SignalStatusDialog.h"

#include "cases/CaseService.h"
#include "cases/CaseVocabulary.h"
#include "cases/ReasonCombo.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vangnet {

SignalStatusDialog::SignalStatusDialog(cases::CaseService &service, qint64 caseId, qint64 signalId, const QString &signalText,
                                       const QString &currentStatus, const QDate &openedOn, const QDate &today, QWidget *parent)
    : QDialog(parent), m_service(service), m_caseId(caseId), m_signalId(signalId), m_statusCombo(new QComboBox(this)),
      m_reasonCombo(new QComboBox(this)), m_dateEdit(new QDateEdit(this)), m_errorLabel(new QLabel(this))
{
    setWindowTitle(tr("Status for the partner"));
    setAccessibleName(tr("Status for the partner"));
    auto *intro = new QLabel(tr("What the signal partner hears back about this signal (%1), while the case goes on. "
                                "Closing the case later keeps it.").arg(signalText),
                             this);
    intro->setWordWrap(true);
    intro->setAccessibleName(tr("About this signal"));
    // EnumSignaalstatus values are Dutch data values, shown as they are.
    for (const QString &value : cases::ddas::signaalstatus())
        m_statusCombo->addItem(value, value);
    m_statusCombo->setCurrentIndex(std::max(0, m_statusCombo->findData(currentStatus)));
    m_statusCombo->setAccessibleName(tr("Signal status"));
    m_statusCombo->setObjectName(QStringLiteral("statusCombo"));
    fillReasonCombo(*m_reasonCombo);
    m_reasonCombo->setObjectName(QStringLiteral("reasonCombo"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_dateEdit->setMaximumDate(today);
    if (openedOn.isValid())
        m_dateEdit->setMinimumDate(openedOn);
    m_dateEdit->setDate(today);
    m_dateEdit->setAccessibleName(tr("Decided on"));
    m_errorLabel->setAccessibleName(tr("Why the status was not saved"));
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Status:"), m_statusCombo);
    form->addRow(tr("Internal &reason:"), m_reasonCombo);
    form->addRow(tr("&Decided on:"), m_dateEdit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setAccessibleName(tr("Save or cancel"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    auto *box = new QVBoxLayout(this);
    box->addWidget(intro);
    box->addLayout(form);
    box->addWidget(m_errorLabel);
    box->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignalStatusDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignalStatusDialog::reject);
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, &SignalStatusDialog::statusChanged);
    statusChanged();
    setMinimumWidth(480);
}

QString SignalStatusDialog::status() const
{
    return m_statusCombo->currentData().toString();
}

void SignalStatusDialog::setStatus(const QString &status)
{
    m_statusCombo->setCurrentIndex(m_statusCombo->findData(status));
}

QString SignalStatusDialog::reasonKey() const
{
    return reasonKeyOf(*m_reasonCombo);
}

void SignalStatusDialog::setReasonKey(const QString &key)
{
    m_reasonCombo->setCurrentIndex(std::max(0, m_reasonCombo->findData(key)));
}

QDate SignalStatusDialog::decidedOn() const
{
    return m_dateEdit->date();
}

QString SignalStatusDialog::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

void SignalStatusDialog::statusChanged()
{
    // "Nog niet opgepakt" undoes a decision: no reason, no day.
    const bool decides = cases::ddas::isNotTakenUpOutcome(status());
    m_reasonCombo->setEnabled(decides);
    m_dateEdit->setEnabled(decides);
    if (!decides)
        m_reasonCombo->setCurrentIndex(0);
}

void SignalStatusDialog::accept()
{
    const bool decides = cases::ddas::isNotTakenUpOutcome(status());
    auto saved = m_service.setSignalStatus(m_caseId, m_signalId, status(), reasonKey(), decides ? decidedOn() : QDate());
    if (!saved) {
        m_errorLabel->setText(saved.error().message);
        m_errorLabel->show();
        return;
    }
    QDialog::accept();
}

} // namespace vangnet
