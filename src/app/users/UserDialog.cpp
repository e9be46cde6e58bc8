#include "users/UserDialog.h"

#include "ui_UserDialog.h"

#include "security/AuthWorker.h"
#include "users/AuthService.h"

#include <QPushButton>

namespace vangnet {

namespace {
const QString UsernameField = QStringLiteral("username");
const QString DisplayNameField = QStringLiteral("displayName");
const QString TeamField = QStringLiteral("team");
const QString PasswordField = QStringLiteral("password");
const QString RepeatField = QStringLiteral("repeat");
} // namespace

UserDialog::UserDialog(const User &user, const QList<Team> &teams, const Session &session, const AuthService &auth,
                       AuthWorker &worker, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::UserDialog>()), m_user(user), m_session(session), m_auth(auth),
      m_worker(worker)
{
    m_ui->setupUi(this);
    setWindowTitle(isNew() ? tr("New user") : tr("Edit user %1").arg(user.username));
    setAccessibleName(windowTitle());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save user"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_ui->errorLabel->setVisible(false);
    m_ui->busyBar->setVisible(false);

    for (Role role : {Role::Consulent, Role::Teamleider, Role::FunctioneelBeheerder})
        m_ui->roleCombo->addItem(roleLabel(role), static_cast<int>(role));
    m_ui->teamCombo->addItem(tr("No team"), qint64(0));
    for (const Team &team : teams)
        m_ui->teamCombo->addItem(team.name, team.id);

    m_ui->usernameEdit->setText(user.username);
    m_ui->usernameEdit->setReadOnly(!isNew());
    m_ui->displayNameEdit->setText(user.displayName);
    m_ui->roleCombo->setCurrentIndex(std::max(0, m_ui->roleCombo->findData(static_cast<int>(user.role))));
    m_ui->teamCombo->setCurrentIndex(std::max(0, m_ui->teamCombo->findData(user.teamId)));
    m_ui->activeCheck->setChecked(user.active);
    m_ui->activeCheck->setVisible(!isNew());
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->passwordLabel, m_ui->passwordEdit, m_ui->passwordError,
                                                       m_ui->repeatLabel, m_ui->repeatEdit, m_ui->repeatError})
        w->setVisible(isNew());

    m_errors.add(UsernameField, m_ui->usernameEdit, m_ui->usernameError);
    m_errors.add(DisplayNameField, m_ui->displayNameEdit, m_ui->displayNameError);
    m_errors.add(TeamField, m_ui->teamCombo, m_ui->teamError);
    m_errors.add(QStringLiteral("role"), m_ui->roleCombo, m_ui->roleError);
    m_errors.add(PasswordField, m_ui->passwordEdit, m_ui->passwordError);
    m_errors.add(RepeatField, m_ui->repeatEdit, m_ui->repeatError);
    const std::pair<QLineEdit *, QString> fields[] = {
        {m_ui->usernameEdit, UsernameField},
        {m_ui->displayNameEdit, DisplayNameField},
        {m_ui->passwordEdit, PasswordField},
        {m_ui->repeatEdit, RepeatField},
    };
    for (const auto &[edit, field] : fields)
        m_errors.watch(edit, field, this, [this] { revalidate(); });
    for (QComboBox *combo : {m_ui->roleCombo, m_ui->teamCombo}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            m_errors.touch(TeamField);
            revalidate();
        });
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &UserDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    revalidate();
}

UserDialog::~UserDialog() = default;

User UserDialog::user() const
{
    User user = m_user;
    user.username = m_ui->usernameEdit->text().trimmed();
    user.displayName = m_ui->displayNameEdit->text().trimmed();
    user.role = static_cast<Role>(m_ui->roleCombo->currentData().toInt());
    user.teamId = m_ui->teamCombo->currentData().toLongLong();
    user.active = m_ui->activeCheck->isChecked();
    return user;
}

QList<FieldError> UserDialog::validate() const
{
    const User entered = user();
    QList<FieldError> errors;
    if (entered.username.isEmpty())
        errors << FieldError{UsernameField, tr("Enter a user name.")};
    if (entered.displayName.isEmpty())
        errors << FieldError{DisplayNameField, tr("Enter the full name.")};
    // Consulenten and teamleiders work on their team's households; without a team they see none.
    if (entered.role != Role::FunctioneelBeheerder && entered.teamId == 0)
        errors << FieldError{TeamField, tr("Choose the team this %1 works in.").arg(roleLabel(entered.role).toLower())};
    if (isNew()) {
        errors << m_auth.validatePassword(entered.username, m_ui->passwordEdit->text());
        if (m_ui->repeatEdit->text() != m_ui->passwordEdit->text())
            errors << FieldError{RepeatField, tr("The two passwords are not the same.")};
    }
    return errors;
}

bool UserDialog::canAccept() const
{
    return !m_busy && validate().isEmpty();
}

QString UserDialog::errorMessage() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void UserDialog::revalidate()
{
    m_errors.show(validate(), PasswordField);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}

void UserDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->busyBar->setVisible(busy);
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->usernameEdit, m_ui->displayNameEdit, m_ui->roleCombo,
                                                       m_ui->teamCombo, m_ui->passwordEdit, m_ui->repeatEdit,
                                                       m_ui->activeCheck})
        w->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}

void UserDialog::showFailure(const Error &error)
{
    const QStringList unplaced = m_errors.show(error.fields);
    const QString message = unplaced.isEmpty() ? error.message : unplaced.join(QLatin1Char('\n'));
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(true);
    Q_EMIT failed(message);
}

void UserDialog::submit()
{
    m_errors.touchAll();
    revalidate();
    if (!canAccept())
        return;
    m_ui->errorLabel->setVisible(false);
    setBusy(true);
    const User entered = user();
    const Session session = m_session;
    const QString password = m_ui->passwordEdit->text();
    const bool create = isNew();
    m_worker.run<User>(
        this,
        [entered, session, password, create](AuthService &auth) {
            return create ? auth.createUser(session, entered, password) : auth.updateUser(session, entered);
        },
        [this](const Result<User> &result) {
            setBusy(false);
            if (!result) {
                showFailure(result.error());
                return;
            }
            m_saved = *result;
            accept();
        });
}

} // namespace vangnet
