#include "storage/HouseholdRepository.h"

#include "storage/AddressRepository.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/SqlStatement.h"
#include "support/SearchKey.h"

#include <QCoreApplication>

namespace vangnet {

namespace {

/// The summary columns the list sorts and shows, derived from the members.
QVariantList summary(const Household &h)
{
    return {h.displayName(), HouseholdRepository::nameKey(h), static_cast<int>(h.members.size())};
}
} // namespace


QString HouseholdRepository::nameKey(const Household &h)
{
    // Dutch list order: by surname, the prefix ("van der") last, so "de Vries" sorts under V.
    const Person *head = h.headOfHousehold();
    return head ? searchKey(head->achternaam + QLatin1Char(' ') + head->voorletters + QLatin1Char(' ') + head->voorvoegsel)
                : QString();
}

Error HouseholdRepository::notFound(qint64 id)
{
    return Error{ErrorCode::NotFound,
                 QCoreApplication::translate("vangnet::HouseholdRepository", "Household %1 does not exist (any more)").arg(id)};
}

Result<qint64> HouseholdRepository::teamOf(qint64 id) const
{
    auto q = runSql(m_db, QStringLiteral("SELECT team_id FROM households WHERE id = ?"), {id}, "read household");
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(id);
    return q->value(0).isNull() ? qint64(0) : q->value(0).toLongLong();
}

Result<Household> HouseholdRepository::get(qint64 id, const FieldCipher &fields) const
{
    auto q = runSql(m_db, QStringLiteral("SELECT id, version, address_id, created_at, updated_at, team_id FROM households WHERE id = ?"),
                    {id}, "read household");
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(id);
    Household h;
    h.id = q->value(0).toLongLong();
    h.version = q->value(1).toInt();
    const qint64 addressId = q->value(2).toLongLong();
    h.createdAt = timestampFromSql(q->value(3));
    h.updatedAt = timestampFromSql(q->value(4));
    h.teamId = q->value(5).isNull() ? 0 : q->value(5).toLongLong();
    q->finish();

    auto address = AddressRepository(m_db).get(addressId);
    if (!address)
        return address.error();
    h.address = *address;
    auto members = PersonRepository(m_db, fields).forHousehold(id);
    if (!members)
        return members.error();
    h.members = *members;
    return h;
}

Result<qint64> HouseholdRepository::insert(const Household &h, const QDateTime &now)
{
    const QString ts = timestampToSql(now);
    QVariantList values{h.address.id};
    values << summary(h) << ts << ts << (h.teamId == 0 ? sqlNull() : QVariant(h.teamId));
    auto q = runSql(m_db, QStringLiteral(
        "INSERT INTO households (address_id, display_name, name_key, member_count, version, created_at, updated_at, team_id) "
        "VALUES (?, ?, ?, ?, 1, ?, ?, ?) RETURNING id"), values, "add household");
    if (!q)
        return q.error();
    if (!q->next())
        return databaseError(QStringLiteral("no id returned"), "add household");
    return q->value(0).toLongLong();
}

Result<int> HouseholdRepository::update(const Household &h, int expectedVersion, const QDateTime &now)
{
    QVariantList values{h.address.id};
    values << summary(h) << timestampToSql(now) << h.id << expectedVersion;
    auto q = runSql(m_db, QStringLiteral(
        "UPDATE households SET address_id = ?, display_name = ?, name_key = ?, member_count = ?, "
        "version = version + 1, updated_at = ? WHERE id = ? AND version = ?"), values, "save household");
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1) {
        auto why = staleOrMissing(h.id);
        return why.error();
    }
    return expectedVersion + 1;
}

Result<void> HouseholdRepository::remove(qint64 id, int expectedVersion)
{
    auto q = runSql(m_db, QStringLiteral("DELETE FROM households WHERE id = ? AND version = ?"), {id, expectedVersion},
                    "remove household");
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return staleOrMissing(id);
    return success();
}

Result<qint64> HouseholdRepository::count() const
{
    auto q = runSql(m_db, QStringLiteral("SELECT COUNT(*) FROM households"), {}, "count households");
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

Result<void> HouseholdRepository::staleOrMissing(qint64 id) const
{
    auto q = runSql(m_db, QStringLiteral("SELECT 1 FROM households WHERE id = ?"), {id}, "check household");
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound, QCoreApplication::translate("vangnet::HouseholdRepository", "This household was removed by someone else since you opened it.")};
    return Error{ErrorCode::StaleEdit, QCoreApplication::translate("vangnet::HouseholdRepository", "This household was changed by someone else since you opened it. "
                                          "Your changes were not saved; reopen it to see the current data.")};
}

} // namespace vangnet
