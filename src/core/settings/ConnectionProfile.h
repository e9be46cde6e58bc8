#pragma once

#include "storage/DatabaseLocation.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace vangnet::settings {

/// What a saved connection reaches (docs/team-mode.md, "Connecting").
enum class ConnectionKind {
    File,          ///< an SQLite database file on this computer
    TeamServer,    ///< a PostgreSQL team server: the URL names no user, each person logs in as their own role
    SharedAccount, ///< a PostgreSQL server with one account for everyone: the URL names the user
};

/// A saved connection, "profiel": a name and where the database is, split into the fields the
/// connection dialog edits. Holds no password: the settings file is plain text; a shared
/// account's password lives in the desktop's keychain (docs/adr/0013-qtkeychain-for-saved-passwords.md).
struct ConnectionProfile {
    Q_DECLARE_TR_FUNCTIONS(vangnet::settings::ConnectionProfile)
public:
    /// Field keys of the errors location() reports, for the dialog to place them.
    static const QString nameField, fileField, hostField, portField, databaseField, verifyFullField, caFileField,
        userField;
    static constexpr int defaultPort = 5432;

    QString name;
    ConnectionKind kind = ConnectionKind::File;
    QString file;     ///< File: the database file
    QString host;     ///< servers: host name or address
    int port = defaultPort;
    QString database; ///< servers: the database's name
    bool verifyFull = false; ///< `sslmode=verify-full`: encrypted, the server's certificate and name checked
    QString caFile;   ///< `sslrootcert`: the CA certificate that signed the server's (optional)
    QString user;     ///< SharedAccount: the PostgreSQL user
    /// The URL's other parameters (e.g. connect_timeout or allow_insecure_server written by hand),
    /// kept as they were.
    QList<std::pair<QString, QString>> otherOptions;

    /// Only a server with a shared account may keep a password, in the keychain: on a team
    /// server each person types their own at the login (the server and the audit log rely on it).
    bool mayRememberPassword() const { return kind == ConnectionKind::SharedAccount; }

    /// The location the fields describe, checked as DatabaseLocation::parseSaved checks the
    /// settings (no password, verify-full for a server not on this computer). Invalid input is
    /// an Error::invalid with one FieldError per field (the keys above), each saying why.
    Result<DatabaseLocation> location() const;
    /// What the settings file stores: the file's absolute path, or the URL without password.
    /// Only meaningful when location() succeeds.
    QString locationText() const;
    /// A profile from what the settings hold; refused (as parseSaved refuses) when the text is
    /// not a location or holds a password.
    static Result<ConnectionProfile> fromLocationText(const QString &name, const QString &text);
    /// For lists: the file, or user@host:port/database.
    QString where() const;
};

} // namespace vangnet::settings
