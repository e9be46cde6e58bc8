#include "importing/ImportService.h"

#include "audit/AuditLog.h"
#include "importing/DischargeWriter.h"
#include "importing/ImportBatchRepository.h"
#include "importing/HouseholdMatcher.h"
#include "importing/ImportFields.h"
#include "importing/ImportKeys.h"
#include "importing/RowWriters.h"
#include "rules/RulesService.h"
#include "security/AccessGuard.h"
#include "security/Session.h"
#include "signals/DischargeRepository.h"
#include "storage/BulkStatement.h"
#include "storage/Database.h"
#include "storage/BulkLoad.h"
#include "storage/SqlStatement.h"
#include "storage/Transaction.h"
#include "support/SearchKey.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>

#include <spdlog/spdlog.h>

namespace vangnet::importing {

namespace {

QString kindKey(ImportKind kind)
{
    return kind == ImportKind::Signals ? QStringLiteral("signals") : QStringLiteral("discharges");
}

template <typename Row> struct WriterFor;
template <> struct WriterFor<SignalRow> { using type = SignalWriter; };
template <> struct WriterFor<DischargeRow> { using type = DischargeWriter; };

/// The writer of a kind of row. Discharge notices change stored ones too (re-delivery,
/// supersession): `changes` says by whom, and how each change is audited.
template <typename Row>
typename WriterFor<Row>::type writerFor(const QSqlDatabase &db, const QString &now, DischargeChanges changes)
{
    if constexpr (std::is_same_v<Row, SignalRow>)
        return SignalWriter(db, now);
    else
        return DischargeWriter(db, std::move(changes));
}

/// The reject's column as the source's header spells it: rejects the writer makes name the field key.
template <typename Row>
QString columnInFile(const RowSource<Row> &source, const QString &fieldKey)
{
    const QStringList &keys = std::is_same_v<Row, SignalRow> ? signalFieldKeys() : dischargeFieldKeys();
    const qsizetype field = keys.indexOf(fieldKey);
    const QString named = field < 0 ? QString() : source.columnName(static_cast<int>(field));
    return named.isEmpty() ? fieldKey : named;
}

Error workedOnAlready(qint64 batchId, qint64 rows)
{
    return Error{ErrorCode::Conflict,
                 QCoreApplication::translate("vangnet::importing::ImportService",
                                             "Import %1 cannot be withdrawn: %n of its rows were worked on already.",
                                             nullptr, static_cast<int>(rows))
                     .arg(batchId)};
}

QString tableFor(ImportKind kind)
{
    return kind == ImportKind::Signals ? QStringLiteral("signals") : QStringLiteral("discharge_notices");
}

/// When a batch has inserted this many rows, and at least a quarter of what the table held
/// before, the table's non-unique indexes are dropped and built again before the commit: a
/// large first load is then a sort instead of a million scattered index updates. Smaller
/// batches keep the indexes (building them again would cost more than it saves).
constexpr qint64 deferIndexesAfterRows = 50000;

Result<qint64> rowsBefore(const QSqlDatabase &db, const QString &table)
{
    // The highest id stands in for the row count: instant on a million rows, close enough here.
    auto q = runSql(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(table), {}, "read table size");
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace

ImportService::ImportService(const Database &db, const Clock &clock, const Session &session)
    : m_database(db), m_db(db.connection()), m_clock(clock), m_session(session)
{
}

AccessGuard ImportService::guard() const
{
    return AccessGuard(m_db, m_clock, m_session);
}

Result<ImportSummary> ImportService::importSignals(SignalSource &source, const ImportOrigin &origin,
                                                   const ImportProgress &progress)
{
    return run(ImportKind::Signals, source, origin, progress);
}

Result<ImportSummary> ImportService::importDischarges(DischargeSource &source, const ImportOrigin &origin,
                                                      const ImportProgress &progress)
{
    return run(ImportKind::Discharges, source, origin, progress);
}

template <typename Row>
Result<ImportSummary> ImportService::run(ImportKind kind, RowSource<Row> &source, const ImportOrigin &origin,
                                         const ImportProgress &progress)
{
    if (auto allowed = guard().require(Permission::ImportSignals, QStringLiteral("import_batch")); !allowed)
        return allowed.error();
    const QString now = timestampToSql(m_clock.now());
    ImportSummary summary;

    // Every id the writers insert was read or created inside this write transaction.
    // 64 MiB of page cache: as fast as 128 MiB here, now that the writer thread keeps SQLite busy.
    const BulkLoad bulk(m_db, BulkLoad::ForeignKeys::SkipChecks, 64);
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    auto batch = runSql(m_db, QStringLiteral(
        "INSERT INTO import_batches (kind, file_name, format, profile, team_id, actor_id, actor_name, imported_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {kindKey(kind), origin.fileName, origin.format, origin.profile,
         m_session.user().teamId == 0 ? sqlNull() : QVariant(m_session.user().teamId), m_session.user().id,
         m_session.user().displayName, now}, "start import");
    if (!batch)
        return batch.error();
    if (!batch->next())
        return databaseError(QStringLiteral("no id returned"), "start import");
    const qint64 batchId = batch->value(0).toLongLong();
    batch->finish();

    HouseholdMatcher matcher(m_db, m_session.fields(), m_clock.now(), m_session.user().teamId, batchId);
    DischargeChanges changes{m_session.user().displayName, m_clock.now(), m_clock.today(),
                             [this](qint64 dischargeId, const QString &detail) {
                                 return AuditLog(m_db, m_clock).record(m_session, AuditAction::ChangeDischarge,
                                                                       QStringLiteral("discharge_notice"), dischargeId,
                                                                       AuditResult::Success, {}, detail);
                             },
                             false};
    auto writer = writerFor<Row>(m_db, now, std::move(changes));
    if (auto loaded = writer.load(); !loaded)
        return loaded.error();
    if constexpr (std::is_same_v<Row, SignalRow>)
        if (m_bulkWriting)
            writer.writeInBulk(); // from here on, other uses of m_db hold the connection
    DeferredIndexes indexes(m_db, tableFor(kind));
    auto before = rowsBefore(m_db, tableFor(kind));
    if (!before)
        return before.error();
    const qint64 deferAfter = std::max(deferIndexesAfterRows, *before / 4);

    QElapsedTimer phase; // for the timings in the debug log
    phase.start();
    QList<qint64> touched; // sorted and made unique at the end: cheaper than a set of a million
    // The rows handed to the writer and not yet settled: on PostgreSQL it writes many at a time.
    struct Queued {
        qint64 householdId = 0;
        bool matched = false;
    };
    QList<Queued> queued;
    auto settle = [&](const Result<QList<Written>> &written) -> Result<void> {
        if (!written)
            return written.error();
        for (const Written &w : *written) {
            const Queued q = queued.takeFirst();
            if (!w.households.isEmpty()) // a re-delivered notice's, or those of the notices a new one superseded
                touched += w.households;
            summary.superseded += w.superseded;
            if (w.refused) {
                summary.rejects.append({w.refused->line, columnInFile(source, w.refused->column), w.refused->reason});
                continue;
            }
            if (w.updated) {
                ++summary.updated;
                continue;
            }
            if (!w.inserted) {
                ++summary.duplicates;
                continue;
            }
            if (++summary.imported >= deferAfter && !indexes.dropped()) {
                const auto connection = writer.holdConnection();
                if (auto dropped = indexes.drop(); !dropped)
                    return dropped.error();
            }
            summary.repeated += w.repeated ? 1 : 0;
            if (touched.isEmpty() || touched.constLast() != q.householdId)
                touched << q.householdId;
            summary.matched += q.matched ? 1 : 0;
        }
        return success();
    };
    Row row;
    for (;;) {
        if (progress && summary.read % 1000 == 0 && !progress(source.done(), source.total())) {
            spdlog::info("import cancelled after {} rows; nothing kept", summary.read);
            ImportSummary cancelled;
            cancelled.cancelled = true;
            return cancelled; // the transaction rolls back
        }
        const qsizetype rejectsBefore = summary.rejects.size();
        auto more = source.next(row, summary.rejects);
        if (!more)
            return more.error();
        summary.read += static_cast<int>(summary.rejects.size() - rejectsBefore);
        if (!*more)
            break;
        ++summary.read;
        std::optional<HouseholdMatcher::Match> found;
        if (matcher.needsLookUp(row.person)) {
            const auto connection = writer.holdConnection();
            auto looked = matcher.lookUp(row.person);
            if (!looked)
                return looked.error();
            found = *looked;
        } else {
            found = matcher.find(row.person);
        }
        if (!found) {
            const auto connection = writer.holdConnection();
            // Someone unknown. A re-delivered row about them must not make a second household.
            auto known = writer.known(row);
            if (!known)
                return known.error();
            if (*known) {
                if constexpr (std::is_same_v<Row, DischargeRow>) {
                    // A re-delivered notice changes the stored one where it is, or is a duplicate.
                    queued << Queued{};
                    if (auto settled = settle(writer.add(row, RowTarget{}, batchId)); !settled)
                        return settled.error();
                } else {
                    ++summary.duplicates;
                }
                continue;
            }
            QString reason;
            auto created = matcher.create(row.person, reason);
            if (!created)
                return created.error();
            if (!created->has_value()) {
                summary.rejects.append({row.line, QString(), reason});
                continue;
            }
            found = *created;
        }
        queued << Queued{found->householdId, found->how != HouseholdMatcher::How::Created};
        if (auto settled = settle(writer.add(row, RowTarget{found->householdId, found->personId}, batchId));
            !settled)
            return settled.error();
    }
    if (auto settled = settle(writer.flush()); !settled)
        return settled.error();
    const qint64 rowsMs = phase.restart();
    if (auto rebuilt = indexes.rebuild(); !rebuilt)
        return rebuilt.error();
    const qint64 indexesMs = phase.restart();
    if (progress)
        (void)progress(source.total(), source.total());
    summary.rejected = static_cast<int>(summary.rejects.size());
    summary.newHouseholds = matcher.created();
    summary.batch = batchId;
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    summary.households = touched;

    if (auto counted = runSql(m_db, QStringLiteral(
            "UPDATE import_batches SET rows_read = ?, imported = ?, duplicates = ?, rejected = ?, matched = ?, "
            "new_households = ?, updated = ?, superseded = ? WHERE id = ?"),
            {summary.read, summary.imported, summary.duplicates, summary.rejected, summary.matched, summary.newHouseholds,
             summary.updated, summary.superseded, batchId}, "finish import");
        !counted)
        return counted.error();
    QString detail = QStringLiteral("%1: read %2, imported %3, duplicates %4, rejected %5, new households %6")
                         .arg(kindKey(kind)).arg(summary.read).arg(summary.imported).arg(summary.duplicates)
                         .arg(summary.rejected).arg(summary.newHouseholds);
    if (kind == ImportKind::Discharges)
        detail += QStringLiteral(", updated %1, superseded %2").arg(summary.updated).arg(summary.superseded);
    if (auto audited = AuditLog(m_db, m_clock).record(m_session, AuditAction::Import, QStringLiteral("import_batch"), batchId,
                                                      AuditResult::Success, {}, detail);
        !audited)
        return audited.error();
    phase.restart();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    spdlog::debug("import timings: rows {} ms, indexes rebuilt {} ms, commit {} ms", rowsMs, indexesMs, phase.elapsed());
    spdlog::info("import batch {} ({}): {} read, {} imported, {} updated, {} superseded, {} duplicates, {} rejected, "
                 "{} new households", batchId, kindKey(kind).toStdString(), summary.read, summary.imported,
                 summary.updated, summary.superseded, summary.duplicates, summary.rejected, summary.newHouseholds);
    if (m_evaluateRules) {
        auto evaluated = rules::RulesService(m_database, m_clock, m_session).evaluateHouseholds(summary.households);
        summary.rulesEvaluated = evaluated.ok();
        if (evaluated) {
            summary.flagsRaised = evaluated->raised;
            summary.flagsResolved = evaluated->resolved;
        } else {
            summary.rulesError = evaluated.error().message;
        }
    }
    return summary;
}

Result<void> ImportService::refuseDischargeWithdrawal(qint64 batchId) const
{
    DischargeRepository notices(m_db);
    auto worked = notices.workedOn(batchId);
    if (!worked)
        return worked.error();
    if (*worked > 0)
        return workedOnAlready(batchId, *worked);
    auto later = notices.changedAfter(batchId);
    if (!later)
        return later.error();
    if (*later > 0)
        return Error{ErrorCode::Conflict,
                     QCoreApplication::translate("vangnet::importing::ImportService",
                                                 "Import %1 cannot be withdrawn: %n of the notices it changed were "
                                                 "changed again afterwards, by a later import or by hand.",
                                                 nullptr, static_cast<int>(*later))
                         .arg(batchId)};
    return success();
}

Result<QList<qint64>> ImportService::restoreDischarges(qint64 batchId)
{
    auto restored = DischargeRepository(m_db).restoreBatch(batchId, m_session.user().displayName, m_clock.now());
    if (!restored)
        return restored.error();
    QList<qint64> households;
    for (const StoredDischarge &notice : std::as_const(*restored)) {
        if (auto audited = AuditLog(m_db, m_clock).record(m_session, AuditAction::ChangeDischarge,
                                                          QStringLiteral("discharge_notice"), notice.id,
                                                          AuditResult::Success, {},
                                                          QStringLiteral("restored:batch %1").arg(batchId));
            !audited)
            return audited.error();
        households << notice.householdId;
    }
    return households;
}

Result<QList<ImportBatch>> ImportService::batches() const
{
    // Need-to-know: a batch is its importer's team's; nobody sees another team's files.
    if (auto allowed = guard().require(Permission::ImportSignals, QStringLiteral("import_batch")); !allowed)
        return allowed.error();
    return ImportBatchRepository(m_db).forTeam(m_session.user().teamId);
}

Result<void> ImportService::withdraw(qint64 batchId)
{
    if (auto allowed = guard().require(Permission::ImportSignals, QStringLiteral("import_batch"), batchId, QStringLiteral("withdraw"));
        !allowed)
        return allowed;
    ImportBatchRepository batches(m_db);
    // The owning team first, outside the transaction, so the refusal's audit record stays.
    auto owner = batches.head(batchId);
    if (!owner)
        return owner.error();
    if (owner->has_value() && ((*owner)->teamId == 0 || (*owner)->teamId != m_session.user().teamId))
        return guard().refuse(Error{ErrorCode::PermissionDenied,
                                    QCoreApplication::translate("vangnet::importing::ImportService",
                                                                "Import %1 was made by another team; only that team can "
                                                                "withdraw it.").arg(batchId)},
                              QStringLiteral("import_batch"), batchId, QStringLiteral("withdraw"));
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun;
    auto head = batches.head(batchId);
    if (!head)
        return head.error();
    if (!head->has_value())
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("vangnet::importing::ImportService", "Import %1 does not exist.").arg(batchId)};
    const ImportBatchHead batch = **head;
    if (batch.withdrawn)
        return Error{ErrorCode::Conflict,
                     QCoreApplication::translate("vangnet::importing::ImportService", "Import %1 was withdrawn already.")
                         .arg(batchId)};
    const bool discharges = batch.kind == ImportKind::Discharges;
    const QString table = tableFor(batch.kind);
    if (discharges) {
        if (auto refused = refuseDischargeWithdrawal(batchId); !refused)
            return refused;
    } else {
        auto worked = runSql(m_db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE batch_id = ? AND status <> 'nieuw'").arg(table),
                             {batchId}, "check import batch");
        if (!worked)
            return worked.error();
        if (worked->next() && worked->value(0).toLongLong() > 0)
            return workedOnAlready(batchId, worked->value(0).toLongLong());
    }
    QList<qint64> households;
    if (auto touched = runSql(m_db, QStringLiteral("SELECT DISTINCT household_id FROM %1 WHERE batch_id = ?").arg(table),
                              {batchId}, "withdraw import");
        touched) {
        while (touched->next())
            households << touched->value(0).toLongLong();
    } else {
        return touched.error();
    }
    if (auto removed = runSql(m_db, QStringLiteral("DELETE FROM %1 WHERE batch_id = ?").arg(table), {batchId}, "withdraw import");
        !removed)
        return removed.error();
    // The notices it updated or superseded go back to what they said before it.
    if (discharges) {
        auto restored = restoreDischarges(batchId);
        if (!restored)
            return restored.error();
        households += *restored;
    }
    // Households the import created go too, unless something else was added to them since or
    // they are another team's by now: a withdrawal never removes another team's household.
    if (auto removed = runSql(m_db, QStringLiteral(
            "DELETE FROM households WHERE created_batch_id = ? AND team_id = ? AND version = 1 "
            "AND NOT EXISTS (SELECT 1 FROM signals s WHERE s.household_id = households.id) "
            "AND NOT EXISTS (SELECT 1 FROM discharge_notices d WHERE d.household_id = households.id) "
            "AND NOT EXISTS (SELECT 1 FROM notes n WHERE n.household_id = households.id)"), {batchId, batch.teamId},
            "withdraw import");
        !removed)
        return removed.error();
    if (auto cleaned = runSql(m_db, QStringLiteral(
            "DELETE FROM addresses WHERE NOT EXISTS (SELECT 1 FROM households h WHERE h.address_id = addresses.id) "
            "AND NOT EXISTS (SELECT 1 FROM signals s WHERE s.address_id = addresses.id)"), {},
            "withdraw import");
        !cleaned)
        return cleaned.error();
    // Flags that rested on the withdrawn rows resolve now, in the same transaction (households
    // removed above took their flags with them).
    if (auto evaluated = rules::RulesService(m_database, m_clock, m_session).evaluateHouseholds(households); !evaluated)
        return evaluated.error();
    if (auto marked = batches.markWithdrawn(batchId, m_clock.now(), m_session.user().displayName); !marked)
        return marked;
    if (auto audited = AuditLog(m_db, m_clock).record(m_session, AuditAction::Import, QStringLiteral("import_batch"), batchId,
                                                      AuditResult::Success, {}, QStringLiteral("withdrawn"));
        !audited)
        return audited;
    if (auto committed = tx.commit(); !committed)
        return committed;
    spdlog::info("import batch {} withdrawn", batchId);
    return success();
}

} // namespace vangnet::importing
