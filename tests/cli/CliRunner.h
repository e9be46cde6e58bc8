#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcessEnvironment>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <utility>

/// Running the built vangnet-cli as a user or a script would, and the demo database the CLI
/// tests share.
namespace vangnet::clitest {

inline const QString demoPassword = QStringLiteral("demo");
constexpr int demoHouseholds = 300;

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

using Environment = QList<std::pair<QString, QString>>;

/// Runs vangnet-cli with its own settings and data folders (HOME), in English, with stdin a
/// pipe (never a terminal, so it never waits for a typed password). `password` becomes
/// VANGNET_PASSWORD; `extraEnv` adds more variables.
Run cli(const QTemporaryDir &home, const QStringList &args, const QString &password = {}, const Environment &extraEnv = {});
/// The environment cli() runs vangnet-cli in: settings and data below `home`, English, no
/// VANGNET_PASSWORD.
QProcessEnvironment environmentIn(const QTemporaryDir &home);
/// `vangnet-cli --db DB --user USER ARGS…` with VANGNET_PASSWORD=demo.
Run as(const QTemporaryDir &home, const QString &db, const QString &user, const QStringList &args,
       const Environment &extraEnv = {});

/// The demo database, made once per test program run by `vangnet-cli demo` itself: its four
/// accounts cost ≈1.3 s of Argon2id each. Tests that only read use it as it is; tests that
/// change it (users, teams, failed logins) work on copyOfDemo().
const QString &demoDatabase();
QString copyOfDemo(const QTemporaryDir &home);

QJsonObject jsonOf(const Run &run);
/// Writes `content` to the file `name` in `home` (an import file, say); its path.
QString writeFile(const QTemporaryDir &home, const QString &name, const QByteArray &content);
QByteArray fileHash(const QString &path);
/// The ids in a `household list --json` result.
QSet<qint64> householdIds(const QJsonObject &list);
/// One user of a `user list --json` result; empty when there is none of that name.
QJsonObject userNamed(const QJsonObject &list, const QString &username);

} // namespace vangnet::clitest
