// The hard requirements of a household–place pair, one by one and at their boundaries
// (docs/planner.md, "Eligibility"): the pure check, without a database.

#include "plans/Eligibility.h"

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::plans;
using places::CareLevel;
using places::HousingType;

namespace {

const QDate asOf(2026, 3, 1);
const PlanParameters parameters{asOf, 30}; // the horizon ends on 31-03-2026

/// A household that fits the place below: one person, aged 30, no wheelchair, no pet, light care,
/// any woonvorm and wijk, ready to move on the plan date.
NeedHolder holder()
{
    NeedHolder h;
    h.householdId = 7;
    h.need.householdId = 7;
    h.need.applicantId = 70;
    h.need.persons = 1;
    h.need.availableFrom = asOf;
    h.applicantBirthDate = QDate(1995, 6, 15);
    h.activeFlags = 1;
    h.highestSeverity = 3;
    h.standing = Standing::Candidate;
    return h;
}

/// A free housing_first place in Noord for two persons, aged 18 to 65, with everything.
places::Place place()
{
    places::Place p;
    p.id = 3;
    p.details.plekId = QStringLiteral("WP-003");
    p.details.provider = QStringLiteral("Aanbieder");
    p.details.wijk = QStringLiteral("Noord");
    p.details.housingType = HousingType::HousingFirst;
    p.details.capacity = 2;
    p.details.availableFrom = asOf;
    p.details.minAge = 18;
    p.details.maxAge = 65;
    p.details.maxPersons = 2;
    p.details.wheelchair = true;
    p.details.pets = true;
    p.details.care = CareLevel::Intensief;
    return p;
}

RequirementSet failing(const NeedHolder &h, const places::Place &p, int capacityLeft = 1,
    std::optional<ExclusionSource> exclusion = std::nullopt)
{
    return failingRequirements(h, p, capacityLeft, exclusion, parameters);
}

QString textOf(Requirement r, const NeedHolder &h, const places::Place &p, int capacityLeft = 1)
{
    return requirementText(r, h, p, capacityLeft, parameters);
}

} // namespace

TEST_CASE("A household and a place that meet every requirement fail none", "[plans][eligibility]")
{
    CHECK(failing(holder(), place()).isEmpty());
    // No bounds at all: nothing of the household is asked.
    places::Place open = place();
    open.details.minAge.reset();
    open.details.maxAge.reset();
    open.details.maxPersons.reset();
    NeedHolder unknown = holder();
    unknown.applicantBirthDate = QDate();
    CHECK(failing(unknown, open).isEmpty());
}

