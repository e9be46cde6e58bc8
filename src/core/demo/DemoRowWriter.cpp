#include "demo/DemoRowWriter.h"

#include "security/FieldCipher.h"
#include "storage/AddressRepository.h"
#include "storage/HouseholdRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SqlStatement.h"
#include "support/SearchKey.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace vangnet::demo {

namespace {

// The same statements and derived values as the repositories (see the class comment).
const QString insertSql[] = {
    QStringLiteral(
    "INSERT INTO addresses (postcode, huisnummer, toevoeging, straat, plaats, wijk, street_key) "
    "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
    QStringLiteral(
    "INSERT INTO households (address_id, display_name, name_key, member_count, version, created_at, updated_at, team_id) "
    "VALUES (?, ?, ?, ?, 1, ?, ?, ?) RETURNING id"),
    QStringLiteral(
    "INSERT INTO persons (household_id, role, bsn_enc, bsn_hash, voorletters, voornaam, voorvoegsel, achternaam, "
    "geboortedatum, telefoon, email, name_key, version, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id"),
};

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : sqlNull();
}

/// runSql()'s rule: an unset QString is '' (text columns are NOT NULL DEFAULT ''); SQL NULL
/// only where sqlNull()/textOrNull() asks for it.
QVariant asBound(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QVariant(QString(QLatin1String("")));
    return v;
}

} // namespace

DemoRowWriter::DemoRowWriter(QSqlDatabase db, const FieldCipher &fields, QDateTime now, Mode mode)
    : m_db(std::move(db)), m_fields(fields), m_now(std::move(now)), m_timestamp(timestampToSql(m_now)), m_mode(mode),
      m_queries{QSqlQuery(m_db), QSqlQuery(m_db), QSqlQuery(m_db)}
{
    const QVariant handle = m_db.driver() ? m_db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_sqlite = *static_cast<sqlite3 *const *>(handle.constData());
}

DemoRowWriter::~DemoRowWriter()
{
    for (sqlite3_stmt *statement : m_native)
        sqlite3_finalize(statement); // a no-op for null
}

Result<void> DemoRowWriter::prepare()
{
    for (std::size_t i = 0; i < m_queries.size(); ++i) {
        if (m_sqlite) {
            // Without RETURNING: SQLite builds an ephemeral table per execution for it, and
            // sqlite3_last_insert_rowid() gives the same id for free.
            const QByteArray sql = QString(insertSql[i]).remove(QStringLiteral(" RETURNING id")).toUtf8();
            if (sqlite3_prepare_v2(m_sqlite, sql.constData(), static_cast<int>(sql.size()), &m_native[i], nullptr) != SQLITE_OK)
                return databaseError(QString::fromUtf8(sqlite3_errmsg(m_sqlite)), "prepare demo insert");
            continue;
        }
        m_queries[i].setForwardOnly(true);
        if (!m_queries[i].prepare(insertSql[i]))
            return databaseError(m_queries[i].lastError().text(), "prepare demo insert");
    }
    m_prepared = true;
    return success();
}

Result<qint64> DemoRowWriter::insert(Statement statement, const QVariantList &values, const char *what)
{
    const auto i = static_cast<std::size_t>(statement);
    return m_sqlite ? execNative(m_native[i], values, what) : execQt(m_queries[i], values, what);
}

Result<qint64> DemoRowWriter::execNative(sqlite3_stmt *statement, const QVariantList &values, const char *what)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant v = asBound(values[i]);
        const int index = static_cast<int>(i) + 1;
        int rc = SQLITE_OK;
        if (v.typeId() == QMetaType::QString) {
            const QByteArray utf8 = v.toString().toUtf8();
            rc = sqlite3_bind_text(statement, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
        } else if (v.isNull()) {
            rc = sqlite3_bind_null(statement, index);
        } else {
            rc = sqlite3_bind_int64(statement, index, v.toLongLong()); // ids and counts: the only other values
        }
        if (rc != SQLITE_OK)
            return databaseError(QString::fromUtf8(sqlite3_errmsg(m_sqlite)), what);
    }
    const int step = sqlite3_step(statement);
    const qint64 id = sqlite3_last_insert_rowid(m_sqlite);
    const int reset = sqlite3_reset(statement);
    if (step != SQLITE_DONE || reset != SQLITE_OK)
        return databaseError(QString::fromUtf8(sqlite3_errmsg(m_sqlite)), what);
    return id;
}

Result<qint64> DemoRowWriter::execQt(QSqlQuery &query, const QVariantList &values, const char *what)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(static_cast<int>(i), asBound(values[i]));
    if (!query.exec())
        return databaseError(query.lastError().text(), what);
    if (!query.next())
        return databaseError(QStringLiteral("no id returned"), what);
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

Result<void> DemoRowWriter::write(Household &h)
{
    if (m_mode == Mode::Repositories) {
        auto addressId = AddressRepository(m_db).upsert(h.address);
        if (!addressId)
            return addressId.error();
        h.address.id = *addressId;
        auto householdId = HouseholdRepository(m_db).insert(h, m_now);
        if (!householdId)
            return householdId.error();
        h.id = *householdId;
        PersonRepository persons(m_db, m_fields);
        for (Person &p : h.members) {
            p.householdId = h.id;
            auto stored = persons.insert(p, m_now);
            if (!stored)
                return stored.error();
            p = *stored;
        }
        return success();
    }

    if (!m_prepared)
        if (auto prepared = prepare(); !prepared)
            return prepared;
    const Address &a = h.address;
    auto addressId = insert(AddressRow, {a.postcode, a.huisnummer, a.toevoeging, a.straat, a.plaats, a.wijk, searchKey(a.straat)},
                          "save address");
    if (!addressId)
        return addressId.error();
    h.address.id = *addressId;
    auto householdId = insert(HouseholdRow, {h.address.id, h.displayName(), HouseholdRepository::nameKey(h), static_cast<int>(h.members.size()),
                                          m_timestamp, m_timestamp, h.teamId == 0 ? sqlNull() : QVariant(h.teamId)},
                              "add household");
    if (!householdId)
        return householdId.error();
    h.id = *householdId;
    for (Person &p : h.members) {
        p.householdId = h.id;
        auto personId = insert(PersonRow, QVariantList{p.householdId, roleKey(p.role)} + PersonRepository::bsnColumns(m_fields, p.bsn) +
                                              QVariantList{p.voorletters, p.voornaam, p.voorvoegsel, p.achternaam,
                                                           dateOrNull(p.geboortedatum), p.telefoon, p.email,
                                                           PersonRepository::nameKey(p), m_timestamp, m_timestamp},
                               "add member");
        if (!personId)
            return personId.error();
        p.id = *personId;
        p.version = 1;
    }
    return success();
}

} // namespace vangnet::demo
