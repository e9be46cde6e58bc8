#pragma once

#include "support/Result.h"

#include <QSqlDatabase>

namespace vangnet {

class FieldCipher;

/// Rows written before BSNs and notes were encrypted (schema version 4) keep their plain text
/// in the legacy_* columns until someone logs in: a migration has no key. sealLegacy() seals
/// them into bsn_enc/bsn_hash and body_enc and empties the legacy columns, in one transaction;
/// SQLite's secure_delete (Dialect) overwrites the old text in the file.
namespace protectedfields {

/// The number of fields sealed; 0 (and no write) when nothing is left to seal.
Result<int> sealLegacy(const QSqlDatabase &db, const FieldCipher &fields);

/// Records that the database holds no unbound (v1) values, so bindUnbound() has nothing to do: a
/// team server's schema is made at this version, and a login role may not write schema_meta.
Result<void> markBound(const QSqlDatabase &db);

/// Values sealed in the first, unbound format ("v1:", before sealed fields named their place)
/// are re-sealed bound to their table, column and row, once per database: the marker
/// `fields_bound` in schema_meta records that it ran, and from then on an unbound value is read
/// as damaged (so an old value pasted in from an earlier copy of the file is not laundered).
/// The number of values re-sealed; 0 when the database was bound before.
Result<int> bindUnbound(const QSqlDatabase &db, const FieldCipher &fields);

/// Re-seals every protected field of team `teamId`'s households whose value starts with
/// `prefix` ("v2:" when a team gets its first key, "v3:" when a rotation replaces it): opened
/// with `from`, sealed with `to` (which also writes the BSN's statistics copy when it knows the
/// statistics key). In the caller's transaction. The number of values re-sealed; a value that
/// does not open stops it with the field error (nothing is committed).
Result<int> resealTeam(const QSqlDatabase &db, qint64 teamId, const FieldCipher &from, const FieldCipher &to,
                       QLatin1StringView prefix);

/// Writes the statistics copy of every BSN of team `teamId` that has none yet (a team whose key
/// was made before the statistics key existed), opened with the team's `fields`. The number written.
Result<int> fillStatisticsCopies(const QSqlDatabase &db, qint64 teamId, const FieldCipher &fields);

} // namespace protectedfields

} // namespace vangnet
