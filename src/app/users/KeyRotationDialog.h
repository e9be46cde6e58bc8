#pragma once

#include "security/Session.h"
#include "users/KeyService.h"
#include "users/User.h"

#include <QDialog>

#include <memory>

namespace vangnet {

class AuthWorker;

namespace Ui {
class KeyRotationDialog;
}

/// Rotates a team's key (docs/security.md, "Keys per team"): the administrator, who holds no
/// team key, picks the team; a member of it who holds the key types their password here (a
/// second login, on the AuthWorker: Argon2id is slow). Offered after a member was disabled or
/// moved to another team, and from the users page at any time.
class KeyRotationDialog final : public QDialog {
    Q_OBJECT
public:
    KeyRotationDialog(const Session &administrator, const QList<Team> &teams, const QList<User> &users, qint64 teamId,
                      AuthWorker &worker, QWidget *parent = nullptr);
    ~KeyRotationDialog() override;

    /// What the rotation did, once the dialog was accepted.
    const KeyRotation &rotation() const { return m_rotation; }
    QString errorMessage() const;
    bool canAccept() const;
    bool isBusy() const { return m_busy; }
    /// Rotates (what OK does); the dialog accepts when the new key is stored.
    void submit();

Q_SIGNALS:
    void failed(const QString &message);

private:
    void fillMembers();
    void setBusy(bool busy);
    void updateOk();

    std::unique_ptr<Ui::KeyRotationDialog> m_ui;
    Session m_administrator;
    QList<User> m_users;
    AuthWorker &m_worker;
    KeyRotation m_rotation;
    bool m_busy = false;
};

} // namespace vangnet
