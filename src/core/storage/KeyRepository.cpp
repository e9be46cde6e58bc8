#include "storage/KeyRepository.h"

#include "storage/SqlStatement.h"

namespace vangnet {

namespace {

// shared_keys and key_grants columns, named once.
const QString colScope = QStringLiteral("scope");
const QString colVersion = QStringLiteral("version");
const QString colPublicKey = QStringLiteral("public_key");
const QString colCreatedAt = QStringLiteral("created_at");
const QString colCreatedBy = QStringLiteral("created_by");
const QString colRetiredAt = QStringLiteral("retired_at");
const QString colUser = QStringLiteral("user_id");
const QString colSealedKey = QStringLiteral("sealed_key");
const QString colGrantedAt = QStringLiteral("granted_at");
const QString colUserId = QStringLiteral("id");

StoredKey keyFromRow(const QSqlQuery &q)
{
    return StoredKey{KeyReference{q.value(colScope).toString(), q.value(colVersion).toInt()},
                     fromBase64Text(q.value(colPublicKey))};
}

/// The current versions: the highest unretired version of each scope.
const QString currentKeys = QStringLiteral(
    "SELECT k.scope, k.version, k.public_key FROM shared_keys k WHERE k.retired_at IS NULL AND k.version = "
    "(SELECT MAX(o.version) FROM shared_keys o WHERE o.scope = k.scope AND o.retired_at IS NULL)");

} // namespace

Result<std::optional<StoredKey>> KeyRepository::current(const QString &scope) const
{
    auto q = runSql(m_db, currentKeys + QStringLiteral(" AND k.%1 = ?").arg(colScope), {scope}, "read team key");
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<StoredKey>();
    return std::optional<StoredKey>(keyFromRow(*q));
}

Result<QList<StoredKey>> KeyRepository::allCurrent() const
{
    auto q = runSql(m_db, currentKeys + QStringLiteral(" ORDER BY k.%1").arg(colScope), {}, "read team keys");
    if (!q)
        return q.error();
    QList<StoredKey> out;
    while (q->next())
        out << keyFromRow(*q);
    return out;
}

Result<void> KeyRepository::insert(const StoredKey &key, qint64 createdBy, const QDateTime &at)
{
    auto q = runSql(m_db, QStringLiteral("INSERT INTO shared_keys (%1, %2, %3, %4, %5) VALUES (?, ?, ?, ?, ?) "
                                         "ON CONFLICT DO NOTHING")
                              .arg(colScope, colVersion, colPublicKey, colCreatedAt, colCreatedBy),
                    {key.reference.scope, key.reference.version, base64Text(key.publicKey), timestampToSql(at),
                     createdBy == 0 ? sqlNull() : QVariant(createdBy)},
                    "store team key");
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error{ErrorCode::Conflict, QStringLiteral("key %1 exists already").arg(key.reference.text())};
    return success();
}

Result<void> KeyRepository::retire(const KeyReference &key, const QDateTime &at)
{
    auto grants = runSql(m_db, QStringLiteral("DELETE FROM key_grants WHERE %1 = ? AND %2 = ?").arg(colScope, colVersion),
                         {key.scope, key.version}, "retire team key");
    if (!grants)
        return grants.error();
    auto q = runSql(m_db, QStringLiteral("UPDATE shared_keys SET %1 = ? WHERE %2 = ? AND %3 = ?").arg(colRetiredAt, colScope, colVersion),
                    {timestampToSql(at), key.scope, key.version}, "retire team key");
    if (!q)
        return q.error();
    return success();
}

Result<std::optional<QString>> KeyRepository::grant(const KeyReference &key, qint64 userId) const
{
    auto q = runSql(m_db, QStringLiteral("SELECT %1 FROM key_grants WHERE %2 = ? AND %3 = ? AND %4 = ?")
                              .arg(colSealedKey, colScope, colVersion, colUser),
                    {key.scope, key.version, userId}, "read key grant");
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<QString>();
    return std::optional<QString>(q->value(colSealedKey).toString());
}

Result<QList<qint64>> KeyRepository::holders(const KeyReference &key) const
{
    auto q = runSql(m_db, QStringLiteral("SELECT %1 FROM key_grants WHERE %2 = ? AND %3 = ? ORDER BY %1")
                              .arg(colUser, colScope, colVersion),
                    {key.scope, key.version}, "read key grants");
    if (!q)
        return q.error();
    QList<qint64> out;
    while (q->next())
        out << q->value(colUser).toLongLong();
    return out;
}

Result<void> KeyRepository::insertGrant(const KeyReference &key, qint64 userId, const QString &sealedKey,
                                        const QDateTime &at)
{
    auto q = runSql(m_db, QStringLiteral("INSERT INTO key_grants (%1, %2, %3, %4, %5) VALUES (?, ?, ?, ?, ?) "
                                         "ON CONFLICT (%1, %2, %3) DO UPDATE SET %4 = excluded.%4, %5 = excluded.%5")
                              .arg(colScope, colVersion, colUser, colSealedKey, colGrantedAt),
                    {key.scope, key.version, userId, sealedKey, timestampToSql(at)}, "grant team key");
    if (!q)
        return q.error();
    return success();
}

Result<int> KeyRepository::deleteGrantsOf(qint64 userId)
{
    auto q = runSql(m_db, QStringLiteral("DELETE FROM key_grants WHERE %1 = ?").arg(colUser), {userId}, "revoke key grants");
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

Result<QHash<qint64, QByteArray>> KeyRepository::publicKeys() const
{
    auto q = runSql(m_db, QStringLiteral("SELECT %1, %2 FROM users WHERE %2 IS NOT NULL").arg(colUserId, colPublicKey), {},
                    "read public keys");
    if (!q)
        return q.error();
    QHash<qint64, QByteArray> out;
    while (q->next())
        out.insert(q->value(colUserId).toLongLong(), fromBase64Text(q->value(colPublicKey)));
    return out;
}

Result<void> KeyRepository::setPublicKey(qint64 userId, const QByteArray &publicKey)
{
    auto q = runSql(m_db, QStringLiteral("UPDATE users SET %1 = ? WHERE %2 = ?").arg(colPublicKey, colUserId),
                    {base64Text(publicKey), userId}, "store public key");
    if (!q)
        return q.error();
    return success();
}

} // namespace vangnet
