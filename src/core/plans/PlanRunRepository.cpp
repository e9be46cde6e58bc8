#include "plans/PlanRunRepository.h"

#include "planner/PlanExplainer.h"
#include "planner/PlanInstanceWriter.h"
#include "planner/PlanResultJson.h"
#include "security/FieldCipher.h"
#include "storage/SealedColumns.h"
#include "storage/BatchedInsert.h"
#include "storage/SqlStatement.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace vangnet::plans {

namespace {

// plan_runs columns, named once.
const QString colId = QStringLiteral("id");
const QString colAsOf = QStringLiteral("as_of");
const QString colHorizon = QStringLiteral("horizon_days");
const QString colRunAt = QStringLiteral("run_at");
const QString colRunBy = QStringLiteral("run_by");
const QString colCandidates = QStringLiteral("candidates");
const QString colPlaces = QStringLiteral("places");
const QString colInstance = QStringLiteral("instance");
const QString colResult = QStringLiteral("result");

// plan_entries columns, and the aliases the entry statement reads.
const QString colRun = QStringLiteral("run_id");
const QString colHousehold = QStringLiteral("household_id");
const QString colTeam = QStringLiteral("team_id");
const QString colTier = QStringLiteral("tier");
const QString colPriority = QStringLiteral("priority");
const QString colPlace = QStringLiteral("place_id");
const QString colGreedyPlace = QStringLiteral("greedy_place_id");
const QString colPinned = QStringLiteral("pinned");
const QString colStatus = QStringLiteral("status");
const QString colReason = QStringLiteral("reason_code");
const QString colBlockingTier = QStringLiteral("blocking_tier");
const QString colExplanation = QStringLiteral("explanation");
const QString colDeclineReason = QStringLiteral("decline_reason_enc");
const QString colUpdatedAt = QStringLiteral("updated_at");
const QString colUpdatedBy = QStringLiteral("updated_by");
const QString colPlekId = QStringLiteral("plek_id");               // alias: the proposed place's plek_id
const QString colGreedyPlekId = QStringLiteral("greedy_plek_id");  // alias
const QString colHouseholdTeam = QStringLiteral("household_team"); // alias: the household's team now
const QString colPlaced = QStringLiteral("placed");                // alias of a count
const QString colGreedyPlaced = QStringLiteral("greedy_placed");   // alias of a count

const QStringList &runColumns()
{
    static const QStringList columns{colAsOf, colHorizon, colRunAt, colRunBy, colCandidates, colPlaces};
    return columns;
}

const QStringList &entryColumns()
{
    static const QStringList columns{colRun, colHousehold, colTeam, colTier, colPriority, colPlace, colGreedyPlace,
                                     colPinned, colStatus, colReason, colBlockingTier, colExplanation, colUpdatedAt,
                                     colUpdatedBy};
    return columns;
}

PlanRunSummary readSummary(const QSqlQuery &q)
{
    PlanRunSummary s;
    s.id = q.value(colId).toLongLong();
    s.asOf = QDate::fromString(q.value(colAsOf).toString(), Qt::ISODate);
    s.horizonDays = q.value(colHorizon).toInt();
    s.runAt = timestampFromSql(q.value(colRunAt));
    s.runBy = q.value(colRunBy).toString();
    s.candidates = q.value(colCandidates).toInt();
    s.places = q.value(colPlaces).toInt();
    return s;
}

/// The counts per tier of every run (or of `runId` alone), into `runs`.
Result<void> addCounts(const QSqlDatabase &db, QList<PlanRunSummary> &runs, qint64 runId = 0)
{
    const QString where = runId ? QStringLiteral("WHERE %1 = ?").arg(colRun) : QString();
    auto q = runSql(db, QStringLiteral("SELECT %1, %2, COUNT(%3) AS %4, COUNT(%5) AS %6 FROM plan_entries %7 "
                                       "GROUP BY %1, %2")
                            .arg(colRun, colTier, colPlace, colPlaced, colGreedyPlace, colGreedyPlaced, where),
                    runId ? QVariantList{runId} : QVariantList{}, "count plan entries");
    if (!q)
        return q.error();
    while (q->next()) {
        const auto run = std::find_if(runs.begin(), runs.end(),
                                      [&](const PlanRunSummary &s) { return s.id == q->value(colRun).toLongLong(); });
        const auto tier = planner::tierFromKey(q->value(colTier).toString());
        if (run == runs.end() || !tier)
            continue;
        run->placedByTier[planner::tierIndex(*tier)] = q->value(colPlaced).toLongLong();
        run->greedyPlacedByTier[planner::tierIndex(*tier)] = q->value(colGreedyPlaced).toLongLong();
    }
    return success();
}

Result<void> consistent(const PlanProposal &p)
{
    const auto n = static_cast<qsizetype>(p.instance.candidates.size());
    const auto places = static_cast<qsizetype>(p.places.size());
    bool matches = p.candidates.size() == n && places == static_cast<qsizetype>(p.instance.places.size())
        && static_cast<qsizetype>(p.result.placeOf.size()) == n
        && static_cast<qsizetype>(p.result.greedyPlaceOf.size()) == n;
    for (qsizetype i = 0; matches && i < n; ++i)
        for (int place : {p.result.placeOf[static_cast<std::size_t>(i)], p.result.greedyPlaceOf[static_cast<std::size_t>(i)]})
            matches = matches && place >= -1 && place < places;
    if (!matches)
        return Error{ErrorCode::Invalid, QStringLiteral("the proposal's candidates, places and result do not match "
                                                        "its instance")};
    return success();
}

/// Per candidate index: pinned, and the reason it was not placed.
struct Outcome {
    bool pinned = false;
    const planner::PlanUnplaced *unplaced = nullptr;
};

std::vector<Outcome> outcomes(const PlanProposal &p)
{
    std::vector<Outcome> out(p.instance.candidates.size());
    for (const planner::PlanAssignment &a : p.result.assignments)
        out[static_cast<std::size_t>(a.candidate)].pinned = a.pinned;
    for (const planner::PlanUnplaced &u : p.result.unplaced)
        out[static_cast<std::size_t>(u.candidate)].unplaced = &u;
    return out;
}

} // namespace

