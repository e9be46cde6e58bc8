#include "settings/ConnectionProfile.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace vangnet::settings {

const QString ConnectionProfile::nameField = QStringLiteral("name");
const QString ConnectionProfile::fileField = QStringLiteral("file");
const QString ConnectionProfile::hostField = QStringLiteral("host");
const QString ConnectionProfile::portField = QStringLiteral("port");
const QString ConnectionProfile::databaseField = QStringLiteral("database");
const QString ConnectionProfile::verifyFullField = QStringLiteral("verifyFull");
const QString ConnectionProfile::caFileField = QStringLiteral("caFile");
const QString ConnectionProfile::userField = QStringLiteral("user");

namespace {

const QString sslModeKey = QStringLiteral("sslmode");
const QString sslRootCertKey = QStringLiteral("sslrootcert");
const QString verifyFullValue = QStringLiteral("verify-full");

} // namespace

QString ConnectionProfile::locationText() const
{
    if (kind == ConnectionKind::File)
        return QFileInfo(file.trimmed()).absoluteFilePath();
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host.trimmed());
    if (port != defaultPort)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + database.trimmed());
    if (kind == ConnectionKind::SharedAccount)
        url.setUserName(user.trimmed());
    QUrlQuery query;
    if (verifyFull)
        query.addQueryItem(sslModeKey, verifyFullValue);
    if (!caFile.trimmed().isEmpty())
        query.addQueryItem(sslRootCertKey, QFileInfo(caFile.trimmed()).absoluteFilePath());
    for (const auto &[key, value] : otherOptions)
        query.addQueryItem(key, value);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

Result<DatabaseLocation> ConnectionProfile::location() const
{
    QList<FieldError> errors;
    if (name.trimmed().isEmpty())
        errors.append({nameField, tr("Name: give the connection a name.")});
    if (kind == ConnectionKind::File) {
        if (file.trimmed().isEmpty())
            errors.append({fileField, tr("Database file: choose the file.")});
        else if (QFileInfo(file.trimmed()).isDir())
            errors.append({fileField, tr("Database file: %1 is a folder, not a file.").arg(file.trimmed())});
    } else {
        if (host.trimmed().isEmpty())
            errors.append({hostField, tr("Server: give the server's name or address.")});
        else if (host.trimmed().contains(QRegularExpression(QStringLiteral("[\\s/@?#]"))))
            errors.append({hostField, tr("Server: \"%1\" is not a host name or address.").arg(host.trimmed())});
        if (port < 1 || port > 65535)
            errors.append({portField, tr("Port: %1 is not a port number (1–65535).").arg(port)});
        const QString db = database.trimmed();
        if (db.isEmpty())
            errors.append({databaseField, tr("Database: give the database's name on the server.")});
        else if (db.contains(QRegularExpression(QStringLiteral("[\\s/?#]"))))
            errors.append({databaseField, tr("Database: \"%1\" is not a database name.").arg(db)});
        if (!caFile.trimmed().isEmpty() && !QFileInfo(caFile.trimmed()).isFile())
            errors.append({caFileField, tr("CA certificate: the file %1 does not exist.").arg(caFile.trimmed())});
        if (!caFile.trimmed().isEmpty() && !verifyFull)
            errors.append({verifyFullField, tr("Encryption: a CA certificate is only used with the encrypted and "
                                               "checked connection (verify-full); tick it or remove the certificate.")});
        if (kind == ConnectionKind::SharedAccount && user.trimmed().isEmpty())
            errors.append({userField, tr("User: a server with a shared account needs its user name.")});
        else if (kind == ConnectionKind::SharedAccount && user.trimmed().contains(QRegularExpression(QStringLiteral("[\\s:@/]"))))
            errors.append({userField, tr("User: \"%1\" is not a user name.").arg(user.trimmed())});
    }
    if (!errors.isEmpty())
        return Error::invalid(errors);

    auto parsed = DatabaseLocation::parseSaved(locationText());
    if (parsed)
        return parsed;
    // The fields were each fine, so what remains is the transport rule (a server not on this
    // computer without verify-full) or a host the URL parser refuses.
    const QString field = kind != ConnectionKind::File && !verifyFull ? verifyFullField
                          : kind == ConnectionKind::File              ? fileField
                                                                      : hostField;
    return Error::invalid({{field, parsed.error().message}});
}

Result<ConnectionProfile> ConnectionProfile::fromLocationText(const QString &name, const QString &text)
{
    auto parsed = DatabaseLocation::parseSaved(text);
    if (!parsed)
        return parsed.error();
    ConnectionProfile profile;
    profile.name = name;
    if (parsed->engine == Engine::Sqlite) {
        profile.kind = ConnectionKind::File;
        profile.file = parsed->path;
        return profile;
    }
    const QUrl &url = parsed->url;
    profile.kind = url.userName().isEmpty() ? ConnectionKind::TeamServer : ConnectionKind::SharedAccount;
    profile.host = url.host();
    profile.port = url.port(defaultPort);
    profile.database = url.path().mid(1);
    profile.user = url.userName();
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (key == sslModeKey && value == verifyFullValue)
            profile.verifyFull = true;
        else if (key == sslRootCertKey)
            profile.caFile = value;
        else
            profile.otherOptions.append({key, value});
    }
    return profile;
}

QString ConnectionProfile::where() const
{
    if (kind == ConnectionKind::File)
        return file;
    QString text = host + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + database;
    if (kind == ConnectionKind::SharedAccount)
        text.prepend(user + QLatin1Char('@'));
    return text;
}

} // namespace vangnet::settings
