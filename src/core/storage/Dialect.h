#pragma once

#include "storage/DatabaseLocation.h"

#include <QStringList>

namespace vangnet {

/// Every difference between SQLite and PostgreSQL SQL lives here; the rest of the storage layer
/// writes portable SQL (prepared statements, `?` placeholders, RETURNING, LIKE … ESCAPE).
class Dialect {
public:
    explicit Dialect(Engine engine) : m_engine(engine) {}

    Engine engine() const { return m_engine; }
    QString engineName() const;
    QString driverName() const;

    /// Replaces the DDL placeholders used by migrations:
    ///   {id}      an auto-numbered 64-bit primary key column type
    ///   {bigint}  a 64-bit integer column type
    ///   {utc_now} the moment the statement runs, as timestampToSql() writes it (UTC, ISO 8601)
    QString expandDdl(const QString &ddl) const;

    /// Statements run on every new connection (SQLite pragmas).
    QStringList connectionSetup() const;

    /// A statement that serialises schema migrations between clients, run first inside the
    /// migration transaction; empty when the engine's own locking suffices.
    QString migrationLock() const;

private:
    Engine m_engine;
};

} // namespace vangnet