PlanRunRepository::PlanRunRepository(QSqlDatabase db, const FieldCipher &fields)
    : m_db(std::move(db))
    , m_fields(fields)
{ }

Result<PlanRunRepository::Stored> PlanRunRepository::store(const PlanProposal &proposal, const QString &by,
                                                           const QDateTime &at)
{
    if (auto ok = consistent(proposal); !ok)
        return ok.error();
    const QJsonObject meta{{colAsOf, proposal.parameters.asOf.toString(Qt::ISODate)},
                           {colHorizon, proposal.parameters.horizonDays}};
    const QByteArray instance = planner::PlanInstanceWriter::write(proposal.instance, meta);
    const QByteArray result
        = QJsonDocument(planner::planResultToJson(proposal.instance, proposal.result)).toJson(QJsonDocument::Compact);

    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    Stored stored;
    const QString when = timestampToSql(at);
    {
        auto q = runSql(m_db, QStringLiteral("UPDATE plan_entries SET %1 = ?, %2 = ?, %3 = ? WHERE %1 = ?")
                                  .arg(colStatus, colUpdatedAt, colUpdatedBy),
                        {entryStatusKey(EntryStatus::Superseded), when, by, entryStatusKey(EntryStatus::Proposed)},
                        "supersede plan proposals");
        if (!q)
            return q.error();
        stored.superseded = q->numRowsAffected();
    }
    {
        const QStringList columns = runColumns() + QStringList{colInstance, colResult};
        auto q = runSql(m_db, QStringLiteral("INSERT INTO plan_runs (%1) VALUES (%2) RETURNING %3")
                                  .arg(columns.join(QStringLiteral(", ")), sqlPlaceholders(columns.size()), colId),
                        {proposal.parameters.asOf.toString(Qt::ISODate), proposal.parameters.horizonDays, when, by,
                         static_cast<qint64>(proposal.candidates.size()), static_cast<qint64>(proposal.places.size()),
                         QString::fromUtf8(instance), QString::fromUtf8(result)},
                        "store plan run");
        if (!q)
            return q.error();
        if (!q->next())
            return databaseError(QStringLiteral("no id returned"), "store plan run");
        stored.runId = q->value(colId).toLongLong();
    }

    const std::vector<Outcome> outcome = outcomes(proposal);
    const auto placeId = [&](int index) {
        return index < 0 ? BulkValue() : BulkValue(proposal.places[index].place.id);
    };
    BatchedInsert insert(m_db, QStringLiteral("plan_entries"), entryColumns(), colHousehold, "store plan entries");
    qsizetype written = 0;
    const auto count = [&](const Result<BatchedInsert::Outcomes> &done) -> Result<void> {
        if (!done)
            return done.error();
        for (const auto &id : *done)
            written += id ? 1 : 0;
        return success();
    };
    for (qsizetype i = 0; i < proposal.candidates.size(); ++i) {
        const ProposalCandidate &c = proposal.candidates[i];
        const int place = proposal.result.placeOf[static_cast<std::size_t>(i)];
        const planner::PlanUnplaced *unplaced = outcome[static_cast<std::size_t>(i)].unplaced;
        const bool higherTier = unplaced && unplaced->reason == planner::UnplacedReason::HigherTier;
        const BulkValue row[] = {
            BulkValue(stored.runId), BulkValue(c.holder.householdId), BulkValue::idOrNull(c.holder.teamId),
            BulkValue(planner::tierKey(c.tier)), BulkValue(c.priority), placeId(place),
            placeId(proposal.result.greedyPlaceOf[static_cast<std::size_t>(i)]),
            BulkValue(outcome[static_cast<std::size_t>(i)].pinned),
            BulkValue(entryStatusKey(place >= 0 ? EntryStatus::Proposed : EntryStatus::NotPlaced)),
            unplaced ? BulkValue(planner::PlanExplainer::code(unplaced->reason)) : BulkValue(),
            higherTier ? BulkValue(planner::tierKey(unplaced->blockingTier)) : BulkValue(),
            BulkValue(c.explanation), BulkValue(when), BulkValue(by)};
        if (auto ok = count(insert.add(row, QString::number(c.holder.householdId))); !ok)
            return ok.error();
    }
    if (auto ok = count(insert.flush()); !ok)
        return ok.error();
    if (written != proposal.candidates.size())
        return Error{ErrorCode::Invalid, QStringLiteral("a household is a candidate of the run more than once")};
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return stored;
}

