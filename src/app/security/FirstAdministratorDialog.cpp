#include "security/FirstAdministratorDialog.h"

#include "ui_FirstAdministratorDialog.h"

#include "security/AuthWorker.h"
#include "users/AuthService.h"

#include <QPushButton>

namespace vangnet {

FirstAdministratorDialog::FirstAdministratorDialog(const AuthService &auth, AuthWorker &worker, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FirstAdministratorDialog>()), m_auth(auth), m_worker(worker)
{
    m_ui->setupUi(this);
    setAccessibleName(windowTitle());
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Create administrator"));
    ok->setAccessibleName(tr("Create administrator"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_ui->errorLabel->setVisible(false);
    m_ui->busyBar->setVisible(false);
    m_ui->busyBar->setAccessibleName(tr("Creating the administrator"));

    m_errors.add(QStringLiteral("username"), m_ui->usernameEdit, m_ui->usernameError);
    m_errors.add(QStringLiteral("displayName"), m_ui->displayNameEdit, m_ui->displayNameError);
    m_errors.add(QStringLiteral("password"), m_ui->passwordEdit, m_ui->passwordError);
    m_errors.add(QStringLiteral("repeat"), m_ui->repeatEdit, m_ui->repeatError);
    const std::pair<QLineEdit *, QString> fields[] = {
        {m_ui->usernameEdit, QStringLiteral("username")},
        {m_ui->displayNameEdit, QStringLiteral("displayName")},
        {m_ui->passwordEdit, QStringLiteral("password")},
        {m_ui->repeatEdit, QStringLiteral("repeat")},
    };
    for (const auto &[edit, field] : fields)
        m_errors.watch(edit, field, this, [this] { revalidate(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FirstAdministratorDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    revalidate();
}

FirstAdministratorDialog::~FirstAdministratorDialog() = default;

QList<FieldError> FirstAdministratorDialog::validate() const
{
    QList<FieldError> errors;
    const QString username = m_ui->usernameEdit->text().trimmed();
    if (username.isEmpty())
        errors << FieldError{QStringLiteral("username"), tr("Enter a user name.")};
    if (m_ui->displayNameEdit->text().trimmed().isEmpty())
        errors << FieldError{QStringLiteral("displayName"), tr("Enter the administrator's full name.")};
    errors << m_auth.validatePassword(username, m_ui->passwordEdit->text());
    if (m_ui->repeatEdit->text() != m_ui->passwordEdit->text())
        errors << FieldError{QStringLiteral("repeat"), tr("The two passwords are not the same.")};
    return errors;
}

bool FirstAdministratorDialog::canAccept() const
{
    return !m_busy && validate().isEmpty();
}

QString FirstAdministratorDialog::errorMessage() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void FirstAdministratorDialog::revalidate()
{
    m_errors.show(validate(), QStringLiteral("password"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}

void FirstAdministratorDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->busyBar->setVisible(busy);
    for (QLineEdit *edit : {m_ui->usernameEdit, m_ui->displayNameEdit, m_ui->passwordEdit, m_ui->repeatEdit})
        edit->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}

void FirstAdministratorDialog::submit()
{
    m_errors.touchAll();
    revalidate();
    if (!canAccept())
        return;
    m_ui->errorLabel->setVisible(false);
    setBusy(true);
    const QString username = m_ui->usernameEdit->text().trimmed();
    const QString displayName = m_ui->displayNameEdit->text().trimmed();
    const QString password = m_ui->passwordEdit->text();
    m_worker.run<Session>(
        this,
        [username, displayName, password](AuthService &auth) {
            return auth.createFirstAdministrator(username, displayName, password);
        },
        [this](const Result<Session> &result) {
            setBusy(false);
            if (result) {
                m_session = *result;
                accept();
                return;
            }
            const QStringList unplaced = m_errors.show(result.error().fields, QStringLiteral("password"));
            const QString message = unplaced.isEmpty() ? result.error().message : unplaced.join(QLatin1Char('\n'));
            m_ui->errorLabel->setText(message);
            m_ui->errorLabel->setVisible(true);
            Q_EMIT failed(message);
        });
}

} // namespace vangnet
