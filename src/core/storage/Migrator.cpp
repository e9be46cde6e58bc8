#include "storage/Migrator.h"

#include "storage/SqlStatement.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace vangnet {

Migrator::Migrator(QSqlDatabase db, const Dialect &dialect, QList<Migration> migrations)
    : m_db(std::move(db)), m_dialect(dialect), m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

Result<SchemaState> Migrator::inspect() const
{
    const QStringList tables = m_db.tables(QSql::Tables);
    if (tables.isEmpty())
        return SchemaState{SchemaState::Kind::Empty, 0};
    if (!tables.contains(QStringLiteral("schema_meta")))
        return SchemaState{SchemaState::Kind::Foreign, 0};
    auto rows = runSql(m_db, QStringLiteral("SELECT key, value FROM schema_meta"), {}, "read schema version");
    if (!rows)
        return SchemaState{SchemaState::Kind::Foreign, 0};
    QString application;
    int version = 0;
    while (rows->next()) {
        const QString key = rows->value(0).toString();
        if (key == QLatin1String("application"))
            application = rows->value(1).toString();
        else if (key == QLatin1String("schema_version"))
            version = rows->value(1).toString().toInt();
    }
    if (application != QLatin1String(applicationTag))
        return SchemaState{SchemaState::Kind::Foreign, 0};
    return SchemaState{SchemaState::Kind::Vangnet, version};
}

Result<void> Migrator::migrate()
{
    auto state = inspect();
    if (!state)
        return state.error();
    for (const Migration &m : m_migrations) {
        if (m.version <= state->version)
            continue;
        if (auto applied = apply(m); !applied)
            return applied;
    }
    return success();
}

Result<void> Migrator::apply(const Migration &m)
{
    auto failed = [&m](const QString &why) {
        spdlog::error("schema migration to version {} failed and was rolled back", m.version);
        return Error{ErrorCode::MigrationFailed,
                     QCoreApplication::translate("vangnet::Migrator",
                                                 "Updating the database to schema version %1 (%2) failed; nothing "
                                                 "of that step was kept: %3")
                         .arg(m.version)
                         .arg(m.description, why)};
    };

    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return failed(begun.error().message);
    if (const QString lock = m_dialect.migrationLock(); !lock.isEmpty())
        if (auto locked = runSql(m_db, lock, {}, "lock for migration"); !locked)
            return failed(locked.error().message);

    // Another client may have migrated while we waited for the lock.
    if (m_db.tables(QSql::Tables).contains(QStringLiteral("schema_meta"))) {
        auto current = runSql(m_db, QStringLiteral("SELECT value FROM schema_meta WHERE key = 'schema_version'"), {},
                              "read schema version");
        if (current && current->next() && current->value(0).toString().toInt() >= m.version)
            return success();
    }

    QStringList statements = m.statements;
    if (m_dialect.engine() == Engine::Postgres)
        statements += m.postgresStatements;
    for (const QString &statement : std::as_const(statements))
        if (auto done = runSql(m_db, m_dialect.expandDdl(statement), {}, "migration"); !done)
            return failed(done.error().message);

    const QString upsert = QStringLiteral(
        "INSERT INTO schema_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (auto tag = runSql(m_db, upsert, {QStringLiteral("application"), QString::fromLatin1(applicationTag)}, "migration"); !tag)
        return failed(tag.error().message);
    if (auto ver = runSql(m_db, upsert, {QStringLiteral("schema_version"), QString::number(m.version)}, "migration"); !ver)
        return failed(ver.error().message);
    if (auto committed = tx.commit(); !committed)
        return failed(committed.error().message);
    spdlog::info("database schema migrated to version {}", m.version);
    return success();
}

} // namespace vangnet