Result<QList<PlanRunSummary>> PlanRunRepository::runs() const
{
    auto q = runSql(m_db, QStringLiteral("SELECT %1, %2 FROM plan_runs ORDER BY %1 DESC")
                              .arg(colId, runColumns().join(QStringLiteral(", "))),
                    {}, "list plan runs");
    if (!q)
        return q.error();
    QList<PlanRunSummary> runs;
    while (q->next())
        runs << readSummary(*q);
    if (auto counted = addCounts(m_db, runs); !counted)
        return counted.error();
    return runs;
}

Result<bool> PlanRunRepository::exists(qint64 runId) const
{
    auto q = runSql(m_db, QStringLiteral("SELECT 1 FROM plan_runs WHERE %1 = ?").arg(colId), {runId}, "find plan run");
    if (!q)
        return q.error();
    return q->next();
}

Result<std::optional<PlanRunRecord>> PlanRunRepository::find(qint64 runId) const
{
    auto q = runSql(m_db, QStringLiteral("SELECT %1, %2, %3, %4 FROM plan_runs WHERE %1 = ?")
                              .arg(colId, runColumns().join(QStringLiteral(", ")), colInstance, colResult),
                    {runId}, "read plan run");
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<PlanRunRecord>();
    PlanRunRecord record;
    record.summary = readSummary(*q);
    record.instance = q->value(colInstance).toString().toUtf8();
    record.result = QJsonDocument::fromJson(q->value(colResult).toString().toUtf8()).object();
    QList<PlanRunSummary> one{record.summary};
    if (auto counted = addCounts(m_db, one, runId); !counted)
        return counted.error();
    record.summary = one.first();
    return std::optional<PlanRunRecord>(std::move(record));
}

