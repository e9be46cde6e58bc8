#pragma once

#include "demo/DemoRandom.h"
#include "places/Place.h"
#include "support/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace vangnet::demo {

/// The demo municipality's place inventory (woonplekken met begeleiding, docs/planner.md "Demo"):
/// about three places per 1,000 households, at least twelve, of all seven woonvormen — mostly
/// begeleid and beschermd wonen, a few skaeve huse — in the demo's own wijken and streets, from
/// fictional providers. Most places are vrij; their dates run from four weeks before the demo's
/// day to thirteen weeks after it, so the capacity outlook has places coming free. The same seed
/// and day give the same places. Places hold no personal data.
class DemoPlaces {
public:
    /// Places per 1,000 households, and the fewest a demo gets.
    static constexpr int perThousandHouseholds = 3;
    static constexpr int minimum = 12;

    /// How many places a demo of `households` gets.
    static int countFor(int households);

    DemoPlaces(quint64 seed, QDate asOf);

    /// The places of a demo of `households` (countFor(households) of them), plek_id ascending,
    /// with their status. Ids and update stamps are not set.
    QList<places::Place> inventory(int households);

    /// Stores `inventory` through PlaceRepository as the beheerder `by` would, at `at` (status
    /// set where it is not vrij), inside the caller's transaction.
    static Result<void> write(const QSqlDatabase &db, const QList<places::Place> &inventory, const QString &by,
                              const QDateTime &at);

private:
    places::Place place(places::HousingType type, int number);
    void setBounds(places::PlaceDetails &d);

    DemoRandom m_rng;
    QDate m_asOf;
};

} // namespace vangnet::demo
