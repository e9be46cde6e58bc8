#include "storage/DatabaseLocation.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace vangnet {

Result<DatabaseLocation> DatabaseLocation::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vangnet::DatabaseLocation", "No database given")};
    if (trimmed.startsWith(QLatin1String("postgresql://")) || trimmed.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(trimmed, QUrl::StrictMode);
        const QString dbName = url.path().mid(1);
        if (!url.isValid() || url.host().isEmpty() || dbName.isEmpty() || dbName.contains(QLatin1Char('/')))
            return Error{ErrorCode::Invalid,
                         QCoreApplication::translate("vangnet::DatabaseLocation",
                                                     "Database URL is not valid; expected postgresql://user@host:port/database")};
        DatabaseLocation loc;
        loc.engine = Engine::Postgres;
        loc.url = url;
        return loc;
    }
    return sqliteFile(trimmed);
}

DatabaseLocation DatabaseLocation::sqliteFile(const QString &path)
{
    DatabaseLocation loc;
    loc.engine = Engine::Sqlite;
    loc.path = QFileInfo(path).absoluteFilePath();
    return loc;
}

QString DatabaseLocation::display() const
{
    if (engine == Engine::Sqlite)
        return path;
    return url.toString(QUrl::RemovePassword | QUrl::RemoveQuery);
}

} // namespace vangnet
