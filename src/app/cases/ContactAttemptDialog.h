#pragma once

#include "cases/Case.h"

#include <QDialog>

#include <memory>

namespace vangnet {

namespace cases {
class CaseService;
}

namespace Ui {
class ContactAttemptDialog;
}

class ContactAttemptForm;

/// Quick entry of a contactpoging from the work queue. Saves through the case service itself,
/// so a refusal (a date in the future, a closed case) is shown here and what was typed stays.
class ContactAttemptDialog final : public QDialog {
    Q_OBJECT
public:
    ContactAttemptDialog(cases::CaseService &service, qint64 caseId, const QString &about, const QDate &today,
                         QWidget *parent = nullptr);
    ~ContactAttemptDialog() override;

    ContactAttemptForm &form() const;
    /// The stored attempt once accepted.
    const cases::ContactAttempt &saved() const { return m_saved; }
    QString errorText() const;

    void accept() override;

private:
    std::unique_ptr<Ui::ContactAttemptDialog> m_ui;
    cases::CaseService &m_service;
    qint64 m_caseId = 0;
    cases::ContactAttempt m_saved;
};

} // namespace vangnet
