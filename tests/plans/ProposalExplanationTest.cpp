// Every hard requirement end to end through PlanService::propose: the pair is missing from the
// instance, and the household's explanation names the requirement at its nearest place. And
// the explanations of placed households, of the higher-tier reason, and of one pair on demand.

#include "plans/PlanFixture.h"

#include "plans/PlanStateRepository.h"
#include "plans/ProposalExplainer.h"
#include "storage/SqlStatement.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace vangnet;
using namespace vangnet::plans;
using vangnet::test::candidateOf;
using vangnet::test::indexOf;
using vangnet::test::placeOf;
using vangnet::test::PlanFixture;

namespace {

using NeedChange = std::function<void(needs::HousingNeed &)>;
using PlaceChange = std::function<void(places::PlaceDetails &)>;

/// One requirement broken between the household under test and place WP-A, all else equal.
struct Broken {
    const char *name;
    NeedChange need;
    PlaceChange place;
    QDate born = QDate(1990, 5, 1);
    places::PlaceStatus status = places::PlaceStatus::Vrij;
    bool occupied = false;
    std::optional<ExclusionSource> exclusion;
    const char *says;
};

} // namespace

TEST_CASE("Each requirement keeps a pair out of the plan and the household's explanation names it", "[plans]")
{
    const QDate late = PlanFixture::asOf.addDays(31);
    const Broken broken = GENERATE_COPY(values<Broken>({
        {"not free", {}, {}, {}, places::PlaceStatus::Bezet, false, {}, "WP-A (the place is not free (Occupied))"},
        {"no capacity", {}, {}, {}, places::PlaceStatus::Vrij, true, {},
            "WP-A (no capacity left (capacity 1, 1 taken))"},
        {"place later", {}, [late](places::PlaceDetails &d) { d.availableFrom = late; }, {}, places::PlaceStatus::Vrij,
            false, {}, "WP-A (the place is available from 01-04-2026, after the horizon (31-03-2026))"},
        {"need later", [late](needs::HousingNeed &n) { n.availableFrom = late; }, {}, {}, places::PlaceStatus::Vrij,
            false, {}, "WP-A (the household can move from 01-04-2026, after the horizon (31-03-2026))"},
        {"persons", [](needs::HousingNeed &n) { n.persons = 3; }, [](places::PlaceDetails &d) { d.maxPersons = 2; }, {},
            places::PlaceStatus::Vrij, false, {}, "WP-A (too many persons (3, the place takes 2))"},
        {"too young", {}, [](places::PlaceDetails &d) { d.minAge = 18; }, QDate(2008, 3, 2), places::PlaceStatus::Vrij,
            false, {}, "WP-A (the applicant is 17, the place from 18)"},
        {"too old", {}, [](places::PlaceDetails &d) { d.maxAge = 23; }, QDate(2002, 3, 1), places::PlaceStatus::Vrij,
            false, {}, "WP-A (the applicant is 24, the place up to 23)"},
        {"age unknown", {}, [](places::PlaceDetails &d) { d.minAge = 18; }, QDate(), places::PlaceStatus::Vrij, false,
            {}, "WP-A (the applicant's age is unknown and the place has an age limit)"},
        {"wheelchair", [](needs::HousingNeed &n) { n.wheelchair = true; },
            [](places::PlaceDetails &d) { d.wheelchair = false; }, {}, places::PlaceStatus::Vrij, false, {},
            "WP-A (no wheelchair-accessible place)"},
        {"pet", [](needs::HousingNeed &n) { n.pet = true; }, [](places::PlaceDetails &d) { d.pets = false; }, {},
            places::PlaceStatus::Vrij, false, {}, "WP-A (no pets allowed)"},
        {"care", [](needs::HousingNeed &n) { n.care = places::CareLevel::Intensief; },
            [](places::PlaceDetails &d) { d.care = places::CareLevel::Midden; }, {}, places::PlaceStatus::Vrij, false,
            {}, "WP-A (too little support (needs intensief, the place provides midden))"},
        {"woonvorm", [](needs::HousingNeed &n) { n.woonvormen = {places::HousingType::Jongeren}; }, {}, {},
            places::PlaceStatus::Vrij, false, {}, "WP-A (woonvorm begeleid_wonen not asked for (asked: jongeren))"},
        {"wijk", [](needs::HousingNeed &n) { n.wijken = {QStringLiteral("Zuid")}; }, {}, {}, places::PlaceStatus::Vrij,
            false, {}, "WP-A (wijk Noord not asked for (asked: Zuid))"},
        {"declined", {}, {}, {}, places::PlaceStatus::Vrij, false, ExclusionSource::Declined,
            "WP-A (the household declined this place)"},
        {"excluded", {}, {}, {}, places::PlaceStatus::Vrij, false, ExclusionSource::Staff, "WP-A (excluded by staff)"},
    }));
    INFO(broken.name);

    PlanFixture f;
    // WP-A fits the household under test but for the one requirement; WP-Z is for the others only
    // (a gezinsplek it does not ask for), so the run has a place whatever WP-A's state.
    const qint64 a = f.place(QStringLiteral("WP-A"), broken.place, broken.status);
    if (broken.occupied)
        f.occupy(a);
    f.place(QStringLiteral("WP-Z"), [](places::PlaceDetails &d) { d.housingType = places::HousingType::Gezinsplek; });
    const qint64 other
        = f.candidate(1, 1, [](needs::HousingNeed &n) { n.woonvormen = {places::HousingType::Gezinsplek}; });
    const qint64 tested = f.candidate(
        4, 10,
        [&](needs::HousingNeed &n) {
            n.woonvormen = {places::HousingType::BegeleidWonen, places::HousingType::Jongeren};
            if (broken.need)
                broken.need(n);
        },
        broken.born);
    if (broken.exclusion)
        f.exclude(tested, a, *broken.exclusion);

    const PlanProposal proposal = f.propose();
    const int i = indexOf(proposal, tested);
    for (const planner::PlanPair &pair : proposal.instance.pairs) {
        if (pair.candidate == i) // only an excluded pair is in the instance, and among its exclusions
            CHECK(std::find(proposal.instance.exclusions.begin(), proposal.instance.exclusions.end(), pair)
                != proposal.instance.exclusions.end());
    }
    CHECK(placeOf(proposal, tested).isEmpty());
    CHECK(placeOf(proposal, other) == QStringLiteral("WP-Z"));
    const QString why = candidateOf(proposal, tested).explanation;
    INFO(why.toStdString());
    CHECK(why.startsWith(QStringLiteral("Not placed (tier kritiek, priority 10): ")));
    CHECK(why.contains(broken.exclusion ? QStringLiteral("every eligible place is excluded for this household")
                                        : QStringLiteral("no eligible place")));
    CHECK(why.contains(QStringLiteral("Nearest places: ") + QLatin1String(broken.says)));
}

