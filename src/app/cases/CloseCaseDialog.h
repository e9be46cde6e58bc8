#pragma once

#include "cases/Case.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;

namespace vangnet {

namespace cases {
class CaseService;
}

namespace Ui {
class CloseCaseDialog;
}

/// "Zaak afsluiten": the outcome (EnumEindresultaat), the closing date and, apart from it, the
/// internal reason that is never reported (a reason from the list, counted by the team lead, and
/// free text). Closes through the service itself: without an outcome nothing is saved; a refusal
/// by the closing rules is shown and nothing changes; warnings are shown and asked to confirm
/// (DialogRunner::confirm); a stale save keeps every field and offers to reload the case.
class CloseCaseDialog final : public QDialog {
    Q_OBJECT
public:
    CloseCaseDialog(cases::CaseService &service, const cases::Case &record, const QString &householdName,
                    const QDate &today, QWidget *parent = nullptr);
    ~CloseCaseDialog() override;

    QString outcome() const;
    void setOutcome(const QString &outcome);
    QDate closedOn() const;
    void setClosedOn(const QDate &day);
    QString internalReason() const;
    void setInternalReason(const QString &reason);
    QString reasonKey() const;
    void setReasonKey(const QString &key);
    /// The warnings of the last attempt to close ("" when none).
    QString warningText() const;
    /// The message under the fields ("" when none).
    QString errorText() const;
    /// The case as closed, once accepted; else as last read.
    const cases::Case &record() const { return m_case; }

    /// Reads the case again (after a stale save); the fields keep their values.
    void reload();
    void accept() override;

private:
    void showReported();
    void showError(const QString &text, bool offerReload);

    std::unique_ptr<Ui::CloseCaseDialog> m_ui;
    QComboBox *m_reasonCombo = nullptr;
    QLabel *m_warningLabel = nullptr;
    cases::CaseService &m_service;
    cases::Case m_case;
    QString m_householdName;
};

} // namespace vangnet
