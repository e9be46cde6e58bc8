#include "TestDatabase.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>

namespace vangnet::test {

namespace {

QUrl pgServerUrl()
{
    return QUrl(QStringLiteral(VANGNET_TEST_PG_URL));
}

/// Runs one statement on the server's maintenance database (CREATE/DROP DATABASE);
/// returns the error text, empty on success.
QString onServer(const QString &sql)
{
    QString error;
    const QUrl url = pgServerUrl();
    const QString name = QStringLiteral("vangnet-test-admin");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open()) {
            error = QStringLiteral("cannot reach the test PostgreSQL server: ") + db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(sql))
                error = q.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

bool postgresTestServer()
{
    return !pgServerUrl().isEmpty();
}

Engine engineUnderTest()
{
    return qEnvironmentVariable("VANGNET_TEST_ENGINE") == QLatin1String("postgresql") ? Engine::Postgres : Engine::Sqlite;
}

TestDatabase::TestDatabase(Engine engine)
{
    REQUIRE(m_dir.isValid());
    if (engine == Engine::Sqlite) {
        m_location = DatabaseLocation::sqliteFile(m_dir.filePath(QStringLiteral("test.sqlite")));
        return;
    }
    REQUIRE_FALSE(pgServerUrl().isEmpty());
    static std::atomic<int> counter{0};
    m_pgName = QStringLiteral("vangnet_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    const QString error = onServer(QStringLiteral("CREATE DATABASE %1").arg(m_pgName));
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    QUrl url = pgServerUrl();
    url.setPath(QLatin1Char('/') + m_pgName);
    m_location.engine = Engine::Postgres;
    m_location.url = url;
}

TestDatabase::~TestDatabase()
{
    if (!m_pgName.isEmpty())
    {
        (void)onServer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName));
        // Roles are the cluster's, not the database's: a team server test leaves its own
        // (server::ServerRoles names them after the database).
        (void)onServer(QStringLiteral("DO $$ DECLARE r text; BEGIN FOR r IN SELECT rolname FROM pg_roles "
                                      "WHERE starts_with(rolname, '%1_') OR starts_with(rolname, '%1.') "
                                      "LOOP EXECUTE format('DROP ROLE %I', r); END LOOP; END $$").arg(m_pgName));
    }
}

std::unique_ptr<Database> TestDatabase::open(Database::Options options) const
{
    auto db = Database::open(m_location, std::move(options));
    INFO((db ? std::string() : db.error().message.toStdString()));
    REQUIRE(db.ok());
    return std::move(db).value();
}

} // namespace vangnet::test
