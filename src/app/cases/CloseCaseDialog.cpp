#include "cases/CloseCaseDialog.h"

#include "ui_CloseCaseDialog.h"

#include "cases/CaseService.h"
#include "cases/CaseText.h"
#include "cases/ReasonCombo.h"

#include "DialogRunner.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>

namespace vangnet {

CloseCaseDialog::CloseCaseDialog(cases::CaseService &service, const cases::Case &record, const QString &householdName,
                                 const QDate &today, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CloseCaseDialog>()), m_service(service), m_case(record),
      m_householdName(householdName)
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(tr("Choose the outcome (eindresultaat) of %1, as it will be reported in the "
                                 "statistics.")
                                  .arg(CaseText::title(record, householdName)));
    // EnumEindresultaat values are Dutch data values, shown as they are.
    for (const QString &outcome : cases::ddas::eindresultaat())
        m_ui->outcomeCombo->addItem(outcome, outcome);
    m_ui->outcomeCombo->setCurrentIndex(-1);
    m_ui->outcomeCombo->view()->setAccessibleName(tr("Outcomes"));
    m_ui->closedOnEdit->setMaximumDate(today);
    if (record.openedOn.isValid())
        m_ui->closedOnEdit->setMinimumDate(record.openedOn);
    m_ui->closedOnEdit->setDate(today);
    // Set apart by a tint and its title; the title and the hint say it in words.
    m_ui->internalGroup->setStyleSheet(QStringLiteral("QGroupBox#internalGroup { background: #fff6e0; }"));
    m_ui->internalReasonEdit->setFixedHeight(m_ui->internalReasonEdit->fontMetrics().lineSpacing() * 3 + 12);
    m_reasonCombo = new QComboBox(m_ui->internalGroup);
    m_reasonCombo->setObjectName(QStringLiteral("reasonCombo"));
    fillReasonCombo(*m_reasonCombo);
    m_ui->internalBox->insertWidget(1, m_reasonCombo);
    m_warningLabel = new QLabel(this);
    m_warningLabel->setObjectName(QStringLiteral("warningLabel"));
    m_warningLabel->setAccessibleName(tr("Warnings about this closing"));
    m_warningLabel->setWordWrap(true);
    m_warningLabel->setTextFormat(Qt::PlainText);
    m_warningLabel->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    m_warningLabel->hide();
    m_ui->dialogBox->insertWidget(m_ui->dialogBox->indexOf(m_ui->errorLabel), m_warningLabel);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_ui->errorLabel->hide();
    m_ui->reloadButton->hide();
    m_ui->reportedLabel->setTextFormat(Qt::PlainText);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Close case"));
    connect(m_ui->outcomeCombo, &QComboBox::currentIndexChanged, this, &CloseCaseDialog::showReported);
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &CloseCaseDialog::reload);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &CloseCaseDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &CloseCaseDialog::reject);
    showReported();
    setMinimumWidth(520);
    m_ui->outcomeCombo->setFocus();
}

CloseCaseDialog::~CloseCaseDialog() = default;

QString CloseCaseDialog::outcome() const
{
    return m_ui->outcomeCombo->currentData().toString();
}

void CloseCaseDialog::setOutcome(const QString &outcome)
{
    m_ui->outcomeCombo->setCurrentIndex(m_ui->outcomeCombo->findData(outcome));
}

QDate CloseCaseDialog::closedOn() const
{
    return m_ui->closedOnEdit->date();
}

void CloseCaseDialog::setClosedOn(const QDate &day)
{
    m_ui->closedOnEdit->setDate(day);
}

QString CloseCaseDialog::internalReason() const
{
    return m_ui->internalReasonEdit->toPlainText().trimmed();
}

void CloseCaseDialog::setInternalReason(const QString &reason)
{
    m_ui->internalReasonEdit->setPlainText(reason);
}

QString CloseCaseDialog::reasonKey() const
{
    return reasonKeyOf(*m_reasonCombo);
}

void CloseCaseDialog::setReasonKey(const QString &key)
{
    m_reasonCombo->setCurrentIndex(std::max(0, m_reasonCombo->findData(key)));
}

QString CloseCaseDialog::warningText() const
{
    return m_warningLabel->isHidden() ? QString() : m_warningLabel->text();
}

QString CloseCaseDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void CloseCaseDialog::showReported()
{
    const QString chosen = outcome();
    // A reason from the list says why a signal was not taken up: only with such an outcome.
    m_reasonCombo->setEnabled(cases::ddas::isNotTakenUpOutcome(chosen));
    if (!m_reasonCombo->isEnabled())
        m_reasonCombo->setCurrentIndex(0);
    if (chosen.isEmpty()) {
        m_ui->reportedLabel->setText(tr("Outcomes that start with \"Niet opgepakt\" are what the signal partner "
                                        "hears back about their signal."));
    } else if (cases::ddas::isNotTakenUpOutcome(chosen)) {
        m_ui->reportedLabel->setText(tr("The signal partner hears back exactly this: \"%1\". Nothing of the "
                                        "internal reason below is passed on.")
                                         .arg(chosen));
    } else {
        m_ui->reportedLabel->setText(tr("Reported in the statistics for CBS; the signal partner hears that the "
                                        "signal was taken up."));
    }
}

void CloseCaseDialog::showError(const QString &text, bool offerReload)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->show();
    m_ui->reloadButton->setVisible(offerReload);
}

void CloseCaseDialog::reload()
{
    auto fresh = m_service.get(m_case.id);
    if (!fresh) {
        showError(fresh.error().message, true);
        return;
    }
    m_case = *fresh;
    m_ui->reloadButton->hide();
    if (!cases::canMove(m_case.status, cases::CaseStatus::Afgesloten)) {
        showError(tr("The case cannot be closed now: it is \"%1\" (%2).")
                      .arg(cases::caseStatusLabel(m_case.status), CaseText::version(m_case)),
                  false);
        m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    showError(CaseText::reloaded(m_case), false);
}

void CloseCaseDialog::accept()
{
    if (outcome().isEmpty()) {
        showError(tr("Choose an outcome: a case is only closed with its eindresultaat."), false);
        m_ui->outcomeCombo->setFocus();
        return;
    }
    cases::Closing closing{outcome(), closedOn(), internalReason(), reasonKey(), false};
    auto warnings = m_service.closingWarnings(m_case.id, m_case.version, closing);
    if (!warnings) {
        const bool stale = CaseText::isStale(warnings.error(), m_service, m_case);
        showError(CaseText::refusal(warnings.error(), stale), stale);
        return;
    }
    m_warningLabel->setText(warnings->join(QLatin1Char('\n')));
    m_warningLabel->setVisible(!warnings->isEmpty());
    if (!warnings->isEmpty()) {
        m_ui->errorLabel->hide();
        if (!DialogRunner::confirm(this, tr("Close the case?"),
                                   tr("%1\n\nClose the case with \"%2\" all the same?").arg(warnings->join(QLatin1Char('\n')), outcome())))
            return;
        closing.confirmed = true;
    }
    auto closed = m_service.close(m_case.id, m_case.version, closing);
    if (!closed) {
        const bool stale = CaseText::isStale(closed.error(), m_service, m_case);
        showError(CaseText::refusal(closed.error(), stale), stale);
        return;
    }
    m_case = *closed;
    QDialog::accept();
}

} // namespace vangnet