TEST_CASE("Each hard requirement fails on its own and says so with its values", "[plans][eligibility]")
{
    NeedHolder h = holder();
    places::Place p = place();
    Requirement expected = Requirement::PlaceNotFree;
    QString text;
    int capacityLeft = 1;
    std::optional<ExclusionSource> exclusion;

    SECTION("the place is not vrij")
    {
        p.status = places::PlaceStatus::Gereserveerd;
        expected = Requirement::PlaceNotFree;
        text = QStringLiteral("the place is not free (Reserved)");
    }
    SECTION("no capacity left")
    {
        capacityLeft = 0;
        expected = Requirement::NoCapacityLeft;
        text = QStringLiteral("no capacity left (capacity 2, 2 taken)");
    }
    SECTION("the place comes after the horizon")
    {
        p.details.availableFrom = QDate(2026, 4, 1);
        expected = Requirement::PlaceNotAvailable;
        text = QStringLiteral("the place is available from 01-04-2026, after the horizon (31-03-2026)");
    }
    SECTION("the household can move only after the horizon")
    {
        h.need.availableFrom = QDate(2026, 4, 1);
        expected = Requirement::NeedBeyondHorizon;
        text = QStringLiteral("the household can move from 01-04-2026, after the horizon (31-03-2026)");
    }
    SECTION("too many persons")
    {
        h.need.persons = 3;
        expected = Requirement::TooManyPersons;
        text = QStringLiteral("too many persons (3, the place takes 2)");
    }
    SECTION("too young")
    {
        h.applicantBirthDate = QDate(2008, 3, 2); // 18 tomorrow
        expected = Requirement::TooYoung;
        text = QStringLiteral("the applicant is 17, the place from 18");
    }
    SECTION("too old")
    {
        h.applicantBirthDate = QDate(1956, 1, 1);
        expected = Requirement::TooOld;
        text = QStringLiteral("the applicant is 70, the place up to 65");
    }
    SECTION("no birth date while the place has an age bound")
    {
        h.applicantBirthDate = QDate();
        p.details.maxAge.reset(); // one bound is enough
        expected = Requirement::AgeUnknown;
        text = QStringLiteral("the applicant's age is unknown and the place has an age limit");
    }
    SECTION("a wheelchair")
    {
        h.need.wheelchair = true;
        p.details.wheelchair = false;
        expected = Requirement::NoWheelchair;
        text = QStringLiteral("no wheelchair-accessible place");
    }
    SECTION("a pet")
    {
        h.need.pet = true;
        p.details.pets = false;
        expected = Requirement::NoPets;
        text = QStringLiteral("no pets allowed");
    }
    SECTION("more care than the place gives")
    {
        h.need.care = CareLevel::Intensief;
        p.details.care = CareLevel::Midden;
        expected = Requirement::TooLittleCare;
        text = QStringLiteral("too little support (needs intensief, the place provides midden)");
    }
    SECTION("another woonvorm")
    {
        h.need.woonvormen = {HousingType::BegeleidWonen, HousingType::Jongeren};
        expected = Requirement::WoonvormNotWanted;
        text = QStringLiteral("woonvorm housing_first not asked for (asked: begeleid_wonen, jongeren)");
    }
    SECTION("another wijk")
    {
        h.need.wijken = {QStringLiteral("Zuid"), QStringLiteral("Oost")};
        expected = Requirement::WijkNotWanted;
        text = QStringLiteral("wijk Noord not asked for (asked: Zuid, Oost)");
    }
    SECTION("declined before")
    {
        exclusion = ExclusionSource::Declined;
        expected = Requirement::Declined;
        text = QStringLiteral("the household declined this place");
    }
    SECTION("excluded by staff")
    {
        exclusion = ExclusionSource::Staff;
        expected = Requirement::ExcludedByStaff;
        text = QStringLiteral("excluded by staff");
    }

    const RequirementSet fails = failing(h, p, capacityLeft, exclusion);
    CHECK(fails.toList() == QList<Requirement>{expected});
    CHECK(requirementsText(fails, h, p, capacityLeft, parameters) == text);
    CHECK(textOf(expected, h, p, capacityLeft) == text);
    CHECK_FALSE(requirementKey(expected).isEmpty());
}

TEST_CASE("Every failing requirement of a pair is reported, in order", "[plans][eligibility]")
{
    NeedHolder h = holder();
    h.need.persons = 4;
    h.need.pet = true;
    h.need.care = CareLevel::Intensief;
    h.need.wijken = {QStringLiteral("Zuid")};
    places::Place p = place();
    p.status = places::PlaceStatus::Bezet;
    p.details.pets = false;
    p.details.care = CareLevel::Licht;
    const RequirementSet fails = failing(h, p, 0, ExclusionSource::Declined);
    CHECK(fails.toList()
        == QList<Requirement>{Requirement::PlaceNotFree, Requirement::NoCapacityLeft, Requirement::TooManyPersons,
            Requirement::NoPets, Requirement::TooLittleCare, Requirement::WijkNotWanted, Requirement::Declined});
    CHECK(fails.count() == 7);
    CHECK(requirementsText(fails, h, p, 0, parameters).count(QStringLiteral("; ")) == 6);
}

