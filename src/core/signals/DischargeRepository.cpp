#include "signals/DischargeRepository.h"

#include "importing/ImportKeys.h"
#include "storage/SqlStatement.h"
#include "support/IsoDate.h"

#include <QCoreApplication>

namespace vangnet {

namespace {

// discharge_notice_history's columns, named once.
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
const QString colChangedAt = QStringLiteral("changed_at");
const QString colChangedBy = QStringLiteral("changed_by");

/// The notice's own columns that the history copies, in both tables under the same names.
QString copiedColumns()
{
    return QStringList{colExpected, colIdDocument, colShelter, colIncome, colDebts, colCare, colLifecycle}.join(
        QStringLiteral(", "));
}

} // namespace

Result<void> DischargeRepository::keepHistory(qint64 dischargeId, const QString &change, qint64 batchId,
                                              const QString &by, const QDateTime &at)
{
    auto q = runSql(m_db,
                    QStringLiteral("INSERT INTO discharge_notice_history (%1, %2, %3, %4, %5, %6) "
                                   "SELECT id, ?, ?, %4, ?, ? FROM discharge_notices WHERE id = ?")
                        .arg(colDischarge, colChange, colBatch, copiedColumns(), colChangedAt, colChangedBy),
                    {change, batchId == 0 ? sqlNull() : QVariant(batchId), timestampToSql(at), by, dischargeId},
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
        e.batchId = q->value(colBatch).isNull() ? 0 : q->value(colBatch).toLongLong();
        e.expectedDate = QDate::fromString(q->value(colExpected).toString(), Qt::ISODate);
        e.idDocument = q->value(colIdDocument).toString();
        e.shelter = q->value(colShelter).toString();
        e.income = q->value(colIncome).toString();
        e.debts = q->value(colDebts).toString();
        e.care = q->value(colCare).toString();
        e.lifecycle = q->value(colLifecycle).toString();
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

} // namespace vangnet
