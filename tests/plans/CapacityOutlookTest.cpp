#include "places/PlaceKeys.h"
#include "plans/CapacityOutlook.h"
#include "plans/CapacityOutlookJson.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::plans;
using places::HousingType;

namespace {

// A Monday; week w runs from asOf + 7w to asOf + 7w + 6.
const QDate asOf(2026, 3, 2);

QDate inWeek(int week, int day = 0)
{
    return asOf.addDays(qint64(week) * 7 + day);
}

NeedHolder holder(qint64 id, Standing standing, QList<HousingType> woonvormen = {}, QDate from = {}, int persons = 1,
                  QDate born = QDate(1980, 5, 5))
{
    NeedHolder h;
    h.householdId = id;
    h.standing = standing;
    h.need.householdId = id;
    h.need.woonvormen = std::move(woonvormen);
    h.need.availableFrom = from.isValid() ? from : asOf.addDays(-30);
    h.need.persons = persons;
    h.applicantBirthDate = born;
    if (standing == Standing::Candidate) {
        h.activeFlags = 1;
        h.highestSeverity = 3;
    }
    return h;
}

places::Place place(qint64 id, HousingType type, QDate from, int capacity = 1,
                    places::PlaceStatus status = places::PlaceStatus::Vrij)
{
    places::Place p;
    p.id = id;
    p.details.plekId = QStringLiteral("WP-%1").arg(id);
    p.details.housingType = type;
    p.details.capacity = capacity;
    p.details.availableFrom = from;
    p.status = status;
    return p;
}

UpcomingDischarge notice(qint64 id, qint64 household, const char *institution, QDate expected, bool linked = true,
                         QDate born = QDate(1985, 1, 1), int members = 1)
{
    UpcomingDischarge n;
    n.id = id;
    n.householdId = household;
    n.personId = household * 10;
    n.institutionType = QString::fromLatin1(institution);
    n.expectedDate = expected;
    n.status = QStringLiteral("nieuw");
    n.personBirthDate = born;
    n.householdMembers = members;
    n.linkedToActiveFlag = linked;
    return n;
}

const OutlookCell &cell(const CapacityOutlook &o, int week, HousingType type)
{
    return o.weeks.at(week).cell(type);
}

} // namespace

TEST_CASE("The outlook puts candidates in week 0 or the week of their vanaf and places in the week they come free",
          "[outlook]")
{
    OutlookInput in;
    in.asOf = asOf;
    in.holders << holder(1, Standing::Candidate, {HousingType::Jongeren, HousingType::BegeleidWonen})
               << holder(2, Standing::Candidate, {HousingType::BegeleidWonen}, inWeek(3, 4))
               << holder(3, Standing::Candidate, {HousingType::BegeleidWonen}, inWeek(13)) // after the outlook
               << holder(4, Standing::NoActiveFlag, {HousingType::BegeleidWonen})
               << holder(5, Standing::InProgress, {HousingType::BegeleidWonen})
               << holder(6, Standing::Placed, {HousingType::BegeleidWonen});
    in.places << place(10, HousingType::Jongeren, asOf.addDays(-100))              // free already: week 0
              << place(11, HousingType::BegeleidWonen, inWeek(2, 6), 3)             // 3 − 1 taken = 2 in week 2
              << place(12, HousingType::BegeleidWonen, inWeek(1), 1, places::PlaceStatus::Gereserveerd)
              << place(13, HousingType::BegeleidWonen, inWeek(1), 1, places::PlaceStatus::Bezet)
              << place(14, HousingType::BegeleidWonen, inWeek(1), 1, places::PlaceStatus::BuitenGebruik)
              << place(15, HousingType::BegeleidWonen, inWeek(1), 1)                // fully taken
              << place(16, HousingType::Gezinsplek, inWeek(13));                     // after the outlook
    in.takenCapacity = {{11, 1}, {15, 1}};

    const CapacityOutlook o = computeOutlook(in);
    REQUIRE(o.weeks.size() == outlookWeeks);
    CHECK(o.weeks[0].start == asOf);
    CHECK(o.weeks[0].end == inWeek(0, 6));
    CHECK(o.weeks[12].start == inWeek(12));
    CHECK(outlookEnd(asOf) == inWeek(12, 6));

    CHECK(cell(o, 0, HousingType::Jongeren).demand == 1); // the first listed woonvorm
    CHECK(cell(o, 0, HousingType::Jongeren).supply == 1);
    CHECK(cell(o, 0, HousingType::BegeleidWonen).demand == 0);
    CHECK(cell(o, 3, HousingType::BegeleidWonen).demand == 1);
    CHECK(cell(o, 2, HousingType::BegeleidWonen).supply == 2);
    for (int w = 0; w < outlookWeeks; ++w) {
        INFO("week " << w);
        CHECK(cell(o, w, HousingType::Gezinsplek).supply == 0);
        if (w != 2)
            CHECK(cell(o, w, HousingType::BegeleidWonen).supply == 0);
    }
    CHECK(cell(o, 12, HousingType::BegeleidWonen).cumulativeDemand == 1);
    CHECK(cell(o, 12, HousingType::BegeleidWonen).cumulativeSupply == 2);
    CHECK(o.weeks[12].total.cumulativeDemand == 2);
    CHECK(o.weeks[12].total.cumulativeSupply == 3);
    CHECK(o.counts.candidates == 2);
    CHECK(o.counts.later == 1);
    CHECK(o.counts.places == 2);
    CHECK(o.shortages.isEmpty());
    CHECK_FALSE(o.firstShortage);
    CHECK_FALSE(o.firstTotalShortage);
}

