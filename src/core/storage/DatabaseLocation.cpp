#include "storage/DatabaseLocation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrlQuery>

#include <algorithm>

namespace vangnet {

const QString DatabaseLocation::allowInsecureParameter = QStringLiteral("allow_insecure_server");

namespace {

/// This machine: a loopback address, or a unix socket folder (libpq takes a host starting
/// with '/' as one).
bool isLocalHost(const QString &host)
{
    return host.startsWith(QLatin1Char('/')) || host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || host == QLatin1String("127.0.0.1") || host == QLatin1String("::1");
}

/// The URL's own host and the `host`/`hostaddr` parameters, which libpq uses instead of it.
QStringList hostsOf(const QUrl &url)
{
    QStringList hosts{url.host()};
    const QUrlQuery query(url);
    for (const QString &key : {QStringLiteral("host"), QStringLiteral("hostaddr")})
        for (const QString &value : query.allQueryItemValues(key, QUrl::FullyDecoded))
            hosts << value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return hosts;
}

/// Personal data crosses the network only encrypted to a server whose certificate and name
/// were checked: `sslmode=require` encrypts but accepts any server (a man in the middle).
Result<void> checkTransport(const QUrl &url)
{
    const QStringList hosts = hostsOf(url);
    if (std::all_of(hosts.cbegin(), hosts.cend(), isLocalHost))
        return success();
    const QUrlQuery query(url);
    const QStringList modes = query.allQueryItemValues(QStringLiteral("sslmode"), QUrl::FullyDecoded);
    if (modes == QStringList{QStringLiteral("verify-full")})
        return success();
    if (query.queryItemValue(DatabaseLocation::allowInsecureParameter, QUrl::FullyDecoded) == QLatin1String("1"))
        return success();
    return Error{ErrorCode::Invalid,
                 QCoreApplication::translate("vangnet::DatabaseLocation",
                                             "The database server %1 is not on this computer, so the URL must ask for "
                                             "sslmode=verify-full: the connection encrypted and the server's certificate "
                                             "and name checked. Add ?sslmode=verify-full (the server's CA certificate in "
                                             "~/.postgresql/root.crt or sslrootcert=FILE), or %2=1 to connect without "
                                             "that check on a network you trust.")
                     .arg(url.host(), DatabaseLocation::allowInsecureParameter)};
}

} // namespace

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
        if (auto secure = checkTransport(url); !secure)
            return secure.error();
        DatabaseLocation loc;
        loc.engine = Engine::Postgres;
        loc.url = url;
        return loc;
    }
    return sqliteFile(trimmed);
}

Result<DatabaseLocation> DatabaseLocation::parseSaved(const QString &text)
{
    auto location = parse(text);
    if (location && location->engine == Engine::Postgres && !location->url.password().isEmpty())
        return Error{ErrorCode::Invalid,
                     QCoreApplication::translate("vangnet::DatabaseLocation",
                                                 "The database URL in the settings holds a password, and the settings "
                                                 "file is plain text. Remove the password from the URL (%1) and put it "
                                                 "in ~/.pgpass or the file PGPASSFILE names.")
                         .arg(location->display())};
    return location;
}

QList<std::pair<QString, QString>> DatabaseLocation::serverOptions() const
{
    QList<std::pair<QString, QString>> options;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        if (key != allowInsecureParameter)
            options.append({key, value});
    return options;
}

DatabaseLocation DatabaseLocation::sqliteFile(const QString &path)
{
    DatabaseLocation loc;
    loc.engine = Engine::Sqlite;
    loc.path = QFileInfo(path).absoluteFilePath();
    return loc;
}

DatabaseLocation DatabaseLocation::asUser(const QString &username, const QString &password) const
{
    DatabaseLocation out = *this;
    out.url.setUserName(url.path().mid(1) + QLatin1Char('.') + username);
    out.url.setPassword(password);
    return out;
}

QString DatabaseLocation::display() const
{
    if (engine == Engine::Sqlite)
        return path;
    return url.toString(QUrl::RemovePassword | QUrl::RemoveQuery);
}

} // namespace vangnet
