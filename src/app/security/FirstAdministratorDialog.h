#pragma once

#include "households/FieldErrorDisplay.h"
#include "security/Session.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace vangnet {

class AuthService;
class AuthWorker;

namespace Ui {
class FirstAdministratorDialog;
}

/// First run on a database without users: creates the functional administrator (user name,
/// full name, password twice). Problems show beside the fields while typing; OK stays disabled
/// until the form is valid. Creating the account derives a key (slow), so it runs on the worker.
class FirstAdministratorDialog final : public QDialog {
    Q_OBJECT
public:
    /// `auth` (GUI thread) only validates; `worker` creates the account.
    FirstAdministratorDialog(const AuthService &auth, AuthWorker &worker, QWidget *parent = nullptr);
    ~FirstAdministratorDialog() override;

    /// The administrator's session, once the account was created.
    const std::optional<Session> &session() const { return m_session; }
    /// The message shown beside a field ("username", "displayName", "password", "repeat").
    QString fieldError(const QString &field) const { return m_errors.shownMessage(field); }
    QString errorMessage() const;
    bool canAccept() const;
    bool isBusy() const { return m_busy; }
    /// Creates the administrator (what OK does); the dialog accepts when it is stored.
    void submit();

Q_SIGNALS:
    void failed(const QString &message);

private:
    QList<FieldError> validate() const;
    void revalidate();
    void setBusy(bool busy);

    std::unique_ptr<Ui::FirstAdministratorDialog> m_ui;
    const AuthService &m_auth;
    AuthWorker &m_worker;
    FieldErrorDisplay m_errors;
    std::optional<Session> m_session;
    bool m_busy = false;
};

} // namespace vangnet
