#include "CliRunner.h"

#include <QProcess>

#include <catch2/catch.hpp>

#include <unistd.h>

using namespace vangnet::clitest;

namespace {

/// vangnet-cli with `stdinText` written to its standard input (a pipe) and, when `fd3Text` is
/// given, a second pipe holding it as file descriptor 3. No VANGNET_PASSWORD.
Run withPipes(const QTemporaryDir &home, const QStringList &args, const QByteArray &stdinText,
              const std::optional<QByteArray> &fd3Text = std::nullopt)
{
    QProcess process;
    process.setProcessEnvironment(environmentIn(home));
    int fds[2] = {-1, -1};
    if (fd3Text) {
        REQUIRE(::pipe(fds) == 0);
        REQUIRE(::write(fds[1], fd3Text->constData(), static_cast<size_t>(fd3Text->size())) == fd3Text->size());
        ::close(fds[1]);
        const int readEnd = fds[0];
        process.setChildProcessModifier([readEnd] { ::dup2(readEnd, 3); });
    }
    process.start(QStringLiteral(VANGNET_CLI_PATH), args);
    REQUIRE(process.waitForStarted());
    if (fd3Text)
        ::close(fds[0]);
    process.write(stdinText);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(180000));
    return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

QStringList infoAs(const QString &user, const QString &fd)
{
    return {QStringLiteral("--db"), demoDatabase(), QStringLiteral("--user"), user, QStringLiteral("--password-fd"), fd,
            QStringLiteral("info"), QStringLiteral("--json")};
}

} // namespace

TEST_CASE("The CLI reads the password from the first line of a pipe given with --password-fd", "[cli][login]")
{
    QTemporaryDir home;
    SECTION("standard input as the descriptor")
    {
        const Run run = withPipes(home, infoAs(QStringLiteral("consulent"), QStringLiteral("0")), "demo\nrest\n");
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(jsonOf(run).contains(QStringLiteral("engine")));
    }
    SECTION("descriptor 3, a line ending in CRLF")
    {
        const Run run = withPipes(home, infoAs(QStringLiteral("consulent"), QStringLiteral("3")), {}, QByteArray("demo\r\n"));
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
    }
    SECTION("a wrong password from the pipe is refused as any wrong password")
    {
        const Run run = withPipes(home, infoAs(QStringLiteral("consulent"), QStringLiteral("3")), {}, QByteArray("fout\n"));
        CHECK(run.exitCode == 2);
        CHECK(run.out.isEmpty());
    }
    SECTION("an empty pipe or a closed descriptor: no password, no prompt")
    {
        const Run empty = withPipes(home, infoAs(QStringLiteral("consulent"), QStringLiteral("0")), {});
        CHECK(empty.exitCode == 2);
        CHECK(empty.err.contains(QLatin1String("file descriptor 0")));
        const Run closed = withPipes(home, infoAs(QStringLiteral("consulent"), QStringLiteral("9")), "demo\n");
        CHECK(closed.exitCode == 2);
        CHECK(closed.err.contains(QLatin1String("file descriptor 9")));
    }
    SECTION("the descriptor wins over VANGNET_PASSWORD")
    {
        const Run run = cli(home, infoAs(QStringLiteral("consulent"), QStringLiteral("0")), QStringLiteral("demo"));
        CHECK(run.exitCode == 2); // stdin is empty: the environment is not used instead
    }
    SECTION("not a number")
    {
        const Run run = withPipes(home, infoAs(QStringLiteral("consulent"), QStringLiteral("drie")), "demo\n");
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QLatin1String("--password-fd")));
    }
}

TEST_CASE("A database URL with a password in the settings file is refused, one on the command line is not", "[cli][login]")
{
    QTemporaryDir home;
    REQUIRE(QDir().mkpath(home.filePath(QStringLiteral("config/Vangnet"))));
    writeFile(home, QStringLiteral("config/Vangnet/vangnet.conf"),
              "[database]\nlocation=postgresql://vangnet:geheim@127.0.0.1:1/vangnet\n");
    const Run saved = cli(home, {QStringLiteral("--user"), QStringLiteral("consulent"), QStringLiteral("info")}, QStringLiteral("demo"));
    CHECK(saved.exitCode == 2);
    CHECK(saved.err.contains(QLatin1String("holds a password")));
    CHECK_FALSE(saved.err.contains(QLatin1String("geheim")));
}

TEST_CASE("A PostgreSQL server on another machine needs sslmode=verify-full", "[cli]")
{
    QTemporaryDir home;
    const Run refused = cli(home, {QStringLiteral("--db"), QStringLiteral("postgresql://vangnet@db.gemeente.example/vangnet?sslmode=require"),
                                   QStringLiteral("--user"), QStringLiteral("consulent"), QStringLiteral("info")},
                            QStringLiteral("demo"));
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QLatin1String("sslmode=verify-full")));
}
