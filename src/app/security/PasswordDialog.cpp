#include "security/PasswordDialog.h"

#include "ui_PasswordDialog.h"

#include "security/AuthWorker.h"
#include "users/AuthService.h"

#include <QPushButton>

#include <algorithm>

namespace vangnet {

PasswordDialog::PasswordDialog(Mode mode, const QString &username, const AuthService &auth, AuthWorker &worker, Job job,
                               QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PasswordDialog>()), m_mode(mode), m_username(username), m_auth(auth),
      m_worker(worker), m_job(std::move(job))
{
    m_ui->setupUi(this);
    if (mode == Mode::Reset) {
        setWindowTitle(tr("Reset password of %1").arg(username));
        for (QWidget *w : {static_cast<QWidget *>(m_ui->oldPasswordLabel), static_cast<QWidget *>(m_ui->oldPasswordEdit),
                           static_cast<QWidget *>(m_ui->oldPasswordError)})
            w->setVisible(false);
    }
    setAccessibleName(windowTitle());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save password"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_ui->errorLabel->setVisible(false);
    m_ui->busyBar->setVisible(false);
    m_ui->busyBar->setAccessibleName(tr("Saving the password"));

    m_errors.add(QStringLiteral("oldPassword"), m_ui->oldPasswordEdit, m_ui->oldPasswordError);
    m_errors.add(QStringLiteral("password"), m_ui->passwordEdit, m_ui->passwordError);
    m_errors.add(QStringLiteral("repeat"), m_ui->repeatEdit, m_ui->repeatError);
    const std::pair<QLineEdit *, QString> fields[] = {
        {m_ui->oldPasswordEdit, QStringLiteral("oldPassword")},
        {m_ui->passwordEdit, QStringLiteral("password")},
        {m_ui->repeatEdit, QStringLiteral("repeat")},
    };
    for (const auto &[edit, field] : fields)
        m_errors.watch(edit, field, this, [this] { revalidate(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PasswordDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    revalidate();
}

PasswordDialog::~PasswordDialog() = default;

QList<FieldError> PasswordDialog::validate() const
{
    QList<FieldError> errors;
    if (m_mode == Mode::ChangeOwn && m_ui->oldPasswordEdit->text().isEmpty())
        errors << FieldError{QStringLiteral("oldPassword"), tr("Enter your current password.")};
    errors << m_auth.validatePassword(m_username, m_ui->passwordEdit->text());
    if (m_ui->repeatEdit->text() != m_ui->passwordEdit->text())
        errors << FieldError{QStringLiteral("repeat"), tr("The two passwords are not the same.")};
    return errors;
}

bool PasswordDialog::canAccept() const
{
    return !m_busy && validate().isEmpty();
}

QString PasswordDialog::errorMessage() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void PasswordDialog::revalidate()
{
    m_errors.show(validate(), QStringLiteral("password"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}

void PasswordDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->busyBar->setVisible(busy);
    for (QLineEdit *edit : {m_ui->oldPasswordEdit, m_ui->passwordEdit, m_ui->repeatEdit})
        edit->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}

void PasswordDialog::submit()
{
    m_errors.touchAll();
    revalidate();
    if (!canAccept())
        return;
    m_ui->errorLabel->setVisible(false);
    setBusy(true);
    const QString oldPassword = m_mode == Mode::ChangeOwn ? m_ui->oldPasswordEdit->text() : QString();
    const QString newPassword = m_ui->passwordEdit->text();
    Job job = m_job;
    m_worker.run<void>(
        this, [job, oldPassword, newPassword](AuthService &auth) { return job(auth, oldPassword, newPassword); },
        [this](const Result<void> &result) {
            setBusy(false);
            if (result) {
                accept();
                return;
            }
            const QStringList unplaced = m_errors.show(result.error().fields, QStringLiteral("password"));
            const QString message = unplaced.isEmpty() ? result.error().message : unplaced.join(QLatin1Char('\n'));
            m_ui->errorLabel->setText(message);
            m_ui->errorLabel->setVisible(true);
            const bool wrongCurrent = std::any_of(result.error().fields.cbegin(), result.error().fields.cend(),
                                                  [](const FieldError &e) { return e.field == QStringLiteral("oldPassword"); });
            if (wrongCurrent) {
                m_ui->oldPasswordEdit->selectAll();
                m_ui->oldPasswordEdit->setFocus();
            }
            Q_EMIT failed(message);
        });
}

} // namespace vangnet
