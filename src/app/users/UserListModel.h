#pragma once

#include "users/User.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace vangnet {

/// The users an administrator manages (a few hundred at most, so held in memory).
class UserListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { UsernameColumn, NameColumn, RoleColumn, TeamColumn, ActiveColumn, LockedColumn, ColumnCount };

    explicit UserListModel(QObject *parent = nullptr);
    UserListModel(const UserListModel &) = delete;
    UserListModel &operator=(const UserListModel &) = delete;

    /// Replaces the list; `now` decides which accounts are still locked out.
    void setUsers(const QList<User> &users, const QList<Team> &teams, const QDateTime &now);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    std::optional<User> itemAt(const QModelIndex &index) const;
    QModelIndex indexOf(qint64 id) const;
    QString teamName(qint64 teamId) const;
    bool isLocked(const User &user) const;

private:
    QList<User> m_users;
    QHash<qint64, QString> m_teams;
    QDateTime m_now;
};

} // namespace vangnet
