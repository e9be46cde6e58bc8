#pragma once

#include "domain/Household.h"
#include "households/FieldErrorDisplay.h"
#include "needs/NeedService.h"

#include <QDate>
#include <QDialog>
#include <QStringList>

#include <memory>
#include <optional>

namespace vangnet {

namespace Ui {
class NeedDialog;
}

/// Records a household's housing need (woonvraag; docs/planner.md, "Housing need"): the
/// applicant, the persons moving, wheelchair and pet, the support needed, the acceptable
/// woonvormen and wijken (none ticked = any) and the earliest move date. OK has NeedService
/// record it, which holds the rules: a refusal keeps the dialog open with the service's message
/// beside the field it is about, or above the buttons when it is about none (another team's
/// household, a role without the right).
class NeedDialog final : public QDialog {
    Q_OBJECT
public:
    /// `current` fills the form; without it the head of the household applies, every member
    /// moves and the need starts `today`. `wijken` are offered besides the household's own
    /// wijk and those `current` names already.
    NeedDialog(needs::NeedService &service, const Household &household,
               const std::optional<needs::HousingNeed> &current, const QStringList &wijken, const QDate &today,
               QWidget *parent = nullptr);
    ~NeedDialog() override;

    /// The need as the form has it now.
    needs::HousingNeed need() const;
    /// What OK did to the stored need; meaningful once the dialog was accepted.
    needs::NeedChange change() const { return m_change; }
    /// The message shown beside a field ("applicant", "persons"), "" when none.
    QString fieldError(const QString &field) const { return m_errors.shownMessage(field); }
    /// The message above the buttons (a refusal about no field), "" when none.
    QString messageText() const;

    /// "Name (date of birth)": how a member is named in the combo and on the panel.
    static QString memberText(const Person &member);

    /// Records the need; closes only when the service stored it.
    void accept() override;

private:
    void fillApplicants(qint64 applicantId);
    void fillChoices(const needs::HousingNeed &need, const QStringList &wijken);
    void showRefusal(const Error &error);
    void clearRefusal();
    /// The line above the buttons; hidden when empty.
    void showMessage(const QString &text);

    std::unique_ptr<Ui::NeedDialog> m_ui;
    needs::NeedService &m_service;
    Household m_household;
    needs::NeedChange m_change = needs::NeedChange::Unchanged;
    FieldErrorDisplay m_errors;
};

} // namespace vangnet
