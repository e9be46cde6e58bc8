#pragma once

#include "security/Role.h"

#include <QString>
#include <QStringList>

namespace vangnet::server {

/// The PostgreSQL roles of one Vangnet database on a team server (docs/team-mode.md). Role names
/// are cluster-wide, so each carries the database's name: two Vangnet databases on one server
/// never share a role.
///
/// - `<db>_owner`: owns the schema; NOLOGIN, CREATEROLE (it makes the users' login roles through
///   vangnet_set_login) and BYPASSRLS (the definer functions read across teams). Nobody logs in
///   as it; `server init` runs the migrations as it.
/// - `<db>_app`: what every Vangnet user may do whatever their role (users, keys, audit insert).
/// - `<db>_member`: a team member's rights on household data, under row-level security.
/// - `<db>_consulent`, `<db>_teamleider`, `<db>_beheerder`: one group per Vangnet role.
/// - `<db>.<username>`: each user's own login role (LOGIN, SCRAM password) in exactly one group.
class ServerRoles {
public:
    explicit ServerRoles(QString database) : m_database(std::move(database)) {}

    /// True when `database` can carry role names: a lower-case letter, then up to 23 lower-case
    /// letters, digits or underscores (so `<db>.<32-character user name>` fits PostgreSQL's 63).
    static bool validDatabaseName(const QString &database);

    QString owner() const { return m_database + QStringLiteral("_owner"); }
    QString app() const { return m_database + QStringLiteral("_app"); }
    QString member() const { return m_database + QStringLiteral("_member"); }
    QString group(Role role) const { return m_database + QLatin1Char('_') + roleKey(role); }
    QString login(const QString &username) const { return m_database + QLatin1Char('.') + username; }

private:
    QString m_database;
};

/// Quotes an identifier for SQL text ("a.b" stays one name).
QString quoted(const QString &identifier);

} // namespace vangnet::server
