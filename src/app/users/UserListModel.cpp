#include "users/UserListModel.h"

#include <QColor>
#include <QLocale>

namespace vangnet {

UserListModel::UserListModel(QObject *parent) : QAbstractTableModel(parent) {}

void UserListModel::setUsers(const QList<User> &users, const QList<Team> &teams, const QDateTime &now)
{
    beginResetModel();
    m_users = users;
    m_teams.clear();
    for (const Team &team : teams)
        m_teams.insert(team.id, team.name);
    m_now = now;
    endResetModel();
}

int UserListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int UserListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UserListModel::teamName(qint64 teamId) const
{
    if (teamId == 0)
        return tr("No team");
    return m_teams.value(teamId, tr("Team %1").arg(teamId));
}

bool UserListModel::isLocked(const User &user) const
{
    return user.lockedUntil.isValid() && user.lockedUntil > m_now;
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &user = m_users.at(index.row());
    if (role == Qt::ForegroundRole && !user.active)
        return QVariant::fromValue(QColor(Qt::gray));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case UsernameColumn: return user.username;
    case NameColumn: return user.displayName;
    case RoleColumn: return roleLabel(user.role);
    case TeamColumn: return teamName(user.teamId);
    case ActiveColumn: return user.active ? tr("Yes") : tr("No (disabled)");
    case LockedColumn:
        return isLocked(user) ? tr("Until %1").arg(QLocale().toString(user.lockedUntil.toLocalTime(), QLocale::ShortFormat))
                              : QString();
    default: return {};
    }
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UsernameColumn: return tr("User name");
    case NameColumn: return tr("Name");
    case RoleColumn: return tr("Role");
    case TeamColumn: return tr("Team");
    case ActiveColumn: return tr("Active");
    case LockedColumn: return tr("Locked out");
    default: return {};
    }
}

std::optional<User> UserListModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_users.size())
        return std::nullopt;
    return m_users.at(index.row());
}

QModelIndex UserListModel::indexOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).id == id)
            return index(static_cast<int>(row), 0);
    }
    return {};
}

} // namespace vangnet
