#include "cases/ContactAttemptForm.h"

#include "ui_ContactAttemptForm.h"

#include <QAbstractItemView>

namespace vangnet {

ContactAttemptForm::ContactAttemptForm(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ContactAttemptForm>())
{
    m_ui->setupUi(this);
    // The DDAS values are Dutch data values and are shown as they are.
    for (const QString &kind : cases::ddas::contactsoort())
        m_ui->kindCombo->addItem(kind, kind);
    m_ui->kindCombo->setCurrentIndex(-1);
    m_ui->kindCombo->view()->setAccessibleName(tr("Kinds of contact"));
    m_ui->dayPartCombo->addItem(tr("Not recorded"), QString());
    for (const QString &part : cases::ddas::dagdeel())
        m_ui->dayPartCombo->addItem(part, part);
    m_ui->dayPartCombo->view()->setAccessibleName(tr("Parts of the day"));
    m_ui->noteEdit->setFixedHeight(m_ui->noteEdit->fontMetrics().lineSpacing() * 3 + 12);
}

ContactAttemptForm::~ContactAttemptForm() = default;

void ContactAttemptForm::setToday(const QDate &today)
{
    m_today = today;
    m_ui->dateEdit->setMaximumDate(today);
    m_ui->dateEdit->setDate(today);
}

cases::ContactAttempt ContactAttemptForm::attempt() const
{
    cases::ContactAttempt a;
    a.kind = m_ui->kindCombo->currentData().toString();
    a.reached = m_ui->reachedCheck->isChecked();
    a.date = m_ui->dateEdit->date();
    a.dayPart = m_ui->dayPartCombo->currentData().toString();
    a.note = m_ui->noteEdit->toPlainText().trimmed();
    return a;
}

void ContactAttemptForm::setAttempt(const cases::ContactAttempt &attempt)
{
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(attempt.kind));
    m_ui->reachedCheck->setChecked(attempt.reached);
    m_ui->dateEdit->setDate(attempt.date);
    m_ui->dayPartCombo->setCurrentIndex(std::max(0, m_ui->dayPartCombo->findData(attempt.dayPart)));
    m_ui->noteEdit->setPlainText(attempt.note);
}

void ContactAttemptForm::clear()
{
    m_ui->reachedCheck->setChecked(false);
    m_ui->dateEdit->setDate(m_today);
    m_ui->dayPartCombo->setCurrentIndex(0);
    m_ui->noteEdit->clear();
}

QString ContactAttemptForm::problem() const
{
    if (m_ui->kindCombo->currentIndex() < 0)
        return tr("Choose the kind of contact: letter, phone call, home visit, …");
    if (m_today.isValid() && m_ui->dateEdit->date() > m_today)
        return tr("A contact attempt cannot be dated in the future: the latest date is %1.")
            .arg(m_today.toString(QStringLiteral("dd-MM-yyyy")));
    return {};
}

void ContactAttemptForm::focusFirst()
{
    m_ui->kindCombo->setFocus(Qt::OtherFocusReason);
}

} // namespace vangnet
