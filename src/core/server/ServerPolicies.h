#pragma once

#include "server/ServerRoles.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace vangnet::server {

/// A table holding household data: a team member sees and changes a row only when `visible`
/// holds (row-level security, forced); the functioneel beheerder has no rights on it at all.
struct TeamTable {
    const char *name;
    QString visible; ///< SQL condition on the row (named by the table's name); other tables' policies apply inside it
};

/// A table without household data: every Vangnet role reads it; `writers` may change it.
struct SharedTable {
    const char *name;
    enum class Writers { Nobody, Everyone, Members, Teamleider, Beheerder } writers;
};

/// Every table of the Vangnet schema, each in exactly one list (ServerPoliciesTest checks that
/// no table of the latest schema is left out: a new table is unreachable on a team server until
/// it is classified here). Special cases (users, key_slots, audit_log, audit_head) are in
/// statements().
const QList<TeamTable> &teamTables();
const QList<SharedTable> &sharedTables();
QStringList specialTables();

/// The statements that give the roles their rights, in order; idempotent, run as the owner
/// after every migration by `server init` (and its upgrade of an older schema).
QStringList statements(const ServerRoles &roles);

} // namespace vangnet::server
