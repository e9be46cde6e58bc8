#include "signals/SignalEntryDialog.h"

#include "ui_SignalEntryDialog.h"

#include "households/HouseholdService.h"
#include "importing/ImportKeys.h"
#include "signals/EntryFields.h"

#include <QPushButton>

namespace vangnet {

using importing::PartnerType;

namespace {
constexpr PartnerType partnerTypes[] = {
    PartnerType::Huur, PartnerType::Energie, PartnerType::Water, PartnerType::Zorg, PartnerType::CakZorgverzekeringen,
    PartnerType::Hypotheek, PartnerType::Duo, PartnerType::Belastingdienst, PartnerType::CakEigenBijdrage,
    PartnerType::DienstToeslagen, PartnerType::Overige};
} // namespace

SignalEntryDialog::SignalEntryDialog(HouseholdService &service, const Household &household, const QDate &today,
                                     QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SignalEntryDialog>()), m_service(service), m_household(household)
{
    m_ui->setupUi(this);
    entry::fillMembers(*m_ui->memberCombo, household);
    for (PartnerType type : partnerTypes) // the DDAS names are Dutch already
        m_ui->partnerTypeCombo->addItem(importing::partnerTypeKey(type), static_cast<int>(type));
    m_ui->signalDateEdit->setText(today.toString(QStringLiteral("dd-MM-yyyy")));
    m_ui->buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save"));
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SignalEntryDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &SignalEntryDialog::reject);
}

SignalEntryDialog::~SignalEntryDialog() = default;

void SignalEntryDialog::accept()
{
    QStringList problems;
    importing::SignalRow row;
    row.partnerType = static_cast<PartnerType>(m_ui->partnerTypeCombo->currentData().toInt());
    row.partnerName = m_ui->partnerNameEdit->text().trimmed();
    row.signalDate = entry::parseDate(m_ui->signalDateEdit->text());
    if (!row.signalDate.isValid())
        problems << tr("Write the signal date as DD-MM-YYYY.");
    if (!m_ui->arisenDateEdit->text().trimmed().isEmpty()) {
        row.arisenDate = entry::parseDate(m_ui->arisenDateEdit->text());
        if (!row.arisenDate.isValid())
            problems << tr("Write the date the arrears arose as DD-MM-YYYY, or leave it empty.");
    }
    if (!m_ui->amountEdit->text().trimmed().isEmpty()) {
        row.amountCents = entry::parseCents(m_ui->amountEdit->text());
        if (!row.amountCents)
            problems << tr("Write the amount in euros, e.g. 1.234,56.");
    }
    row.crisis = m_ui->crisisCheck->isChecked();
    row.warmHandover = m_ui->warmHandoverCheck->isChecked();
    if (problems.isEmpty()) {
        auto saved = m_service.addSignal(m_household.id, m_ui->memberCombo->currentData().toLongLong(), row);
        if (saved) {
            m_saved = *saved;
            QDialog::accept();
            return;
        }
        problems << saved.error().message;
        for (const FieldError &f : saved.error().fields)
            problems << f.message;
    }
    m_ui->errorLabel->setText(problems.join(QLatin1Char('\n')));
}

} // namespace vangnet
