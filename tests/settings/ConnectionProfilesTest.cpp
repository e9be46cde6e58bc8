#include "settings/ConnectionProfiles.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::settings;

namespace {

/// A settings file of the test's own, never the user's.
struct ScratchSettings {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("vangnet.conf"));
    QSettings settings{path, QSettings::IniFormat};

    QByteArray fileBytes()
    {
        settings.sync();
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray(); // never written: empty
    }
};

ConnectionProfile fileProfile(const QString &name, const QString &file)
{
    ConnectionProfile p;
    p.name = name;
    p.kind = ConnectionKind::File;
    p.file = file;
    return p;
}

ConnectionProfile serverProfile(const QString &name, ConnectionKind kind, const QString &host)
{
    ConnectionProfile p;
    p.name = name;
    p.kind = kind;
    p.host = host;
    p.database = QStringLiteral("vangnet");
    if (kind == ConnectionKind::SharedAccount)
        p.user = QStringLiteral("wijkteam");
    return p;
}

QStringList fieldsOf(const Error &error)
{
    QStringList fields;
    for (const FieldError &f : error.fields)
        fields << f.field;
    return fields;
}

} // namespace

TEST_CASE("Connection profiles of each kind are saved, read back and remembered as last used", "[settings][profiles]")
{
    ScratchSettings s;
    ConnectionProfiles store(s.settings);
    CHECK(store.profiles().isEmpty());
    CHECK(store.lastUsed().isEmpty());

    ConnectionProfile team = serverProfile(QStringLiteral("Team server"), ConnectionKind::TeamServer,
                                           QStringLiteral("db.gemeente.example"));
    team.port = 5433;
    team.verifyFull = true;
    const QString ca = s.dir.filePath(QStringLiteral("root.crt"));
    QFile caFile(ca);
    REQUIRE(caFile.open(QIODevice::WriteOnly));
    caFile.close();
    team.caFile = ca;
    REQUIRE(store.save(fileProfile(QStringLiteral("Oefenbestand"), s.dir.filePath(QStringLiteral("a.sqlite")))).ok());
    REQUIRE(store.save(team).ok());
    REQUIRE(store.save(serverProfile(QStringLiteral("Gedeeld"), ConnectionKind::SharedAccount,
                                     QStringLiteral("localhost")))
                .ok());
    store.setLastUsed(QStringLiteral("Team server"));

    ConnectionProfiles again(s.settings);
    const auto list = again.profiles();
    REQUIRE(list.size() == 3);
    CHECK(list[0].kind == ConnectionKind::File);
    CHECK(list[0].file == s.dir.filePath(QStringLiteral("a.sqlite")));
    CHECK(list[1].kind == ConnectionKind::TeamServer);
    CHECK(list[1].host == QStringLiteral("db.gemeente.example"));
    CHECK(list[1].port == 5433);
    CHECK(list[1].verifyFull);
    CHECK(list[1].caFile == ca);
    auto teamLocation = list[1].location();
    REQUIRE(teamLocation.ok());
    CHECK(teamLocation->connectsAsUser());
    CHECK(list[2].kind == ConnectionKind::SharedAccount);
    CHECK(list[2].user == QStringLiteral("wijkteam"));
    CHECK(list[2].where() == QStringLiteral("wijkteam@localhost:5432/vangnet"));
    auto shared = list[2].location();
    REQUIRE(shared.ok());
    CHECK_FALSE(shared->connectsAsUser());
    CHECK(list[2].mayRememberPassword());
    CHECK_FALSE(list[1].mayRememberPassword());
    CHECK_FALSE(list[0].mayRememberPassword());
    CHECK(again.lastUsed() == QStringLiteral("Team server"));
}

