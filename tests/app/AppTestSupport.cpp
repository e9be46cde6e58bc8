#include "AppTestSupport.h"

#include "AppResources.h"
#include "DialogRunner.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

#include <QDialog>
#include <QLineEdit>

namespace vangnet::test {

namespace {
std::unique_ptr<Database> openScratch(const TestDatabase &scratch)
{
    return scratch.open();
}
} // namespace

AppFixture::AppFixture() : db(openScratch(scratch)), service(*db, clock)
{
    initAppResources();
    DialogRunner::setInteractive(false);
    DialogRunner::clearQueued();
}

AppFixture::~AppFixture()
{
    DialogRunner::clearQueued();
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

void waitFor(QSignalSpy &spy)
{
    if (spy.isEmpty())
        REQUIRE(spy.wait(10000));
}

QLineEdit *edit(const QDialog &dialog, const char *name)
{
    auto *e = dialog.findChild<QLineEdit *>(QLatin1String(name));
    REQUIRE(e);
    return e;
}

} // namespace vangnet::test
