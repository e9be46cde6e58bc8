#pragma once

#include "demo/DemoNames.h"
#include "demo/DemoRandom.h"
#include "domain/Person.h"

#include <QDate>
#include <QList>

namespace vangnet::demo {

/// Makes the members of one demo household after another: composition (singles ~38%, couples,
/// families, single parents, house-sharers), names by origin, gender and generation, birth dates
/// consistent with the roles (head 18+, children at least 18 years younger than their parents),
/// phone numbers and e-mail addresses on example domains, and BSNs from the 9999 test range.
class DemoHouseholdFactory {
public:
    DemoHouseholdFactory(quint64 seed, QDate asOf, int households);

    /// The members of the next household, head of household first; address and ids not set.
    QList<Person> nextMembers();

    /// The 11-proef BSNs starting with 9999, in order (about 9,091: the range is small, so in a
    /// municipality of more than ~3,900 households not every person gets one).
    static QStringList testRangeBsns();

private:
    struct Parent {
        Origin origin;
        Gender gender;
        int age;
        Surname surname;
    };

    Person makePerson(MemberRole role, Origin origin, Gender gender, int age, const Surname &surname,
                      bool ownNamePool = true);
    Origin drawOrigin();
    Gender drawGender(int femalePercent) { return m_rng.chance(femalePercent) ? Gender::Female : Gender::Male; }
    QDate birthDateFor(int age);
    QString voorlettersFor(const QString &voornaam, const QStringList &pool);
    QString phoneFor(int age);
    QString emailFor(const Person &p, int age);
    QString nextBsn();

    DemoRandom m_rng;
    QDate m_asOf;
    QStringList m_bsns;
    qsizetype m_nextBsn = 0;
    qint64 m_bsnCredit = 0;    ///< Bresenham-style spreading of the BSN pool over everyone
    qint64 m_bsnThreshold = 0; ///< expected number of people; 0 = everyone gets a BSN
};

} // namespace vangnet::demo
