#include "storage/DatabaseLocation.h"

#include <QUrlQuery>

#include <catch2/catch.hpp>

using namespace vangnet;

namespace {

bool accepted(const QString &url)
{
    return DatabaseLocation::parse(url).ok();
}

} // namespace

TEST_CASE("A PostgreSQL server on this computer needs no TLS settings", "[storage][tls]")
{
    CHECK(accepted(QStringLiteral("postgresql://vangnet@localhost/vangnet")));
    CHECK(accepted(QStringLiteral("postgresql://vangnet@LOCALHOST:5433/vangnet")));
    CHECK(accepted(QStringLiteral("postgresql://vangnet@127.0.0.1:54329/vangnet")));
    CHECK(accepted(QStringLiteral("postgresql://vangnet@[::1]/vangnet")));
    CHECK(accepted(QStringLiteral("postgres://vangnet@localhost/vangnet?host=/var/run/postgresql")));
}

TEST_CASE("A PostgreSQL server on another machine is refused without sslmode=verify-full", "[storage][tls]")
{
    for (const QString &url : {QStringLiteral("postgresql://vangnet@db.gemeente.example/vangnet"),
                               QStringLiteral("postgresql://vangnet@10.0.0.5/vangnet?sslmode=require"),
                               QStringLiteral("postgresql://vangnet@db.gemeente.example/vangnet?sslmode=verify-ca"),
                               QStringLiteral("postgresql://vangnet@db.gemeente.example/vangnet?sslmode=prefer"),
                               QStringLiteral("postgresql://vangnet@127.0.0.2/vangnet"),
                               // libpq connects to host/hostaddr in the parameters, not the URL's host
                               QStringLiteral("postgresql://vangnet@localhost/vangnet?host=db.gemeente.example"),
                               QStringLiteral("postgresql://vangnet@localhost/vangnet?hostaddr=10.0.0.5"),
                               QStringLiteral("postgresql://vangnet@db.gemeente.example/vangnet?allow_insecure_server=yes")}) {
        INFO(url.toStdString());
        auto parsed = DatabaseLocation::parse(url);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().code == ErrorCode::Invalid);
        CHECK(parsed.error().message.contains(QLatin1String("sslmode=verify-full")));
    }
}

TEST_CASE("verify-full or the explicit override lets a remote server through, the override never reaches libpq",
          "[storage][tls]")
{
    CHECK(accepted(QStringLiteral("postgresql://vangnet@db.gemeente.example/vangnet?sslmode=verify-full")));
    CHECK(accepted(QStringLiteral("postgresql://vangnet@db.gemeente.example/vangnet?sslmode=verify-full&sslrootcert=/etc/ca.pem")));
    auto insecure = DatabaseLocation::parse(
        QStringLiteral("postgresql://vangnet@10.0.0.5/vangnet?allow_insecure_server=1&connect_timeout=5"));
    REQUIRE(insecure.ok());
    const auto options = insecure->serverOptions();
    REQUIRE(options.size() == 1);
    CHECK(options.first().first == QStringLiteral("connect_timeout"));
}

TEST_CASE("A database URL from the settings file may not hold a password", "[storage][settings]")
{
    auto saved = DatabaseLocation::parseSaved(QStringLiteral("postgresql://vangnet:geheim@localhost/vangnet"));
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().message.contains(QLatin1String("password")));
    CHECK_FALSE(saved.error().message.contains(QLatin1String("geheim")));
    // Given on the command line it is the user's choice; without a password the settings are fine.
    CHECK(DatabaseLocation::parse(QStringLiteral("postgresql://vangnet:geheim@localhost/vangnet")).ok());
    CHECK(DatabaseLocation::parseSaved(QStringLiteral("postgresql://vangnet@localhost/vangnet")).ok());
    CHECK(DatabaseLocation::parseSaved(QStringLiteral("/srv/vangnet/gemeente.sqlite")).ok());
}
