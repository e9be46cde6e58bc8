#include "signals/DischargeRepository.h"

#include "history/ConditionHistory.h"
#include "history/StatusHistory.h"
#include "importing/ImportKeys.h"
#include "storage/SqlStatement.h"
#include "support/IsoDate.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <utility>

namespace vangnet {

namespace {

// discharge_notice_history's columns, named once; the copied ones have the notice's own names.
const QString colId = QStringLiteral("id");
const QString colDischarge = QStringLiteral("discharge_id");
const QString colChange = QStringLiteral("change");
const QString colBatch = QStringLiteral("batch_id");
const QString colExpected = QStringLiteral("expected_date");
const QString colIdDocument = QStringLiteral("id_document");
const QString colShelter = QStringLiteral("shelter");
const QString colIncome = QStringLiteral("income");
const QString colDebts = QStringLiteral("debts");
const QString colCare = QStringLiteral("care");
const QString colLifecycle = QStringLiteral("lifecycle");
const QString colChannel = QStringLiteral("channel");
const QString colChangedAt = QStringLiteral("changed_at");
const QString colChangedBy = QStringLiteral("changed_by");
const QString colValidFrom = QStringLiteral("valid_from");
// discharge_notices' own columns besides those.
const QString colHousehold = QStringLiteral("household_id");
const QString colPerson = QStringLiteral("person_id");
const QString colStatus = QStringLiteral("status");
const QString colFactKey = QStringLiteral("fact_key");

/// The notice's own columns that the history copies, in both tables under the same names.
QString copiedColumns()
{
    return QStringList{colExpected, colIdDocument, colShelter, colIncome, colDebts, colCare, colLifecycle, colChannel}
        .join(QStringLiteral(", "));
}

/// What StoredDischarge reads of a notice.
QString storedColumns()
{
    return QStringList{colId, colHousehold, colPerson, colBatch, colExpected, colChannel, colIdDocument, colShelter,
                       colIncome, colDebts, colCare, colLifecycle, colStatus}
        .join(QStringLiteral(", "));
}

qint64 idOrZero(const QVariant &value)
{
    return value.isNull() ? 0 : value.toLongLong();
}

StoredDischarge readStored(const QSqlQuery &q)
{
    StoredDischarge d;
    d.id = q.value(colId).toLongLong();
    d.householdId = q.value(colHousehold).toLongLong();
    d.personId = idOrZero(q.value(colPerson));
    d.batchId = idOrZero(q.value(colBatch));
    d.content.expectedDate = QDate::fromString(q.value(colExpected).toString(), Qt::ISODate);
    d.content.channel = q.value(colChannel).toString();
    d.content.idDocument = q.value(colIdDocument).toString();
    d.content.shelter = q.value(colShelter).toString();
    d.content.income = q.value(colIncome).toString();
    d.content.debts = q.value(colDebts).toString();
    d.content.care = q.value(colCare).toString();
    d.lifecycle = q.value(colLifecycle).toString();
    d.status = q.value(colStatus).toString();
    return d;
}

/// The checklist's condition keys (basic_conditions.condition_key) with the notice's state of each.
std::array<std::pair<QString, QString>, 5> conditionsOf(const DischargeContent &c)
{
    return {{{QStringLiteral("id_bewijs"), c.idDocument},
             {QStringLiteral("onderdak"), c.shelter},
             {QStringLiteral("inkomen"), c.income},
             {QStringLiteral("schulden"), c.debts},
             {QStringLiteral("zorg"), c.care}}};
}

/// The open cases (not afgesloten) that hold notice `?`, for an IN (…).
const char *const openCasesOfNotice = "SELECT cd.case_id FROM case_discharges cd JOIN cases c ON c.id = cd.case_id "
                                      "WHERE cd.discharge_id = ? AND c.status <> 'afgesloten'";

} // namespace

DischargeRepository::DischargeRepository(QSqlDatabase db)
    : m_db(db),
      m_byIdKey(std::move(db), QStringLiteral("SELECT %1 FROM discharge_notices WHERE id_key = ?").arg(storedColumns()),
                "find a re-delivered discharge notice")
{
}

Result<void> DischargeRepository::keepHistory(qint64 dischargeId, const QString &change, qint64 batchId,
                                              const QString &by, const QDateTime &at)
{
    auto q = runSql(m_db,
                    QStringLiteral("INSERT INTO discharge_notice_history (%1, %2, %3, %4, %5, %6, %7) "
                                   "SELECT id, ?, ?, %4, ?, ?, ? FROM discharge_notices WHERE id = ?")
                        .arg(colDischarge, colChange, colBatch, copiedColumns(), colChangedAt, colChangedBy, colValidFrom),
                    {change, batchId == 0 ? sqlNull() : QVariant(batchId), timestampToSql(at), by,
                     isoDate(at.toLocalTime().date()), dischargeId},
                    "keep discharge notice history");
    if (!q)
        return q.error();
    return success();
}

Result<void> DischargeRepository::setLifecycle(qint64 dischargeId, importing::DischargeLifecycle state,
                                               const QString &by, const QDateTime &at)
{
    if (auto kept = keepHistory(dischargeId, QStringLiteral("lifecycle"), 0, by, at); !kept)
        return kept;
    const auto stored = state == importing::DischargeLifecycle::Uitgestroomd ? importing::DischargeLifecycle::Aangekondigd
                                                                             : state;
    auto q = runSql(m_db, QStringLiteral("UPDATE discharge_notices SET lifecycle = ?, updated_at = ? WHERE id = ?"),
                    {importing::dischargeLifecycleKey(stored), timestampToSql(at), dischargeId},
                    "change discharge notice");
    if (!q)
        return q.error();
    return success();
}

Result<QList<DischargeHistoryEntry>> DischargeRepository::history(qint64 dischargeId) const
{
    auto q = runSql(m_db,
                    QStringLiteral("SELECT %1, %2, %3, %4, %5, %6, %7 FROM discharge_notice_history "
                                   "WHERE %2 = ? ORDER BY %1")
                        .arg(colId, colDischarge, colChange, colBatch, copiedColumns(), colChangedAt, colChangedBy),
                    {dischargeId}, "read discharge notice history");
    if (!q)
        return q.error();
    QList<DischargeHistoryEntry> out;
    while (q->next()) {
        DischargeHistoryEntry e;
        e.id = q->value(colId).toLongLong();
        e.dischargeId = q->value(colDischarge).toLongLong();
        e.change = q->value(colChange).toString();
        e.batchId = idOrZero(q->value(colBatch));
        e.expectedDate = QDate::fromString(q->value(colExpected).toString(), Qt::ISODate);
        e.idDocument = q->value(colIdDocument).toString();
        e.shelter = q->value(colShelter).toString();
        e.income = q->value(colIncome).toString();
        e.debts = q->value(colDebts).toString();
        e.care = q->value(colCare).toString();
        e.lifecycle = q->value(colLifecycle).toString();
        if (const QVariant channel = q->value(colChannel); !channel.isNull())
            e.channel = channel.toString().isNull() ? QStringLiteral("") : channel.toString();
        e.changedAt = timestampFromSql(q->value(colChangedAt));
        e.changedBy = q->value(colChangedBy).toString();
        out << e;
    }
    return out;
}

Result<qint64> DischargeRepository::householdOf(qint64 dischargeId) const
{
    auto q = runSql(m_db, QStringLiteral("SELECT household_id FROM discharge_notices WHERE id = ?"), {dischargeId},
                    "find discharge notice");
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("vangnet::DischargeRepository", "Discharge notice %1 does not exist.")
                         .arg(dischargeId)};
    return q->value(QStringLiteral("household_id")).toLongLong();
}