TEST_CASE("A woonvorm runs short while its cumulative demand exceeds its cumulative supply", "[outlook]")
{
    OutlookInput in;
    in.asOf = asOf;
    // begeleid wonen: 1 candidate now, a place in week 2 → short in weeks 0 and 1 only.
    in.holders << holder(1, Standing::Candidate, {HousingType::BegeleidWonen});
    in.places << place(10, HousingType::BegeleidWonen, inWeek(2, 3));
    // jongeren: 1 place now, 3 candidates now → short by 2 from week 0; a place in week 5 makes it 1.
    for (qint64 id = 2; id <= 4; ++id)
        in.holders << holder(id, Standing::Candidate, {HousingType::Jongeren});
    in.places << place(11, HousingType::Jongeren, asOf) << place(12, HousingType::Jongeren, inWeek(5));
    // housing first: fine until a candidate arrives in week 7 with no place.
    in.holders << holder(5, Standing::Candidate, {HousingType::HousingFirst}, inWeek(7, 2));

    const CapacityOutlook o = computeOutlook(in);
    CHECK(cell(o, 0, HousingType::BegeleidWonen).isShort());
    CHECK(cell(o, 1, HousingType::BegeleidWonen).balance() == -1);
    CHECK_FALSE(cell(o, 2, HousingType::BegeleidWonen).isShort());
    CHECK(cell(o, 4, HousingType::Jongeren).balance() == -2);
    CHECK(cell(o, 5, HousingType::Jongeren).balance() == -1);
    CHECK(cell(o, 12, HousingType::Jongeren).isShort());
    CHECK_FALSE(cell(o, 6, HousingType::HousingFirst).isShort());
    CHECK(cell(o, 7, HousingType::HousingFirst).isShort());

    // Week 0 has two shortages: the larger deficit (jongeren, 2) comes first.
    REQUIRE(o.firstShortage);
    CHECK(o.firstShortage->woonvorm == HousingType::Jongeren);
    CHECK(o.firstShortage->week == 0);
    CHECK(o.firstShortage->deficit == 2);
    CHECK(o.firstShortage->start == asOf);
    // Every short cell is listed, by week and then in woonvorm order.
    CHECK(o.shortages.size() == 2 + 13 + 6);
    CHECK(o.shortages[0] == OutlookShortage{HousingType::BegeleidWonen, 0, asOf, 1});
    CHECK(o.shortages[1] == OutlookShortage{HousingType::Jongeren, 0, asOf, 2});
    // All together: 5 households, 1 + 1 places by week 2, 3 by week 5: short from week 0.
    REQUIRE(o.firstTotalShortage);
    CHECK(o.firstTotalShortage->week == 0);
    CHECK(o.firstTotalShortage->deficit == 3);
    CHECK_FALSE(o.firstTotalShortage->woonvorm);
}

