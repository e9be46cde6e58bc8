#pragma once

#include "domain/Household.h"

#include <QDialog>

#include <memory>

namespace vangnet {

class HouseholdService;

namespace Ui {
class SignalEntryDialog;
}

/// "Signaal toevoegen": an early signal that came by letter, phone or e-mail, entered on the
/// household. Saving goes through HouseholdService::addSignal; its refusal stays in the dialog.
class SignalEntryDialog final : public QDialog {
    Q_OBJECT
public:
    SignalEntryDialog(HouseholdService &service, const Household &household, const QDate &today, QWidget *parent = nullptr);
    ~SignalEntryDialog() override;

    void accept() override;
    qint64 savedId() const { return m_saved; }

private:
    std::unique_ptr<Ui::SignalEntryDialog> m_ui;
    HouseholdService &m_service;
    Household m_household;
    qint64 m_saved = 0;
};

} // namespace vangnet
