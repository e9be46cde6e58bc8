#include "CliRunner.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "support/Clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace vangnet::clitest;

namespace {

const QString beheerder = QStringLiteral("beheerder");

std::unique_ptr<vangnet::Database> openFile(const QString &path)
{
    auto opened = vangnet::Database::open(vangnet::DatabaseLocation::sqliteFile(path));
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

QStringList lines(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

/// `audit verify --against FILE` run on a checkpoint file that must be refused (exit 2): its error text.
QString refusalOf(const QTemporaryDir &home, const QString &db, const QString &file)
{
    const Run refused = as(home, db, beheerder, {QStringLiteral("audit"), QStringLiteral("verify"),
                                                 QStringLiteral("--against"), file});
    CHECK(refused.exitCode == 2);
    return refused.err;
}

QString problemsOf(const Run &run)
{
    QStringList out;
    for (const QJsonValue &p : jsonOf(run).value(QStringLiteral("problems")).toArray())
        out << p.toString();
    return out.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("vangnet-cli audit checkpoint writes sealed lines that verify --against accepts", "[cli][audit]")
{
    QTemporaryDir home;
    const QString db = copyOfDemo(home);
    const Run printed = as(home, db, beheerder, {QStringLiteral("audit"), QStringLiteral("checkpoint")});
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    CHECK(printed.out.startsWith("vangnet-audit-checkpoint 1 "));

    const QString file = home.filePath(QStringLiteral("elders/checkpoints.txt"));
    REQUIRE(QDir().mkpath(QFileInfo(file).path()));
    for (int day = 0; day < 2; ++day)
        REQUIRE(as(home, db, beheerder, {QStringLiteral("audit"), QStringLiteral("checkpoint"), QStringLiteral("--append"), file})
                    .exitCode == 0);
    CHECK(lines(file).size() == 2);
    CHECK(QFile::permissions(file) == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));

    const Run verified = as(home, db, beheerder,
                            {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--against"), file,
                             QStringLiteral("--json")});
    INFO(verified.err.toStdString());
    REQUIRE(verified.exitCode == 0);
    CHECK(jsonOf(verified).value(QStringLiteral("checkpoints")).toInt() == 2);
    CHECK(jsonOf(verified).value(QStringLiteral("database")).toString().size() == 32);

    const QString broken = writeFile(home, QStringLiteral("broken.txt"), "vangnet-audit-checkpoint 1 x\n");
    CHECK(refusalOf(home, db, broken).contains(QStringLiteral("broken.txt, line 1")));
}

TEST_CASE("vangnet-cli audit verify --against catches audit rows rolled back to an older copy", "[cli][audit]")
{
    QTemporaryDir home;
    const QString db = copyOfDemo(home);
    REQUIRE(as(home, db, beheerder, {QStringLiteral("audit"), QStringLiteral("list")}).exitCode == 0);
    // The attacker keeps a copy of the database file ...
    const QString saved = home.filePath(QStringLiteral("saved.sqlite"));
    REQUIRE(QFile::copy(db, saved));
    // ... work goes on, tonight's checkpoint goes elsewhere ...
    REQUIRE(as(home, db, beheerder, {QStringLiteral("user"), QStringLiteral("list")}).exitCode == 0);
    const QString file = home.filePath(QStringLiteral("checkpoints.txt"));
    REQUIRE(as(home, db, beheerder, {QStringLiteral("audit"), QStringLiteral("checkpoint"), QStringLiteral("--append"), file})
                .exitCode == 0);
    // ... and the old audit rows are copied back over the newer ones; the rest stays.
    {
        auto opened = openFile(db);
        for (const QString &sql :
             {QStringLiteral("ATTACH DATABASE '%1' AS old").arg(saved), QStringLiteral("DELETE FROM audit_log"),
              QStringLiteral("INSERT INTO audit_log SELECT * FROM old.audit_log"), QStringLiteral("DELETE FROM audit_head"),
              QStringLiteral("INSERT INTO audit_head SELECT * FROM old.audit_head"), QStringLiteral("DETACH DATABASE old")})
            REQUIRE(vangnet::runSql(opened->connection(), sql).ok());
    }
    const QStringList verify{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")};
    // On its own the older chain is a valid chain: the rollback goes unseen ...
    CHECK(as(home, db, beheerder, verify).exitCode == 0);
    // ... the checkpoint names it.
    const Run caught = as(home, db, beheerder, verify + QStringList{QStringLiteral("--against"), file});
    INFO(caught.err.toStdString());
    CHECK(caught.exitCode == 1);
    CHECK(problemsOf(caught).contains(QStringLiteral("rolled back")));
}

TEST_CASE("vangnet-cli audit verify refuses a checkpoint that is not this database's", "[cli][audit]")
{
    QTemporaryDir home;
    const QString db = copyOfDemo(home);
    const Run printed = as(home, db, beheerder, {QStringLiteral("audit"), QStringLiteral("checkpoint")});
    REQUIRE(printed.exitCode == 0);
    QStringList parts = QString::fromUtf8(printed.out).trimmed().split(QLatin1Char(' '));
    REQUIRE(parts.size() == 7);
    parts[2] = QStringLiteral("0123456789abcdef0123456789abcdef"); // another database's id
    const QString file = writeFile(home, QStringLiteral("other.txt"), parts.join(QLatin1Char(' ')).toUtf8() + '\n');
    CHECK(refusalOf(home, db, file).contains(QStringLiteral("does not belong to this database")));
}

TEST_CASE("vangnet-cli audit verify checks the log before its own login seals a forged tail", "[cli][audit]")
{
    QTemporaryDir home;
    const QString db = copyOfDemo(home);
    {
        // Without any password: a record with a right hash and no seal, as a failed login has.
        auto opened = openFile(db);
        const vangnet::SystemClock clock;
        REQUIRE(vangnet::AuditLog(*opened, clock)
                    .recordAnonymous(QStringLiteral("consulent"), vangnet::AuditAction::LoginFailed,
                                     vangnet::AuditResult::Failed, QStringLiteral("login:wrong_password"))
                    .ok());
    }
    const QStringList verify{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")};
    const Run first = as(home, db, beheerder, verify);
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(jsonOf(first).value(QStringLiteral("unsealed")).toInt() == 1);
    CHECK(jsonOf(first).value(QStringLiteral("notes")).toArray().size() == 1);
    // That command's login sealed it afterwards, as any logged-in action does.
    CHECK(jsonOf(as(home, db, beheerder, verify)).value(QStringLiteral("unsealed")).toInt() == 0);
}