TEST_CASE("The first shortage is the earliest week, whatever the deficits later", "[outlook]")
{
    OutlookInput in;
    in.asOf = asOf;
    in.holders << holder(1, Standing::Candidate, {HousingType::SkaeveHuse}, inWeek(4));
    for (qint64 id = 2; id <= 6; ++id)
        in.holders << holder(id, Standing::Candidate, {HousingType::Gezinsplek}, inWeek(9));
    const CapacityOutlook o = computeOutlook(in);
    REQUIRE(o.firstShortage);
    CHECK(o.firstShortage->woonvorm == HousingType::SkaeveHuse);
    CHECK(o.firstShortage->week == 4);
    CHECK(o.firstShortage->deficit == 1);
}

TEST_CASE("Households without a woonvorm are assigned by size, age and the institution they leave", "[outlook]")
{
    const std::optional<int> adult = 40;
    // The need's own list decides first, even for a family of young people.
    CHECK(assignWoonvorm({HousingType::SkaeveHuse, HousingType::Jongeren}, 4, 19, QStringLiteral("jeugdzorg"))
          == WoonvormAssignment{HousingType::SkaeveHuse, WoonvormReason::Need});
    CHECK(assignWoonvorm({}, 3, 19, QString()) == WoonvormAssignment{HousingType::Gezinsplek, WoonvormReason::Persons});
    CHECK(assignWoonvorm({}, 2, 22, QString()) == WoonvormAssignment{HousingType::Jongeren, WoonvormReason::Age});
    CHECK(assignWoonvorm({}, 1, 23, QString()) == WoonvormAssignment{std::nullopt, WoonvormReason::None});
    CHECK(assignWoonvorm({}, 1, std::nullopt, QString()) == WoonvormAssignment{std::nullopt, WoonvormReason::None});
    CHECK(assignWoonvorm({}, 1, adult, QStringLiteral("detentie"))
          == WoonvormAssignment{HousingType::BegeleidWonen, WoonvormReason::Institution});
    CHECK(assignWoonvorm({}, 1, adult, QStringLiteral("ggz_kliniek"))
          == WoonvormAssignment{HousingType::BeschermdWonen, WoonvormReason::Institution});
    CHECK(assignWoonvorm({}, 1, adult, QStringLiteral("beschermd_wonen"))
          == WoonvormAssignment{HousingType::BegeleidWonen, WoonvormReason::Institution});
    CHECK(assignWoonvorm({}, 1, adult, QStringLiteral("maatschappelijke_opvang"))
          == WoonvormAssignment{HousingType::HousingFirst, WoonvormReason::Institution});
    CHECK(assignWoonvorm({}, 1, adult, QStringLiteral("jeugdzorg"))
          == WoonvormAssignment{HousingType::Jongeren, WoonvormReason::Institution});
    CHECK(assignWoonvorm({}, 1, adult, QStringLiteral("ziekenhuis")) == WoonvormAssignment{std::nullopt, WoonvormReason::None});
    CHECK(assignWoonvorm({}, 1, adult, QStringLiteral("overig")) == WoonvormAssignment{std::nullopt, WoonvormReason::None});
}

TEST_CASE("A notice counts from its expected date, or from the 18th birthday when youth care ends first", "[outlook]")
{
    const QDate last = outlookEnd(asOf);
    CHECK(noticeDemandDate(notice(1, 1, "detentie", inWeek(4, 2)), asOf, last) == inWeek(4, 2));
    CHECK_FALSE(noticeDemandDate(notice(1, 1, "detentie", inWeek(13)), asOf, last));
    CHECK_FALSE(noticeDemandDate(notice(1, 1, "detentie", asOf.addDays(-1)), asOf, last));
    // Youth care: 18 in week 6, expected in week 10 → week 6; expected in week 2 → week 2.
    const QDate born = inWeek(6, 3).addYears(-18);
    CHECK(noticeDemandDate(notice(1, 1, "jeugdzorg", inWeek(10), true, born), asOf, last) == inWeek(6, 3));
    CHECK(noticeDemandDate(notice(1, 1, "jeugdzorg", inWeek(2), true, born), asOf, last) == inWeek(2));
    // Expected after the outlook, or already passed: the birthday alone.
    CHECK(noticeDemandDate(notice(1, 1, "jeugdzorg", inWeek(40), true, born), asOf, last) == inWeek(6, 3));
    CHECK(noticeDemandDate(notice(1, 1, "jeugdzorg", asOf.addDays(-5), true, born), asOf, last) == inWeek(6, 3));
    // Only youth care ends at 18.
    CHECK_FALSE(noticeDemandDate(notice(1, 1, "detentie", inWeek(40), true, born), asOf, last));
    // Born on 29 February: 18 on 28 February of a year without one.
    CHECK(noticeDemandDate(notice(1, 1, "jeugdzorg", inWeek(40), true, QDate(2008, 2, 29)), QDate(2026, 2, 28),
                           QDate(2026, 2, 28))
          == QDate(2026, 2, 28));
}