TEST_CASE("A placed household's explanation: its place, tier, alternatives and the greedy baseline", "[plans]")
{
    PlanFixture f;
    // Greedy gives the kritiek household WP-1 (its first), which the other kritiek one needs.
    for (const char *id : {"WP-1", "WP-2", "WP-3", "WP-4", "WP-5"})
        f.place(QLatin1String(id));
    const qint64 flexible = f.candidate(4, 50);
    const qint64 bound = f.candidate(4, 20, [](needs::HousingNeed &n) { n.wheelchair = true; });
    // Only WP-1 takes a wheelchair.
    REQUIRE(runSql(f.db->connection(), QStringLiteral("UPDATE places SET rolstoel = 0 WHERE plek_id <> 'WP-1'")).ok());
    const qint64 laag = f.candidate(1, 3, [](needs::HousingNeed &n) { n.wheelchair = true; });

    const PlanProposal proposal = f.propose();
    CHECK(placeOf(proposal, bound) == QStringLiteral("WP-1"));
    CHECK(placeOf(proposal, flexible) == QStringLiteral("WP-2"));
    CHECK(candidateOf(proposal, flexible).explanation
        == QStringLiteral("Proposed: WP-2. It meets every requirement; tier kritiek, priority 50. It had 4 other "
                          "eligible place(s): WP-1, WP-3, WP-4, …. The greedy baseline would give it WP-1."));
    CHECK(candidateOf(proposal, bound).explanation
        == QStringLiteral("Proposed: WP-1. It meets every requirement; tier kritiek, priority 20. It had no other "
                          "eligible place. The greedy baseline would not place it."));
    // The laag household wanted WP-1 too: the reason names the tier, never the household.
    const QString why = candidateOf(proposal, laag).explanation;
    CHECK(why
        == QStringLiteral("Not placed (tier laag, priority 3): every eligible place is needed for households of "
                          "a higher tier (kritiek)."));
}

TEST_CASE("Any one household-place pair is explained on demand", "[plans]")
{
    PlanFixture f;
    const qint64 fits = f.place(QStringLiteral("WP-1"));
    const qint64 small = f.place(QStringLiteral("WP-2"), [](places::PlaceDetails &d) {
        d.maxPersons = 1;
        d.pets = false;
    });
    const qint64 family = f.candidate(3, 5, [](needs::HousingNeed &n) {
        n.persons = 2;
        n.pet = true;
    });
    const PlanService service = f.service(f.teamLead);
    const PlanParameters parameters{PlanFixture::asOf, 30};
    CHECK(*service.explainPair(parameters, family, fits)
        == QStringLiteral("WP-1 is suitable: it meets every requirement."));
    CHECK(*service.explainPair(parameters, family, small)
        == QStringLiteral("WP-2 is not suitable: too many persons (2, the place takes 1); no pets allowed."));
    f.exclude(family, fits, ExclusionSource::Staff);
    CHECK(*service.explainPair(parameters, family, fits) == QStringLiteral("WP-1 is not suitable: excluded by staff."));
    CHECK(service.explainPair(parameters, family, 999999).error().code == ErrorCode::NotFound);
    CHECK(service.explainPair(parameters, 999999, fits).error().code == ErrorCode::NotFound);

    // The same from an explainer over the proposal's places, and the nearest places in order.
    const PlanProposal proposal = f.propose();
    ProposalExplainer explainer(parameters, proposal.places, *PlanStateRepository(f.db->connection()).exclusions());
    CHECK(explainer.pair(candidateOf(proposal, family).holder, 1).startsWith(QStringLiteral("WP-2 is not suitable")));
    const QList<NearPlace> nearest = explainer.nearestPlaces(candidateOf(proposal, family).holder);
    REQUIRE(nearest.size() == 2);
    CHECK(nearest[0].place == 0);
    CHECK(nearest[0].failing.toList() == QList<Requirement>{Requirement::ExcludedByStaff});
    CHECK(nearest[1].failing.count() == 2);
    CHECK(explainer.explain(proposal, 0) == candidateOf(proposal, family).explanation);
}
