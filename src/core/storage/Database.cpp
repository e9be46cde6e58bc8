#include "storage/Database.h"

#include "server/ServerLogins.h"
#include "storage/Migrator.h"
#include "storage/PostgresHandle.h"
#include "storage/Schema.h"
#include "storage/SqlStatement.h"
#include "support/PrivateFiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

#include <spdlog/spdlog.h>

#include <array>
#include <atomic>

namespace vangnet {

namespace {


QString newConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("vangnet-%1").arg(++counter);
}

/// Refuses anything that is not an SQLite file before SQLite is let near it.
Result<void> checkSqliteFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return success();
    if (info.isDir())
        return Error{ErrorCode::Io, QCoreApplication::translate("vangnet::Database", "'%1' is a folder, not a database file").arg(path)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, QCoreApplication::translate("vangnet::Database", "'%1' cannot be read: %2").arg(path, file.errorString())};
    if (file.size() == 0)
        return success();
    static const QByteArray magic("SQLite format 3\0", 16);
    if (file.read(16) != magic)
        return Error{ErrorCode::NotVangnetDatabase,
                     QCoreApplication::translate("vangnet::Database", "'%1' is not a Vangnet database: it is not an SQLite database file. Nothing was changed.").arg(path)};
    return success();
}

QSqlDatabase makeConnection(const DatabaseLocation &location, const Dialect &dialect, const QString &name, bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), name);
    if (location.engine == Engine::Sqlite) {
        db.setDatabaseName(location.path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        return db;
    }
    const QUrl &url = location.url;
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setDatabaseName(url.path().mid(1));
    if (!url.userName().isEmpty())
        db.setUserName(url.userName());
    if (!url.password().isEmpty())
        db.setPassword(url.password());
    // TCP keepalives: a server that vanished without closing the connection (a network gone)
    // is noticed within about half a minute instead of the system's two hours.
    QStringList options{QStringLiteral("connect_timeout=10"), QStringLiteral("keepalives_idle=15"),
                        QStringLiteral("keepalives_interval=5"), QStringLiteral("keepalives_count=3")};
    for (const auto &[key, value] : location.serverOptions())
        options << key + QLatin1Char('=') + value;
    db.setConnectOptions(options.join(QLatin1Char(';')));
    return db;
}

Error refusal(const DatabaseLocation &location, const SchemaState &state)
{
    if (state.kind == SchemaState::Kind::Foreign)
        return Error{ErrorCode::NotVangnetDatabase,
                     QCoreApplication::translate("vangnet::Database", "'%1' is not a Vangnet database: it holds other tables. Nothing was changed.").arg(location.display())};
    return Error{ErrorCode::NewerSchema,
                 QCoreApplication::translate("vangnet::Database", "'%1' was written by a newer version of Vangnet (schema version %2; this version knows up to %3). "
                    "Update Vangnet to open it. Nothing was changed.")
                     .arg(location.display())
                     .arg(state.version)
                     .arg(schema::latestVersion())};
}

bool refused(const SchemaState &state, int latest)
{
    return state.kind == SchemaState::Kind::Foreign || (state.kind == SchemaState::Kind::Vangnet && state.version > latest);
}