TEST_CASE("Newcomers count once per household and never twice with a candidate", "[outlook]")
{
    OutlookInput in;
    in.asOf = asOf;
    // 1: a candidate (week 0) with a flagged discharge in week 3: counted once, as a candidate.
    in.holders << holder(1, Standing::Candidate, {HousingType::BegeleidWonen});
    in.notices << notice(101, 1, "detentie", inWeek(3));
    // 2: no need, two flagged notices (weeks 5 and 2): once, in week 2, begeleid wonen (detentie).
    in.notices << notice(102, 2, "ggz_kliniek", inWeek(5)) << notice(103, 2, "detentie", inWeek(2, 1));
    // 3: a need without an active flag that lists housing first; its notice in week 4 is flagged by the rules.
    in.holders << holder(3, Standing::NoActiveFlag, {HousingType::HousingFirst});
    in.notices << notice(104, 3, "detentie", inWeek(4), false);
    in.flaggedByRules << 104;
    // 4: a notice nobody flags: not counted.
    in.notices << notice(105, 4, "detentie", inWeek(1), false);
    // 5 and 6: in progress or placed already: their notices do not count.
    in.holders << holder(5, Standing::InProgress) << holder(6, Standing::Placed);
    in.notices << notice(106, 5, "detentie", inWeek(1)) << notice(107, 6, "detentie", inWeek(1));
    // 7: youth care, 18 in week 6, household of 1, no need → jongeren by age.
    in.notices << notice(108, 7, "jeugdzorg", inWeek(11), true, inWeek(6).addYears(-18));
    // 8: a family of four leaving a shelter in week 9 → gezinsplek by size.
    in.notices << notice(109, 8, "maatschappelijke_opvang", inWeek(9), true, QDate(1980, 1, 1), 4);
    // 9: a hospital discharge of an adult alone → geen voorkeur.
    in.notices << notice(110, 9, "ziekenhuis", inWeek(8), true);
    // 10: a need without a flag whose vanaf lies after the outlook: later, not in a week.
    in.holders << holder(10, Standing::NoActiveFlag, {HousingType::Overig}, inWeek(14));
    in.notices << notice(111, 10, "detentie", inWeek(2));

    const CapacityOutlook o = computeOutlook(in);
    CHECK(o.counts.candidates == 1);
    CHECK(o.counts.discharges == 4); // households 2, 3, 8, 9
    CHECK(o.counts.turningEighteen == 1);
    CHECK(o.counts.later == 1);
    CHECK(o.weeks[12].total.cumulativeDemand == 6);

    CHECK(cell(o, 0, HousingType::BegeleidWonen).demand == 1);
    CHECK(cell(o, 2, HousingType::BegeleidWonen).demand == 1);
    CHECK(cell(o, 3, HousingType::BegeleidWonen).demand == 0);
    CHECK(cell(o, 5, HousingType::BeschermdWonen).demand == 0);
    CHECK(cell(o, 4, HousingType::HousingFirst).demand == 1);
    CHECK(cell(o, 6, HousingType::Jongeren).demand == 1);
    CHECK(cell(o, 9, HousingType::Gezinsplek).demand == 1);
    CHECK(o.weeks[8].noPreference.demand == 1);
    CHECK(cell(o, 12, HousingType::Overig).cumulativeDemand == 0);
    for (const OutlookWeek &week : o.weeks) {
        int sum = week.noPreference.demand;
        for (const OutlookCell &c : week.woonvormen)
            sum += c.demand;
        INFO("week " << week.week);
        CHECK(week.total.demand == sum);
    }
    CHECK(o.counts.byReason[std::size_t(WoonvormReason::Need)] == 2);
    CHECK(o.counts.byReason[std::size_t(WoonvormReason::Institution)] == 1);
    CHECK(o.counts.byReason[std::size_t(WoonvormReason::Age)] == 1);
    CHECK(o.counts.byReason[std::size_t(WoonvormReason::Persons)] == 1);
    CHECK(o.counts.byReason[std::size_t(WoonvormReason::None)] == 1);
}

