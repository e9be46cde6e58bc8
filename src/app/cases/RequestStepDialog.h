#pragma once

#include "cases/Case.h"

#include <QDialog>

#include <memory>

namespace vangnet {

namespace cases {
class CaseService;
}

namespace Ui {
class RequestStepDialog;
}

/// One step of a request for debt help (docs/cases.md "Case types"): "Offer accepted / register
/// request" (its date, a crisis intervention and its kind), the first conversation (its date) or
/// the decision (its date, admitted or refused). Saves through the service; a refusal keeps what
/// was entered and says why; a stale save offers to reload the case.
class RequestStepDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Step { Request, Conversation, Decision };

    RequestStepDialog(cases::CaseService &service, Step step, const cases::Case &record, const QString &householdName,
                      const QDate &today, QWidget *parent = nullptr);
    ~RequestStepDialog() override;

    Step step() const { return m_step; }
    QDate date() const;
    void setDate(const QDate &day);
    /// Request: the crisis kind chosen (empty without a crisis intervention).
    QString crisisKind() const;
    void setCrisisKind(const QString &kind); ///< empty: no crisis intervention
    /// Decision: toelating or afwijzing.
    QString decision() const;
    void setDecision(const QString &decision);
    QString errorText() const;
    const cases::Case &record() const { return m_case; }

    void reload();
    void accept() override;

private:
    void showError(const QString &text, bool offerReload);

    std::unique_ptr<Ui::RequestStepDialog> m_ui;
    cases::CaseService &m_service;
    Step m_step;
    cases::Case m_case;
};

} // namespace vangnet