Result<QList<PlanEntry>> PlanRunRepository::selectEntries(const QString &where, qint64 key, const QString &order) const
{
    QStringList selected;
    for (const QString &column : QStringList{colId, colRun, colHousehold, colTier, colPriority, colPlace, colGreedyPlace,
                                             colPinned, colStatus, colReason, colBlockingTier, colExplanation,
                                             colDeclineReason, colUpdatedAt, colUpdatedBy})
        selected << QStringLiteral("e.") + column;
    selected << QStringLiteral("p.plek_id AS ") + colPlekId << QStringLiteral("g.plek_id AS ") + colGreedyPlekId
             << QStringLiteral("h.team_id AS ") + colHouseholdTeam;
    auto q = runSql(m_db, QStringLiteral(
        "SELECT %1 FROM plan_entries e JOIN households h ON h.id = e.household_id "
        "LEFT JOIN places p ON p.id = e.place_id LEFT JOIN places g ON g.id = e.greedy_place_id "
        "WHERE e.%2 = ? ORDER BY %3").arg(selected.join(QStringLiteral(", ")), where, order),
        {key}, "read plan entries");
    if (!q)
        return q.error();
    QList<PlanEntry> entries;
    while (q->next()) {
        PlanEntry e;
        e.id = q->value(colId).toLongLong();
        e.runId = q->value(colRun).toLongLong();
        e.householdId = q->value(colHousehold).toLongLong();
        e.teamId = q->value(colHouseholdTeam).isNull() ? 0 : q->value(colHouseholdTeam).toLongLong();
        // The CHECK constraints keep the keys valid; the fallbacks only guard a hand-edited row.
        e.tier = planner::tierFromKey(q->value(colTier).toString()).value_or(planner::Tier::Laag);
        e.status = entryStatusFromKey(q->value(colStatus).toString()).value_or(EntryStatus::Superseded);
        e.priority = q->value(colPriority).toLongLong();
        e.placeId = q->value(colPlace).isNull() ? 0 : q->value(colPlace).toLongLong();
        e.plekId = q->value(colPlekId).toString();
        e.greedyPlaceId = q->value(colGreedyPlace).isNull() ? 0 : q->value(colGreedyPlace).toLongLong();
        e.greedyPlekId = q->value(colGreedyPlekId).toString();
        e.pinned = q->value(colPinned).toInt() != 0;
        e.reasonCode = q->value(colReason).toString();
        if (!q->value(colBlockingTier).isNull())
            e.blockingTier = planner::tierFromKey(q->value(colBlockingTier).toString());
        e.explanation = q->value(colExplanation).toString();
        // A plan run spans every team; another team's reason is sealed under that team's key and
        // never shown here (PlanRunService::visible), so it is not opened.
        if (const QString stored = q->value(colDeclineReason).toString(); !stored.isEmpty() && m_fields.mayOpen(e.teamId)) {
            auto opened = sealed::declineReason.open(m_fields, stored, e.id);
            if (!opened)
                return opened.error();
            e.declineReason = *opened;
        }
        e.updatedAt = timestampFromSql(q->value(colUpdatedAt));
        e.updatedBy = q->value(colUpdatedBy).toString();
        entries << e;
    }
    return entries;
}

Result<QList<PlanEntry>> PlanRunRepository::entries(qint64 runId) const
{
    auto entries = selectEntries(colRun, runId, QStringLiteral("e.%1").arg(colId));
    if (!entries)
        return entries;
    std::stable_sort(entries->begin(), entries->end(), [](const PlanEntry &a, const PlanEntry &b) {
        if (a.tier != b.tier)
            return a.tier < b.tier;
        if (a.priority != b.priority)
            return a.priority > b.priority;
        return a.householdId < b.householdId;
    });
    return entries;
}

Result<QList<PlanEntry>> PlanRunRepository::entriesOfHousehold(qint64 householdId) const
{
    return selectEntries(colHousehold, householdId, QStringLiteral("e.%1 DESC").arg(colRun));
}

Result<std::optional<PlanEntry>> PlanRunRepository::entry(qint64 entryId) const
{
    auto entries = selectEntries(colId, entryId, QStringLiteral("e.%1").arg(colId));
    if (!entries)
        return entries.error();
    if (entries->isEmpty())
        return std::optional<PlanEntry>();
    return std::optional<PlanEntry>(entries->first());
}

Result<bool> PlanRunRepository::setStatus(qint64 entryId, EntryStatus from, EntryStatus to, const QString &by,
                                          const QDateTime &at, const QString &declineReason)
{
    QString sets = QStringLiteral("%1 = ?, %2 = ?, %3 = ?").arg(colStatus, colUpdatedAt, colUpdatedBy);
    QVariantList values{entryStatusKey(to), timestampToSql(at), by};
    if (!declineReason.isEmpty()) {
        sets += QStringLiteral(", %1 = ?").arg(colDeclineReason);
        auto sealedReason = m_fields.seal(declineReason, sealed::declineReason.at(entryId));
        if (!sealedReason)
            return sealedReason.error();
        values << *sealedReason;
    }
    values << entryId << entryStatusKey(from);
    auto q = runSql(m_db, QStringLiteral("UPDATE plan_entries SET %1 WHERE %2 = ? AND %3 = ?").arg(sets, colId, colStatus),
                    values, "change plan entry");
    if (!q)
        return q.error();
    return q->numRowsAffected() == 1;
}

} // namespace vangnet::plans
