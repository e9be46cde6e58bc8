#pragma once

#include "users/User.h"

#include <QDialog>

#include <memory>

namespace vangnet {

class AuthWorker;

namespace Ui {
class LockDialog;
}

/// Vergrendeld: asks the logged-in user's password again after the idle lock. The user name is
/// fixed; the password is checked by AuthService::login on the AuthWorker's thread. A refusal
/// shows the core's message; "Log out" (and closing the dialog) rejects, which ends the session.
class LockDialog final : public QDialog {
    Q_OBJECT
public:
    LockDialog(const User &user, AuthWorker &worker, QWidget *parent = nullptr);
    ~LockDialog() override;

    QString errorMessage() const;
    bool isBusy() const { return m_busy; }
    /// Checks the entered password (what Unlock does).
    void submit();

Q_SIGNALS:
    void unlockFailed(const QString &message);

private:
    void setBusy(bool busy);
    void showError(const QString &message);

    std::unique_ptr<Ui::LockDialog> m_ui;
    AuthWorker &m_worker;
    User m_user;
    bool m_busy = false;
};

} // namespace vangnet