Result<QList<UpcomingDischarge>> DischargeRepository::upcoming(const QDate &from, const QDate &to) const
{
    // Aliases of the statement's own values, named once.
    const QString colBirth = QStringLiteral("birth_date");
    const QString colMembers = QStringLiteral("members");
    const QString colLinked = QStringLiteral("linked");
    const QString colInstitution = QStringLiteral("institution_type");
    const QString youthCare = importing::institutionTypeKey(importing::InstitutionType::Jeugdzorg);
    // Birth dates whose 18th birthday falls in [from, to], a day wider on each side for someone
    // born on 29 February; the exact test follows below.
    const QDate bornFrom = from.addYears(-18).addDays(-1);
    const QDate bornTo = to.addYears(-18).addDays(1);
    // flags.discharge_ids is a comma-separated list of notice ids (RulesService): ",1,5," holds
    // notice 5 when it contains ",5,".
    auto q = runSql(m_db, QStringLiteral(
        "SELECT d.id AS %1, d.household_id AS %2, d.person_id AS %3, d.institution_type AS %4, d.expected_date AS %5, "
        "d.status AS %6, p.geboortedatum AS %7, h.member_count AS %8, "
        "CASE WHEN EXISTS (SELECT 1 FROM flags f WHERE f.household_id = d.household_id AND f.resolved_on IS NULL "
        " AND (',' || f.discharge_ids || ',') LIKE ('%,' || CAST(d.id AS TEXT) || ',%')) THEN 1 ELSE 0 END AS %9 "
        "FROM discharge_notices d JOIN households h ON h.id = d.household_id "
        "LEFT JOIN persons p ON p.id = d.person_id "
        "WHERE d.lifecycle NOT IN ('afgerond', 'vervangen', 'ingetrokken') "
        "AND ((d.expected_date >= ? AND d.expected_date <= ?) "
        " OR (d.institution_type = ? AND p.geboortedatum >= ? AND p.geboortedatum <= ?)) "
        "ORDER BY d.id")
        .arg(colId, colHousehold, colPerson, colInstitution, colExpected, colStatus, colBirth, colMembers, colLinked),
        {isoDate(from), isoDate(to), youthCare, isoDate(bornFrom), isoDate(bornTo)}, "read upcoming discharge notices");
    if (!q)
        return q.error();
    QList<UpcomingDischarge> out;
    while (q->next()) {
        UpcomingDischarge d;
        d.id = q->value(colId).toLongLong();
        d.householdId = q->value(colHousehold).toLongLong();
        d.personId = idOrZero(q->value(colPerson));
        d.institutionType = q->value(colInstitution).toString();
        d.expectedDate = QDate::fromString(q->value(colExpected).toString(), Qt::ISODate);
        d.status = q->value(colStatus).toString();
        d.personBirthDate = QDate::fromString(q->value(colBirth).toString(), Qt::ISODate);
        d.householdMembers = q->value(colMembers).toInt();
        d.linkedToActiveFlag = q->value(colLinked).toInt() != 0;
        const bool dateInRange = d.expectedDate >= from && d.expectedDate <= to;
        const QDate eighteen = d.personBirthDate.isValid() ? d.personBirthDate.addYears(18) : QDate();
        const bool turns18 = d.institutionType == youthCare && eighteen.isValid() && eighteen >= from && eighteen <= to;
        if (dateInRange || turns18)
            out << d;
    }
    return out;
}

