#include "demo/DemoNeeds.h"

#include "demo/DemoNames.h"
#include "households/HouseholdService.h"
#include "needs/NeedService.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/HouseholdQuery.h"
#include "storage/Transaction.h"

#include <spdlog/spdlog.h>

#include <QSet>

#include <algorithm>
#include <array>

namespace vangnet::demo {

namespace {

using places::HousingType;

/// Who asks: what a household asks for, and how often a flagged one has a need recorded.
enum class Profile { Young, Family, Other };

/// Percent of flagged households of each profile with a need (rounded): young adults and families
/// wait longest for supported housing, so the demo gives them needs more often and their places
/// run short; about three in ten flagged households have a need in all.
constexpr std::array<int, 3> needPercent{60, 35, 20};

/// One in this many needs is on a household without a flag (no candidate for the planner).
constexpr int unflaggedOneIn = 8;

/// The woonvormen a household of the Other profile names: often none (any will do).
const std::array<QList<HousingType>, 7> otherChoices{{
    {},
    {HousingType::BegeleidWonen},
    {HousingType::BeschermdWonen},
    {HousingType::BegeleidWonen, HousingType::BeschermdWonen},
    {HousingType::HousingFirst},
    {HousingType::HousingFirst, HousingType::SkaeveHuse},
    {HousingType::BegeleidWonen, HousingType::HousingFirst},
}};
constexpr std::array<int, 7> otherWeights{40, 16, 12, 10, 10, 4, 8};

bool adultOn(const Person &p, QDate day)
{
    return p.geboortedatum.isValid() && p.geboortedatum.addYears(18) <= day;
}

/// 23 or younger on `day`: the age youth places take.
bool youngOn(const Person &p, QDate day)
{
    return p.geboortedatum.addYears(24) > day;
}

/// The head of the household when an adult, else the first adult member.
const Person *applicantOf(const Household &h, QDate day)
{
    if (const Person *head = h.headOfHousehold(); head && adultOn(*head, day))
        return head;
    for (const Person &p : h.members)
        if (adultOn(p, day))
            return &p;
    return nullptr;
}

Profile profileOf(const Person &applicant, int persons, QDate day)
{
    if (persons >= 3)
        return Profile::Family;
    return youngOn(applicant, day) ? Profile::Young : Profile::Other;
}

} // namespace

DemoNeeds::DemoNeeds(const Database &db, const Clock &clock, quint64 seed)
    : m_db(db), m_clock(clock), m_rng(seed ^ 0x4EED5ULL)
{
}

std::optional<needs::HousingNeed> DemoNeeds::needOf(const Household &h)
{
    const QDate today = m_clock.today();
    const Person *applicant = applicantOf(h, today);
    if (!applicant)
        return std::nullopt;
    needs::HousingNeed n;
    n.householdId = h.id;
    n.applicantId = applicant->id;
    const int members = static_cast<int>(h.members.size());
    n.persons = members;
    if (members > 1 && m_rng.chance(12))
        n.persons = 1; // one of them moves out alone: a separation, a grown child
    else if (m_rng.chance(4))
        n.persons = members + 1; // someone not registered here moves along

    const Profile profile = profileOf(*applicant, n.persons, today);
    const int roll = m_rng.below(100);
    switch (profile) {
    case Profile::Young:
        n.woonvormen = roll < 65   ? QList<HousingType>{HousingType::Jongeren}
                       : roll < 85 ? QList<HousingType>{HousingType::Jongeren, HousingType::BegeleidWonen}
                                   : QList<HousingType>{};
        break;
    case Profile::Family:
        if (roll < 60)
            n.woonvormen = {HousingType::Gezinsplek};
        break;
    case Profile::Other:
        n.woonvormen = otherChoices[static_cast<std::size_t>(m_rng.weighted(otherWeights))];
        break;
    }
    static const std::array<std::array<int, 3>, 3> careWeights{{{30, 55, 15}, {45, 45, 10}, {35, 40, 25}}};
    n.care = static_cast<places::CareLevel>(m_rng.weighted(careWeights[static_cast<std::size_t>(profile)]) + 1);
    if (n.woonvormen == QList<HousingType>{HousingType::BeschermdWonen})
        n.care = std::max(n.care, places::CareLevel::Midden); // beschermd wonen is asked for more support

    const bool sixtyOrOlder = applicant->geboortedatum.addYears(60) <= today;
    n.wheelchair = m_rng.chance(sixtyOrOlder ? 15 : 3);
    const bool ownDoor = n.woonvormen.contains(HousingType::HousingFirst) || n.woonvormen.contains(HousingType::SkaeveHuse);
    n.pet = m_rng.chance(profile == Profile::Young ? 5 : ownDoor ? 35 : 12);
    if (!h.address.wijk.isEmpty() && m_rng.chance(25)) {
        n.wijken << h.address.wijk;
        const QList<District> &districts = DemoNames::districts();
        const QString other = districts[m_rng.below(static_cast<int>(districts.size()))].name;
        if (m_rng.chance(50) && other != h.address.wijk)
            n.wijken << other;
    }
    n.availableFrom = today.addDays(m_rng.between(-56, 21));
    return n;
}

Result<void> DemoNeeds::recordFor(const Session &caseworker, int &recorded)
{
    const QSqlDatabase connection = m_db.connection();
    HouseholdFilter everyone;
    everyone.sort = HouseholdSort::Id;
    HouseholdFilter flaggedOnly = everyone;
    flaggedOnly.minSeverity = 1; // an open flag of any severity
    auto all = HouseholdQuery(connection, caseworker).ids(everyone);
    if (!all)
        return all.error();
    auto flagged = HouseholdQuery(connection, caseworker).ids(flaggedOnly);
    if (!flagged)
        return flagged.error();

    HouseholdService households(m_db, m_clock, caseworker);
    needs::NeedService needs(m_db, m_clock, caseworker);
    const QDate today = m_clock.today();
    auto recordNeed = [&](const Household &h) -> Result<bool> {
        const auto need = needOf(h);
        if (!need)
            return false;
        if (auto stored = needs.record(*need); !stored)
            return stored.error();
        return true;
    };

    // Each profile's share exactly, the households drawn at random: the share does not wander
    // with the seed, and which households get a need does.
    std::array<QList<Household>, 3> byProfile;
    for (const qint64 id : *flagged) {
        auto h = households.get(id);
        if (!h)
            return h.error();
        if (const Person *applicant = applicantOf(*h, today))
            byProfile[static_cast<std::size_t>(profileOf(*applicant, static_cast<int>(h->members.size()), today))] << *h;
    }
    QList<Household> chosen;
    for (std::size_t p = 0; p < byProfile.size(); ++p) {
        m_rng.shuffle(byProfile[p]);
        chosen << byProfile[p].mid(0, (byProfile[p].size() * needPercent[p] + 50) / 100);
    }
    std::sort(chosen.begin(), chosen.end(), [](const Household &a, const Household &b) { return a.id < b.id; });
    int onFlagged = 0;
    for (const Household &h : chosen) {
        auto stored = recordNeed(h);
        if (!stored)
            return stored.error();
        onFlagged += *stored ? 1 : 0;
    }

    const QSet<qint64> flaggedSet(flagged->begin(), flagged->end());
    QList<qint64> unflagged;
    for (const qint64 id : *all)
        if (!flaggedSet.contains(id))
            unflagged << id;
    const int wanted = std::max(1, onFlagged / unflaggedOneIn);
    int onUnflagged = 0;
    for (int tries = 0; onUnflagged < wanted && !unflagged.isEmpty() && tries < 4 * wanted; ++tries) {
        const qint64 id = unflagged.takeAt(m_rng.below(static_cast<int>(unflagged.size())));
        auto h = households.get(id);
        if (!h)
            return h.error();
        auto stored = recordNeed(*h);
        if (!stored)
            return stored.error();
        onUnflagged += *stored ? 1 : 0;
    }
    recorded += onFlagged + onUnflagged;
    spdlog::info("demo needs of user {}: {} on flagged households, {} on others", caseworker.user().id, onFlagged,
                 onUnflagged);
    return success();
}

Result<int> DemoNeeds::record(const QList<const Session *> &caseworkers)
{
    // One transaction: the needs are there whole or not at all; the services' own join it.
    Transaction tx(m_db.connection());
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    int recorded = 0;
    for (const Session *caseworker : caseworkers)
        if (auto done = recordFor(*caseworker, recorded); !done)
            return done.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return recorded;
}

} // namespace vangnet::demo
