#pragma once

#include "places/Place.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace vangnet::needs {

/// Woonvraag: what a household needs from a supported-housing place (docs/planner.md,
/// "Housing need"). One current need per household; the planner matches it to places.
struct HousingNeed {
    qint64 householdId = 0;
    qint64 applicantId = 0;  ///< aanvrager, a member of the household; 0 once that person is removed
    int persons = 1;         ///< people moving, may include someone not (yet) a member
    bool wheelchair = false; ///< rolstoel
    bool pet = false;        ///< huisdier
    places::CareLevel care = places::CareLevel::Licht; ///< begeleiding needed
    QList<places::HousingType> woonvormen;             ///< acceptable; empty = any
    QStringList wijken;                                ///< acceptable; empty = any
    QDate availableFrom;     ///< vanaf: the earliest move date
    /// The day the household first asked (kept when the need is recorded again): where the
    /// planner's waiting days start. Set by the repository on the first store.
    QDate registeredOn;
    QDateTime updatedAt;
    QString updatedBy;

    /// The same need, whoever recorded it when: what decides "unchanged" on a re-import.
    bool sameNeedAs(const HousingNeed &o) const
    {
        return householdId == o.householdId && applicantId == o.applicantId && persons == o.persons
            && wheelchair == o.wheelchair && pet == o.pet && care == o.care && woonvormen == o.woonvormen
            && wijken == o.wijken && availableFrom == o.availableFrom;
    }
};

} // namespace vangnet::needs