Result<std::optional<StoredDischarge>> DischargeRepository::findByIdKey(const QString &idKey)
{
    std::optional<StoredDischarge> found;
    if (auto read = m_byIdKey.read({idKey}, [&found](QSqlQuery &q) {
            if (q.next())
                found = readStored(q);
        });
        !read)
        return read.error();
    return found;
}

Result<std::optional<StoredDischarge>> DischargeRepository::find(qint64 dischargeId) const
{
    auto q = runSql(m_db, QStringLiteral("SELECT %1 FROM discharge_notices WHERE id = ?").arg(storedColumns()),
                    {dischargeId}, "read discharge notice");
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<StoredDischarge>();
    return std::optional<StoredDischarge>(readStored(*q));
}

Result<QString> DischargeRepository::factKeyOn(qint64 dischargeId, const QDate &date) const
{
    auto q = runSql(m_db, QStringLiteral("SELECT fact_key FROM discharge_notices WHERE id = ?"), {dischargeId},
                    "read discharge notice");
    if (!q)
        return q.error();
    if (!q->next())
        return databaseError(QStringLiteral("no such notice"), "read discharge notice");
    // institution | person | date, perhaps with "#id": the institution and person stay as stored.
    const QString stored = q->value(colFactKey).toString();
    q->finish();
    const QString natural = stored.left(stored.lastIndexOf(QLatin1Char('|')) + 1) + isoDate(date);
    auto taken = runSql(m_db, QStringLiteral("SELECT 1 FROM discharge_notices WHERE fact_key = ? AND id <> ?"),
                        {natural, dischargeId}, "check discharge notice facts");
    if (!taken)
        return taken.error();
    return taken->next() ? natural + QLatin1Char('#') + QString::number(dischargeId) : natural;
}

