#include "storage/LargePageCache.h"

#include "storage/SqlStatement.h"

namespace vangnet {

LargePageCache::LargePageCache(QSqlDatabase db, int mebibytes) : m_db(std::move(db))
{
    if (m_db.driverName() != QLatin1String("QSQLITE"))
        return;
    if (auto q = runSql(m_db, QStringLiteral("PRAGMA cache_size"), {}, "read cache size"); q && q->next())
        m_previous = q->value(0);
    (void)runSql(m_db, QStringLiteral("PRAGMA cache_size = -%1").arg(mebibytes * 1024), {}, "enlarge cache");
}

LargePageCache::~LargePageCache()
{
    if (m_previous)
        (void)runSql(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(m_previous->toLongLong()), {}, "restore cache size");
}

} // namespace vangnet
