#pragma once

#include "domain/Household.h"

#include <QDialog>

#include <memory>

namespace vangnet {

class HouseholdService;

namespace Ui {
class DischargeEntryDialog;
}

/// "Uitstroommelding toevoegen": a notice of someone leaving an institution, with the five
/// basic conditions, entered on the household (HouseholdService::addDischarge).
class DischargeEntryDialog final : public QDialog {
    Q_OBJECT
public:
    DischargeEntryDialog(HouseholdService &service, const Household &household, QWidget *parent = nullptr);
    ~DischargeEntryDialog() override;

    void accept() override;
    qint64 savedId() const { return m_saved; }

private:
    std::unique_ptr<Ui::DischargeEntryDialog> m_ui;
    HouseholdService &m_service;
    Household m_household;
    qint64 m_saved = 0;
};

} // namespace vangnet
