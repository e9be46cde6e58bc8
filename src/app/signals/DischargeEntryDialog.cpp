#include "signals/DischargeEntryDialog.h"

#include "ui_DischargeEntryDialog.h"

#include "households/HouseholdService.h"
#include "importing/ImportKeys.h"
#include "signals/EntryFields.h"

#include <QPushButton>

namespace vangnet {

using importing::ConditionState;
using importing::DischargeChannel;
using importing::InstitutionType;

DischargeEntryDialog::DischargeEntryDialog(HouseholdService &service, const Household &household, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::DischargeEntryDialog>()), m_service(service), m_household(household)
{
    m_ui->setupUi(this);
    entry::fillMembers(*m_ui->memberCombo, household);
    for (InstitutionType type : {InstitutionType::Detentie, InstitutionType::GgzKliniek, InstitutionType::Jeugdzorg,
                                 InstitutionType::BeschermdWonen, InstitutionType::MaatschappelijkeOpvang,
                                 InstitutionType::Ziekenhuis, InstitutionType::Overig})
        m_ui->institutionTypeCombo->addItem(importing::institutionTypeLabel(type), static_cast<int>(type));
    for (QComboBox *combo : {m_ui->idDocumentCombo, m_ui->shelterCombo, m_ui->incomeCombo, m_ui->debtsCombo, m_ui->careCombo})
        for (ConditionState state : {ConditionState::Onbekend, ConditionState::Geregeld, ConditionState::InBehandeling,
                                     ConditionState::NietGeregeld})
            combo->addItem(importing::conditionStateLabel(state), static_cast<int>(state));
    m_ui->channelCombo->addItem(tr("Not given"), -1);
    for (DischargeChannel channel : {DischargeChannel::DrPlan, DischargeChannel::WarmeOverdracht, DischargeChannel::Dpan,
                                     DischargeChannel::Overig})
        m_ui->channelCombo->addItem(importing::dischargeChannelLabel(channel), static_cast<int>(channel));
    m_ui->buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save"));
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &DischargeEntryDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &DischargeEntryDialog::reject);
}

DischargeEntryDialog::~DischargeEntryDialog() = default;

void DischargeEntryDialog::accept()
{
    importing::DischargeRow row;
    row.institutionType = static_cast<InstitutionType>(m_ui->institutionTypeCombo->currentData().toInt());
    row.institutionName = m_ui->institutionNameEdit->text().trimmed();
    if (const int channel = m_ui->channelCombo->currentData().toInt(); channel >= 0)
        row.channel = static_cast<DischargeChannel>(channel);
    row.expectedDate = entry::parseDate(m_ui->expectedDateEdit->text());
    const auto state = [](const QComboBox *combo) { return static_cast<ConditionState>(combo->currentData().toInt()); };
    row.idDocument = state(m_ui->idDocumentCombo);
    row.shelter = state(m_ui->shelterCombo);
    row.income = state(m_ui->incomeCombo);
    row.debts = state(m_ui->debtsCombo);
    row.care = state(m_ui->careCombo);
    if (!row.expectedDate.isValid()) {
        m_ui->errorLabel->setText(tr("Write the expected discharge date as DD-MM-YYYY."));
        return;
    }
    auto saved = m_service.addDischarge(m_household.id, m_ui->memberCombo->currentData().toLongLong(), row);
    if (!saved) {
        m_ui->errorLabel->setText(saved.error().message);
        return;
    }
    m_saved = *saved;
    QDialog::accept();
}

} // namespace vangnet
