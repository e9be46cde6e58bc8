#include "support/TestHouseholds.h"

namespace vangnet::test {

Household oneMemberHousehold(const QString &achternaam, int huisnummer, const QString &bsn)
{
    Household h;
    h.address = Address{0, QStringLiteral("Lindelaan"), huisnummer, QString(), QStringLiteral("7411 AB"),
                        QStringLiteral("Vangstad"), QString()};
    Person p;
    p.voorletters = QStringLiteral("A.");
    p.achternaam = achternaam;
    p.bsn = bsn;
    h.members << p;
    return h;
}

} // namespace vangnet::test