Result<void> DischargeRepository::redeliver(qint64 dischargeId, const DischargeContent &content, qint64 batchId,
                                            const QString &by, const QDateTime &at)
{
    if (auto kept = keepHistory(dischargeId, QStringLiteral("redelivered"), batchId, by, at); !kept)
        return kept;
    auto factKey = factKeyOn(dischargeId, content.expectedDate);
    if (!factKey)
        return factKey.error();
    auto q = runSql(m_db,
                    QStringLiteral("UPDATE discharge_notices SET %1 = ?, %2 = ?, %3 = ?, %4 = ?, %5 = ?, %6 = ?, %7 = ?, "
                                   "%8 = ?, updated_at = ? WHERE id = ?")
                        .arg(colExpected, colChannel, colIdDocument, colShelter, colIncome, colDebts, colCare, colFactKey),
                    {isoDate(content.expectedDate), content.channel, content.idDocument, content.shelter, content.income,
                     content.debts, content.care, *factKey, timestampToSql(at), dischargeId},
                    "update re-delivered discharge notice");
    if (!q)
        return q.error();
    return success();
}

Result<QList<StoredDischarge>> DischargeRepository::openPredecessors(qint64 personId, const QString &institutionTypeKey,
                                                                     qint64 newId) const
{
    auto q = runSql(m_db,
                    QStringLiteral("SELECT %1 FROM discharge_notices WHERE person_id = ? AND institution_type = ? "
                                   "AND id < ? AND lifecycle NOT IN ('afgerond', 'vervangen', 'ingetrokken') "
                                   "AND status <> 'afgesloten' ORDER BY id")
                        .arg(storedColumns()),
                    {personId, institutionTypeKey, newId}, "find superseded discharge notices");
    if (!q)
        return q.error();
    QList<StoredDischarge> out;
    while (q->next())
        out << readStored(*q);
    return out;
}

Result<void> DischargeRepository::supersede(qint64 oldId, qint64 newId, qint64 batchId, const QString &by,
                                            const QDateTime &at)
{
    if (auto kept = keepHistory(oldId, QStringLiteral("superseded"), batchId, by, at); !kept)
        return kept;
    auto q = runSql(m_db,
                    QStringLiteral("UPDATE discharge_notices SET lifecycle = ?, superseded_by = ?, updated_at = ? "
                                   "WHERE id = ?"),
                    {importing::dischargeLifecycleKey(importing::DischargeLifecycle::Vervangen), newId,
                     timestampToSql(at), oldId},
                    "supersede discharge notice");
    if (!q)
        return q.error();
    return success();
}

