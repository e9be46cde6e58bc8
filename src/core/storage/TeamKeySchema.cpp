#include "storage/TeamKeySchema.h"

namespace vangnet::schema {

/// shared_keys: one row per key version; scope 'team.<id>' or 'statistics'; public_key is the
/// X25519 half derived from the key (base64). retired_at is set by a rotation, whose grants
/// are deleted with it. key_grants: the key sealed to one user's public key (users.public_key,
/// derived from the user's key slot). A migration has no key: the first login after it makes
/// each team's key and converts the team's fields (docs/security.md, "Keys per team").
Migration teamKeys()
{
    return {25, QStringLiteral("keys per team"), {
        QStringLiteral("ALTER TABLE users ADD COLUMN public_key TEXT NULL"),
        QStringLiteral("ALTER TABLE persons ADD COLUMN bsn_stat_enc TEXT NULL"),
        QStringLiteral(R"(CREATE TABLE shared_keys (
            scope TEXT NOT NULL,
            version INTEGER NOT NULL CHECK (version >= 1),
            public_key TEXT NOT NULL,
            created_at TEXT NOT NULL,
            created_by {bigint} NULL REFERENCES users (id) ON DELETE SET NULL,
            retired_at TEXT NULL,
            PRIMARY KEY (scope, version)))"),
        QStringLiteral(R"(CREATE TABLE key_grants (
            scope TEXT NOT NULL,
            version INTEGER NOT NULL,
            user_id {bigint} NOT NULL REFERENCES users (id) ON DELETE CASCADE,
            sealed_key TEXT NOT NULL,
            granted_at TEXT NOT NULL,
            PRIMARY KEY (scope, version, user_id),
            FOREIGN KEY (scope, version) REFERENCES shared_keys (scope, version) ON DELETE CASCADE))"),
        QStringLiteral("CREATE INDEX key_grants_user ON key_grants (user_id)"),
    }};
}

} // namespace vangnet::schema
