#include "demo/DemoNames.h"
#include "demo/DemoPlaces.h"
#include "places/PlaceCsvReader.h"
#include "places/PlaceKeys.h"

#include <QBuffer>
#include <QHash>
#include <QSet>

#include <catch2/catch.hpp>

using namespace vangnet;
using places::HousingType;
using places::Place;
using places::PlaceStatus;

namespace {

const QDate asOf(2026, 3, 2);

QString optionalNumber(const std::optional<int> &n)
{
    return n ? QString::number(*n) : QString();
}

/// The inventory as a provider's file would hold it (docs/planner.md, "CSV format").
QByteArray asCsv(const QList<Place> &inventory)
{
    QStringList lines{places::PlaceCsvReader::header().join(QLatin1Char(';'))};
    for (const Place &p : inventory) {
        const places::PlaceDetails &d = p.details;
        lines << QStringList{d.plekId, d.provider, d.location, d.wijk, places::housingTypeKey(d.housingType),
                             QString::number(d.capacity), d.availableFrom.toString(Qt::ISODate), optionalNumber(d.minAge),
                             optionalNumber(d.maxAge), optionalNumber(d.maxPersons),
                             d.wheelchair ? QStringLiteral("ja") : QStringLiteral("nee"),
                             d.pets ? QStringLiteral("ja") : QStringLiteral("nee"), places::careLevelKey(d.care)}
                     .join(QLatin1Char(';'));
    }
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

} // namespace

TEST_CASE("Demo places scale with the household count, at least twelve", "[demo][places]")
{
    CHECK(demo::DemoPlaces::countFor(1) == 12);
    CHECK(demo::DemoPlaces::countFor(4000) == 12);
    CHECK(demo::DemoPlaces::countFor(5000) == 15);
    CHECK(demo::DemoPlaces::countFor(100000) == 300);
    CHECK(demo::DemoPlaces::countFor(150000) == 450);

    for (const int households : {1, 5000, 100000}) {
        INFO(households << " households");
        const QList<Place> inventory = demo::DemoPlaces(1, asOf).inventory(households);
        CHECK(inventory.size() == demo::DemoPlaces::countFor(households));
        QHash<HousingType, int> perType;
        for (const Place &p : inventory)
            ++perType[p.details.housingType];
        // Every woonvorm, begeleid and beschermd wonen the most, skaeve huse the fewest.
        CHECK(perType.size() == places::allHousingTypes().size());
        for (const HousingType t : places::allHousingTypes()) {
            CHECK(perType.value(t) >= 1);
            CHECK(perType.value(t) <= perType.value(HousingType::BegeleidWonen));
            CHECK(perType.value(HousingType::SkaeveHuse) <= perType.value(t));
            if (t != HousingType::BegeleidWonen)
                CHECK(perType.value(t) <= perType.value(HousingType::BeschermdWonen));
        }
    }
}

TEST_CASE("Every demo place passes the place file's checks and the woonvorm's rules", "[demo][places]")
{
    const QList<Place> inventory = demo::DemoPlaces(7, asOf).inventory(100000);
    REQUIRE(inventory.size() == 300);

    // Written as a provider's file and read back, nothing is rejected and nothing changes.
    QByteArray csv = asCsv(inventory);
    QBuffer buffer(&csv);
    auto file = places::PlaceCsvReader::read(buffer, QStringLiteral("demo.csv"));
    REQUIRE(file.ok());
    CHECK(file->rejected == 0);
    REQUIRE(file->rows.size() == inventory.size());
    for (qsizetype i = 0; i < inventory.size(); ++i)
        CHECK(file->rows[i].details == inventory[i].details);

    QSet<QString> wijken;
    for (const demo::District &d : demo::DemoNames::districts())
        wijken.insert(d.name);
    QHash<PlaceStatus, int> perStatus;
    int capacityAboveOne = 0, wheelchair = 0, pets = 0, comingLater = 0, before = 0;
    QStringList ids;
    for (const Place &p : inventory) {
        const places::PlaceDetails &d = p.details;
        INFO(d.plekId.toStdString());
        ids << d.plekId;
        CHECK(d.capacity >= 1);
        CHECK(d.capacity <= 4);
        if (d.minAge && d.maxAge)
            CHECK(*d.minAge <= *d.maxAge);
        CHECK(wijken.contains(d.wijk));
        CHECK_FALSE(d.provider.isEmpty());
        CHECK_FALSE(d.location.isEmpty());
        CHECK(d.availableFrom >= asOf.addDays(-28));
        CHECK(d.availableFrom <= asOf.addDays(91));
        if (d.housingType == HousingType::Jongeren) {
            REQUIRE(d.minAge.has_value());
            REQUIRE(d.maxAge.has_value());
            CHECK((*d.minAge == 17 || *d.minAge == 18));
            CHECK((*d.maxAge == 23 || *d.maxAge == 26));
        }
        if (d.housingType == HousingType::Gezinsplek) {
            REQUIRE(d.maxPersons.has_value());
            CHECK(*d.maxPersons >= 3);
        }
        ++perStatus[p.status];
        capacityAboveOne += d.capacity > 1 ? 1 : 0;
        wheelchair += d.wheelchair ? 1 : 0;
        pets += d.pets ? 1 : 0;
        comingLater += d.availableFrom > asOf.addDays(28) ? 1 : 0;
        before += d.availableFrom < asOf ? 1 : 0;
    }
    CHECK(QSet<QString>(ids.begin(), ids.end()).size() == ids.size());
    QStringList sorted = ids;
    sorted.sort();
    CHECK(sorted == ids); // plek_id ascending, as the repository lists them
    // Mostly free, with some of every other status; mostly single places; features mixed.
    CHECK(perStatus.value(PlaceStatus::Vrij) > 300 / 2);
    for (const PlaceStatus s : {PlaceStatus::Gereserveerd, PlaceStatus::Bezet, PlaceStatus::BuitenGebruik})
        CHECK(perStatus.value(s) > 0);
    CHECK(capacityAboveOne > 0);
    CHECK(capacityAboveOne < 300 / 3);
    CHECK(wheelchair > 0);
    CHECK(wheelchair < 300 / 2);
    CHECK(pets > 0);
    CHECK(pets < 300 / 2);
    // Free before the demo's day and coming free over the next quarter.
    CHECK(before > 0);
    CHECK(comingLater > 0);
}

TEST_CASE("The same seed and day give the same demo places, another seed others", "[demo][places]")
{
    const auto details = [](quint64 seed, QDate day) {
        QList<places::PlaceDetails> out;
        QList<PlaceStatus> statuses;
        for (const Place &p : demo::DemoPlaces(seed, day).inventory(5000)) {
            out << p.details;
            statuses << p.status;
        }
        return std::make_pair(out, statuses);
    };
    CHECK(details(3, asOf) == details(3, asOf));
    CHECK(details(3, asOf) != details(4, asOf));
    CHECK(details(3, asOf) != details(3, asOf.addDays(1)));
}
