#pragma once

#include "domain/Household.h"
#include "households/FieldErrorDisplay.h"

#include <QDate>
#include <QDialog>

#include <memory>

namespace vangnet {

class ChangedElsewhereBanner;
class HouseholdService;

namespace Ui {
class HouseholdDialog;
}

/// Creates or edits a household: its address and its members. Problems are shown beside their
/// fields while the user types, and OK stays disabled while there are any. On OK the household
/// is checked against the database (BSN already registered elsewhere) and saved; a failed save
/// (e.g. someone else changed the household meanwhile) is shown here, keeping what was typed.
class HouseholdDialog final : public QDialog {
    Q_OBJECT
public:
    HouseholdDialog(HouseholdService &service, const Household &household, const QDate &today,
                    const QStringList &districts, QWidget *parent = nullptr);
    ~HouseholdDialog() override;

    /// The household as entered.
    Household household() const;
    /// The household as stored, after the dialog was accepted.
    const Household &saved() const { return m_saved; }

    bool canAccept() const;
    QString fieldError(const QString &field) const { return m_errors.shownMessage(field); }
    QString saveError() const;

    void accept() override;

    /// A colleague changed this household after the dialog opened: says so above the form at
    /// once (OK would be refused by the version check). What was typed stays.
    void noticeChangedByColleague();
    /// The notice's text while it shows; empty when it does not.
    QString colleagueNotice() const;

private:
    void addMember();
    void editMember();
    void removeMember();
    void showMembers();
    void revalidate();
    /// Member errors ("members[1].bsn") are shown together under the members table.
    QList<FieldError> groupMemberErrors(const QList<FieldError> &errors) const;

    std::unique_ptr<Ui::HouseholdDialog> m_ui;
    HouseholdService &m_service;
    Household m_household;
    Household m_saved;
    QDate m_today;
    FieldErrorDisplay m_errors;
    ChangedElsewhereBanner *m_colleagueBanner = nullptr;
};

} // namespace vangnet
