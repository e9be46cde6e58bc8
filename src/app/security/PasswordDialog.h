#pragma once

#include "households/FieldErrorDisplay.h"
#include "support/Result.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace vangnet {

class AuthService;
class AuthWorker;

namespace Ui {
class PasswordDialog;
}

/// A new password, typed twice: a user changing their own (with the current password) or an
/// administrator resetting someone else's. The dialog validates while typing; the change itself
/// (a key derivation, slow) runs on the AuthWorker through `job`.
class PasswordDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Mode { ChangeOwn, Reset };
    /// Runs on the worker thread: (service, current password or "", new password).
    using Job = std::function<Result<void>(AuthService &, const QString &, const QString &)>;

    /// `username` is the account whose password changes (validation forbids the name in it).
    PasswordDialog(Mode mode, const QString &username, const AuthService &auth, AuthWorker &worker, Job job,
                   QWidget *parent = nullptr);
    ~PasswordDialog() override;

    QString fieldError(const QString &field) const { return m_errors.shownMessage(field); }
    QString errorMessage() const;
    bool canAccept() const;
    bool isBusy() const { return m_busy; }
    /// Changes the password (what OK does); the dialog accepts when it is stored.
    void submit();

Q_SIGNALS:
    void failed(const QString &message);

private:
    QList<FieldError> validate() const;
    void revalidate();
    void setBusy(bool busy);

    std::unique_ptr<Ui::PasswordDialog> m_ui;
    Mode m_mode;
    QString m_username;
    const AuthService &m_auth;
    AuthWorker &m_worker;
    Job m_job;
    FieldErrorDisplay m_errors;
    bool m_busy = false;
};

} // namespace vangnet
