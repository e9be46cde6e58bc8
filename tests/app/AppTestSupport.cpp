#include "AppTestSupport.h"

#include "AppResources.h"
#include "DialogRunner.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QTemporaryDir>

namespace vangnet::test {

namespace {
Session firstAdministrator(AuthService &auth)
{
    auto admin = auth.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Bea Beheer"), AdminPassword);
    INFO((admin ? QString() : admin.error().message).toStdString());
    REQUIRE(admin.ok());
    return *admin;
}

Team firstTeam(AuthService &auth, const Session &admin)
{
    auto team = auth.createTeam(admin, QStringLiteral("Team Noord"));
    INFO((team ? QString() : team.error().message).toStdString());
    REQUIRE(team.ok());
    return *team;
}

Session createAndLogin(AuthService &auth, const Session &admin, const QString &username, const QString &displayName,
                       Role role, qint64 teamId)
{
    User user;
    user.username = username;
    user.displayName = displayName;
    user.role = role;
    user.teamId = teamId;
    auto created = auth.createUser(admin, user, UserPassword);
    INFO((created ? QString() : created.error().message).toStdString());
    REQUIRE(created.ok());
    auto session = auth.login(username, UserPassword);
    INFO((session ? QString() : session.error().message).toStdString());
    REQUIRE(session.ok());
    return *session;
}
} // namespace

AppFixture::AppFixture()
    : db(scratch.open()), auth(*db, clock, KdfLimits::minimumForTests()), admin(firstAdministrator(auth)),
      team(firstTeam(auth, admin)),
      session(createAndLogin(auth, admin, QStringLiteral("carla"), QStringLiteral("Carla Consulent"), Role::Consulent,
                             team.id)),
      service(*db, clock, session), worker(db->location(), clock, KdfLimits::minimumForTests())
{
    initAppResources();
    DialogRunner::setInteractive(false);
    DialogRunner::clearQueued();
}

AppFixture::~AppFixture()
{
    DialogRunner::clearQueued();
}

Session AppFixture::addUser(const QString &username, const QString &displayName, Role role, qint64 teamId)
{
    return createAndLogin(auth, admin, username, displayName, role, teamId);
}

qint64 AppFixture::addHousehold(const QString &achternaam, const QString &postcode, int huisnummer, const QString &wijk,
                                const QString &bsn, int extraMembers)
{
    Household h;
    h.address.straat = QStringLiteral("Dorpsstraat");
    h.address.huisnummer = huisnummer;
    h.address.postcode = postcode;
    h.address.plaats = QStringLiteral("Lindewaarde");
    h.address.wijk = wijk;
    Person head;
    head.voorletters = QStringLiteral("J.");
    head.achternaam = achternaam;
    head.bsn = bsn;
    h.members << head;
    for (int i = 0; i < extraMembers; ++i) {
        Person child;
        child.role = MemberRole::Kind;
        child.voornaam = QStringLiteral("Kind%1").arg(i + 1);
        child.achternaam = achternaam;
        h.members << child;
    }
    auto created = service.create(h);
    INFO((created ? QString() : created.error().message).toStdString());
    REQUIRE(created.ok());
    return created->id;
}

qint64 AppFixture::addHouseholdAs(HouseholdService &as, const QString &achternaam, const QString &postcode,
                                  int huisnummer)
{
    Household h;
    h.address.straat = QStringLiteral("Kerkstraat");
    h.address.huisnummer = huisnummer;
    h.address.postcode = postcode;
    h.address.plaats = QStringLiteral("Lindewaarde");
    Person head;
    head.voorletters = QStringLiteral("K.");
    head.achternaam = achternaam;
    h.members << head;
    auto created = as.create(h);
    INFO((created ? QString() : created.error().message).toStdString());
    REQUIRE(created.ok());
    return created->id;
}

void waitFor(QSignalSpy &spy)
{
    if (spy.isEmpty())
        REQUIRE(spy.wait(10000));
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

QLineEdit *edit(const QDialog &dialog, const char *name)
{
    auto *e = dialog.findChild<QLineEdit *>(QLatin1String(name));
    REQUIRE(e);
    return e;
}

} // namespace vangnet::test
