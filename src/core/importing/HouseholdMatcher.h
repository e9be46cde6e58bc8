#pragma once

#include "importing/ImportRows.h"
#include "storage/BulkStatement.h"
#include "storage/SealedColumns.h"
#include "storage/SqlStatement.h"
#include "support/Result.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace vangnet {
class FieldCipher;
}

namespace vangnet::importing {

/// Finds the person a row is about, in the order the issue sets: a valid BSN (through its keyed
/// hash); else postcode + huisnummer + toevoeging + achternaam + geboortedatum; else it creates
/// a new household at that address with the row's person as its head. A household merged into
/// another (docs/duplicates.md) is found by its old address and members and leads to the one that stayed. What it has read is kept
/// in memory, and people it creates are added to it. A small file reads only the people it is
/// about (lookUp(): two indexed queries per new BSN or address); a large one reads every person
/// and address once (load(), by itself after preloadAfterLookups lookups), so a file with 1M rows
/// costs map lookups, not queries. Runs inside the import's transaction.
class HouseholdMatcher {
public:
    enum class How { Bsn, Address, Created };
    struct Match {
        qint64 personId = 0;
        qint64 householdId = 0;
        How how = How::Created;
    };

    /// New households go to `teamId` and are marked as created by `batchId`.
    HouseholdMatcher(QSqlDatabase db, const FieldCipher &fields, const QDateTime &now, qint64 teamId, qint64 batchId);

    /// After this many lookups the matcher reads everything at once.
    static constexpr int preloadAfterLookups = 2000;

    /// Reads every person and address of the database.
    Result<void> load();
    /// Whether find() could miss what the database knows about this person (their BSN or address
    /// was not read yet): then call lookUp() instead, with the connection held.
    bool needsLookUp(const RowPerson &person) const;
    /// Reads the person's BSN and address from the database if not read yet, then find().
    Result<std::optional<Match>> lookUp(const RowPerson &person);
    /// The person's household by BSN, else by address and person; nullopt when unknown.
    std::optional<Match> find(const RowPerson &person) const;
    /// A new household for a person find() did not know; std::nullopt with `reason` set when
    /// the row's address is too incomplete for one.
    Result<std::optional<Match>> create(const RowPerson &person, QString &reason);

    int created() const { return m_created; }

private:
    static QString addressKey(const QString &postcode, int huisnummer, const QString &toevoeging);
    static QString personKey(const QString &addressKey, const QString &achternaam, const QDate &born);
    static QString placeKey(const RowPerson &person); ///< postcode|huisnummer, empty without an address
    QString bsnHashOf(const RowPerson &person) const;
    void readBsns(QSqlQuery &query);
    void readPeople(QSqlQuery &query);
    void readAddresses(QSqlQuery &query);
    /// Keys of households merged away (household_merge_keys): they lead to the one that stayed,
    /// unless someone now lives under that key.
    void readMerged(QSqlQuery &query);
    Result<Match> createAt(const RowPerson &person, const QString &addressKey);

    QSqlDatabase m_db;
    const FieldCipher &m_fields;
    QString m_timestamp;
    qint64 m_teamId;
    qint64 m_batchId;
    QHash<QString, Match> m_byBsnHash;
    QHash<QString, Match> m_byAddressAndPerson;
    QHash<QString, qint64> m_addressIds;
    BulkStatement m_addAddress;
    BulkStatement m_addHousehold;
    BulkStatement m_addPerson;
    SealedColumnWriter m_sealBsn; ///< the sealed BSN names its row, so it follows the insert
    int m_created = 0;
    bool m_loaded = false;
    int m_lookups = 0;
    QSet<QString> m_lookedUpBsns;
    QSet<QString> m_lookedUpPlaces;
    // lookUp()'s queries, prepared once (PreparedSql says why).
    PreparedSql m_lookUpBsn;
    PreparedSql m_lookUpPeople;
    PreparedSql m_lookUpAddresses;
    PreparedSql m_lookUpMerged;
};

} // namespace vangnet::importing