TEST_CASE("A profile's fields are checked one by one, each error naming its field", "[settings][profiles]")
{
    ScratchSettings s;
    ConnectionProfiles store(s.settings);

    auto emptyFile = store.save(fileProfile(QString(), QString()));
    REQUIRE_FALSE(emptyFile.ok());
    CHECK(emptyFile.error().code == ErrorCode::Invalid);
    CHECK(fieldsOf(emptyFile.error()) == QStringList{ConnectionProfile::nameField, ConnectionProfile::fileField});
    CHECK(emptyFile.error().message.contains(QStringLiteral("Name:")));

    ConnectionProfile bad = serverProfile(QStringLiteral("Kapot"), ConnectionKind::SharedAccount, QStringLiteral("a b"));
    bad.port = 70000;
    bad.database = QStringLiteral("x/y");
    bad.user.clear();
    bad.caFile = s.dir.filePath(QStringLiteral("missing.crt"));
    auto refused = store.save(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(fieldsOf(refused.error())
          == QStringList{ConnectionProfile::hostField, ConnectionProfile::portField, ConnectionProfile::databaseField,
                         ConnectionProfile::caFileField, ConnectionProfile::verifyFullField,
                         ConnectionProfile::userField});
    CHECK(refused.error().message.contains(QStringLiteral("70000")));

    // A server on another computer without verify-full: DatabaseLocation's own message, on the
    // encryption field.
    auto remote = store.save(serverProfile(QStringLiteral("Ver weg"), ConnectionKind::TeamServer,
                                           QStringLiteral("db.gemeente.example")));
    REQUIRE_FALSE(remote.ok());
    CHECK(fieldsOf(remote.error()) == QStringList{ConnectionProfile::verifyFullField});
    CHECK(remote.error().message.contains(QStringLiteral("sslmode=verify-full")));

    CHECK(store.profiles().isEmpty()); // nothing half-written
    CHECK_FALSE(s.fileBytes().contains("connections"));
}

TEST_CASE("Profile names are unique ignoring case, and a rename carries the last-used mark", "[settings][profiles]")
{
    ScratchSettings s;
    ConnectionProfiles store(s.settings);
    REQUIRE(store.save(fileProfile(QStringLiteral("Noord"), s.dir.filePath(QStringLiteral("n.sqlite")))).ok());
    REQUIRE(store.save(fileProfile(QStringLiteral("Zuid"), s.dir.filePath(QStringLiteral("z.sqlite")))).ok());

    auto duplicate = store.save(fileProfile(QStringLiteral("noord"), s.dir.filePath(QStringLiteral("x.sqlite"))));
    REQUIRE_FALSE(duplicate.ok());
    CHECK(fieldsOf(duplicate.error()) == QStringList{ConnectionProfile::nameField});
    CHECK(duplicate.error().message.contains(QStringLiteral("Noord")));
    // Renaming onto another profile's name is refused too; keeping one's own name is fine.
    CHECK_FALSE(store.save(fileProfile(QStringLiteral("ZUID"), s.path), QStringLiteral("Noord")).ok());
    REQUIRE(store.save(fileProfile(QStringLiteral("Noord"), s.dir.filePath(QStringLiteral("n2.sqlite"))),
                       QStringLiteral("Noord"))
                .ok());

    store.setLastUsed(QStringLiteral("Noord"));
    REQUIRE(store.save(fileProfile(QStringLiteral("Noord-Oost"), s.dir.filePath(QStringLiteral("n2.sqlite"))),
                       QStringLiteral("Noord"))
                .ok());
    CHECK(store.lastUsed() == QStringLiteral("Noord-Oost"));
    REQUIRE(store.profiles().size() == 2);
    CHECK(store.profiles()[0].name == QStringLiteral("Noord-Oost"));

    REQUIRE(store.remove(QStringLiteral("Noord-Oost")).ok());
    CHECK(store.lastUsed().isEmpty());
    CHECK(store.remove(QStringLiteral("Noord-Oost")).error().code == ErrorCode::NotFound);
    REQUIRE(store.profiles().size() == 1);
    CHECK(store.profiles()[0].name == QStringLiteral("Zuid"));
}

TEST_CASE("A saved URL holding a password is left out and named, and no password is ever written",
          "[settings][profiles]")
{
    ScratchSettings s;
    s.settings.beginWriteArray(QStringLiteral("connections/profiles"));
    s.settings.setArrayIndex(0);
    s.settings.setValue(QStringLiteral("name"), QStringLiteral("Met wachtwoord"));
    s.settings.setValue(QStringLiteral("location"), QStringLiteral("postgresql://u:geheim@localhost/vangnet"));
    s.settings.setArrayIndex(1);
    s.settings.setValue(QStringLiteral("name"), QStringLiteral("Goed"));
    s.settings.setValue(QStringLiteral("location"), QStringLiteral("postgresql://localhost/vangnet?connect_timeout=5"));
    s.settings.endArray();

    ConnectionProfiles store(s.settings);
    const auto list = store.profiles();
    REQUIRE(list.size() == 1);
    CHECK(list[0].name == QStringLiteral("Goed"));
    // Parameters the dialog has no field for survive a save.
    REQUIRE(list[0].otherOptions.size() == 1);
    CHECK(list[0].otherOptions[0].first == QStringLiteral("connect_timeout"));
    const QStringList problems = store.problems();
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].contains(QStringLiteral("Met wachtwoord")));
    CHECK(problems[0].contains(QStringLiteral("password")));

    REQUIRE(store.save(list[0], QStringLiteral("Goed")).ok());
    CHECK(store.profiles()[0].otherOptions == list[0].otherOptions);
    // A profile's fields have no password, so what it writes cannot hold one.
    CHECK(ConnectionProfile::fromLocationText(QStringLiteral("x"), QStringLiteral("postgresql://u:pw@localhost/v"))
              .error()
              .code
          == ErrorCode::Invalid);
}
