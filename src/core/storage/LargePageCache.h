#pragma once

#include <QSqlDatabase>
#include <QVariant>

#include <optional>

namespace vangnet {

/// For bulk writes on SQLite (demo generation, imports): index inserts land all over the file,
/// and with SQLite's default 2 MB page cache most of the time went to re-reading pages. Enlarges
/// this connection's cache while the object lives and restores the old size after. A no-op on
/// PostgreSQL.
class LargePageCache {
public:
    explicit LargePageCache(QSqlDatabase db, int mebibytes = 128);
    ~LargePageCache();
    LargePageCache(const LargePageCache &) = delete;
    LargePageCache &operator=(const LargePageCache &) = delete;

private:
    QSqlDatabase m_db;
    std::optional<QVariant> m_previous;
};

} // namespace vangnet
