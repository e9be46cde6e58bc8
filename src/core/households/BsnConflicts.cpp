#include "households/BsnConflicts.h"

#include "storage/HouseholdRepository.h"
#include "storage/PersonRepository.h"

namespace vangnet {

Result<QList<BsnConflict>> findBsnConflicts(const QSqlDatabase &db, const FieldCipher &fields, const Household &household,
                                            qint64 ownTeam)
{
    QList<BsnConflict> out;
    PersonRepository persons(db, fields);
    for (qsizetype i = 0; i < household.members.size(); ++i) {
        const Person &p = household.members.at(i);
        if (p.bsn.isEmpty())
            continue;
        auto holder = persons.findByBsn(p.bsn);
        if (!holder)
            return holder.error();
        if (!holder->has_value() || **holder == p.id)
            continue;
        auto holderHousehold = persons.householdOf(**holder);
        if (!holderHousehold)
            return holderHousehold.error();
        auto team = HouseholdRepository(db).teamOf(*holderHousehold);
        if (!team)
            return team.error();
        out << BsnConflict{i, **holder, ownTeam != 0 && *team == ownTeam};
    }
    return out;
}

} // namespace vangnet
