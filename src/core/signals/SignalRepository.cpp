#include "signals/SignalRepository.h"

#include "storage/SqlStatement.h"

namespace vangnet {

namespace {

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

qint64 idOf(const QVariant &v)
{
    return v.isNull() ? 0 : v.toLongLong();
}

} // namespace

Result<QList<SignalRecord>> SignalRepository::signalsOf(qint64 householdId) const
{
    auto q = runSql(m_db, QStringLiteral(
        "SELECT id, household_id, person_id, batch_id, partner_type, partner_name, partner_signal_id, signal_date, "
        "arisen_date, amount_cents, crisis, warm_handover, bsn_invalid, repeated, status FROM signals "
        "WHERE household_id = ? ORDER BY signal_date DESC, id DESC"), {householdId}, "read signals");
    if (!q)
        return q.error();
    QList<SignalRecord> out;
    while (q->next()) {
        SignalRecord s;
        s.id = q->value(0).toLongLong();
        s.householdId = q->value(1).toLongLong();
        s.personId = idOf(q->value(2));
        s.batchId = idOf(q->value(3));
        s.partnerType = q->value(4).toString();
        s.partnerName = q->value(5).toString();
        s.partnerSignalId = q->value(6).toString();
        s.signalDate = dateOf(q->value(7));
        s.arisenDate = dateOf(q->value(8));
        if (!q->value(9).isNull())
            s.amountCents = q->value(9).toLongLong();
        s.crisis = q->value(10).toInt() != 0;
        s.warmHandover = q->value(11).toInt() != 0;
        s.bsnInvalid = q->value(12).toInt() != 0;
        s.repeated = q->value(13).toInt() != 0;
        s.status = q->value(14).toString();
        out << s;
    }
    return out;
}

Result<QList<DischargeRecord>> SignalRepository::dischargesOf(qint64 householdId) const
{
    auto q = runSql(m_db, QStringLiteral(
        "SELECT id, household_id, person_id, batch_id, notice_id, institution_type, institution_name, expected_date, "
        "channel, id_document, shelter, income, debts, care, bsn_invalid, status, lifecycle, superseded_by, updated_at "
        "FROM discharge_notices "
        "WHERE household_id = ? ORDER BY expected_date DESC, id DESC"), {householdId}, "read discharge notices");
    if (!q)
        return q.error();
    QList<DischargeRecord> out;
    while (q->next()) {
        DischargeRecord d;
        d.id = q->value(0).toLongLong();
        d.householdId = q->value(1).toLongLong();
        d.personId = idOf(q->value(2));
        d.batchId = idOf(q->value(3));
        d.noticeId = q->value(4).toString();
        d.institutionType = q->value(5).toString();
        d.institutionName = q->value(6).toString();
        d.expectedDate = dateOf(q->value(7));
        d.channel = q->value(8).toString();
        d.idDocument = q->value(9).toString();
        d.shelter = q->value(10).toString();
        d.income = q->value(11).toString();
        d.debts = q->value(12).toString();
        d.care = q->value(13).toString();
        d.bsnInvalid = q->value(14).toInt() != 0;
        d.status = q->value(15).toString();
        d.lifecycle = q->value(QStringLiteral("lifecycle")).toString();
        d.supersededBy = idOf(q->value(QStringLiteral("superseded_by")));
        if (const QVariant at = q->value(QStringLiteral("updated_at")); !at.isNull())
            d.updatedAt = timestampFromSql(at);
        out << d;
    }
    return out;
}

} // namespace vangnet
