#include "security/LoginDialog.h"

#include "ui_LoginDialog.h"

#include "demo/DemoGenerator.h"
#include "security/AuthWorker.h"
#include "users/AuthService.h"

#include <QPushButton>

namespace vangnet {

LoginDialog::LoginDialog(AuthWorker &worker, bool demo, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LoginDialog>()), m_worker(worker)
{
    m_ui->setupUi(this);
    setAccessibleName(windowTitle());
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Log in"));
    ok->setAccessibleName(tr("Log in"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_ui->errorLabel->setVisible(false);
    m_ui->busyBar->setVisible(false);

    m_ui->demoHintLabel->setVisible(demo);
    if (demo) {
        QStringList names;
        for (const DemoAccount &account : demoAccounts)
            names << QStringLiteral("<b>%1</b> (%2)").arg(QLatin1String(account.username), roleLabel(account.role));
        m_ui->demoHintLabel->setText(tr("<p>This is a demo database with invented people. Log in as %1; "
                                        "every password is <b>%2</b>.</p>")
                                         .arg(names.join(QStringLiteral(", ")), QLatin1String(demoPassword)));
        m_ui->demoHintLabel->setStyleSheet(
            QStringLiteral("background: #fff4ce; color: #3d3000; border: 1px solid #e0c860; padding: 6px;"));
    }

    // OK logs in; the dialog closes only when the login succeeded.
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->usernameEdit->setFocus();
}

LoginDialog::~LoginDialog() = default;

QString LoginDialog::errorMessage() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void LoginDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
    m_ui->passwordEdit->setAccessibleDescription(message);
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->busyBar->setVisible(busy);
    m_ui->usernameEdit->setEnabled(!busy);
    m_ui->passwordEdit->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void LoginDialog::submit()
{
    if (m_busy)
        return;
    const QString username = m_ui->usernameEdit->text().trimmed();
    const QString password = m_ui->passwordEdit->text();
    if (username.isEmpty() || password.isEmpty()) {
        const QString message = tr("Enter your user name and password.");
        showError(message);
        Q_EMIT loginFailed(message);
        return;
    }
    showError({});
    setBusy(true);
    m_worker.connectAs(username, password); // a team server: the login is the connection
    m_worker.run<Session>(
        this, [username, password](AuthService &auth) { return auth.login(username, password); },
        [this](const Result<Session> &result) {
            setBusy(false);
            if (result) {
                m_session = *result;
                accept();
                return;
            }
            showError(result.error().message);
            m_ui->passwordEdit->clear();
            m_ui->passwordEdit->setFocus();
            Q_EMIT loginFailed(result.error().message);
        });
}

} // namespace vangnet
