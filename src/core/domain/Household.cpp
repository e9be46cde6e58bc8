#include "domain/Household.h"

namespace vangnet {

const Person *Household::headOfHousehold() const
{
    for (const Person &p : members)
        if (p.role == MemberRole::Hoofdbewoner)
            return &p;
    return members.isEmpty() ? nullptr : &members.first();
}

QString Household::displayName() const
{
    const Person *head = headOfHousehold();
    return head ? head->sortName() : QString();
}

} // namespace vangnet
