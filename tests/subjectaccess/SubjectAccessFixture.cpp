#include "subjectaccess/SubjectAccessFixture.h"

#include <catch2/catch.hpp>

namespace vangnet::test {

namespace {
Household twoMembers()
{
    Household h;
    h.address = Address{0, QStringLiteral("Lindelaan"), 12, QStringLiteral("A"), QStringLiteral("7411 AB"),
                        QStringLiteral("Vangstad"), QStringLiteral("Noord")};
    Person head;
    head.voorletters = QStringLiteral("J.");
    head.voornaam = QStringLiteral("Jan");
    head.achternaam = QStringLiteral("Jansen");
    head.bsn = QStringLiteral("999990019");
    head.geboortedatum = QDate(1980, 3, 14);
    head.telefoon = QStringLiteral("06-12345678");
    head.email = QStringLiteral("jan.jansen@example.org");
    Person partner;
    partner.role = MemberRole::Partner;
    partner.voorletters = QStringLiteral("M.");
    partner.voornaam = QStringLiteral("Maria");
    partner.voorvoegsel = QStringLiteral("de");
    partner.achternaam = QStringLiteral("Vries");
    partner.bsn = QStringLiteral("999990020");
    partner.geboortedatum = QDate(1982, 7, 1);
    partner.email = QStringLiteral("maria.devries@example.org");
    h.members << head << partner;
    return h;
}
} // namespace

SubjectAccessFixture::SubjectAccessFixture()
    : leadA(users.add(QStringLiteral("teamleider-a"), Role::Teamleider, users.teamA().id))
{
    auto created = caseworkerA.create(twoMembers());
    INFO((created ? std::string() : created.error().message.toStdString()));
    REQUIRE(created.ok());
    household = *created;
    for (const Person &p : household.members)
        (p.achternaam == QLatin1String("Jansen") ? personId : partnerId) = p.id;
    REQUIRE(caseworkerA.addNote(household.id, QStringLiteral("Huurachterstand besproken")).ok());
    clock.set(clock.now().addDays(1));
    REQUIRE(caseworkerA.addNote(household.id, QStringLiteral("Afspraak gemaakt")).ok());
    REQUIRE(caseworkerA.get(household.id).ok()); // an opened-household record for the access log
}

QList<AuditEvent> SubjectAccessFixture::auditOf(const QString &objectType, qint64 objectId)
{
    AuditQuery q;
    q.objectType = objectType;
    q.objectId = objectId;
    auto events = AuditLog(*db, clock).find(users.admin(), q);
    REQUIRE(events.ok());
    return *events;
}

} // namespace vangnet::test
