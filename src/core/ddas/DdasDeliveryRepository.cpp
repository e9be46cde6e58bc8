#include "ddas/DdasDeliveryRepository.h"

#include "storage/SqlStatement.h"
#include "support/IsoDate.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace vangnet {

namespace {
const QString columns = QStringLiteral("id, period_from, period_to, gemeentecodes, sha256, signals, cases, "
                                       "created_by, created_at");

DdasDelivery fromRow(const QSqlQuery &q)
{
    DdasDelivery d;
    d.id = q.value(QStringLiteral("id")).toLongLong();
    d.from = isoDateFromText(q.value(QStringLiteral("period_from")).toString().toLatin1());
    d.to = isoDateFromText(q.value(QStringLiteral("period_to")).toString().toLatin1());
    d.gemeentecodes = q.value(QStringLiteral("gemeentecodes")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    d.sha256 = q.value(QStringLiteral("sha256")).toString();
    d.signals = q.value(QStringLiteral("signals")).toInt();
    d.cases = q.value(QStringLiteral("cases")).toInt();
    d.createdBy = q.value(QStringLiteral("created_by")).toString();
    d.createdAt = timestampFromSql(q.value(QStringLiteral("created_at")));
    return d;
}
} // namespace

QString DdasDeliveryRepository::sha256Of(const QByteArray &file)
{
    return QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex());
}

Result<qint64> DdasDeliveryRepository::add(const DdasDelivery &d, const QByteArray &file)
{
    auto q = runSql(m_db,
        QStringLiteral("INSERT INTO ddas_deliveries (period_from, period_to, gemeentecodes, sha256, content, signals, "
                       "cases, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {isoDate(d.from), isoDate(d.to), d.gemeentecodes.join(QLatin1Char(',')), sha256Of(file),
            QString::fromLatin1(qCompress(file, 9).toBase64()), d.signals, d.cases, d.createdBy,
            timestampToSql(d.createdAt)},
        "keep DDAS delivery");
    if (!q)
        return q.error();
    if (!q->next())
        return Error(ErrorCode::Database, QStringLiteral("keep DDAS delivery: no id returned"));
    return q->value(0).toLongLong();
}

Result<void> DdasDeliveryRepository::remove(qint64 id)
{
    auto q = runSql(m_db, QStringLiteral("DELETE FROM ddas_deliveries WHERE id = ?"), {id}, "drop DDAS delivery");
    if (!q)
        return q.error();
    return success();
}

Result<QList<DdasDelivery>> DdasDeliveryRepository::list() const
{
    auto q = runSql(m_db, QStringLiteral("SELECT %1 FROM ddas_deliveries ORDER BY id DESC").arg(columns), {},
        "list DDAS deliveries");
    if (!q)
        return q.error();
    QList<DdasDelivery> out;
    while (q->next())
        out << fromRow(*q);
    return out;
}

Result<std::pair<DdasDelivery, QByteArray>> DdasDeliveryRepository::get(qint64 id) const
{
    auto q = runSql(m_db, QStringLiteral("SELECT %1, content FROM ddas_deliveries WHERE id = ?").arg(columns), {id},
        "read DDAS delivery");
    if (!q)
        return q.error();
    if (!q->next())
        return Error(ErrorCode::NotFound,
            QCoreApplication::translate("vangnet::DdasDeliveries", "There is no kept DDAS delivery %1.").arg(id));
    DdasDelivery d = fromRow(*q);
    const QByteArray file = qUncompress(QByteArray::fromBase64(q->value(QStringLiteral("content")).toString().toLatin1()));
    // The hash was taken of the file as written: a kept copy that no longer matches it is not it.
    if (sha256Of(file) != d.sha256)
        return Error(ErrorCode::Corrupt,
            QCoreApplication::translate("vangnet::DdasDeliveries",
                "The kept copy of DDAS delivery %1 does not match its SHA-256 any more.")
                .arg(id));
    return std::pair{d, file};
}

} // namespace vangnet
