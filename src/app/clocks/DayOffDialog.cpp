#include "clocks/DayOffDialog.h"

#include "ui_DayOffDialog.h"

#include "clocks/ClockService.h"

#include <QPushButton>

namespace vangnet {

DayOffDialog::DayOffDialog(ClockService &service, const QDate &suggested, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::DayOffDialog>()), m_service(service)
{
    m_ui->setupUi(this);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 36); // the introduction in a few lines
    m_ui->dateEdit->setDate(suggested);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_ui->errorLabel->setTextFormat(Qt::PlainText);
    m_ui->errorLabel->hide();
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &DayOffDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &DayOffDialog::reject);
}

DayOffDialog::~DayOffDialog() = default;

QDate DayOffDialog::date() const
{
    return m_ui->dateEdit->date();
}

void DayOffDialog::setDate(const QDate &date)
{
    m_ui->dateEdit->setDate(date);
}

QString DayOffDialog::name() const
{
    return m_ui->nameEdit->text();
}

void DayOffDialog::setName(const QString &name)
{
    m_ui->nameEdit->setText(name);
}

QString DayOffDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void DayOffDialog::accept()
{
    auto added = m_service.addDayOff(date(), name());
    if (!added) {
        const Error &error = added.error();
        QStringList reasons;
        for (const FieldError &field : error.fields)
            reasons << field.message;
        m_ui->errorLabel->setText(reasons.isEmpty() ? error.message : reasons.join(QLatin1Char('\n')));
        m_ui->errorLabel->show();
        const bool aboutName = !error.fields.isEmpty() && error.fields.first().field == QLatin1String("name");
        (aboutName ? static_cast<QWidget *>(m_ui->nameEdit) : m_ui->dateEdit)->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace vangnet
