#include "users/UsersPage.h"

#include "ui_UsersPage.h"

#include "DialogRunner.h"
#include "security/PasswordDialog.h"
#include "support/Clock.h"
#include "users/AuthService.h"
#include "users/KeyRotationDialog.h"
#include "users/UserDialog.h"
#include "users/UserListModel.h"

#include <QHeaderView>
#include <QInputDialog>

namespace vangnet {

UsersPage::UsersPage(const Session &session, AuthService &auth, AuthWorker &worker, const Clock &clock,
                     QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::UsersPage>()), m_session(session), m_auth(auth), m_worker(worker),
      m_clock(clock), m_model(new UserListModel(this))
{
    m_ui->setupUi(this);
    QTableView *view = m_ui->tableView;
    view->setModel(m_model);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(UserListModel::NameColumn, QHeaderView::Stretch);
    connect(m_ui->newUserButton, &QPushButton::clicked, this, &UsersPage::newUser);
    connect(m_ui->editButton, &QPushButton::clicked, this, [this] { editUser(selectedId()); });
    connect(m_ui->resetPasswordButton, &QPushButton::clicked, this, [this] { resetPassword(selectedId()); });
    connect(m_ui->newTeamButton, &QPushButton::clicked, this, &UsersPage::newTeam);
    connect(m_ui->rotateKeyButton, &QPushButton::clicked, this, [this] {
        const auto user = m_model->itemAt(m_ui->tableView->currentIndex());
        rotateTeamKey(user ? user->teamId : 0);
    });
    connect(view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const auto user = m_model->itemAt(index))
            editUser(user->id);
    });
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &UsersPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPage::updateButtons);
    reload();
}

UsersPage::~UsersPage() = default;

void UsersPage::reload()
{
    const qint64 keep = selectedId();
    auto teams = m_auth.teams();
    auto users = m_auth.users(m_session);
    if (!teams || !users) {
        DialogRunner::warn(this, tr("Users"), !users ? users.error().message : teams.error().message);
        return;
    }
    m_teams = *teams;
    m_users = *users;
    m_model->setUsers(*users, m_teams, m_clock.now());
    m_ui->countLabel->setText(tr("%n user(s)", nullptr, m_model->rowCount()) + QStringLiteral(" · ")
                              + tr("%n team(s)", nullptr, static_cast<int>(m_teams.size())));
    selectUser(keep);
}

qint64 UsersPage::selectedId() const
{
    const auto user = m_model->itemAt(m_ui->tableView->currentIndex());
    return user ? user->id : 0;
}

void UsersPage::selectUser(qint64 id)
{
    const QModelIndex index = m_model->indexOf(id);
    if (index.isValid())
        m_ui->tableView->setCurrentIndex(index);
}

void UsersPage::updateButtons()
{
    const bool selected = selectedId() != 0;
    m_ui->editButton->setEnabled(selected);
    m_ui->resetPasswordButton->setEnabled(selected);
}

void UsersPage::newUser()
{
    User user;
    if (!m_teams.isEmpty())
        user.teamId = m_teams.first().id;
    UserDialog dialog(user, m_teams, m_session, m_auth, m_worker, this);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    const qint64 id = dialog.saved().id;
    reload();
    selectUser(id);
}

void UsersPage::editUser(qint64 id)
{
    const auto user = m_model->itemAt(m_model->indexOf(id));
    if (!user)
        return;
    const User before = *user;
    UserDialog dialog(*user, m_teams, m_session, m_auth, m_worker, this);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    reload();
    // A member who leaves a team may have kept its key: offer a new one (docs/security.md).
    const User &after = dialog.saved();
    if (before.teamId != 0 && before.active && (!after.active || after.teamId != before.teamId))
        offerRotation(before);
}

void UsersPage::offerRotation(const User &departed)
{
    const auto team = std::find_if(m_teams.cbegin(), m_teams.cend(), [&departed](const Team &t) { return t.id == departed.teamId; });
    const QString teamName = team == m_teams.cend() ? QString::number(departed.teamId) : team->name;
    if (DialogRunner::confirm(this, tr("Rotate team key?"),
                              tr("%1 no longer works in %2, but may have kept a copy of the team's key. Make a new "
                                 "key now, so the old one opens nothing? A member of %2 confirms with their password.")
                                  .arg(departed.displayName, teamName)))
        rotateTeamKey(departed.teamId);
}

void UsersPage::rotateTeamKey(qint64 teamId)
{
    KeyRotationDialog dialog(m_session, m_teams, m_users, teamId, m_worker, this);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    DialogRunner::inform(this, tr("Team key rotated"),
                         tr("Key version %1 is in use: %n field(s) sealed again, given to the team's members.", nullptr,
                            dialog.rotation().fieldsResealed)
                             .arg(dialog.rotation().made.version));
    reload();
}

void UsersPage::resetPassword(qint64 id)
{
    const auto user = m_model->itemAt(m_model->indexOf(id));
    if (!user)
        return;
    const Session session = m_session;
    PasswordDialog dialog(PasswordDialog::Mode::Reset, user->username, m_auth, m_worker,
                          [session, id](AuthService &auth, const QString &, const QString &password) {
                              return auth.resetPassword(session, id, password);
                          },
                          this);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    reload();
}

void UsersPage::newTeam()
{
    QInputDialog dialog(this);
    dialog.setWindowTitle(tr("New team"));
    dialog.setLabelText(tr("Name of the new team:"));
    dialog.setAccessibleName(tr("New team"));
    dialog.setInputMode(QInputDialog::TextInput);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    const QString name = dialog.textValue().trimmed();
    if (name.isEmpty())
        return;
    // Creating a team is a quick insert, done on this thread's connection.
    auto created = m_auth.createTeam(m_session, name);
    if (!created) {
        DialogRunner::warn(this, tr("New team"), created.error().message);
        return;
    }
    reload();
}

} // namespace vangnet