TEST_CASE("Households without a preference show in the total, not as a woonvorm's shortage", "[outlook]")
{
    OutlookInput in;
    in.asOf = asOf;
    in.holders << holder(1, Standing::Candidate, {}, {}, 1, QDate(1970, 1, 1))
               << holder(2, Standing::Candidate, {}, {}, 1, QDate(1970, 1, 1));
    in.places << place(10, HousingType::Overig, inWeek(3));
    const CapacityOutlook o = computeOutlook(in);
    CHECK(o.weeks[0].noPreference.demand == 2);
    CHECK(o.shortages.isEmpty());
    CHECK_FALSE(o.firstShortage);
    REQUIRE(o.firstTotalShortage);
    CHECK(o.firstTotalShortage->week == 0);
    CHECK(o.firstTotalShortage->deficit == 2);
    CHECK(o.weeks[3].total.balance() == -1);
}

TEST_CASE("The outlook's JSON names weeks, woonvormen, shortages and counts", "[outlook]")
{
    OutlookInput in;
    in.asOf = asOf;
    in.holders << holder(1, Standing::Candidate, {HousingType::Jongeren});
    const QJsonObject json = capacityOutlookToJson(computeOutlook(in));
    CHECK(json.value(QStringLiteral("as_of")).toString() == QStringLiteral("2026-03-02"));
    CHECK(json.value(QStringLiteral("end")).toString() == QStringLiteral("2026-05-31"));
    const QJsonArray weeks = json.value(QStringLiteral("weeks")).toArray();
    REQUIRE(weeks.size() == outlookWeeks);
    const QJsonObject week0 = weeks[0].toObject();
    CHECK(week0.value(QStringLiteral("start")).toString() == QStringLiteral("2026-03-02"));
    CHECK(week0.value(QStringLiteral("end")).toString() == QStringLiteral("2026-03-08"));
    const QJsonObject woonvormen = week0.value(QStringLiteral("woonvormen")).toObject();
    CHECK(woonvormen.size() == 7);
    const QJsonObject jongeren = woonvormen.value(QStringLiteral("jongeren")).toObject();
    CHECK(jongeren.value(QStringLiteral("demand")).toInt() == 1);
    CHECK(jongeren.value(QStringLiteral("supply")).toInt() == 0);
    CHECK(jongeren.value(QStringLiteral("cumulative_demand")).toInt() == 1);
    CHECK(jongeren.value(QStringLiteral("cumulative_supply")).toInt() == 0);
    CHECK(jongeren.value(QStringLiteral("balance")).toInt() == -1);
    CHECK(jongeren.value(QStringLiteral("short")).toBool());
    CHECK(week0.value(QStringLiteral("geen_voorkeur")).toObject().contains(QStringLiteral("cumulative_demand")));
    CHECK(week0.value(QStringLiteral("total")).toObject().value(QStringLiteral("short")).toBool());
    const QJsonObject first = json.value(QStringLiteral("first_shortage")).toObject();
    CHECK(first.value(QStringLiteral("woonvorm")).toString() == QStringLiteral("jongeren"));
    CHECK(first.value(QStringLiteral("week")).toInt() == 0);
    CHECK(first.value(QStringLiteral("start")).toString() == QStringLiteral("2026-03-02"));
    CHECK(first.value(QStringLiteral("deficit")).toInt() == 1);
    CHECK(json.value(QStringLiteral("first_total_shortage")).toObject().value(QStringLiteral("week")).toInt() == 0);
    CHECK(json.value(QStringLiteral("shortages")).toArray().size() == outlookWeeks);
    const QJsonObject counts = json.value(QStringLiteral("counts")).toObject();
    CHECK(counts.value(QStringLiteral("candidates")).toInt() == 1);
    CHECK(counts.value(QStringLiteral("assigned_by")).toObject().value(QStringLiteral("wens")).toInt() == 1);

    const QJsonObject none = capacityOutlookToJson(computeOutlook(OutlookInput{asOf, {}, {}, {}, {}, {}}));
    CHECK(none.value(QStringLiteral("first_shortage")).isNull());
    CHECK(none.value(QStringLiteral("first_total_shortage")).isNull());
}
