#include "security/LockDialog.h"

#include "ui_LockDialog.h"

#include "security/AuthWorker.h"
#include "security/Session.h"
#include "users/AuthService.h"

#include <QPushButton>

namespace vangnet {

LockDialog::LockDialog(const User &user, AuthWorker &worker, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LockDialog>()), m_worker(worker), m_user(user)
{
    m_ui->setupUi(this);
    setAccessibleName(windowTitle());
    m_ui->introLabel->setText(tr("Vangnet was locked because it was not used for a while. Enter the password of "
                                 "%1 to continue, or log out.")
                                  .arg(user.displayName));
    m_ui->introLabel->setTextFormat(Qt::PlainText);
    m_ui->usernameEdit->setText(user.username);
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Unlock"));
    ok->setAccessibleName(tr("Unlock"));
    QPushButton *logout = m_ui->buttonBox->addButton(tr("Log &out"), QDialogButtonBox::RejectRole);
    logout->setObjectName(QStringLiteral("logoutButton"));
    logout->setAccessibleName(tr("Log out"));
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_ui->errorLabel->setVisible(false);
    m_ui->busyBar->setVisible(false);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LockDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->passwordEdit->setFocus();
}

LockDialog::~LockDialog() = default;

QString LockDialog::errorMessage() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void LockDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
    m_ui->passwordEdit->setAccessibleDescription(message);
}

void LockDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->busyBar->setVisible(busy);
    m_ui->passwordEdit->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void LockDialog::submit()
{
    if (m_busy)
        return;
    const QString password = m_ui->passwordEdit->text();
    if (password.isEmpty()) {
        const QString message = tr("Enter your password.");
        showError(message);
        Q_EMIT unlockFailed(message);
        return;
    }
    showError({});
    setBusy(true);
    const QString username = m_user.username;
    const qint64 userId = m_user.id;
    m_worker.run<Session>(
        this, [username, password](AuthService &auth) { return auth.login(username, password); },
        [this, userId](const Result<Session> &result) {
            setBusy(false);
            if (result && result->user().id == userId) {
                m_ui->passwordEdit->clear();
                accept();
                return;
            }
            const QString message = result ? tr("The password is not correct.") : result.error().message;
            showError(message);
            m_ui->passwordEdit->clear();
            m_ui->passwordEdit->setFocus();
            Q_EMIT unlockFailed(message);
        });
}

} // namespace vangnet
