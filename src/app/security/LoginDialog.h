#pragma once

#include "security/Session.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace vangnet {

class AuthWorker;

namespace Ui {
class LoginDialog;
}

/// Asks for user name and password and logs in on the AuthWorker's thread (the password check
/// is slow on purpose) while a busy bar runs. A refusal shows the core's message and keeps the
/// dialog open; a successful login accepts it. On a demo database it lists the demo accounts.
class LoginDialog final : public QDialog {
    Q_OBJECT
public:
    LoginDialog(AuthWorker &worker, bool demo, QWidget *parent = nullptr);
    ~LoginDialog() override;

    /// The session, once the login succeeded.
    const std::optional<Session> &session() const { return m_session; }
    /// The message shown under the fields ("" when none).
    QString errorMessage() const;
    bool isBusy() const { return m_busy; }
    /// Starts the login with the entered name and password (what OK does).
    void submit();

Q_SIGNALS:
    void loginFailed(const QString &message);

private:
    void setBusy(bool busy);
    void showError(const QString &message);

    std::unique_ptr<Ui::LoginDialog> m_ui;
    AuthWorker &m_worker;
    std::optional<Session> m_session;
    bool m_busy = false;
};

} // namespace vangnet
