#include "plans/CandidateRepository.h"

#include "needs/NeedRepository.h"
#include "storage/SqlStatement.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace vangnet::plans {

namespace {

// Column aliases of the statements below, named once and read by name.
const QString colHousehold = QStringLiteral("household_id");
const QString colTeam = QStringLiteral("team_id");
const QString colWijk = QStringLiteral("wijk");
const QString colBirthDate = QStringLiteral("geboortedatum");
const QString colFlags = QStringLiteral("flag_count");
const QString colSeverity = QStringLiteral("max_severity");
const QString colScore = QStringLiteral("score_sum");
const QString colFirstRaised = QStringLiteral("first_raised");

/// The proposal statuses under which a household is being looked after (docs/planner.md,
/// "Plan runs and the workflow"): it is not a candidate again until the offer is declined.
const QString pendingStatuses = QStringLiteral("'goedgekeurd', 'aangeboden', 'geaccepteerd'");

struct HouseholdFacts {
    qint64 teamId = 0;
    QString wijk;
    QDate birthDate;
};

struct FlagFacts {
    int count = 0;
    int severity = 0;
    qint64 score = 0;
    QDate firstRaised;
};

Result<QSet<qint64>> householdSet(const QSqlDatabase &db, const QString &sql, const char *what)
{
    auto q = runSql(db, sql, {}, what);
    if (!q)
        return q.error();
    QSet<qint64> ids;
    while (q->next())
        ids.insert(q->value(colHousehold).toLongLong());
    return ids;
}

} // namespace

CandidateRepository::CandidateRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<QList<NeedHolder>> CandidateRepository::needHolders() const
{
    auto needs = needs::NeedRepository(m_db).all();
    if (!needs)
        return needs.error();

    QHash<qint64, HouseholdFacts> households;
    {
        auto q = runSql(m_db, QStringLiteral(
            "SELECT n.household_id AS %1, h.team_id AS %2, a.wijk AS %3, p.geboortedatum AS %4 "
            "FROM housing_needs n JOIN households h ON h.id = n.household_id "
            "JOIN addresses a ON a.id = h.address_id LEFT JOIN persons p ON p.id = n.applicant_id")
            .arg(colHousehold, colTeam, colWijk, colBirthDate), {}, "read households with a need");
        if (!q)
            return q.error();
        while (q->next()) {
            HouseholdFacts &f = households[q->value(colHousehold).toLongLong()];
            f.teamId = q->value(colTeam).isNull() ? 0 : q->value(colTeam).toLongLong();
            f.wijk = q->value(colWijk).toString();
            f.birthDate = QDate::fromString(q->value(colBirthDate).toString(), Qt::ISODate);
        }
    }

    QHash<qint64, FlagFacts> flags;
    {
        auto q = runSql(m_db, QStringLiteral(
            "SELECT f.household_id AS %1, COUNT(*) AS %2, MAX(f.severity) AS %3, SUM(f.score) AS %4, "
            "MIN(f.raised_on) AS %5 FROM flags f JOIN housing_needs n ON n.household_id = f.household_id "
            "WHERE f.resolved_on IS NULL GROUP BY f.household_id")
            .arg(colHousehold, colFlags, colSeverity, colScore, colFirstRaised), {}, "read active flags");
        if (!q)
            return q.error();
        while (q->next()) {
            FlagFacts &f = flags[q->value(colHousehold).toLongLong()];
            f.count = q->value(colFlags).toInt();
            f.severity = q->value(colSeverity).toInt();
            f.score = q->value(colScore).toLongLong();
            f.firstRaised = QDate::fromString(q->value(colFirstRaised).toString().left(10), Qt::ISODate);
        }
    }

    auto placed = householdSet(m_db, QStringLiteral("SELECT DISTINCT household_id AS %1 FROM place_placements "
                                                    "WHERE ended_on IS NULL").arg(colHousehold),
                               "read open placements");
    if (!placed)
        return placed.error();
    auto pending = householdSet(m_db, QStringLiteral("SELECT DISTINCT household_id AS %1 FROM plan_entries "
                                                     "WHERE status IN (%2)").arg(colHousehold, pendingStatuses),
                                "read proposals in progress");
    if (!pending)
        return pending.error();

    QList<NeedHolder> holders;
    holders.reserve(needs->size());
    for (const needs::HousingNeed &need : *needs) {
        NeedHolder h;
        h.householdId = need.householdId;
        h.need = need;
        const HouseholdFacts hf = households.value(need.householdId);
        h.teamId = hf.teamId;
        h.householdWijk = hf.wijk;
        h.applicantBirthDate = hf.birthDate;
        const FlagFacts ff = flags.value(need.householdId);
        h.activeFlags = ff.count;
        h.highestSeverity = ff.severity;
        h.scoreSum = ff.score;
        h.firstFlagRaised = ff.firstRaised;
        if (placed->contains(need.householdId))
            h.standing = Standing::Placed;
        else if (pending->contains(need.householdId))
            h.standing = Standing::InProgress;
        else if (ff.count > 0)
            h.standing = Standing::Candidate;
        else
            h.standing = Standing::NoActiveFlag;
        holders << h;
    }
    return holders;
}

} // namespace vangnet::plans
