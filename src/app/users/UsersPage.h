#pragma once

#include "security/Session.h"

#include <QWidget>

#include <memory>

namespace vangnet {

class AuthService;
class AuthWorker;
class Clock;
class UserListModel;

namespace Ui {
class UsersPage;
}

/// Gebruikers: the administrator's list of users, with new user, edit, reset password and new
/// team. Core checks every change against the session; a refusal is shown, never thrown.
class UsersPage final : public QWidget {
    Q_OBJECT
public:
    UsersPage(const Session &session, AuthService &auth, AuthWorker &worker, const Clock &clock,
              QWidget *parent = nullptr);
    ~UsersPage() override;

    UserListModel &model() const { return *m_model; }
    /// The user selected in the list, 0 when none.
    qint64 selectedId() const;
    void selectUser(qint64 id);

    /// Reads users and teams again.
    void reload();
    void newUser();
    void editUser(qint64 id);
    void resetPassword(qint64 id);
    void newTeam();
    /// A new key for team `teamId` (or the team chosen in the dialog when 0).
    void rotateTeamKey(qint64 teamId);

private:
    void updateButtons();
    /// After a member was disabled or moved: asks whether to rotate their old team's key.
    void offerRotation(const User &departed);

    std::unique_ptr<Ui::UsersPage> m_ui;
    Session m_session;
    AuthService &m_auth;
    AuthWorker &m_worker;
    const Clock &m_clock;
    UserListModel *m_model = nullptr;
    QList<Team> m_teams;
    QList<User> m_users;
};

} // namespace vangnet
