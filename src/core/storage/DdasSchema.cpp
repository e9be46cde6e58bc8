#include "storage/DdasSchema.h"

namespace vangnet::schema {

/// - signals.address_id: the addresses row of the household when the signal came in. Address
///   rows are immutable keys (postcode, huisnummer, toevoeging): a move gives the household a new
///   row and leaves this one, so DDAS `client` shows the address the signal was about. Signals
///   stored before this step get their household's address as it is now (what was delivered
///   before was not kept). The partial index finds the rows SignalWriter has yet to fill.
/// - wijk_municipalities: the CBS gemeentecode of each wijk, so a team that serves several
///   municipalities delivers one levering per municipality.
/// - ddas_deliveries: each delivery written, with the file itself (JSON, zlib-compressed,
///   base64 text: the same column type on SQLite and PostgreSQL) and its SHA-256, so a question
///   from CBS about a past file can be answered.
Migration ddasDeliveries()
{
    return {21, QStringLiteral("DDAS deliveries"), {
        QStringLiteral("ALTER TABLE signals ADD COLUMN address_id {bigint} NULL REFERENCES addresses (id)"),
        QStringLiteral("UPDATE signals SET address_id = "
                       "(SELECT h.address_id FROM households h WHERE h.id = signals.household_id)"),
        QStringLiteral("CREATE INDEX signals_address ON signals (address_id)"),
        QStringLiteral("CREATE INDEX signals_address_missing ON signals (id) WHERE address_id IS NULL"),
        QStringLiteral(R"(CREATE TABLE wijk_municipalities (
            wijk TEXT PRIMARY KEY,
            gemeentecode TEXT NOT NULL CHECK (LENGTH(gemeentecode) = 4),
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX wijk_municipalities_code ON wijk_municipalities (gemeentecode)"),
        QStringLiteral(R"(CREATE TABLE ddas_deliveries (
            id {id},
            period_from TEXT NOT NULL,
            period_to TEXT NOT NULL,
            gemeentecodes TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            content TEXT NOT NULL,
            signals INTEGER NOT NULL,
            cases INTEGER NOT NULL,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL))"),
    }};
}

} // namespace vangnet::schema