/// Looks at an existing SQLite file through a read-only connection, so a refused file stays
/// byte-for-byte as it was (opening read-write would already switch it to WAL).
Result<void> probeSqlite(const DatabaseLocation &location, const Dialect &dialect, const QList<Migration> &migrations)
{
    const QString name = newConnectionName();
    Result<void> verdict = success();
    {
        QSqlDatabase probe = makeConnection(location, dialect, name, true);
        if (!probe.open()) {
            verdict = Error{ErrorCode::Io, QCoreApplication::translate("vangnet::Database", "'%1' cannot be opened: %2").arg(location.display(), probe.lastError().text())};
        } else {
            Migrator migrator(probe, dialect, migrations);
            auto state = migrator.inspect();
            if (!state)
                verdict = state.error();
            else if (refused(*state, migrator.latestVersion()))
                verdict = refusal(location, *state);
            probe.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return verdict;
}

constexpr std::array<const char *, 4> sqliteSuffixes{"", "-wal", "-shm", "-journal"};

void removeSqliteFiles(const QString &path)
{
    for (const char *suffix : sqliteSuffixes)
        QFile::remove(path + QLatin1String(suffix));
}

/// The database file owner-only (0600) before SQLite writes to it. SQLite gives the -wal, -shm
/// and -journal files it creates the main file's mode, so they follow; existing ones made by
/// an older version under a wider umask are narrowed too.
void makeSqliteFilesPrivate(const QString &path, bool create)
{
    if (create) {
        // When this fails (no such folder) SQLite's open fails too and says why.
        (void)privatefiles::createOwnerOnly(path);
        return;
    }
    for (const char *suffix : sqliteSuffixes) {
        const QString file = path + QLatin1String(suffix);
        if (QFileInfo::exists(file) && !privatefiles::restrictToOwner(file))
            spdlog::warn("database file{} could not be made owner-only", suffix);
    }
}

} // namespace

Database::Database(DatabaseLocation location, QSqlDatabase db)
    : m_location(std::move(location)), m_dialect(m_location.engine), m_db(std::move(db)),
      m_connectionName(m_db.connectionName())
{
}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isDemo() const
{
    auto q = runSql(m_db, QStringLiteral("SELECT value FROM schema_meta WHERE key = 'demo'"), {}, "read demo flag");
    return q && q->next() && q->value(0).toString() == QLatin1String("1");
}

bool Database::isBroken() const
{
    return connectionLost(m_db.driver());
}

Result<void> Database::reconnect() const
{
    if (m_location.engine != Engine::Postgres)
        return success();
    QSqlDatabase db = m_db; // copies share the one connection
    db.close();
    if (!db.open())
        return Error{ErrorCode::ConnectionLost,
                     QCoreApplication::translate("vangnet::Database", "The server %1 does not answer yet: %2")
                         .arg(m_location.display(), db.lastError().text())};
    for (const QString &statement : m_dialect.connectionSetup())
        if (auto done = runSql(db, statement, {}, "connection setup"); !done)
            return done.error();
    auto state = Migrator(db, m_dialect, {}).inspect();
    if (!state)
        return state.error();
    if (state->kind != SchemaState::Kind::Vangnet || state->version != m_schemaVersion) {
        db.close();
        return Error{ErrorCode::NewerSchema,
                     QCoreApplication::translate("vangnet::Database",
                                                 "The database on %1 changed while Vangnet was away from it (schema "
                                                 "version %2, this window worked with %3). Close Vangnet and start it "
                                                 "again: it then says which version the server needs.")
                         .arg(m_location.display())
                         .arg(state->version)
                         .arg(m_schemaVersion)};
    }
    spdlog::info("reconnected to the {} server", m_dialect.engineName().toStdString());
    return success();
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseLocation &location)
{
    return open(location, Options{});
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseLocation &location, Options options)
{
    const Dialect dialect(location.engine);
    const QList<Migration> migrations = options.migrations.isEmpty() ? schema::migrations() : options.migrations;

    bool createdFile = false;
    if (location.engine == Engine::Sqlite) {
        if (auto checked = checkSqliteFile(location.path); !checked)
            return checked.error();
        const QFileInfo info(location.path);
        const bool exists = info.exists() && info.size() > 0;
        if (!exists && !options.create)
            return Error{ErrorCode::NotFound, QCoreApplication::translate("vangnet::Database", "Database file '%1' does not exist").arg(location.path)};
        if (exists) {
            if (auto probed = probeSqlite(location, dialect, migrations); !probed)
                return probed.error();
        }
        createdFile = !info.exists();
        makeSqliteFilesPrivate(location.path, createdFile);
    }

    std::unique_ptr<Database> db(new Database(location, makeConnection(location, dialect, newConnectionName(), false)));
    auto fail = [&](Error error) -> Result<std::unique_ptr<Database>> {
        db.reset();
        if (createdFile)
            removeSqliteFiles(location.path);
        return error;
    };

    if (!db->m_db.open())
        return fail(Error{ErrorCode::Io, QCoreApplication::translate("vangnet::Database", "Cannot open database '%1': %2").arg(location.display(), db->m_db.lastError().text())});
    for (const QString &statement : dialect.connectionSetup())
        if (auto done = runSql(db->m_db, statement, {}, "connection setup"); !done)
            return fail(done.error());

    Migrator migrator(db->m_db, dialect, migrations);
    auto state = migrator.inspect();
    if (!state)
        return fail(state.error());
    if (refused(*state, migrator.latestVersion()))
        return fail(refusal(location, *state));
    if (options.migrate && state->kind == SchemaState::Kind::Vangnet && state->version < migrator.latestVersion()
        && server::ServerLogins::onTeamServer(db->m_db))
        // A user's login role may not change the schema: the administrator upgrades the server.
        return fail(Error{ErrorCode::NewerSchema,
                          QCoreApplication::translate("vangnet::Database",
                                                      "The team server '%1' has schema version %2 and this version of Vangnet needs %3. "
                                                      "Ask the administrator to run `vangnet-cli server init` with this version. Nothing was changed.")
                              .arg(location.display())
                              .arg(state->version)
                              .arg(migrator.latestVersion())});
    if (options.migrate) {
        if (auto migrated = migrator.migrate(); !migrated)
            return fail(migrated.error());
        state = migrator.inspect();
        if (!state)
            return fail(state.error());
    }
    db->m_schemaVersion = state->version;
    spdlog::info("opened {} database, schema version {}", dialect.engineName().toStdString(), db->m_schemaVersion);
    return db;
}

} // namespace vangnet
