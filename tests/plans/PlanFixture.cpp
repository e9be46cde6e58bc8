#include "plans/PlanFixture.h"

#include "domain/Household.h"
#include "households/HouseholdService.h"
#include "needs/NeedService.h"
#include "places/PlaceRepository.h"
#include "plans/PlanStateRepository.h"
#include "storage/SqlStatement.h"

#include <catch2/catch.hpp>

namespace vangnet::test {

namespace {

template <typename T> T required(Result<T> result)
{
    INFO((result ? std::string() : result.error().message.toStdString()));
    REQUIRE(result.ok());
    return std::move(result).value();
}

void requireOk(const Result<void> &result)
{
    INFO((result ? std::string() : result.error().message.toStdString()));
    REQUIRE(result.ok());
}

void run(const Database &db, const QString &sql, const QVariantList &values)
{
    auto q = runSql(db.connection(), sql, values, "test data");
    INFO((q ? std::string() : q.error().message.toStdString()));
    REQUIRE(q.ok());
}

QString stamp(const QDate &day)
{
    return timestampToSql(QDateTime(day, QTime(9, 0), Qt::UTC));
}

} // namespace

std::pair<qint64, qint64> PlanFixture::household(QDate born, const Session *session)
{
    Household h;
    h.address = Address{0, QStringLiteral("Planstraat"), ++streetNumbers, QString(), QStringLiteral("7411 AB"),
        QStringLiteral("Vangstad"), QStringLiteral("Noord")};
    Person p;
    p.voorletters = QStringLiteral("P.");
    p.achternaam = QStringLiteral("Plan");
    p.geboortedatum = born;
    h.members << p;
    const Household created
        = required(HouseholdService(*db, clock, session ? *session : users.caseworkerA()).create(h));
    return {created.id, created.members[0].id};
}

void PlanFixture::need(
    std::pair<qint64, qint64> who, const std::function<void(needs::HousingNeed &)> &adjust, const Session *session)
{
    needs::HousingNeed n;
    n.householdId = who.first;
    n.applicantId = who.second;
    n.persons = 1;
    n.availableFrom = asOf;
    if (adjust)
        adjust(n);
    required(needs::NeedService(*db, clock, session ? *session : users.caseworkerA()).record(n));
}

void PlanFixture::flag(qint64 household, int severity, int score, QDate raisedOn, const QString &resolution)
{
    const bool closed = !resolution.isEmpty();
    run(*db,
        QStringLiteral(
            "INSERT INTO flags (household_id, rule_id, rule_version, title, severity, score, explanation, "
            "raised_on, raised_at, resolved_on, resolution) VALUES (?, ?, 1, ?, ?, ?, 'uitleg', ?, ?, ?, ?)"),
        {household, QStringLiteral("regel_%1").arg(severity), QStringLiteral("Regel"), severity, score,
            raisedOn.toString(Qt::ISODate), stamp(raisedOn), closed ? QVariant(asOf.toString(Qt::ISODate)) : sqlNull(),
            closed ? QVariant(resolution) : sqlNull()});
}

qint64 PlanFixture::candidate(
    int severity, int score, const std::function<void(needs::HousingNeed &)> &adjust, QDate born)
{
    const auto who = household(born);
    need(who, adjust);
    flag(who.first, severity, score);
    return who.first;
}

qint64 PlanFixture::place(
    const QString &plekId, const std::function<void(places::PlaceDetails &)> &adjust, places::PlaceStatus status)
{
    places::PlaceDetails d;
    d.plekId = plekId;
    d.provider = QStringLiteral("Aanbieder");
    d.wijk = QStringLiteral("Noord");
    d.housingType = places::HousingType::BegeleidWonen;
    d.capacity = 1;
    d.availableFrom = asOf;
    d.wheelchair = true;
    d.pets = true;
    d.care = places::CareLevel::Intensief;
    if (adjust)
        adjust(d);
    places::PlaceRepository places(db->connection());
    const qint64 id = required(places.insert(d, QStringLiteral("test"), clock.now()));
    if (status != places::PlaceStatus::Vrij)
        requireOk(places.setStatus(id, status, QStringLiteral("test"), clock.now()));
    return id;
}

void PlanFixture::occupy(qint64 placeId, qint64 resident)
{
    if (resident == 0)
        resident = household().first;
    run(*db,
        QStringLiteral("INSERT INTO place_placements (place_id, household_id, placed_on, created_at, created_by) "
                       "VALUES (?, ?, ?, ?, 'test')"),
        {placeId, resident, asOf.addDays(-100).toString(Qt::ISODate), stamp(asOf)});
}

void PlanFixture::approvedProposal(qint64 household, qint64 placeId)
{
    run(*db,
        QStringLiteral(
            "INSERT INTO plan_runs (as_of, horizon_days, run_at, run_by, candidates, places, instance, result) "
            "VALUES (?, 30, ?, 'test', 1, 1, '{}', '{}')"),
        {asOf.addDays(-7).toString(Qt::ISODate), stamp(asOf.addDays(-7))});
    run(*db,
        QStringLiteral(
            "INSERT INTO plan_entries (run_id, household_id, tier, priority, place_id, status, updated_at, "
            "updated_by) VALUES ((SELECT MAX(id) FROM plan_runs), ?, 'hoog', 1, ?, 'goedgekeurd', ?, 'test')"),
        {household, placeId, stamp(asOf.addDays(-6))});
}

void PlanFixture::pin(qint64 household, qint64 placeId)
{
    requireOk(plans::PlanStateRepository(db->connection())
                  .addPin(household, placeId, teamLead.user().username, clock.now()));
}

void PlanFixture::exclude(qint64 household, qint64 placeId, plans::ExclusionSource source)
{
    requireOk(plans::PlanStateRepository(db->connection())
                  .addExclusion(household, placeId, source, teamLead.user().username, clock.now()));
}

plans::PlanProposal PlanFixture::propose(int horizonDays)
{
    plans::PlanProposal proposal = required(service(teamLead).propose({asOf, horizonDays}));
    REQUIRE_FALSE(proposal.cancelled);
    return proposal;
}

qint64 PlanFixture::count(const QString &sql) const
{
    auto q = runSql(db->connection(), sql);
    REQUIRE(q.ok());
    REQUIRE(q->next());
    return q->value(0).toLongLong();
}

int indexOf(const plans::PlanProposal &proposal, qint64 household)
{
    for (qsizetype i = 0; i < proposal.candidates.size(); ++i) {
        if (proposal.candidates[i].holder.householdId == household)
            return int(i);
    }
    return -1;
}

const plans::ProposalCandidate &candidateOf(const plans::PlanProposal &proposal, qint64 household)
{
    const int i = indexOf(proposal, household);
    REQUIRE(i >= 0);
    return proposal.candidates[i];
}

QString placeOf(const plans::PlanProposal &proposal, qint64 household)
{
    const int i = indexOf(proposal, household);
    REQUIRE(i >= 0);
    const int p = proposal.result.placeOf[static_cast<std::size_t>(i)];
    return p < 0 ? QString() : proposal.places[p].place.details.plekId;
}

} // namespace vangnet::test
