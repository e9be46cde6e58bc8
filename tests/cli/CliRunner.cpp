#include "CliRunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>

#include <catch2/catch.hpp>

namespace vangnet::clitest {

QProcessEnvironment environmentIn(const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("VANGNET_LANG"), QStringLiteral("en"));
    env.remove(QStringLiteral("VANGNET_PASSWORD"));
    return env;
}

Run cli(const QTemporaryDir &home, const QStringList &args, const QString &password, const Environment &extraEnv)
{
    QProcess process;
    QProcessEnvironment env = environmentIn(home);
    if (!password.isEmpty())
        env.insert(QStringLiteral("VANGNET_PASSWORD"), password);
    for (const auto &[name, value] : extraEnv)
        env.insert(name, value);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(VANGNET_CLI_PATH), args);
    REQUIRE(process.waitForStarted());
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(180000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

Run as(const QTemporaryDir &home, const QString &db, const QString &user, const QStringList &args, const Environment &extraEnv)
{
    return cli(home, QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), user} + args, demoPassword, extraEnv);
}

QString writeFile(const QTemporaryDir &home, const QString &name, const QByteArray &content)
{
    const QString path = home.filePath(name);
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(content);
    return path;
}

QJsonObject jsonOf(const Run &run)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    INFO(run.out.toStdString());
    INFO(run.err.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

const QString &demoDatabase()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString file = dir.filePath(QStringLiteral("demo.sqlite"));
        const Run demo = cli(dir, {QStringLiteral("demo"), QStringLiteral("--db"), file, QStringLiteral("--households"),
                                   QString::number(demoHouseholds), QStringLiteral("--seed"), QStringLiteral("4")});
        INFO(demo.err.toStdString());
        REQUIRE(demo.exitCode == 0);
        REQUIRE(QString::fromUtf8(demo.out).contains(QStringLiteral("%1 households").arg(demoHouseholds)));
        REQUIRE(QString::fromUtf8(demo.out).contains(QLatin1String("consulent2")));
        REQUIRE_FALSE(QFile::exists(file + QStringLiteral("-wal")));
        return file;
    }();
    return path;
}

QString copyOfDemo(const QTemporaryDir &home)
{
    const QString copy = home.filePath(QStringLiteral("copy.sqlite"));
    REQUIRE(QFile::copy(demoDatabase(), copy));
    return copy;
}

QSet<qint64> householdIds(const QJsonObject &list)
{
    QSet<qint64> ids;
    for (const auto &row : list.value(QStringLiteral("households")).toArray())
        ids.insert(row.toObject().value(QStringLiteral("id")).toInteger());
    return ids;
}

QJsonObject userNamed(const QJsonObject &list, const QString &username)
{
    for (const auto &row : list.value(QStringLiteral("users")).toArray())
        if (row.toObject().value(QStringLiteral("username")).toString() == username)
            return row.toObject();
    return {};
}

} // namespace vangnet::clitest
