#include "CliRunner.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace vangnet::clitest;

TEST_CASE("vangnet-cli audit verify reports an intact log, tampering, and refuses caseworkers", "[cli][audit]")
{
    QTemporaryDir home;
    const QString db = copyOfDemo(home);
    const QString beheerder = QStringLiteral("beheerder");
    const QStringList verifyJson{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")};

    const Run intact = as(home, db, beheerder, verifyJson);
    INFO(intact.err.toStdString());
    REQUIRE(intact.exitCode == 0);
    const QJsonObject report = jsonOf(intact);
    CHECK(report.value(QStringLiteral("intact")).toBool());
    CHECK(report.value(QStringLiteral("checked")).toInt() > 0);
    CHECK(report.value(QStringLiteral("problems")).toArray().isEmpty());

    const Run list = as(home, db, beheerder, {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    CHECK_FALSE(jsonOf(list).value(QStringLiteral("records")).toArray().isEmpty());

    CHECK(as(home, db, QStringLiteral("consulent"), verifyJson).exitCode == 2);

    {
        auto opened = vangnet::Database::open(vangnet::DatabaseLocation::sqliteFile(db));
        REQUIRE(opened.ok());
        REQUIRE(vangnet::runSql((*opened)->connection(),
                                QStringLiteral("UPDATE audit_log SET detail = 'x' WHERE id = (SELECT MIN(id) FROM audit_log)"))
                    .ok());
    }
    const Run tampered = as(home, db, beheerder, verifyJson);
    CHECK(tampered.exitCode == 1);
    CHECK_FALSE(jsonOf(tampered).value(QStringLiteral("intact")).toBool());
    CHECK(jsonOf(tampered).value(QStringLiteral("problems")).toArray().size() >= 1);
}