TEST_CASE("The age counts in whole years on the plan date: the birthday itself is the new age", "[plans][eligibility]")
{
    places::Place p = place();
    NeedHolder h = holder();
    h.applicantBirthDate = QDate(2008, 3, 1); // 18 on the plan date
    CHECK(failing(h, p).isEmpty());
    h.applicantBirthDate = QDate(2008, 3, 2);
    CHECK(failing(h, p).contains(Requirement::TooYoung));

    h.applicantBirthDate = QDate(1960, 3, 2); // 65 until tomorrow
    CHECK(failing(h, p).isEmpty());
    h.applicantBirthDate = QDate(1960, 3, 1); // 66 today
    CHECK(failing(h, p).toList() == QList<Requirement>{Requirement::TooOld});

    // Born on 29 February: 18 on 1 March of a year without one.
    h.applicantBirthDate = QDate(2008, 2, 29);
    CHECK(failing(h, p).isEmpty());
}

TEST_CASE("The horizon's last day is inside it, for the place and for the need", "[plans][eligibility]")
{
    const QDate last = asOf.addDays(30);
    places::Place p = place();
    NeedHolder h = holder();
    p.details.availableFrom = last;
    h.need.availableFrom = last;
    CHECK(failing(h, p).isEmpty());
    p.details.availableFrom = last.addDays(1);
    CHECK(failing(h, p).toList() == QList<Requirement>{Requirement::PlaceNotAvailable});
    p.details.availableFrom = last;
    h.need.availableFrom = last.addDays(1);
    CHECK(failing(h, p).toList() == QList<Requirement>{Requirement::NeedBeyondHorizon});
    // A need or a place from long ago is simply ready.
    h.need.availableFrom = QDate(2020, 1, 1);
    p.details.availableFrom = QDate(2020, 1, 1);
    CHECK(failing(h, p).isEmpty());
    // Horizon 0: only what is ready on the plan date.
    h.need.availableFrom = asOf.addDays(1);
    CHECK(failingRequirements(h, p, 1, std::nullopt, {asOf, 0}).contains(Requirement::NeedBeyondHorizon));
}

TEST_CASE("Limits are inclusive: as many persons as the place takes, the care it gives", "[plans][eligibility]")
{
    NeedHolder h = holder();
    places::Place p = place();
    h.need.persons = 2;
    h.need.care = CareLevel::Midden;
    p.details.care = CareLevel::Midden;
    CHECK(failing(h, p).isEmpty());
    h.need.care = CareLevel::Licht; // less than the place gives is fine
    CHECK(failing(h, p).isEmpty());
    CHECK(failing(h, p, 1).isEmpty());
    CHECK(failing(h, p, 0).contains(Requirement::NoCapacityLeft));
}

TEST_CASE("Woonvormen and wijken: empty means any, names match ignoring case and spaces", "[plans][eligibility]")
{
    NeedHolder h = holder();
    places::Place p = place();
    h.need.woonvormen = {HousingType::Jongeren, HousingType::HousingFirst};
    h.need.wijken = {QStringLiteral(" noord "), QStringLiteral("Zuid")};
    CHECK(failing(h, p).isEmpty());
    p.details.wijk = QString();
    CHECK(failing(h, p).toList() == QList<Requirement>{Requirement::WijkNotWanted});
    CHECK(textOf(Requirement::WijkNotWanted, h, p) == QStringLiteral("the place has no wijk (asked:  noord , Zuid)"));
    h.need.wijken.clear();
    CHECK(failing(h, p).isEmpty());

    // Terms made once: a wijk no place has matches none, by id.
    Eligibility rules(parameters);
    p.details.wijk = QStringLiteral("Centrum");
    const PlaceTerms centrum = rules.placeTerms(p, 1);
    h.need.wijken = {QStringLiteral("Nergens")};
    CHECK(Eligibility::check(rules.needTerms(h), centrum).contains(Requirement::WijkNotWanted));
    h.need.wijken = {QStringLiteral("CENTRUM")};
    CHECK(Eligibility::check(rules.needTerms(h), centrum).isEmpty());
}