Result<bool> DischargeRepository::carryOverCase(qint64 oldId, qint64 newId, const QString &by, const QDateTime &at)
{
    auto linked = runSql(m_db,
                         QStringLiteral("INSERT INTO case_discharges (case_id, discharge_id) SELECT cd.case_id, ? "
                                        "FROM case_discharges cd JOIN cases c ON c.id = cd.case_id "
                                        "WHERE cd.discharge_id = ? AND c.status <> 'afgesloten' AND NOT EXISTS "
                                        "(SELECT 1 FROM case_discharges x WHERE x.case_id = cd.case_id "
                                        "AND x.discharge_id = ?)"),
                         {newId, oldId, newId}, "link the newer notice to the case");
    if (!linked)
        return linked.error();
    if (linked->numRowsAffected() <= 0)
        return false;
    auto marked = StatusHistory(m_db).change(StatusOf::Discharge, QStringLiteral("id = ? AND status = 'nieuw'"), {newId},
                                             QStringLiteral("in_behandeling"), ChangeStamp::sameDay(by, at));
    if (!marked)
        return marked.error();
    return true;
}

Result<int> DischargeRepository::followOnOpenCases(qint64 dischargeId, const QString &by, const QDateTime &at)
{
    auto notice = find(dischargeId);
    if (!notice)
        return notice.error();
    if (!notice->has_value())
        return 0;
    const auto lifecycle = importing::dischargeLifecycleFromKey((*notice)->lifecycle);
    if (lifecycle && importing::isFinalLifecycle(*lifecycle))
        return 0;
    int changed = 0;
    const ConditionHistory history(m_db);
    const QString copied = QStringLiteral("condition_key = ? AND source = 'melding' AND state <> ? AND case_id IN (%1)")
                               .arg(QLatin1String(openCasesOfNotice));
    for (const auto &[key, state] : conditionsOf((*notice)->content)) {
        if (auto kept = history.recordState(copied, {key, state, dischargeId}, state, ChangeStamp::sameDay(by, at)); !kept)
            return kept.error();
        auto q = runSql(m_db, QStringLiteral("UPDATE basic_conditions SET state = ?, updated_at = ?, updated_by = ? WHERE %1").arg(copied),
                        {state, timestampToSql(at), by, key, state, dischargeId}, "follow the notice on the case");
        if (!q)
            return q.error();
        changed += std::max(0, q->numRowsAffected());
    }
    return changed;
}

Result<qint64> DischargeRepository::workedOn(qint64 batchId) const
{
    auto q = runSql(m_db, QStringLiteral(
        "SELECT COUNT(*) AS worked FROM discharge_notices d WHERE d.batch_id = ? AND d.status <> 'nieuw' "
        "AND NOT (d.status = 'in_behandeling' AND EXISTS ("
        "  SELECT 1 FROM discharge_notices old "
        "  JOIN discharge_notice_history h ON h.discharge_id = old.id AND h.change = 'superseded' AND h.batch_id = d.batch_id "
        "  JOIN case_discharges co ON co.discharge_id = old.id "
        "  JOIN case_discharges cn ON cn.case_id = co.case_id AND cn.discharge_id = d.id "
        "  WHERE old.superseded_by = d.id))"),
        {batchId}, "check import batch");
    if (!q)
        return q.error();
    return q->next() ? q->value(QStringLiteral("worked")).toLongLong() : 0;
}

Result<qint64> DischargeRepository::changedAfter(qint64 batchId) const
{
    auto q = runSql(m_db, QStringLiteral(
        "SELECT COUNT(DISTINCT h.discharge_id) AS later FROM discharge_notice_history h WHERE h.batch_id = ? "
        "AND EXISTS (SELECT 1 FROM discharge_notice_history l WHERE l.discharge_id = h.discharge_id AND l.id > h.id "
        "            AND (l.batch_id IS NULL OR l.batch_id <> h.batch_id)) "
        "AND NOT EXISTS (SELECT 1 FROM discharge_notices d WHERE d.id = h.discharge_id AND d.batch_id = h.batch_id)"),
        {batchId}, "check import batch");
    if (!q)
        return q.error();
    return q->next() ? q->value(QStringLiteral("later")).toLongLong() : 0;
}

