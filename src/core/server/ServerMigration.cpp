#include "server/ServerMigration.h"

#include "audit/AuditLog.h"
#include "security/Session.h"
#include "server/ServerLogins.h"
#include "server/ServerRoles.h"
#include "server/ServerSetup.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Schema.h"
#include "storage/SealedColumns.h"
#include "storage/SqlStatement.h"
#include "storage/Transaction.h"
#include "users/UserRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <spdlog/spdlog.h>

#include <atomic>
#include <optional>

namespace vangnet::server {

namespace {

/// The source, read only: nothing of it is written, not even a WAL switch.
class ReadOnlySource {
public:
    explicit ReadOnlySource(const QString &path)
    {
        static std::atomic<int> counter{0};
        m_name = QStringLiteral("vangnet-migration-source-%1").arg(++counter);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_opened = db.open();
        m_error = db.lastError().text();
    }
    ~ReadOnlySource()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool opened() const { return m_opened; }
    QString error() const { return m_error; }
    QSqlDatabase connection() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_opened = false;
    QString m_error;
};

Result<QStringList> sourceTables(const QSqlDatabase &source)
{
    auto q = runSql(source, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                           "ORDER BY name"),
                    {}, "list tables");
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Result<qint64> countRows(const QSqlDatabase &db, const QString &table)
{
    auto q = runSql(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table), {}, "count rows");
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

/// SQLite's own check of the file; the first problems it names.
Result<void> checkIntegrity(const QSqlDatabase &source, const QString &path)
{
    auto q = runSql(source, QStringLiteral("PRAGMA integrity_check(5)"), {}, "check the source");
    if (!q)
        return q.error();
    QStringList problems;
    while (q->next())
        problems << q->value(0).toString();
    if (problems == QStringList{QStringLiteral("ok")})
        return success();
    return Error{ErrorCode::Invalid, ServerMigration::tr("'%1' fails SQLite's integrity check (%2): restore it from a backup before moving it. "
                                        "Nothing was changed.").arg(path, problems.join(QLatin1String("; ")))};
}

/// Fields still under the shared key (or unbound) would read as damaged on a team server, where
/// no login sees another team's rows to convert them.
Result<void> checkConverted(const QSqlDatabase &source, const QString &path)
{
    qint64 unconverted = 0;
    for (const SealedColumn &column : sealed::all) {
        auto q = runSql(source, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 LIKE 'v1:%' OR %2 LIKE 'v2:%'")
                                    .arg(column.table, column.column),
                        {}, "check the source's keys");
        if (!q)
            return q.error();
        unconverted += q->next() ? q->value(0).toLongLong() : 0;
    }
    if (unconverted == 0)
        return success();
    return Error{ErrorCode::Invalid,
                 ServerMigration::tr("'%1' still holds %2 protected fields under the municipality's shared key. Log in once on it with a "
                    "member of each team (that moves them to the team's key), then move it. Nothing was changed.")
                     .arg(path)
                     .arg(unconverted)};
}

struct CheckedPasswords {
    QHash<QString, QString> byUser;
    std::optional<Session> verifier; ///< a session of the source's data key, for `audit verify`
};

/// Each line's password must open its user's key slot: a wrong line would lock that user out of
/// the server (their login role's password) while their Vangnet password still opens Vangnet.
Result<CheckedPasswords> checkPasswords(const QSqlDatabase &source, const QList<UserPassword> &passwords)
{
    UserRepository users(source);
    CheckedPasswords out;
    for (const UserPassword &line : passwords) {
        auto user = users.findByUsername(line.username);
        if (!user)
            return user.error();
        if (!user->has_value())
            return Error::invalid({{QStringLiteral("passwords"),
                                    ServerMigration::tr("line %1: there is no user '%2' in the source").arg(line.line).arg(line.username)}});
        if (out.byUser.contains(line.username))
            return Error::invalid({{QStringLiteral("passwords"),
                                    ServerMigration::tr("line %1: '%2' has a line already").arg(line.line).arg(line.username)}});
        auto slot = users.keySlot((*user)->id);
        std::optional<SecretKey> key;
        if (slot)
            if (auto opened = slot->open(line.password, (*user)->id); opened)
                key.emplace(std::move(opened).value());
        if (!key)
            return Error::invalid({{QStringLiteral("passwords"),
                                    ServerMigration::tr("line %1: this is not the current Vangnet password of '%2' (or the account has "
                                       "no key: disabled). Nothing was changed.").arg(line.line).arg(line.username)}});
        out.byUser.insert(line.username, line.password);
        if (!out.verifier)
            out.verifier.emplace(**user, std::make_shared<const SecretKey>(std::move(*key)));
    }
    if (!out.verifier)
        return Error::invalid({{QStringLiteral("passwords"),
                                ServerMigration::tr("the passwords file holds no line: at least the administrator's password is needed "
                                   "(it also verifies the audit chain on the server)")}});
    return out;
}

Result<qint64> copyTable(const QSqlDatabase &source, const QSqlDatabase &target, const QString &table)
{
    if (auto cleared = runSql(target, QStringLiteral("DELETE FROM %1").arg(table), {}, "clear target table"); !cleared)
        return cleared.error();
    QSqlQuery read(source);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
        return databaseError(read, "read source table");
    const QSqlRecord record = read.record();
    QStringList columns;
    QStringList marks;
    for (int i = 0; i < record.count(); ++i) {
        columns << record.fieldName(i);
        marks << QStringLiteral("?");
    }
    QSqlQuery write(target);
    if (!write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns.join(QLatin1String(", ")),
                                                                            marks.join(QLatin1String(", ")))))
        return databaseError(write, "copy rows");
    qint64 rows = 0;
    while (read.next()) {
        for (int i = 0; i < columns.size(); ++i)
            write.bindValue(i, read.value(i));
        if (!write.exec())
            return Error{ErrorCode::Database, ServerMigration::tr("Row %1 of table %2 could not be written on the server: %3")
                                                  .arg(rows + 1)
                                                  .arg(table, write.lastError().text())};
        ++rows;
    }
    // The server numbers new rows after the copied ones.
    if (columns.contains(QLatin1String("id")))
        if (auto moved = runSql(target, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), COALESCE(MAX(id), 0) + 1, false) "
                                                       "FROM %1 WHERE pg_get_serial_sequence('%1', 'id') IS NOT NULL").arg(table),
                                {}, "number new rows");
            !moved)
            return moved.error();
    return rows;
}

} // namespace

