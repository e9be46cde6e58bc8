#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace vangnet {

/// One step of the schema: applied in one transaction, in version order, never edited once
/// released (a change is a new step). DDL uses Dialect placeholders ({id}, {bigint}).
struct Migration {
    int version = 0;
    QString description;
    QStringList statements;
    /// Run after `statements`, on PostgreSQL only, in the same transaction: what SQLite has no
    /// counterpart for (triggers that notify other clients). The schema version is the same on
    /// both engines; the step only does less on SQLite.
    QStringList postgresStatements = {};
};

} // namespace vangnet
