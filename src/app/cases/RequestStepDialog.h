#pragma once

#include "cases/Case.h"

#include <QDialog>

#include <memory>

namespace vangnet {

namespace cases {
class CaseService;
}

namespace Ui {
class DecisionDialog;
}

/// The date of the decision on the help (it stops the decision clock). Saves through the service;
/// a stale save keeps the date entered and offers to reload the case.
class DecisionDialog final : public QDialog {
    Q_OBJECT
public:
    DecisionDialog(cases::CaseService &service, const cases::Case &record, const QString &householdName,
                   const QDate &today, QWidget *parent = nullptr);
    ~DecisionDialog() override;

    QDate decisionOn() const;
    void setDecisionOn(const QDate &day);
    QString errorText() const;
    const cases::Case &record() const { return m_case; }

    void reload();
    void accept() override;

private:
    void showError(const QString &text, bool offerReload);

    std::unique_ptr<Ui::DecisionDialog> m_ui;
    cases::CaseService &m_service;
    cases::Case m_case;
};

} // namespace vangnet