Result<QList<UserPassword>> ServerMigration::readPasswords(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{ErrorCode::Io, ServerMigration::tr("The passwords file '%1' cannot be read: %2").arg(path, file.errorString())};
    QList<UserPassword> out;
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        QString line = QString::fromUtf8(file.readLine());
        while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0 || colon == line.size() - 1)
            return Error::invalid({{QStringLiteral("passwords"),
                                    ServerMigration::tr("%1, line %2: expected username:password").arg(path).arg(number)}});
        out.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1), number});
    }
    return out;
}

Result<ServerMigrationReport> ServerMigration::run(const QString &sourcePath, const DatabaseLocation &target,
                                                   const QList<UserPassword> &passwords, const Clock &clock)
{
    if (target.engine != Engine::Postgres)
        return Error{ErrorCode::Invalid, ServerMigration::tr("--to must be a postgresql:// URL of the team server")};
    if (!QFileInfo(sourcePath).isFile())
        return Error{ErrorCode::NotFound, ServerMigration::tr("The source '%1' does not exist or is not a file").arg(sourcePath)};
    ReadOnlySource source(sourcePath);
    if (!source.opened())
        return Error{ErrorCode::Io, ServerMigration::tr("The source '%1' cannot be opened: %2").arg(sourcePath, source.error())};
    const QSqlDatabase from = source.connection();
    if (auto intact = checkIntegrity(from, sourcePath); !intact)
        return intact.error();
    auto sourceState = Migrator(from, Dialect(Engine::Sqlite), schema::migrations()).inspect();
    if (!sourceState)
        return sourceState.error();
    if (sourceState->kind != SchemaState::Kind::Vangnet || sourceState->version != schema::latestVersion())
        return Error{ErrorCode::Invalid,
                     ServerMigration::tr("'%1' is not a Vangnet database of this version (schema %2, this version writes %3): open it once "
                        "with this version of Vangnet, then move it. Nothing was changed.")
                         .arg(sourcePath)
                         .arg(sourceState->version)
                         .arg(schema::latestVersion())};
    if (auto converted = checkConverted(from, sourcePath); !converted)
        return converted.error();
    auto checked = checkPasswords(from, passwords);
    if (!checked)
        return checked.error();

    Database::Options options;
    options.create = false;
    options.migrate = false;
    auto db = Database::open(target, options);
    if (!db)
        return db.error();
    const QSqlDatabase to = (*db)->connection();
    auto database = ServerSetup::checkAdministrator(target, to);
    if (!database)
        return database.error();
    const Dialect dialect(Engine::Postgres); // the Migrator keeps a reference
    Migrator migrator(to, dialect, schema::migrations());
    auto targetState = migrator.inspect();
    if (!targetState)
        return targetState.error();
    if (targetState->kind != SchemaState::Kind::Empty)
        return Error{ErrorCode::Conflict, ServerMigration::tr("The target '%1' is not empty: a database moves only into a freshly made, empty "
                                             "database. Nothing was changed.").arg(target.display())};
    auto tables = sourceTables(from);
    if (!tables)
        return tables.error();

    const ServerRoles roles(*database);
    Transaction tx(to);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    // Rows go in as they were, in any order: foreign keys are checked by the source's own
    // integrity check, not row by row (a superuser's setting, for this transaction only).
    if (auto replica = runSql(to, QStringLiteral("SET LOCAL session_replication_role = replica"), {}, "copy mode"); !replica)
        return replica.error();
    if (auto prepared = ServerSetup::prepare(to, roles, migrator, clock); !prepared)
        return prepared.error();
    ServerMigrationReport report;
    for (const QString &table : std::as_const(*tables)) {
        auto copied = copyTable(from, to, table);
        if (!copied)
            return copied.error();
        auto there = countRows(to, table);
        if (!there)
            return there.error();
        auto here = countRows(from, table);
        if (!here)
            return here.error();
        if (*there != *here || *here != *copied)
            return Error{ErrorCode::Database, ServerMigration::tr("Table %1 has %2 rows in the source but %3 on the server; nothing was moved.")
                                                  .arg(table)
                                                  .arg(*here)
                                                  .arg(*there)};
        ++report.tables;
        report.rows += *copied;
    }
    // The source's schema_meta and rule sets came along; the server stays marked as one.
    if (auto marked = ServerSetup::mark(to, clock); !marked)
        return marked.error();

    auto users = UserRepository(to).all();
    if (!users)
        return users.error();
    const ServerLogins logins(to);
    for (const User &user : std::as_const(*users)) {
        const auto password = checked->byUser.constFind(user.username);
        const bool enabled = user.active && password != checked->byUser.cend();
        if (auto set = logins.set(user.username, user.role, enabled, enabled ? &*password : nullptr); !set)
            return set.error();
        ++report.users;
        ++(enabled ? report.loginsEnabled : report.loginsDisabled);
    }

    auto verified = AuditLog(to, clock).verify(*checked->verifier);
    if (!verified)
        return verified.error();
    if (!verified->intact())
        return Error{ErrorCode::Database, ServerMigration::tr("The audit chain does not verify on the server (%1); nothing was moved.")
                                              .arg(verified->problems.join(QLatin1String("; ")))};
    report.auditRecords = verified->checked;
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    spdlog::info("moved {} rows in {} tables to the team server; {} users", report.rows, report.tables, report.users);
    return report;
}

} // namespace vangnet::server
