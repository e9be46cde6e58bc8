#include "importing/RowWriters.h"

#include "importing/ImportKeys.h"
#include "storage/SqlStatement.h"
#include "support/IsoDate.h"
#include "support/SearchKey.h"

#include <algorithm>

namespace vangnet::importing {

QString partnerKey(const QString &type, const QString &name)
{
    return type + QLatin1Char('|') + searchKey(name);
}

bool invalidBsn(const RowPerson &p)
{
    return !p.bsn.isEmpty() && !p.bsnValid;
}

Result<Written> only(Result<QList<Written>> written, Result<QList<Written>> flushed)
{
    if (!written)
        return written.error();
    if (!flushed)
        return flushed.error();
    const QList<Written> all = *written + *flushed;
    return all.isEmpty() ? Written{} : all.constLast();
}

namespace {

quint64 signalledKey(qint64 personId, const QString &partner)
{
    return static_cast<quint64>(qHashMulti(0x5167A1, personId, partner));
}

QList<Written> asWritten(const BatchedInsert::Outcomes &outcomes)
{
    QList<Written> out;
    out.reserve(outcomes.size());
    for (const std::optional<qint64> &id : outcomes) {
        Written w;
        w.inserted = id.has_value();
        w.id = id.value_or(0);
        out << w;
    }
    return out;
}

} // namespace

SignalWriter::SignalWriter(QSqlDatabase db, QString timestamp)
    : m_db(db), m_timestamp(std::move(timestamp)),
      m_insert(db, QStringLiteral("signals"),
               {QStringLiteral("batch_id"), QStringLiteral("household_id"), QStringLiteral("person_id"),
                QStringLiteral("partner_type"), QStringLiteral("partner_name"), QStringLiteral("partner_signal_id"),
                QStringLiteral("signal_date"), QStringLiteral("arisen_date"), QStringLiteral("amount_cents"),
                QStringLiteral("crisis"), QStringLiteral("warm_handover"), QStringLiteral("bsn_invalid"),
                QStringLiteral("repeated"), QStringLiteral("id_key"), QStringLiteral("fact_key"),
                QStringLiteral("created_at")},
               QStringLiteral("fact_key"), "add signal"),
      m_storedIds(db, "signals")
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

const QString &SignalWriter::partnerOf(const SignalRow &row)
{
    QHash<QString, QString> &keys = m_partnerKeys[static_cast<int>(row.partnerType)];
    auto found = keys.constFind(row.partnerName);
    if (found == keys.cend())
        found = keys.insert(row.partnerName, partnerKey(partnerTypeKey(row.partnerType), row.partnerName));
    return *found;
}

Result<QList<Written>> SignalWriter::add(const SignalRow &row, const RowTarget &target, qint64 batchId)
{
    const QString &partner = partnerOf(row);
    const quint64 signalled = signalledKey(target.personId, partner);
    const bool repeated = m_signalled.contains(signalled);
    const QString arisen = isoDate(row.arisenDate);
    const QString personId = QString::number(target.personId);
    const QString amount = row.amountCents ? QString::number(*row.amountCents) : QString();
    QString factKey;
    factKey.reserve(partner.size() + personId.size() + arisen.size() + amount.size() + 3);
    factKey.append(partner).append(QLatin1Char('|')).append(personId).append(QLatin1Char('|')).append(arisen)
        .append(QLatin1Char('|')).append(amount);
    const QString idKey = row.signalId.isEmpty() ? QString() : partner + QLatin1Char('|') + row.signalId;
    // A later row from this partner about this person, written before this one is settled (a
    // PostgreSQL statement, the writer thread), is a repeat too; the pair joins m_signalled
    // once this row proves inserted.
    const bool waiting = m_pendingPairs.contains(signalled);
    const bool immediate = !m_background && !m_copy && m_insert.writesAtOnce();
    m_pending << Pending{repeated || waiting, signalled, immediate ? QString() : idKey};
    if (!immediate) {
        ++m_pendingPairs[signalled];
        if (!idKey.isEmpty())
            ++m_pendingIds[idKey];
    }
    const BulkValue values[] = {BulkValue::idOrNull(batchId), target.householdId, BulkValue::idOrNull(target.personId),
                                partnerTypeKey(row.partnerType), row.partnerName.trimmed(), row.signalId,
                                isoDate(row.signalDate), BulkValue::textOrNull(arisen),
                                row.amountCents ? BulkValue(*row.amountCents) : BulkValue(), row.crisis,
                                row.warmHandover, invalidBsn(row.person), repeated || waiting,
                                BulkValue::textOrNull(idKey), factKey, m_timestamp};
    if (m_background)
        return settle(m_background->add(values));
    if (m_copy)
        return settle(m_copy->add(values, factKey));
    return settle(m_insert.add(values, factKey));
}

void SignalWriter::writeInBulk()
{
    if (m_background || m_copy)
        return;
    if (BackgroundInsert::supported(m_db))
        m_background = std::make_unique<BackgroundInsert>(m_db, m_insert.rowSql(), "add signal");
    else if (CopyInsert::supported(m_db))
        m_copy = std::make_unique<CopyInsert>(m_db, QStringLiteral("signals"), m_insert.columns(), QStringLiteral("fact_key"),
                                              "add signal");
}

std::unique_lock<std::mutex> SignalWriter::holdConnection()
{
    return m_background ? m_background->holdConnection() : std::unique_lock<std::mutex>();
}

Result<QList<Written>> SignalWriter::flush()
{
    auto written = m_background ? settle(m_background->flush())
                   : m_copy     ? settle(m_copy->flush())
                                : settle(m_insert.flush());
    if (!written)
        return written;
    // The address each new signal was delivered with: its household's address now, at intake.
    // One statement after the rows, whatever path wrote them (prepared, background, COPY); the
    // partial index signals_address_missing holds only these rows (docs/ddas.md).
    if (auto kept = runSql(m_db, QStringLiteral("UPDATE signals SET address_id = (SELECT h.address_id FROM households h "
                                                "WHERE h.id = signals.household_id) WHERE address_id IS NULL"),
                           {}, "keep the delivered address");
        !kept)
        return kept.error();
    return written;
}

Result<Written> SignalWriter::write(const SignalRow &row, const RowTarget &target, qint64 batchId)
{
    auto written = add(row, target, batchId);
    return only(written, flush());
}

Result<QList<Written>> SignalWriter::settle(Result<BatchedInsert::Outcomes> outcomes)
{
    if (!outcomes)
        return outcomes.error();
    QList<Written> written = asWritten(*outcomes);
    for (Written &w : written) {
        const Pending p = m_pending.takeFirst();
        w.repeated = w.inserted && p.repeated;
        if (w.inserted)
            m_signalled.insert(p.pair);
        if (auto pair = m_pendingPairs.find(p.pair); pair != m_pendingPairs.end() && --*pair == 0)
            m_pendingPairs.erase(pair);
        if (auto id = m_pendingIds.find(p.idKey); id != m_pendingIds.end() && --*id == 0)
            m_pendingIds.erase(id);
    }
    return written;
}

StoredIdKeys::StoredIdKeys(QSqlDatabase db, const char *table)
    : m_select(std::move(db), QStringLiteral("SELECT 1 FROM %1 WHERE id_key = ?").arg(QLatin1String(table)),
               "check for a re-delivered row")
{
}

Result<bool> StoredIdKeys::contains(const QString &idKey)
{
    bool found = false;
    if (auto read = m_select.read({idKey}, [&found](QSqlQuery &q) { found = q.next(); }); !read)
        return read.error();
    return found;
}

Result<bool> SignalWriter::known(const SignalRow &row) const
{
    if (row.signalId.isEmpty())
        return false;
    const QString idKey = partnerKey(partnerTypeKey(row.partnerType), row.partnerName) + QLatin1Char('|') + row.signalId;
    if (m_pendingIds.contains(idKey))
        return true;
    return m_storedIds.contains(idKey);
}

} // namespace vangnet::importing
