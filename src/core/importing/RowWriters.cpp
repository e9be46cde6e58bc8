#include "importing/RowWriters.h"

#include "importing/ImportKeys.h"
#include "storage/SqlStatement.h"
#include "support/IsoDate.h"
#include "support/SearchKey.h"

namespace vangnet::importing {

namespace {

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(isoDate(d)) : sqlNull();
}

QVariant idOrNull(qint64 id)
{
    return id == 0 ? sqlNull() : QVariant(id);
}

/// Partner (or institution) as part of a key: its type and its name, folded.
QString partnerKey(const QString &type, const QString &name)
{
    return type + QLatin1Char('|') + searchKey(name);
}

quint64 signalledKey(qint64 personId, const QString &partner)
{
    return static_cast<quint64>(qHashMulti(0x5167A1, personId, partner));
}

bool invalidBsn(const RowPerson &p)
{
    return !p.bsn.isEmpty() && !p.bsnValid;
}

} // namespace

SignalWriter::SignalWriter(QSqlDatabase db, QString timestamp)
    : m_db(db), m_timestamp(std::move(timestamp)),
      m_insert(db, QStringLiteral(
          "INSERT INTO signals (batch_id, household_id, person_id, partner_type, partner_name, partner_signal_id, "
          "signal_date, arisen_date, amount_cents, crisis, warm_handover, bsn_invalid, repeated, status, id_key, "
          "fact_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'nieuw', ?, ?, ?) "
          "ON CONFLICT DO NOTHING RETURNING id"), "add signal")
{
}

Result<void> SignalWriter::remember(const QString &sql, const QVariantList &values)
{
    auto q = runSql(m_db, sql, values, "read signalled people");
    if (!q)
        return q.error();
    while (q->next())
        m_signalled.insert(signalledKey(q->value(0).toLongLong(), partnerKey(q->value(1).toString(), q->value(2).toString())));
    return success();
}

Result<void> SignalWriter::load()
{
    return remember(QStringLiteral("SELECT DISTINCT person_id, partner_type, partner_name FROM signals WHERE person_id IS NOT NULL"),
                    {});
}

Result<void> SignalWriter::loadPerson(qint64 personId)
{
    return remember(QStringLiteral("SELECT DISTINCT person_id, partner_type, partner_name FROM signals WHERE person_id = ?"),
                    {personId});
}

Result<Written> SignalWriter::write(const SignalRow &row, const RowTarget &target, qint64 batchId)
{
    const QString partner = partnerKey(partnerTypeKey(row.partnerType), row.partnerName);
    const quint64 signalled = signalledKey(target.personId, partner);
    const bool repeated = m_signalled.contains(signalled);
    const QString factKey = partner + QLatin1Char('|') + QString::number(target.personId) + QLatin1Char('|') +
                            isoDate(row.arisenDate) + QLatin1Char('|') +
                            (row.amountCents ? QString::number(*row.amountCents) : QString());
    const QVariant idKey = row.signalId.isEmpty() ? sqlNull() : QVariant(partner + QLatin1Char('|') + row.signalId);
    auto id = m_insert.insert({idOrNull(batchId), target.householdId, idOrNull(target.personId), partnerTypeKey(row.partnerType),
                               row.partnerName.trimmed(), row.signalId, isoDate(row.signalDate),
                               dateOrNull(row.arisenDate), row.amountCents ? QVariant(*row.amountCents) : sqlNull(),
                               row.crisis ? 1 : 0, row.warmHandover ? 1 : 0, invalidBsn(row.person) ? 1 : 0,
                               repeated ? 1 : 0, idKey, factKey, m_timestamp});
    if (!id)
        return id.error();
    if (!id->has_value())
        return Written{};
    m_signalled.insert(signalled);
    return Written{true, repeated, **id};
}

DischargeWriter::DischargeWriter(QSqlDatabase db, QString timestamp)
    : m_timestamp(std::move(timestamp)),
      m_insert(db, QStringLiteral(
          "INSERT INTO discharge_notices (batch_id, household_id, person_id, notice_id, institution_type, "
          "institution_name, expected_date, channel, id_document, shelter, income, debts, care, bsn_invalid, status, "
          "id_key, fact_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'nieuw', ?, ?, ?) "
          "ON CONFLICT DO NOTHING RETURNING id"), "add discharge notice")
{
}

Result<Written> DischargeWriter::write(const DischargeRow &row, const RowTarget &target, qint64 batchId)
{
    const QString institution = partnerKey(institutionTypeKey(row.institutionType), row.institutionName);
    const QString factKey = institution + QLatin1Char('|') + QString::number(target.personId) + QLatin1Char('|') +
                            isoDate(row.expectedDate);
    const QVariant idKey = row.noticeId.isEmpty() ? sqlNull() : QVariant(institution + QLatin1Char('|') + row.noticeId);
    auto id = m_insert.insert({idOrNull(batchId), target.householdId, idOrNull(target.personId), row.noticeId,
                               institutionTypeKey(row.institutionType), row.institutionName.trimmed(),
                               isoDate(row.expectedDate), row.channel.trimmed(), conditionStateKey(row.idDocument),
                               conditionStateKey(row.shelter), conditionStateKey(row.income), conditionStateKey(row.debts),
                               conditionStateKey(row.care), invalidBsn(row.person) ? 1 : 0, idKey, factKey, m_timestamp});
    if (!id)
        return id.error();
    return Written{id->has_value(), false, id->value_or(0)};
}

} // namespace vangnet::importing
