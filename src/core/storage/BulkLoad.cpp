#include "storage/BulkLoad.h"

#include "storage/SqlStatement.h"

namespace vangnet {

namespace {

bool isSqlite(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QSQLITE");
}

} // namespace

BulkLoad::BulkLoad(QSqlDatabase db, ForeignKeys foreignKeys, int cacheMebibytes) : m_db(std::move(db))
{
    if (!isSqlite(m_db))
        return;
    if (auto q = runSql(m_db, QStringLiteral("PRAGMA cache_size"), {}, "read cache size"); q && q->next())
        m_previousCache = q->value(0);
    (void)runSql(m_db, QStringLiteral("PRAGMA cache_size = -%1").arg(cacheMebibytes * 1024), {}, "enlarge cache");
    if (foreignKeys == ForeignKeys::SkipChecks) {
        auto q = runSql(m_db, QStringLiteral("PRAGMA foreign_keys"), {}, "read foreign key setting");
        m_restoreForeignKeys = q && q->next() && q->value(0).toInt() == 1;
        if (m_restoreForeignKeys)
            (void)runSql(m_db, QStringLiteral("PRAGMA foreign_keys = OFF"), {}, "pause foreign key checks");
    }
}

BulkLoad::~BulkLoad()
{
    if (m_restoreForeignKeys)
        (void)runSql(m_db, QStringLiteral("PRAGMA foreign_keys = ON"), {}, "restore foreign key checks");
    if (m_previousCache)
        (void)runSql(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(m_previousCache->toLongLong()), {},
                     "restore cache size");
}

DeferredIndexes::DeferredIndexes(QSqlDatabase db, QString table) : m_db(std::move(db)), m_table(std::move(table)) {}

Result<void> DeferredIndexes::drop()
{
    if (!isSqlite(m_db) || dropped())
        return success();
    // sql IS NULL: the automatic indexes of UNIQUE/PRIMARY KEY constraints, which cannot be dropped.
    auto q = runSql(m_db, QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? "
                                         "AND sql IS NOT NULL ORDER BY name"),
                    {m_table}, "read indexes");
    if (!q)
        return q.error();
    QStringList names, definitions;
    while (q->next()) {
        const QString sql = q->value(1).toString();
        if (sql.startsWith(QLatin1String("CREATE UNIQUE"), Qt::CaseInsensitive))
            continue;
        names << q->value(0).toString();
        definitions << sql;
    }
    q->finish();
    for (const QString &name : names)
        if (auto dropped = runSql(m_db, QStringLiteral("DROP INDEX \"%1\"").arg(name), {}, "drop index for a bulk load");
            !dropped)
            return dropped.error();
    m_names = names;
    m_definitions = definitions;
    return success();
}

Result<void> DeferredIndexes::rebuild()
{
    for (const QString &sql : std::as_const(m_definitions))
        if (auto created = runSql(m_db, sql, {}, "rebuild index after a bulk load"); !created)
            return created.error();
    m_names.clear();
    m_definitions.clear();
    return success();
}

} // namespace vangnet