Result<QList<StoredDischarge>> DischargeRepository::restoreBatch(qint64 batchId, const QString &by, const QDateTime &at)
{
    struct Before {
        qint64 dischargeId = 0;
        bool superseded = false;
        DischargeContent content;
        bool channelKept = false; ///< false for rows kept before the history held the channel
        QString lifecycle;
    };
    QList<Before> rows;
    {
        auto q = runSql(m_db,
                        QStringLiteral("SELECT %1, %2, %3 FROM discharge_notice_history WHERE %4 = ? ORDER BY %5 DESC")
                            .arg(colDischarge, colChange, copiedColumns(), colBatch, colId),
                        {batchId}, "read discharge notice history");
        if (!q)
            return q.error();
        while (q->next()) {
            Before b;
            b.dischargeId = q->value(colDischarge).toLongLong();
            b.superseded = q->value(colChange).toString() == QLatin1String("superseded");
            b.content.expectedDate = QDate::fromString(q->value(colExpected).toString(), Qt::ISODate);
            b.channelKept = !q->value(colChannel).isNull();
            b.content.channel = q->value(colChannel).toString();
            b.content.idDocument = q->value(colIdDocument).toString();
            b.content.shelter = q->value(colShelter).toString();
            b.content.income = q->value(colIncome).toString();
            b.content.debts = q->value(colDebts).toString();
            b.content.care = q->value(colCare).toString();
            b.lifecycle = q->value(colLifecycle).toString();
            rows << b;
        }
    }
    QList<qint64> restored;
    for (const Before &b : rows) {
        auto factKey = factKeyOn(b.dischargeId, b.content.expectedDate);
        if (!factKey)
            return factKey.error();
        QVariantList values{isoDate(b.content.expectedDate), b.content.idDocument, b.content.shelter, b.content.income,
                            b.content.debts, b.content.care, b.lifecycle, *factKey};
        if (b.channelKept)
            values << b.content.channel;
        values << b.dischargeId;
        auto q = runSql(m_db,
                        QStringLiteral("UPDATE discharge_notices SET %1 = ?, %2 = ?, %3 = ?, %4 = ?, %5 = ?, %6 = ?, "
                                       "%7 = ?, %8 = ?%9%10 WHERE id = ?")
                            .arg(colExpected, colIdDocument, colShelter, colIncome, colDebts, colCare, colLifecycle,
                                 colFactKey, b.channelKept ? QStringLiteral(", channel = ?") : QString(),
                                 // before its supersession a notice was superseded by nothing
                                 b.superseded ? QStringLiteral(", superseded_by = NULL") : QString()),
                        values, "restore discharge notice");
        if (!q)
            return q.error();
        if (!restored.contains(b.dischargeId))
            restored << b.dischargeId;
    }
    if (auto removed = runSql(m_db, QStringLiteral("DELETE FROM discharge_notice_history WHERE batch_id = ?"), {batchId},
                              "withdraw import");
        !removed)
        return removed.error();
    QList<StoredDischarge> out;
    for (qint64 id : std::as_const(restored)) {
        // Changed last when the newest change still on record was made; never, without one.
        if (auto q = runSql(m_db,
                            QStringLiteral("UPDATE discharge_notices SET updated_at = (SELECT MAX(h.changed_at) FROM "
                                           "discharge_notice_history h WHERE h.discharge_id = discharge_notices.id) "
                                           "WHERE id = ?"),
                            {id}, "restore discharge notice");
            !q)
            return q.error();
        if (auto followed = followOnOpenCases(id, by, at); !followed)
            return followed.error();
        auto notice = find(id);
        if (!notice)
            return notice.error();
        if (notice->has_value())
            out << **notice;
    }
    return out;
}

} // namespace vangnet
