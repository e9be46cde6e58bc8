#pragma once

#include "households/FieldErrorDisplay.h"
#include "security/Session.h"
#include "users/User.h"

#include <QDialog>

#include <memory>

namespace vangnet {

class AuthService;
class AuthWorker;

namespace Ui {
class UserDialog;
}

/// Creates a user (user name, full name, role, team, initial password twice) or edits one
/// (full name, role, team, active). Validates while typing; the save runs on the AuthWorker,
/// since a new account's password derivation is slow. Core checks the administrator's rights.
class UserDialog final : public QDialog {
    Q_OBJECT
public:
    /// A user with id 0 is created; otherwise edited. `auth` (GUI thread) only validates.
    UserDialog(const User &user, const QList<Team> &teams, const Session &session, const AuthService &auth,
               AuthWorker &worker, QWidget *parent = nullptr);
    ~UserDialog() override;

    bool isNew() const { return m_user.id == 0; }
    /// The user as entered.
    User user() const;
    /// The user as stored, after the dialog was accepted.
    const User &saved() const { return m_saved; }
    QString fieldError(const QString &field) const { return m_errors.shownMessage(field); }
    QString errorMessage() const;
    bool canAccept() const;
    bool isBusy() const { return m_busy; }
    /// Saves (what OK does); the dialog accepts when the user is stored.
    void submit();

Q_SIGNALS:
    void failed(const QString &message);

private:
    QList<FieldError> validate() const;
    void revalidate();
    void setBusy(bool busy);
    void showFailure(const Error &error);

    std::unique_ptr<Ui::UserDialog> m_ui;
    User m_user;
    Session m_session;
    const AuthService &m_auth;
    AuthWorker &m_worker;
    FieldErrorDisplay m_errors;
    User m_saved;
    bool m_busy = false;
};

} // namespace vangnet
